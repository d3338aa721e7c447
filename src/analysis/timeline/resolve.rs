//! Resolution: choosing the document date and giving every relative expression a calendar
//! value from its anchor — the document date for deictic words ("today", "last year",
//! "on Tuesday" under a dateline) and the narrative's current time for anaphoric ones ("two
//! years later", "the following spring", "since then").
//!
//! The narrative time is tracked per granularity: a flashback to "April 1921" in a story set
//! on Christmas Eve 1952 must not make "the next morning" a day of 1921, so a day-level
//! shift starts from the last day-precise time, a month-level one from the last month-precise
//! time, and so on; a count of years ("eleven years on") runs from the last year the text
//! told or counted, not from a weekday's day. Phrases that only look back ("several months before the meeting",
//! "since then") never move the narrative. When no anchor is known the value stays `None`:
//! a guess that looks like a fact would be worse than a gap.

use super::against::{self, month_day_from_dct, month_from_dct, season_after, season_from_dct, weekday_from};
use super::calendar::{Point, Season, add_days, add_months, days_in_month, iso_week};
use super::expr::AgoAt;
use super::feasts::Rule;
use super::scan::{Expr, Rel, Tense};
use super::shift::shift;
use super::words::Unit;
use crate::analysis::DateMod;

/// How the document date was found; weaker dates resolve fewer expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Only the latest explicit date of the text: a lower bound, not the date itself.
    Latest,
    /// Implied by the text ("twenty-two years since" May 1999).
    Inferred,
    /// Written in a dateline, byline or "Published" line.
    Text,
    /// Given on the command line.
    Given,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dct {
    pub point: Point,
    pub strength: Strength,
}

impl Dct {
    /// Known well enough to count years from.
    fn known(self) -> bool {
        self.strength >= Strength::Inferred
    }

    /// Written or given: weekdays and bare months are then read against it.
    fn stated(self) -> bool {
        self.strength >= Strength::Text
    }
}

