//! Incremental text search: the query being typed, its matches, and which one is current.
//!
//! Matches are recomputed on every keystroke (highlighting as you type, moving to the first
//! match after where you started); Esc restores the position the search started from.

use crate::search::TextIndex;
use crate::search::text;
use crate::span::Span;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The folded text, built on the first search.
    index: Option<TextIndex>,
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
    /// Where the reader was when the search started (for Esc).
    pub origin: Option<usize>,
}

impl SearchState {
    pub fn start(&mut self, origin: usize) {
        self.query.clear();
        self.matches.clear();
        self.current = None;
        self.origin = Some(origin);
    }

    /// Re-runs the query; makes the first match at or after `from` current.
    pub fn refresh(&mut self, text: &str, from: usize) {
        let index = self.index.get_or_insert_with(|| TextIndex::new(text));
        self.matches = index.find_all(&self.query);
        self.current = self.next_from(from);
    }

    /// The first match starting at or after `pos`, wrapping.
    pub fn next_from(&self, pos: usize) -> Option<usize> {
        text::match_at_or_after(&self.matches, pos)
    }

    /// Steps to the next (or previous) match, wrapping.
    pub fn step(&mut self, forward: bool) -> Option<Span> {
        let i = match self.current {
            Some(i) => text::step(i, self.matches.len(), forward)?,
            None => text::match_at_or_after(&self.matches, 0)?,
        };
        self.current = Some(i);
        self.matches.get(i).copied()
    }

    pub fn current_span(&self) -> Option<Span> {
        self.current.and_then(|i| self.matches.get(i).copied())
    }

    pub fn clear(&mut self) {
        let index = self.index.take();
        *self = SearchState { index, ..SearchState::default() };
    }

    /// Whether there are matches to highlight.
    pub fn active(&self) -> bool {
        !self.matches.is_empty()
    }
}
