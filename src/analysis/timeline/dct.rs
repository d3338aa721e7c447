//! The document date (TimeML's "document creation time"): the point "today", "last year" and
//! a bare "in November" are read against, chosen from the best evidence there is and told
//! with where it came from and how sure it is.
//!
//! Evidence, strongest first: the date the reader gave (`--date`, or the `D` correction); the
//! document's metadata (HTML `<time datetime>` / `article:published_time` / JSON-LD
//! `datePublished`, EPUB `dc:date`, Markdown front matter `date:`); a dateline, byline or
//! "Published" line in the text, or the date under a signed letter; and last an estimate from
//! the years the text mentions. The estimate is where the old rule ("the latest year
//! mentioned") went wrong — a 2005 feature quoting a 2050 forecast was dated 2050 — so it
//! leaves out years in future or forecast clauses ("by 2050", "is expected to", "projected")
//! and years inside quoted blocks, counts past-tense and day-precise reports of a year for
//! more, takes a present implied by the text ("twenty-two years since May 1999", an age with
//! a birth year) when that is later, and scores itself with the named weights of
//! [`EVIDENCE`]. Each kind of evidence has its own bar ([`super::bars::BARS`]): under it the
//! date is **unknown**, and deictic words then get no calendar value (a reference value at
//! most), never a guessed wrong one. The latest year reported is a lower bound, never the
//! date on its own; an implied present, or a weekday that fixes a date's year, is.
//!
//! A dateline without a year ("SANTIAGO, Nov 23 —") takes the year its weekday agrees with:
//! the one that puts every past weekday of the story's first paragraphs ("Sunday's vote …
//! counted on Monday morning") in the fewest days before the dateline, never before a year
//! the text reports in the past or a count it reports ("nine years later"), and not after a
//! forecast year (nor the year of a future term, "the 2035 bond", after one). A date opening
//! a parenthesis ("Ada Roe (14 March 1929 – 2 October 2004)") is a life's, never a
//! dateline. The start of a term ("for twenty years from 2031") is no evidence, like
//! the end of one ("until 2026").

use super::bars::{self, Kind};
use super::calendar::{Point, valid_day, weekday};
use super::expr::Rel;
use super::resolve::{Dct, Strength};
use super::scan::Expr;
use super::{Hit, implied, parse_date};
use crate::document::{BlockKind, Document};
use serde::Serialize;

/// Where the document date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// `--date` on the command line.
    Flag,
    /// Set by the reader with `D` and saved with the document's reading state.
    Correction,
    /// The document's own metadata (HTML, EPUB, Markdown front matter).
    Metadata,
    /// A dateline, byline, "Published" line or the date of a letter.
    Dateline,
    /// Estimated from the years the text mentions.
    Estimate,
    /// Not known well enough to resolve "today" or "last year" by.
    Unknown,
}

impl DateSource {
    pub fn label(self) -> &'static str {
        match self {
            DateSource::Flag => "flag",
            DateSource::Correction => "correction",
            DateSource::Metadata => "metadata",
            DateSource::Dateline => "dateline",
            DateSource::Estimate => "estimate",
            DateSource::Unknown => "unknown",
        }
    }
}

/// The document date as the analysis reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when unknown.
    pub value: Option<String>,
    pub source: DateSource,
    /// 0..1: 1 for a given date, lower for weaker evidence.
    pub confidence: f32,
}

impl Default for DocumentDate {
    fn default() -> Self {
        DocumentDate { value: None, source: DateSource::Unknown, confidence: 0.0 }
    }
}

impl DocumentDate {
    /// A short label for the screen: "2005-03-26 · dateline", "unknown".
    pub fn label(&self) -> String {
        match &self.value {
            Some(v) => format!("{v} · {}", self.source.label()),
            None => "unknown".to_string(),
        }
    }
}

/// A date written as `YYYY[-MM[-DD]]` and given by the user (`--date`).
impl From<&str> for DocumentDate {
    fn from(s: &str) -> Self {
        match parse_date(s) {
            Some(p) => DocumentDate { value: Some(p.value()), source: DateSource::Flag, confidence: 1.0 },
            None => DocumentDate::default(),
        }
    }
}

/// One weighted piece of evidence of the estimate: its name, weight and why it counts.
pub struct Evidence {
    pub name: &'static str,
    pub weight: f32,
    pub why: &'static str,
}

