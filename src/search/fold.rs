//! Folding text for case- and diacritic-insensitive matching, with a way back to the original
//! offsets.
//!
//! Search and the fuzzy picker match a *folded* copy of the text ("Ẓarāvinī" → "Zaravini",
//! "’" → "'", "—" → "-", "ß" → "ss", any run of whitespace → one space), but every position
//! they report must be a byte span of the original text on char boundaries, because that is
//! what the reader highlights. So folding keeps a map from folded bytes back to original
//! bytes.
//!
//! The map is sparse: most of a book is ASCII, where one original byte folds to one byte and
//! offsets differ by a constant. Only where that stops being true (a non-ASCII char, a run of
//! several whitespace chars, a char that folds to nothing) is a point recorded; between
//! points the offset delta is constant. That keeps the index of a 3 MB book at a few hundred
//! kilobytes instead of one `usize` per byte. Between points the folded bytes are the
//! original's too, so the text search keeps a *sparse* fold ([`fold_sparse`]): the map and
//! the points' own folded bytes, read together with the original text
//! ([`mod@super::window`]), not a second copy of the book.
//!
//! Case is *kept* in the folded text (deunicode output keeps it, ASCII is copied), so one
//! folded text serves both smart-case modes: callers compare ASCII case-insensitively when
//! the query has no uppercase letter. [`fold_key`] gives the lowercase form for comparisons.
//!
//! Which chars are transliterated: Latin, Greek and Cyrillic letters and their marks, the
//! Latin extended blocks, general punctuation and ligatures go through `deunicode`, so an
//! ASCII query finds accented or transliterated names. Other scripts (CJK, Arabic, emoji, …)
//! are kept as themselves: deunicode would turn 北 into "Bei " and 😀 into "grinning ", and a
//! search for "grin" should not light up an emoji. Those still match a query that contains
//! them, since the query is folded by the same rule.

use crate::span::Span;

/// A stretch of the folded text whose origin is not "one ASCII byte per byte": the folded
/// bytes `fold..fold + fold_len` came from the original bytes `orig..orig + orig_len`, as a
/// whole. Between two points, folded and original offsets differ by a constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Point {
    pub(super) fold: usize,
    pub(super) fold_len: usize,
    pub(super) orig: usize,
    pub(super) orig_len: usize,
}

/// A [`Point`] as stored: `u32` offsets (16 bytes, not 32: a book has tens of thousands of
/// points; only the first 2 GiB of a text are folded, see [`fold`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Packed {
    fold: u32,
    fold_len: u32,
    orig: u32,
    orig_len: u32,
}

impl Packed {
    fn new(p: Point) -> Packed {
        // In range: the folded and the original text are at most u32::MAX bytes long.
        Packed {
            fold: p.fold as u32,
            fold_len: p.fold_len as u32,
            orig: p.orig as u32,
            orig_len: p.orig_len as u32,
        }
    }

    pub(super) fn get(self) -> Point {
        Point {
            fold: self.fold as usize,
            fold_len: self.fold_len as usize,
            orig: self.orig as usize,
            orig_len: self.orig_len as usize,
        }
    }
}

/// A folded copy of a string plus the map back to the original's byte offsets.
///
/// Dense (from [`fold`]): `text` is the whole folded text. Sparse (from [`fold_sparse`]):
/// `text` holds only the folded bytes of the points, point `k`'s at `extra_at[k]`; every
/// other folded byte is its original ASCII byte (whitespace as a space), read from the
/// original text (see [`super::window`]).
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub(super) text: String,
    pub(super) points: Vec<Packed>,
    orig_len: usize,
    /// Length in bytes of the folded text.
    len: usize,
    /// Sparse only: where each point's folded bytes start in `text`.
    pub(super) extra_at: Vec<u32>,
}

