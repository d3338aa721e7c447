//! Text to screen lines for a given width, and the maps between byte positions and
//! (line, column).
//!
//! A wrapped line is a byte range of the document text, never a copy, so highlights, search
//! matches and mentions (all byte spans) land on the screen by plain range arithmetic. Widths
//! are measured on what is actually drawn: every character goes through
//! [`crate::display::glyph`] (so a control character counts as its one-column placeholder and
//! a dropped CR as nothing) and then `unicode-width` (so CJK is two columns and combining marks
//! none).
//!
//! The breaks are chosen by textwrap without giving it the text: our words ([`Word`], a byte
//! range with its measured widths) implement textwrap's `core::Fragment`, and
//! `wrap_algorithms` (optimal fit by default, fewer ragged lines; first fit as a setting)
//! returns slices of them, which become byte ranges again. What textwrap does not do is ours:
//! a word wider than the column is cut into pieces that fit; a break is allowed after a dash
//! or slash inside a word; and with hyphenation on (narrow columns only), long words are
//! split at the points of the embedded en-US patterns, a line ending inside a word showing a
//! hyphen that is not in the text ([`Line::hyphen`]).

use crate::display::{Glyph, glyph};
use hyphenation::{Hyphenator, Language, Load, Standard};
use std::sync::OnceLock;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{Penalties, wrap_first_fit, wrap_optimal_fit};
use unicode_width::UnicodeWidthChar;

/// One screen line: `start..end` bytes of the text (trailing spaces excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// First byte of the line.
    pub start: usize,
    /// End of its content (trailing spaces excluded).
    pub end: usize,
    /// The line ends inside a hyphenated word: a hyphen is drawn after it.
    pub hyphen: bool,
}

impl Line {
    /// A line of `start..end` without a hyphen.
    pub fn new(start: usize, end: usize) -> Line {
        Line { start, end, hyphen: false }
    }
}

/// Which textwrap algorithm chooses the breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Algorithm {
    /// Minimises raggedness over the whole paragraph.
    #[default]
    OptimalFit,
    /// Fills each line as far as it goes.
    FirstFit,
}

/// How lines are broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breaking {
    /// Which algorithm chooses the breaks.
    pub algorithm: Algorithm,
    /// Hyphenate long words when the column is narrower than [`HYPHENATE_BELOW`].
    pub hyphenate: bool,
}

impl Default for Breaking {
    fn default() -> Self {
        Breaking { algorithm: Algorithm::OptimalFit, hyphenate: true }
    }
}

/// Columns below which long words are hyphenated (when hyphenation is on). Wider columns
/// hold enough words for optimal fit to even the lines without breaking any, and looking
/// every long word up in the patterns made a reflow at 58 columns about 8× slower.
pub const HYPHENATE_BELOW: usize = 45;
/// Words with at least this many letters are hyphenated.
const HYPHENATE_MIN: usize = 8;

/// What a character occupies on screen after neutralising: the char drawn and its width.
pub fn cell(c: char) -> Option<(char, usize)> {
    let shown = match glyph(c) {
        Glyph::Keep => c,
        Glyph::Replace(r) => r,
        Glyph::Drop => return None,
    };
    if shown == '\n' {
        return Some((' ', 1));
    }
    Some((shown, shown.width().unwrap_or(0)))
}

/// Display width of a string as drawn.
pub fn width(s: &str) -> usize {
    s.chars().filter_map(cell).map(|(_, w)| w).sum()
}

/// A word as textwrap sees it: its content `start..end`, the columns it takes, the columns of
/// the whitespace after it, and whether a break after it shows a hyphen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Word {
    /// First byte.
    pub start: usize,
    /// End of the content.
    pub end: usize,
    /// Columns the content takes.
    pub width: usize,
    /// Columns of the whitespace after it.
    pub space: usize,
    /// Whether a break after it shows a hyphen.
    pub hyphen: bool,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        if self.hyphen { 1.0 } else { 0.0 }
    }
}

