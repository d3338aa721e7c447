//! Word tokens with the context the name rules read: shape, hyphen joins, sentence starts,
//! headings, possessives.
//!
//! Names are found on words, not characters, so the text is cut once into word tokens (byte
//! spans) in one linear pass. A token keeps what lies between it and the previous word only
//! as a verdict (a plain space, a hyphen, or punctuation), because that is all the run
//! builder needs to decide whether two words can belong to one name. Hyphens split tokens
//! ("al" + "Qaeda", "US" + "Taliban") so that joining or splitting a compound is a rule of
//! the candidate stage; a possessive "’s" is cut off and remembered; dots stay on initials,
//! acronyms ("U.S.") and known abbreviations ("Dr.", "Inc.").

use super::cues;
use crate::document::{BlockKind, Document};
use crate::span::Span;

/// The letter-case shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Starts with an uppercase letter: "Haqqani", "DoD", "McCain", "Dr.".
    Cap,
    /// Two or more letters, all uppercase: "ISIS", "U.S.", "AT&T".
    Upper,
    /// One uppercase letter with a dot: "J.".
    Initial,
    /// Starts with a lowercase letter.
    Lower,
    /// Starts with a digit.
    Number,
    /// `@handle`.
    Handle,
}

/// What separates a token from the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Only whitespace (at most one line break).
    Space,
    /// A hyphen with no space around it.
    Hyphen,
    /// An ampersand between spaces ("Johnson & Johnson").
    Amp,
    /// Anything else: punctuation, a paragraph break, a dash, a quote.
    Break,
}

/// One word token, packed into 6 bytes: a book holds about one per five bytes of text, and
/// this array is the largest allocation of the analysis (32 bytes a token once, ~19 MB for a
/// 3 MB novel; then 12 with a sentence index, 8, now 6: 3.9 MB). Three `u16`s hold 48 bits:
/// the start (31 bits: text beyond 2 GiB is not tokenised, see [`tokenize`]), the length (8
/// bits, at most [`MAX_TOKEN_LEN`] bytes), four yes/no facts, the [`Shape`] (3 bits) and the
/// [`Gap`] (2 bits). Rules only ever asked whether two neighbouring tokens share a sentence,
/// which is the fact "first token of its sentence"; the sentence index itself, for a walk
/// over the tokens in order, is [`SentenceCursor`]'s.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    bits: [u16; 3],
}

/// The longest token, in bytes: a longer run of letters (no word of any language; a hostile
/// input) is cut into tokens of this length.
pub const MAX_TOKEN_LEN: usize = (1 << 8) - 1;
/// The text tokenised: its first 2 GiB (twice the default input cap).
const MAX_TEXT: usize = (1 << 31) - 1;
const LEN_SHIFT: u32 = 31;
const FIRST_IN_SENTENCE: u64 = 1 << 39;
const SENT_START: u64 = 1 << 40;
const HEADING: u64 = 1 << 41;
const POSSESSIVE: u64 = 1 << 42;
const SHAPE_SHIFT: u32 = 43;
const GAP_SHIFT: u32 = 46;
const SHAPES: [Shape; 6] =
    [Shape::Cap, Shape::Upper, Shape::Initial, Shape::Lower, Shape::Number, Shape::Handle];
const GAPS: [Gap; 4] = [Gap::Space, Gap::Hyphen, Gap::Amp, Gap::Break];

impl Token {
    /// Packs a token; `start` ≤ [`MAX_TEXT`], `len` ≤ [`MAX_TOKEN_LEN`], `flags` of the
    /// constants above.
    fn new(start: usize, len: usize, flags: u64, shape: Shape, gap: Gap) -> Token {
        // The tables list the variants in declaration order (a test says so).
        let (shape, gap) = (shape as u64, gap as u64);
        let v = start as u64 | (len as u64) << LEN_SHIFT | flags | shape << SHAPE_SHIFT | gap << GAP_SHIFT;
        Token { bits: [v as u16, (v >> 16) as u16, (v >> 32) as u16] }
    }

    fn value(&self) -> u64 {
        self.bits[0] as u64 | (self.bits[1] as u64) << 16 | (self.bits[2] as u64) << 32
    }

    fn start(&self) -> usize {
        (self.value() & MAX_TEXT as u64) as usize
    }

    fn end(&self) -> usize {
        self.start() + ((self.value() >> LEN_SHIFT) as usize & MAX_TOKEN_LEN)
    }

    /// The letter-case shape.
    pub fn shape(&self) -> Shape {
        SHAPES[(self.value() >> SHAPE_SHIFT) as usize & 7]
    }

    /// What separates it from the previous token.
    pub fn gap(&self) -> Gap {
        GAPS[(self.value() >> GAP_SHIFT) as usize & 3]
    }