/// The estimate's evidence rows (weights set by hand on the tuning fixtures; the sources are
/// the error analysis of unseen articles, where the latest year was wrong in 8 of 11).
pub const EVIDENCE: [Evidence; 6] = [
    Evidence { name: "base", weight: 0.35, why: "the latest non-forecast year is a lower bound of the date" },
    Evidence { name: "repeated", weight: 0.1, why: "each further mention of that year (up to two)" },
    Evidence { name: "reported", weight: 0.15, why: "the year is told in the past tense or to the day" },
    Evidence {
        name: "cluster",
        weight: 0.1,
        why: "other years within five before it: the text is about recent events",
    },
    Evidence {
        name: "book",
        weight: -0.35,
        why: "book-length text: the latest year is the story's, not the edition's",
    },
    Evidence {
        name: "implied",
        weight: 0.75,
        why: "a present the text implies (N years since X; an age and a birth year)",
    },
];

fn weight(name: &str) -> f32 {
    EVIDENCE.iter().find(|e| e.name == name).map_or(0.0, |e| e.weight)
}

/// Confidence of each stronger source.
const CONFIDENCE_METADATA: f32 = 0.95;
const CONFIDENCE_DATELINE: f32 = 0.9;
/// A dateline without a year, the year estimated from the text.
const CONFIDENCE_YEARLESS: f32 = 0.7;

/// Verbs of an editor's note closing a text with the date it was made: "This interview was
/// conducted in January 2026", "Last updated 3 May 2024", "Prices checked on 14 October 2025".
const NOTE_VERBS: [&str; 10] = [
    "conducted",
    "recorded",
    "written",
    "updated",
    "published",
    "posted",
    "filed",
    "revised",
    "dated",
    "checked",
];
/// The note verbs that date a text from its first lines when the date follows them at once
/// ("A podcast from Kalye Media. Recorded 21 August 2025 in …"); not "written" or "dated",
/// which a history's first paragraph uses of the documents it is about.
const LEAD_NOTE_VERBS: [&str; 6] = ["recorded", "updated", "published", "posted", "filed", "checked"];

/// Words long enough to make a document a book for the estimate.
const BOOK_WORDS: usize = 30_000;

/// The document date from the best evidence. `given` is the reader's date (flag or
/// correction); `implied` the presents that "N years since X" phrases imply.
pub(super) fn find(
    doc: &Document,
    hits: &[Hit],
    given: Option<(Point, DateSource)>,
    implied: &[i32],
    reported: Option<i32>,
) -> (Option<Dct>, DocumentDate) {
    let stated = |point: Point, strength, source, confidence| {
        (Some(Dct { point, strength }), DocumentDate { value: Some(point.value()), source, confidence })
    };
    if let Some((p, source)) = given {
        return stated(p, Strength::Given, source, 1.0);
    }
    if let Some(p) = doc.published.as_deref().and_then(parse_prefix) {
        return stated(p, Strength::Text, DateSource::Metadata, CONFIDENCE_METADATA);
    }
    match dateline(doc, hits) {
        Some(Ok(p)) => return stated(p, Strength::Text, DateSource::Dateline, CONFIDENCE_DATELINE),
        // "CALDER CITY, Dec. 12 –": the day from the dateline, the year from the text
        Some(Err((m, d))) => {
            // never a year from a forecast or after one ("the 2035 bond", "easing in 2026")
            let cap = bars::forecast_cap(doc, hits);
            let below = |f: Option<i32>| f.filter(|&f| cap.is_none_or(|c| f <= c));
            if let Some((y, _, _)) = estimate(doc, hits, implied, cap)
                && let y =
                    y.max(below(period_floor(doc, hits)).unwrap_or(y)).max(below(reported).unwrap_or(y))
                && let y = lead_weekday_year(doc, hits, y, m, d).unwrap_or(y)
                && valid_day(y, m, d)
            {
                return stated(
                    Point::Day(y, m, d),
                    Strength::Text,
                    DateSource::Dateline,
                    CONFIDENCE_YEARLESS,
                );
            }
        }
        None => {}
    }
    match estimate(doc, hits, implied, None) {
        Some((y, c, kind)) if c >= bars::bar(kind) => {
            let dct = Dct { point: Point::Year(y), strength: Strength::Inferred };
            (
                Some(dct),
                DocumentDate { value: Some(dct.point.value()), source: DateSource::Estimate, confidence: c },
            )
        }
        // A weak estimate is still a lower bound: "a decade ago" names a decade, roughly.
        Some((y, c, _)) => (
            Some(Dct { point: Point::Year(y), strength: Strength::Latest }),
            DocumentDate { value: None, source: DateSource::Unknown, confidence: c },
        ),
        None => (None, DocumentDate::default()),
    }
}