/// A resolved value: a calendar point or a TIMEX3 reference value (`PRESENT_REF`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Point(Point),
    /// "1914–18": valued by the first year, spanning to the last.
    Years(i32, i32),
    Ref(&'static str),
    /// A duration ending at the document date: "the past decade" = `P10Y`.
    Span {
        unit: Unit,
        n: i32,
        end: Option<Point>,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Resolved {
    pub value: Option<Value>,
    pub date_mod: Option<DateMod>,
    /// Index (in the input order) of the item the value was computed from.
    pub anchor: Option<usize>,
}

/// What `resolve` needs to know of each found expression.
#[derive(Debug, Clone, Copy)]
pub struct Input {
    pub expr: Expr,
    pub date_mod: Option<DateMod>,
    pub tense: Tense,
    /// In a future or forecast clause: such a date never becomes the narrative's time.
    pub forecast: bool,
}

/// The narrative's current time at three precisions, with the item that set each.
#[derive(Default)]
struct Narrative {
    any: Option<(Point, usize)>,
    month: Option<(Point, usize)>,
    day: Option<(Point, usize)>,
    /// The last time told as a year or more precisely by a date ("since April 2015") or a
    /// count of years ("two years later"), not by a weekday or a deictic word: "eleven years
    /// on" counts from it, not from "on Monday".
    told: Option<(Point, usize)>,
}

impl Narrative {
    fn set(&mut self, p: Point, idx: usize) {
        match p {
            Point::Decade(_) | Point::Century(_) => return,
            Point::Day(..) => {
                self.day = Some((p, idx));
                self.month = Some((p, idx));
            }
            Point::Week(..) | Point::Weekend(..) | Point::Half(..) => return,
            Point::Month(..) => self.month = Some((p, idx)),
            _ => {}
        }
        self.any = Some((p, idx));
    }

    /// The anchor for a shift counted in `unit`.
    fn for_unit(&self, unit: Unit) -> Option<(Point, usize)> {
        match unit {
            Unit::Day | Unit::Week => self.day,
            Unit::Month => self.month,
            Unit::Year | Unit::Decade => self.any,
        }
    }
}

/// Resolves every expression in text order. Also returns the present implied by "N years
/// since X" phrases, from which a missing document date can be inferred.
pub fn resolve(items: &[Input], dct: Option<Dct>) -> (Vec<Resolved>, Vec<i32>) {
    let mut nar = Narrative::default();
    let mut implied_present = Vec::new();
    let mut out = Vec::with_capacity(items.len());
    for (idx, it) in items.iter().enumerate() {
        let mut r = Resolved { value: None, date_mod: it.date_mod, anchor: None };
        let moves_to = match it.expr {
            Expr::Abs(_) | Expr::Named(_) | Expr::YearRange(..) | Expr::Ambiguous | Expr::Duration { .. } => {
                explicit(it, &mut r)
            }
            Expr::Month { .. }
            | Expr::MonthDay(..)
            | Expr::Feast(_)
            | Expr::Weekday { .. }
            | Expr::Season { .. }
            | Expr::DecadeWord(_)
            | Expr::DayOfMonth { .. } => named(it, dct, &nar, &mut r),
            // A time counted back from the story's ("twenty years before", "a decade
            // earlier") is a flashback unless it names a day: the narrative stays where it was.
            Expr::Shift { n, .. } if n < 0 => {
                anaphoric(it, &nar, &mut r, &mut implied_present).filter(|p| matches!(p, Point::Day(..)))
            }
            Expr::Part(_) | Expr::ThatDay | Expr::Then | Expr::Shift { .. } | Expr::Since { .. } => {
                anaphoric(it, &nar, &mut r, &mut implied_present)
            }
            // "8 November this year" is a full date once the year is known: the story moves
            Expr::OfYear { .. } => {
                deictic(it, dct, &nar, &mut r);
                match r.value {
                    Some(Value::Point(p)) => Some(p),
                    _ => None,
                }
            }
            _ => {
                deictic(it, dct, &nar, &mut r);
                None
            }
        };
        // "since 1997", "before 2001" look back from the story's time; they do not move it
        let bound = matches!(it.date_mod, Some(DateMod::After | DateMod::Before)) && it.expr.is_core();
        if let Some(p) = moves_to.filter(|_| !it.forecast && !bound) {
            nar.set(p, idx);
        }
        let years = matches!(it.expr, Expr::Shift { unit: Unit::Year | Unit::Decade, counted: true, .. });
        if !it.forecast
            && (it.expr.is_core() || years)
            && let Some(Value::Point(p)) = r.value
            && !matches!(p, Point::Decade(_) | Point::Century(_))
        {
            nar.told = Some((p, idx));
        }
        out.push(r);
    }
    (out, implied_present)
}

/// Values the text fixes by itself: explicit dates, ranges and durations.
fn explicit(it: &Input, r: &mut Resolved) -> Option<Point> {
    let mut moves_to: Option<Point> = None;
    match it.expr {
        Expr::Abs(p) | Expr::Named(p) => {
            r.value = Some(Value::Point(p));
            moves_to = Some(p);
        }
        Expr::YearRange(a, b) => {
            r.value = Some(Value::Years(a, b));
            moves_to = Some(Point::Year(a));
        }
        Expr::Ambiguous => {}
        Expr::Duration { unit, n } => r.value = Some(Value::Span { unit, n, end: None }),
        _ => {}
    }
    moves_to
}

/// Calendar names without a year (a month, a day of a month, a weekday, a season, "the
/// eighties"): read against a stated document date, else against the narrative's time.
fn named(it: &Input, dct: Option<Dct>, nar: &Narrative, r: &mut Resolved) -> Option<Point> {
    let mut moves_to: Option<Point> = None;
    match it.expr {
        Expr::Month { month, rel } => {
            let p = match (rel, dct) {
                (Rel::That, _) if nar.any.is_some() => nar.any.map(|(n, i)| {
                    r.anchor = Some(i);
                    Point::Month(n.year(), month)
                }),
                (Rel::That, Some(d)) if d.stated() => {
                    Some(month_from_dct(d.point, month, Rel::Bare, it.tense))
                }
                // "the following January": the first after the narrative's month
                (Rel::Following, _) => nar.any.map(|(n, i)| {
                    r.anchor = Some(i);
                    let y = if n.month().is_some_and(|nm| month <= nm) { n.year() + 1 } else { n.year() };
                    Point::Month(y, month)
                }),
                (Rel::Last | Rel::Next | Rel::This, Some(d)) if d.known() => {
                    Some(month_from_dct(d.point, month, rel, it.tense))
                }
                (Rel::Bare, Some(d)) if d.stated() => Some(month_from_dct(d.point, month, rel, it.tense)),
                (Rel::Bare, _) if nar.any.is_some() => nar.any.map(|(n, i)| {
                    r.anchor = Some(i);
                    let y = if n.month().is_some_and(|nm| month < nm) { n.year() + 1 } else { n.year() };
                    Point::Month(y, month)
                }),
                _ => None,
            };
            r.value = p.map(Value::Point);
            moves_to = p;
        }
        Expr::MonthDay(m, d) => {
            let p = match dct {
                Some(dc) if dc.stated() => Some(month_day_from_dct(dc.point, m, d, it.tense)),
                _ => nar.any.map(|(n, i)| {
                    r.anchor = Some(i);
                    let after = n.month().is_some_and(|nm| (m, d) < (nm, n.day().unwrap_or(1)));
                    let y = n.year() + i32::from(after);
                    Point::Day(y, m, d.min(days_in_month(y, m)))
                }),
            };
            r.value = p.map(Value::Point);
            moves_to = p;
        }
        // "the 2nd inst.": the narrative's month, else the document date's
        Expr::DayOfMonth { day, months, writer } => {
            let stated = dct.filter(|d| d.stated() && d.point.month().is_some()).map(|d| d.point);
            let base = match (nar.month, stated) {
                (_, Some(p)) if writer => Some(p),
                (Some((p, i)), _) => {
                    r.anchor = Some(i);
                    Some(p)
                }
                (None, s) => s,
            };
            let p = base.and_then(|b| Some((b.year(), b.month()?))).map(|(y, m)| {
                let (y, m) = add_months(y, m, months);
                Point::Day(y, m, day.min(days_in_month(y, m)))
            });
            r.value = p.map(Value::Point);
            moves_to = p;
        }
        // "since Easter", "after Labor Day": the feast's day in the year a day of its month
        // would take
        Expr::Feast(rule) => {
            let p = feast(it, rule, dct, nar, r);
            r.value = p.map(Value::Point);
            moves_to = p;
        }
        Expr::Weekday { wd, rel } => {
            let p = weekday(it, wd, rel, dct, nar, r);
            r.value = p.map(Value::Point);
            moves_to = p;
        }
        Expr::Season { season, rel } => {
            let p = season_named(it, season, rel, dct, nar, r);
            r.value = p.map(Value::Point);
            moves_to = p;
        }
        Expr::DecadeWord(d) => {
            // The century of the narrative (or of the document date), unless that would
            // put the decade after both: "the eighties" in 2005 are the 1980s.
            let now = dct.map(|dc| dc.point.year());
            let (reference, anchor) = match nar.any {
                Some((n, i)) => (Some(n.year()), Some(i)),
                None => (now, None),
            };
            let mut century = reference.map_or(19, |y| y.div_euclid(100));
            let latest = reference.max(now).unwrap_or(1999);
            if century * 100 + d * 10 > latest {
                century -= 1;
            }
            r.anchor = anchor;
            r.value = Some(Value::Point(Point::Decade(century * 10 + d)));
        }
        _ => {}
    }
    moves_to
}

/// A movable feast without a year ("since Easter"): its day in the year the document date or
/// the narrative's time gives.
fn feast(it: &Input, rule: Rule, dct: Option<Dct>, nar: &Narrative, r: &mut Resolved) -> Option<Point> {
    match dct {
        Some(dc) if dc.stated() => {
            let (m, d) = rule.date(dc.point.year());
            Some(month_day_from_dct(dc.point, m, d, it.tense).year())
        }
        _ => nar.any.map(|(n, i)| {
            r.anchor = Some(i);
            let (m, d) = rule.date(n.year());
            n.year() + i32::from(n.month().is_some_and(|nm| (m, d) < (nm, n.day().unwrap_or(1))))
        }),
    }
    .map(|y| {
        let (m, d) = rule.date(y);
        Point::Day(y, m, d)
    })
}

/// A weekday: a day of the dateline's week, the narrative's ("that Tuesday"), or the first after
/// the narrative's day ("the following Thursday").
fn weekday(
    it: &Input,
    wd: u32,
    rel: Rel,
    dct: Option<Dct>,
    nar: &Narrative,
    r: &mut Resolved,
) -> Option<Point> {
    match dct.map(|d| d.point) {
        Some(Point::Day(y, m, d)) if rel == Rel::WeekAfter && dct.is_some_and(Dct::stated) => {
            let (y, m, d) = weekday_from(y, m, d, wd, Rel::Next, Tense::Future).ymd();
            let (y, m, d) = add_days(y, m, d, 7);
            Some(Point::Day(y, m, d))
        }
        // "the following Thursday": the first after the narrative's day
        _ if rel == Rel::Following && nar.day.is_some() => nar.day.map(|(n, i)| {
            r.anchor = Some(i);
            let (y, m, d) = n.ymd();
            weekday_from(y, m, d, wd, Rel::Next, Tense::Future)
        }),
        // "that Tuesday": a day of the narrative's week
        _ if rel == Rel::That && nar.day.is_some() => nar.day.map(|(n, i)| {
            r.anchor = Some(i);
            let (y, m, d) = n.ymd();
            weekday_from(y, m, d, wd, Rel::Bare, it.tense)
        }),
        Some(Point::Day(y, m, d)) if dct.is_some_and(Dct::stated) => {
            Some(weekday_from(y, m, d, wd, rel, it.tense))
        }
        _ => nar.day.map(|(n, i)| {
            r.anchor = Some(i);
            let (y, m, d) = n.ymd();
            weekday_from(y, m, d, wd, Rel::Next, Tense::Future)
        }),
    }
}

/// A season: of the narrative's year ("that spring"), the first after it ("the following
/// winter"), or counted from the document date ("last summer").
fn season_named(
    it: &Input,
    season: Season,
    rel: Rel,
    dct: Option<Dct>,
    nar: &Narrative,
    r: &mut Resolved,
) -> Option<Point> {
    match (rel, dct) {
        (Rel::That, _) if nar.any.is_some() => nar.any.map(|(n, i)| {
            r.anchor = Some(i);
            Point::Season(n.year(), season)
        }),
        (Rel::Following, _) => nar.any.map(|(n, i)| {
            r.anchor = Some(i);
            season_after(n, season, true)
        }),
        (Rel::Bare, Some(d)) if d.stated() => Some(season_from_dct(d.point, season, rel, it.tense)),
        (Rel::Bare, _) if nar.any.is_some() => nar.any.map(|(n, i)| {
            r.anchor = Some(i);
            season_after(n, season, false)
        }),
        (Rel::Last | Rel::This | Rel::Next, Some(d)) if d.known() => {
            Some(season_from_dct(d.point, season, rel, it.tense))
        }
        _ => None,
    }
}

/// Deictic expressions, counted from the document date ("today", "last year", "two weeks
/// ago", "this week", "recent months"); with no known date only a reference value.
fn deictic(it: &Input, dct: Option<Dct>, nar: &Narrative, r: &mut Resolved) {
    match it.expr {
        Expr::Present => {
            r.value = Some(match dct {
                Some(d) if d.known() => Value::Point(d.point),
                _ => Value::Ref("PRESENT_REF"),
            });
        }
        Expr::RecentPast(unit) => {
            r.date_mod = Some(DateMod::Before);
            r.value = Some(match dct {
                Some(d) if d.known() => match (unit, d.point.month()) {
                    (Unit::Month, Some(m)) => Value::Point(Point::Month(d.point.year(), m)),
                    _ => Value::Point(Point::Year(d.point.year())),
                },
                _ => Value::Ref("PAST_REF"),
            });
        }
        Expr::MidCentury => {
            let now = dct.filter(|d| d.known()).map(|d| d.point.year()).or(nar.any.map(|(p, _)| p.year()));
            if let Some(y) = now {
                let mut mid = y.div_euclid(100) * 100 + 50;
                if it.tense == Tense::Future && mid < y {
                    mid += 100;
                }
                r.value = Some(Value::Point(Point::Year(mid)));
                r.date_mod = Some(DateMod::Approx);
            }
        }
        Expr::YearsAgoAt { n, at } => {
            r.value = Some(match dct.filter(|d| d.known()).map(|d| d.point) {
                Some(p) => {
                    let y = p.year() - n;
                    Value::Point(match (at, p) {
                        (AgoAt::Day, Point::Day(_, m, d)) => Point::Day(y, m, d.min(days_in_month(y, m))),
                        (
                            AgoAt::Day | AgoAt::Week | AgoAt::Month,
                            Point::Day(_, m, _) | Point::Month(_, m),
                        ) => Point::Month(y, m),
                        (AgoAt::Season(s), _) => Point::Season(y, s),
                        _ => Point::Year(y),
                    })
                }
                None => Value::Ref("PAST_REF"),
            });
        }
        Expr::Dct { unit, n, fuzzy } => match dct {
            Some(d) if d.known() => {
                let granular = match unit {
                    Unit::Year => Some(Point::Year(d.point.year())),
                    Unit::Month => d.point.month().map(|m| Point::Month(d.point.year(), m)),
                    _ => Some(d.point),
                };
                if let Some((p, m)) = granular.and_then(|g| shift(g, unit, n, false, fuzzy)) {
                    r.value = Some(Value::Point(p));
                    r.date_mod = r.date_mod.or(m);
                }
            }
            // A decade counted from a lower bound still names the right decade, mostly.
            Some(d) if unit == Unit::Decade => {
                let y = d.point.year() + 10 * n;
                r.value = Some(Value::Point(Point::Decade(y.div_euclid(10))));
                r.date_mod = r.date_mod.or(Some(DateMod::Approx));
            }
            // No date to count from: only which side of the present it lies on.
            _ => r.value = Some(Value::Ref(reference(n))),
        },
        Expr::OfYear { month, day, n } => {
            if let Some(d) = dct.filter(|d| d.known()) {
                let y = d.point.year() + n;
                r.value = Some(Value::Point(match day {
                    Some(dd) => Point::Day(y, month, dd.min(days_in_month(y, month))),
                    None => Point::Month(y, month),
                }));
            }
        }
        Expr::DayPart(n) => {
            let base = match dct {
                Some(d) if d.stated() && d.point.day().is_some() => Some(d.point),
                _ => nar.day.map(|(p, i)| {
                    r.anchor = Some(i);
                    p
                }),
            };
            r.value = base
                .and_then(|b| shift(b, Unit::Day, n, false, false))
                .map(|(p, _)| Value::Point(p))
                .or(Some(Value::Ref(reference(n))));
        }
        Expr::Week(n) => {
            r.value = Some(match dct.filter(|d| d.known()).map(|d| d.point) {
                Some(Point::Day(y, m, d)) => {
                    let (y, m, d) = add_days(y, m, d, 7 * i64::from(n));
                    Value::Point(iso_week(y, m, d))
                }
                // Known to the month only: the month, the week's best approximation.
                Some(p @ Point::Month(..)) if n == 0 => Value::Point(p),
                _ => Value::Ref(reference(n)),
            });
        }
        Expr::Weekend(rel) => {
            if let Some(Point::Day(y, m, d)) = dct.filter(|d| d.known()).map(|d| d.point) {
                let past = rel == Rel::Last || rel == Rel::Bare && it.tense == Tense::Past;
                r.value = Some(Value::Point(against::weekend_from(y, m, d, past)));
            }
        }
        Expr::PastSpan { unit, n } => {
            let end = dct.filter(|d| d.known()).map(|d| d.point);
            r.value = Some(Value::Span { unit, n, end });
        }
        _ => {}
    }
}

/// Anaphoric expressions, counted from the narrative's current time ("two years later",
/// "since then", "that day", "the early years of the war"); "N years since X" also
/// records the present it implies.
fn anaphoric(it: &Input, nar: &Narrative, r: &mut Resolved, implied_present: &mut Vec<i32>) -> Option<Point> {
    let mut moves_to: Option<Point> = None;
    match it.expr {
        Expr::Part(unit) => {
            if let Some((p, i)) = nar.any {
                let y = p.year();
                r.anchor = Some(i);
                r.value = Some(Value::Point(match (unit, p.month()) {
                    (Unit::Day | Unit::Week, Some(m)) => Point::Month(y, m),
                    (Unit::Day | Unit::Week | Unit::Month, _) => Point::Year(y),
                    _ => Point::Decade(y.div_euclid(10)),
                }));
            }
        }
        Expr::ThatDay => {
            if let Some((p, i)) = nar.day {
                r.value = Some(Value::Point(p));
                r.anchor = Some(i);
            }
        }
        Expr::Then => {
            if let Some((p, i)) = nar.any {
                r.value = Some(Value::Point(p));
                r.anchor = Some(i);
            }
        }
        Expr::Shift { unit, n, vague, fuzzy, moves, base, counted } => {
            let anchor = if counted && moves && n > 0 && matches!(unit, Unit::Year | Unit::Decade) {
                nar.told.or(nar.for_unit(unit))
            } else if counted && matches!(unit, Unit::Day | Unit::Week) {
                match (nar.day, nar.any) {
                    (Some(d), Some(a)) if a.1 > d.1 => Some(a),
                    (None, a) => a,
                    (d, _) => d,
                }
            } else {
                nar.for_unit(unit)
            };
            let from = match base {
                Some(p) => Some(p),
                None => anchor.map(|(p, i)| {
                    r.anchor = Some(i);
                    p
                }),
            };
            if let Some((p, m)) = from.and_then(|b| shift(b, unit, n, vague, fuzzy)) {
                // "that year", "the same year": the year, whatever the anchor's precision.
                let p = if unit == Unit::Year && n == 0 { p.to_year() } else { p };
                r.value = Some(Value::Point(p));
                r.date_mod = r.date_mod.or(m);
                if moves {
                    moves_to = Some(p);
                }
            }
        }
        Expr::Since { unit, n, base } => {
            let from = match base {
                Some(p) => Some(p),
                None => nar.any.map(|(p, i)| {
                    r.anchor = Some(i);
                    p
                }),
            };
            let years = match unit {
                Unit::Year => Some(n),
                Unit::Decade => Some(10 * n),
                _ => None,
            };
            if let (Some(b), Some(years)) = (from, years) {
                let y = b.year() + years;
                r.value = Some(Value::Point(Point::Year(y)));
                implied_present.push(y);
            }
        }
        _ => {}
    }
    moves_to
}

/// The TIMEX3 reference value for a count from an unknown present.
fn reference(n: i32) -> &'static str {
    match n.signum() {
        -1 => "PAST_REF",
        1 => "FUTURE_REF",
        _ => "PRESENT_REF",
    }
}
