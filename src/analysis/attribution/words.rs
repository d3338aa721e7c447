//! Word tokens with byte spans over a stretch of text, for the left- and right-walking
//! patterns of descriptions and quotes. A word is a run of letters and digits with inner
//! hyphens, apostrophes and dots ("al-Qaeda", "bin", "U.S.", "America’s"); anything else is a
//! one-character punctuation token. Whitespace is skipped.

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub span: Span,
    pub word: bool,
}

impl Tok<'_> {
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn is_lower_word(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_lowercase)
    }

    pub fn is_capitalised(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is(&self, s: &str) -> bool {
        self.text.eq_ignore_ascii_case(s)
    }
}

fn joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‐')
}

/// Tokens of `text[range]`, with spans in `text`.
pub fn tokens(text: &str, range: Span) -> Vec<Tok<'_>> {
    let s = range.slice(text);
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let end = i + c.len_utf8();
            out.push(Tok {
                text: &s[i..end],
                span: Span::new(range.start + i, range.start + end),
                word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
            } else if joiner(d) && s[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric) {
                chars.next();
                end = j + d.len_utf8();
            } else {
                break;
            }
        }
        out.push(Tok { text: &s[i..end], span: Span::new(range.start + i, range.start + end), word: true });
    }
    out
}

/// Bytes of context the patterns look at on either side of a mention or quotation, so a
/// document that is one endless "sentence" stays linear.
pub const WINDOW: usize = 400;

/// `range` cut to at most [`WINDOW`] bytes ending at its end, on a character boundary.
pub fn tail(text: &str, range: Span) -> Span {
    let mut start = range.start.max(range.end.saturating_sub(WINDOW));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start.min(range.end), range.end)
}

/// `range` cut to at most [`WINDOW`] bytes starting at its start, on a character boundary.
pub fn head(text: &str, range: Span) -> Span {
    let mut end = range.end.min(range.start + WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(range.start, end.max(range.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let t = "al-Qaeda’s U.S. chief, “he said.”";
        let toks: Vec<&str> = tokens(t, Span::new(0, t.len())).iter().map(|t| t.text).collect();
        assert_eq!(toks, ["al-Qaeda’s", "U.S", ".", "chief", ",", "“", "he", "said", ".", "”"]);
    }
}
