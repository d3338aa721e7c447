//! Lazy text search: a query's matches found only where they are needed, the match at or
//! after the reading position, the matches on the lines being drawn, the previous one, and
//! a count of all of them taken in bounded steps.
//!
//! [`TextIndex::find_all`] maps every match of a book back to the original text, which for a
//! one-letter query (the first keystroke of every search) is hundreds of thousands of spans
//! and tens of milliseconds. A reader only shows a screenful, so each keystroke here costs a
//! substring scan up to the first match after the reading position plus the few matches on
//! screen; the count ("match 3/120") comes from [`Count::step`], a chunk of
//! [`COUNT_CHUNK`] folded bytes at a time, between frames.
//!
//! The matches are exactly `find_all`'s (a property test says so): leftmost, not
//! overlapping, counted from the start of the text. Starting a scan in the middle could pick
//! a different set for a query that overlaps itself ("aa" in "aaaa"), so a scan starts at a
//! *free* position: one that no accepted occurrence straddles (an occurrence starting less
//! than the query's length before it), found by stepping back over such occurrences, on a
//! char boundary of the folded text. Greedy matching from a free position is greedy
//! matching from the start.

use super::fold::fold;
use super::text::{TextIndex, is_case_sensitive};
use super::window::Window;
use crate::span::Span;
use memchr::memmem::Finder;

/// Folded bytes one [`Count::step`] scans: a fraction of a millisecond.
pub const COUNT_CHUNK: usize = 1 << 18;

/// A query folded and compiled once per keystroke.
#[derive(Debug, Clone)]
pub struct Query {
    /// The folded query, lowercased.
    lower: Vec<u8>,
    /// For a case-sensitive query (smart case), which of its folded bytes are uppercase.
    upper: Option<Vec<bool>>,
    finder: Finder<'static>,
}

impl Query {
    /// `None` for a query that folds to nothing (it matches nothing).
    pub fn new(query: &str) -> Option<Query> {
        let folded = fold(query);
        let pattern = folded.as_str();
        if pattern.is_empty() {
            return None;
        }
        let lower = pattern.to_ascii_lowercase().into_bytes();
        let upper =
            is_case_sensitive(query).then(|| pattern.bytes().map(|b| b.is_ascii_uppercase()).collect());
        let finder = Finder::new(&lower).into_owned();
        Some(Query { lower, upper, finder })
    }

    fn len(&self) -> usize {
        self.lower.len()
    }

    /// Whether every occurrence of this query is also one of `wider` (this one extends it
    /// and is at least as strict about case), so that when `wider` matches nothing this one
    /// matches nothing either: typing on after a query that found nothing costs no scan.
    pub fn narrows(&self, wider: &Query) -> bool {
        self.lower.starts_with(&wider.lower)
            && wider.upper.as_ref().is_none_or(|w| self.upper.as_ref().is_some_and(|u| u.starts_with(w)))
    }
}

/// Greedy matches from a free folded position, as original spans (see the module doc).
struct Matches<'a> {
    index: &'a TextIndex,
    /// The text the index was made from.
    text: &'a [u8],
    q: &'a Query,
    /// Folded offset the next occurrence is looked for from.
    at: usize,
    /// Occurrences must start before this folded offset.
    limit: usize,
    /// End of the last span given (a match inside the same original char is dropped).
    last_end: usize,
    /// Points of the fold map before `at` (see [`super::fold::Folded::orig_span_swept`]).
    cursor: usize,
    /// The folded text being scanned, a window at a time.
    window: Window,
}

impl<'a> Matches<'a> {
    fn new(
        index: &'a TextIndex,
        text: &'a str,
        q: &'a Query,
        at: usize,
        limit: usize,
        last_end: usize,
    ) -> Self {
        let cursor = index.folded.cursor_at(at);
        let text = text.as_bytes();
        Matches { index, text, q, at, limit, last_end, cursor, window: Window::default() }
    }
}

