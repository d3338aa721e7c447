//! Finding temporal expressions: a left-to-right pass over each sentence's tokens that tries,
//! at every token, the expression shapes in a fixed order (longest, most specific first) and
//! records what was found as an [`Expr`] — a calendar value when the text alone fixes it,
//! otherwise a description of how to resolve it.
//!
//! Matching is on tokens rather than with regular expressions so that each shape can check
//! its neighbours the way a reader does: a four-digit number is a year unless it is money,
//! a count ("2000 soldiers"), a label ("No. 1999") or part of a bigger number; "May" is a
//! month only next to a day or a year; "April Jones" is a person. The explicit shapes live
//! in [`super::numbers`] and [`super::names`]; the relative phrases ("two years later", "last spring")
//! in [`super::relative`]. This file holds the driver and the "the ..." phrases; the tense of a clause is read by
//! [`super::clause`], a calendar name of no particular time told by [`super::generic`].

use super::calendar::{Point, valid_day};
use super::clause::{forecast, sentence_tense, tense};
pub use super::expr::{Expr, Found, M, Rel, Tense};
use super::feasts::feast;
use super::generic::{generic, is_set};
use super::names::{modified_period, month_phrase, quarter, season_phrase, weekday_phrase};
use super::numbers::{
    after_month, apostrophe_decade, day_month, day_words, numeric, period_at, period_mod, year_tok,
};
use super::relative;
use super::tokens::{Cx, TokKind};
use super::words::{self, Unit};
use crate::analysis::DateMod;

/// Every expression of one tokenised sentence, in text order, not overlapping.
pub fn sentence(cx: &Cx, out: &mut Vec<Found>) {
    let first = out.len();
    let mut i = 0;
    while i < cx.len() {
        match at(cx, i).map(|m| of_year(cx, m)) {
            Some(m) if m.end > m.start && !is_set(cx, &m) && !generic(cx, &m) => {
                let tense = if cx.w(m.start) == "since" { Tense::Past } else { tense(cx, m.start, m.end) };
                // "was sentenced to 12 years … by the High Court on Thursday": a weekday's
                // clause may be cut from its verb; the sentence's nearest cue then decides
                let tense = match (tense, m.expr) {
                    // "THURSDAY" heading a part of a report: a day told of, past
                    (Tense::Unknown, Expr::Weekday { rel: Rel::Bare, .. })
                        if m.start == 0 && m.end == cx.len() =>
                    {
                        Tense::Past
                    }
                    // "did not expect to fish again before Christmas", "a sale by Easter": a
                    // feast as a deadline is the coming one
                    (_, Expr::Feast(_))
                        if cx.w(m.start) == "before"
                            || m.start > 0
                                && matches!(cx.w(m.start - 1), "by" | "until" | "till" | "before") =>
                    {
                        Tense::Future
                    }
                    // "a meeting has been called for Thursday": an appointment, still to come
                    (_, Expr::Weekday { rel: Rel::Bare, .. })
                        if m.start > 0 && cx.w(m.start - 1) == "for" =>
                    {
                        Tense::Future
                    }
                    (Tense::Unknown, Expr::Weekday { .. }) => sentence_tense(cx, m.start, m.end),
                    (t, _) => t,
                };
                let forecast = forecast(cx, &m, tense);
                out.push(Found {
                    start: cx.toks[m.start].start,
                    end: cx.toks[m.end - 1].end,
                    expr: m.expr,
                    date_mod: m.date_mod,
                    tense,
                    core: m.core,
                    forecast,
                });
                i = m.end;
            }
            // a set or a habit ("every Christmas Day", "except for Shrove Tuesday") is passed
            // over whole, so that no shorter expression inside it ("Tuesday") is taken
            Some(m) if m.end > m.start + 1 => i = m.end,
            _ => i += 1,
        }
    }
    drop_figurative(cx, out, first);
    drop_season_of_months(cx, out, first);
}