/// Wraps `text[span_start..span_end]` to `width` columns with the default breaking.
/// `hard_newlines` keeps line breaks (code); otherwise a newline is a space.
pub fn wrap(text: &str, span_start: usize, span_end: usize, width: usize, hard_newlines: bool) -> Vec<Line> {
    wrap_with(text, span_start, span_end, width, hard_newlines, Breaking::default())
}

/// As [`wrap`], with the breaking chosen.
pub fn wrap_with(
    text: &str,
    span_start: usize,
    span_end: usize,
    width: usize,
    hard_newlines: bool,
    breaking: Breaking,
) -> Vec<Line> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let Some(slice) = text.get(span_start..span_end) else {
        return lines;
    };
    let hyphenate = breaking.hyphenate && width < HYPHENATE_BELOW;
    let fit = Fit { width, hyphenate, algorithm: breaking.algorithm };
    WORDS.with_borrow_mut(|words| {
        if hard_newlines {
            let mut at = span_start;
            for piece in slice.split('\n') {
                let before = lines.len();
                paragraph(text, (at, at + piece.len()), fit, words, &mut lines);
                if lines.len() == before {
                    lines.push(Line::new(at, at));
                }
                at += piece.len() + 1;
            }
            // A trailing newline ends the last line rather than starting an empty one.
            if slice.ends_with('\n') && lines.len() > 1 {
                lines.pop();
            }
        } else {
            paragraph(text, (span_start, span_end), fit, words, &mut lines);
        }
    });
    lines
}

