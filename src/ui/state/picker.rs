//! The fuzzy picker: its query, the ranked hits, and the cursor over them.
//!
//! The index over entity names, aliases, timeline entries and headings is built once, when
//! the analysis arrives; each keystroke re-queries it.

use super::list::ListCursor;
use super::shim::{Hit, PickerIndex};

/// How many hits are kept per query.
const LIMIT: usize = 200;

#[derive(Debug, Clone, Default)]
pub struct PickerState {
    pub open: bool,
    pub index: PickerIndex,
    pub query: String,
    pub hits: Vec<Hit>,
    pub cursor: ListCursor,
}

impl PickerState {
    pub fn open(&mut self) {
        self.open = true;
        self.query.clear();
        self.refresh();
    }

    pub fn refresh(&mut self) {
        self.hits = self.index.query(&self.query, LIMIT);
        self.cursor.set(0, self.hits.len());
        self.cursor.offset = 0;
    }

    pub fn selected(&self) -> Option<&Hit> {
        self.hits.get(self.cursor.selected)
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.hits.len());
    }
}
