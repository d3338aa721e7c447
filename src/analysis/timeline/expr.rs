//! The expression types: what the scanner finds ([`Expr`], with its tense and its
//! relation word) before resolution gives it a value, as token matches ([`M`]) and as byte
//! spans ([`Found`]). Kept apart from the scanner so that the grammar (scan, names, numbers,
//! relative) and the resolver share one vocabulary without importing each other.

use super::calendar::{Point, Season};
pub use super::feasts::Rule;
use super::words::Unit;
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
    /// "that September", "that spring": the one of the narrative's year, not the present's.
    That,
    /// "Sunday week", "on Friday week": a week after the coming one.
    WeekAfter,
}

/// What "N years ago" is told at: "today", "this week", "this month", "this summer".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgoAt {
    Day,
    Week,
    Month,
    Season(super::calendar::Season),
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
    /// A movable feast without a year ("Easter", "Labor Day"): its day once the year is known.
    Feast(Rule),
    /// "the eighties": a decade whose century comes from context.
    DecadeWord(i32),
    /// "today", "now", "the moment".
    Present,
    /// "in her late twenties", "at the age of six": `years` after a birth the text states
    /// (valued by [`super::ages::date`]); `decade`: the calendar decade it falls in.
    Age {
        years: i32,
        decade: bool,
    },
    /// "recent years", "in recent months", "of late": up to the document date.
    RecentPast(Unit),
    /// An anchored duration: "for eleven years", "two decades of war" = `P11Y`, `P20Y`.
    Duration {
        unit: Unit,
        n: i32,
    },
    /// "the early years of the insurgency", "the first months of the war": a part of a period
    /// named by an event, at the narrative's time one step coarser than `unit` (years of it
    /// are its decade, months its year).
    Part(Unit),
    /// "mid-century", "the middle of the century": the middle of the present century (the
    /// next one in a future clause).
    MidCentury,
    /// "the past decade", "the last five years": a duration up to the document date.
    PastSpan {
        unit: Unit,
        n: i32,
    },
    /// Counted from the document date: "last year" (n = -1), "two weeks ago" (n = -2).
    Dct {
        unit: Unit,
        n: i32,
        fuzzy: bool,
    },
    /// "November last year", "8 November this year": a month (and day) of the year counted
    /// from the document date's (n = -1, 0, 1).
    OfYear {
        month: u32,
        day: Option<u32>,
        n: i32,
    },
    /// "the 27th", "the 2nd inst.", "the 14th ult.", "the 10th of this month": a day of the
    /// narrative's month (or of the one `months` before or after it).
    DayOfMonth {
        day: u32,
        months: i32,
        /// Told of the writer's month ("inst.", "ult.", "of this month"): read against the
        /// document date first.
        writer: bool,
    },
    /// "fifty years ago today", "seven years ago this month", "a thousand years ago this
    /// summer": `n` years before the document date's day, month or season.
    YearsAgoAt {
        n: i32,
        at: AgoAt,
    },
    /// A part of a day counted from the document date: "this morning" (0), "last night" (-1).
    DayPart(i32),
    /// "this week" (0), "last week" (-1): the ISO week counted from the document date.
    Week(i32),
    /// "the weekend", "next weekend", "last weekend": read against the document date.
    Weekend(Rel),
    /// "since then", "back then", "at the time": the narrative's current time.
    Then,
    /// "that day", "that night": the narrative's current day.
    ThatDay,
    /// Counted from the narrative's time (or from `base`): "two years later", "several
    /// months before the meeting". `moves`: whether the narrative moves to the result.
    Shift {
        unit: Unit,
        n: i32,
        vague: bool,
        fuzzy: bool,
        moves: bool,
        base: Option<Point>,
        /// Counted ("two weeks later") rather than a scene's next day ("the next morning"):
        /// counts from the latest time mentioned, even a coarser one.
        counted: bool,
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
    /// In a future or forecast clause ("by 2050", "is projected to"): no evidence of the
    /// document date.
    pub forecast: bool,
}