    /// The token's bytes in the text.
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start()..self.end()]
    }

    /// The first token of its sentence (so not in the previous token's sentence).
    pub fn first_in_sentence(&self) -> bool {
        self.value() & FIRST_IN_SENTENCE != 0
    }

    /// First word of a sentence, or the first after an opening quote, bracket or colon.
    pub fn sent_start(&self) -> bool {
        self.value() & SENT_START != 0
    }

    /// Inside a title or heading line.
    pub fn heading(&self) -> bool {
        self.value() & HEADING != 0
    }

    /// Followed directly by a possessive "’s" / "'s".
    pub fn possessive(&self) -> bool {
        self.value() & POSSESSIVE != 0
    }

    /// A capitalised word, acronym, initial or handle.
    pub fn is_capitalised(&self) -> bool {
        matches!(self.shape(), Shape::Cap | Shape::Upper | Shape::Initial | Shape::Handle)
    }
}

/// A letter, digit or combining mark. Text in decomposed form writes "í" as "i" plus a
/// combining acute (U+0301), which is not alphanumeric: without the marks a name like
/// "Síofra" would be cut into "Si" and "ofra".
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The blocks of combining diacritical marks.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Whether a word shaped like this is an acronym ("ISIS", "DoD", "U.S.").
pub fn is_acronym_like(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    // All capitals: short ("ISIS", "U.S.", "AT&T"); a longer word in capitals is shouting
    // ("JAVERT" in a chapter heading), not an acronym.
    let short = if lower == 0 { upper <= 5 || word.contains(['.', '&']) } else { word.chars().count() <= 8 };
    upper >= 2 && upper > lower && short
}

/// A Roman numeral in capitals ("II", "XIV"): part of a name after one ("Louis XIV"), never
/// a name by itself.
pub fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 6 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

fn shape_of(word: &str) -> Shape {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return Shape::Number };
    if first == '@' {
        return Shape::Handle;
    }
    if first.is_numeric() {
        return Shape::Number;
    }
    if first.is_lowercase() {
        // "eBay", "iPhone": a brand written with an inner capital is a name.
        let inner = word.chars().skip(1).take_while(|c| c.is_alphabetic()).any(char::is_uppercase);
        return if inner && word.len() <= 12 && word.chars().all(char::is_alphanumeric) {
            Shape::Cap
        } else {
            Shape::Lower
        };
    }
    if !first.is_uppercase() {
        return Shape::Number;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.ends_with('.') {
        return Shape::Initial;
    }
    if letters >= 2 && !word.chars().any(char::is_lowercase) {
        return Shape::Upper;
    }
    Shape::Cap
}

/// Cuts `doc.text` into word tokens with their context (the first 2 GiB of it: see
/// [`Token`]).
pub fn tokenize(doc: &Document) -> Vec<Token> {
    let whole = doc.text.as_str();
    let text = &whole[..floor_char_boundary(whole, MAX_TEXT)];
    // About one token per five bytes of English prose; a denser text grows the array.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 16);
    let mut pos = 0;
    let mut prev_end = 0;
    let mut block_i = 0;
    let mut sent_i = 0;
    let mut last_sentence_seen = usize::MAX;
    // Whether the current block is a heading, computed once per block.
    let mut heading_block = usize::MAX;
    let mut heading_now = false;
    while pos < text.len() {
        let Some(c) = text[pos..].chars().next() else { break };
        let handle = c == '@' && text[pos + 1..].chars().next().is_some_and(|n| n.is_alphanumeric());
        if !is_word_char(c) && !handle {
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let (mut end, mut possessive) = word_end(text, start, start + c.len_utf8());
        if end - start > MAX_TOKEN_LEN {
            // The rest of the run is the next token, joined by an empty (space) gap.
            end = floor_char_boundary(text, start + MAX_TOKEN_LEN).max(start + c.len_utf8());
            possessive = false;
        }
        pos = end;
        let gap_text = &text[prev_end..start];
        let gap = if out.is_empty() {
            Gap::Break
        } else if gap_text == "-" || gap_text == "\u{2010}" {
            Gap::Hyphen
        } else if gap_text.trim() == "&" {
            Gap::Amp
        } else if gap_text.chars().all(char::is_whitespace) && gap_text.matches('\n').count() <= 1 {
            Gap::Space
        } else {
            Gap::Break
        };
        prev_end = if possessive { skip_possessive(text, end) } else { end };
        if possessive {
            pos = prev_end;
        }
        while block_i < doc.blocks.len() && doc.blocks[block_i].span.end <= start {
            block_i += 1;
        }
        if block_i != heading_block {
            heading_block = block_i;
            heading_now = doc.blocks.get(block_i).is_some_and(|b| {
                b.kind.is_heading() || (b.kind == BlockKind::Paragraph && title_case_line(b.span.slice(text)))
            });
        }
        let heading = heading_now && doc.blocks.get(block_i).is_some_and(|b| b.span.start <= start);
        while sent_i < doc.sentences.len() && doc.sentences[sent_i].end <= start {
            sent_i += 1;
        }
        let first_in_sentence = sent_i != last_sentence_seen;
        last_sentence_seen = sent_i;
        let opener = gap_text.trim_end().ends_with(['“', '"', '(', '[', ':', '‘', '\'', '—', '*', '•']);
        let word = &text[start..end];
        let flags = if first_in_sentence || opener || out.is_empty() { SENT_START } else { 0 }
            | if first_in_sentence { FIRST_IN_SENTENCE } else { 0 }
            | if heading { HEADING } else { 0 }
            | if possessive { POSSESSIVE } else { 0 };
        if out.len() == out.capacity() {
            // A denser text than guessed: grow by a guess for the rest, not by doubling (a
            // doubled array of a book's tokens is megabytes unused).
            out.reserve_exact((text.len() - start) / 4 + 1024);
        }
        // In range: `text` is at most MAX_TEXT bytes.
        out.push(Token::new(start, end - start, flags, shape_of(word), gap));
    }
    out
}

/// The index of the sentence holding each of a walk's tokens, taken in text order: the
/// sentence that does not end at or before the token's start, as [`tokenize`] counts.
#[derive(Debug, Clone)]
pub struct SentenceCursor<'a> {
    sentences: &'a [Span],
    i: usize,
}

