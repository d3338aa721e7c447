//! The fuzzy picker: its query, the ranked hits, and the cursor over them.
//!
//! The index over entity names, aliases, timeline entries and headings is built once, when
//! the analysis arrives; each keystroke re-queries it. Whether it is open, and the line being
//! typed, are the state's prompt (see [`super::prompt`]); `query` is the text last queried.

use super::list::ListCursor;
use crate::search::{Entry, Hit, PickerIndex};

/// How many hits are kept per query.
const LIMIT: usize = 200;

#[derive(Debug, Default)]
pub struct PickerState {
    /// Built when the analysis arrives.
    pub index: Option<PickerIndex>,
    pub query: String,
    pub hits: Vec<Hit>,
    pub cursor: ListCursor,
}

impl PickerState {
    pub fn refresh(&mut self) {
        self.hits = self.index.as_ref().map(|i| i.query_limit(&self.query, LIMIT)).unwrap_or_default();
        self.cursor.set(0, self.hits.len());
        self.cursor.offset = 0;
    }

    pub fn selected(&self) -> Option<&Hit> {
        self.hits.get(self.cursor.selected)
    }

    /// The entry a hit stands for.
    pub fn entry(&self, hit: &Hit) -> Option<&Entry> {
        self.index.as_ref()?.entry(hit.entry)
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.hits.len());
    }
}
