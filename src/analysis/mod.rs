//! The analysis of a document: its entities and its timeline, computed by one pure entry
//! point, [`analyse`].
//!
//! Extraction is our own rule-based code over the document's sentences and blocks, with word
//! lists and gazetteers embedded from `assets/` (see [`gazetteer`]); nothing is downloaded and
//! nothing here touches a terminal, so the whole pipeline is unit-tested, scored against gold
//! files and benchmarked headless. The types here are the contract between the analysis, the
//! UI and the `--json` export.

pub mod attribution;
pub mod corrections;
pub mod entities;
pub mod gazetteer;
pub mod timeline;
pub mod upto;

use crate::document::Document;
use crate::span::Span;
pub use attribution::{Description, Quote};
use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Organization,
    Place,
    /// Events, works, nationalities, religions and other names a reader may want listed.
    Other,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Other];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Other => "other",
        }
    }

    /// Plural heading for panels.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Person => "People",
            Kind::Organization => "Organizations",
            Kind::Place => "Places",
            Kind::Other => "Other",
        }
    }
}

/// One real-world referent and every mention of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Index in [`Analysis::entities`].
    pub id: usize,
    /// The fullest form seen.
    pub name: String,
    pub kind: Kind,
    /// Other forms seen in the text, distinct from `name`.
    pub aliases: Vec<String>,
    /// Why the entity got its kind, one short phrase each ("given name Osama", "cue: city of").
    pub evidence: Vec<String>,
    /// Mentions in text order, never overlapping.
    pub mentions: Vec<Span>,
}

/// A modifier on a timeline value (TIMEX3 `mod`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum DateMod {
    Start,
    Mid,
    End,
    Before,
    After,
    Approx,
}

/// Calendar dates bounding what an expression refers to, as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    pub from: String,
    pub to: String,
}

/// One temporal expression of the text, normalised and, where relative, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    /// The expression as written.
    pub text: String,
    pub span: Span,
    /// TIMEX3-like value (`1999-05`, `198X`, `P20Y`, ...); `None` when it cannot be resolved.
    pub value: Option<String>,
    pub date_mod: Option<DateMod>,
    /// Short label for the timeline panel ("May 1999", "late 2000s", "~1998").
    pub display: String,
    pub range: Option<DateRange>,
    /// Index (in the final timeline) of the item this one was resolved from.
    pub anchor: Option<usize>,
    /// True for relative, anaphoric or world-knowledge expressions.
    pub relative: bool,
    /// The sentence containing the expression.
    pub sentence: Span,
    /// Ids of the entities mentioned in that sentence.
    pub entities: Vec<usize>,
}

/// The complete analysis of a document.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Sorted by mention count, most mentioned first; `entities[i].id == i`.
    pub entities: Vec<Entity>,
    /// In chronological order (by range start, then text order); undated items last.
    pub timeline: Vec<TimelineItem>,
    /// The document date relative expressions were resolved against, with its source and
    /// confidence (`None` only for an analysis built by hand).
    pub document_date: Option<timeline::DocumentDate>,
    /// What the text says each entity is, grouped by entity id, best first within one.
    pub descriptions: Vec<Description>,
    /// Direct quotations in text order, with their speakers where found.
    pub quotes: Vec<Quote>,
}

impl Analysis {
    /// The document date's value (`YYYY[-MM[-DD]]`), when it is known.
    pub fn document_date_value(&self) -> Option<&str> {
        self.document_date.as_ref().and_then(|d| d.value.as_deref())
    }

    /// The descriptions of one entity, best first.
    pub fn descriptions_of(&self, id: usize) -> &[Description] {
        let a = self.descriptions.partition_point(|d| d.entity < id);
        let b = self.descriptions.partition_point(|d| d.entity <= id);
        &self.descriptions[a..b.max(a)]
    }

    /// The quotations attributed to one entity, in text order.
    pub fn quotes_by(&self, id: usize) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(move |q| q.speaker == Some(id))
    }

    /// The attributed quotation containing byte `pos`, if any.
    pub fn quote_at(&self, pos: usize) -> Option<&Quote> {
        let i = self.quotes.partition_point(|q| q.span.end <= pos);
        self.quotes.get(i).filter(|q| q.span.contains(pos) && q.is_attributed())
    }
}

/// Knobs for the analysis.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The document date given on the command line (`YYYY[-MM[-DD]]`), overriding the one
    /// found in the text.
    pub document_date: Option<String>,
}

/// Analyses a document: the entities and the timeline's scan side by side, then the timeline
/// linked to the entities, then the entities' descriptions and quotes.
pub fn analyse(doc: &Document, options: &Options) -> Analysis {
    // Two cores: the timeline's scan needs no entities, so it runs beside the entity
    // extraction on a scoped thread (std's: two tasks need no pool or new crate), and is
    // linked to the entities after. The result is the same as `analyse_on_one_core`'s.
    let (entities, scanned) = std::thread::scope(|scope| {
        let timeline = scope.spawn(|| timeline::scan_with(doc, options));
        let entities = entities::extract(doc);
        let scanned = timeline.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (entities, scanned)
    });
    finish(doc, entities, scanned)
}

/// [`analyse`] on the calling thread only (for comparison, and where threads are unwanted).
pub fn analyse_on_one_core(doc: &Document, options: &Options) -> Analysis {
    let entities = entities::extract(doc);
    let scanned = timeline::scan_with(doc, options);
    finish(doc, entities, scanned)
}

fn finish(doc: &Document, entities: Vec<Entity>, scanned: timeline::Scanned) -> Analysis {
    let timeline = scanned.link(doc, &entities);
    let (mut descriptions, mut quotes) = attribution::extract(doc, &entities);
    let mut entities = entities;
    let mut items = timeline.items;
    // The result is held for as long as the document is open, and every array in it grew by
    // doubling: shrinking hands the unused tails (about a megabyte of heap on a book) back to
    // the allocator in place, where the indexes built next on this thread can use them.
    for e in &mut entities {
        e.mentions.shrink_to_fit();
        e.aliases.shrink_to_fit();
    }
    entities.shrink_to_fit();
    items.shrink_to_fit();
    descriptions.shrink_to_fit();
    quotes.shrink_to_fit();
    Analysis { entities, timeline: items, document_date: Some(timeline.document_date), descriptions, quotes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, load};

    #[test]
    fn two_cores_give_byte_identical_output() {
        let mut text = load::SAMPLE.to_string();
        text.push_str("\n\nIn March 2004 Dr. Ines Calder of the Orvell Institute moved to Brask. ");
        text.push_str("Two years later Calder returned; the Institute said so on 5 June 2006.\n");
        for t in [load::SAMPLE, text.as_str(), "", "One line."] {
            let doc = load::load_bytes(t.as_bytes(), "t", Some(Format::Text), "t");
            let options = Options::default();
            let two = crate::export::json::to_json(&doc, &analyse(&doc, &options));
            let one = crate::export::json::to_json(&doc, &analyse_on_one_core(&doc, &options));
            assert_eq!(two, one);
        }
    }
}
