//! Feasts and holidays with a known date: fixed ones ("Christmas Day", "New Year's Day",
//! "May Day", "Bastille Day", "Bonfire Night"), those counted from Easter ("Good Friday",
//! "Whit Sunday"; Easter itself by the Gregorian computus) and those on a weekday of a month
//! ("Labor Day", the first Monday of September).
//!
//! The names are data ([`FEASTS`], each with its rule); a name of one word ("Christmas",
//! "Easter") is a date only where it is introduced like one ("before Christmas", "since
//! Easter") and not a modifier ("Christmas cards", "Easter Island"). With a year after it the
//! feast is a full date; without, a fixed feast is a day of a month ([`Expr::MonthDay`]) and a
//! movable one an [`Expr::Feast`], which the resolver dates once it knows the year.

use super::calendar::{Point, days_in_month, weekday};
use super::expr::{Expr, M};
use super::numbers::year_tok;
use super::tokens::Cx;
use super::words;

/// How a feast's day is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// Days after (or before) Easter Sunday.
    Easter(i32),
    /// The `n`th weekday `wd` (0 = Monday) of a month; `n = -1` the last.
    Nth { month: u32, wd: u32, n: i32 },
}

impl Rule {
    /// The feast's (month, day) in year `y`.
    pub fn date(self, y: i32) -> (u32, u32) {
        match self {
            Rule::Fixed(m, d) => (m, d),
            Rule::Easter(k) => {
                let (m, d) = easter(y);
                let (_, m, d) = super::calendar::add_days(y, m, d, i64::from(k));
                (m, d)
            }
            Rule::Nth { month, wd, n } => {
                let first = (wd + 7 - weekday(y, month, 1)) % 7 + 1;
                let last_day = days_in_month(y, month);
                let d = if n > 0 { first + 7 * (n as u32 - 1) } else { first + 7 * ((last_day - first) / 7) };
                (month, d.min(last_day))
            }
        }
    }
}

/// Easter Sunday of year `y` (Gregorian; the anonymous "Meeus/Jones/Butcher" computus).
pub fn easter(y: i32) -> (u32, u32) {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    (month as u32, day as u32)
}

/// The feasts, longest names first where one begins another ("Christmas Eve" before
/// "Christmas"). Words are written lower-case; "'s" and a trailing "'" stand for the
/// apostrophe tokens, "st" also matches "St.". Source: the Gregorian calendar, the Book of
/// Common Prayer's table of movable feasts, and the public holidays of the UK, Ireland,
/// France and the US.
pub const FEASTS: [(&str, Rule); 47] = [
    ("christmas eve", Rule::Fixed(12, 24)),
    ("christmas day", Rule::Fixed(12, 25)),
    ("christmas", Rule::Fixed(12, 25)),
    ("boxing day", Rule::Fixed(12, 26)),
    ("new year's eve", Rule::Fixed(12, 31)),
    ("new year's day", Rule::Fixed(1, 1)),
    ("hogmanay", Rule::Fixed(12, 31)),
    ("twelfth night", Rule::Fixed(1, 5)),
    ("epiphany", Rule::Fixed(1, 6)),
    ("candlemas", Rule::Fixed(2, 2)),
    ("valentine's day", Rule::Fixed(2, 14)),
    ("st valentine's day", Rule::Fixed(2, 14)),
    ("saint valentine's day", Rule::Fixed(2, 14)),
    ("st david's day", Rule::Fixed(3, 1)),
    ("st patrick's day", Rule::Fixed(3, 17)),
    ("saint patrick's day", Rule::Fixed(3, 17)),
    ("st george's day", Rule::Fixed(4, 23)),
    ("may day", Rule::Fixed(5, 1)),
    ("midsummer day", Rule::Fixed(6, 24)),
    ("midsummer's day", Rule::Fixed(6, 24)),
    ("bastille day", Rule::Fixed(7, 14)),
    ("lammas", Rule::Fixed(8, 1)),
    ("michaelmas", Rule::Fixed(9, 29)),
    ("halloween", Rule::Fixed(10, 31)),
    ("all saints' day", Rule::Fixed(11, 1)),
    ("all souls' day", Rule::Fixed(11, 2)),
    ("bonfire night", Rule::Fixed(11, 5)),
    ("guy fawkes night", Rule::Fixed(11, 5)),
    ("armistice day", Rule::Fixed(11, 11)),
    ("remembrance day", Rule::Fixed(11, 11)),
    ("st andrew's day", Rule::Fixed(11, 30)),
    ("shrove tuesday", Rule::Easter(-47)),
    ("ash wednesday", Rule::Easter(-46)),
    ("palm sunday", Rule::Easter(-7)),
    ("maundy thursday", Rule::Easter(-3)),
    ("good friday", Rule::Easter(-2)),
    ("easter sunday", Rule::Easter(0)),
    ("easter day", Rule::Easter(0)),
    ("easter monday", Rule::Easter(1)),
    ("easter", Rule::Easter(0)),
    ("ascension day", Rule::Easter(39)),
    ("whit sunday", Rule::Easter(49)),
    ("whitsunday", Rule::Easter(49)),
    ("pentecost", Rule::Easter(49)),
    ("memorial day", Rule::Nth { month: 5, wd: 0, n: -1 }),
    ("labor day", Rule::Nth { month: 9, wd: 0, n: 1 }),
    ("thanksgiving", Rule::Nth { month: 11, wd: 3, n: 4 }),
];

