//! Calendar values: a point in time at some granularity (day, month, season, quarter, year,
//! decade, century), its TIMEX3-like value string, the dates it spans and a short label.
//!
//! Hand-written proleptic-Gregorian arithmetic (days from the civil date and back) covers
//! everything the timeline needs — shifting by days, months and years, weekdays, month
//! lengths — in a few lines, so no date crate is pulled in for it.

use crate::analysis::{DateMod, DateRange};

/// A season, in TIMEX3 order (`SP`, `SU`, `FA`, `WI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
        }
    }

    /// First month of the season (northern hemisphere, meteorological).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }

    /// The season a month falls in (January and February belong to the winter that began
    /// the December before, which callers handle by year).
    pub fn of_month(month: u32) -> Season {
        match month {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Autumn,
            _ => Season::Winter,
        }
    }
}

/// A calendar value at some granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Day(i32, u32, u32),
    Month(i32, u32),
    Season(i32, Season),
    Quarter(i32, u32),
    /// An ISO week: (ISO year, week number).
    Week(i32, u32),
    /// The Saturday and Sunday of an ISO week: `2026-W09-WE`.
    Weekend(i32, u32),
    /// A half year: (year, 1 or 2).
    Half(i32, u32),
    Year(i32),
    /// The decade by its first three digits: 198 = the 1980s.
    Decade(i32),
    /// The century by its first two digits: 18 = the 1800s (the 19th century).
    Century(i32),
}

impl Point {
    /// The (first) year of the value.
    pub fn year(self) -> i32 {
        match self {
            Point::Day(y, ..) | Point::Month(y, _) | Point::Season(y, _) | Point::Quarter(y, _) => y,
            Point::Week(..) | Point::Weekend(..) => self.bounds().0.0,
            Point::Half(y, _) => y,
            Point::Year(y) => y,
            Point::Decade(d) => d * 10,
            Point::Century(c) => c * 100,
        }
    }

    /// The TIMEX3-like value: `1999-05-14`, `1999-05`, `2005-SU`, `2024-Q1`, `1999`, `198X`, `18XX`.
    pub fn value(self) -> String {
        match self {
            Point::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.code()),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}X"),
            Point::Century(c) => format!("{c:02}XX"),
        }
    }

    /// First and last day covered, as (year, month, day) triples.
    pub fn bounds(self) -> ((i32, u32, u32), (i32, u32, u32)) {
        match self {
            Point::Day(y, m, d) => ((y, m, d), (y, m, d)),
            Point::Month(y, m) => ((y, m, 1), (y, m, days_in_month(y, m))),
            Point::Season(y, s) => {
                let m = s.first_month();
                let (ey, em) = if m == 12 { (y + 1, 2) } else { (y, m + 2) };
                ((y, m, 1), (ey, em, days_in_month(ey, em)))
            }
            Point::Quarter(y, q) => {
                let m = (q.clamp(1, 4) - 1) * 3 + 1;
                ((y, m, 1), (y, m + 2, days_in_month(y, m + 2)))
            }
            Point::Week(y, w) => {
                let monday = iso_week_monday(y, w);
                (civil_from_days(monday), civil_from_days(monday + 6))
            }
            Point::Weekend(y, w) => {
                let monday = iso_week_monday(y, w);
                (civil_from_days(monday + 5), civil_from_days(monday + 6))
            }
            Point::Half(y, h) => {
                if h == 1 {
                    ((y, 1, 1), (y, 6, 30))
                } else {
                    ((y, 7, 1), (y, 12, 31))
                }
            }
            Point::Year(y) => ((y, 1, 1), (y, 12, 31)),
            Point::Decade(d) => ((d * 10, 1, 1), (d * 10 + 9, 12, 31)),
            Point::Century(c) => ((c * 100, 1, 1), (c * 100 + 99, 12, 31)),
        }
    }

    /// The dates covered, narrowed by a START/MID/END modifier to the first, middle or last
    /// third of a year, decade or century.
    pub fn range(self, date_mod: Option<DateMod>) -> DateRange {
        let (mut from, mut to) = self.bounds();
        let span_years = match self {
            Point::Decade(_) => 10,
            Point::Century(_) => 100,
            _ => 0,
        };
        match (date_mod, span_years) {
            (Some(DateMod::Start), n) if n > 0 => to = (from.0 + n / 3 - 1, 12, 31),
            (Some(DateMod::Mid), n) if n > 0 => {
                from = (from.0 + n / 3, 1, 1);
                to = (from.0 + n / 3 - 1, 12, 31);
            }
            (Some(DateMod::End), n) if n > 0 => from = (to.0 - n / 3 + 1, 1, 1),
            (Some(DateMod::Start), _) if matches!(self, Point::Year(_)) => to = (from.0, 4, 30),
            (Some(DateMod::Mid), _) if matches!(self, Point::Year(_)) => {
                from = (from.0, 5, 1);
                to = (from.0, 8, 31);
            }
            (Some(DateMod::End), _) if matches!(self, Point::Year(_)) => from = (from.0, 9, 1),
            _ => {}
        }
        DateRange { from: ymd(from), to: ymd(to) }
    }

    /// A short label: "14 May 1999", "May 1999", "summer 1952", "Q1 2024", "1980s", "19th century".
    pub fn label(self) -> String {
        match self {
            Point::Day(y, m, d) => format!("{d} {} {y}", month_name(m)),
            Point::Month(y, m) => format!("{} {y}", month_name(m)),
            Point::Season(y, s) => format!("{} {y}", s.name()),
            Point::Quarter(y, q) => format!("Q{q} {y}"),
            Point::Week(..) => {
                let (y, m, d) = self.bounds().0;
                format!("week of {d} {} {y}", month_name(m))
            }
            Point::Weekend(..) => {
                let (y, m, d) = self.bounds().0;
                format!("weekend of {d} {} {y}", month_name(m))
            }
            Point::Half(y, h) => format!("H{h} {y}"),
            Point::Year(y) => format!("{y}"),
            Point::Decade(d) => format!("{}s", d * 10),
            Point::Century(c) => format!("{} century", ordinal(c + 1)),
        }
    }

    /// The same point at year granularity (coarser values stay as they are).
    pub fn to_year(self) -> Point {
        match self {
            Point::Decade(_) | Point::Century(_) => self,
            _ => Point::Year(self.year()),
        }
    }

    /// Sort key: the first day covered, as days since 1970-01-01.
    pub fn start_days(self) -> i64 {
        let (y, m, d) = self.bounds().0;
        days_from_civil(y, m, d)
    }
}