/// How one original char folds.
enum CharFold {
    /// Whitespace: joins a run that folds to one space.
    Space,
    /// Folds to this (possibly empty) ASCII string.
    Ascii(&'static str),
    /// Kept as itself.
    Keep,
}

fn char_fold(c: char) -> CharFold {
    if c.is_whitespace() {
        return CharFold::Space;
    }
    if c.is_ascii() {
        // Unreachable for callers that fast-path ASCII, but keep the rule total.
        return CharFold::Keep;
    }
    let cp = c as u32;
    // Dashes, the minus sign: one hyphen (deunicode gives "--" for an em dash).
    if (0x2010..=0x2015).contains(&cp) || cp == 0x2212 {
        return CharFold::Ascii("-");
    }
    // Combining marks outside the Latin block, variation selectors, the byte-order mark:
    // invisible, so they vanish.
    if (0x1ab0..=0x1aff).contains(&cp)
        || (0x1dc0..=0x1dff).contains(&cp)
        || (0x20d0..=0x20ff).contains(&cp)
        || (0xfe00..=0xfe0f).contains(&cp)
        || (0xfe20..=0xfe2f).contains(&cp)
        || cp == 0xfeff
    {
        return CharFold::Ascii("");
    }
    let transliterate = cp < 0x0530 // Latin-1, Latin Extended, IPA, marks, Greek, Cyrillic
        || (0x1e00..=0x1eff).contains(&cp) // Latin Extended Additional (Ẓ, ạ, …)
        || (0x2000..=0x206f).contains(&cp) // general punctuation (’ “ … zero-width)
        || (0xfb00..=0xfb06).contains(&cp); // Latin ligatures (ﬁ, ﬀ)
    if !transliterate {
        return CharFold::Keep;
    }
    match deunicode::deunicode_char(c) {
        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_whitespace()) => CharFold::Space,
        Some(s) => CharFold::Ascii(s),
        None => CharFold::Keep,
    }
}

/// Folds `s`: see the module doc for the rules. Only the first 2 GiB of `s` are folded (the
/// map's offsets are `u32`, and a folded text may be longer), twice the default input cap.
pub fn fold(s: &str) -> Folded {
    fold_into(s, true)
}

/// [`fold`] without a copy of what folds to itself: only the points' folded bytes are kept
/// (most of a book is ASCII, where the folded text *is* the text), so the result must be
/// read together with `s` (see [`super::window`]).
pub fn fold_sparse(s: &str) -> Folded {
    fold_into(s, false)
}

/// The folded text being written: every byte when `dense`, else only the points' bytes.
struct Out {
    text: String,
    points: Vec<Packed>,
    extra_at: Vec<u32>,
    len: usize,
    dense: bool,
}

impl Out {
    /// A folded byte that is its original byte (or a single whitespace char as a space).
    fn plain(&mut self, b: u8) {
        if self.dense {
            self.text.push(b as char);
        }
        self.len += 1;
    }

    /// A point's folded bytes.
    fn point(&mut self, orig: usize, orig_len: usize, out: &str) {
        self.points.push(Packed::new(Point { fold: self.len, fold_len: out.len(), orig, orig_len }));
        if !self.dense {
            self.extra_at.push(self.text.len() as u32);
        }
        self.text.push_str(out);
        self.len += out.len();
    }

    /// Closes the pending whitespace run, if any, as one space.
    fn close_run(&mut self, run: &mut Option<usize>, end: usize) {
        if let Some(start) = run.take() {
            if end - start != 1 {
                self.point(start, end - start, " ");
            } else {
                self.plain(b' ');
            }
        }
    }
}

fn fold_into(s: &str, dense: bool) -> Folded {
    let mut cut = s.len().min(u32::MAX as usize / 2);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let s = &s[..cut];
    let text = String::with_capacity(if dense { s.len() } else { 0 });
    let mut out = Out { text, points: Vec::new(), extra_at: Vec::new(), len: 0, dense };
    // Start of the pending whitespace run, if any.
    let mut run: Option<usize> = None;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_whitespace() {
                run.get_or_insert(i);
            } else {
                out.close_run(&mut run, i);
                out.plain(b);
            }
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        match char_fold(c) {
            CharFold::Space => {
                run.get_or_insert(i);
            }
            // A vanishing char inside a whitespace run joins the run.
            CharFold::Ascii("") if run.is_some() => {}
            CharFold::Ascii(folded) => {
                out.close_run(&mut run, i);
                out.point(i, len, folded);
            }
            CharFold::Keep => {
                out.close_run(&mut run, i);
                out.point(i, len, c.encode_utf8(&mut [0; 4]));
            }
        }
        i += len;
    }
    out.close_run(&mut run, s.len());
    let Out { mut text, mut points, mut extra_at, len, .. } = out;
    points.shrink_to_fit();
    extra_at.shrink_to_fit();
    if !dense {
        text.shrink_to_fit();
    }
    Folded { text, points, orig_len: s.len(), len, extra_at }
}

