//! What every stage of entity extraction shares: the document context ([`Ctx`]: the text,
//! its tokens, the word lists, and document-wide capitalisation counts) and the
//! [`Candidate`] name span.
//!
//! They live apart from the stages so that the candidate finder and its helpers (works,
//! long forms) and the later stages (kinds, aliases, naming) all depend on this file and not
//! on each other: no stage imports another to get at the shared types.

use super::cues;
use super::tokens::{Gap, Shape, Token, is_roman_numeral};
use crate::analysis::gazetteer::{FastMap, FastSet, Gazetteer, fold_key, gazetteer, key_for};
use crate::document::Document;
use crate::document::segment::{is_division_number, is_structure_word};
use crate::span::Span;
use std::ops::Range;

/// What the candidate stage knows about the document as a whole.
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub gaz: &'static Gazetteer,
    /// How often each word (lowercased) is written capitalised in mid-sentence, where
    /// capitals are evidence of a name rather than typography.
    pub mid_caps: FastMap<String, u32>,
    /// How often each lowercase word is written in lowercase.
    pub lower: FastMap<&'a str, u32>,
    /// Keys of capitalised words seen outside any hyphen compound.
    pub standalone: FastSet<String>,
    /// The document reports sport: score lines ("3-1", "24–17") and sports words ("beat",
    /// "league", "squad") are dense enough that a town named beside a club cue is the club.
    pub sporty: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document, tokens: &'a [Token]) -> Self {
        let text = doc.text.as_str();
        let mut mid_caps = FastMap::default();
        let mut lower: FastMap<&str, u32> = FastMap::default();
        let mut standalone = FastSet::default();
        let mut sport_words = 0usize;
        for (i, t) in tokens.iter().enumerate() {
            if t.shape() == Shape::Lower {
                let w = t.text(text);
                *lower.entry(w).or_default() += 1;
                sport_words += usize::from(cues::SPORT_WORDS.contains(w));
            }
            if !matches!(t.shape(), Shape::Cap | Shape::Upper) || t.heading() {
                continue;
            }
            let key = fold_key(t.text(text));
            let hyphen_next = tokens.get(i + 1).is_some_and(|n| n.gap() == Gap::Hyphen);
            if t.gap() != Gap::Hyphen && !hyphen_next {
                standalone.insert(key.clone());
            }
            if !t.sent_start() {
                *mid_caps.entry(key).or_default() += 1;
            }
        }
        // Score lines, or (cricket: "by 37 runs", "61 not out") sports words alone when many.
        let sporty = sport_words >= 4
            && sport_words * 150 >= tokens.len()
            && (sport_words >= 8 || score_lines(text) >= 2);
        Ctx { doc, text, tokens, gaz: gazetteer(), mid_caps, lower, standalone, sporty }
    }

    /// Whether a word (given as its key) is written capitalised in mid-sentence often
    /// enough, against its lowercase uses, to be a name here: always for "Bacon" in an article
    /// that never writes "bacon", never for "The" in a novel where capitals after a quote
    /// are common but lowercase "the" is far more so.
    pub fn capitalised_here(&self, key: &str) -> bool {
        let caps = self.mid_caps.get(key).copied().unwrap_or(0);
        caps > 0 && caps * 2 >= self.lower.get(key).copied().unwrap_or(0)
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// A capitalised word that can be part of a name.
    pub fn is_name_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if !t.is_capitalised() || t.heading() {
            return false;
        }
        let w = self.word(i);
        // "I", and a lone capital letter without a dot ("O Marius!", "a vitamin A").
        if w == "I" && self.regnal_one(i) {
            return true;
        }
        if w.chars().count() == 1 || is_contraction(w) {
            return false;
        }
        // Book structure is not a name: "CHAPTER", and "Chapter IV", "Book One" in a list of
        // contents.
        if is_structure_word(w)
            && (t.shape() == Shape::Upper
                || self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| is_division_number(self.word(i + 1)) && n.gap() == Gap::Space))
        {
            return false;
        }
        if t.shape() == Shape::Upper
            && cues::FUNCTION_WORDS.contains(&fold_key(w))
            && !self.gaz.is_known_name(&key_for(w))
        {
            return false;
        }
        if t.shape() == Shape::Upper && is_roman_numeral(w) {
            // Only inside a name, right after a capitalised word.
            return i > 0 && t.gap() == Gap::Space && self.tokens[i - 1].shape() == Shape::Cap;
        }
        if t.shape() == Shape::Upper && w.len() >= 4 {
            // Shouting ("THE END") is not a name; an all-caps known name ("LONDON") is, and
            // so is an all-caps word inside a mixed-case name ("CHIPS Act").
            let in_name =
                self.tokens.get(i + 1).is_some_and(|n| n.gap() == Gap::Space && n.shape() == Shape::Cap);
            if !in_name && self.gaz.is_word(&fold_key(w)) && !self.gaz.is_known_name(&key_for(w)) {
                return false;
            }
        }
        true
    }

    /// "Mary I", "Charles I of Anjou": a regnal "I" right after a given name, ending the
    /// sentence or clause or followed by "of" or "and" (not "then Mary I think").
    fn regnal_one(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let prev_given = i > 0
            && t.gap() == Gap::Space
            && self.tokens[i - 1].shape() == Shape::Cap
            && self.gaz.is_given_name(&fold_key(self.word(i - 1)));
        let next_ok = self.tokens.get(i + 1).is_none_or(|n| {
            n.gap() == Gap::Break || n.first_in_sentence() || matches!(self.word(i + 1), "of" | "and")
        });
        prev_given && next_ok
    }

    pub fn is_lower(&self, i: usize) -> bool {
        self.tokens[i].shape() == Shape::Lower
    }
}

/// How many scores the text holds: one or two digits, a hyphen or en dash, one or two digits,
/// standing alone ("won 3-1", "a 24–17 win"; not "2019-20" or "0800-1200").
fn score_lines(text: &str) -> usize {
    let b = text.as_bytes();
    let digits = |from: usize, step: isize| {
        let mut n = 0;
        let mut k = from as isize;
        while k >= 0 && (k as usize) < b.len() && b[k as usize].is_ascii_digit() {
            n += 1;
            k += step;
        }
        (n, k)
    };
    let mut count = 0;
    for (i, _) in text.match_indices(['-', '–']) {
        let dash = if b[i] == b'-' { 1 } else { '–'.len_utf8() };
        let (left, l_end) = digits(i.wrapping_sub(1), -1);
        let (right, r_end) = digits(i + dash, 1);
        let bounded = |k: isize| k < 0 || (k as usize) >= b.len() || !b[k as usize].is_ascii_alphanumeric();
        if (1..=2).contains(&left) && (1..=2).contains(&right) && bounded(l_end) && bounded(r_end) {
            count += 1;
        }
    }
    count
}

/// "I’ll", "Don’t", "We’re": a pronoun or verb with a clitic, never a name.
fn is_contraction(w: &str) -> bool {
    w.rsplit_once(['’', '\'']).is_some_and(|(_, tail)| matches!(tail, "ll" | "m" | "t" | "re" | "ve" | "d"))
}

/// One candidate name.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub span: Span,
    /// Token indices of the name.
    pub tokens: Range<usize>,
    /// A title or honorific stripped before the name ("Dr.").
    pub title: Option<String>,
    /// A title-case phrase in quotation marks: the title of a work.
    pub work: bool,
}
