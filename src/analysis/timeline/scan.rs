//! Finding temporal expressions: a left-to-right pass over each sentence's tokens that tries,
//! at every token, the expression shapes in a fixed order (longest, most specific first) and
//! records what was found as an [`Expr`] — a calendar value when the text alone fixes it,
//! otherwise a description of how to resolve it.
//!
//! Matching is on tokens rather than with regular expressions so that each shape can check
//! its neighbours the way a reader does: a four-digit number is a year unless it is money,
//! a count ("2000 soldiers"), a label ("No. 1999") or part of a bigger number; "May" is a
//! month only next to a day or a year; "April Jones" is a person. The explicit shapes live
//! here; the relative phrases ("two years later", "last spring") in [`super::relative`].

use super::calendar::{Point, Season, valid_day};
use super::relative;
use super::tokens::{Cx, TokKind};
use super::words::{self, Unit};
use crate::analysis::DateMod;

/// Whether a clause speaks of the past or the future (decides "Tuesday", "in November").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// "last", "this", "next", "the following" or nothing, before a month, weekday or season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    Bare,
    This,
    Last,
    Next,
    Following,
}

/// What an expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expr {
    /// A calendar value fixed by the text ("14 May 1999", "the 1980s").
    Abs(Point),
    /// "1914–18", "1998-99": valued by its first year.
    YearRange(i32, i32),
    /// A numeric date whose day/month order cannot be told ("04/05/2010").
    Ambiguous,
    /// A date known by name (9/11).
    Named(Point),
    /// A month without a year ("in November").
    Month {
        month: u32,
        rel: Rel,
    },
    /// A day of a month without a year ("November 9").
    MonthDay(u32, u32),
    Weekday {
        wd: u32,
        rel: Rel,
    },
    Season {
        season: Season,
        rel: Rel,
    },
    /// "the eighties": a decade whose century comes from context.
    DecadeWord(i32),
    /// "today", "now", "the moment".
    Present,
    /// "recent years".
    RecentPast,
    /// Counted from the document date: "last year" (n = -1), "two weeks ago" (n = -2).
    Dct {
        unit: Unit,
        n: i32,
        fuzzy: bool,
    },
    /// A part of a day counted from the document date: "this morning" (0), "last night" (-1).
    DayPart(i32),
    /// "this week" (0), "last week" (-1): the ISO week counted from the document date.
    Week(i32),
    /// "since then", "back then", "at the time": the narrative's current time.
    Then,
    /// "that day", "that night": the narrative's current day.
    ThatDay,
    /// "years later", "decades ago": a past or later time too vague to place.
    Vague,
    /// Counted from the narrative's time (or from `base`): "two years later", "several
    /// months before the meeting". `moves`: whether the narrative moves to the result.
    Shift {
        unit: Unit,
        n: i32,
        vague: bool,
        fuzzy: bool,
        moves: bool,
        base: Option<Point>,
    },
    /// "twenty-two years since that meeting": the present, counted from a past time.
    Since {
        unit: Unit,
        n: i32,
        base: Option<Point>,
    },
}

impl Expr {
    /// Explicit calendar expressions that need no other context (TIMEX "core").
    pub fn is_core(&self) -> bool {
        matches!(self, Expr::Abs(_) | Expr::YearRange(..) | Expr::Ambiguous)
    }
}

/// A match in token positions, before it becomes a byte span.
#[derive(Debug, Clone, Copy)]
pub struct M {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub date_mod: Option<DateMod>,
    /// False for "the years after 9/11": an explicit date inside a relative phrase.
    pub core: bool,
}

impl M {
    pub fn new(start: usize, end: usize, expr: Expr) -> M {
        M { start, end, expr, date_mod: None, core: expr.is_core() }
    }

    pub fn with_mod(mut self, date_mod: Option<DateMod>) -> M {
        self.date_mod = date_mod;
        self
    }
}

/// A found expression, in byte offsets relative to the sentence.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub date_mod: Option<DateMod>,
    pub tense: Tense,
    pub core: bool,
}

