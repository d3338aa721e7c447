//! Relatives anchored to an event the text has dated: "three years after the treaty", "two
//! days before the vote", "eleven months into her term". The scanner finds them as shifts
//! with no base (an [`Expr::Shift`] whose phrase names the event); the resolver counts them
//! from the narrative's time, which is often a later digression. This pass counts them from
//! the event itself where the text tells its date, in the order a reader would look:
//!
//! 1. apposition: an explicit date just before, across a comma ("in the winter of 2009, a
//!    year after the banking crash") is the time the phrase restates;
//! 2. the event's own sentence: the nearest earlier sentence (or the rest of this one) that
//!    names the event's head noun ("treaty") beside an explicit date ("The Treaty of …,
//!    sealed on 3 March 1503") — the count then runs from that date.
//!
//! 3. a life's event in the title or the lead ("Two hundred years after his birth, the
//!    glaciologist is remembered"): the text tells it later ("born in the spring of 1826"),
//!    the subject's birth or founding first, death or fall last ([`LIFE_EVENTS`]); told in
//!    the present, the anniversary is the document's present.
//!
//! The value takes the count's own precision ("three years after" a day is a year). A phrase
//! told in apposition to a present ("a plaque unveiled this summer, 522 years after the
//! treaty") gives the present it implies, for the document-date estimate.

use super::Hit;
use super::calendar::Point;
use super::expr::Expr;
use super::resolve::{Resolved, Value};
use super::shift::shift;
use super::words::Unit;
use crate::document::Document;

/// Determiners that open an event's noun phrase.
const OPENERS: [&str; 9] = ["the", "his", "her", "their", "its", "that", "this", "our", "my"];

/// Re-anchors every event-anchored shift of `hits` whose event the text dates; returns the
/// presents implied by those told in apposition to a present word.
pub(super) fn anchor(doc: &Document, hits: &[Hit], resolved: &mut [Resolved]) -> Vec<i32> {
    let mut implied = Vec::new();
    let mut earlier = Earlier::default();
    let mut ahead = 0;
    for (i, h) in hits.iter().enumerate() {
        let Expr::Shift { unit, n, vague, fuzzy, base: None, moves: false, .. } = h.found.expr else {
            continue;
        };
        let Some(head) = event_head(h.span.slice(&doc.text)) else { continue };
        let appositive = i
            .checked_sub(1)
            .map(|j| (j, &hits[j]))
            .filter(|(_, p)| p.sentence == h.sentence && doc.text[p.span.end..h.span.start].trim() == ",");
        // 1. "in the winter of 2009, a year after the crash": the date restated
        // ("on Wednesday, three days after the typhoon": a weekday's day restated too)
        let restated = appositive.and_then(|(j, p)| match (p.found.expr, resolved[j].value) {
            (Expr::Abs(d), _) => Some(d),
            (Expr::Weekday { .. } | Expr::MonthDay(..), Some(Value::Point(d @ Point::Day(..)))) => Some(d),
            _ => None,
        });
        if let Some(d) = restated
            && !matches!(d, Point::Decade(_) | Point::Century(_))
        {
            resolved[i].value = Some(Value::Point(precision(d, unit)));
            resolved[i].anchor = None;
            continue;
        }
        // 2. the event's own dated sentence; 3. for a life's event in the title or the lead
        // ("Two hundred years after his birth, the glaciologist is remembered"), the one the
        // text tells later, and the anniversary is the present
        let lead =
            ahead < LEAD_LOOKUPS && doc.blocks.iter().take(LEAD_BLOCKS).any(|b| b.span.covers(&h.span));
        let (found, present) = match dated_event(doc, hits, i, &head, &mut earlier) {
            Some(f) => (Some(f), false),
            None if lead => {
                ahead += 1;
                (
                    life_event(doc, hits, i, &head),
                    h.found.tense == super::scan::Tense::Unknown && !h.found.forecast,
                )
            }
            None => (None, false),
        };
        let Some((j, date)) = found else { continue };
        let Some((p, m)) = shift(date, unit, n, vague, fuzzy) else { continue };
        let p = precision(p, unit);
        resolved[i].value = Some(Value::Point(p));
        resolved[i].date_mod = m.or(h.found.date_mod);
        resolved[i].anchor = Some(j);
        if present {
            implied.push(p.year());
        }
        // "this summer, 522 years after the treaty": the present is that year
        if let Some((_, pre)) = appositive
            && matches!(
                pre.found.expr,
                Expr::Present | Expr::Season { rel: super::expr::Rel::This, .. } | Expr::Dct { n: 0, .. }
            )
        {
            implied.push(p.year());
        }
    }
    implied
}