/// The lowercase folded form of `s`, for comparing names ("Ẓarāvinī" → "zaravini").
pub fn fold_key(s: &str) -> String {
    let mut key = fold(s).text;
    key.make_ascii_lowercase();
    key
}

impl Folded {
    /// The folded text (of a dense fold; a sparse one holds only its points' bytes here).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in bytes of the original text.
    pub fn orig_len(&self) -> usize {
        self.orig_len
    }

    /// The number of points starting at or before folded byte `f`, counting on from `from`
    /// (points before `from` must all start at or before `f`); a forward sweep, so mapping
    /// sorted matches costs one pass over the points in all.
    fn point_before(&self, f: usize, from: usize) -> usize {
        let mut i = from;
        while i < self.points.len() && self.points[i].get().fold <= f {
            i += 1;
        }
        i
    }

    /// Original offset where folded byte `f` comes from, given `i` = number of points that
    /// start at or before `f`.
    pub(super) fn start_with(&self, f: usize, i: usize) -> usize {
        if f >= self.len {
            return self.orig_len;
        }
        match i.checked_sub(1).map(|k| self.points[k].get()) {
            None => f,
            Some(p) if f < p.fold + p.fold_len => p.orig,
            Some(p) => p.orig + p.orig_len + (f - p.fold - p.fold_len),
        }
    }

    /// Original end offset of folded byte `e - 1` (exclusive end), extended over any chars
    /// right after it that fold to nothing (combining marks), given `i` = number of points
    /// that start at or before `e - 1`.
    fn end_with(&self, e: usize, i: usize) -> usize {
        if e == 0 {
            return 0;
        }
        let f = e - 1;
        // The original end, and the folded end of the unit (char or run) that e - 1 is in.
        let (mut end, fold_end) = match i.checked_sub(1).map(|k| self.points[k].get()) {
            None => (e, e),
            Some(p) if f < p.fold + p.fold_len => (p.orig + p.orig_len, p.fold + p.fold_len),
            Some(p) => (p.orig + p.orig_len + (e - p.fold - p.fold_len), e),
        };
        let mut k = i;
        while let Some(p) = self.points.get(k).map(|p| p.get()) {
            if p.fold < fold_end {
                k += 1;
                continue;
            }
            if p.fold != fold_end || p.fold_len != 0 || p.orig != end {
                break;
            }
            end = p.orig + p.orig_len;
            k += 1;
        }
        end.min(self.orig_len)
    }

    /// The original byte offset of the char that folded byte `f` came from (the original
    /// length when `f` is at or past the end of the folded text).
    pub fn orig_start(&self, f: usize) -> usize {
        let i = self.points.partition_point(|p| p.get().fold <= f);
        self.start_with(f, i)
    }

    /// The original byte offset just past the char that folded byte `e - 1` came from, so
    /// `orig_start(s)..orig_end(e)` is the original span of folded range `s..e`.
    pub fn orig_end(&self, e: usize) -> usize {
        let i = self.points.partition_point(|p| p.get().fold < e);
        self.end_with(e, i)
    }

    /// Length in bytes of the folded text.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the folded text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The first folded byte of the unit (original char or whitespace run) that folded byte
    /// `f` belongs to: where a scan may start without splitting one char's folded bytes.
    pub fn unit_start(&self, f: usize) -> usize {
        let i = self.points.partition_point(|p| p.get().fold <= f);
        match i.checked_sub(1).map(|k| self.points[k].get()) {
            Some(p) if f < p.fold + p.fold_len => p.fold,
            _ => f,
        }
    }

    /// The folded offset where the folded bytes of the original bytes before `orig` end: past
    /// the whole unit when `orig` falls inside one ("ß" folds to "ss": a match starting at
    /// the second "s" starts, in the original, before an `orig` inside the "ß").
    pub fn folded_end_before(&self, orig: usize) -> usize {
        let i = self.points.partition_point(|p| p.get().orig < orig);
        match i.checked_sub(1).map(|k| self.points[k].get()) {
            Some(p) if orig < p.orig + p.orig_len => (p.fold + p.fold_len).min(self.len),
            _ => self.folded_at(orig),
        }
    }

