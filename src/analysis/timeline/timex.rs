//! Every temporal expression of a document as a TIMEX3 (type, value, mod, quant), for the
//! TimeML export: the timeline's items, valued exactly as the timeline values them, plus the
//! durations, sets and clock times of [`super::extras`] that the reading timeline leaves out.
//!
//! Shaped as a second, export-only pass over the same scan (same document date, same
//! resolution) so that the reading timeline stays what it is while the export carries
//! everything TimeML tools expect. The TIMEX3 conventions that differ from the timeline's
//! are applied here: a leading signal word ("since 2013", "before 9/11") stays outside the
//! tag, a part of the day is written into a day's value ("Tuesday night" =
//! `2024-11-12TNI`), a clock time takes the day next to it or the day it is told on, and an
//! expression with no value gets the underspecified one TimeML writes (`XXXX-WXX-2`,
//! `PAST_REF`).

use super::calendar::Point;
use super::extras::{self, Extra, TimexType, day_part_code};
use super::scan::{Expr, Rel};
use super::tokens;
use super::{DateSource, DocumentDate, Hit};
use crate::analysis::DateMod;
use crate::document::Document;
use crate::span::Span;

/// One TIMEX3 of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub kind: TimexType,
    pub value: String,
    pub date_mod: Option<&'static str>,
    pub quant: Option<&'static str>,
    /// Relative to the document date or to another expression (TimeML `temporalFunction`).
    pub relative: bool,
    /// The sentence it is in.
    pub sentence: Span,
}

/// Every TIMEX3 of the document in text order, and the document date they were resolved
/// against (`given` as for [`super::extract_dated`]).
pub fn timexes(doc: &Document, given: Option<(Point, DateSource)>) -> (Vec<Timex>, DocumentDate) {
    let (hits, resolved, document_date) = super::scan_parts(doc, given);
    let mut out: Vec<Timex> = hits
        .iter()
        .zip(&resolved)
        .map(|(h, r)| {
            let it = super::item(doc, h, r, Vec::new());
            from_item(doc, h, it.value, it.date_mod)
        })
        .collect();
    out.extend(extra_timexes(doc, &hits));
    out.sort_by_key(|t| (t.span.start, t.span.end));
    let dct_day = document_date.value.as_deref().filter(|v| v.len() == 10).map(str::to_string);
    (anchor_clocks(doc, out, dct_day.as_deref()), document_date)
}

/// A timeline item as a TIMEX3.
fn from_item(doc: &Document, h: &Hit, value: Option<String>, date_mod: Option<DateMod>) -> Timex {
    let mut span = h.span;
    let mut date_mod = date_mod.map(mod_name);
    let text = span.slice(&doc.text);
    let lower = text.to_ascii_lowercase();
    // "since 2013": TimeML leaves the signal word outside the TIMEX3
    for signal in ["since ", "after ", "before "] {
        let rest = lower.get(signal.len()..).unwrap_or("");
        if lower.starts_with(signal) && !matches!(rest, "then" | "that time") {
            span = Span::new(span.start + signal.len(), span.end);
            date_mod = None;
        }
    }
    let mut value = value.unwrap_or_else(|| underspecified(h.found.expr));
    let last = lower.rsplit(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    if value.len() == 10
        && let Some(code) = day_part_code(last)
    {
        value = format!("{value}T{code}");
    }
    let kind = if value.starts_with('P') && !value.ends_with("_REF") {
        TimexType::Duration
    } else if value.len() > 10 && value.as_bytes()[10] == b'T' {
        TimexType::Time
    } else {
        TimexType::Date
    };
    Timex { span, kind, value, date_mod, quant: None, relative: !h.found.core, sentence: h.sentence }
}

fn mod_name(m: DateMod) -> &'static str {
    match m {
        DateMod::Start => "START",
        DateMod::Mid => "MID",
        DateMod::End => "END",
        DateMod::Before => "BEFORE",
        DateMod::After => "AFTER",
        DateMod::Approx => "APPROX",
    }
}

