//! Sentence tokens for the temporal scanner: words, numbers and single punctuation marks
//! as byte spans, with the sentence lower-cased once (ASCII only, so offsets are the
//! original ones) for cheap word-class lookups.
//!
//! The scanner never allocates per token: it reuses one token buffer and one lower-case
//! buffer for every sentence, which keeps a pass over a 3 MB novel to a few milliseconds.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Starts with a letter; may contain digits ("Q3").
    Word,
    /// Starts with an ASCII digit; may end in letters ("1980s", "19th", "45pm").
    Num,
    /// One punctuation or symbol character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Byte offsets relative to the sentence start.
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
}

/// Splits a sentence into tokens (appending to `out`, which the caller clears). ASCII bytes
/// are classified directly; only other characters are decoded.
pub fn tokenize(s: &str, out: &mut Vec<Tok>) {
    let bytes = s.as_bytes();
    let char_at = |i: usize| s[i..].chars().next().unwrap_or(' ');
    let mut i = 0;
    let mut space = true;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 { (b as char, 1) } else { (char_at(i), char_at(i).len_utf8()) };
        if c.is_whitespace() {
            space = true;
            i += len;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Num
        } else if c.is_alphabetic() {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        let mut end = i + len;
        if kind != TokKind::Punct {
            while end < bytes.len() {
                let d = bytes[end];
                let (ok, dl) = if d < 0x80 {
                    (d.is_ascii_alphanumeric(), 1)
                } else if kind == TokKind::Word {
                    let ch = char_at(end);
                    (ch.is_alphanumeric(), ch.len_utf8())
                } else {
                    (false, 1)
                };
                if !ok {
                    break;
                }
                end += dl;
            }
        }
        out.push(Tok { start: i, end, kind, space_before: space });
        space = false;
        i = end;
    }
}

/// Calls `f` with each sentence of `doc` and its tokenised form, reusing one token buffer and
/// one lower-case buffer for the whole document (the scanner's and the extras' shared walk).
pub fn each_sentence(doc: &crate::document::Document, mut f: impl FnMut(crate::span::Span, &Cx)) {
    let (mut toks, mut lc) = (Vec::new(), String::new());
    for &sentence in &doc.sentences {
        let raw = sentence.slice(&doc.text);
        lc.clear();
        lc.push_str(raw);
        lc.make_ascii_lowercase();
        toks.clear();
        tokenize(raw, &mut toks);
        f(sentence, &Cx { raw, lc: &lc, toks: &toks });
    }
}

/// A tokenised sentence with helpers for matching.
pub struct Cx<'a> {
    /// The sentence as written.
    pub raw: &'a str,
    /// The sentence lower-cased (ASCII), same byte offsets.
    pub lc: &'a str,
    pub toks: &'a [Tok],
}

impl<'a> Cx<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Lower-cased token text, "" past the end.
    pub fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.lc[t.start..t.end])
    }

    /// Token text as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.raw[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }

    /// Whether token `i` is glued to the previous one (no whitespace between).
    pub fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The value of an all-digit token and its digit count.
    pub fn digits(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Num {
            return None;
        }
        let s = &self.raw[t.start..t.end];
        if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    /// Whether token `i` is the punctuation mark `p`.
    pub fn is(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct && &self.raw[t.start..t.end] == p)
    }

    /// Whether token `i` is a dash or hyphen of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        ["-", "–", "—", "‐", "‑"].iter().any(|d| self.is(i, d))
    }

    /// Whether token `i` is an apostrophe (straight or curly).
    pub fn is_apostrophe(&self, i: usize) -> bool {
        self.is(i, "'") || self.is(i, "’") || self.is(i, "‘")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let s = "In the ’80s, 9/11 and 1914–18: Q3 1980s";
        let mut toks = Vec::new();
        tokenize(s, &mut toks);
        let texts: Vec<&str> = toks.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(
            texts,
            ["In", "the", "’", "80s", ",", "9", "/", "11", "and", "1914", "–", "18", ":", "Q3", "1980s"]
        );
        assert!(!toks[3].space_before && toks[2].space_before);
        let s = "Zoë Ålander, 1980’s café";
        toks.clear();
        tokenize(s, &mut toks);
        let texts: Vec<&str> = toks.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(texts, ["Zoë", "Ålander", ",", "1980", "’", "s", "café"]);
    }
}