/// Every expression of one tokenised sentence, in text order, not overlapping.
pub fn sentence(cx: &Cx, out: &mut Vec<Found>) {
    let mut i = 0;
    while i < cx.len() {
        match at(cx, i) {
            Some(m) if m.end > m.start => {
                let tense = if cx.w(m.start) == "since" { Tense::Past } else { tense(cx, m.start, m.end) };
                out.push(Found {
                    start: cx.toks[m.start].start,
                    end: cx.toks[m.end - 1].end,
                    expr: m.expr,
                    date_mod: m.date_mod,
                    tense,
                    core: m.core,
                });
                i = m.end;
            }
            _ => i += 1,
        }
    }
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
            | Expr::Weekday { .. }
            | Expr::Season { .. }
            | Expr::DecadeWord(_)
            | Expr::Dct { fuzzy: false, .. }
    )
}

/// An expression starting exactly at token `i`.
pub fn core(cx: &Cx, i: usize) -> Option<M> {
    match cx.kind(i)? {
        TokKind::Num => numeric(cx, i),
        TokKind::Punct => apostrophe_decade(cx, i),
        TokKind::Word => {
            let w = cx.w(i);
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
                .or_else(|| holiday(cx, i))
                .or_else(|| relative::phrase(cx, i))
        }
    }
}

// ------------------------------------------------------------------ years and periods

/// A four-digit year token 1100..=2099 that is not part of a bigger number.
pub fn year_tok(cx: &Cx, k: usize) -> Option<i32> {
    let (y, n) = cx.digits(k)?;
    if n != 4 || !(1100..=2099).contains(&y) {
        return None;
    }
    // "1999.5", "2024:1", "2,0001", "1999%"
    let glued = |j: usize| cx.attached(j) && cx.kind(j) == Some(TokKind::Punct);
    if glued(k + 1)
        && (cx.is(k + 1, ".") || cx.is(k + 1, ",") || cx.is(k + 1, ":"))
        && cx.attached(k + 2)
        && cx.kind(k + 2) == Some(TokKind::Num)
    {
        return None;
    }
    if cx.is(k + 1, "%") {
        return None;
    }
    if k > 0 && cx.attached(k) && cx.kind(k - 1) == Some(TokKind::Punct) {
        let p = cx.raw(k - 1);
        if matches!(p, "$" | "£" | "€" | "¥" | "#" | "+" | "." | "," | ":" | "/" | "×" | "x") {
            return None;
        }
        if cx.is_dash(k - 1) && k >= 2 && cx.attached(k - 1) {
            let before = cx.w(k - 2);
            if cx.kind(k - 2) == Some(TokKind::Num)
                || !matches!(before, "pre" | "post" | "mid" | "early" | "late")
            {
                return None;
            }
        }
    }
    Some(y)
}

/// A year standing alone: also not money, a count, a label or a model number.
fn bare_year(cx: &Cx, k: usize) -> Option<i32> {
    let y = year_tok(cx, k)?;
    let prev = if k > 0 { cx.w(k - 1) } else { "" };
    if words::number_label(prev) || (k > 0 && cx.is(k - 1, ".") && k >= 2 && cx.w(k - 2) == "no") {
        return None;
    }
    let next = cx.w(k + 1);
    if words::counted_noun(next) || cx.is(k + 1, "-") && cx.attached(k + 1) && cx.is_word(k + 2) {
        return None;
    }
    // "1500 BC" (not a year of our calendar values), "1200°C", "1430 GMT".
    if matches!(next, "bc" | "bce" | "b") || cx.is(k + 1, "°") || cx.is(k + 1, "º") {
        return None;
    }
    // A name right before the number: "NGC 1300", "Vision 2030", "Windows 2000", "Euro 2024".
    // Not at the start of a sentence or after a time word ("In 2006", "Christmas 1914").
    if k >= 2 && cx.is_word(k - 1) && cx.capitalised(k - 1) {
        let time_word = time_preposition(prev)
            || words::determiner(prev)
            || matches!(
                prev,
                "for" | "ad" | "ce" | "fy" | "anno" | "year" | "summer" | "winter" | "spring" | "autumn"
            )
            || words::month(prev).is_some()
            || words::weekday(prev).is_some();
        if !time_word {
            return None;
        }
    }
    // "2000 soldiers" is a count; "the 2020 elections" and "in 2006 interviews" are years.
    let plural = cx.is_word(k + 1) && !cx.capitalised(k + 1) && next.len() > 3 && next.ends_with('s');
    let exempt = words::determiner(prev) || (time_preposition(prev) && !matches!(prev, "of" | "and" | "to"));
    if plural && !exempt {
        return None;
    }
    // "1,500" was split at the comma; a three-digit group glued after means a number.
    if cx.is(k + 1, ",") && cx.attached(k + 1) && cx.digits(k + 2).is_some_and(|(_, n)| n == 3) {
        return None;
    }
    Some(y)
}

