//! Helpers shared by the integration tests, in one place: [`fixture`] builds UI states over
//! the sample article with a hand-built analysis and drives them with keys; [`pty`] runs the
//! real binary in a pseudo-terminal. Each test file takes what it needs with `mod common;`.
#![allow(dead_code)]

pub mod fixture;
pub mod pty;