impl Iterator for Matches<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        loop {
            let Some(s) = self.index.occurrence(self.text, self.q, self.at, self.limit, &mut self.window)
            else {
                self.at = self.at.max(self.limit);
                return None;
            };
            let e = s + self.q.len();
            self.at = e;
            let span = self.index.folded.orig_span_swept(s, e, &mut self.cursor);
            if span.start < self.last_end || span.end <= span.start {
                continue;
            }
            self.last_end = span.end;
            return Some(span);
        }
    }
}

/// A count of all matches taken a chunk at a time, with a checkpoint at each chunk so the
/// rank of a match ("match 3/…") is a short scan from the nearest one.
#[derive(Debug, Clone, Default)]
pub struct Count {
    /// Folded offset where counting goes on (a free position).
    at: usize,
    last_end: usize,
    /// Matches counted so far.
    pub found: usize,
    /// `(at, found, last_end)` at the start of each chunk.
    checkpoints: Vec<(usize, usize, usize)>,
    /// Whether every match is counted.
    pub done: bool,
}

impl Count {
    /// Counts the next chunk of `text` (the text `index` was made from); returns whether the
    /// count is complete.
    pub fn step(&mut self, index: &TextIndex, text: &str, q: &Query) -> bool {
        if self.done {
            return true;
        }
        self.checkpoints.push((self.at, self.found, self.last_end));
        let limit = self.at.saturating_add(COUNT_CHUNK).min(index.folded.len());
        let mut m = Matches::new(index, text, q, self.at, limit, self.last_end);
        self.found += m.by_ref().count();
        self.at = m.at;
        self.last_end = m.last_end;
        self.done = self.at >= index.folded.len();
        self.done
    }

    /// The 1-based rank of the match `span`, once the count has passed it.
    pub fn rank(&self, index: &TextIndex, text: &str, q: &Query, span: Span) -> Option<usize> {
        let f = index.folded.folded_at(span.start);
        if !self.done && self.at <= f {
            return None;
        }
        let k = self.checkpoints.partition_point(|c| c.0 <= f).checked_sub(1)?;
        let (at, found, last_end) = self.checkpoints[k];
        let m = Matches::new(index, text, q, at, index.folded.len(), last_end);
        Some(found + m.take_while(|s| s.start < span.start).count() + 1)
    }
}

impl TextIndex {
    /// Whether an occurrence of `q` starting at folded byte `s` is accepted (the case of
    /// a case-sensitive query agrees).
    fn accepted(&self, text: &[u8], q: &Query, s: usize) -> bool {
        let n = q.len();
        s + n <= self.folded.len()
            && (0..n).all(|k| {
                let b = self.folded.sparse_byte(text, s + k);
                b.to_ascii_lowercase() == q.lower[k]
                    && q.upper.as_ref().is_none_or(|want| b.is_ascii_uppercase() == want[k])
            })
    }

    /// The first accepted occurrence starting in `from..limit`.
    fn occurrence(
        &self,
        text: &[u8],
        q: &Query,
        from: usize,
        limit: usize,
        window: &mut Window,
    ) -> Option<usize> {
        let n = q.len();
        let end = (limit + n - 1).min(self.folded.len());
        let mut at = from;
        while at < end {
            let hay = window.at(&self.folded, text, at, end, n);
            let Some(r) = q.finder.find(hay) else {
                // Occurrences starting in the last n - 1 bytes run past the window.
                if at + hay.len() >= end {
                    return None;
                }
                at += hay.len() + 1 - n;
                continue;
            };
            let s = at + r;
            if q.upper.is_none() || self.accepted(text, q, s) {
                return Some(s);
            }
            at = s + 1;
        }
        None
    }

    /// A free folded position at or before `b` (see the module doc).
    fn free_before(&self, text: &[u8], q: &Query, mut b: usize) -> usize {
        loop {
            b = self.folded.unit_start(b);
            let lo = b.saturating_sub(q.len() - 1);
            match (lo..b).find(|&s| self.accepted(text, q, s)) {
                Some(s) => b = s,
                None => return b,
            }
        }
    }

