//! Numbers that are dates: years (told apart from money, counts, labels and model
//! numbers), decades and centuries with their "early"/"mid"/"late" modifiers, ISO and
//! slashed dates, day-month dates, year ranges ("1914–18").
//!
//! A four-digit number is the commonest false date, so every check a reader makes before
//! taking "2000" as a year lives here, next to the shapes that use it.

use super::calendar::{Point, valid_day};
use super::expr::{Expr, M};
use super::tokens::{Cx, TokKind};
use super::words;
use crate::analysis::DateMod;

/// The latest year read in figures: science fiction and long-range plans name years far
/// ahead ("on 17 April 2291", "by 2100").
pub const MAX_YEAR: i32 = 2999;
/// Years from here on are rare enough that, standing alone, they must be introduced like a
/// year ("in 2283", "by 2100"), as those of the eleventh century must: "2400 volts" is none.
const FAR_YEAR: i32 = 2100;

/// A four-digit year token 1000..=[`MAX_YEAR`] that is not part of a bigger number (a year
/// of the eleventh century or from [`FAR_YEAR`] on, standing alone, must also be introduced
/// like one: see [`bare_year`]).
pub fn year_tok(cx: &Cx, k: usize) -> Option<i32> {
    let (y, n) = cx.digits(k)?;
    if n != 4 || !(1000..=MAX_YEAR).contains(&y) {
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
pub fn bare_year(cx: &Cx, k: usize) -> Option<i32> {
    let y = year_tok(cx, k)?;
    let prev = if k > 0 { cx.w(k - 1) } else { "" };
    // "1024 bytes", "up to 1050 people": below 1100 (or from 2100) a number is a count unless
    // introduced by a time word ("in 1030", "since 1071", "in 2283")
    // ("from 1004 to 1019": "to" after another year)
    let after_year = prev == "to" && k >= 2 && cx.digits(k - 2).is_some_and(|(_, n)| n == 4);
    if !(1100..FAR_YEAR).contains(&y)
        && !after_year
        && !matches!(
            prev,
            "in" | "since"
                | "by"
                | "until"
                | "till"
                | "before"
                | "after"
                | "during"
                | "circa"
                | "c"
                | "of"
                | "from"
        )
    {
        return None;
    }
    if words::number_label(prev) || (k > 0 && cx.is(k - 1, ".") && k >= 2 && cx.w(k - 2) == "no") {
        return None;
    }
    let next = cx.w(k + 1);
    if words::counted_noun(next) || cx.is(k + 1, "-") && cx.attached(k + 1) && cx.is_word(k + 2) {
        return None;
    }
    // "asteroid 2019 GT3", "2024 YR4": a designation, not a year.
    let code = cx.raw(k + 1);
    if cx.is_word(k + 1)
        && code.len() >= 2
        && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && code.bytes().any(|b| b.is_ascii_digit())
    {
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
                "for"
                    | "ad"
                    | "ce"
                    | "fy"
                    | "anno"
                    | "year"
                    // "the Landlord and Tenant Act 1954": a statute is named by its year
                    | "act"
                    | "summer"
                    | "winter"
                    | "spring"
                    | "autumn"
                    | "fall"
                    | "easter"
                    | "thanksgiving"
                    | "ramadan"
                    | "hanukkah"
                    | "diwali"
                    | "halloween"
                    | "passover"
                    | "eid"
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
pub fn decade_at(cx: &Cx, k: usize) -> Option<(Point, usize)> {
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
    // "the 90s" without an apostrophe.
    if introduced && raw.len() == 3 && raw.ends_with('s') && raw.as_bytes()[1] == b'0' {
        let d: i32 = raw[..2].parse().ok()?;
        let century = if d <= 10 { 200 } else { 190 };
        return Some((Point::Decade(century + d / 10), k + 1));
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
pub fn century_at(cx: &Cx, k: usize) -> Option<(Point, usize)> {
    let n = words::ordinal(cx.w(k))?;
    let mut j = k + 1;
    if cx.is_dash(j) && cx.attached(j) && cx.w(j + 1) == "century" {
        j += 1;
    }
    // "the 5th century BC" is not a value of our calendar.
    let bc = matches!(cx.w(j + 1), "bc" | "bce");
    // ("the twelfth and thirteenth centuries": the plural names each)
    (matches!(cx.w(j), "century" | "centuries") && (1..=21).contains(&n) && !bc)
        .then_some((Point::Century(n - 1), j + 1))
}

/// "early"/"mid"/"late" in front of a period, with the token after it.
pub fn period_mod(cx: &Cx, k: usize) -> Option<(DateMod, usize)> {
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
pub fn period_at(cx: &Cx, k: usize) -> Option<(Point, Option<DateMod>, usize)> {
    let (m, j) = match period_mod(cx, k) {
        Some((m, j)) => (Some(m), j),
        None => (None, k),
    };
    let (p, end) = decade_at(cx, j).or_else(|| century_at(cx, j))?;
    Some((p, m, end))
}

pub fn numeric(cx: &Cx, i: usize) -> Option<M> {
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
        .or_else(|| listed_day(cx, i))
        .or_else(|| year_range(cx, i))
        .or_else(|| decade_at(cx, i).map(|(p, end)| M::new(i, end, Expr::Abs(p))))
        .or_else(|| century_at(cx, i).map(|(p, end)| M::new(i, end, Expr::Abs(p))))
        .or_else(|| bare_year(cx, i).map(|y| M::new(i, i + 1, Expr::Abs(Point::Year(y)))))
}

/// 1999-05-14, 2021-06.
pub fn iso(cx: &Cx, i: usize) -> Option<M> {
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
pub fn slash_date(cx: &Cx, i: usize) -> Option<M> {
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
pub fn day_words(cx: &Cx, k: usize) -> Option<(u32, usize)> {
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
pub fn day_tok(cx: &Cx, k: usize) -> Option<u32> {
    let d = match cx.digits(k) {
        Some((d, n)) if n <= 2 => d,
        Some(_) => return None,
        None => words::ordinal(cx.w(k)).filter(|_| cx.kind(k) == Some(TokKind::Num))?,
    };
    (1..=31).contains(&d).then_some(d as u32)
}

/// Skips the full stop of an abbreviated month ("Sept."), never a sentence's full stop.
pub fn after_month(cx: &Cx, k: usize) -> usize {
    let abbrev = words::is_month_abbrev(cx.w(k));
    if abbrev && cx.is(k + 1, ".") && cx.attached(k + 1) && k + 2 < cx.len() { k + 2 } else { k + 1 }
}

/// "14 May 1999", "14 May" — day at `i`, month at `mk`.
pub fn day_month(cx: &Cx, i: usize, mk: usize) -> Option<M> {
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

/// How many days a list before its month may name ("On: 2, 3 and 4 September 2025").
const LISTED_DAYS: usize = 6;

/// A day listed before another that carries the month: "2" and "3" in "on 2, 3 and 4
/// September 2025" (each its own item, dated by the month and year at the list's end); the
/// days rising, joined by commas and "and", at most [`LISTED_DAYS`] of them.
fn listed_day(cx: &Cx, i: usize) -> Option<M> {
    let d = day_tok(cx, i)?;
    let (mut j, mut last) = (i + 1, d);
    for _ in 0..LISTED_DAYS {
        let mut joined = false;
        while cx.is(j, ",") || matches!(cx.w(j), "and" | "&") {
            (j, joined) = (j + 1, true);
        }
        let next = day_tok(cx, j).filter(|&n| joined && n > last)?;
        if let Some(m) = day_month(cx, j, j + 1) {
            let expr = match m.expr {
                Expr::Abs(Point::Day(y, mo, _)) => {
                    valid_day(y, mo, d).then_some(Expr::Abs(Point::Day(y, mo, d)))
                }
                Expr::MonthDay(mo, _) => Some(Expr::MonthDay(mo, d)),
                _ => None,
            }?;
            return Some(M::new(i, i + 1, expr));
        }
        (j, last) = (j + 1, next);
    }
    None
}

/// "1914–18", "1998-99", "2001/02".
pub fn year_range(cx: &Cx, i: usize) -> Option<M> {
    let y = year_tok(cx, i)?;
    // "1000–1050 words", "2400–2600 metres" are counts
    let introduced = i > 0 && time_preposition(cx.w(i - 1));
    if !(1100..FAR_YEAR).contains(&y) && !introduced {
        return None;
    }
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
pub fn apostrophe_decade(cx: &Cx, i: usize) -> Option<M> {
    let (p, end) = decade_at(cx, i)?;
    Some(M::new(i, end, Expr::Abs(p)))
}
