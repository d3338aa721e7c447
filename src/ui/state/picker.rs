//! The fuzzy picker: its query, the ranked hits, and the cursor over them.
//!
//! The index over entity names, aliases, timeline entries and headings is built when the
//! analysis arrives and after a correction, in the background (about 80 ms on a book, which
//! would stall the key that caused it: on the thread that analysed the document, see
//! [`PickerState::spawn`]); it is taken over ([`PickerState::ready`])
//! when the picker is next used. A bookmark only replaces the bookmark entries at the end of
//! the index ([`PickerState::base`] entries come before them). Each keystroke re-queries it, ranked for where the reader was when
//! the picker opened. Every match is kept, so the cursor can reach all of them (PgUp/PgDn,
//! Home/End); highlight positions come with the first hits and are computed for the others
//! when a row is drawn ([`PickerState::positions`]). Whether it is open, and the line being
//! typed, are the state's prompt (see [`super::prompt`]); `query` is the text last queried.

use super::list::ListCursor;
use crate::search::{Entry, Hit, PickerIndex};
use std::borrow::Cow;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender};

/// Work for the background thread that analysed the document.
pub type Job = Box<dyn FnOnce() + Send>;

#[derive(Debug, Default)]
pub struct PickerState {
    /// Built when the analysis arrives.
    pub index: Option<PickerIndex>,
    pub query: String,
    pub hits: Vec<Hit>,
    pub cursor: ListCursor,
    /// The reading position the hits are ranked for (closer mentions first).
    pub at: Option<usize>,
    /// An index being built in the background, with its number of entries before bookmarks
    /// (in a mutex only so that the state can be shared read-only across threads).
    pub pending: Option<Mutex<Receiver<(PickerIndex, usize)>>>,
    /// Entries of `index` before the bookmarks.
    pub base: usize,
    /// The thread that analysed the document, which then takes jobs (see [`PickerState::spawn`]).
    pub worker: Option<Sender<Job>>,
}

impl PickerState {
    /// Takes over the index being built in the background, waiting for it if need be.
    pub fn ready(&mut self) {
        if let Some(build) = self.pending.take()
            && let Ok(build) = build.into_inner()
            && let Ok((index, base)) = build.recv()
        {
            self.index = Some(index);
            self.base = base;
        }
    }

    /// Builds an index in the background: on the thread that analysed the document when
    /// there is one, else on a thread of its own. The analysis thread's heap has the
    /// analysis's freed working memory to build in; a new thread's allocations go to a heap
    /// arena of their own, fresh pages (2 MB more resident on a book).
    pub fn spawn(&mut self, build: impl FnOnce() -> (PickerIndex, usize) + Send + 'static) {
        let (tx, rx) = std::sync::mpsc::channel();
        let job: Job = Box::new(move || {
            let _ = tx.send(build());
        });
        let job = match &self.worker {
            Some(worker) => worker.send(job).err().map(|back| back.0),
            None => Some(job),
        };
        if let Some(job) = job {
            // No worker, or it is gone (a job panicked): a thread of its own.
            self.worker = None;
            std::thread::spawn(job);
        }
        self.pending = Some(Mutex::new(rx));
    }

    /// Puts a list of its own in the picker (the candidates of a correction), dropping any
    /// index still being built (the full one is rebuilt when the choice is made).
    pub fn set_index(&mut self, index: PickerIndex) {
        self.pending = None;
        self.index = Some(index);
    }

    pub fn refresh(&mut self) {
        self.ready();
        self.hits =
            self.index.as_ref().map(|i| i.query_at(&self.query, self.at, usize::MAX)).unwrap_or_default();
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

    /// The highlighted char indices of a hit's label.
    pub fn positions<'a>(&self, hit: &'a Hit) -> Cow<'a, [usize]> {
        match &self.index {
            Some(index) if hit.positions.is_empty() && !self.query.trim().is_empty() => {
                Cow::Owned(index.positions(hit.entry, &self.query))
            }
            _ => Cow::Borrowed(&hit.positions),
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.hits.len());
    }

    /// One screenful of rows.
    pub fn page(&self) -> isize {
        self.cursor.height.max(1) as isize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::EntryKind;
    use crate::span::Span;

    #[test]
    fn every_hit_is_reachable_and_highlighted() {
        let mut index = PickerIndex::empty();
        for i in 0..300 {
            index.push(&format!("marker {i}"), EntryKind::Bookmark(i), Span::new(i, i), String::new());
        }
        let mut p = PickerState { index: Some(index), ..Default::default() };
        p.cursor.height = 10;
        p.at = Some(0);
        p.query = "mrk".into();
        p.refresh();
        assert_eq!(p.hits.len(), 300);
        p.move_by(isize::MAX / 2);
        assert_eq!(p.cursor.selected, 299);
        assert_eq!(p.cursor.offset, 290);
        let last = p.selected().cloned();
        let last = last.as_ref().map(|h| p.positions(h).into_owned());
        assert_eq!(last.map(|v| v.len()), Some(3), "positions past the first hits are computed");
        p.move_by(-p.page());
        assert_eq!(p.cursor.selected, 289);
    }
}
