//! The form scan: every occurrence of every accepted form, assigned to its entity.
//!
//! Candidates are found where the text gives evidence of a name; but once a form is known
//! to be a name, each of its occurrences is a mention, including those the candidate rules
//! must distrust (a sentence-initial "Bacon", a name in a title-case heading). Every form
//! starts at a word, so the scan walks the tokens once and looks each word up (lowercased)
//! in a table of the forms that start with it; at each word the longest form whose text
//! matches wins ("al-Qaeda in Iraq" over "al-Qaeda", "US State Department" over "US"), and
//! the walk resumes after it, so mentions never overlap. Only one hash lookup per word:
//! linear in the text and much cheaper than an automaton over every byte. A match must end
//! on a word boundary and keep every capital its form has ("US" never matches "us"). A bare
//! form shared by several people (a surname, a given name two people open with) goes to the
//! one named in full, else mentioned at all, within the last two sentences, else to the one
//! mentioned most so far.

use super::aliases::Cluster;
use super::cues;
use super::tokens::{SentenceCursor, Token, is_word_char};
use crate::analysis::gazetteer::FastMap;
use crate::span::Span;

/// Where the matches of one pattern go.
#[derive(Debug, Clone)]
enum Target {
    One(usize),
    /// One of several people, decided by position.
    Shared(Vec<usize>),
    /// One of several people when one was just mentioned, else the form's own cluster.
    Weak(Vec<usize>, usize),
}

struct Pattern {
    text: String,
    target: Target,
    /// Byte offsets (in the pattern) of letters that must be uppercase in the text.
    upper: Vec<usize>,
    /// The pattern is a full name of two or more words.
    full: bool,
    /// Bytes of a leading title that the pattern needs but the mention leaves out.
    skip: usize,
}

/// The mentions of each cluster, in text order, never overlapping.
/// `sentences` are the document's (what the tokens' sentence indices count).
pub fn mentions(text: &str, sentences: &[Span], tokens: &[Token], clusters: &[Cluster]) -> Vec<Vec<Span>> {
    let mut out = vec![Vec::new(); clusters.len()];
    let (patterns, by_first) = patterns(clusters);
    if patterns.is_empty() {
        return out;
    }
    let bytes = text.as_bytes();
    // Sentence of each cluster's last mention, and of its last full name.
    let mut last_seen: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut last_full: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut lower = String::new();
    let mut resume = 0usize; // no match may start before this byte
    let mut sentence_of = SentenceCursor::new(sentences);
    for t in tokens {
        let s = t.span().start;
        if s < resume {
            continue;
        }
        let word = t.text(text);
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        let Some(list) = by_first.get(lower.as_str()) else { continue };
        // Longest first: the list is sorted by decreasing length.
        let found = list.iter().copied().find(|&pi| {
            let p = &patterns[pi];
            let e = s + p.text.len();
            e <= bytes.len()
                && bytes[s..e].eq_ignore_ascii_case(p.text.as_bytes())
                && text.is_char_boundary(e)
                && !text[e..].chars().next().is_some_and(is_word_char)
                && p.upper.iter().all(|&o| bytes[s + o].is_ascii_uppercase())
        });
        let Some(pi) = found else { continue };
        let p = &patterns[pi];
        let e = s + p.text.len();
        let sentence = sentence_of.of(t);
        let id = match &p.target {
            Target::One(id) => *id,
            Target::Shared(people) => resolve(people, sentence, &last_seen, &last_full, &out, clusters),
            Target::Weak(people, own) => recent(people, sentence, &last_seen, &last_full).unwrap_or(*own),
        };
        if p.full {
            last_full[id] = Some(sentence);
        }
        last_seen[id] = Some(sentence);
        out[id].push(Span::new(s + p.skip, e));
        resume = e;
    }
    out
}

/// How many sentences back a mention of one of the people sharing a form still decides
/// which of them the form names.
const RECENT_SENTENCES: usize = 2;

/// The one of `people` named in full most recently within [`RECENT_SENTENCES`], else the one
/// mentioned at all most recently within that window.
fn recent(
    people: &[usize],
    sentence: usize,
    last_seen: &[Option<usize>],
    last_full: &[Option<usize>],
) -> Option<usize> {
    let latest = |last: &[Option<usize>]| {
        people
            .iter()
            .filter_map(|&c| last[c].map(|at| (at, c)))
            .filter(|&(at, _)| sentence.saturating_sub(at) <= RECENT_SENTENCES)
            .max_by_key(|&(at, c)| (at, std::cmp::Reverse(c)))
            .map(|(_, c)| c)
    };
    latest(last_full).or_else(|| latest(last_seen))
}