/// A feast at token `i`: "Good Friday 1998", "Christmas Day", "since Easter", "after Labor
/// Day".
pub fn feast(cx: &Cx, i: usize) -> Option<M> {
    if !cx.capitalised(i) {
        return None;
    }
    let (end, rule, one_word) = FEASTS.iter().find_map(|(name, rule)| {
        let end = matches_name(cx, i, name)?;
        Some((end, *rule, !name.contains(' ')))
    })?;
    if let Some(y) = year_tok(cx, end) {
        let (m, d) = rule.date(y);
        return Some(M::new(i, end + 1, Expr::Abs(Point::Day(y, m, d))));
    }
    if one_word && !introduced(cx, i, end) {
        return None;
    }
    let expr = match rule {
        Rule::Fixed(m, d) => Expr::MonthDay(m, d),
        _ => Expr::Feast(rule),
    };
    Some(M::new(i, end, expr))
}

/// The token after `name` when the tokens from `i` spell it.
fn matches_name(cx: &Cx, i: usize, name: &str) -> Option<usize> {
    let mut j = i;
    for part in name.split(' ') {
        let (stem, tail) = match part.strip_suffix("'s") {
            Some(stem) => (stem, Some("s")),
            None => match part.strip_suffix('\'') {
                Some(stem) => (stem, Some("")),
                None => (part, None),
            },
        };
        if cx.w(j) != stem {
            return None;
        }
        j += 1;
        if stem == "st" && cx.is(j, ".") {
            j += 1;
        }
        match tail {
            Some(s) if cx.is_apostrophe(j) => {
                j += 1;
                if !s.is_empty() {
                    if cx.w(j) != s {
                        return None;
                    }
                    j += 1;
                }
            }
            Some(_) => return None,
            None => {}
        }
    }
    Some(j)
}

/// A one-word feast is a time after a preposition or "this"/"last"/"next" and when no noun
/// follows it: "before Christmas", "at Easter", not "Christmas cards" or "Easter Island".
fn introduced(cx: &Cx, i: usize, end: usize) -> bool {
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    let intro = matches!(
        prev,
        "before"
            | "after"
            | "since"
            | "until"
            | "till"
            | "by"
            | "at"
            | "over"
            | "for"
            | "on"
            | "around"
            | "from"
            | "to"
            | "this"
            | "last"
            | "next"
            | "of"
            | "during"
    );
    let noun_after = cx.is_word(end) && (cx.capitalised(end) || !words::is_function_word(cx.w(end)));
    intro && !noun_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_and_the_feasts_counted_from_it() {
        assert_eq!(easter(2024), (3, 31));
        assert_eq!(easter(2026), (4, 5));
        assert_eq!(easter(1916), (4, 23));
        assert_eq!(easter(2000), (4, 23));
        assert_eq!(Rule::Easter(-2).date(2024), (3, 29));
        assert_eq!(Rule::Easter(49).date(2024), (5, 19));
    }

    #[test]
    fn weekday_feasts() {
        assert_eq!(Rule::Nth { month: 9, wd: 0, n: 1 }.date(1931), (9, 7));
        assert_eq!(Rule::Nth { month: 11, wd: 3, n: 4 }.date(2024), (11, 28));
        assert_eq!(Rule::Nth { month: 5, wd: 0, n: -1 }.date(2024), (5, 27));
    }

    #[test]
    fn every_feast_starts_the_scan() {
        for (name, _) in FEASTS {
            let first = name.split(' ').next().unwrap().trim_end_matches("'s");
            assert!(super::super::words::may_start(first), "{name}");
        }
    }
}