/// The head noun of the event a shift phrase names ("treaty" in "three years after the
/// treaty", "vote" in "two days before the final vote"), lower-case; `None` when the phrase
/// names no event by a determiner and noun.
fn event_head(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let at =
        words.iter().position(|w| matches!(w.to_ascii_lowercase().as_str(), "after" | "before" | "into"))?;
    let np = &words[at + 1..];
    if np.len() < 2 || !OPENERS.contains(&np[0].to_ascii_lowercase().as_str()) {
        return None;
    }
    let last = np.last()?.to_lowercase();
    let head = last.trim_end_matches("’s").trim_end_matches("'s");
    // "the closures" is named by "closure" too; "the crisis", "the census" are not plurals
    let head = match head.strip_suffix('s') {
        Some(stem) if stem.len() >= 4 && !stem.ends_with(['s', 'i', 'u']) => stem,
        _ => head,
    };
    (head.len() >= 3).then(|| head.to_string())
}

/// For each event head noun, how far the earlier sentences have been read and the last dated
/// one that names it: the shifts come in text order, so each head reads the text's dates once
/// (looking back from every shift over all earlier dates was quadratic: 12 s on a megabyte of
/// short dated sentences).
#[derive(Default)]
struct Earlier {
    by_head: std::collections::HashMap<String, (usize, Option<(usize, Point)>)>,
}

/// The explicit date of a hit that counts as an event's date (not a decade or a century).
fn explicit(h: &Hit) -> Option<Point> {
    match h.found.expr {
        Expr::Abs(p) if h.found.core && !matches!(p, Point::Decade(_) | Point::Century(_)) => Some(p),
        _ => None,
    }
}

/// Whether `s` names the event `head` at a word's start, outside any other expression
/// ("Friedrich died in 1506, three years after the treaty" names the treaty only through a
/// count, not by its date).
fn names(doc: &Document, hits: &[Hit], s: crate::span::Span, head: &str) -> bool {
    let text = s.slice(&doc.text);
    let lower = text.to_lowercase();
    // the hits inside `s` (hits are in text order)
    let inside = &hits[hits.partition_point(|h| h.span.start < s.start)..];
    let inside = &inside[..inside.partition_point(|h| h.span.start < s.end)];
    // (lower-casing kept the byte offsets when it kept the length)
    lower.len() == text.len()
        && lower.match_indices(head).any(|(at, _)| {
            let pos = s.start + at;
            let before = lower[..at].chars().next_back();
            !before.is_some_and(char::is_alphabetic)
                && !inside.iter().any(|h| h.sentence == s && h.span.start <= pos && pos < h.span.end)
        })
}