    /// A folded offset at or before the fold of original byte `orig`, on a unit start (the
    /// inverse of [`Folded::orig_start`], rounded down).
    pub fn folded_at(&self, orig: usize) -> usize {
        let i = self.points.partition_point(|p| p.get().orig <= orig);
        let f = match i.checked_sub(1).map(|k| self.points[k].get()) {
            None => orig,
            Some(p) if orig < p.orig + p.orig_len => p.fold,
            Some(p) => p.fold + p.fold_len + (orig - p.orig - p.orig_len),
        };
        f.min(self.len)
    }

    /// The number of points that start before folded byte `f`: a cursor for
    /// [`Folded::orig_span_swept`] from `f` on.
    pub fn cursor_at(&self, f: usize) -> usize {
        self.points.partition_point(|p| p.get().fold < f)
    }

    /// [`Folded::orig_span`] of a non-empty range for a forward walk: `cursor` is the number
    /// of points before the previous range's start ([`Folded::cursor_at`] at first), so a walk over sorted
    /// ranges sweeps the points once instead of bisecting them for each range.
    pub fn orig_span_swept(&self, start: usize, end: usize, cursor: &mut usize) -> Span {
        *cursor = self.point_before(start, *cursor);
        let from = self.start_with(start, *cursor);
        let j = self.point_before(end - 1, *cursor);
        Span::new(from, self.end_with(end, j).max(from))
    }

    /// The original span of the folded byte range `start..end` (empty when the range is).
    pub fn orig_span(&self, start: usize, end: usize) -> Span {
        let from = self.orig_start(start);
        if end <= start {
            return Span::new(from, from);
        }
        Span::new(from, self.orig_end(end).max(from))
    }

