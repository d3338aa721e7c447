//! Text to screen lines for a given width, and the maps between byte positions and
//! (line, column).
//!
//! A wrapped line is a byte range of the document text, never a copy, so highlights, search
//! matches and mentions (all byte spans) land on the screen by plain range arithmetic. Widths
//! are measured on what is actually drawn: every character goes through
//! [`crate::display::glyph`] (so a control character counts as its one-column placeholder and
//! a dropped CR as nothing) and then `unicode-width` (so CJK is two columns and combining marks
//! none). The wrapper is our own greedy one rather than textwrap's because it must report
//! byte ranges of the original text, which textwrap's owned output does not give.

use crate::display::{Glyph, glyph};
use unicode_width::UnicodeWidthChar;

/// One screen line: `start..end` bytes of the text (trailing spaces excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
}

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

/// A place a line may end: its content ends at `end`, the next line starts at `next`, and
/// `consumed` columns of the current line lie before `next`.
#[derive(Clone, Copy)]
struct Break {
    end: usize,
    next: usize,
    consumed: usize,
}

/// Wraps `text[span_start..span_end]` to `width` columns. `hard_newlines` keeps line breaks
/// (code); otherwise a newline is a space (hard-wrapped prose reflows).
pub fn wrap(text: &str, span_start: usize, span_end: usize, width: usize, hard_newlines: bool) -> Vec<Line> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let Some(slice) = text.get(span_start..span_end) else {
        return lines;
    };
    let mut line_start: Option<usize> = None;
    let mut line_width = 0usize;
    let mut content_end = span_start;
    let mut brk: Option<Break> = None;
    let mut prev_space = false;
    let mut prev_dash = false;

    for (i, c) in slice.char_indices() {
        let pos = span_start + i;
        let next = pos + c.len_utf8();
        if c == '\n' && hard_newlines {
            let s = line_start.unwrap_or(pos);
            lines.push(Line { start: s, end: content_end.max(s) });
            line_start = None;
            line_width = 0;
            brk = None;
            prev_space = false;
            prev_dash = false;
            continue;
        }
        let Some((shown, w)) = cell(c) else {
            continue;
        };
        let is_space = shown == ' ' || c.is_whitespace();
        let Some(start) = line_start else {
            if !is_space {
                line_start = Some(pos);
                line_width = w;
                content_end = next;
                brk = None;
                prev_space = false;
                prev_dash = false;
            }
            continue;
        };
        if is_space {
            match brk.as_mut() {
                Some(b) if prev_space => {
                    b.next = next;
                    b.consumed = line_width + w;
                }
                _ => brk = Some(Break { end: content_end, next, consumed: line_width + w }),
            }
            line_width += w;
            prev_space = true;
            prev_dash = false;
            continue;
        }
        if prev_dash {
            brk = Some(Break { end: content_end, next: pos, consumed: line_width });
        }
        let mut start = start;
        if line_width + w > width {
            if let Some(b) = brk.filter(|b| b.end > start) {
                lines.push(Line { start, end: b.end });
                start = b.next;
                line_width -= b.consumed.min(line_width);
            }
            if line_width + w > width && start < pos {
                lines.push(Line { start, end: content_end.max(start) });
                start = pos;
                line_width = 0;
            }
            brk = None;
            line_start = Some(start);
        }
        line_width += w;
        content_end = next;
        prev_dash = matches!(c, '-' | '—' | '–' | '/') && !prev_space && start < pos;
        prev_space = false;
    }
    if let Some(s) = line_start {
        lines.push(Line { start: s, end: content_end.max(s) });
    }
    lines
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
mod tests {
    use super::*;

    fn texts(t: &str, w: usize) -> Vec<&str> {
        wrap(t, 0, t.len(), w, false).iter().map(|l| &t[l.start..l.end]).collect()
    }

    #[test]
    fn greedy_word_wrap() {
        assert_eq!(texts("the quick brown fox jumps", 10), vec!["the quick", "brown fox", "jumps"]);
        assert_eq!(texts("  lead  and trail  ", 20), vec!["lead  and trail"]);
        assert_eq!(texts("", 10), Vec::<&str>::new());
    }

    #[test]
    fn long_words_are_split_and_every_line_fits() {
        let t = "supercalifragilistic word";
        let lines = texts(t, 8);
        assert_eq!(lines, vec!["supercal", "ifragili", "stic", "word"]);
        for l in lines {
            assert!(width(l) <= 8);
        }
    }

    #[test]
    fn breaks_after_dashes() {
        assert_eq!(texts("war—a long, ongoing war", 6), vec!["war—a", "long,", "ongoin", "g war"]);
        assert_eq!(texts("al-Qaeda members", 5), vec!["al-", "Qaeda", "membe", "rs"]);
    }

    #[test]
    fn wide_and_combining_characters_keep_columns() {
        // Each CJK character is two columns: three fit in 6 columns.
        assert_eq!(texts("東京都庁舎", 6), vec!["東京都", "庁舎"]);
        // A combining accent takes no column.
        let t = "cafe\u{301} cafe\u{301}";
        assert_eq!(texts(t, 4), vec!["cafe\u{301}", "cafe\u{301}"]);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("👍a"), 3);
    }

    #[test]
    fn controls_count_as_their_placeholders_and_newlines_reflow() {
        assert_eq!(width("a\u{1b}[2J"), 5);
        assert_eq!(width("a\r\n"), 2);
        assert_eq!(texts("one\ntwo three", 7), vec!["one\ntwo", "three"]);
        let t = "one\ntwo";
        let hard: Vec<&str> = wrap(t, 0, t.len(), 20, true).iter().map(|l| &t[l.start..l.end]).collect();
        assert_eq!(hard, vec!["one", "two"]);
    }

    #[test]
    fn offsets_map_to_lines_and_columns() {
        let t = "alpha beta gamma delta";
        let lines = wrap(t, 0, t.len(), 11, false);
        let pos = t.find("gamma").unwrap();
        let li = line_of(&lines, pos);
        assert_eq!(&t[lines[li].start..lines[li].end], "gamma delta");
        assert_eq!(column_of(t, lines[li], t.find("delta").unwrap()), 6);
        // Within a sub-span of a larger text, offsets are absolute.
        let sub = wrap(t, 6, 16, 5, false);
        assert_eq!(sub[0], Line { start: 6, end: 10 });
    }
}
