//! The timeline: every expression of the text that places something on the calendar,
//! normalised to a TIMEX3-like value, resolved where relative, sorted chronologically and
//! tied to its sentence and to the entities named in it.
//!
//! The work is split by concern: [`tokens`] cuts sentences into tokens; [`scan`] (with
//! [`numbers`], [`names`] and [`relative`]; the tense of a clause from [`clause`], calendar
//! names of no particular time set aside by [`generic`]) finds expressions, whose types are in [`expr`],
//! built from the word classes of [`words`] and the calendar names of [`lexicon`];
//! [`calendar`] does values, ranges and date arithmetic; [`dct`] chooses the document date
//! from the best evidence (given, metadata, dateline, estimate, else unknown); [`resolve`]
//! anchors relative expressions (explicit, calendar names, deictic, anaphoric), reading
//! yearless names with [`against`]. This file runs them in order and assembles the items.
//! [`timex`] (with [`extras`]: durations, sets, clock times) gives every expression as a
//! TIMEX3 for the TimeML export.

pub mod against;
mod ages;
pub mod bars;
pub mod calendar;
pub mod clause;
pub mod dct;
mod events;
pub mod expr;
pub mod extras;
pub mod feasts;
pub mod generic;
mod implied;
pub mod lexicon;
pub mod names;
pub mod numbers;
pub mod relative;
pub mod resolve;
pub mod scan;
pub mod shift;
pub mod tense_words;
pub mod timex;
pub mod tokens;
pub mod words;

use super::{DateRange, Entity, Options, TimelineItem};
use crate::document::Document;
use crate::span::Span;
use calendar::Point;
pub use dct::{DateSource, DocumentDate};
use resolve::{Input, Resolved, Value};
use scan::Found;
use words::Unit;

/// The timeline and the document date it was resolved against.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub items: Vec<TimelineItem>,
    pub document_date: DocumentDate,
}

/// A found expression placed in the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    span: Span,
    sentence: Span,
    found: Found,
}

/// Finds and resolves the temporal expressions of a document; the document date is the one
/// given with `--date`, else found by [`dct::find`].
pub fn extract(doc: &Document, entities: &[Entity], options: &Options) -> Timeline {
    let given = options.document_date.as_deref().and_then(parse_date).map(|p| (p, DateSource::Flag));
    extract_dated(doc, entities, given)
}

/// As [`extract`], with the document date given by the caller (the reader's correction) or
/// left to the evidence.
pub fn extract_dated(doc: &Document, entities: &[Entity], given: Option<(Point, DateSource)>) -> Timeline {
    scan_dated(doc, given).link(doc, entities)
}

/// The part of the timeline that needs no entities: expressions found, the document date,
/// values resolved. [`Scanned::link`] adds the entities; the split lets the analysis run
/// this beside the entity extraction.
pub struct Scanned {
    hits: Vec<Hit>,
    resolved: Vec<Resolved>,
    document_date: DocumentDate,
}

/// Scans and resolves (the first half of [`extract`]).
pub fn scan_with(doc: &Document, options: &Options) -> Scanned {
    let given = options.document_date.as_deref().and_then(parse_date).map(|p| (p, DateSource::Flag));
    scan_dated(doc, given)
}

fn scan_dated(doc: &Document, given: Option<(Point, DateSource)>) -> Scanned {
    let (hits, resolved, document_date) = scan_parts(doc, given);
    Scanned { hits, resolved, document_date }
}