impl<'a> SentenceCursor<'a> {
    pub fn new(sentences: &'a [Span]) -> Self {
        SentenceCursor { sentences, i: 0 }
    }

    /// The sentence of `t`, which must not come before the token asked about last.
    pub fn of(&mut self, t: &Token) -> usize {
        let start = t.start();
        while self.i < self.sentences.len() && self.sentences[self.i].end <= start {
            self.i += 1;
        }
        self.i
    }
}

/// The largest char boundary of `s` at or below `at`.
fn floor_char_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// A headline set in title case that the segmenter kept as a paragraph (it may hold
/// commas: "Old Allies, New Doubts: Britain, France and the Defence of a Continent"). Its
/// capitals are typography, like a heading's. Cheap: it gives up on long lines at once.
fn title_case_line(line: &str) -> bool {
    if line.len() > 160 || line.trim_end().ends_with(['.', '!', ';', ',', '"', '”']) {
        return false;
    }
    let words = line.split_whitespace().count();
    if words <= 6 && line.len() <= 60 && !line.trim_end().ends_with(['?', ':', ')']) {
        // A short line standing alone with no closing punctuation: a sentence-case heading
        // ("War and cotton", "The nuclear question").
        return true;
    }
    let mut caps = 0;
    for w in line.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else { continue };
        if first.is_uppercase() {
            caps += 1;
        } else if first.is_lowercase() && !cues::TITLE_SMALL_WORDS.contains(w) {
            return false;
        }
    }
    caps >= 3
}

/// The end of the word starting before `pos`, and whether a possessive follows it.
fn word_end(text: &str, start_word: usize, mut pos: usize) -> (usize, bool) {
    loop {
        let rest = &text[pos..];
        let Some(c) = rest.chars().next() else { return (pos, false) };
        if is_word_char(c) {
            pos += c.len_utf8();
            continue;
        }
        let next = rest[c.len_utf8()..].chars().next();
        match c {
            '\'' | '’' => {
                let after = &rest[c.len_utf8()..];
                // Possessive 's: an "s" then a non-word character.
                if after.starts_with(['s', 'S']) && !after[1..].chars().next().is_some_and(is_word_char) {
                    return (pos, true);
                }
                if next.is_some_and(char::is_alphabetic) {
                    pos += c.len_utf8();
                    continue;
                }
                return (pos, false);
            }
            '&' if next.is_some_and(char::is_uppercase) && text[..pos].ends_with(char::is_uppercase) => {
                pos += 1;
            }
            '.' => {
                let word = &text[start_word..pos];
                let letters_only = word.chars().all(|ch| ch.is_alphabetic() || ch == '.');
                let single = letters_only && word.chars().filter(|ch| ch.is_alphabetic()).count() == 1;
                let dotted = letters_only && word.contains('.');
                if single || dotted {
                    pos += 1;
                    // "U.S.": continue over the next letter.
                    if text[pos..].chars().next().is_some_and(char::is_alphabetic)
                        && text[pos..].chars().nth(1).is_some_and(|ch| ch == '.')
                    {
                        continue;
                    }
                    return (pos, false);
                }
                if cues::ABBREVIATIONS.contains(word) {
                    return (pos + 1, false);
                }
                return (pos, false);
            }
            _ => return (pos, false),
        }
    }
}

