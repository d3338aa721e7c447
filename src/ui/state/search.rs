//! Incremental text search: the query being typed, its matches, and which one is current.
//!
//! Matches are recomputed on every keystroke (highlighting as you type, moving to the first
//! match after where you started); Esc restores the position the search started from.

use super::shim;
use crate::span::Span;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
    /// Being typed (the status bar is an input line).
    pub typing: bool,
    /// Where the reader was when the search started (for Esc).
    pub origin: Option<usize>,
}

impl SearchState {
    pub fn start(&mut self, origin: usize) {
        self.query.clear();
        self.matches.clear();
        self.current = None;
        self.typing = true;
        self.origin = Some(origin);
    }

    /// Re-runs the query; makes the first match at or after `from` current.
    pub fn refresh(&mut self, text: &str, from: usize) {
        self.matches = shim::find_all(text, &self.query);
        self.current = self.next_from(from);
    }

    /// The first match starting at or after `pos`, wrapping.
    pub fn next_from(&self, pos: usize) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let i = self.matches.partition_point(|m| m.start < pos);
        Some(if i < self.matches.len() { i } else { 0 })
    }

    /// Steps to the next (or previous) match, wrapping.
    pub fn step(&mut self, forward: bool) -> Option<Span> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        let i = match (self.current, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, _) => 0,
        };
        self.current = Some(i);
        self.matches.get(i).copied()
    }

    pub fn current_span(&self) -> Option<Span> {
        self.current.and_then(|i| self.matches.get(i).copied())
    }

    pub fn clear(&mut self) {
        *self = SearchState::default();
    }

    /// Whether there are matches to highlight.
    pub fn active(&self) -> bool {
        !self.matches.is_empty()
    }
}