/// The expressions found, their resolved values and the document date.
fn scan_parts(doc: &Document, given: Option<(Point, DateSource)>) -> (Vec<Hit>, Vec<Resolved>, DocumentDate) {
    let hits = scan_document(doc);
    let inputs: Vec<Input> = hits
        .iter()
        .map(|h| Input {
            expr: h.found.expr,
            date_mod: h.found.date_mod,
            tense: h.found.tense,
            forecast: h.found.forecast,
        })
        .collect();
    // "N years since X" phrases imply a present; they are read before any date is known.
    let (mut first, mut implied) = resolve::resolve(&inputs, None);
    implied.extend(events::anchor(doc, &hits, &mut first));
    let reported = dct::reported_floor(&hits, &first);
    let (dct, document_date) = dct::find(doc, &hits, given, &implied, reported);
    let (mut resolved, _) = resolve::resolve(&inputs, dct);
    events::anchor(doc, &hits, &mut resolved);
    let now = dct.filter(|d| d.strength >= resolve::Strength::Inferred).map(|d| d.point.year());
    let unvalued = ages::date(doc, &hits, &mut resolved, now);
    if unvalued.is_empty() {
        return (hits, resolved, document_date);
    }
    // An age with no birth to count from is left out; no other item is anchored to one.
    let mut keep = vec![true; hits.len()];
    for &i in &unvalued {
        keep[i] = false;
    }
    let before: Vec<usize> =
        keep.iter().scan(0, |n, &k| Some(std::mem::replace(n, *n + usize::from(k)))).collect();
    let hits = hits.into_iter().zip(&keep).filter_map(|(h, &k)| k.then_some(h)).collect();
    let resolved = resolved
        .into_iter()
        .zip(&keep)
        .filter_map(|(mut r, &k)| {
            r.anchor = r.anchor.map(|a| before[a]);
            k.then_some(r)
        })
        .collect();
    (hits, resolved, document_date)
}

impl Scanned {
    /// Links each item to the entities of its sentence (the second half of [`extract`]).
    pub fn link(self, doc: &Document, entities: &[Entity]) -> Timeline {
        let items = assemble(doc, &self.hits, &self.resolved, entities);
        Timeline { items, document_date: self.document_date }
    }
}

/// Resolves an analysis's timeline again against the date the reader set (`YYYY[-MM[-DD]]`,
/// saved with the reading state); false, and nothing changed, if it is not a date.
pub fn redate(analysis: &mut super::Analysis, doc: &Document, date: &str) -> bool {
    let Some(p) = parse_date(date) else { return false };
    let tl = extract_dated(doc, &analysis.entities, Some((p, DateSource::Correction)));
    analysis.timeline = tl.items;
    analysis.document_date = Some(tl.document_date);
    true
}

/// Scans every sentence ([`tokens::each_sentence`] reuses the buffers). (A letter-cue
/// pre-filter was tried and cost more than it saved: nearly every sentence has a cue.)
fn scan_document(doc: &Document) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut found = Vec::new();
    tokens::each_sentence(doc, |sentence, cx| {
        found.clear();
        scan::sentence(cx, &mut found);
        for f in &found {
            let span = Span::new(sentence.start + f.start, sentence.start + f.end);
            hits.push(Hit { span, sentence, found: *f });
        }
    });
    hits
}

/// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
pub fn parse_date(s: &str) -> Option<Point> {
    let mut parts = s.trim().split('-');
    let y: i32 = parts.next()?.parse().ok().filter(|y| (1..=9999).contains(y))?;
    let m: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    let d: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    match (m, d) {
        (None, _) => Some(Point::Year(y)),
        (Some(m), None) if (1..=12).contains(&m) => Some(Point::Month(y, m)),
        (Some(m), Some(d)) if calendar::valid_day(y, m, d) => Some(Point::Day(y, m, d)),
        _ => None,
    }
}

