//! Spoiler-safe reading: when on, every panel is given the analysis limited to what lies
//! before the reading position ([`crate::analysis::upto`]), and follows the reader.
//!
//! The full (corrected) analysis is kept here; the limited one is rebuilt only when the
//! reading position crosses a mention, date, quote or description (the bounds of the current
//! view), so scrolling through plain text costs nothing. Selections name entities by id, and
//! ids change with the view, so the selected entity, the detail view and the timeline filter
//! are carried across by name.

use super::State;
use crate::analysis::{Analysis, upto};
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct SpoilerState {
    pub on: bool,
    /// The analysis every view is limited from.
    pub full: Option<Arc<Analysis>>,
    /// Reading positions the shown view is right for, `lo..=hi`; `None` when not limited.
    valid: Option<(usize, usize)>,
}

impl State {
    /// The view of `full` to show now: itself, or limited to the reading position.
    pub(crate) fn spoiler_view(&mut self, full: Arc<Analysis>) -> Arc<Analysis> {
        self.spoiler.full = Some(Arc::clone(&full));
        if !self.spoiler.on {
            self.spoiler.valid = None;
            return full;
        }
        let pos = self.reader.anchor;
        self.spoiler.valid = Some(upto::bounds(&full, pos));
        Arc::new(upto::before(&full, pos))
    }

    /// Re-limits the panels when the reading position has moved past the current view.
    pub fn follow_spoiler(&mut self) {
        if !self.spoiler.on || self.spoiler.full.is_none() {
            return;
        }
        let pos = self.reader.anchor;
        if self.spoiler.valid.is_none_or(|(lo, hi)| !(lo..=hi).contains(&pos)) {
            self.reinstall();
        }
    }

    /// The spoiler-safe toggle.
    pub fn toggle_spoiler(&mut self) {
        self.spoiler.on = !self.spoiler.on;
        self.dirty = true;
        self.reinstall();
        self.message = Some(if self.spoiler.on {
            "spoiler-safe: showing only what comes before the reading position".into()
        } else {
            "spoiler-safe off: the whole document".into()
        });
    }

    /// Installs the view again from the full analysis, keeping selections by entity name.
    fn reinstall(&mut self) {
        let Some(full) = self.spoiler.full.clone() else { return };
        let name = |st: &State, id: Option<usize>| {
            id.and_then(|id| st.analysis.as_ref()?.entities.get(id).map(|e| e.name.clone()))
        };
        let selected = name(self, self.selection.entity);
        let detail = name(self, self.detail.entity);
        let only = name(self, self.timeline.only_entity);
        let row = name(self, self.entities.selected());
        self.spoiler.valid = None;
        self.install(full);
        let Some(a) = self.analysis.clone() else { return };
        let find = |n: Option<String>| n.and_then(|n| a.entities.iter().position(|e| e.name == n));
        let sel = find(selected);
        if sel.is_none() {
            self.selection = Default::default();
        } else if self.selection.entity != sel {
            self.selection.entity = sel;
            self.selection.mention = None;
        }
        match find(detail) {
            Some(id) if self.detail.is_open() => {
                let doc = Arc::clone(&self.doc);
                let (quotes, at) = (self.detail.quotes, self.detail.cursor.selected);
                self.detail.open(&doc, &a, id, None);
                self.detail.quotes = quotes && !self.detail.quote_list.is_empty();
                let n = self.detail.len(&a);
                self.detail.cursor.set(at, n);
            }
            _ => self.detail.close(),
        }
        if self.timeline.only_entity.is_some() {
            self.timeline.only_entity = find(only);
            self.timeline.rebuild(&a);
        }
        if let Some(id) = find(row) {
            self.entities.select_entity(id);
        }
        self.sync();
    }
}