    /// Maps folded ranges, sorted by start and not overlapping, to original spans in one
    /// sweep. Ranges that would map onto (part of) the previous span, as two matches inside
    /// one expanded char like "ß" → "ss" do, are dropped, so the result is sorted and
    /// non-overlapping too.
    pub fn orig_spans(&self, ranges: impl IntoIterator<Item = (usize, usize)>) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        let mut i = 0;
        for (s, e) in ranges {
            if e <= s {
                continue;
            }
            i = self.point_before(s, i);
            let start = self.start_with(s, i);
            // Points starting at or before e - 1: continue from i (s <= e - 1).
            let j = self.point_before(e - 1, i);
            let end = self.end_with(e, j);
            if out.last().is_some_and(|last| start < last.end) || end <= start {
                continue;
            }
            out.push(Span::new(start, end));
        }
        out
    }

    /// Maps char indices into the folded text (sorted) to char indices into `orig`, the
    /// string this was folded from; duplicates (several folded chars from one original char)
    /// are merged. Used to highlight fuzzy-match positions in the original label.
    pub fn orig_char_indices(&self, orig: &str, folded_chars: &[usize]) -> Vec<usize> {
        let fold_bytes: Vec<usize> = self.text.char_indices().map(|(b, _)| b).collect();
        let orig_bytes: Vec<usize> = orig.char_indices().map(|(b, _)| b).collect();
        let mut out: Vec<usize> = Vec::with_capacity(folded_chars.len());
        for &fc in folded_chars {
            let Some(&fb) = fold_bytes.get(fc) else { continue };
            let ob = self.orig_start(fb);
            let oc = orig_bytes.partition_point(|&b| b < ob);
            if oc < orig_bytes.len() && out.last() != Some(&oc) {
                out.push(oc);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Original text of the folded range `s..e`.
    fn back<'a>(orig: &'a str, f: &Folded, s: usize, e: usize) -> &'a str {
        f.orig_span(s, e).slice(orig)
    }

    #[test]
    fn folds_diacritics_and_punctuation() {
        assert_eq!(fold("Ẓarāvinī").as_str(), "Zaravini");
        assert_eq!(fold_key("Ẓarāvinī"), "zaravini");
        assert_eq!(fold("al-Zaravini’s").as_str(), "al-Zaravini's");
        assert_eq!(fold("war—a long").as_str(), "war-a long");
        assert_eq!(fold("“jihad”").as_str(), "\"jihad\"");
        assert_eq!(fold("Straße ﬁne Æon").as_str(), "Strasse fine AEon");
        assert_eq!(fold("Москва").as_str(), "Moskva");
    }

    #[test]
    fn whitespace_runs_fold_to_one_space() {
        let s = "bin\r\n  Tavor\tand\u{a0}x";
        let f = fold(s);
        assert_eq!(f.as_str(), "bin Tavor and x");
        assert_eq!(back(s, &f, 3, 4), "\r\n  ");
        assert_eq!(back(s, &f, 4, 9), "Tavor");
        assert_eq!(back(s, &f, 0, 9), "bin\r\n  Tavor");
        assert_eq!(back(s, &f, 13, 15), "\u{a0}x");
    }

    #[test]
    fn other_scripts_are_kept() {
        let f = fold("北京 😀 مرحبا");
        assert_eq!(f.as_str(), "北京 😀 مرحبا");
        assert_eq!(back("北京 😀 مرحبا", &f, 0, 3), "北");
    }

    #[test]
    fn maps_back_through_multibyte_and_expansions() {
        let s = "Ẓarāvinī met Straße";
        let f = fold(s);
        assert_eq!(f.as_str(), "Zaravini met Strasse");
        assert_eq!(back(s, &f, 0, 8), "Ẓarāvinī");
        assert_eq!(back(s, &f, 3, 4), "ā");
        assert_eq!(back(s, &f, 9, 12), "met");
        // Inside an expansion: either folded byte of "ss" maps to the whole "ß".
        assert_eq!(back(s, &f, 17, 18), "ß");
        assert_eq!(back(s, &f, 18, 19), "ß");
        assert_eq!(back(s, &f, 16, 18), "aß");
        assert_eq!(back(s, &f, 13, 20), "Straße");
        assert_eq!(f.orig_start(f.as_str().len()), s.len());
        assert_eq!(f.orig_end(0), 0);
    }

    #[test]
    fn chars_that_fold_to_nothing() {
        // Combining acute after e, soft hyphen, BOM: they vanish from the folded text and a
        // match ending just before them takes them along.
        let s = "Jose\u{301} Ca\u{ad}rlos\u{feff}!";
        let f = fold(s);
        assert_eq!(f.as_str(), "Jose Carlos!");
        assert_eq!(back(s, &f, 0, 4), "Jose\u{301}");
        assert_eq!(back(s, &f, 5, 11), "Ca\u{ad}rlos\u{feff}");
        assert_eq!(back(s, &f, 11, 12), "!");
        // A string of nothing but vanishing chars folds to nothing.
        let z = fold("\u{301}\u{feff}");
        assert_eq!(z.as_str(), "");
        assert_eq!(z.orig_start(0), "\u{301}\u{feff}".len());
    }

    #[test]
    fn empty_input() {
        let f = fold("");
        assert_eq!(f.as_str(), "");
        assert_eq!(f.orig_span(0, 0), Span::new(0, 0));
        assert!(f.orig_spans([(0, 0)]).is_empty());
    }

    #[test]
    fn orig_spans_drops_overlaps_inside_one_char() {
        let s = "ß ß";
        let f = fold(s);
        assert_eq!(f.as_str(), "ss ss");
        let spans = f.orig_spans([(0, 1), (1, 2), (3, 4), (4, 5)]);
        assert_eq!(spans, vec![Span::new(0, 2), Span::new(3, 5)]);
    }

    proptest::proptest! {
        #[test]
        fn map_is_monotone_and_on_char_boundaries(s in "(\\PC|\\s|\u{301}|ß|Æ|—){0,40}") {
            let f = fold(&s);
            let n = f.as_str().len();
            let mut last_start = 0;
            for i in 0..=n {
                let start = f.orig_start(i);
                let end = f.orig_end(i);
                proptest::prop_assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
                proptest::prop_assert!(start >= last_start && start <= s.len() && end <= s.len());
                if i > 0 {
                    // Byte i - 1 comes from orig_start(i - 1)..orig_end(i).
                    proptest::prop_assert!(f.orig_start(i - 1) < end);
                }
                last_start = start;
            }
            for i in 0..=n {
                for j in i..=n {
                    let span = f.orig_span(i, j);
                    proptest::prop_assert!(span.start <= span.end && span.end <= s.len());
                }
            }
        }
    }

    #[test]
    fn char_indices_map_back() {
        let label = "Ẓarāvinī";
        let f = fold(label);
        assert_eq!(f.orig_char_indices(label, &[0, 3, 7]), vec![0, 3, 7]);
        let label = "Æon";
        let f = fold(label);
        // "AEon": A and E both come from Æ.
        assert_eq!(f.orig_char_indices(label, &[0, 1, 2]), vec![0, 1]);
    }
}
