//! dossier: a terminal reader that shows an article beside an X-ray of the people,
//! organizations and places it names and a timeline of its dated events.
//!
//! The crate is a library plus a thin binary. The library's pipeline is pure and has no
//! terminal imports, so it is tested, scored and benchmarked headless:
//!
//! 1. [`document`] loads bytes (file, stdin, the embedded sample), decodes them and segments
//!    the text into blocks, sections and sentences, all as byte [`span::Span`]s.
//! 2. [`analysis`] finds entities (with aliases and every mention) and the timeline.
//! 3. [`search`] folds text for case- and diacritic-insensitive search, indexes names,
//!    timeline entries and headings for the fuzzy picker, and computes what the panels show
//!    (keyword in context, density strips, co-mentions, mention stepping).
//! 4. [`export`] turns a document and its analysis into the stable `--json` schema.
//!
//! [`display`] decides how each character is drawn so that no document can drive the
//! terminal. The terminal UI lives in [`ui`] and only reads what the library produced.

// `missing_docs` is on for the library (Cargo.toml's [lints]); the modules marked
// `allow(missing_docs)` still have public items without a doc line, and lose the mark when
// they are documented. New modules are documented from the start.
#[allow(missing_docs)]
pub mod analysis;
pub mod cli;
#[allow(missing_docs)]
pub mod config;
pub mod display;
#[allow(missing_docs)]
pub mod document;
#[allow(missing_docs)]
pub mod error;
#[allow(missing_docs)]
pub mod export;
pub mod hash;
#[allow(missing_docs)]
pub mod search;
#[allow(missing_docs)]
pub mod span;
#[allow(missing_docs)]
pub mod store;
pub mod ui;

pub use analysis::{Analysis, Entity, Kind, TimelineItem, analyse};
pub use document::Document;
pub use span::Span;