/// Prepositions that introduce a time ("in", "by", "since", ...).
pub fn time_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "by"
            | "since"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "during"
            | "through"
            | "throughout"
            | "of"
            | "around"
            | "circa"
            | "between"
            | "and"
            | "to"
            | "on"
            | "at"
    )
}

/// "1980s", "1980’s", "’80s" at token `k`; returns the decade and the next token.
fn decade_at(cx: &Cx, k: usize) -> Option<(Point, usize)> {
    let raw = cx.raw(k);
    // "the 1500s" is a century; "the 2000s" (like "the 1980s") a decade.
    let period =
        |y: i32| if y % 100 == 0 && y < 2000 { Point::Century(y / 100) } else { Point::Decade(y / 10) };
    if cx.kind(k) == Some(TokKind::Num) && raw.len() == 5 && raw.ends_with('s') && raw.as_bytes()[3] == b'0' {
        let y: i32 = raw[..4].parse().ok()?;
        return (1000..2100).contains(&y).then_some((period(y), k + 1));
    }
    // "the 1980’s" is a decade; "2020’s pandemic" the year's.
    let introduced = k > 0 && (matches!(cx.w(k - 1), "the" | "early" | "late" | "mid") || cx.is_dash(k - 1));
    if let Some((y, 4)) = cx.digits(k)
        && introduced
        && y % 10 == 0
        && (1000..2100).contains(&y)
        && cx.is_apostrophe(k + 1)
        && cx.attached(k + 1)
        && cx.w(k + 2) == "s"
        && cx.attached(k + 2)
    {
        return Some((period(y), k + 3));
    }
    if cx.is_apostrophe(k) && cx.attached(k + 1) {
        let r = cx.raw(k + 1);
        if r.len() == 3 && r.ends_with('s') && r.as_bytes()[1] == b'0' {
            let d: i32 = r[..2].parse().ok()?;
            let century = if d <= 10 { 200 } else { 190 };
            return Some((Point::Decade(century + d / 10), k + 2));
        }
    }
    None
}

/// "19th century", "nineteenth century".
fn century_at(cx: &Cx, k: usize) -> Option<(Point, usize)> {
    let n = words::ordinal(cx.w(k))?;
    let mut j = k + 1;
    if cx.is_dash(j) && cx.attached(j) && cx.w(j + 1) == "century" {
        j += 1;
    }
    (cx.w(j) == "century" && (1..=21).contains(&n)).then_some((Point::Century(n - 1), j + 1))
}

/// "early"/"mid"/"late" in front of a period, with the token after it.
fn period_mod(cx: &Cx, k: usize) -> Option<(DateMod, usize)> {
    let m = match cx.w(k) {
        "early" => DateMod::Start,
        "mid" | "middle" => DateMod::Mid,
        "late" => DateMod::End,
        _ => return None,
    };
    let next = if cx.is_dash(k + 1) && cx.attached(k + 1) { k + 2 } else { k + 1 };
    Some((m, next))
}

/// A decade or century, optionally modified ("late 2000s", "the mid-1990s", "early 19th century").
fn period_at(cx: &Cx, k: usize) -> Option<(Point, Option<DateMod>, usize)> {
    let (m, j) = match period_mod(cx, k) {
        Some((m, j)) => (Some(m), j),
        None => (None, k),
    };
    let (p, end) = decade_at(cx, j).or_else(|| century_at(cx, j))?;
    Some((p, m, end))
}

