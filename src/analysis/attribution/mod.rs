//! Who each entity is and what it said, from the text alone: [`descriptions`] (appositions,
//! premodifying roles, copulas, "the city of X", acronyms' long forms) and [`quotes`]
//! (direct quotations and their speakers, pronouns resolved through [`speakers`]).
//!
//! Both are pure functions of the document and the entities' mention spans, run after
//! extraction. Each result remembers the *mention* it hangs on as well as the entity id, so
//! [`relink`] can re-attach everything after user corrections renumber, merge, split or hide
//! entities, without re-reading the text. Cue words are data in `assets/attribution/`.

pub mod descriptions;
pub mod lexicon;
pub mod quotes;
pub mod speakers;
mod words;

#[cfg(test)]
mod tests;

use super::{Entity, Kind};
use crate::document::Document;
use crate::span::Span;

/// A phrase of the text saying what an entity is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    pub entity: usize,
    /// The mention the phrase describes (used to re-link after corrections).
    pub mention: Span,
    /// The phrase as written, whitespace folded.
    pub text: String,
    pub span: Span,
    /// Which pattern found it ("apposition", "role", "copula", "place of", "long form").
    pub cue: &'static str,
}

/// A direct quotation and, when found, who said or wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The speaking entity, if the speaker is one.
    pub speaker: Option<usize>,
    /// The words naming the speaker (a mention, a pronoun, "the cable").
    pub speaker_span: Option<Span>,
    /// The mention the speaker was resolved to (the pronoun's antecedent), for re-linking.
    pub speaker_mention: Option<Span>,
    /// The speaker as written when it is not an entity ("the cable", "a spokesman").
    pub source: Option<String>,
    /// The quotation with its marks.
    pub span: Span,
    /// The words inside the marks, whitespace folded.
    pub text: String,
}

impl Quote {
    /// Whether a speaker was found (an entity or a named source).
    pub fn is_attributed(&self) -> bool {
        self.speaker.is_some() || self.source.is_some()
    }
}

/// Every mention of every entity in text order, for "which entity is at this span" lookups.
pub struct MentionIndex<'a> {
    pub all: Vec<(Span, usize)>,
    pub entities: &'a [Entity],
}

impl<'a> MentionIndex<'a> {
    pub fn new(entities: &'a [Entity]) -> Self {
        let mut all: Vec<(Span, usize)> =
            entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (*m, e.id))).collect();
        all.sort_unstable();
        MentionIndex { all, entities }
    }

    /// Mentions overlapping `start..end`, in text order.
    pub fn within(&self, start: usize, end: usize) -> &[(Span, usize)] {
        let a = self.all.partition_point(|(s, _)| s.end <= start);
        let b = self.all.partition_point(|(s, _)| s.start < end);
        &self.all[a..b.max(a)]
    }

    /// The mention ending exactly at `end` (after trailing whitespace is skipped by callers).
    pub fn ending_at(&self, end: usize) -> Option<(Span, usize)> {
        let i = self.all.partition_point(|(s, _)| s.end < end);
        self.all.get(i).copied().filter(|(s, _)| s.end == end)
    }

    /// The mention starting exactly at `start`.
    pub fn starting_at(&self, start: usize) -> Option<(Span, usize)> {
        let i = self.all.partition_point(|(s, _)| s.start < start);
        self.all.get(i).copied().filter(|(s, _)| s.start == start)
    }

    pub fn kind(&self, id: usize) -> Option<Kind> {
        self.entities.get(id).map(|e| e.kind)
    }
}

/// Finds the descriptions and quotes of a document's entities.
pub fn extract(doc: &Document, entities: &[Entity]) -> (Vec<Description>, Vec<Quote>) {
    let index = MentionIndex::new(entities);
    let quotes = quotes::extract(doc, &index);
    let descriptions = descriptions::extract(doc, &index);
    (descriptions, quotes)
}

/// Re-attaches descriptions and quotes to entities by their mentions, after corrections
/// changed the entity list; a description whose entity was hidden is dropped, a quote whose
/// speaker was hidden keeps its text without a speaker.
pub fn relink(entities: &[Entity], descriptions: &mut Vec<Description>, quotes: &mut [Quote]) {
    let index = MentionIndex::new(entities);
    let owner = |m: Span| index.within(m.start, m.end).iter().find(|(s, _)| *s == m).map(|(_, id)| *id);
    descriptions.retain_mut(|d| match owner(d.mention) {
        Some(id) => {
            d.entity = id;
            true
        }
        None => false,
    });
    descriptions.sort_by_key(|d| d.entity);
    for q in quotes.iter_mut() {
        if let Some(m) = q.speaker_mention {
            q.speaker = owner(m);
        }
    }
}