fn skip_possessive(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let apostrophe = rest.chars().next().map_or(0, char::len_utf8);
    end + apostrophe + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    #[test]
    fn sentence_starts_and_the_cursor_agree_with_the_sentences() {
        let (doc, t) = toks("One two. Three four five. Six.");
        let firsts: Vec<bool> = t.iter().map(Token::first_in_sentence).collect();
        assert_eq!(firsts, [true, false, true, false, false, true]);
        let mut cursor = SentenceCursor::new(&doc.sentences);
        let of: Vec<usize> = t.iter().map(|t| cursor.of(t)).collect();
        let want: Vec<usize> = t
            .iter()
            .map(|t| doc.sentences.iter().position(|s| s.contains(t.span().start)).unwrap())
            .collect();
        assert_eq!(of, want);
    }

    #[test]
    fn tokens_are_six_bytes_and_a_huge_word_is_cut() {
        assert_eq!(std::mem::size_of::<Token>(), 6);
        assert!(SHAPES.iter().enumerate().all(|(i, &s)| s as usize == i));
        assert!(GAPS.iter().enumerate().all(|(i, &g)| g as usize == i));
        for (shape, gap) in SHAPES.iter().zip(GAPS.iter().cycle()) {
            let t = Token::new(MAX_TEXT, MAX_TOKEN_LEN, HEADING | POSSESSIVE, *shape, *gap);
            assert_eq!(
                (t.start(), t.span().len(), t.shape(), t.gap()),
                (MAX_TEXT, MAX_TOKEN_LEN, *shape, *gap)
            );
            assert!(t.heading() && t.possessive() && !t.sent_start() && !t.first_in_sentence());
        }
        let long = "é".repeat(MAX_TOKEN_LEN);
        let (doc, t) = toks(&format!("Then {long}’s end."));
        assert!(
            t.iter().all(|t| t.span().len() <= MAX_TOKEN_LEN && t.text(&doc.text).len() == t.span().len())
        );
        assert_eq!(t.iter().map(|t| t.span().len()).sum::<usize>(), "Then".len() + long.len() + "end".len());
        let n = t.len();
        assert!(n > 4 && t[n - 2].possessive() && t.iter().filter(|t| t.possessive()).count() == 1);
    }

    fn toks(s: &str) -> (Document, Vec<Token>) {
        let doc = Document::from_text(s.to_string(), "t", Format::Text, "t");
        let t = tokenize(&doc);
        (doc, t)
    }

    #[test]
    fn possessives_are_cut_and_hyphens_split() {
        let (doc, t) = toks("It was Haqqani’s call and the US-Taliban deal with al-Qaeda.");
        let words: Vec<&str> = t.iter().map(|t| t.text(&doc.text)).collect();
        assert_eq!(
            words,
            ["It", "was", "Haqqani", "call", "and", "the", "US", "Taliban", "deal", "with", "al", "Qaeda"]
        );
        assert!(t[2].possessive());
        assert_eq!(t[7].gap(), Gap::Hyphen);
        assert_eq!(t[11].gap(), Gap::Hyphen);
    }

    #[test]
    fn dots_stay_on_initials_acronyms_and_abbreviations() {
        let (doc, t) = toks("Then Dr. Jenna Jordan met J. R. R. Tolkien in the U.S. today.");
        let words: Vec<&str> = t.iter().map(|t| t.text(&doc.text)).collect();
        assert!(words.contains(&"Dr."));
        assert!(words.contains(&"J."));
        assert!(words.contains(&"U.S."));
        let us = t.iter().find(|t| t.text(&doc.text) == "U.S.").unwrap();
        assert_eq!(us.shape(), Shape::Upper);
        assert!(t[0].sent_start());
        assert!(!t[1].sent_start());
    }

    #[test]
    fn apostrophes_inside_names_and_handles() {
        let (doc, t) = toks("Mr O’Neill wrote to @asfandyarmir about the Bay’ah.");
        let words: Vec<&str> = t.iter().map(|t| t.text(&doc.text)).collect();
        assert!(words.contains(&"O’Neill"));
        assert!(words.contains(&"@asfandyarmir"));
        assert!(words.contains(&"Bay’ah"));
    }

    #[test]
    fn accented_letters_composed_or_decomposed_stay_in_one_word() {
        let (doc, t) = toks("Then Si\u{301}ofra Kelleher met Máiréad and Jose\u{301} Nu\u{303}ez.");
        let words: Vec<&str> = t.iter().map(|t| t.text(&doc.text)).collect();
        assert_eq!(
            words,
            ["Then", "Si\u{301}ofra", "Kelleher", "met", "Máiréad", "and", "Jose\u{301}", "Nu\u{303}ez"]
        );
        assert!(
            t.iter()
                .all(|t| doc.text.is_char_boundary(t.span().start) && doc.text.is_char_boundary(t.span().end))
        );
        assert_eq!(t[1].shape(), Shape::Cap);
    }
}