/// "lets the cottage out from April to October", "was freezing from October to March": a
/// span of two months with no year is the part of every year something happens in, not a
/// time on the calendar.
fn drop_season_of_months(cx: &Cx, out: &mut Vec<Found>, first: usize) {
    let mut k = first;
    while k < out.len() {
        let a = &out[k];
        let before = cx.lc[..a.start].trim_end();
        let from =
            before.strip_suffix("from").is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_alphabetic()));
        let rest = cx.lc[a.end..].trim_start();
        let to = ["to ", "until ", "till ", "through "].iter().find_map(|w| rest.strip_prefix(w));
        let second = to.and_then(|r| {
            let word = r.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            let yearless = !r[word.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit());
            (words::month(word).is_some() && yearless).then(|| cx.lc.len() - r.len())
        });
        match second {
            Some(at) if from && matches!(a.expr, Expr::Month { rel: Rel::Bare, .. }) => {
                out.remove(k);
                // the second month, if it was taken as a date of its own
                if out.get(k).is_some_and(|b| b.start == at) {
                    out.remove(k);
                }
            }
            _ => k += 1,
        }
    }
}

/// "The leaders of today are the followers of tomorrow", "tomorrow's wages with
/// yesterday's promises": two of "yesterday", "today" and "tomorrow" set against each other
/// in one sentence, with no other date, are a figure of speech.
fn drop_figurative(cx: &Cx, out: &mut Vec<Found>, first: usize) {
    let mine = &out[first..];
    let word = |f: &Found| &cx.lc[f.start..f.end];
    let has = |w: &str| mine.iter().any(|f| word(f) == w);
    let kinds = ["yesterday", "today", "tomorrow"].iter().filter(|w| has(w)).count();
    if kinds >= 2
        && (has("tomorrow")
            || mine.iter().all(|f| cx.lc[f.end..].starts_with("'s") || cx.lc[f.end..].starts_with("’s")))
        && mine.iter().all(|f| matches!(word(f), "yesterday" | "today" | "tomorrow"))
    {
        out.truncate(first);
        return;
    }
    // "Tomorrow is now next week": one deictic said to be another, nothing else dated
    let deictic = |f: &Found| matches!(word(f), "yesterday" | "today" | "tomorrow" | "now" | "next week");
    let equated = |f: &Found| cx.lc[f.end..].trim_start().starts_with("is ");
    if mine.len() >= 2 && mine.iter().all(deictic) && mine.iter().any(equated) && has("tomorrow") {
        out.truncate(first);
        return;
    }
    // "They keep saying tomorrow,": the word quoted, not the day
    let said = |f: &Found| {
        let before = cx.lc[..f.start].trim_end();
        let after = cx.lc[f.end..].trim_start();
        ["saying", "says", "say"].iter().any(|v| before.ends_with(v))
            && matches!(word(f), "tomorrow" | "today" | "yesterday")
            && (after.is_empty() || after.starts_with([',', '.', '"', '\'', '’', '”', '!', '?']))
    };
    if mine.iter().any(said) {
        let rest: Vec<Found> = out.drain(first..).filter(|f| !said(f)).collect();
        out.extend(rest);
    }
    let mine = &out[first..];
    // "cannot pay tomorrow's wages with yesterday's promises" beside a real date: the two
    // possessives are the figure, whatever else the sentence dates
    let possessive = |f: &Found| cx.lc[f.end..].starts_with("'s") || cx.lc[f.end..].starts_with("’s");
    let figure = |f: &Found| possessive(f) && matches!(word(f), "yesterday" | "today" | "tomorrow");
    let pairs = ["yesterday", "today", "tomorrow"]
        .iter()
        .filter(|w| mine.iter().any(|f| figure(f) && word(f) == **w))
        .count();
    if pairs >= 2 {
        let rest: Vec<Found> = out.drain(first..).filter(|f| !figure(f)).collect();
        out.extend(rest);
    }
}

/// "November last year", "Sunday 8 November this year": one expression, not a month and a
/// year beside it.
/// "March of last year" likewise; "December of that year" (or "of the same year") is the
/// month of the narrative's year, one expression with it.
fn of_year(cx: &Cx, m: M) -> M {
    let of = usize::from(cx.w(m.end) == "of");
    let at = m.end + of;
    if of == 1 && matches!(m.expr, Expr::Month { rel: Rel::Bare, .. } | Expr::MonthDay(..)) {
        let len = match (cx.w(at), cx.w(at + 1), cx.w(at + 2)) {
            ("that", "year", _) => 2,
            ("the", "same", "year") => 3,
            _ => 0,
        };
        if len > 0 {
            let expr = match m.expr {
                Expr::Month { month, .. } => Expr::Month { month, rel: Rel::That },
                e => e,
            };
            return M { end: at + len, expr, ..m };
        }
    }
    let n = match (cx.w(at), cx.w(at + 1)) {
        ("last", "year") => -1,
        ("this", "year") => 0,
        ("next", "year") => 1,
        _ => return m,
    };
    let (month, day) = match m.expr {
        Expr::Month { month, rel: Rel::Bare } => (month, None),
        Expr::MonthDay(month, d) => (month, Some(d)),
        _ => return m,
    };
    M::new(m.start, at + 2, Expr::OfYear { month, day, n }).with_mod(m.date_mod)
}