    /// Matches from a free position before original byte `pos`, up to folded `limit`.
    fn matches_near<'a>(&'a self, text: &'a str, q: &'a Query, pos: usize, limit: usize) -> Matches<'a> {
        let f = self.folded.folded_at(pos).saturating_sub(q.len());
        let at = self.free_before(text.as_bytes(), q, f);
        Matches::new(self, text, q, at, limit, 0)
    }

    /// The matches overlapping the original bytes `start..end` (a line being drawn) of
    /// `text`, the text this index was made from (as for every method below).
    pub fn spans_in(&self, text: &str, q: &Query, start: usize, end: usize) -> Vec<Span> {
        // Every occurrence starting in a unit that begins before `end`: `end` may fall inside a
        // char that folds to several bytes, and a match may start at any of them.
        let limit = (self.folded.folded_end_before(end) + 1).min(self.folded.len());
        let m = self.matches_near(text, q, start, limit);
        m.skip_while(|s| s.end <= start).take_while(|s| s.start < end).collect()
    }

    /// The first match that contains original byte `pos` or starts after it (no wrapping).
    pub fn first_from(&self, text: &str, q: &Query, pos: usize) -> Option<Span> {
        let mut m = self.matches_near(text, q, pos, self.folded.len());
        m.find(|s| s.end > pos)
    }

    /// The first match that contains original byte `pos` or starts after it, else the first
    /// of the text: the wrapped scan stops where the first one began, so a query that matches
    /// nothing costs one pass over the text, not two.
    pub fn first_wrapping(&self, text: &str, q: &Query, pos: usize) -> Option<Span> {
        self.first_from(text, q, pos).or_else(|| {
            // No match ends after `pos`, so any match starts before its folded offset.
            let limit = (self.folded.folded_at(pos) + 1).min(self.folded.len());
            self.matches_near(text, q, 0, limit).next()
        })
    }

    /// The last match that ends at or before original byte `pos` (no wrapping): matches
    /// are found forwards, so windows of doubling size are scanned back from `pos`.
    pub fn last_before(&self, text: &str, q: &Query, pos: usize) -> Option<Span> {
        let mut window = 4096;
        loop {
            let from = pos.saturating_sub(window);
            let limit = (self.folded.folded_at(pos) + 1).min(self.folded.len());
            let found = self.matches_near(text, q, from, limit).take_while(|s| s.end <= pos).last();
            if found.is_some() || from == 0 {
                return found;
            }
            window *= 2;
        }
    }

    /// The next (`forward`) or previous match after `current`, wrapping around the text.
    pub fn step_from(&self, text: &str, q: &Query, current: Span, forward: bool) -> Option<Span> {
        if forward {
            self.first_wrapping(text, q, current.end)
        } else {
            self.last_before(text, q, current.start).or_else(|| self.last_before(text, q, self.text_len()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all_lazily(index: &TextIndex, text: &str, q: &Query) -> Vec<Span> {
        let mut out = Vec::new();
        let mut at = index.first_from(text, q, 0);
        while let Some(s) = at {
            out.push(s);
            at = index.first_from(text, q, s.end);
        }
        out
    }

    #[test]
    fn self_overlapping_query_keeps_the_global_alignment() {
        let text = "xaaaaa aaa";
        let index = TextIndex::new(text);
        let q = Query::new("aa").unwrap();
        let all = index.find_all(text, "aa");
        assert_eq!(all_lazily(&index, text, &q), all);
        // From inside the run: still the matches counted from the start.
        assert_eq!(index.first_from(text, &q, 2), Some(Span::new(1, 3)));
        assert_eq!(index.first_from(text, &q, 3), Some(Span::new(3, 5)));
        assert_eq!(index.spans_in(text, &q, 4, 6), vec![Span::new(3, 5)]);
        assert_eq!(index.last_before(text, &q, 5), Some(Span::new(3, 5)));
        assert_eq!(index.step_from(text, &q, Span::new(7, 9), true), Some(Span::new(1, 3)));
        assert_eq!(index.step_from(text, &q, Span::new(1, 3), false), Some(Span::new(7, 9)));
    }

    #[test]
    fn a_query_narrows_the_queries_it_extends_at_the_same_or_a_stricter_case() {
        let q = |s: &str| Query::new(s).unwrap();
        assert!(q("zarb").narrows(&q("zar")));
        assert!(q("Zarb").narrows(&q("zar")));
        assert!(q("Zarb").narrows(&q("Zar")));
        assert!(q("zaré").narrows(&q("zar")));
        assert!(!q("zarb").narrows(&q("Zar")));
        assert!(!q("zab").narrows(&q("zar")));
        assert!(!q("za").narrows(&q("zar")));
    }

    #[test]
    fn a_window_ending_inside_a_char_that_folds_to_several_bytes_keeps_its_matches() {
        // "ß" folds to "ss": "sb" matches from its second "s", so the match starts (in the
        // original) at the "ß", before a window that ends inside it. Found by fuzzing.
        let text = "aßb";
        let index = TextIndex::new(text);
        let q = Query::new("sb").unwrap();
        assert_eq!(index.find_all(text, "sb"), vec![Span::new(1, 4)]);
        assert_eq!(index.spans_in(text, &q, 0, 2), vec![Span::new(1, 4)]);
        assert_eq!(index.spans_in(text, &q, 0, 1), vec![]);
    }

    #[test]
    fn counts_and_ranks_in_chunks() {
        let text = "Korvani said. ".repeat(40_000);
        let index = TextIndex::new(&text);
        let q = Query::new("korvani").unwrap();
        let mut count = Count::default();
        let mut steps = 1;
        while !count.step(&index, &text, &q) {
            steps += 1;
        }
        assert!(steps > 1);
        assert_eq!(count.found, 40_000);
        let last = index.last_before(&text, &q, text.len()).unwrap();
        assert_eq!(count.rank(&index, &text, &q, last), Some(40_000));
        let middle = index.first_from(&text, &q, text.len() / 2).unwrap();
        assert_eq!(count.rank(&index, &text, &q, middle), Some(20_001));
    }

    #[test]
    fn matches_across_window_boundaries_are_find_all() {
        // Several windows of folded text with points (accents, "ß", whitespace runs) at
        // every offset modulo the window, so matches straddle the windows' edges.
        let text = "Zaravini  straße\n Ẓarāvinī’s ZARAVINI stra\u{301}sse. ".repeat(3000);
        let index = TextIndex::new(&text);
        for query in ["zaravini", "Zaravini", "ZARA", "sse z", "i's", "s", "ss"] {
            let q = Query::new(query).unwrap();
            let all = index.find_all(&text, query);
            assert!(!all.is_empty(), "{query}");
            if query.len() > 2 {
                assert_eq!(all_lazily(&index, &text, &q), all, "{query}");
            }
            let mut count = Count::default();
            while !count.step(&index, &text, &q) {}
            assert_eq!(count.found, all.len(), "{query}");
        }
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("a"),
                Just("A"),
                Just("s"),
                Just(" "),
                Just("\n "),
                Just("é"),
                Just("ß"),
                Just("\u{301}"),
                Just("’"),
                Just("北"),
            ],
            0..40,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn lazy_matches_are_find_all(text in text_strategy(), query in text_strategy(), pos in 0usize..80) {
            let query: String = query.chars().take(3).collect();
            let index = TextIndex::new(&text);
            let all = index.find_all(&text, &query);
            let Some(q) = Query::new(&query) else {
                prop_assert!(all.is_empty());
                return Ok(());
            };
            let pos = pos.min(text.len());
            prop_assert_eq!(index.first_from(&text, &q, pos), all.iter().copied().find(|s| s.end > pos));
            prop_assert_eq!(index.last_before(&text, &q, pos), all.iter().copied().rfind(|s| s.end <= pos));
            let wrapped = all.iter().copied().find(|s| s.end > pos).or(all.first().copied());
            prop_assert_eq!(index.first_wrapping(&text, &q, pos), wrapped);
            let end = (pos + 7).min(text.len());
            let inside: Vec<Span> = all.iter().copied().filter(|s| s.end > pos && s.start < end).collect();
            prop_assert_eq!(index.spans_in(&text, &q, pos, end), inside);
            let mut count = Count::default();
            while !count.step(&index, &text, &q) {}
            prop_assert_eq!(count.found, all.len());
            for (k, s) in all.iter().enumerate() {
                prop_assert_eq!(count.rank(&index, &text, &q, *s), Some(k + 1));
            }
        }
    }
}