/// A date at the start of a metadata string: `2005-03-26T10:00:00Z`, `2005-03`, `2005`.
pub fn parse_prefix(s: &str) -> Option<Point> {
    let s = s.trim().trim_matches(|c| c == '"' || c == '\'');
    let end = s.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(s.len());
    let head = s[..end].trim_end_matches('-');
    parse_date(head).or_else(|| parse_date(head.get(..7)?)).or_else(|| parse_date(head.get(..4)?))
}

/// A dateline ("LONDON, March 3, 2024 —"), a "Published 12 June 2023" line or a full date
/// alone on a line near the top; or, for a letter, a full date alone on one of the last lines.
/// `Err((month, day))` for a dateline without a year.
fn dateline(doc: &Document, hits: &[Hit]) -> Option<Result<Point, (u32, u32)>> {
    let n = doc.blocks.len();
    // Counted once: the count walks the whole text.
    let article = doc.word_count() <= BOOK_WORDS;
    for h in hits {
        let (p, yearless) = match h.found.expr {
            Expr::Abs(p @ (Point::Day(..) | Point::Month(..))) => (p, None),
            Expr::MonthDay(m, d) => (Point::Day(2000, m, d), Some((m, d))),
            _ => continue,
        };
        let bi = doc.blocks.partition_point(|b| b.span.end <= h.span.start);
        let Some(block) = doc.blocks.get(bi) else { break };
        let top = bi < 6;
        let bottom = n > 6 && bi + 4 >= n;
        if !top && !bottom {
            continue;
        }
        if !block.span.covers(&h.span) {
            continue;
        }
        let after = doc.text[h.span.end..block.span.end].trim_start();
        // "LONDON, March 3, 2024 —", "SAN JOSE, Sept. 8, 2024 (Newswire) –"
        let after_agency = match after.strip_prefix('(') {
            Some(rest) if rest.find(')').is_some_and(|i| i <= 30) => {
                rest[rest.find(')').unwrap_or(0) + 1..].trim_start()
            }
            _ => after,
        };
        let dateline = top
            && h.span.start - block.span.start <= 40
            && (after_agency.starts_with('—')
                || after_agency.starts_with('–')
                || after_agency.starts_with("- "));
        // "PORT ALDER 2026-01-18": a place in capitals, then the date, ending the line.
        let before = doc.text[block.span.start..h.span.start].trim();
        // "Ada Roe (14 March 1929 – 2 October 2004) was …": a life's dates
        if before.ends_with('(') {
            continue;
        }
        // "EMBARGOED until 00:01 BST, Wednesday 14 October 2026": a notice ending in the date.
        let capitals = before
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, ',' | '.' | '-' | '\''));
        let place_line = top
            && after.is_empty()
            && !before.is_empty()
            && (before.len() <= 40 && capitals
                || before.len() <= 60
                    && before.ends_with([',', ':', '–', '—', '-'])
                    // "Working Paper No. 25-07, May 2025": a month closing a field line
                    && (matches!(p, Point::Day(..)) || article && before.ends_with(',')));
        // A full date alone on its line; under the title of an article it may have been
        // taken for a heading, but not in a book ("14 May 1940" heading a chapter).
        let line = block.span.slice(&doc.text).trim();
        // "Born 9 May 1931; died 18 September 2026": a life's dates, not the text's
        if line.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("born ")) || line.starts_with("b. ") {
            continue;
        }
        let article_top = top && article;
        // a month alone is an issue's date ("October 2026" under a report's title and
        // authors), not right under the title, where it heads a period ("May 1940")
        let alone = (matches!(p, Point::Day(..)) || article_top && bi >= 2 && h.span.len() == line.len())
            && (!block.kind.is_heading() || article_top)
            && (h.span.len() * 10 >= line.len() * 6 || block.span.len() <= 40);
        if let Some(md) = yearless {
            if dateline {
                return Some(Err(md));
            }
            continue;
        }
        // "This interview was conducted in January 2026 and has been edited for length."
        let noted = bottom && before.len() <= 80 && {
            let b = before.to_ascii_lowercase();
            NOTE_VERBS.iter().any(|v| b.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == *v))
        } || top && article && lead_note(before);
        if (top && block.kind == BlockKind::Meta)
            || alone
            || dateline
            || place_line
            || noted
            || top && (matches!(p, Point::Day(..)) || article) && fielded(before, after)
        {
            return Some(Ok(p));
        }
    }
    None
}