/// "the 27th", "the 2nd inst.", "the 14th ult.", "the 2nd prox.", "the 10th of this month": a
/// day of a month the story is in, where no noun follows ("the 27th floor", "the 2nd
/// battalion" are not days).
pub(super) fn day_of_month(cx: &Cx, i: usize) -> Option<M> {
    let k = i + 1;
    if cx.kind(k) != Some(TokKind::Num) || cx.digits(k).is_some() {
        return None;
    }
    let day = super::numbers::day_tok(cx, k)?;
    let dot = |j: usize| if cx.is(j, ".") && cx.attached(j) { j + 1 } else { j };
    let (months, end, writer) = match (cx.w(k + 1), cx.w(k + 2), cx.w(k + 3)) {
        ("inst" | "instant", _, _) => (0, dot(k + 2), true),
        ("ult" | "ultimo", _, _) => (-1, dot(k + 2), true),
        ("prox" | "proximo", _, _) => (1, dot(k + 2), true),
        ("of", "this", "month") => (0, k + 4, true),
        ("of", "last", "month") => (-1, k + 4, true),
        ("of", "next", "month") => (1, k + 4, true),
        // a bare "the 27th" only where it is introduced as a day ("on the 27th", "the evening
        // of the 27th"): "birdied the 18th", "finished the 2nd" are a hole and a place
        _ if (!cx.is_word(k + 1) || matches!(cx.w(k + 1), "when" | "and" | "at" | "in"))
            && i > 0
            && (matches!(cx.w(i - 1), "on" | "by" | "until" | "till" | "since")
                || cx.w(i - 1) == "of" && i > 1 && words::day_part(cx.w(i - 2))) =>
        {
            (0, k + 1, false)
        }
        _ => return None,
    };
    Some(M::new(i, end.min(cx.len()), Expr::DayOfMonth { day, months, writer }))
}

/// "since 2021, the year the sponsor arrived": the year restated; "the strongest storm of
/// the year", "her best result of the year": the present year.
fn the_year(cx: &Cx, i: usize) -> Option<M> {
    if i >= 2 && cx.is(i - 1, ",") && cx.is_word(i + 2) && !cx.is(i + 2, ",") {
        let y = year_tok(cx, i - 2)?;
        return Some(M {
            start: i,
            end: i + 2,
            expr: Expr::Abs(Point::Year(y)),
            date_mod: None,
            core: false,
        });
    }
    let superlative = |k: usize| {
        let w = cx.w(k);
        w.len() > 5
            && w.ends_with("est")
            && !matches!(w, "interest" | "forest" | "harvest" | "request" | "contest" | "protest")
            || matches!(w, "first" | "best" | "worst" | "most")
    };
    // (told in the past: "designed for the worst day of the year" is any year's)
    let after = i >= 3
        && cx.w(i - 1) == "of"
        && (superlative(i - 2) || superlative(i - 3))
        && tense(cx, i, i + 2) == Tense::Past;
    (after && !cx.is_word(i + 2))
        .then(|| M::new(i, i + 2, Expr::Dct { unit: Unit::Year, n: 0, fuzzy: false }))
}

