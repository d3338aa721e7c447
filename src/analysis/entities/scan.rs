//! The form scan: every occurrence of every accepted form, assigned to its entity.
//!
//! Candidates are found where the text gives evidence of a name; but once a form is known
//! to be a name, each of its occurrences is a mention, including those the candidate rules
//! must distrust (a sentence-initial "Bacon", a name in a title-case heading). So the forms
//! of all clusters go into one Aho-Corasick automaton (ASCII case-insensitive, leftmost
//! longest: "al-Qaeda in Iraq" wins over "al-Qaeda", "US State Department" over "US") and
//! the whole text is scanned once, in linear time. A match must sit on word boundaries and
//! keep every capital its form has ("US" never matches "us"). A bare surname shared by two
//! people goes to the one who owns it (was last called by it), unless the other was named
//! in full in the last two sentences.

use super::aliases::Cluster;
use super::cues;
use crate::document::Document;
use crate::span::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

/// Where the matches of one pattern go.
#[derive(Debug, Clone)]
enum Target {
    One(usize),
    /// One of several people, decided by position.
    Shared(Vec<usize>),
}

struct Pattern {
    text: String,
    target: Target,
    /// Byte offsets (in the pattern) of letters that must be uppercase in the text.
    upper: Vec<usize>,
    /// The pattern is a full name of two or more words.
    full: bool,
}

/// The mentions of each cluster, in text order, never overlapping.
pub fn mentions(doc: &Document, clusters: &[Cluster]) -> Vec<Vec<Span>> {
    let mut out = vec![Vec::new(); clusters.len()];
    let patterns = patterns(clusters);
    if patterns.is_empty() {
        return out;
    }
    let Ok(ac) = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns.iter().map(|p| p.text.as_bytes()))
    else {
        return out;
    };
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut last_full: HashMap<usize, usize> = HashMap::new(); // cluster → sentence of last full name
    let mut owner: HashMap<usize, usize> = HashMap::new(); // shared pattern → owning cluster
    let mut sentence = 0usize;
    for m in ac.find_iter(bytes) {
        let (s, e) = (m.start(), m.end());
        if !on_boundaries(text, s, e) {
            continue;
        }
        let pi = m.pattern().as_usize();
        let p = &patterns[pi];
        if p.upper.iter().any(|&o| !bytes[s + o].is_ascii_uppercase()) {
            continue;
        }
        while sentence + 1 < doc.sentences.len() && doc.sentences[sentence].end <= s {
            sentence += 1;
        }
        let id = match &p.target {
            Target::One(id) => *id,
            Target::Shared(people) => {
                let recent = people.iter().filter_map(|c| last_full.get(c).map(|&at| (at, *c))).max();
                let chosen = match (owner.get(&pi), recent) {
                    (Some(&o), Some((at, c))) if c != o && sentence.saturating_sub(at) <= 2 => c,
                    (Some(&o), _) => o,
                    (None, Some((_, c))) => c,
                    (None, None) => people[0],
                };
                // Ownership is kept by the first referent; a recency override does not move it.
                owner.entry(pi).or_insert(chosen);
                chosen
            }
        };
        if p.full {
            last_full.insert(id, sentence);
        }
        out[id].push(Span::new(s, e));
    }
    out
}

fn on_boundaries(text: &str, s: usize, e: usize) -> bool {
    if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return false;
    }
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '@') && !after.is_some_and(char::is_alphanumeric)
}

fn patterns(clusters: &[Cluster]) -> Vec<Pattern> {
    let mut by_lower: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Pattern> = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        let target =
            if c.ambiguous.is_empty() { Target::One(id) } else { Target::Shared(c.ambiguous.clone()) };
        for form in &c.forms {
            if cues::MONTHS.contains(form.as_str()) || cues::WEEKDAYS.contains(form.as_str()) {
                continue;
            }
            let upper: Vec<usize> =
                form.bytes().enumerate().filter(|(_, b)| b.is_ascii_uppercase()).map(|(i, _)| i).collect();
            let lower = form.to_ascii_lowercase();
            if let Some(&pi) = by_lower.get(&lower) {
                // Same letters in another case: only capitals both forms share are required.
                let p = &mut out[pi];
                p.upper.retain(|o| upper.contains(o));
                continue;
            }
            by_lower.insert(lower, out.len());
            out.push(Pattern {
                text: form.clone(),
                target: target.clone(),
                upper,
                full: form.split_whitespace().count() >= 2,
            });
        }
    }
    out
}