impl Point {
    /// The (first) month of the value, for values finer than a year.
    pub fn month(self) -> Option<u32> {
        match self {
            Point::Day(_, m, _) | Point::Month(_, m) => Some(m),
            Point::Season(_, s) => Some(s.first_month()),
            Point::Quarter(_, q) => Some((q - 1) * 3 + 1),
            Point::Week(..) | Point::Weekend(..) | Point::Half(..) => Some(self.bounds().0.1),
            _ => None,
        }
    }

    /// The day of a day value.
    pub fn day(self) -> Option<u32> {
        match self {
            Point::Day(_, _, d) => Some(d),
            _ => None,
        }
    }

    /// (year, month, day), defaulting to the first month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        (self.year(), self.month().unwrap_or(1), self.day().unwrap_or(1))
    }
}

impl Point {
    /// A day value shifted by `n` days (other values are returned as they are).
    pub fn shifted_days(self, n: i64) -> Point {
        match self {
            Point::Day(y, m, d) => {
                let (y, m, d) = add_days(y, m, d, n);
                Point::Day(y, m, d)
            }
            _ => self,
        }
    }

    /// A day value shifted by `n` months, the day clamped to the month's length.
    pub fn shifted_months(self, n: i32) -> Point {
        match self {
            Point::Day(y, m, d) => {
                let (y, m) = add_months(y, m, n);
                Point::Day(y, m, d.min(days_in_month(y, m)))
            }
            _ => self,
        }
    }
}

/// A value with its modifier as a display label ("late 2000s", "~2011", "since May 1999").
pub fn display(point: Point, date_mod: Option<DateMod>) -> String {
    let base = point.label();
    match date_mod {
        None => base,
        Some(DateMod::Start) => format!("early {base}"),
        Some(DateMod::Mid) => format!("mid {base}"),
        Some(DateMod::End) => format!("late {base}"),
        Some(DateMod::Before) => format!("before {base}"),
        Some(DateMod::After) => format!("after {base}"),
        Some(DateMod::Approx) => format!("~{base}"),
    }
}

fn ymd((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub fn month_name(m: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

/// Whether (y, m, d) is a real calendar date.
pub fn valid_day(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Day of the week, 0 = Monday .. 6 = Sunday.
pub fn weekday(y: i32, m: u32, d: u32) -> u32 {
    // 1970-01-01 was a Thursday (3).
    (days_from_civil(y, m, d) + 3).rem_euclid(7) as u32
}

/// (y, m, d) shifted by `n` days.
pub fn add_days(y: i32, m: u32, d: u32, n: i64) -> (i32, u32, u32) {
    civil_from_days(days_from_civil(y, m, d) + n)
}

/// The ISO week (ISO year, week number) of a date.
pub fn iso_week(y: i32, m: u32, d: u32) -> Point {
    let days = days_from_civil(y, m, d);
    let thursday = days + 3 - i64::from(weekday(y, m, d));
    let (ty, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    Point::Week(ty, week as u32)
}

/// The day number of the Monday of ISO week `w` of ISO year `y`.
fn iso_week_monday(y: i32, w: u32) -> i64 {
    let jan4 = days_from_civil(y, 1, 4);
    jan4 - i64::from(weekday(y, 1, 4)) + 7 * (i64::from(w) - 1)
}

/// (y, m) shifted by `n` months.
pub fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_weekdays() {
        for z in [-800_000i64, -1, 0, 1, 19_000, 20_000, 60_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(weekday(2024, 3, 13), 2); // a Wednesday
        assert_eq!(weekday(2023, 10, 14), 5); // a Saturday
        assert_eq!(add_days(2024, 3, 1, -1), (2024, 2, 29));
        assert_eq!(add_months(2024, 1, -2), (2023, 11));
        assert_eq!(iso_week(2024, 3, 13), Point::Week(2024, 11));
        assert_eq!(iso_week(2021, 1, 1), Point::Week(2020, 53));
        assert_eq!(Point::Week(2024, 11).range(None).from, "2024-03-11");
    }

    #[test]
    fn values_ranges_and_labels() {
        assert_eq!(Point::Decade(198).value(), "198X");
        assert_eq!(Point::Century(18).value(), "18XX");
        assert_eq!(Point::Century(18).label(), "19th century");
        assert_eq!(Point::Season(1952, Season::Summer).value(), "1952-SU");
        let r = Point::Decade(200).range(Some(DateMod::End));
        assert_eq!((r.from.as_str(), r.to.as_str()), ("2007-01-01", "2009-12-31"));
        let r = Point::Season(2023, Season::Winter).range(None);
        assert_eq!((r.from.as_str(), r.to.as_str()), ("2023-12-01", "2024-02-29"));
        assert_eq!(display(Point::Decade(200), Some(DateMod::End)), "late 2000s");
        assert_eq!(display(Point::Year(2011), Some(DateMod::Approx)), "~2011");
    }
}