/// "the ..." phrases: periods, "the end of the 19th century", quarters, seasons, "the
/// following spring", "the eighties", "the years after 9/11", "the moment".
fn the_phrase(cx: &Cx, i: usize) -> Option<M> {
    let j = i + 1;
    if let Some((p, m, end)) = period_at(cx, j) {
        return Some(M::new(i, end, Expr::Abs(p)).with_mod(m));
    }
    let w1 = cx.w(j);
    // the end / beginning / middle of the 19th century, of the year, of 2023
    let edge = match w1 {
        "end" | "close" => Some(DateMod::End),
        "beginning" | "start" | "dawn" => Some(DateMod::Start),
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
        return None;
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
    // the summer of 1952, the spring
    if let Some(s) = words::season(w1) {
        if cx.w(j + 1) == "of"
            && let Some(y) = year_tok(cx, j + 2)
        {
            return Some(M::new(i, j + 3, Expr::Abs(Point::Season(y, s))));
        }
        let prev = if i > 0 { cx.w(i - 1) } else { "" };
        if matches!(prev, "in" | "by" | "during" | "until" | "through" | "throughout" | "over") {
            return Some(M::new(i, j + 1, Expr::Season { season: s, rel: Rel::Bare }));
        }
        return None;
    }
    // the eighties, the early eighties
    let (dm, k) = match period_mod(cx, j) {
        Some((m, k)) => (Some(m), k),
        None => (None, j),
    };
    if let Some(d) = words::decade_word(cx.w(k)) {
        return Some(M::new(i, k + 1, Expr::DecadeWord(d)).with_mod(dm));
    }
    // the years after 9/11
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
        let inner = core(cx, k)?;
        if inner.start == k && matches!(inner.expr, Expr::Abs(_) | Expr::Named(_)) && inner.date_mod.is_none()
        {
            return Some(M { start: i, end: inner.end, expr: inner.expr, date_mod: Some(m), core: false });
        }
        return None;
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
    if w1 == "moment" && i > 0 && matches!(cx.w(i - 1), "at" | "for") && !matches!(cx.w(j + 1), "of" | "when")
    {
        return Some(M::new(i, j + 1, Expr::Present));
    }
    relative::the_phrase(cx, i)
}

// ------------------------------------------------------------------ numbers

fn numeric(cx: &Cx, i: usize) -> Option<M> {
    // 9/11
    if cx.digits(i) == Some((9, 1))
        && cx.is(i + 1, "/")
        && cx.attached(i + 1)
        && cx.digits(i + 2) == Some((11, 2))
        && cx.attached(i + 2)
        && !(cx.attached(i + 3) && (cx.is(i + 3, "/") || cx.is(i + 3, ".")))
        && !(i > 0 && cx.attached(i) && cx.kind(i - 1) == Some(TokKind::Punct) && !cx.is_apostrophe(i - 1))
    {
        return Some(M::new(i, i + 3, Expr::Named(Point::Day(2001, 9, 11))));
    }
    iso(cx, i)
        .or_else(|| slash_date(cx, i))
        .or_else(|| day_month(cx, i, i + 1))
        .or_else(|| year_range(cx, i))
        .or_else(|| decade_at(cx, i).map(|(p, end)| M::new(i, end, Expr::Abs(p))))
        .or_else(|| century_at(cx, i).map(|(p, end)| M::new(i, end, Expr::Abs(p))))
        .or_else(|| bare_year(cx, i).map(|y| M::new(i, i + 1, Expr::Abs(Point::Year(y)))))
}

/// 1999-05-14, 2021-06.
fn iso(cx: &Cx, i: usize) -> Option<M> {
    let y = year_tok(cx, i)?;
    if !(cx.is(i + 1, "-") && cx.attached(i + 1) && cx.attached(i + 2)) {
        return None;
    }
    let (m, 2) = cx.digits(i + 2)? else { return None };
    if cx.is(i + 3, "-") && cx.attached(i + 3) && cx.attached(i + 4) {
        let (d, 2) = cx.digits(i + 4)? else { return None };
        let (m, d) = (m as u32, d as u32);
        return valid_day(y, m, d).then(|| M::new(i, i + 5, Expr::Abs(Point::Day(y, m, d))));
    }
    let zero_led = cx.raw(i + 2).starts_with('0');
    (zero_led && (1..=12).contains(&m)).then(|| M::new(i, i + 3, Expr::Abs(Point::Month(y, m as u32))))
}

/// 14/05/1999 and 05/14/1999 (day and month told apart when one of them exceeds 12).
fn slash_date(cx: &Cx, i: usize) -> Option<M> {
    let (a, na) = cx.digits(i)?;
    let sep = cx.raw(i + 1);
    if na > 2 || !(sep == "/" || sep == ".") || !cx.attached(i + 1) || !cx.attached(i + 2) {
        return None;
    }
    let (b, nb) = cx.digits(i + 2)?;
    if nb > 2 || cx.raw(i + 3) != sep || !cx.attached(i + 3) || !cx.attached(i + 4) {
        return None;
    }
    let y = cx.digits(i + 4).filter(|&(y, n)| n == 4 && (1100..=2099).contains(&y))?.0;
    if cx.attached(i + 5) && (cx.is(i + 5, "/") || cx.is(i + 5, ".")) && cx.attached(i + 6) {
        return None;
    }
    let (a, b) = (a as u32, b as u32);
    let expr = if a > 12 || a == b {
        valid_day(y, b, a).then_some(Expr::Abs(Point::Day(y, b, a)))
    } else if b > 12 {
        valid_day(y, a, b).then_some(Expr::Abs(Point::Day(y, a, b)))
    } else {
        (a >= 1 && b >= 1).then_some(Expr::Ambiguous)
    }?;
    Some(M::new(i, i + 5, expr))
}

/// An ordinal day written in words ("eleventh", "twenty-fourth"), with the token after it.
fn day_words(cx: &Cx, k: usize) -> Option<(u32, usize)> {
    let w = cx.w(k);
    let tens = match w {
        "twenty" => 20,
        "thirty" => 30,
        _ => {
            let n = words::ordinal(w).filter(|_| cx.is_word(k))?;
            return (1..=31).contains(&n).then_some((n as u32, k + 1));
        }
    };
    let j = if cx.is_dash(k + 1) && cx.attached(k + 1) { k + 2 } else { k + 1 };
    let units = words::ordinal(cx.w(j)).filter(|u| (1..=9).contains(u) && cx.is_word(j))?;
    let n = tens + units;
    (n <= 31).then_some((n as u32, j + 1))
}

/// A day-of-month token ("14", "14th", "9th") at `k`.
fn day_tok(cx: &Cx, k: usize) -> Option<u32> {
    let d = match cx.digits(k) {
        Some((d, n)) if n <= 2 => d,
        Some(_) => return None,
        None => words::ordinal(cx.w(k)).filter(|_| cx.kind(k) == Some(TokKind::Num))?,
    };
    (1..=31).contains(&d).then_some(d as u32)
}

/// Skips the full stop of an abbreviated month ("Sept."), never a sentence's full stop.
fn after_month(cx: &Cx, k: usize) -> usize {
    let abbrev = words::is_month_abbrev(cx.w(k));
    if abbrev && cx.is(k + 1, ".") && cx.attached(k + 1) && k + 2 < cx.len() { k + 2 } else { k + 1 }
}

/// "14 May 1999", "14 May" — day at `i`, month at `mk`.
fn day_month(cx: &Cx, i: usize, mk: usize) -> Option<M> {
    let d = day_tok(cx, i)?;
    let m = words::month(cx.w(mk)).filter(|_| cx.capitalised(mk))?;
    let mut k = after_month(cx, mk);
    if cx.is(k, ",") {
        k += 1;
    }
    if let Some(y) = year_tok(cx, k) {
        return valid_day(y, m, d).then(|| M::new(i, k + 1, Expr::Abs(Point::Day(y, m, d))));
    }
    let end = after_month(cx, mk);
    (d <= super::calendar::days_in_month(2000, m)).then(|| M::new(i, end, Expr::MonthDay(m, d)))
}

/// "1914–18", "1998-99", "2001/02".
fn year_range(cx: &Cx, i: usize) -> Option<M> {
    let y = year_tok(cx, i)?;
    if !((cx.is_dash(i + 1) || cx.is(i + 1, "/")) && cx.attached(i + 1) && cx.attached(i + 2)) {
        return None;
    }
    let (b, n) = cx.digits(i + 2)?;
    let to = match n {
        2 => y - y % 100 + b,
        4 => b,
        _ => return None,
    };
    if to <= y || to - y > 99 || (cx.is_dash(i + 3) && cx.attached(i + 3)) {
        return None;
    }
    Some(M::new(i, i + 3, Expr::YearRange(y, to)))
}

/// "’80s".
fn apostrophe_decade(cx: &Cx, i: usize) -> Option<M> {
    let (p, end) = decade_at(cx, i)?;
    Some(M::new(i, end, Expr::Abs(p)))
}

// ------------------------------------------------------------------ names

/// "May 1999", "May 14, 1999", "February of 2020", "November 9", "in November".
fn month_phrase(cx: &Cx, i: usize) -> Option<M> {
    let w = cx.w(i);
    let m = words::month(w).filter(|_| cx.capitalised(i))?;
    let k = after_month(cx, i);
    if let Some(d) = day_tok(cx, k)
        && !(cx.attached(k + 1) && (cx.is(k + 1, ":") || cx.is(k + 1, ".")) && cx.attached(k + 2))
        && !words::counted_noun(cx.w(k + 1))
    {
        let mut j = k + 1;
        if cx.is(j, ",") {
            j += 1;
        }
        if let Some(y) = year_tok(cx, j) {
            return valid_day(y, m, d).then(|| M::new(i, j + 1, Expr::Abs(Point::Day(y, m, d))));
        }
        return (d <= super::calendar::days_in_month(2000, m))
            .then(|| M::new(i, k + 1, Expr::MonthDay(m, d)));
    }
    let j = if cx.w(k) == "of" { k + 1 } else { k };
    if let Some(y) = year_tok(cx, j) {
        return Some(M::new(i, j + 1, Expr::Abs(Point::Month(y, m))));
    }
    // "June, 1970" — but not "in June, 2000 people came".
    if cx.is(k, ",")
        && let Some(y) = bare_year(cx, k + 1)
    {
        return Some(M::new(i, k + 2, Expr::Abs(Point::Month(y, m))));
    }
    // A month alone must be introduced like a time and not be a name ("April Jones").
    if words::is_month_abbrev(w) || w == "may" || (cx.is_word(k) && cx.capitalised(k)) {
        return None;
    }
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    let rel = match prev {
        "last" => Rel::Last,
        "next" => Rel::Next,
        "this" => Rel::This,
        _ => Rel::Bare,
    };
    if rel != Rel::Bare {
        return Some(M::new(i - 1, k, Expr::Month { month: m, rel }));
    }
    let ok = matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "before"
            | "after"
            | "during"
            | "through"
            | "of"
            | "that"
            | "early"
            | "late"
            | "mid"
            | "end"
            | "and"
    ) || (prev == "-" && i >= 2 && cx.w(i - 2) == "mid");
    ok.then(|| M::new(i, k, Expr::Month { month: m, rel: Rel::Bare }))
}

