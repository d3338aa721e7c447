//! Calendar arithmetic for relative dates: a point shifted by a count of days, weeks,
//! months, years or decades ("three weeks later", "two years before"), at the precision the
//! point has. It is its own module because both the resolution of relative expressions
//! (resolve.rs) and event-anchored counts (events.rs) shift points the same way.

use super::calendar::{Point, add_days, add_months, days_in_month};
use super::words::Unit;
use crate::analysis::DateMod;

/// `p` shifted by `n` units. Vague counts ("several months") give a year with the part of
/// it the result falls in; fuzzy ones ("more than two years") and decades give a year.
pub fn shift(p: Point, unit: Unit, n: i32, vague: bool, fuzzy: bool) -> Option<(Point, Option<DateMod>)> {
    let shifted = match unit {
        Unit::Day | Unit::Week => {
            let days = i64::from(n) * if unit == Unit::Week { 7 } else { 1 };
            match p {
                Point::Day(y, m, d) => {
                    let (y, m, d) = add_days(y, m, d, days);
                    Point::Day(y, m, d)
                }
                // Days counted from a month: the month they land in, roughly.
                Point::Month(y, m) => {
                    let (y, m) = add_months(y, m, ((days + 15).div_euclid(30)) as i32);
                    Point::Month(y, m)
                }
                _ => return None,
            }
        }
        Unit::Month => match p {
            Point::Day(y, m, d) => {
                let (y, m) = add_months(y, m, n);
                Point::Day(y, m, d.min(days_in_month(y, m)))
            }
            Point::Month(y, m) => {
                let (y, m) = add_months(y, m, n);
                Point::Month(y, m)
            }
            Point::Season(..) | Point::Quarter(..) => {
                let (y, m) = add_months(p.year(), p.month()?, n);
                Point::Month(y, m)
            }
            _ => return None,
        },
        Unit::Year => match p {
            Point::Day(y, m, d) => Point::Day(y + n, m, d.min(days_in_month(y + n, m))),
            Point::Month(y, m) => Point::Month(y + n, m),
            Point::Season(y, s) => Point::Season(y + n, s),
            Point::Quarter(y, q) => Point::Quarter(y + n, q),
            Point::Year(y) => Point::Year(y + n),
            _ => return None,
        },
        Unit::Decade => {
            if matches!(p, Point::Decade(_) | Point::Century(_)) {
                return None;
            }
            return Some((Point::Year(p.year() + 10 * n), Some(DateMod::Approx)));
        }
    };
    if vague {
        let m = match shifted.month() {
            Some(1..=4) => Some(DateMod::Start),
            Some(5..=8) => Some(DateMod::Mid),
            Some(_) => Some(DateMod::End),
            None => Some(DateMod::Approx),
        };
        return Some((
            Point::Year(shifted.year()),
            if unit == Unit::Month { m } else { Some(DateMod::Approx) },
        ));
    }
    if fuzzy {
        return Some((shifted.to_year(), Some(DateMod::Approx)));
    }
    Some((shifted, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts() {
        let may99 = Point::Month(1999, 5);
        assert_eq!(shift(may99, Unit::Month, -6, true, false), Some((Point::Year(1998), Some(DateMod::End))));
        assert_eq!(
            shift(Point::Quarter(2022, 3), Unit::Year, -1, false, false),
            Some((Point::Quarter(2021, 3), None))
        );
        assert_eq!(
            shift(Point::Year(1986), Unit::Decade, 1, false, false),
            Some((Point::Year(1996), Some(DateMod::Approx)))
        );
        assert_eq!(
            shift(Point::Day(2024, 3, 13), Unit::Week, -2, false, false),
            Some((Point::Day(2024, 2, 28), None))
        );
        assert_eq!(shift(Point::Year(1864), Unit::Day, 1, false, false), None);
    }
}
