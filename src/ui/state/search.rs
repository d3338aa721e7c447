//! Incremental text search: the query being typed, its matches, and which one is current.
//!
//! Matches are recomputed on every keystroke (highlighting as you type, moving to the first
//! match after where you started); Esc restores the position the search started from.
//!
//! The folded text index is built on a background thread once the analysis is done and
//! handed over with [`SearchState::set_index`], so the first keystroke of the first search
//! costs what the others do; a search typed before it arrives builds it there and then.
//! A search that finds nothing offers the entity the query most likely meant (the picker's
//! word prefix, typo and sound tiers): "no match for 'brevnowa' · Tab: Brevnova (12)", and
//! Tab jumps to its first mention.

use super::State;
use crate::display::sanitize_line;
use crate::search::TextIndex;
use crate::search::text;
use crate::span::Span;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The folded text, built in the background or on the first search.
    index: Option<TextIndex>,
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
    /// Where the reader was when the search started (for Esc).
    pub origin: Option<usize>,
    /// The entity a search that found nothing offers (Tab takes it, any other key drops it).
    pub offer: Option<usize>,
}

impl SearchState {
    pub fn start(&mut self, origin: usize) {
        self.query.clear();
        self.matches.clear();
        self.current = None;
        self.origin = Some(origin);
        self.offer = None;
    }

    /// Installs the text index built in the background (unless one is there already).
    pub fn set_index(&mut self, index: TextIndex) {
        self.index.get_or_insert(index);
    }

    /// Whether the text index is built.
    pub fn has_index(&self) -> bool {
        self.index.is_some()
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

impl State {
    /// A search found nothing: says so, offering the entity the query most likely meant.
    pub fn offer_entity(&mut self, query: &str) {
        let q = sanitize_line(query);
        let at = self.search.origin;
        let offer = self.picker.index.as_ref().and_then(|i| i.suggest(query, at));
        let entity = offer.and_then(|id| self.analysis.as_ref()?.entities.get(id));
        match entity {
            Some(e) => {
                let name = sanitize_line(&e.name);
                self.message = Some(format!("no match for '{q}' · Tab: {name} ({})", e.mentions.len()));
                self.search.offer = offer;
            }
            None => self.message = Some(format!("no match for '{q}'")),
        }
    }

    /// Tab right after an offer: jumps to the offered entity's first mention. Returns whether
    /// there was an offer; any key drops it.
    pub fn take_offer(&mut self, tab: bool) -> bool {
        match self.search.offer.take() {
            Some(id) if tab => {
                self.go_to_mention(id, 0);
                self.entities.select_entity(id);
                true
            }
            _ => false,
        }
    }
}