/// "Saturday, 14 October 2023", "Saturday, 21 October", "on Tuesday", "next Wednesday".
fn weekday_phrase(cx: &Cx, i: usize) -> Option<M> {
    let wd = words::weekday(cx.w(i)).filter(|_| cx.capitalised(i))?;
    let k = if cx.is(i + 1, ",") { i + 2 } else { i + 1 };
    if let Some(m) = day_month(cx, k, k + 1).or_else(|| month_phrase(cx, k))
        && matches!(m.expr, Expr::Abs(Point::Day(..)) | Expr::MonthDay(..))
    {
        return Some(M { start: i, ..m });
    }
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    // "the Sunday Times", "a Monday Club" are names.
    if matches!(prev, "the" | "a") && cx.is_word(i + 1) && cx.capitalised(i + 1) {
        return None;
    }
    let rel = match prev {
        "last" => Rel::Last,
        "next" => Rel::Next,
        "this" => Rel::This,
        _ => Rel::Bare,
    };
    let start = if rel == Rel::Bare { i } else { i - 1 };
    Some(M::new(start, i + 1, Expr::Weekday { wd, rel }))
}

/// "late 2023", "early March", "mid-2019", "late 1990s" (without "the").
fn modified_period(cx: &Cx, i: usize) -> Option<M> {
    let (dm, k) = period_mod(cx, i)?;
    if let Some((p, _, end)) = period_at(cx, k) {
        return Some(M::new(i, end, Expr::Abs(p)).with_mod(Some(dm)));
    }
    if let Some(y) = year_tok(cx, k) {
        return Some(M::new(i, k + 1, Expr::Abs(Point::Year(y))).with_mod(Some(dm)));
    }
    let m = month_phrase(cx, k)?;
    matches!(m.expr, Expr::Abs(Point::Month(..)) | Expr::Month { .. })
        .then(|| M { start: i, ..m }.with_mod(Some(dm)))
}

