//! The picker's matching tiers, best first, and the word table they run on.
//!
//! 1. [`Tier::Prefix`]: every query word starts a word of the name ("tav kes", "kessel tavro"),
//!    also when doubled letters are written once ("brevnova" for "Brevnnova").
//! 2. [`Tier::Subsequence`]: fuzzy-matcher's subsequence match, accent- and case-folded
//!    ("zawhri"); decided per entry in [`super::fuzzy`], since it needs the whole label.
//! 3. [`Tier::Typo`]: a query word of 4–7 letters within one edit of a name word (or of its
//!    beginning, for a word still being typed), 8 letters or more within two; edits are
//!    Damerau–Levenshtein's (optimal string alignment: a swap of two neighbours is one edit).
//! 4. [`Tier::Sound`]: the same sound key ([`mod@super::sound`]): "qadeera" for "Qadira".
//!
//! An entry is as good as its worst query word, each word counting its best tier. Word
//! tiers are computed once per query over the table of distinct words of all labels (a book
//! has a few thousand), not once per entry, which is what keeps every tier on within a
//! keystroke's budget: entries then only look their words up.
//!
//! The edit distance is strsim's `osa_distance`, a well-tested implementation of exactly the
//! distance wanted; two cheap filters (length, and the set of letters, which one edit changes
//! by at most two) run first, so it is called for a few dozen words per query, not thousands.

use super::sound::{sound_key, strip_article};
use std::collections::HashMap;

/// How well an entry matches a query; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Prefix = 1,
    Subsequence = 2,
    Typo = 3,
    Sound = 4,
}

impl Tier {
    /// The tier of a word-table entry: `NONE` where the word does not match.
    pub fn code(t: Option<Tier>) -> u8 {
        t.map_or(NONE, |t| t as u8)
    }

    pub fn from_code(c: u8) -> Option<Tier> {
        match c {
            1 => Some(Tier::Prefix),
            2 => Some(Tier::Subsequence),
            3 => Some(Tier::Typo),
            4 => Some(Tier::Sound),
            _ => None,
        }
    }
}

/// The code of "no match" in per-word tier arrays.
pub const NONE: u8 = u8::MAX;

/// Shortest query word (in letters) the typo and sound tiers apply to: shorter words are
/// within one edit of too many names to mean anything.
pub const TOLERANT_FROM: usize = 4;
/// Query words this long or longer may have two edits; shorter ones one.
pub const TWO_EDITS_FROM: usize = 8;

/// The edits a query word of `len` letters may have.
pub fn edits_allowed(len: usize) -> usize {
    match len {
        0..TOLERANT_FROM => 0,
        TOLERANT_FROM..TWO_EDITS_FROM => 1,
        _ => 2,
    }
}

/// One distinct word of the labels, with what each tier compares.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    /// Doubled letters written once.
    dedup: String,
    sound: String,
    letters: u64,
    chars: usize,
}

/// A word of a query, prepared once per keystroke.
#[derive(Debug, Clone)]
pub struct QueryWord {
    pub text: String,
    dedup: String,
    /// Sound keys: the word's, and the word's without an article when it starts with one.
    sounds: Vec<String>,
    letters: u64,
    chars: usize,
}

/// Doubled letters written once ("brevnnova" → "brevnova"); digits are kept ("1999").
fn dedup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !(c.is_alphabetic() && out.ends_with(c)) {
            out.push(c);
        }
    }
    out
}

/// The set of letters and digits of a word, one bit each (anything else shares bit 63).
fn letters(s: &str) -> u64 {
    s.bytes().fold(0, |acc, b| {
        acc | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << (26 + b - b'0'),
            _ => 1 << 63,
        }
    })
}

impl Word {
    pub fn new(text: &str) -> Word {
        Word {
            text: text.to_string(),
            dedup: dedup(text),
            sound: sound_key(text),
            letters: letters(text),
            chars: text.chars().count(),
        }
    }
}

impl QueryWord {
    pub fn new(text: &str) -> QueryWord {
        let mut sounds = vec![sound_key(text)];
        sounds.extend(strip_article(text).map(sound_key));
        QueryWord {
            text: text.to_string(),
            dedup: dedup(text),
            sounds,
            letters: letters(text),
            chars: text.chars().count(),
        }
    }

    /// The best tier at which this query word matches `word`, not counting the subsequence
    /// tier (which is decided on the whole label).
    pub fn tier(&self, word: &Word) -> Option<Tier> {
        if word.text.starts_with(&self.text) || word.dedup.starts_with(&self.dedup) {
            return Some(Tier::Prefix);
        }
        let k = edits_allowed(self.chars);
        if k == 0 {
            return None;
        }
        if self.within(word, k) {
            return Some(Tier::Typo);
        }
        let sound = |s: &String| s.len() >= 2 && word.sound.starts_with(s.as_str());
        self.sounds.iter().any(sound).then_some(Tier::Sound)
    }