/// Builds the items, sorts them chronologically and maps anchors to sorted positions.
fn assemble(doc: &Document, hits: &[Hit], resolved: &[Resolved], entities: &[Entity]) -> Vec<TimelineItem> {
    let mentions = mention_index(entities);
    // One entity list per sentence, shared by its dates (a one-sentence text of thousands of
    // dates listed all its mentions again for each: quadratic, gigabytes).
    let mut last: Option<(Span, Vec<usize>)> = None;
    let mut in_sentence = |s: Span| match &last {
        Some((at, ids)) if *at == s => ids.clone(),
        _ => {
            let ids = entities_in(s, &mentions);
            last = Some((s, ids.clone()));
            ids
        }
    };
    let mut items: Vec<(usize, TimelineItem)> = hits
        .iter()
        .zip(resolved)
        .enumerate()
        .map(|(i, (h, r))| (i, item(doc, h, r, in_sentence(h.sentence))))
        .collect();
    items.sort_by(|(ia, a), (ib, b)| sort_key(a).cmp(&sort_key(b)).then(ia.cmp(ib)));
    let mut position = vec![0; items.len()];
    for (pos, (orig, _)) in items.iter().enumerate() {
        position[*orig] = pos;
    }
    items
        .into_iter()
        .map(|(orig, mut it)| {
            it.anchor = resolved[orig].anchor.map(|a| position[a]);
            it
        })
        .collect()
}

/// Dated items by the first day they cover; then present/past references; then unresolved.
fn sort_key(it: &TimelineItem) -> (u8, String, usize) {
    match (&it.range, &it.value) {
        (Some(r), _) => (0, r.from.clone(), it.span.start),
        (None, Some(_)) => (1, String::new(), it.span.start),
        (None, None) => (2, String::new(), it.span.start),
    }
}

fn item(doc: &Document, h: &Hit, r: &Resolved, entities: Vec<usize>) -> TimelineItem {
    let (value, range, display) = match r.value {
        Some(Value::Point(p)) => {
            (Some(p.value()), Some(p.range(r.date_mod)), calendar::display(p, r.date_mod))
        }
        Some(Value::Years(a, b)) => (
            Some(Point::Year(a).value()),
            Some(DateRange { from: format!("{a:04}-01-01"), to: format!("{b:04}-12-31") }),
            format!("{a}–{b}"),
        ),
        Some(Value::Ref(v)) => {
            let label = match v {
                "PAST_REF" => "the past",
                "FUTURE_REF" => "the future",
                _ => "now",
            };
            (Some(v.to_string()), None, label.to_string())
        }
        Some(Value::Span { unit, n, end }) => {
            let (code, count, word) = match unit {
                Unit::Decade => ("Y", 10 * n, "years"),
                Unit::Year => ("Y", n, "years"),
                Unit::Month => ("M", n, "months"),
                Unit::Week => ("W", n, "weeks"),
                Unit::Day => ("D", n, "days"),
            };
            let range = end.map(|e| {
                let to = e.range(None).to;
                let (y, m, d) = e.ymd();
                let from = match unit {
                    Unit::Day | Unit::Week => {
                        Point::Day(y, m, d).shifted_days(-i64::from(count) * if code == "W" { 7 } else { 1 })
                    }
                    Unit::Month => Point::Day(y, m, 1).shifted_months(-count),
                    _ => Point::Year(y - count + i32::from(e.month().is_some())),
                };
                DateRange { from: from.range(None).from, to }
            });
            let label =
                if end.is_some() { format!("past {count} {word}") } else { format!("{count} {word}") };
            (Some(format!("P{count}{code}")), range, label)
        }
        None => (None, None, "?".to_string()),
    };
    TimelineItem {
        text: h.span.slice(&doc.text).to_string(),
        span: h.span,
        value,
        date_mod: r.date_mod,
        display,
        range,
        anchor: None,
        relative: !h.found.core,
        sentence: h.sentence,
        entities,
    }
}

/// Every mention as (start, entity id), sorted by start.
fn mention_index(entities: &[Entity]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> =
        entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.start, e.id))).collect();
    v.sort_unstable();
    v
}

/// Ids of the entities with a mention starting inside `sentence`, ascending.
fn entities_in(sentence: Span, mentions: &[(usize, usize)]) -> Vec<usize> {
    let from = mentions.partition_point(|&(s, _)| s < sentence.start);
    let mut ids: Vec<usize> =
        mentions[from..].iter().take_while(|&&(s, _)| s < sentence.end).map(|&(_, id)| id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.shrink_to_fit();
    ids
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_traps;

#[cfg(test)]
mod tests_dates;

#[cfg(test)]
mod tests_anchors;