/// "the last Saturday of August 1971", "the second Monday in March 2024": a day the month
/// and its year fix (without a year it is left to the weekday alone).
fn nth_weekday(cx: &Cx, i: usize) -> Option<M> {
    let nth: i64 = match cx.w(i + 1) {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "last" => -1,
        _ => return None,
    };
    let wd = words::weekday(cx.w(i + 2)).filter(|_| cx.capitalised(i + 2))?;
    if !matches!(cx.w(i + 3), "of" | "in") {
        return None;
    }
    let month = super::names::month_phrase(cx, i + 4)
        .or_else(|| {
            words::month(cx.w(i + 4))
                .filter(|_| cx.capitalised(i + 4))
                .map(|mo| M::new(i + 4, i + 5, Expr::Month { month: mo, rel: Rel::Bare }))
        })
        .filter(|m| m.start == i + 4)?;
    // "the first Sunday in September": one expression, of the month its year is read for
    if let Expr::Month { month: mo, rel: Rel::Bare } = month.expr {
        return Some(M::new(i, month.end, Expr::Month { month: mo, rel: Rel::Bare }));
    }
    let Expr::Abs(Point::Month(y, mo)) = month.expr else { return None };
    let days = i64::from(super::calendar::days_in_month(y, mo));
    let first = i64::from(super::calendar::weekday(y, mo, 1));
    let lead = (i64::from(wd) - first).rem_euclid(7);
    let d = if nth > 0 { 1 + lead + 7 * (nth - 1) } else { 1 + lead + 7 * ((days - 1 - lead) / 7) };
    (d <= days).then(|| M::new(i, month.end, Expr::Abs(Point::Day(y, mo, d as u32))))
}

/// An expression starting at token `i`, with a value-changing preposition in front of it
/// ("since 2013", "before 9/11", "around 2030") taken into the span.
fn at(cx: &Cx, i: usize) -> Option<M> {
    let prefix = match cx.w(i) {
        "since" | "after" => Some(DateMod::After),
        "before" => Some(DateMod::Before),
        "around" | "circa" | "about" => Some(DateMod::Approx),
        _ => None,
    };
    if let Some(pm) = prefix
        && let Some(m) = core(cx, i + 1)
        && m.start == i + 1
        && prefixable(&m.expr)
    {
        let date_mod = m.date_mod.or(Some(pm));
        return Some(M { start: i, date_mod, ..m });
    }
    core(cx, i)
}

fn prefixable(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Abs(_)
            | Expr::YearRange(..)
            | Expr::Named(_)
            | Expr::Month { .. }
            | Expr::MonthDay(..)
            | Expr::Feast(_)
            | Expr::Weekday { .. }
            | Expr::Season { .. }
            | Expr::DecadeWord(_)
            | Expr::Dct { fuzzy: false, .. }
    )
}

/// An expression starting exactly at token `i`.
///
/// The grammar's recursion lives here: an expression may contain another one, and the inner
/// one is found by calling `core` again at its first token — "the years after 9/11" and
/// "the weeks leading up to 14 May 1999" in [`the_phrase`], "two years after 9/11" and
/// "three days before 3 March" in `relative::counted`, a prefixed "since 2013" in [`at`],
/// "Saturday, 14 October 2023" in `names::weekday_phrase`. Each inner call starts strictly
/// to the right of the outer token, so the recursion ends, and an inner expression with a
/// modifier of its own is refused rather than nested twice ("the years after since 2013").
pub fn core(cx: &Cx, i: usize) -> Option<M> {
    match cx.kind(i)? {
        TokKind::Num => numeric(cx, i),
        TokKind::Punct if cx.is_apostrophe(i) => apostrophe_decade(cx, i),
        TokKind::Punct => None,
        TokKind::Word => {
            let w = cx.w(i);
            // "a thirteenth-century copy"
            if words::ordinal(w).is_some()
                && let Some((p, end)) = super::numbers::century_at(cx, i)
            {
                return Some(M::new(i, end, Expr::Abs(p)));
            }
            if !words::may_start(w) {
                return None;
            }
            if w == "the" {
                return the_phrase(cx, i);
            }
            month_phrase(cx, i)
                .or_else(|| weekday_phrase(cx, i))
                .or_else(|| modified_period(cx, i))
                .or_else(|| season_phrase(cx, i))
                .or_else(|| quarter(cx, i))
                .or_else(|| feast(cx, i))
                .or_else(|| relative::phrase(cx, i))
        }
    }
}

