//! Incremental text search over a document: smart-case, diacritic- and
//! whitespace-insensitive, answering in original byte spans.
//!
//! The reader searches on every keystroke, so the expensive part (mapping a whole book's
//! fold) is done once per document in [`TextIndex::new`]; each query is then a substring
//! scan over the folded text, made lowercase a window at a time from the original and the
//! map ([`mod@super::window`]: no second copy of the book stays resident), plus a single
//! sweep mapping matches back to original spans. A plain lowercase scan gets a SIMD
//! substring search (aho-corasick's own ASCII-case-insensitive mode was an order of
//! magnitude slower on a book), and a case-sensitive query filters that scan's occurrences
//! by the case of the folded bytes, read from the same sources. Navigation helpers
//! (the match at or after the reading position, wrap-around stepping) live here too because
//! they are what `n`/`N` do with the result.

use super::fold::{Folded, fold, fold_sparse};
use crate::span::Span;
use aho_corasick::{AhoCorasick, MatchKind};

/// A document's text folded once for searching: the fold map and the points' folded bytes
/// only ([`fold_sparse`]), read together with the text it was made from, which every
/// method takes again (see [`mod@super::window`]).
#[derive(Debug, Clone, Default)]
pub struct TextIndex {
    /// The sparse fold of the text.
    pub(super) folded: Folded,
}

/// Smart case: a query with an uppercase letter is matched case-sensitively.
pub fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

impl TextIndex {
    /// Folds `text` (see [`mod@super::fold`]). Linear in the text; a few milliseconds per
    /// megabyte in release.
    pub fn new(text: &str) -> Self {
        TextIndex { folded: fold_sparse(text) }
    }

    /// Length in bytes of the indexed text.
    pub fn text_len(&self) -> usize {
        self.folded.orig_len()
    }

    /// Whether folded byte `i` was uppercase.
    pub(super) fn is_upper(&self, text: &[u8], i: usize) -> bool {
        self.folded.sparse_byte(text, i).is_ascii_uppercase()
    }

    /// Every match of `query` in `text` (the text this index was made from), as byte spans
    /// of it on char boundaries, in order and not overlapping. Smart-case (see
    /// [`is_case_sensitive`]), diacritic-insensitive ("zaravini" finds "Ẓarāvinī") and
    /// whitespace-insensitive (a space in the query matches any run of whitespace,
    /// including a line break). An empty query, or one that folds to nothing, has no
    /// matches. Folds the whole text into a scratch copy: the reader uses [`super::lazy`].
    pub fn find_all(&self, text: &str, query: &str) -> Vec<Span> {
        let folded_query = fold(query);
        let pattern = folded_query.as_str();
        if pattern.is_empty() {
            return Vec::new();
        }
        let lower = pattern.to_ascii_lowercase();
        let orig = text.as_bytes();
        let mut haystack = Vec::with_capacity(self.folded.len());
        self.folded.fill_lower(orig, 0, self.folded.len(), &mut haystack);
        // The text is searched in lowercase (a plain substring search, the fast path); a
        // case-sensitive query then keeps the occurrences whose case agrees. Those are taken
        // from all overlapping occurrences, so a rejected one cannot hide an accepted one.
        if !is_case_sensitive(query) {
            // One letter (the first keystroke of every search) matches hundreds of thousands
            // of times in a book: a plain byte loop beats a per-match iterator there.
            if let &[byte] = lower.as_bytes() {
                let hits = haystack.iter().enumerate().filter(|&(_, &b)| b == byte);
                return self.folded.orig_spans(hits.map(|(i, _)| (i, i + 1)));
            }
            let Ok(searcher) = AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).build([&lower])
            else {
                return Vec::new();
            };
            let Ok(matches) = searcher.try_find_iter(&haystack) else {
                return Vec::new();
            };
            return self.folded.orig_spans(matches.map(|m| (m.start(), m.end())));
        }
        let Ok(searcher) = AhoCorasick::builder().match_kind(MatchKind::Standard).build([&lower]) else {
            return Vec::new();
        };
        let Ok(matches) = searcher.try_find_overlapping_iter(&haystack) else {
            return Vec::new();
        };
        let want: Vec<bool> = pattern.bytes().map(|b| b.is_ascii_uppercase()).collect();
        let mut last_end = 0;
        let ranges = matches.filter_map(|m| {
            let (s, e) = (m.start(), m.end());
            let ok = s >= last_end && (s..e).zip(&want).all(|(i, &u)| self.is_upper(orig, i) == u);
            if ok {
                last_end = e;
            }
            ok.then_some((s, e))
        });
        self.folded.orig_spans(ranges)
    }
}

