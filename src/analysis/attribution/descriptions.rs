//! Descriptions: the phrases the text uses to say what an entity is.
//!
//! Five patterns, each anchored on one mention and kept inside its sentence:
//! - `role`: a premodifying role ("top party official X", "the militant group X"), walked
//!   leftwards from a role noun right before the name until a function word or punctuation;
//! - `apposition`: "X, the city's mayor, …", "X, 54, a nurse from Y, …";
//! - `copula`: "X (…) is a senior fellow at …" when X opens its clause;
//! - `place of`: "the coastal city of X";
//! - `long form`: the written-out name of an acronym ("the WHO" ← "World Health Organization").
//!
//! An apposition or copula phrase must have a role noun as its head (the last word before its
//! first preposition), which keeps clauses like "X, the committee voted" out. Each entity's
//! descriptions are ranked (pattern weight, then length) and deduplicated: a phrase contained
//! in a better one is dropped.

use super::lexicon::lexicon;
use super::words::{Tok, head, tail, tokens};
use super::{Description, MentionIndex};
use crate::document::Document;
use crate::document::segment::clean_line;
use crate::span::Span;

/// Longest description kept, in words.
const MAX_WORDS: usize = 16;
/// Most descriptions kept per entity.
const MAX_PER_ENTITY: usize = 6;

/// Weights of the patterns, for ranking (higher first).
const WEIGHTS: [(&str, u32); 5] =
    [("apposition", 3), ("role", 3), ("copula", 3), ("long form", 2), ("place of", 1)];

pub(crate) fn extract(doc: &Document, index: &MentionIndex) -> Vec<Description> {
    let mut found: Vec<Description> = Vec::new();
    for &(m, id) in &index.all {
        let Some(sentence) = doc.sentence_at(m.start).filter(|s| s.covers(&m)) else { continue };
        let left = tokens(&doc.text, tail(&doc.text, Span::new(sentence.start, m.start)));
        let right = tokens(&doc.text, head(&doc.text, Span::new(m.end, sentence.end)));
        let kind = index.kind(id);
        let mut push = |span: Span, cue: &'static str| {
            // The head noun must suit the entity: "the militant group X" describes no person.
            let words = tokens(&doc.text, span);
            if !phrase_head(&words).is_some_and(|h| kind.is_some_and(|k| lexicon().role_fits(h.text, k))) {
                return;
            }
            found.push(Description {
                entity: id,
                mention: m,
                text: clean_line(span.slice(&doc.text)),
                span,
                cue,
            });
        };
        if let Some(s) = role(index, &left) {
            push(s, "role");
        }
        if let Some(s) = place_of(&left) {
            push(s, "place of");
        }
        if let Some(s) = apposition(index, &right) {
            push(s, "apposition");
        }
        if let Some(s) = copula(&left, &right) {
            push(s, "copula");
        }
    }
    found.extend(long_forms(doc, index));
    rank(found)
}

/// "top party official X": a role noun right before the mention, and its modifiers.
fn role(index: &MentionIndex, left: &[Tok]) -> Option<Span> {
    let lex = lexicon();
    let head = left.last().filter(|t| t.is_lower_word() && lex.is_role(t.text) && !lex.is_stop(t.text))?;
    let mut first = left.len() - 1;
    while first > 0 && left.len() - first < MAX_WORDS {
        let t = &left[first - 1];
        let ok = if t.is("and") {
            // "scholar and former analyst": only between lowercase modifiers.
            first >= 2 && left[first - 2].is_lower_word() && !lex.is_stop(left[first - 2].text)
        } else if !t.word || lex.is_stop(t.text) {
            false
        } else if t.is_capitalised() {
            // A name inside the phrase ("Taliban official") but not a person's ("Smith aide").
            match index.within(t.span.start, t.span.end).first() {
                Some(&(_, id)) => index.kind(id) != Some(crate::analysis::Kind::Person),
                // A capital that only opens the sentence is no part of a name.
                None => first - 1 > 0,
            }
        } else {
            true
        };
        if !ok {
            break;
        }
        first -= 1;
    }
    let determined = first > 0 && matches!(left[first - 1].lower().as_str(), "the" | "a" | "an");
    // A suffix-only role noun could be a verb or an adverb ("to counter X", "no longer X"):
    // it needs an article before the phrase.
    if !lex.is_listed_role(head.text) && !determined {
        return None;
    }
    Some(Span::new(left[first].span.start, head.span.end))
}