/// "the ..." phrases: periods, "the end of the 19th century", quarters, seasons, "the
/// following spring", "the eighties", "the years after 9/11", "the moment".
fn the_phrase(cx: &Cx, i: usize) -> Option<M> {
    let j = i + 1;
    if let Some((p, m, end)) = period_at(cx, j) {
        return Some(M::new(i, end, Expr::Abs(p)).with_mod(m));
    }
    let w1 = cx.w(j);
    if let Some(m) = nth_weekday(cx, i) {
        return Some(m);
    }
    if w1 == "year"
        && let Some(m) = the_year(cx, i)
    {
        return Some(m);
    }
    if let Some(m) = day_of_month(cx, i) {
        return Some(m);
    }
    // the end / beginning / middle of the 19th century, of the year, of 2023
    let edge = match w1 {
        "end" | "close" => Some(DateMod::End),
        "beginning" | "start" | "dawn" | "turn" => Some(DateMod::Start),
        "middle" => Some(DateMod::Mid),
        _ => None,
    };
    if let Some(edge) = edge
        && cx.w(j + 1) == "of"
    {
        if cx.w(j + 2) == "the" {
            if let Some((p, None, end)) = period_at(cx, j + 3) {
                return Some(M::new(i, end, Expr::Abs(p)).with_mod(Some(edge)));
            }
            let unit = match cx.w(j + 3) {
                "year" => Some(Unit::Year),
                "month" => Some(Unit::Month),
                _ => None,
            };
            if let Some(unit) = unit {
                let e = Expr::Dct { unit, n: 0, fuzzy: false };
                return Some(M::new(i, j + 4, e).with_mod(Some(edge)));
            }
        }
        if let Some(y) = year_tok(cx, j + 2) {
            return Some(M::new(i, j + 3, Expr::Abs(Point::Year(y))).with_mod(Some(edge)));
        }
        // "the end of May" (with a year, "the end of May 2024" is the month phrase's)
        if let Some(month) = words::month(cx.w(j + 2)).filter(|_| cx.capitalised(j + 2))
            && year_tok(cx, j + 3).is_none()
        {
            return Some(M::new(i, j + 3, Expr::Month { month, rel: Rel::Bare }).with_mod(Some(edge)));
        }
        return None;
    }
    // the first half of 2024
    if let Some(h) = words::ordinal(w1).filter(|h| matches!(h, 1 | 2))
        && cx.w(j + 1) == "half"
        && cx.w(j + 2) == "of"
        && let Some(y) = year_tok(cx, j + 3)
    {
        return Some(M::new(i, j + 4, Expr::Abs(Point::Half(y, h as u32))));
    }
    // the first quarter of 2024
    if let Some(q) = words::ordinal(w1)
        && (1..=4).contains(&q)
        && cx.w(j + 1) == "quarter"
        && cx.w(j + 2) == "of"
        && let Some(y) = year_tok(cx, j + 3)
    {
        return Some(M::new(i, j + 4, Expr::Abs(Point::Quarter(y, q as u32))));
    }
    // the 14th of May 1999, the eleventh of July
    if cx.w(j + 1) == "of"
        && let Some(m) = day_month(cx, j, j + 2)
    {
        return Some(M { start: i, ..m });
    }
    if let Some((d, k)) = day_words(cx, j)
        && cx.w(k) == "of"
        && let Some(month) = words::month(cx.w(k + 1)).filter(|_| cx.capitalised(k + 1))
        && d <= super::calendar::days_in_month(2000, month)
    {
        let mk = after_month(cx, k + 1);
        let mut e = if cx.is(mk, ",") { mk + 1 } else { mk };
        let expr = match year_tok(cx, e) {
            Some(y) if valid_day(y, month, d) => {
                e += 1;
                Expr::Abs(Point::Day(y, month, d))
            }
            _ => {
                e = mk;
                Expr::MonthDay(month, d)
            }
        };
        return Some(M::new(i, e, expr));
    }
    the_relative(cx, i)
}

