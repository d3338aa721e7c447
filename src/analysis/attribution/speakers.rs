//! Who a speaker phrase names: a mention, a pronoun resolved to the most recent compatible
//! person, or a written source ("the cable"); and the gender evidence pronouns need.
//!
//! Gender comes from what the document says, never from a name list with a gender column
//! (the embedded given-name list has none): titles before a mention (Mr, Mrs, Queen) and the
//! pronouns that follow a person's mentions when no other person is near. [`genders`] is the
//! one function to point at a fuller name model later.

use super::MentionIndex;
use super::lexicon::lexicon;
use super::words::{Tok, tokens};
use crate::analysis::Kind;
use crate::document::Document;
use crate::span::Span;

/// Mentions a pronoun looks back through for its antecedent.
const MAX_LOOKBACK: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// What a speaker phrase refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// A mention of an entity.
    Mention(Span, usize),
    /// A personal pronoun ("he", "she"), to resolve.
    Pronoun(Span, Option<Gender>),
    /// A written or unnamed source, as written ("the cable", "a spokesman").
    Source(Span),
}

impl Speaker {
    pub fn span(&self) -> Span {
        match *self {
            Speaker::Mention(s, _) | Speaker::Pronoun(s, _) | Speaker::Source(s) => s,
        }
    }
}

/// The gender each entity's text gives evidence for, indexed by entity id.
pub fn genders(doc: &Document, index: &MentionIndex) -> Vec<Option<Gender>> {
    let lex = lexicon();
    let mut votes = vec![(0i32, 0i32); index.entities.len()];
    for &(m, id) in &index.all {
        if index.kind(id) != Some(Kind::Person) {
            continue;
        }
        // A title just before the mention counts heavily.
        let before = doc.text[..m.start].trim_end();
        let title = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_lowercase();
        if lex.titles_male.contains(title.as_str()) {
            votes[id].0 += 5;
        } else if lex.titles_female.contains(title.as_str()) {
            votes[id].1 += 5;
        }
        // Pronouns in the rest of the sentence and the next, when no other person is there.
        let Some(s) = doc.sentence_at(m.start) else { continue };
        let next = doc.sentence_at(s.end).filter(|n| n.start >= s.end);
        let region = super::words::head(&doc.text, Span::new(m.end, next.map_or(s.end, |n| n.end)));
        let others = index
            .within(region.start, region.end)
            .iter()
            .any(|(_, o)| *o != id && index.kind(*o) == Some(Kind::Person));
        if others {
            continue;
        }
        for t in tokens(&doc.text, region).iter().filter(|t| t.word) {
            let w = t.lower();
            if lex.pronouns_male.contains(w.as_str()) {
                votes[id].0 += 1;
            } else if lex.pronouns_female.contains(w.as_str()) {
                votes[id].1 += 1;
            }
        }
    }
    votes
        .into_iter()
        .map(|(m, f)| match (m, f) {
            (m, f) if m > 0 && m >= 2 * f => Some(Gender::Male),
            (m, f) if f > 0 && f >= 2 * m => Some(Gender::Female),
            _ => None,
        })
        .collect()
}

/// The gender a subject pronoun asks for; `None` when the word is not "he" or "she".
pub fn pronoun(t: &Tok) -> Option<Option<Gender>> {
    // Only subject forms: "said her father" names the father, not "her".
    match t.lower().as_str() {
        _ if !t.word => None,
        "he" => Some(Some(Gender::Male)),
        "she" => Some(Some(Gender::Female)),
        _ => None,
    }
}

/// The most recent person mention before `pos` whose gender does not contradict `want`,
/// skipping mentions inside quotations (`skip`, sorted) and looking back at most a few
/// paragraphs.
pub fn resolve(
    doc: &Document,
    index: &MentionIndex,
    genders: &[Option<Gender>],
    skip: &[Span],
    pos: usize,
    want: Option<Gender>,
) -> Option<(Span, usize)> {
    let floor = {
        let b = doc.blocks.partition_point(|b| b.span.end <= pos);
        doc.blocks.get(b.saturating_sub(3)).map_or(0, |b| b.span.start)
    };
    let block = doc.block_at(pos).map_or(0, |b| b.span.start);
    let before = index.all.partition_point(|(s, _)| s.end <= pos);
    let mut unknown = None;
    for &(m, id) in index.all[..before].iter().rev().take(MAX_LOOKBACK) {
        if m.start < floor || (unknown.is_some() && m.start < block) {
            break;
        }
        if index.kind(id) != Some(Kind::Person) {
            continue;
        }
        let i = skip.partition_point(|q| q.end <= m.start);
        if skip.get(i).is_some_and(|q| q.covers(&m)) {
            continue;
        }
        let g = genders.get(id).copied().flatten();
        if want.is_none() || g == want {
            return Some((m, id));
        }
        // A person of unknown gender is compatible, but one known to match in the same
        // paragraph is the likelier speaker.
        if g.is_none() && unknown.is_none() {
            unknown = Some((m, id));
        }
    }
    unknown
}

