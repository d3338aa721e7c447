//! How sure the document-date estimate must be, per kind of evidence, and the one kind of
//! evidence read here: a yearless date told with its weekday ("on Monday, March 2").
//!
//! One threshold for every estimate was wrong both ways: the weak "latest year the text
//! reports" was right 11 of 11 times on the tuning texts under 0.85 but 5 of 10 on blind
//! text (a 2026 long-read about 2024 events, a 2027 election story), while the strong
//! implied presents ("the centenary of the 1926 lease", an age and a birth year) are right
//! at 0.75. So each kind of evidence has its own bar in [`BARS`], with the reason: the latest
//! year is a lower bound of the date, not the date, and is never believed alone; a present
//! the text implies, or a weekday that fixes the year of a date, is. Under the bar the date
//! is unknown, and deictic words then keep no calendar value.

use super::Hit;
use super::calendar::{Point, valid_day, weekday};
use super::scan::Expr;
use crate::document::Document;

/// The kinds of evidence an estimated document date rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The latest year the text reports (not forecasts), weighed by [`super::dct::EVIDENCE`].
    Latest,
    /// A present the text implies: "N years since X", an age and a birth year, an
    /// anniversary, "seven years ago, on 1 March 2019".
    Implied,
    /// A yearless date with its weekday, after the latest year reported ("Monday, March 2").
    WeekdayDate,
}

/// The bar one kind of evidence must reach to be believed, and why it sits there.
pub struct Bar {
    pub kind: Kind,
    pub bar: f32,
    pub why: &'static str,
}

/// The bars (sources: the document dates of the tuning texts and of the two former blind
/// sets, `b5_` and `b6_`, measured in sessions six and seven).
pub const BARS: [Bar; 3] = [
    Bar {
        kind: Kind::Latest,
        bar: 0.85,
        why: "a lower bound, not the date: a retrospective text reports years long past (wrong \
              in 3 of 14 tuning texts and 5 of 10 blind ones, at .6-.8, its weights no help)",
    },
    Bar {
        kind: Kind::Implied,
        bar: 0.55,
        why: "an anniversary, an age with a birth year or 'N years since' names the present \
              itself (right in every tuning and dated text)",
    },
    Bar {
        kind: Kind::WeekdayDate,
        bar: 0.55,
        why: "a weekday fixes a date's year among the few after the latest year reported",
    },
];

/// The bar of one kind of evidence.
pub fn bar(kind: Kind) -> f32 {
    BARS.iter().find(|b| b.kind == kind).map_or(1.0, |b| b.bar)
}

/// The confidence of a year fixed by a weekday named with a yearless date.
pub const CONFIDENCE_WEEKDAY_DATE: f32 = 0.8;
/// How many years after the latest year reported a weekday's year is looked for: a weekday
/// falls on the same date again after 5, 6 or 11 years, so in six years it names one.
const WEEKDAY_REACH: i32 = 6;
/// The most bytes between a weekday and its date ("Monday, March 2", "Monday 2 March").
const WEEKDAY_GAP: usize = 2;

/// How many blocks from the top the weekday and date of [`weekday_date_year`] may lie in: a
/// report's lead tells its latest events; a story's "the Monday after Christmas" is no clue.
const LEAD_BLOCKS: usize = 6;

/// The year that a yearless date told with its weekday ("a trial that opened on Monday,
/// March 2") puts the text in: the only year from `latest` (the latest year the text
/// reports, a lower bound) to six after it on which that date falls on that weekday, and
/// before the earliest forecast year. Only a date written with its month name or in figures
/// right after the weekday ("Monday, March 2", "Monday 2 March"; not "the Tuesday before
/// Christmas"), in the text's first blocks; the first such pair decides; `None` when there
/// is none, or when two years agree.
pub(super) fn weekday_date_year(
    doc: &Document,
    hits: &[Hit],
    latest: i32,
    forecast_min: Option<i32>,
) -> Option<i32> {
    let lead_end = doc.blocks.get(..doc.blocks.len().min(LEAD_BLOCKS))?.last()?.span.end;
    hits.iter().filter(|h| h.span.end <= lead_end).find_map(|h| {
        // the scanner reads "Monday, March 2" as one date, the weekday its first word
        let Expr::MonthDay(m, d) = h.found.expr else { return None };
        let text = h.span.slice(&doc.text);
        let (first, rest) = text.split_at(text.find(|c: char| !c.is_alphabetic())?);
        let wd = super::words::weekday(&first.to_ascii_lowercase())?;
        let rest = rest.trim_start_matches([',', ' ']);
        let next = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if rest.len() + WEEKDAY_GAP < text.len() - first.len()
            || !(next.starts_with(|c: char| c.is_ascii_digit())
                || super::words::month(&next.to_ascii_lowercase()).is_some())
        {
            return None;
        }
        let mut years = (latest..=latest + WEEKDAY_REACH)
            .filter(|&y| forecast_min.is_none_or(|f| y <= f))
            .filter(|&y| valid_day(y, m, d) && weekday(y, m, d) == wd);
        match (years.next(), years.next()) {
            (Some(y), None) => Some(y),
            _ => None,
        }
    })
}

/// How far back in its sentence [`forecast_cap`] looks for a forecast verb, in bytes (a
/// bound: a run-on line of years stays linear).
const CAP_REACH: usize = 200;

/// Present-tense verbs of forecasting that govern a whole sentence (not "expected", which
/// a past report uses: "was expected to win in 2019", nor "should" or "might").
const FORECAST_VERBS: [&str; 7] =
    ["expects", "expect", "forecasts", "predicts", "projects", "anticipates", "foresees"];

/// The earliest year told as a forecast, in its clause ("is expected to … by 2028") or
/// anywhere before it in its sentence ("She expects the first cut at the next meeting,
/// scheduled for January 26 and 27, and 300 basis points of easing in 2026"): the clause
/// test alone stops at the commas. A yearless dateline's year lies at or before it; years
/// after it ("Ghana's 2035 Eurobond") are no evidence of it.
pub(super) fn forecast_cap(doc: &Document, hits: &[Hit]) -> Option<i32> {
    hits.iter()
        .filter(|h| {
            h.found.forecast || {
                let mut from = h.span.start.saturating_sub(CAP_REACH).max(h.sentence.start);
                while !doc.text.is_char_boundary(from) {
                    from += 1;
                }
                doc.text.get(from..h.span.start).is_some_and(|s| {
                    s.split(|c: char| !c.is_alphabetic())
                        .any(|w| FORECAST_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
                })
            }
        })
        .filter_map(|h| match h.found.expr {
            Expr::Abs(p) if !matches!(p, Point::Decade(_) | Point::Century(_)) => Some(p.year()),
            _ => None,
        })
        .min()
}
