//! Calendar names without a year — a month, a day of a month, a weekday, a season — read
//! against a date: the document date ("in November" in a March dateline is the November
//! before, "next Wednesday" the one after) or the narrative's time ("the following spring").
//! Pure date arithmetic, kept apart from [`super::resolve`], which decides which date to
//! read them against.

use super::calendar::{Point, Season, add_days, days_in_month, weekday};
use super::scan::{Rel, Tense};

/// A month named without a year, read against the document date.
pub fn month_from_dct(d: Point, month: u32, rel: Rel, tense: Tense) -> Point {
    let y = d.year();
    let dm = d.month().unwrap_or(month);
    let past = match rel {
        Rel::Last => true,
        Rel::Next => false,
        Rel::This => return Point::Month(y, month),
        // no tense at all: the nearest such month ("August" in an October obituary)
        _ if tense == Tense::Unknown => {
            let ahead = (month as i32 - dm as i32).rem_euclid(12);
            let y = match (ahead <= 6, month < dm) {
                (true, true) => y + 1,
                (false, false) if month > dm => y - 1,
                _ => y,
            };
            return Point::Month(y, month);
        }
        _ => tense == Tense::Past,
    };
    let y = if past {
        if month > dm || (rel == Rel::Last && month == dm) { y - 1 } else { y }
    } else if month < dm || (rel == Rel::Next && month == dm) {
        y + 1
    } else {
        y
    };
    Point::Month(y, month)
}

/// A day of a month without a year: the past or next occurrence, else the nearest.
pub fn month_day_from_dct(dp: Point, m: u32, d: u32, tense: Tense) -> Point {
    let (y, dm, dd) = dp.ymd();
    let here = (dm, dd);
    let y = match tense {
        Tense::Past if (m, d) > here => y - 1,
        Tense::Future if (m, d) < here => y + 1,
        Tense::Unknown => {
            let dist = |yy: i32| {
                (super::calendar::days_from_civil(yy, m, d.min(days_in_month(yy, m)))
                    - super::calendar::days_from_civil(y, dm, dd))
                .abs()
            };
            [y - 1, y, y + 1].into_iter().min_by_key(|&yy| dist(yy)).unwrap_or(y)
        }
        _ => y,
    };
    Point::Day(y, m, d.min(days_in_month(y, m)))
}

/// A weekday read against a date: the last one (past) or the next one (future).
pub fn weekday_from(y: i32, m: u32, d: u32, wd: u32, rel: Rel, tense: Tense) -> Point {
    let today = weekday(y, m, d) as i64;
    let wd = i64::from(wd);
    let past = match rel {
        Rel::Last => true,
        Rel::Next => false,
        _ => tense == Tense::Past,
    };
    let delta = if past {
        let back = (today - wd).rem_euclid(7);
        -(if back == 0 && rel == Rel::Last { 7 } else { back })
    } else {
        let ahead = (wd - today).rem_euclid(7);
        // "Saturday" in a Saturday's report is that day unless the clause looks ahead.
        let same_day = rel == Rel::This || (rel == Rel::Bare && tense == Tense::Unknown);
        if ahead == 0 && !same_day { 7 } else { ahead }
    };
    let (y, m, d) = add_days(y, m, d, delta);
    Point::Day(y, m, d)
}

/// The weekend "the weekend" names on a date: the last one begun (past) or the coming one,
/// which is that of the date's own ISO week either way when the date is a Saturday or Sunday.
pub fn weekend_from(y: i32, m: u32, d: u32, past: bool) -> Point {
    let (y, m, d) = if past && weekday(y, m, d) < 5 { add_days(y, m, d, -7) } else { (y, m, d) };
    match super::calendar::iso_week(y, m, d) {
        Point::Week(wy, w) => Point::Weekend(wy, w),
        p => p,
    }
}

/// The first `season` at (or, if `strictly`, after) the time `n`.
pub fn season_after(n: Point, season: Season, strictly: bool) -> Point {
    let y = n.year();
    match n {
        Point::Year(_) if strictly => Point::Season(y + 1, season),
        Point::Year(_) => Point::Season(y, season),
        _ => {
            let here = n.month().map(Season::of_month).unwrap_or(Season::Spring);
            let later = if strictly { season > here } else { season >= here };
            Point::Season(if later { y } else { y + 1 }, season)
        }
    }
}

/// A season named without a year, read against the document date: "last spring" is the
/// latest spring already over, "the spring" in a future clause the next one not yet over.
pub fn season_from_dct(d: Point, season: Season, rel: Rel, tense: Tense) -> Point {
    let y = d.year();
    let dm = d.month().unwrap_or(6);
    let first = season.first_month();
    let last = if season == Season::Winter { 14 } else { first + 2 };
    match rel {
        // "this winter" in February is the winter that began in December
        Rel::This if season == Season::Winter && dm <= 3 => Point::Season(y - 1, season),
        Rel::This => Point::Season(y, season),
        Rel::Last => Point::Season(if last < dm { y } else { y - 1 }, season),
        Rel::Next => Point::Season(if first > dm { y } else { y + 1 }, season),
        _ if tense == Tense::Past => Point::Season(if first <= dm { y } else { y - 1 }, season),
        _ => Point::Season(if last >= dm { y } else { y + 1 }, season),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_against_a_wednesday() {
        // 2024-03-13 is a Wednesday.
        assert_eq!(weekday_from(2024, 3, 13, 1, Rel::Bare, Tense::Past), Point::Day(2024, 3, 12));
        assert_eq!(weekday_from(2024, 3, 13, 2, Rel::Next, Tense::Unknown), Point::Day(2024, 3, 20));
        assert_eq!(weekday_from(2024, 3, 13, 2, Rel::Bare, Tense::Past), Point::Day(2024, 3, 13));
        assert_eq!(weekday_from(2024, 3, 13, 4, Rel::Bare, Tense::Future), Point::Day(2024, 3, 15));
    }

    #[test]
    fn seasons_and_months_against_the_document_date() {
        let nov = Point::Day(2023, 11, 3);
        assert_eq!(
            season_from_dct(nov, Season::Spring, Rel::Last, Tense::Past),
            Point::Season(2023, Season::Spring)
        );
        let mar = Point::Day(2024, 3, 13);
        assert_eq!(
            season_from_dct(mar, Season::Spring, Rel::Bare, Tense::Future),
            Point::Season(2024, Season::Spring)
        );
        assert_eq!(month_from_dct(mar, 11, Rel::Bare, Tense::Past), Point::Month(2023, 11));
        assert_eq!(
            month_from_dct(Point::Day(2023, 10, 14), 1, Rel::Bare, Tense::Unknown),
            Point::Month(2024, 1)
        );
    }
}