/// The value TimeML writes for an expression that could not be resolved.
fn underspecified(e: Expr) -> String {
    match e {
        Expr::Weekday { wd, .. } => format!("XXXX-WXX-{}", wd + 1),
        Expr::Month { month, .. } => format!("XXXX-{month:02}"),
        Expr::MonthDay(m, d) | Expr::OfYear { month: m, day: Some(d), .. } => format!("XXXX-{m:02}-{d:02}"),
        Expr::OfYear { month, day: None, .. } => format!("XXXX-{month:02}"),
        Expr::Season { season, rel: Rel::Bare | Rel::Following | Rel::That } => {
            format!("XXXX-{}", season.code())
        }
        Expr::Season { rel: Rel::Last, .. } => "PAST_REF".into(),
        Expr::Season { rel: Rel::Next, .. } => "FUTURE_REF".into(),
        Expr::Season { rel: Rel::This, .. } => "PRESENT_REF".into(),
        Expr::DecadeWord(d) => format!("XX{d}X"),
        Expr::Present => "PRESENT_REF".into(),
        Expr::Dct { n, .. } | Expr::DayPart(n) | Expr::Week(n) if n > 0 => "FUTURE_REF".into(),
        Expr::Dct { n: 0, .. } | Expr::DayPart(0) | Expr::Week(0) => "PRESENT_REF".into(),
        Expr::Dct { .. }
        | Expr::YearsAgoAt { .. }
        | Expr::DayPart(_)
        | Expr::Week(_)
        | Expr::RecentPast(_)
        | Expr::Then => "PAST_REF".into(),
        Expr::Ambiguous | Expr::ThatDay => "XXXX-XX-XX".into(),
        Expr::DayOfMonth { day, .. } => format!("XXXX-XX-{day:02}"),
        _ => "XXXX".into(),
    }
}

/// The durations, sets and clock times outside the timeline's expressions, sentence by
/// sentence.
fn extra_timexes(doc: &Document, hits: &[Hit]) -> Vec<Timex> {
    let mut out = Vec::new();
    let mut found = Vec::<Extra>::new();
    let mut h = 0;
    tokens::each_sentence(doc, |sentence, cx| {
        let toks = cx.toks;
        while h < hits.len() && hits[h].span.end <= sentence.start {
            h += 1;
        }
        let taken: Vec<(usize, usize)> = hits[h..]
            .iter()
            .take_while(|x| x.span.start < sentence.end)
            .map(|x| {
                let (s, e) = (x.span.start - sentence.start, x.span.end - sentence.start);
                let a = toks.iter().position(|t| t.end > s).unwrap_or(toks.len());
                let b = toks.iter().position(|t| t.start >= e).unwrap_or(toks.len());
                (a, b)
            })
            .collect();
        found.clear();
        extras::sentence(cx, &taken, &mut found);
        for x in found.drain(..) {
            let span = Span::new(sentence.start + toks[x.start].start, sentence.start + toks[x.end - 1].end);
            out.push(Timex {
                span,
                kind: x.kind,
                value: x.value,
                date_mod: x.date_mod,
                quant: x.quant,
                relative: x.kind == TimexType::Time,
                sentence,
            });
        }
    });
    out
}