/// "Recorded 21 August 2025 in …", "Posted on 3 May 2024": a note verb right before the date.
fn lead_note(before: &str) -> bool {
    let b = before.trim_end();
    let b = b.strip_suffix(" on").or_else(|| b.strip_suffix(" On")).unwrap_or(b);
    let word = b.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    LEAD_NOTE_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v))
}

/// How far [`fielded`] reads on either side of a date, in bytes.
const FIELD_REACH: usize = 120;

/// A date that is one field of a line of fields ("Thursday 5 March 2026 | Technology | 6 min
/// read", "News · 4 May 2025"): nothing but a weekday between it and the field marks.
fn fielded(before: &str, after: &str) -> bool {
    // A field is short: only the 120 bytes on either side are read (reading the whole block
    // for each date made a long one-paragraph text quadratic).
    let mut from = before.len().saturating_sub(FIELD_REACH);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let mut to = after.len().min(FIELD_REACH);
    while !after.is_char_boundary(to) {
        to -= 1;
    }
    let (before, after) = (&before[from..], &after[..to]);
    let mark = |c: char| matches!(c, '|' | '·' | '•');
    if !before.contains(mark) && !after.contains(mark) {
        return false;
    }
    let lead = before.rsplit(mark).next().unwrap_or("").trim().trim_end_matches(',');
    let tail = after.split(mark).next().unwrap_or("").trim();
    // "| Period covered: 1–15 May 2026": a labelled field, perhaps a range of days to the date
    let label =
        lead.trim_end_matches(['–', '-', '—']).trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    let labelled = label.ends_with(':') && label.len() <= 30;
    tail.is_empty()
        && (lead.is_empty() || labelled || super::lexicon::weekday(&lead.to_ascii_lowercase()).is_some())
}

/// The latest year the text reports (not forecasts), with a confidence from [`EVIDENCE`] and
/// the kind of evidence it rests on; a later present the text implies, or the year a weekday
/// fixes, before it. `cap`: no year after it counts (a yearless dateline's year comes before
/// the earliest forecast year).
fn estimate(doc: &Document, hits: &[Hit], implied: &[i32], cap: Option<i32>) -> Option<(i32, f32, Kind)> {
    let quoted = |h: &Hit| doc.block_at(h.span.start).is_some_and(|b| b.kind == BlockKind::Quote);
    // (year, reported: past tense or day-precise)
    let votes: Vec<(i32, bool)> = hits
        .iter()
        .filter(|h| !h.found.forecast && !quoted(h) && !until(doc, h))
        .filter_map(|h| match h.found.expr {
            Expr::Abs(p) if !matches!(p, Point::Decade(_) | Point::Century(_)) => {
                let precise = matches!(p, Point::Day(..) | Point::Month(..));
                Some((p.year(), precise || h.found.tense == super::scan::Tense::Past))
            }
            Expr::YearRange(_, b) => Some((b, h.found.tense == super::scan::Tense::Past)),
            _ => None,
        })
        .filter(|v| cap.is_none_or(|c| v.0 <= c))
        .collect();
    let latest = votes.iter().map(|v| v.0).max();
    let earliest = votes.iter().map(|v| v.0).min();
    let forecast_min = forecast_min(hits);
    let anniversary =
        latest.and_then(|l| implied::anniversary_present(doc, hits, l, earliest?, forecast_min));
    let ago = ago_present(hits);
    let implied =
        implied.iter().copied().chain(implied::age_present(doc)).chain(anniversary).chain(ago).max();
    match (latest, implied) {
        (l, Some(i)) if l.is_none_or(|l| i >= l) => return Some((i, weight("implied"), Kind::Implied)),
        (None, _) => return None,
        _ => {}
    }
    let y = latest?;
    if let Some(w) = bars::weekday_date_year(doc, hits, y, forecast_min) {
        return Some((w, bars::CONFIDENCE_WEEKDAY_DATE, Kind::WeekdayDate));
    }
    let of_y: Vec<bool> = votes.iter().filter(|v| v.0 == y).map(|v| v.1).collect();
    let mut c = weight("base");
    c += weight("repeated") * (of_y.len().saturating_sub(1).min(2) as f32);
    if of_y.iter().any(|&r| r) {
        c += weight("reported");
    }
    if votes.iter().any(|v| v.0 < y && v.0 >= y - 5) {
        c += weight("cluster");
    }
    if doc.word_count() > BOOK_WORDS {
        c += weight("book");
    }
    Some((y, c.clamp(0.0, 1.0), Kind::Latest))
}