thread_local! {
    /// The words of the paragraph being wrapped, reused so wrapping allocates only its lines.
    static WORDS: std::cell::RefCell<Vec<Word>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Wraps one paragraph `text[start..end]` (no hard newline inside) and appends its lines.
///
/// A paragraph that fits on one line skips scanning, hyphenation and textwrap: either
/// algorithm would give that one line (optimal fit charges every extra line more than any
/// raggedness of a single one), so the shortcut changes no break.
fn paragraph(
    text: &str,
    (start, end): (usize, usize),
    fit: Fit,
    words: &mut Vec<Word>,
    lines: &mut Vec<Line>,
) {
    if let Some(line) = one_line(text, start, end, fit.width) {
        lines.extend(line);
        return;
    }
    words.clear();
    scan(text, start, end, fit.width, fit.hyphenate, words);
    place(words, fit.width, fit.algorithm, lines);
}

/// What a paragraph is wrapped for: the column width, whether to hyphenate, the algorithm.
#[derive(Clone, Copy)]
struct Fit {
    width: usize,
    hyphenate: bool,
    algorithm: Algorithm,
}

/// The single line `text[start..end]` makes when it fits in `width` columns (`Some(None)`
/// when it holds no word), or `None` as soon as it is seen not to fit. Columns are counted
/// as [`scan`] and textwrap count them: words plus the whitespace between them.
fn one_line(text: &str, start: usize, end: usize, width: usize) -> Option<Option<Line>> {
    let mut cols = 0;
    let mut pending = 0;
    let mut span: Option<(usize, usize)> = None;
    for (i, c) in text[start..end].char_indices() {
        let Some((shown, w)) = cell(c) else { continue };
        if shown == ' ' || c.is_whitespace() {
            pending += w;
            continue;
        }
        cols += if span.is_some() { pending } else { 0 } + w;
        pending = 0;
        if cols > width {
            return None;
        }
        let pos = start + i;
        span = Some((span.map_or(pos, |s| s.0), pos + c.len_utf8()));
    }
    Some(span.map(|(s, e)| Line::new(s, e)))
}

/// Lets textwrap choose the breaks between `words` and appends the lines.
fn place(words: &[Word], width: usize, algorithm: Algorithm, lines: &mut Vec<Line>) {
    if words.is_empty() {
        return;
    }
    let widths = [width as f64];
    let groups = match algorithm {
        Algorithm::FirstFit => wrap_first_fit(words, &widths),
        Algorithm::OptimalFit => wrap_optimal_fit(words, &widths, &Penalties::new())
            .unwrap_or_else(|_| wrap_first_fit(words, &widths)),
    };
    for g in groups {
        if let (Some(first), Some(last)) = (g.first(), g.last()) {
            lines.push(Line { start: first.start, end: last.end, hyphen: last.hyphen });
        }
    }
}

/// Splits `text[start..end]` into words: at whitespace, after a dash or slash inside a word,
/// inside words wider than the column, and (when `hyphenate`) at hyphenation points.
fn scan(text: &str, start: usize, end: usize, width: usize, hyphenate: bool, out: &mut Vec<Word>) {
    let slice = &text[start..end];
    let mut word: Option<Word> = None;
    let mut prev_dash = false;
    for (i, c) in slice.char_indices() {
        let pos = start + i;
        let Some((shown, w)) = cell(c) else { continue };
        if shown == ' ' || c.is_whitespace() {
            if let Some(wd) = word.as_mut() {
                wd.space += w;
            }
            prev_dash = false;
            continue;
        }
        match word.as_mut() {
            Some(wd) if wd.space == 0 && !prev_dash => {
                wd.end = pos + c.len_utf8();
                wd.width += w;
            }
            _ => {
                if let Some(done) = word.take() {
                    push_word(text, done, width, hyphenate, out);
                }
                word = Some(Word { start: pos, end: pos + c.len_utf8(), width: w, space: 0, hyphen: false });
            }
        }
        prev_dash = matches!(c, '-' | '—' | '–' | '/') && word.is_some_and(|wd| wd.start < pos);
    }
    if let Some(done) = word {
        push_word(text, done, width, hyphenate, out);
    }
}

/// Appends a word, hyphenated when long, and cut into pieces where still wider than `width`.
fn push_word(text: &str, word: Word, width: usize, hyphenate: bool, out: &mut Vec<Word>) {
    if hyphenate && width >= 4 && word.end - word.start >= HYPHENATE_MIN {
        let s = &text[word.start..word.end];
        let letters = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        if s[..letters].chars().count() >= HYPHENATE_MIN {
            let breaks = dictionary().map(|d| d.hyphenate(&s[..letters]).breaks).unwrap_or_default();
            let mut from = word.start;
            for b in breaks {
                let at = word.start + b;
                let piece =
                    Word { start: from, end: at, width: width_of(text, from, at), space: 0, hyphen: true };
                cut(text, piece, width, out);
                from = at;
            }
            let last = Word { start: from, width: width_of(text, from, word.end), ..word };
            cut(text, last, width, out);
            return;
        }
    }
    cut(text, word, width, out);
}

/// Cuts a word wider than `width` into pieces that fit, its hyphen included (no hyphen
/// between the pieces: that was not a word break).
fn cut(text: &str, word: Word, width: usize, out: &mut Vec<Word>) {
    let width = width.saturating_sub(usize::from(word.hyphen)).max(1);
    if word.width <= width {
        out.push(word);
        return;
    }
    let mut piece = Word { start: word.start, end: word.start, width: 0, space: 0, hyphen: false };
    for (i, c) in text[word.start..word.end].char_indices() {
        let w = cell(c).map_or(0, |(_, w)| w);
        if piece.width + w > width && piece.end > piece.start {
            out.push(piece);
            let at = word.start + i;
            piece = Word { start: at, end: at, width: 0, space: 0, hyphen: false };
        }
        piece.end = word.start + i + c.len_utf8();
        piece.width += w;
    }
    out.push(Word { space: word.space, hyphen: word.hyphen, ..piece });
}

fn width_of(text: &str, start: usize, end: usize) -> usize {
    width(&text[start..end])
}

/// The embedded en-US hyphenation patterns, loaded once.
fn dictionary() -> Option<&'static Standard> {
    static DICT: OnceLock<Option<Standard>> = OnceLock::new();
    DICT.get_or_init(|| Standard::from_embedded(Language::EnglishUS).ok()).as_ref()
}

/// Index of the line containing byte `pos` (the last line starting at or before it).
pub fn line_of(lines: &[Line], pos: usize) -> usize {
    lines.partition_point(|l| l.start <= pos).saturating_sub(1)
}

/// Display column of byte `pos` within `line` of `text`.
pub fn column_of(text: &str, line: Line, pos: usize) -> usize {
    let end = pos.clamp(line.start, line.end);
    text.get(line.start..end).map(width).unwrap_or(0)
}

#[cfg(test)]
mod tests;