    /// Whether the word, or its beginning as long as this query word, is within `k` edits.
    fn within(&self, word: &Word, k: usize) -> bool {
        let close = |n: usize| n.abs_diff(self.chars) <= k;
        if close(word.chars)
            && (self.letters ^ word.letters).count_ones() as usize <= 2 * k
            && strsim::osa_distance(&self.text, &word.text) <= k
        {
            return true;
        }
        if word.chars <= self.chars {
            return false;
        }
        let head: &str = match word.text.char_indices().nth(self.chars) {
            Some((b, _)) => &word.text[..b],
            None => &word.text,
        };
        (self.letters ^ letters(head)).count_ones() as usize <= 2 * k
            && strsim::osa_distance(&self.text, head) <= k
    }
}

/// The distinct words of all labels; entries refer to them by index.
#[derive(Debug, Clone, Default)]
pub struct WordTable {
    words: Vec<Word>,
    ids: HashMap<String, u32>,
}

impl WordTable {
    /// The id of `text`, added if new.
    pub fn intern(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(Word::new(text));
        self.ids.insert(text.to_string(), id);
        id
    }

    pub fn get(&self, id: u32) -> Option<&Word> {
        self.words.get(id as usize)
    }

    /// The tier code (see [`Tier::code`]) of every word for one query word.
    pub fn tiers(&self, q: &QueryWord) -> Vec<u8> {
        self.words.iter().map(|w| Tier::code(q.tier(w))).collect()
    }
}

/// The words of a folded lowercase label: runs of letters and digits, as char ranges.
pub fn split_words(key: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut chars = key.char_indices().enumerate().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, (_, c))| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start_char, (start, _)) = chars.next()?;
        let (mut end_char, mut end) = (start_char + 1, key.len());
        while let Some(&(ci, (bi, c))) = chars.peek() {
            if !c.is_alphanumeric() {
                end = bi;
                break;
            }
            end_char = ci + 1;
            chars.next();
        }
        Some((start_char, end_char, &key[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(query: &str, word: &str) -> Option<Tier> {
        QueryWord::new(query).tier(&Word::new(word))
    }

    #[test]
    fn each_tier() {
        assert_eq!(tier("brev", "brevnova"), Some(Tier::Prefix));
        assert_eq!(tier("brevnova", "brevnnova"), Some(Tier::Prefix));
        // One edit from 4 letters: a change, a swap, a letter missing or added.
        assert_eq!(tier("brevnowa", "brevnova"), Some(Tier::Typo));
        assert_eq!(tier("brenvova", "brevnova"), Some(Tier::Typo));
        assert_eq!(tier("korlenko", "korolenko"), Some(Tier::Typo));
        assert_eq!(tier("tarvo", "tavro"), Some(Tier::Typo));
        // A word being typed is compared with the name word's beginning.
        assert_eq!(tier("brenv", "brevnova"), Some(Tier::Typo));
        // Two edits need 8 letters.
        assert_eq!(tier("brinvova", "brevnova"), Some(Tier::Typo));
        assert_eq!(tier("brinvov", "brevnova"), None);
        assert_eq!(tier("qadira", "qadiera"), Some(Tier::Typo));
        assert_eq!(tier("mahamad", "muhammed"), Some(Tier::Sound));
        assert_eq!(tier("alqadeera", "qadira"), Some(Tier::Sound));
        // Short words are matched as prefixes only.
        assert_eq!(tier("bra", "brevnova"), None);
        assert_eq!(tier("tavo", "tavro"), Some(Tier::Typo));
        assert_eq!(tier("xyzw", "tavro"), None);
    }

    #[test]
    fn edit_budget() {
        assert_eq!(edits_allowed(3), 0);
        assert_eq!(edits_allowed(4), 1);
        assert_eq!(edits_allowed(7), 1);
        assert_eq!(edits_allowed(8), 2);
    }

    #[test]
    fn words_of_a_label() {
        let w: Vec<(usize, usize, &str)> = split_words("al-brevnova's  x1 -").collect();
        assert_eq!(w, vec![(0, 2, "al"), (3, 11, "brevnova"), (12, 13, "s"), (15, 17, "x1")]);
        let w: Vec<&str> = split_words("北京 tavro").map(|w| w.2).collect();
        assert_eq!(w, vec!["北京", "tavro"]);
        assert_eq!(split_words("").count(), 0);
        assert_eq!(split_words("--").count(), 0);
    }

    #[test]
    fn the_table_interns() {
        let mut t = WordTable::default();
        let a = t.intern("tavro");
        assert_eq!(t.intern("tavro"), a);
        let b = t.intern("brevnova");
        assert_ne!(a, b);
        assert_eq!(t.tiers(&QueryWord::new("tav")), vec![1, NONE]);
    }
}
