//! What each character of a document looks like on a terminal, so that nothing in a document
//! can drive the terminal.
//!
//! The analysed text keeps the file's bytes (offsets must match the file), so neutralising
//! happens here, per character, at the last step before drawing or printing to a terminal.
//! Every C0 and C1 control character, DEL, and every bidirectional override or isolate becomes
//! a visible one-column placeholder; tabs become spaces; CR, form feed and other line-level
//! controls vanish. An escape sequence such as `ESC ] 52 ; ...` therefore arrives as the
//! harmless visible text `␛]52;...`. Pure functions, no terminal imports.

use std::borrow::Cow;

/// How a character is displayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// Shown as itself.
    Keep,
    /// Replaced by another, harmless character (a visible placeholder or a space).
    Replace(char),
    /// Not shown at all.
    Drop,
}

/// Tab stops are this many columns apart when expanded.
pub const TAB_WIDTH: usize = 4;

/// The display rule for one character.
pub fn glyph(c: char) -> Glyph {
    match c {
        '\t' => Glyph::Replace(' '),
        '\r' | '\u{c}' | '\u{b}' => Glyph::Drop,
        '\n' => Glyph::Keep,
        '\u{1b}' => Glyph::Replace('␛'),
        '\u{7f}' => Glyph::Replace('␡'),
        c if (c as u32) < 0x20 => Glyph::Replace(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        '\u{80}'..='\u{9f}' => Glyph::Replace('�'),
        // Bidi embeddings, overrides, isolates and marks: shown, never obeyed.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            Glyph::Replace('⸮')
        }
        '\u{2028}' | '\u{2029}' => Glyph::Replace(' '),
        _ => Glyph::Keep,
    }
}

/// Whether a string is safe to write to a terminal as is (no character needs a glyph rule).
pub fn is_clean(s: &str) -> bool {
    s.chars().all(|c| c == '\n' || glyph(c) == Glyph::Keep)
}

/// A copy of `s` safe to write to a terminal: newlines kept, everything else per [`glyph`].
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if is_clean(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match glyph(c) {
            Glyph::Keep => out.push(c),
            Glyph::Replace(r) => out.push(r),
            Glyph::Drop => {}
        }
    }
    Cow::Owned(out)
}

/// `sanitize` for one line: newlines become spaces too.
pub fn sanitize_line(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}

/// A count with its noun in the right number: "1 match", "3 matches", "0 matches".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_text() {
        let s = sanitize("a\u{1b}]52;c;SGVsbG8=\u{7}b\u{1b}[2J\u{9b}31m");
        assert_eq!(s, "a␛]52;c;SGVsbG8=␇b␛[2J�31m");
        assert!(s.chars().all(|c| !c.is_control() || c == '\n'));
    }

    #[test]
    fn bidi_and_carriage_returns() {
        assert_eq!(sanitize("x\u{202e}y\r\nz\u{8}"), "x⸮y\nz␈");
        assert_eq!(sanitize_line("a\tb\nc"), "a b c");
        assert!(matches!(sanitize("plain “text”"), Cow::Borrowed(_)));
    }
}
