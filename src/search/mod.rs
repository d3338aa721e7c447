//! Navigation over a document and its analysis: folded text search, the fuzzy picker and the
//! reader helpers the panels need (keyword in context, density strips, co-mentions, mention
//! stepping, snippets).
//!
//! All of it is pure functions and plain data over `Document::text` and byte spans, with no
//! terminal imports, so the UI only calls it and everything here is unit- and property-tested
//! and benchmarked headless. It is split by concern: [`mod@fold`] is the shared folding (with
//! the map back to original offsets) that both [`text`] search and the [`fuzzy`] picker
//! match on ([`window`] reads a book's sparse fold a window at a time), and [`lazy`] finds a
//! query's matches only where the reader needs them; the picker's matching tiers are in [`tiers`] (with the sound keys of
//! [`mod@sound`]) and its ranking in [`rank`]; [`context`] turns spans into what panels show.

pub mod context;
pub mod fold;
pub mod fuzzy;
pub mod lazy;
pub mod rank;
pub mod sound;
pub mod text;
pub mod tiers;
pub mod window;

pub use fold::{Folded, fold, fold_key};
pub use fuzzy::{Entry, EntryKind, Hit, PickerIndex};
pub use text::{TextIndex, find_all};
pub use tiers::Tier;