/// The explicit date of the event named by `head`: the last date of the nearest earlier
/// sentence that names it (or a date after the phrase in its own sentence).
fn dated_event(
    doc: &Document,
    hits: &[Hit],
    i: usize,
    head: &str,
    earlier: &mut Earlier,
) -> Option<(usize, Point)> {
    let me = &hits[i];
    // the rest of this sentence: "two months after the coup in May 2011"
    if let Some((j, p)) = hits[i + 1..]
        .iter()
        .enumerate()
        .take_while(|(_, h)| h.sentence == me.sentence)
        .find_map(|(k, h)| explicit(h).map(|p| (i + 1 + k, p)))
        && names(doc, hits, crate::span::Span::new(me.span.start, hits[j].span.start), head)
    {
        return Some((j, p));
    }
    // the earlier sentences: every hit before this sentence's first one
    let first_here = hits[..i].partition_point(|h| h.span.start < me.sentence.start);
    let (read, found) = earlier.by_head.entry(head.to_string()).or_insert((0, None));
    for (j, h) in hits.iter().enumerate().take(first_here).skip(*read) {
        if let Some(p) = explicit(h).filter(|_| names(doc, hits, h.sentence, head)) {
            *found = Some((j, p));
        }
    }
    *read = (*read).max(first_here);
    *found
}

/// How many title or lead phrases [`life_event`] reads ahead for (each reads up to
/// [`LIFE_REACH`] dates), and how many blocks from the top count as the lead.
const LEAD_LOOKUPS: usize = 4;
const LEAD_BLOCKS: usize = 4;
const LIFE_REACH: usize = 400;

/// The events of a life or a realm a title counts from, each with the words the text tells
/// it by and whether the first or the last such dated sentence is the subject's own (a
/// biography tells its subject's birth first and the births of children later, its death
/// last and the deaths of teachers earlier).
const LIFE_EVENTS: [(&str, &[&str], bool); 7] = [
    ("birth", &["born", "birth"], true),
    ("founding", &["founded", "founding"], true),
    ("foundation", &["founded", "foundation"], true),
    ("death", &["died", "death"], false),
    ("fall", &["fell", "fall"], false),
    ("collapse", &["collapsed", "collapse"], false),
    ("closure", &["closed", "closure"], false),
];

/// The date of a life's event named in the title or the lead ("his birth", "its fall"),
/// from the sentences after it: the first (or last) that tells it beside an explicit date.
fn life_event(doc: &Document, hits: &[Hit], i: usize, head: &str) -> Option<(usize, Point)> {
    let (_, forms, first) = LIFE_EVENTS.iter().find(|(h, _, _)| *h == head)?;
    let me = &hits[i];
    let mut found = None;
    let mut last_sentence = None;
    for (j, h) in hits.iter().enumerate().skip(i + 1).take(LIFE_REACH) {
        if h.sentence == me.sentence || last_sentence == Some(h.sentence) {
            continue;
        }
        if explicit(h).is_none() {
            continue;
        }
        // each sentence is read once; the first date after the word ("born in 1680 and died
        // in 1726")
        last_sentence = Some(h.sentence);
        let Some(at) = forms.iter().find_map(|f| word_at(&doc.text[h.sentence.start..h.sentence.end], f))
        else {
            continue;
        };
        let at = h.sentence.start + at;
        let in_sentence = hits[j..].iter().enumerate().take_while(|(_, k)| k.sentence == h.sentence);
        let Some((k, p)) =
            in_sentence.filter(|(_, k)| k.span.start > at).find_map(|(k, x)| explicit(x).map(|p| (j + k, p)))
        else {
            continue;
        };
        found = Some((k, p));
        if *first {
            break;
        }
    }
    found
}

/// The byte offset of `word` (lower-case ASCII) in `text` as a whole word, if there.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let n = word.len();
    (0..bytes.len().saturating_sub(n - 1)).find(|&i| {
        bytes[i..i + n].eq_ignore_ascii_case(word.as_bytes())
            && (i == 0 || !bytes[i - 1].is_ascii_alphabetic())
            && bytes.get(i + n).is_none_or(|b| !b.is_ascii_alphabetic())
    })
}

/// A point at the precision of the unit counted: "three years after" 3 March 1503 is 1506.
fn precision(p: Point, unit: Unit) -> Point {
    match (unit, p) {
        (Unit::Year | Unit::Decade, _) => p.to_year(),
        (Unit::Month, Point::Day(y, m, _)) => Point::Month(y, m),
        _ => p,
    }
}
