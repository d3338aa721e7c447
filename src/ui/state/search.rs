//! Incremental text search: the query being typed, the current match, and a count of all
//! of them.
//!
//! Each keystroke finds only what the screen needs ([`crate::search::lazy`]): the first match
//! at or after where the search started, and, when a line is drawn, the matches on it; `n`
//! and `N` find the next and previous ones the same way. So a keystroke costs a scan to the
//! first match, not a walk over every match of a book (a one-letter query has hundreds of
//! thousands). All matches are counted a chunk at a time: the first chunk at once (a
//! whole article), the rest between frames ([`SearchState::count_step`], called by the event
//! loop while no input waits); the status bar says "match 3/…" until the count is done.
//! Esc restores the position the search started from.
//!
//! The text index (the fold map; see [`crate::search::window`]) is built on a background thread once the analysis is done and
//! handed over with [`SearchState::set_index`]; a search typed before it arrives builds it
//! there and then. A search that finds nothing offers the entity the query most likely
//! meant (the picker's word prefix, typo and sound tiers): "no match for 'brevnowa' · Tab:
//! Brevnova (12)", and Tab jumps to its first mention.

use super::State;
use crate::display::sanitize_line;
use crate::search::TextIndex;
use crate::search::lazy::{Count, Query};
use crate::span::Span;

/// Chunks of the count taken with the keystroke itself (a quarter of a megabyte: an article).
const COUNT_AT_ONCE: usize = 1;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The folded text, built in the background or on the first search.
    index: Option<TextIndex>,
    pub query: String,
    /// The query compiled (`None`: empty, or folds to nothing).
    compiled: Option<Query>,
    /// The match `n` / `N` step from (none: the query matches nothing).
    pub current: Option<Span>,
    count: Count,
    /// Where the reader was when the search started (for Esc).
    pub origin: Option<usize>,
    /// The entity a search that found nothing offers (Tab takes it, any other key drops it).
    pub offer: Option<usize>,
    /// The last query that matched nothing in the whole text: a query that narrows it (typed
    /// on after it) matches nothing either and is not scanned for.
    nothing: Option<Query>,
}

impl SearchState {
    pub fn start(&mut self, origin: usize) {
        self.query.clear();
        self.compiled = None;
        self.current = None;
        self.count = Count::default();
        self.origin = Some(origin);
        self.offer = None;
        self.nothing = None;
    }

    /// Installs the text index built in the background (unless one is there already).
    pub fn set_index(&mut self, index: TextIndex) {
        self.index.get_or_insert(index);
    }

    /// Whether the text index is built.
    pub fn has_index(&self) -> bool {
        self.index.is_some()
    }

    /// Re-runs the query; makes the first match at or after `from` current (wrapping).
    pub fn refresh(&mut self, text: &str, from: usize) {
        let index = self.index.get_or_insert_with(|| TextIndex::new(text));
        self.compiled = Query::new(&self.query);
        self.count = Count::default();
        let hopeless = match (&self.compiled, &self.nothing) {
            (Some(q), Some(none)) => q.narrows(none),
            _ => false,
        };
        self.current = match &self.compiled {
            Some(q) if !hopeless => index.first_wrapping(text, q, from),
            _ => None,
        };
        if self.current.is_none() {
            self.count.done = true;
            self.nothing = self.compiled.clone();
        }
        for _ in 0..COUNT_AT_ONCE {
            if self.count_step(text) {
                break;
            }
        }
    }

    /// The first match containing `pos` or after it, wrapping (`text`: the document's, as
    /// for every method here).
    pub fn next_from(&self, text: &str, pos: usize) -> Option<Span> {
        let (index, q) = (self.index.as_ref()?, self.compiled.as_ref()?);
        index.first_wrapping(text, q, pos)
    }

    /// Steps to the next (or previous) match, wrapping.
    pub fn step(&mut self, text: &str, forward: bool) -> Option<Span> {
        let (index, q) = (self.index.as_ref()?, self.compiled.as_ref()?);
        let next = match self.current {
            Some(cur) => index.step_from(text, q, cur, forward),
            None => index.first_from(text, q, 0),
        };
        self.current = next.or(self.current);
        next
    }

    pub fn current_span(&self) -> Option<Span> {
        self.current
    }

    pub fn clear(&mut self) {
        let index = self.index.take();
        *self = SearchState { index, ..SearchState::default() };
    }

    /// Whether there are matches to highlight.
    pub fn active(&self) -> bool {
        self.compiled.is_some() && self.current.is_some()
    }

    /// The matches overlapping the original bytes `start..end` (a line being drawn).
    pub fn spans_in(&self, text: &str, start: usize, end: usize) -> Vec<Span> {
        match (&self.index, &self.compiled) {
            (Some(index), Some(q)) if self.current.is_some() => index.spans_in(text, q, start, end),
            _ => Vec::new(),
        }
    }

    /// Whether matches are still being counted.
    pub fn counting(&self) -> bool {
        self.compiled.is_some() && !self.count.done
    }

    /// Counts another chunk of the text; returns whether the count is complete.
    pub fn count_step(&mut self, text: &str) -> bool {
        match (&self.index, &self.compiled) {
            (Some(index), Some(q)) => self.count.step(index, text, q),
            _ => true,
        }
    }

    /// The number of matches, once counted.
    pub fn total(&self) -> Option<usize> {
        if self.compiled.is_none() {
            return Some(0);
        }
        self.count.done.then_some(self.count.found)
    }

    /// The matches counted so far (all of them once [`SearchState::total`] is known).
    pub fn found(&self) -> usize {
        self.count.found
    }

    /// The 1-based rank of the current match, once the count has passed it.
    pub fn rank(&self, text: &str) -> Option<usize> {
        let (index, q, cur) = (self.index.as_ref()?, self.compiled.as_ref()?, self.current?);
        self.count.rank(index, text, q, cur)
    }
}

impl State {
    /// A search found nothing: says so, offering the entity the query most likely meant.
    pub fn offer_entity(&mut self, query: &str) {
        let q = sanitize_line(query);
        let at = self.search.origin;
        self.picker.ready();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(state: &mut SearchState, text: &str, query: &str) -> Option<Span> {
        state.query = query.to_string();
        state.refresh(text, 0);
        state.current
    }

    #[test]
    fn typing_on_after_a_query_that_found_nothing_finds_nothing_and_deleting_finds_again() {
        let text = "Tavish met Orla at the mill; orla left.";
        let mut s = SearchState::default();
        s.start(0);
        assert_eq!(typed(&mut s, text, "orl"), Some(Span::new(11, 14)));
        assert_eq!(typed(&mut s, text, "orx"), None);
        assert_eq!(typed(&mut s, text, "orxa"), None);
        assert_eq!(s.total(), Some(0));
        assert_eq!(typed(&mut s, text, "or"), Some(Span::new(11, 13)));
        // Smart case: "Orla" is stricter than "orla", "orla" is not narrower than "Orla".
        assert_eq!(typed(&mut s, text, "Orlb"), None);
        assert_eq!(typed(&mut s, text, "orla"), Some(Span::new(11, 15)));
        s.refresh(text, 20);
        assert_eq!(s.current, Some(Span::new(29, 33)));
    }
}