/// "the ..." phrases that need context: seasons without a year, "the eighties", "the years
/// after 9/11", event anchors ("the eve of the summit", "the first months of the war"), "the
/// middle of the century", "the present moment", "at the time".
fn the_relative(cx: &Cx, i: usize) -> Option<M> {
    let j = i + 1;
    let w1 = cx.w(j);
    // the summer of 1952, the summer of last year (one expression), the spring
    if let Some(s) = words::season(w1) {
        if cx.w(j + 1) == "of"
            && let Some(y) = year_tok(cx, j + 2)
        {
            return Some(M::new(i, j + 3, Expr::Abs(Point::Season(y, s))));
        }
        if cx.w(j + 1) == "of" && matches!(cx.w(j + 2), "last" | "this" | "next") && cx.w(j + 3) == "year" {
            let rel = match cx.w(j + 2) {
                "last" => Rel::Last,
                "this" => Rel::This,
                _ => Rel::Next,
            };
            return Some(M::new(i, j + 4, Expr::Season { season: s, rel }));
        }
        let prev = if i > 0 { cx.w(i - 1) } else { "" };
        // "in the autumn of her life", "the spring of his career": a stage of a life
        let figure = cx.w(j + 1) == "of"
            && words::determiner(cx.w(j + 2))
            && matches!(cx.w(j + 3), "life" | "career" | "years" | "days");
        if !figure && matches!(prev, "in" | "by" | "during" | "until" | "through" | "throughout" | "over") {
            return Some(M::new(i, j + 1, Expr::Season { season: s, rel: Rel::Bare }));
        }
        return None;
    }
    // the eighties, the early eighties
    let (dm, k) = match period_mod(cx, j) {
        Some((m, k)) => (Some(m), k),
        None => (None, j),
    };
    // "the Sixties Revival Band", "the Roaring Twenties Club": a name, not a decade
    let in_name = cx.capitalised(k) && cx.is_word(k + 1) && cx.capitalised(k + 1);
    if let Some(d) = words::decade_word(cx.w(k)).filter(|_| !in_name) {
        return Some(M::new(i, k + 1, Expr::DecadeWord(d)).with_mod(dm));
    }
    // the years after 9/11, the weeks following the vote
    if matches!(w1, "years" | "months" | "decades" | "days" | "weeks") {
        let m = match cx.w(j + 1) {
            "after" | "since" | "following" => DateMod::After,
            "before" | "preceding" | "leading" => DateMod::Before,
            _ => return None,
        };
        let k = if cx.w(j + 1) == "leading" && cx.w(j + 2) == "up" && cx.w(j + 3) == "to" {
            j + 4
        } else {
            j + 2
        };
        if let Some(inner) = core(cx, k)
            && inner.start == k
            && matches!(inner.expr, Expr::Abs(_) | Expr::Named(_))
            && inner.date_mod.is_none()
        {
            return Some(M { start: i, end: inner.end, expr: inner.expr, date_mod: Some(m), core: false });
        }
        let end = relative::noun_phrase_end(cx, k)?;
        return Some(M::new(i, end, Expr::Then).with_mod(Some(m)));
    }
    // the eve of the summit; the first months of the war, the early years of her reign
    if w1 == "eve" && cx.w(j + 1) == "of" {
        let end = relative::noun_phrase_end(cx, j + 2)?;
        let e = Expr::Shift {
            unit: Unit::Day,
            n: -1,
            vague: false,
            fuzzy: false,
            moves: false,
            base: None,
            counted: false,
        };
        return Some(M::new(i, end, e));
    }
    if matches!(w1, "first" | "early" | "opening" | "final" | "last" | "closing")
        && matches!(cx.w(j + 1), "days" | "weeks" | "months" | "years")
        && cx.w(j + 2) == "of"
        && let Some(end) = relative::noun_phrase_end(cx, j + 3)
    {
        let m = if matches!(w1, "first" | "early" | "opening") { DateMod::Start } else { DateMod::End };
        let unit = words::unit(cx.w(j + 1)).unwrap_or(Unit::Year);
        return Some(M::new(i, end, Expr::Part(unit)).with_mod(Some(m)));
    }
    // the middle of the century
    if w1 == "middle" && cx.w(j + 1) == "of" && cx.w(j + 2) == "the" && cx.w(j + 3) == "century" {
        return Some(M::new(i, j + 4, Expr::MidCentury));
    }
    // the present moment / at the moment
    if w1 == "present" && matches!(cx.w(j + 1), "moment" | "day") {
        return Some(M::new(i, j + 2, Expr::Present));
    }
    // "At the time, ..." / "... at the time." (not "at the time of", "the time when")
    if w1 == "time"
        && i > 0
        && cx.w(i - 1) == "at"
        && (j + 1 >= cx.len() || cx.kind(j + 1) == Some(TokKind::Punct))
    {
        return Some(M::new(i, j + 1, Expr::Then));
    }
    // "at the moment, late in the second act, when they fail him": a moment of the story
    let told =
        (j + 1..(j + 10).min(cx.len())).any(|k| matches!(cx.w(k), "when" | "where")) && cx.is(j + 1, ",");
    if w1 == "moment"
        && i > 0
        && matches!(cx.w(i - 1), "at" | "for")
        && !matches!(cx.w(j + 1), "of" | "when" | "that")
        && !told
    {
        return Some(M::new(i, j + 1, Expr::Present));
    }
    relative::the_phrase(cx, i)
}
