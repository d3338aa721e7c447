//! Dates built on names: months ("May 1999", "November 9", "in November"), weekdays
//! ("Saturday, 14 October 2023", "on Tuesday"), seasons ("the summer of 1952", "by
//! autumn"), quarters ("Q3 2025") and modified periods
//! ("late 2023", "mid-March"); feasts ("Christmas Eve 1952") are in [`super::feasts`].
//!
//! Name words double as ordinary words ("may", "March on", "April Jones", "the Sunday
//! Times"), so a bare name is taken only where it is introduced like a time.

use super::calendar::{Point, Season, valid_day};
use super::expr::{Expr, M, Rel};
use super::numbers::{after_month, bare_year, day_month, day_tok, period_at, period_mod, year_tok};
use super::tokens::Cx;
use super::words;

/// "May 1999", "May 14, 1999", "February of 2020", "November 9", "in November".
pub fn month_phrase(cx: &Cx, i: usize) -> Option<M> {
    let w = cx.w(i);
    let m = words::month(w).filter(|_| cx.capitalised(i))?;
    let k = after_month(cx, i);
    if let Some(d) = day_tok(cx, k)
        && !(cx.attached(k + 1) && (cx.is(k + 1, ":") || cx.is(k + 1, ".")) && cx.attached(k + 2))
        && !words::counted_noun(cx.w(k + 1))
        && !count_after_in(cx, i, k)
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
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    // "May" alone only right after a word that introduces a time ("in May", "since May").
    let may_ok = matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "from"
            | "during"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "before"
            | "after"
            | "through"
    );
    // "since May became prime minister", "after June said": a person, not a month.
    let next = cx.w(k);
    let verb_next = cx.is_word(k)
        && (words::regular_past(next)
            || next == "says"
            || words::past_cue(next) && !matches!(next, "last" | "earlier" | "ago" | "yesterday"));
    if words::is_month_abbrev(w)
        || (w == "may" && !may_ok)
        || (cx.is_word(k) && cx.capitalised(k))
        || verb_next
    {
        return None;
    }
    if complementizer(cx, i) {
        return None;
    }
    let rel = rel_of(prev);
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
pub fn weekday_phrase(cx: &Cx, i: usize) -> Option<M> {
    let wd = words::weekday(cx.w(i)).filter(|_| cx.capitalised(i))?;
    let k = if cx.is(i + 1, ",") { i + 2 } else { i + 1 };
    if let Some(m) = day_month(cx, k, k + 1).or_else(|| month_phrase(cx, k))
        && matches!(m.expr, Expr::Abs(Point::Day(..)) | Expr::MonthDay(..))
    {
        return Some(M { start: i, ..m });
    }
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    // "the Sunday Times", "a Monday Club" are names.
    if matches!(prev, "the" | "a") && cx.is_word(i + 1) && cx.capitalised(i + 1) || complementizer(cx, i) {
        return None;
    }
    // "her Sunday dress", "whose Friday residency": a weekday owned is a kind of day, no date
    if matches!(prev, "my" | "your" | "his" | "her" | "its" | "our" | "their" | "whose") {
        return None;
    }
    // "on Tuesday the 30th ult.": the day of the month says which Tuesday
    if cx.w(i + 1) == "the"
        && let Some(m) = super::scan::day_of_month(cx, i + 1)
    {
        return Some(M { start: i, ..m });
    }
    // "falls on Sunday week": a week after the coming Sunday
    if cx.w(i + 1) == "week" && !cx.is_word(i + 2) && !matches!(prev, "last" | "next" | "this" | "that") {
        return Some(M::new(i, i + 2, Expr::Weekday { wd, rel: Rel::WeekAfter }));
    }
    let rel = rel_of(prev);
    let start = if rel == Rel::Bare { i } else { i - 1 };
    // "Tuesday night", "Friday afternoon": the part of the day belongs to the expression
    let end =
        if matches!(cx.w(i + 1), "morning" | "afternoon" | "evening" | "night") { i + 2 } else { i + 1 };
    Some(M::new(start, end, Expr::Weekday { wd, rel }))
}

/// "late 2023", "early March", "mid-2019", "late 1990s" (without "the").
pub fn modified_period(cx: &Cx, i: usize) -> Option<M> {
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
pub fn season_phrase(cx: &Cx, i: usize) -> Option<M> {
    let w = cx.w(i);
    let s = if w == "fall" { Season::Autumn } else { words::season(w)? };
    let k = if cx.w(i + 1) == "of" { i + 2 } else { i + 1 };
    if let Some(y) = year_tok(cx, k) {
        return Some(M::new(i, k + 1, Expr::Abs(Point::Season(y, s))));
    }
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    let introduced = |w: &str| matches!(w, "in" | "by" | "until" | "since" | "during" | "through" | "till");
    let ok = w != "fall" && introduced(prev);
    // "since the summer", "until the winter": the season, not "the summer months"
    let the = w != "fall"
        && prev == "the"
        && i >= 2
        && introduced(cx.w(i - 2))
        && (!cx.is_word(i + 1) || words::is_function_word(cx.w(i + 1)) && cx.w(i + 1) != "of")
        && !cx.is_apostrophe(i + 1);
    if the {
        return Some(M::new(i - 1, i + 1, Expr::Season { season: s, rel: Rel::Bare }));
    }
    // "The project began that summer": the narrative's summer
    if w != "fall"
        && prev == "that"
        && !cx.is_apostrophe(i + 1)
        && year_tok(cx, i + 1).is_none()
        && !complementizer(cx, i)
    {
        return Some(M::new(i - 1, i + 1, Expr::Season { season: s, rel: Rel::That }));
    }
    ok.then(|| M::new(i, i + 1, Expr::Season { season: s, rel: Rel::Bare }))
}

/// "Q3 2025".
pub fn quarter(cx: &Cx, i: usize) -> Option<M> {
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

/// The relation a word before a month or weekday sets: "last May", "next Tuesday".
/// "knows that winter is for sleeping", "mind that Sunday Club are playing": "that" opening a
/// clause whose subject is the name, not pointing at a time.
pub fn complementizer(cx: &Cx, i: usize) -> bool {
    i > 0
        && cx.w(i - 1) == "that"
        && (matches!(
            cx.w(i + 1),
            "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would" | "can" | "could"
        ) || cx.is_word(i + 1) && cx.capitalised(i + 1))
}

fn rel_of(prev: &str) -> Rel {
    match prev {
        "last" => Rel::Last,
        "next" => Rel::Next,
        "this" => Rel::This,
        "that" => Rel::That,
        "following" => Rel::Following,
        _ => Rel::Bare,
    }
}

/// "In April 12 members resigned": after "in" a month and a number before a plural noun is
/// the month and a count ("on April 12 officials said" is a date).
fn count_after_in(cx: &Cx, i: usize, k: usize) -> bool {
    let w = cx.w(k + 1);
    i > 0
        && matches!(cx.w(i - 1), "in" | "during")
        && cx.is_word(k + 1)
        && !cx.capitalised(k + 1)
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !words::is_function_word(w)
}