/// Gives each clock time its day: "9 p.m. on Tuesday" and "Tuesday at 9 p.m." become one
/// TIME; a lone "at 9 p.m." takes the last day the text named before it (the day being
/// told), else the document's day; in a sentence with a set ("every day, starting at 4
/// a.m.") it is a habit and its day stays unknown (`XXXX-XX-XXT04:00`).
fn anchor_clocks(doc: &Document, mut v: Vec<Timex>, dct_day: Option<&str>) -> Vec<Timex> {
    let is_clock = |t: &Timex| t.kind == TimexType::Time && t.value.starts_with('T');
    let is_day = |t: &Timex| t.kind == TimexType::Date && t.value.len() == 10 && !t.value.starts_with('X');
    let day_of = |t: &Timex| {
        let d = t.value.get(..10)?;
        (d.as_bytes()[0].is_ascii_digit() && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-')
            .then(|| d.to_string())
    };
    let gap = |a: &Timex, b: &Timex| {
        doc.text.get(a.span.end..b.span.start).unwrap_or("x").trim().to_ascii_lowercase()
    };
    let mut i = 0;
    while i < v.len() {
        if !is_clock(&v[i]) {
            i += 1;
            continue;
        }
        if i + 1 < v.len() && is_day(&v[i + 1]) && matches!(gap(&v[i], &v[i + 1]).as_str(), "" | "on" | ",") {
            let day = v.remove(i + 1);
            v[i].value = format!("{}{}", day.value, v[i].value);
            v[i].span = Span::new(v[i].span.start, day.span.end);
            i += 1;
            continue;
        }
        if i > 0 && is_day(&v[i - 1]) && matches!(gap(&v[i - 1], &v[i]).as_str(), "" | "at" | "," | ", at") {
            let clock = v.remove(i);
            let day = &mut v[i - 1];
            day.value = format!("{}{}", day.value, clock.value);
            day.span = Span::new(day.span.start, clock.span.end);
            day.kind = TimexType::Time;
            continue;
        }
        let habit = v.iter().any(|t| t.sentence == v[i].sentence && t.kind == TimexType::Set);
        let told = v[..i].iter().rev().find_map(day_of);
        let day = if habit { None } else { told.or(dct_day.map(str::to_string)) };
        let day = day.unwrap_or_else(|| "XXXX-XX-XX".to_string());
        v[i].value = format!("{day}{}", v[i].value);
        i += 1;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn run(text: &str, date: &str) -> Vec<(String, &'static str, String)> {
        let doc = Document::from_text(text.to_string(), "t.txt", Format::Text, "");
        let given = super::super::parse_date(date).map(|p| (p, DateSource::Flag));
        let (v, _) = timexes(&doc, given);
        v.iter().map(|t| (t.span.slice(&doc.text).to_string(), t.kind.name(), t.value.clone())).collect()
    }

    #[test]
    fn timeline_items_and_extras_in_text_order() {
        let v = run(
            "The council met on 3 March 2005 for two hours. It meets every week. Since 2001 it has \
             grown. The vote came at 9 p.m. on Tuesday.",
            "2005-03-26",
        );
        let t = |s: &str, k, val: &str| (s.to_string(), k, val.to_string());
        assert_eq!(
            v,
            vec![
                t("3 March 2005", "DATE", "2005-03-03"),
                t("two hours", "DURATION", "PT2H"),
                t("every week", "SET", "P1W"),
                t("2001", "DATE", "2001"),
                t("9 p.m. on Tuesday", "TIME", "2005-03-22T21:00"),
            ]
        );
    }

    #[test]
    fn a_duration_left_off_the_timeline_is_still_a_timex() {
        let v = run("The crew rowed back to the harbour in seven days.", "2005-03-26");
        assert_eq!(v, vec![("seven days".to_string(), "DURATION", "P7D".to_string())]);
    }

    #[test]
    fn parts_of_day_and_unresolved_values() {
        let v = run("Officials met on Tuesday night and again this morning.", "2024-11-14");
        assert_eq!(v[0].2, "2024-11-12TNI");
        assert_eq!(v[1], ("this morning".to_string(), "TIME", "2024-11-14TMO".to_string()));
        let doc = Document::from_text("She called on Tuesday.".to_string(), "t.txt", Format::Text, "");
        let (v, dd) = timexes(&doc, None);
        assert!(dd.value.is_none());
        assert_eq!(v[0].value, "XXXX-WXX-2");
    }
}