/// "until the spring of 1934", "delayed orders until 2026": the end of something that lasts,
/// which a retrospective story or a postponement puts after the time of writing as often as
/// before it, so no evidence of the date either way.
/// So is the start of a term ("to buy the gas for twenty years from 2031"): a contract or
/// a lease runs from a year that is as often still to come.
fn until(doc: &Document, h: &Hit) -> bool {
    let before = doc.text[..h.span.start].trim_end();
    let mut words = before.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let word = words.next().unwrap_or("");
    if word.eq_ignore_ascii_case("from") {
        let unit = words.next().unwrap_or("").to_ascii_lowercase();
        return unit.ends_with('s') && super::words::unit(&unit).is_some();
    }
    word.eq_ignore_ascii_case("until") || word.eq_ignore_ascii_case("till")
}

/// The year before the latest period a forecast is made for ("expects revenue of … for
/// 2025", "cut its forecast for the 2026/27 season"): a forecast for a year or a season is
/// made shortly before it or during it, so the text's present is at least that late.
fn period_floor(doc: &Document, hits: &[Hit]) -> Option<i32> {
    hits.iter()
        .filter(|h| h.found.forecast)
        .filter(|h| {
            let before = doc.text[..h.span.start].trim_end();
            let before = before.strip_suffix("the").map_or(before, str::trim_end);
            before.rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| w.eq_ignore_ascii_case("for"))
        })
        .filter_map(|h| match h.found.expr {
            Expr::Abs(Point::Year(y)) | Expr::YearRange(y, _) => Some(y - 1),
            _ => None,
        })
        .max()
}

/// The earliest year of a future or forecast clause ("will digitise the archive by 2028"):
/// the document's present lies before it.
fn forecast_min(hits: &[Hit]) -> Option<i32> {
    hits.iter()
        .filter(|h| h.found.forecast)
        .filter_map(|h| match h.found.expr {
            Expr::Abs(p) if !matches!(p, Point::Decade(_) | Point::Century(_)) => Some(p.year()),
            _ => None,
        })
        .min()
}

/// How many of the text's first weekdays [`lead_weekday_year`] reads.
const LEAD_WEEKDAYS: usize = 4;
/// The most days before a yearless dateline the story's weekdays may spread over.
const MAX_REACH: u32 = 3;
/// How many blocks from the top a weekday of the story's own days may lie in.
const LEAD_BLOCKS: usize = 6;