/// One-shot search without keeping an index (folds `text` each call).
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    TextIndex::new(text).find_all(text, query)
}

/// The index of the first span that contains `pos` or starts after it, wrapping around to
/// the first span when `pos` is past the last one; `None` when there are no spans. This is
/// where a confirmed search lands relative to the reading position.
pub fn match_at_or_after(spans: &[Span], pos: usize) -> Option<usize> {
    if spans.is_empty() {
        return None;
    }
    let i = spans.partition_point(|s| s.end <= pos);
    Some(if i < spans.len() { i } else { 0 })
}

/// The next (`forward`) or previous index after `index` among `len` items, wrapping around;
/// `None` when `len` is zero. An `index` out of range starts from the nearest end.
pub fn step(index: usize, len: usize, forward: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let index = index.min(len - 1);
    Some(if forward { (index + 1) % len } else { (index + len - 1) % len })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn smart_case() {
        let t = "Korvani met korvani and KORVANI.";
        assert_eq!(find_all(t, "korvani").len(), 3);
        assert_eq!(texts(t, &find_all(t, "Korvani")), vec!["Korvani"]);
        assert_eq!(texts(t, &find_all(t, "KOR")), vec!["KOR"]);
        // A case-mismatched occurrence does not hide an overlapping one that matches.
        assert_eq!(find_all("aAa", "Aa"), vec![Span::new(1, 3)]);
        assert_eq!(texts("xAaAA", &find_all("xAaAA", "AA")), vec!["AA"]);
        assert!(is_case_sensitive("É"));
        assert!(!is_case_sensitive("é1-"));
    }

    #[test]
    fn diacritic_insensitive_both_ways() {
        let t = "Ayman al-Ẓarāvinī, later al-Zaravini’s deputy, and Café Zürich.";
        assert_eq!(texts(t, &find_all(t, "zaravini")), vec!["Ẓarāvinī", "Zaravini"]);
        assert_eq!(texts(t, &find_all(t, "Zaravini")), vec!["Ẓarāvinī", "Zaravini"]);
        assert_eq!(texts(t, &find_all(t, "zarāvinī")), vec!["Ẓarāvinī", "Zaravini"]);
        assert_eq!(texts(t, &find_all(t, "zaravini's")), vec!["Zaravini’s"]);
        assert_eq!(texts(t, &find_all(t, "cafe zurich")), vec!["Café Zürich"]);
        // An accented query letter matches the plain one too, as in a browser's find.
        assert_eq!(texts(t, &find_all(t, "é")), vec!["e", "e", "é"]);
    }

    #[test]
    fn whitespace_and_line_breaks() {
        let t = "Prince\nAndrew and Prince  Andrew and PrinceAndrew";
        assert_eq!(texts(t, &find_all(t, "prince andrew")), vec!["Prince\nAndrew", "Prince  Andrew"]);
        assert_eq!(find_all(t, "prince  andrew").len(), 2);
    }

    #[test]
    fn empty_and_missing() {
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("", "abc").is_empty());
        assert!(find_all("abc", "\u{301}").is_empty());
        assert!(find_all("abc", "abcd").is_empty());
    }

    #[test]
    fn non_overlapping_and_expansions() {
        assert_eq!(find_all("aaaa", "aa"), vec![Span::new(0, 2), Span::new(2, 4)]);
        // "ß" folds to "ss": one match per original char, never two over the same char.
        let t = "Straße, strasse";
        assert_eq!(texts(t, &find_all(t, "s")), vec!["S", "ß", "s", "s", "s"]);
        assert_eq!(texts(t, &find_all(t, "strasse")), vec!["Straße", "strasse"]);
    }

    #[test]
    fn finds_in_an_article() {
        let text = "Ayman bin Tavor spoke. Later bin\nTavor left the Ẓarāvinī house; Lindmark’s mayor and \
                    Lindmark’s council met bin Tavor.";
        let index = TextIndex::new(text);
        assert_eq!(index.text_len(), text.len());
        let spans = index.find_all(text, "bin tavor");
        assert_eq!(texts(text, &spans), vec!["bin Tavor", "bin\nTavor", "bin Tavor"]);
        assert_eq!(index.find_all(text, "zaravini").len(), 1);
        assert_eq!(index.find_all(text, "lindmark's").len(), 2);
    }

    #[test]
    fn navigation_wraps() {
        let spans = [Span::new(2, 4), Span::new(10, 12), Span::new(20, 25)];
        assert_eq!(match_at_or_after(&spans, 0), Some(0));
        assert_eq!(match_at_or_after(&spans, 3), Some(0));
        assert_eq!(match_at_or_after(&spans, 4), Some(1));
        assert_eq!(match_at_or_after(&spans, 25), Some(0));
        assert_eq!(match_at_or_after(&[], 5), None);
        assert_eq!(step(0, 3, true), Some(1));
        assert_eq!(step(2, 3, true), Some(0));
        assert_eq!(step(0, 3, false), Some(2));
        assert_eq!(step(9, 3, false), Some(1));
        assert_eq!(step(0, 0, true), None);
        assert_eq!(step(0, 1, false), Some(0));
    }

    /// A slow, obviously correct model of [`find_all`]: fold char by char with a dense map
    /// from every folded byte to its char, then scan every offset.
    fn naive(text: &str, query: &str) -> Vec<Span> {
        let mut folded: Vec<u8> = Vec::new();
        let mut from: Vec<Span> = Vec::new();
        for (i, c) in text.char_indices() {
            let span = Span::new(i, i + c.len_utf8());
            let one = fold(c.encode_utf8(&mut [0; 4]));
            let piece = one.as_str();
            if piece == " " && folded.last() == Some(&b' ') {
                if let Some(last) = from.last_mut() {
                    last.end = span.end;
                }
                continue;
            }
            if piece.is_empty() {
                // Vanishing chars join the previous folded char's source when adjacent.
                if let Some(last) = from.last_mut().filter(|l| l.end == i) {
                    last.end = span.end;
                }
                continue;
            }
            for b in piece.bytes() {
                folded.push(b);
                from.push(span);
            }
        }
        // Several folded bytes of one char share a span: the last one's (maybe extended) end
        // is everyone's.
        for k in (1..from.len()).rev() {
            if from[k].start == from[k - 1].start {
                from[k - 1].end = from[k].end;
            }
        }
        let pat = fold(query);
        let pat = pat.as_str().as_bytes();
        if pat.is_empty() {
            return Vec::new();
        }
        let cs = is_case_sensitive(query);
        let eq = |a: &[u8], b: &[u8]| if cs { a == b } else { a.eq_ignore_ascii_case(b) };
        let mut out: Vec<Span> = Vec::new();
        let mut i = 0;
        while i + pat.len() <= folded.len() {
            if eq(&folded[i..i + pat.len()], pat) {
                let span = Span::new(from[i].start, from[i + pat.len() - 1].end);
                if out.last().is_none_or(|l| span.start >= l.end) {
                    out.push(span);
                }
                i += pat.len();
            } else {
                i += 1;
            }
        }
        out
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("a"),
                Just("A"),
                Just("b"),
                Just("s"),
                Just(" "),
                Just("\n"),
                Just("é"),
                Just("É"),
                Just("ß"),
                Just("\u{301}"),
                Just("ā"),
                Just("—"),
                Just("’"),
                Just("北"),
                Just("Æ"),
            ],
            0..40,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn agrees_with_naive_folded_search(text in text_strategy(), query in text_strategy()) {
            let query: String = query.chars().take(4).collect();
            let got = find_all(&text, &query);
            prop_assert_eq!(&got, &naive(&text, &query));
            for (k, s) in got.iter().enumerate() {
                prop_assert!(s.start < s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                if k > 0 {
                    prop_assert!(got[k - 1].end <= s.start);
                }
            }
        }

        #[test]
        fn spans_are_sane_on_any_text(text in "\\PC{0,60}", query in "\\PC{0,4}") {
            let got = find_all(&text, &query);
            for (k, s) in got.iter().enumerate() {
                prop_assert!(s.start < s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                if k > 0 {
                    prop_assert!(got[k - 1].end <= s.start);
                }
            }
        }
    }
}