/// A speaker phrase ending at the token before `end` in `toks` (a name, pronoun or source,
/// with an apposition between it and `end` skipped).
pub fn before(index: &MentionIndex, toks: &[Tok], end: usize) -> Option<Speaker> {
    let lex = lexicon();
    let mut i = end;
    // "X later said", "she has said".
    while i > 0
        && toks[i - 1].word
        && lex.speech_adverbs.contains(toks[i - 1].lower().as_str())
        && end - i < 3
    {
        i -= 1;
    }
    let t = toks.get(i.checked_sub(1)?)?;
    if t.text == "," {
        // "Its chief, X, said": the name closes the apposition.
        if let Some(p) = i.checked_sub(2).map(|p| &toks[p])
            && let Some((m, id)) = index.ending_at(p.span.end)
        {
            return Some(Speaker::Mention(m, id));
        }
        // "X, the mayor, said": the comma opening the apposition, then a name before it.
        let open = (0..i - 1).rev().take(16).find(|&j| toks[j].text == ",")?;
        return before(index, toks, open).filter(|s| !matches!(s, Speaker::Pronoun(..)));
    }
    if let Some((m, id)) = index.ending_at(t.span.end) {
        return Some(Speaker::Mention(m, id));
    }
    if let Some(g) = pronoun(t) {
        return Some(Speaker::Pronoun(t.span, g));
    }
    source_ending(toks, i - 1)
}

/// "the cable", "a spokesman", "the report": a document or role noun after a determiner.
fn source_ending(toks: &[Tok], head: usize) -> Option<Speaker> {
    let lex = lexicon();
    let t = toks.get(head)?;
    let w = t.lower();
    if !(lex.documents.contains(w.as_str()) || lex.is_role(&w)) || !t.is_lower_word() {
        return None;
    }
    let det = (head.saturating_sub(3)..head)
        .rev()
        .find(|&j| matches!(toks[j].lower().as_str(), "the" | "a" | "an" | "this" | "that" | "one"))?;
    if toks[det + 1..head].iter().any(|t| !t.word) {
        return None;
    }
    let span = Span::new(toks[det].span.start, t.span.end);
    Some(Speaker::Source(span))
}

/// A speaker phrase starting at token `start` ("said Smith", "according to the cable",
/// "according to party scholar Jo Li"): the last name in the run of words there, so a
/// premodifier that is itself a name ("Acme analyst Jo Li") does not take the quote.
pub fn after(index: &MentionIndex, toks: &[Tok], start: usize) -> Option<Speaker> {
    let lex = lexicon();
    let t = toks.get(start)?;
    if let Some(g) = pronoun(t) {
        return Some(Speaker::Pronoun(t.span, g));
    }
    let det = matches!(t.lower().as_str(), "the" | "a" | "an" | "this");
    let first = start + usize::from(det);
    let mut best = None;
    let mut j = first;
    while let Some(t) = toks.get(j).filter(|t| t.word) {
        if let Some((m, id)) = index.starting_at(t.span.start) {
            best = Some(Speaker::Mention(m, id));
            j = toks.iter().position(|t| t.span.start >= m.end).unwrap_or(toks.len());
            continue;
        }
        if lex.is_stop(t.text) || j - first > 6 {
            break;
        }
        if best.is_none()
            && det
            && let Some(s) = source_ending(toks, j)
            && toks.get(j + 1).is_none_or(|n| {
                let w = n.lower();
                lex.is_speech_verb(n.text)
                    || !(lex.documents.contains(w.as_str()) || lex.is_listed_role(n.text))
            })
        {
            return Some(s);
        }
        j += 1;
    }
    best
}