/// "the Pakistani city of X": a place noun and "of" right before the mention.
fn place_of(left: &[Tok]) -> Option<Span> {
    let lex = lexicon();
    let [.., noun, of] = left else { return None };
    if !of.is("of") || !noun.is_lower_word() || !lex.place_nouns.contains(noun.text) {
        return None;
    }
    let n = left.len() - 2;
    let mut first = n;
    while first > 0 && n - first < 4 {
        let t = &left[first - 1];
        if !t.word || lex.is_stop(t.text) {
            break;
        }
        first -= 1;
    }
    // Needs "the" before it ("the city of X"), not "a city of 2 million".
    (first > 0 && left[first - 1].is("the")).then(|| Span::new(left[first].span.start, noun.span.end))
}

/// Skips a parenthesis right after the mention ("X (@handle) is …").
fn skip_paren(right: &[Tok]) -> usize {
    if right.first().is_some_and(|t| t.text == "(") {
        right.iter().position(|t| t.text == ")").map_or(0, |i| i + 1)
    } else {
        0
    }
}

/// "X, the mayor, …", "X, 54, a nurse from Y, …".
fn apposition(index: &MentionIndex, right: &[Tok]) -> Option<Span> {
    let mut i = skip_paren(right);
    if right.get(i)?.text != "," {
        return None;
    }
    i += 1;
    let age_start = right.get(i).filter(|t| t.text.chars().all(|c| c.is_ascii_digit()) && t.text.len() <= 3);
    if age_start.is_some() && right.get(i + 1).is_some_and(|t| t.text == ",") {
        i += 2;
    }
    let first = right.get(i)?;
    if !(first.is_lower_word())
        || index.starting_at(first.span.start).is_some()
        || lexicon().opens_no_apposition(first.text)
    {
        return None;
    }
    let (end, closed) = phrase_end(right, i)?;
    if !closed || !apposition_shaped(&right[i..end]) {
        return None;
    }
    let start = age_start.filter(|_| i > 2).map_or(first.span.start, |a| a.span.start);
    Some(Span::new(start, right[end - 1].span.end))
}

/// Whether a phrase after "X," reads as a description of X: it opens with a determiner and has
/// a role noun as its head ("the proprietor of the tavern", "a suspected ally"), or its head is
/// a listed role noun after at most three role modifiers or role nouns ("former chairman of the
/// board", "mayor of Brelin", "deputy trade minister"). Clauses and participles ("X, as he opened the letter", "X, more intent
/// on …", "X, completely carried away") are not. A place is described only by a place noun
/// unless the phrase opens with a determiner ("France, colonel of the guards" is someone else's).
fn apposition_shaped(phrase: &[Tok]) -> bool {
    let lex = lexicon();
    let Some(first) = phrase.first() else { return false };
    let head = phrase_head(phrase);
    if DETERMINERS.contains(&first.lower().as_str()) {
        return head.is_some_and(|h| lex.is_role(h.text));
    }
    let Some(h) = head else { return false };
    let modifiers = phrase.iter().take_while(|t| t.span.start < h.span.start);
    let plain = |t: &Tok| {
        t.is_lower_word() && (lex.role_modifiers.contains(t.lower().as_str()) || lex.is_listed_role(t.text))
    };
    if modifiers.clone().count() > 3 || !modifiers.into_iter().all(plain) || !lex.is_listed_role(h.text) {
        return false;
    }
    true
}

/// Words that open a described noun phrase.
const DETERMINERS: [&str; 11] =
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "one", "another"];

/// "X is a senior expert at Y": a copula after a mention opening its clause.
fn copula(left: &[Tok], right: &[Tok]) -> Option<Span> {
    let opens = match left.last() {
        None => true,
        Some(t) => t.text == "," || (t.is("the") && left.len() == 1),
    };
    if !opens {
        return None;
    }
    let mut i = skip_paren(right);
    let verb = right.get(i)?.lower();
    match verb.as_str() {
        "is" | "was" | "became" | "becomes" | "remains" | "remained" => i += 1,
        "has" | "had" if right.get(i + 1).is_some_and(|t| t.is("been")) => i += 2,
        _ => return None,
    }
    while right.get(i).is_some_and(|t| matches!(t.lower().as_str(), "now" | "also" | "once" | "still")) {
        i += 1;
    }
    if !right.get(i).is_some_and(|t| matches!(t.lower().as_str(), "a" | "an" | "the")) {
        return None;
    }
    let (end, _) = phrase_end(right, i)?;
    head_is_role(&right[i..end]).then(|| Span::new(right[i].span.start, right[end - 1].span.end))
}