/// Which of several people a shared form (a surname, a given name two people open with) names
/// here: the one named in full most recently, within [`RECENT_SENTENCES`]; else the one
/// mentioned at all most recently within that window; else the one mentioned most so far
/// (ties, and before any mention: the one with the most candidate names).
fn resolve(
    people: &[usize],
    sentence: usize,
    last_seen: &[Option<usize>],
    last_full: &[Option<usize>],
    so_far: &[Vec<Span>],
    clusters: &[Cluster],
) -> usize {
    recent(people, sentence, last_seen, last_full).unwrap_or_else(|| {
        let weight = |c: usize| (so_far[c].len(), clusters[c].cands.len());
        let mut best = people[0];
        for &c in people {
            if weight(c) > weight(best) {
                best = c;
            }
        }
        best
    })
}

/// The first word of a form, lowercased: the text up to the first character that is not
/// part of a word (handles keep their "@").
fn first_word(form: &str) -> String {
    let end = form
        .char_indices()
        .skip(1)
        .find(|&(_, c)| !is_word_char(c) && c != '\'' && c != '’' && c != '.' && c != '&')
        .map_or(form.len(), |(i, _)| i);
    // A possessive is cut off tokens ("Ferryman’s Song" starts at the token "Ferryman").
    let word = &form[..end];
    let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    word.to_lowercase()
}

/// The patterns, and for each lowercased first word the patterns starting with it, longest
/// first.
fn patterns(clusters: &[Cluster]) -> (Vec<Pattern>, FastMap<String, Vec<usize>>) {
    let mut by_lower: FastMap<String, usize> = FastMap::default();
    let mut out: Vec<Pattern> = Vec::new();
    for (id, c) in clusters.iter().enumerate() {
        let target = match (c.ambiguous.is_empty(), c.weak) {
            (true, _) => Target::One(id),
            (false, false) => Target::Shared(c.ambiguous.clone()),
            (false, true) => Target::Weak(c.ambiguous.clone(), id),
        };
        for (fi, form) in c.forms.iter().enumerate() {
            let letters = form.chars().filter(|c| c.is_alphabetic()).count();
            let function_word = !form.contains(' ')
                && form.chars().skip(1).all(|c| !c.is_uppercase())
                && cues::FUNCTION_WORDS.contains(&form.to_lowercase());
            if letters < 2 || function_word || cues::MONTHS.contains(form) || cues::WEEKDAYS.contains(form) {
                continue;
            }
            let upper: Vec<usize> =
                form.bytes().enumerate().filter(|(_, b)| b.is_ascii_uppercase()).map(|(i, _)| i).collect();
            let lower = form.to_ascii_lowercase();
            if let Some(&pi) = by_lower.get(&lower) {
                // Same letters in another case: only capitals both forms share are required.
                let p: &mut Pattern = &mut out[pi];
                p.upper.retain(|o| upper.contains(o));
                continue;
            }
            by_lower.insert(lower, out.len());
            let titled = c.titled.contains(&fi);
            // A titled form's title is skipped up to the name's first letter.
            let skip = if titled {
                form.find(char::is_whitespace)
                    .map_or(0, |sp| sp + form[sp..].find(|ch: char| !ch.is_whitespace()).unwrap_or(0))
            } else {
                0
            };
            out.push(Pattern {
                text: form.clone(),
                target: target.clone(),
                upper,
                full: !titled && form.split_whitespace().count() >= 2,
                skip,
            });
        }
    }
    let mut by_first: FastMap<String, Vec<usize>> = FastMap::default();
    for (pi, p) in out.iter().enumerate() {
        by_first.entry(first_word(&p.text)).or_default().push(pi);
    }
    for list in by_first.values_mut() {
        list.sort_by_key(|&pi| std::cmp::Reverse(out[pi].text.len()));
    }
    (out, by_first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_keep_dots_apostrophes_and_handles() {
        assert_eq!(first_word("al-Qaeda in Iraq"), "al");
        assert_eq!(first_word("U.S. State Department"), "u.s.");
        assert_eq!(first_word("O’Neill"), "o’neill");
        assert_eq!(first_word("@asfandyarmir"), "@asfandyarmir");
        assert_eq!(first_word("AT&T"), "at&t");
        assert_eq!(first_word("Ferryman’s Song"), "ferryman");
        assert_eq!(first_word("Si\u{301}ofra Kelleher"), "si\u{301}ofra");
    }
}