/// "summer 2005", "spring of 1842", "fall 2005"; a bare "autumn" after "by"/"in".
fn season_phrase(cx: &Cx, i: usize) -> Option<M> {
    let w = cx.w(i);
    let s = if w == "fall" { Season::Autumn } else { words::season(w)? };
    let k = if cx.w(i + 1) == "of" { i + 2 } else { i + 1 };
    if let Some(y) = year_tok(cx, k) {
        return Some(M::new(i, k + 1, Expr::Abs(Point::Season(y, s))));
    }
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    let ok = w != "fall" && matches!(prev, "in" | "by" | "until" | "since" | "during" | "through" | "till");
    ok.then(|| M::new(i, i + 1, Expr::Season { season: s, rel: Rel::Bare }))
}

/// "Q3 2025".
fn quarter(cx: &Cx, i: usize) -> Option<M> {
    let w = cx.w(i);
    let q = match w {
        "q1" => 1,
        "q2" => 2,
        "q3" => 3,
        "q4" => 4,
        _ => return None,
    };
    let y = year_tok(cx, i + 1)?;
    Some(M::new(i, i + 2, Expr::Abs(Point::Quarter(y, q))))
}

/// "Christmas Eve 1952", "Christmas Day", "New Year’s Day 2000".
fn holiday(cx: &Cx, i: usize) -> Option<M> {
    let (k, month, day) = match cx.w(i) {
        "christmas" => match cx.w(i + 1) {
            "eve" => (i + 2, 12, 24),
            "day" => (i + 2, 12, 25),
            _ => (i + 1, 12, 25),
        },
        "new" if cx.w(i + 1) == "year" && cx.is_apostrophe(i + 2) && cx.w(i + 3) == "s" => {
            match cx.w(i + 4) {
                "eve" => (i + 5, 12, 31),
                "day" => (i + 5, 1, 1),
                _ => return None,
            }
        }
        _ => return None,
    };
    if !cx.capitalised(i) {
        return None;
    }
    if let Some(y) = year_tok(cx, k) {
        return Some(M::new(i, k + 1, Expr::Abs(Point::Day(y, month, day))));
    }
    // Without a year only the named day itself ("Christmas Eve"), not "Christmas cards".
    (k > i + 1).then(|| M::new(i, k, Expr::MonthDay(month, day)))
}

// ------------------------------------------------------------------ tense

/// The tense of the clause around tokens `start..end`: future cues win over past ones;
/// clauses end at punctuation other than hyphens and apostrophes.
fn tense(cx: &Cx, start: usize, end: usize) -> Tense {
    let boundary = |j: usize| {
        cx.kind(j) == Some(TokKind::Punct) && !cx.is(j, "-") && !cx.is_apostrophe(j)
            || matches!(cx.w(j), "that" | "while" | "but" | "when")
    };
    let mut from = start;
    while from > 0 && !boundary(from - 1) {
        from -= 1;
    }
    let mut to = end;
    while to < cx.len() && !boundary(to) {
        to += 1;
    }
    let clause = (from..start).chain(end..to);
    let mut past = false;
    for j in clause {
        let w = cx.w(j);
        if words::future_cue(w) {
            return Tense::Future;
        }
        past |= words::past_cue(w) || words::regular_past(w);
    }
    if past { Tense::Past } else { Tense::Unknown }
}