/// Where a descriptive phrase starting at `i` ends (exclusive token index) and whether a
/// comma, dash, bracket or sentence end closes it (rather than a relative clause or a cut).
fn phrase_end(toks: &[Tok], i: usize) -> Option<(usize, bool)> {
    let lex = lexicon();
    for (j, t) in toks.iter().enumerate().skip(i) {
        if j - i >= MAX_WORDS {
            return None;
        }
        if !t.word && !matches!(t.text, "’" | "'" | "&") {
            let closed = matches!(t.text, "," | "—" | "–" | ")" | "." | ";");
            return (j > i).then_some((j, closed));
        }
        let w = t.lower();
        if matches!(w.as_str(), "who" | "which" | "whose" | "where" | "that" | "and" | "but") && j > i + 1 {
            // "a nurse who …", "a scholar and a writer" ends the phrase at the clause.
            let and_more =
                w == "and" && toks.get(j + 1).is_some_and(|n| n.is_lower_word() && !lex.is_stop(n.text));
            if !and_more {
                return Some((j, w != "and" && w != "but"));
            }
        }
        if lex.is_speech_verb(t.text) || matches!(w.as_str(), "is" | "was" | "are" | "were" | "has" | "had") {
            return None;
        }
    }
    (toks.len() > i).then_some((toks.len(), true))
}

/// Whether the phrase's head (its last word before the first preposition) is a role noun.
fn head_is_role(phrase: &[Tok]) -> bool {
    phrase_head(phrase).is_some_and(|t| lexicon().is_role(t.text))
}

/// A phrase's head: its last word before the first preposition or relative word.
fn phrase_head<'a>(phrase: &'a [Tok<'a>]) -> Option<&'a Tok<'a>> {
    let cut = phrase
        .iter()
        .position(|t| {
            matches!(
                t.lower().as_str(),
                "of" | "at" | "from" | "in" | "for" | "with" | "on" | "to" | "who" | "which"
            )
        })
        .unwrap_or(phrase.len());
    phrase[..cut].iter().rev().find(|t| t.word)
}

/// An acronym entity's written-out name when the text pairs them ("Long Name (LN)").
fn long_forms(doc: &Document, index: &MentionIndex) -> Vec<Description> {
    let mut out = Vec::new();
    for e in index.entities {
        let acronym = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_uppercase() || c == '.');
        if !acronym(&e.name) {
            continue;
        }
        let long = e.mentions.iter().find(|m| {
            let t = m.slice(&doc.text);
            t.split_whitespace().count() >= 2 && !acronym(t)
        });
        if let Some(&m) = long {
            out.push(Description {
                entity: e.id,
                mention: m,
                text: clean_line(m.slice(&doc.text)),
                span: m,
                cue: "long form",
            });
        }
    }
    out
}

/// Best first per entity, near-duplicates dropped.
fn rank(mut found: Vec<Description>) -> Vec<Description> {
    let weight = |cue: &str| WEIGHTS.iter().find(|(c, _)| *c == cue).map_or(0, |(_, w)| *w);
    found.sort_by_key(|d| {
        (
            d.entity,
            std::cmp::Reverse(weight(d.cue)),
            std::cmp::Reverse(d.text.split_whitespace().count()),
            d.span,
        )
    });
    let mut out: Vec<Description> = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    let mut current = usize::MAX;
    for d in found {
        if d.entity != current {
            current = d.entity;
            kept.clear();
        }
        let key = normal(&d.text);
        if kept.len() >= MAX_PER_ENTITY || key.is_empty() || kept.iter().any(|k| contains_words(k, &key)) {
            continue;
        }
        kept.push(key);
        out.push(d);
    }
    out
}

/// Lowercase, a leading article dropped, spaces single.
fn normal(s: &str) -> String {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let skip = usize::from(matches!(words.first(), Some(&("the" | "a" | "an"))));
    words[skip..].join(" ")
}

/// Whether `hay` contains `needle` as whole words.
fn contains_words(hay: &str, needle: &str) -> bool {
    let (h, n) = (format!(" {hay} "), format!(" {needle} "));
    h.contains(&n)
}