/// The year of a yearless dateline ("CALDER CITY, Dec. 12 –") that the weekdays of the
/// story's first paragraphs agree with: a story is filed on the day of its last event or
/// soon after ("unveiled on Tuesday", "won on Sunday … counted on Monday morning"), so the
/// dateline's weekday is the one that puts every weekday told in the past (not in a future
/// clause) in the fewest days before or on it — none or one. Years from one before the
/// estimate to six after it (the latest year mentioned is only a lower bound, and "the
/// 2026-27 season" reaches a year past the date), never before a year the text reports
/// plainly in the past (a true lower bound), not after any forecast year, nearest the
/// estimate first, the weekday's own day before the day after it among equally near years;
/// `None` when the lead names no weekday or no year agrees.
fn lead_weekday_year(doc: &Document, hits: &[Hit], estimate: i32, m: u32, d: u32) -> Option<i32> {
    // "The team won in 2024": a year reported plainly in the past is a floor
    let firm = hits.iter().any(|h| {
        h.found.expr == Expr::Abs(Point::Year(estimate))
            && h.found.date_mod.is_none()
            && h.found.tense == super::scan::Tense::Past
            && !h.found.forecast
    });
    let lead_end = doc.blocks.get(..doc.blocks.len().min(LEAD_BLOCKS))?.last()?.span.end;
    let wds: Vec<u32> = hits
        .iter()
        .take_while(|h| h.span.start < lead_end)
        // (not "forecast" itself: "cut its forecast on Thursday" is a past report)
        .filter(|h| h.found.tense != super::scan::Tense::Future)
        .filter_map(|h| match h.found.expr {
            Expr::Weekday { wd, rel: Rel::Bare } => Some(wd),
            _ => None,
        })
        .take(LEAD_WEEKDAYS)
        .collect();
    if wds.is_empty() {
        return None;
    }
    // days from the earliest of the weekdays to the dateline's
    let reach = |y: i32| wds.iter().map(|&w| (weekday(y, m, d) + 7 - w) % 7).max().unwrap_or(7);
    // A forecast "for 2025" may be made in 2025 ("expects revenue of … for 2025"), not later.
    let before = forecast_min(hits);
    let near: &[i32] = if firm { &[0, 1] } else { &[0, 1, -1] };
    // Nearest years first; within each band a story filed on the day of its last event ("cut
    // its forecast on Thursday") before one filed the day after ("won on Friday night").
    let bands = [near, &[2, 3, 4, 5, 6][..]];
    let years = |band: &'static [i32]| {
        band.iter()
            .map(move |k| estimate + k)
            .filter(move |&y| before.is_none_or(|f| y <= f) && valid_day(y, m, d))
    };
    bands
        .into_iter()
        .find_map(|band| {
            years(band).find(|&y| reach(y) == 0).or_else(|| years(band).find(|&y| reach(y) == 1))
        })
        // a story told over several days ("on Thursday … on Wednesday … on Tuesday evening"):
        // the year that puts them all in the fewest days before the dateline
        .or_else(|| {
            bands
                .into_iter()
                .flat_map(years)
                .map(|y| (reach(y), y))
                .filter(|&(r, _)| r <= MAX_REACH)
                .min()
                .map(|(_, y)| y)
        })
}

/// The latest year a count from an earlier date reports in the past ("the sum promised
/// after the 2015 disaster … still waiting nine years later" = 2024), from the resolution
/// made before any document date is known: the present is at least that late. Read only for
/// a yearless dateline, whose year the text's years merely bound.
pub(super) fn reported_floor(hits: &[Hit], first: &[super::resolve::Resolved]) -> Option<i32> {
    hits.iter()
        .zip(first)
        .filter(|(h, _)| h.found.tense == super::scan::Tense::Past && !h.found.forecast)
        .filter(|(h, _)| {
            matches!(h.found.expr, Expr::Shift { counted: true, moves: true, n, vague: false, .. } if n > 0)
        })
        .filter_map(|(_, r)| match r.value {
            Some(super::resolve::Value::Point(p)) if !matches!(p, Point::Decade(_) | Point::Century(_)) => {
                Some(p.year())
            }
            _ => None,
        })
        .max()
}

/// The present implied by "seven years ago this month, on 1 March 2019": a count of years
/// back from the present told with the date it lands on (the date within a few words after).
fn ago_present(hits: &[Hit]) -> Option<i32> {
    hits.iter().enumerate().find_map(|(i, ago)| {
        let n = match ago.found.expr {
            Expr::Dct { unit: super::words::Unit::Year, n, fuzzy: false } => n,
            Expr::YearsAgoAt { n, .. } => -n,
            _ => return None,
        };
        let date = hits[i + 1..]
            .iter()
            .take(2)
            .take_while(|h| h.sentence == ago.sentence && h.span.start < ago.span.end + 40)
            .find_map(|h| match h.found.expr {
                Expr::Abs(p) if !matches!(p, Point::Decade(_) | Point::Century(_)) => Some(p),
                _ => None,
            })?;
        (n < 0).then(|| date.year() - n)
    })
}
