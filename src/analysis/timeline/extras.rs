//! The temporal expressions the reading timeline leaves out because they name no point in
//! time — durations ("a decade", "90 days", "several days", "two hours"), sets ("every
//! morning", "annually", "each week", "$2 million a year") — and clock times ("at 9 p.m.",
//! "at noon"), found for the TimeML export, which must carry every TIMEX3 of the text.
//!
//! They are matched on the same tokens as the timeline's expressions, but only where no
//! timeline expression lies ([`sentence`] is given the taken token ranges), so the timeline
//! itself is unchanged by them. Each comes with its TIMEX3 type and value already: a
//! duration or set needs no anchor, and a clock time only the day, which
//! [`super::timex`] adds from its neighbours.

use super::tokens::{Cx, TokKind};
use super::words;

/// TIMEX3's four types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The name TimeML writes.
    pub fn name(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A duration, set or clock time, in token positions of its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    /// The TIMEX3 value; for a clock time only its time part ("T21:00").
    pub value: String,
    /// TIMEX3 `mod` ("MORE_THAN", "APPROX").
    pub date_mod: Option<&'static str>,
    /// TIMEX3 `quant` of a set ("EVERY", "EACH").
    pub quant: Option<&'static str>,
}

impl Extra {
    fn new(start: usize, end: usize, kind: TimexType, value: String) -> Extra {
        Extra { start, end, kind, value, date_mod: None, quant: None }
    }
}

/// Every duration, set and clock time of a sentence outside the `taken` token ranges.
pub fn sentence(cx: &Cx, taken: &[(usize, usize)], out: &mut Vec<Extra>) {
    let free = |a: usize, b: usize| taken.iter().all(|&(s, e)| b <= s || a >= e);
    let mut i = 0;
    while i < cx.len() {
        if !free(i, i + 1) {
            i += 1;
            continue;
        }
        match set(cx, i).or_else(|| clock(cx, i)).or_else(|| duration(cx, i)) {
            Some(x) if x.end > x.start && free(x.start, x.end) => {
                i = x.end;
                out.push(x);
            }
            _ => i += 1,
        }
    }
}

/// A unit word: its ISO 8601 letter, whether it is a time (`PT…`) unit, how many of the
/// letter one unit is (a decade is ten years), and the letter of a vague count ("decades"
/// = `PXDE`).
fn unit(w: &str) -> Option<(&'static str, bool, i32, &'static str)> {
    Some(match w {
        "second" | "seconds" => ("S", true, 1, "S"),
        "minute" | "minutes" => ("M", true, 1, "M"),
        "hour" | "hours" => ("H", true, 1, "H"),
        "day" | "days" | "night" | "nights" => ("D", false, 1, "D"),
        "week" | "weeks" => ("W", false, 1, "W"),
        "fortnight" | "fortnights" => ("W", false, 2, "W"),
        "month" | "months" => ("M", false, 1, "M"),
        "year" | "years" => ("Y", false, 1, "Y"),
        "decade" | "decades" => ("Y", false, 10, "DE"),
        "century" | "centuries" => ("Y", false, 100, "CE"),
        _ => return None,
    })
}

/// `P3D`, `PT2H`, `P10Y`; `n = None` for a vague count (`PXD`, `PXDE`).
fn period(w: &str, n: Option<i32>) -> Option<String> {
    let (letter, time, mult, vague) = unit(w)?;
    let t = if time { "T" } else { "" };
    Some(match n {
        Some(n) => format!("P{t}{}{letter}", n * mult),
        None => format!("P{t}X{vague}"),
    })
}

/// A count at token `k`: its value (`None` when vague: "several", "a few", bare plurals
/// are handled by the caller) and the token after it.
fn count(cx: &Cx, k: usize) -> Option<(Option<i32>, usize)> {
    if let Some((n, len)) = cx.digits(k) {
        return (len <= 3 && n > 0).then_some((Some(n), k + 1));
    }
    let w = cx.w(k);
    match w {
        "a" | "an" if cx.w(k + 1) == "few" => return Some((None, k + 2)),
        "a" | "an" if cx.w(k + 1) == "couple" && cx.w(k + 2) == "of" => return Some((Some(2), k + 3)),
        "several" | "few" | "many" | "some" => return Some((None, k + 1)),
        "half" if matches!(cx.w(k + 1), "a" | "an") => return Some((Some(-1), k + 2)),
        _ => {}
    }
    let n = words::number(w).filter(|&n| n < 100)?;
    if (20..=90).contains(&n) && n % 10 == 0 {
        let j = if cx.is_dash(k + 1) && cx.attached(k + 1) { k + 2 } else { k + 1 };
        if let Some(u) = words::number(cx.w(j)).filter(|u| (1..=9).contains(u) && cx.w(j) != "a") {
            return Some((Some(n + u), j + 1));
        }
    }
    Some((Some(n), k + 1))
}

/// A modifier before a count: the TIMEX3 `mod` and the token after it.
fn count_mod(cx: &Cx, i: usize) -> (Option<&'static str>, usize) {
    match (cx.w(i), cx.w(i + 1)) {
        ("more" | "longer", "than") => (Some("MORE_THAN"), i + 2),
        ("less" | "fewer" | "shorter", "than") => (Some("LESS_THAN"), i + 2),
        ("at", "least") => (Some("EQUAL_OR_MORE"), i + 2),
        ("at", "most") | ("up", "to") => (Some("EQUAL_OR_LESS"), i + 2),
        ("just", "over") => (Some("MORE_THAN"), i + 2),
        ("just", "under") => (Some("LESS_THAN"), i + 2),
        ("nearly" | "almost" | "under", _) => (Some("LESS_THAN"), i + 1),
        ("over", _) => (Some("MORE_THAN"), i + 1),
        ("about" | "around" | "roughly" | "approximately" | "some", _) => (Some("APPROX"), i + 1),
        ("another" | "a" | "an", "further" | "extra" | "additional") => (None, i + 2),
        ("another", _) => (None, i + 1),
        _ => (None, i),
    }
}

/// Words before "a year" / "a day" that make it a rate: "$20 million a year", "twice a week".
fn rate_before(cx: &Cx, k: usize) -> bool {
    // "40,000 tonnes a year", "300 people a day": a counted noun before it
    let counted_noun = k > 1 && cx.kind(k - 2) == Some(TokKind::Num) && cx.is_word(k - 1);
    k > 0
        && (cx.kind(k - 1) == Some(TokKind::Num)
            || counted_noun
            || cx.is(k - 1, "%")
            || matches!(
                cx.w(k - 1),
                "times"
                    | "once"
                    | "twice"
                    | "thrice"
                    | "million"
                    | "billion"
                    | "thousand"
                    | "percent"
                    | "cent"
            ))
}

/// "for three years", "a decade", "nearly two hours", "several days", "a 90-day review",
/// "52 years old", "the next two years", "the coming months", "for years".
fn duration(cx: &Cx, i: usize) -> Option<Extra> {
    // "the next two years", "the coming months": a span from the narrative's time
    if cx.w(i) == "the" && matches!(cx.w(i + 1), "next" | "coming" | "following" | "first" | "previous") {
        let k = i + 2;
        if let Some((n, after)) = count(cx, k).filter(|_| !matches!(cx.w(k), "a" | "an"))
            && let Some(v) = period(cx.w(after), n).filter(|_| cx.w(after).ends_with('s'))
        {
            return Some(Extra::new(i, after + 1, TimexType::Duration, v));
        }
        if cx.w(i + 1) == "coming" && cx.w(k).ends_with('s') {
            let v = period(cx.w(k), None)?;
            return Some(Extra::new(i, k + 1, TimexType::Duration, v));
        }
        return None;
    }
    // "for years", "for decades", "in months"
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    if matches!(prev, "for" | "in" | "over" | "within")
        && matches!(cx.w(i), "years" | "decades" | "months" | "weeks" | "hours" | "centuries")
    {
        return Some(Extra::new(i, i + 1, TimexType::Duration, period(cx.w(i), None)?));
    }
    let (date_mod, k) = count_mod(cx, i);
    let (n, after) = count(cx, k)?;
    // "90-day", "two-hour": a hyphenated adjective, singular unit
    let (u, end) = if cx.is_dash(after) && cx.attached(after) && cx.attached(after + 1) {
        (after + 1, after + 2)
    } else {
        (after, after + 1)
    };
    let w = cx.w(u);
    unit(w)?;
    let one = matches!(cx.w(k), "a" | "an" | "one");
    if one && (rate_before(cx, k) || w.ends_with('s')) {
        return None;
    }
    // "a second mine" is an ordinal; "for a second" a length
    if one && w == "second" && cx.is_word(end) && !words::is_function_word(cx.w(end)) {
        return None;
    }
    // "one day he left", "some day": a vague date, not a length
    if matches!(cx.w(k), "one" | "some") && w == "day" && !matches!(prev, "for" | "in" | "within" | "after") {
        return None;
    }
    // a plural unit needs a plural count ("two days", not "a days"), and the reverse
    let plural = w.ends_with('s') || w == "centuries";
    if u == after && n.is_some_and(|n| n > 1) != plural && n.is_some() && n != Some(-1) {
        return None;
    }
    if n.is_none() && !plural {
        return None;
    }
    let value = if n == Some(-1) {
        match w {
            "hour" => "PT30M".to_string(),
            "day" => "PT12H".to_string(),
            "year" => "P6M".to_string(),
            "century" => "P50Y".to_string(),
            "decade" => "P5Y".to_string(),
            _ => return None,
        }
    } else {
        period(w, n)?
    };
    let end = if u == after && cx.w(end) == "old" { end + 1 } else { end };
    Some(Extra { date_mod, ..Extra::new(i, end, TimexType::Duration, value) })
}

/// A part of the day's TIMEX3 code.
pub fn day_part_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" | "mornings" => "MO",
        "afternoon" | "afternoons" => "AF",
        "evening" | "evenings" => "EV",
        "night" | "nights" | "tonight" | "overnight" => "NI",
        _ => return None,
    })
}

/// "every morning", "each week", "every two years", "every other Sunday", "annually",
/// "on Sundays", "$20 million a year", "per day".
fn set(cx: &Cx, i: usize) -> Option<Extra> {
    let w = cx.w(i);
    let adverb = match w {
        "daily" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "annually" | "yearly" => Some("P1Y"),
        "hourly" => Some("PT1H"),
        "quarterly" => Some("P3M"),
        "nightly" => Some("XXXX-XX-XXTNI"),
        _ => None,
    };
    if let Some(v) = adverb {
        // an adverb ("paid annually", "meets weekly,"), not an adjective ("a daily paper")
        let prev = if i > 0 { cx.w(i - 1) } else { "" };
        let next_is_noun = cx.is_word(i + 1) && !words::is_function_word(cx.w(i + 1));
        if words::determiner(prev) || next_is_noun {
            return None;
        }
        return Some(Extra::new(i, i + 1, TimexType::Set, v.to_string()));
    }
    if matches!(w, "a" | "an" | "per") && rate_before(cx, i) || w == "per" {
        let v = period(cx.w(i + 1), Some(1)).filter(|_| !cx.w(i + 1).ends_with('s'))?;
        return Some(Extra::new(i, i + 2, TimexType::Set, v));
    }
    // "twice a year", "three times a day": the frequency is part of the set
    let times = match w {
        "once" | "twice" | "thrice" => Some(i + 1),
        _ if cx.w(i + 1) == "times" && (words::number(w).is_some() || cx.digits(i).is_some()) => Some(i + 2),
        _ => None,
    };
    if let Some(k) = times
        && matches!(cx.w(k), "a" | "an" | "per")
        && let Some(v) = period(cx.w(k + 1), Some(1)).filter(|_| !cx.w(k + 1).ends_with('s'))
    {
        return Some(Extra::new(i, k + 2, TimexType::Set, v));
    }
    // "on Sundays", "Tuesday mornings"
    if cx.capitalised(i)
        && let Some(d) = w.strip_suffix('s').and_then(words::weekday)
        && w.len() > 4
    {
        return Some(Extra::new(i, i + 1, TimexType::Set, format!("XXXX-WXX-{}", d + 1)));
    }
    let quant = match w {
        "every" => "EVERY",
        "each" => "EACH",
        _ => return None,
    };
    let (k, step) = if cx.w(i + 1) == "other" { (i + 2, 2) } else { (i + 1, 1) };
    let x = cx.w(k);
    let v = if let Some((Some(n), after)) = count(cx, k).filter(|_| !matches!(x, "a" | "an" | "some" | "one"))
        && cx.w(after).ends_with('s')
    {
        return Some(Extra {
            quant: Some(quant),
            ..Extra::new(i, after + 1, TimexType::Set, period(cx.w(after), Some(n))?)
        });
    } else if let Some(p) = day_part_code(x) {
        format!("XXXX-XX-XXT{p}")
    } else if let Some(d) = words::weekday(x).filter(|_| cx.capitalised(k)) {
        format!("XXXX-WXX-{}", d + 1)
    } else if let Some(m) = words::month(x).filter(|_| cx.capitalised(k) && x.len() > 3) {
        format!("XXXX-{m:02}")
    } else if let Some(s) = words::season(x) {
        format!("XXXX-{}", s.code())
    } else if !x.ends_with('s') {
        period(x, Some(step))?
    } else {
        return None;
    };
    Some(Extra { quant: Some(quant), ..Extra::new(i, k + 1, TimexType::Set, v) })
}

/// "9 p.m.", "9.30am", "4AM", "21:00", "at noon", "midnight", "six o'clock": the time part
/// of a TIMEX3 value.
fn clock(cx: &Cx, i: usize) -> Option<Extra> {
    let prev = if i > 0 { cx.w(i - 1) } else { "" };
    let at =
        matches!(prev, "at" | "by" | "until" | "till" | "before" | "after" | "around" | "from" | "about");
    let w = cx.w(i);
    if matches!(w, "noon" | "midday" | "midnight") && (at || cx.w(i + 1) == "on") {
        let v = if w == "midnight" { "T24:00" } else { "T12:00" };
        return Some(Extra::new(i, i + 1, TimexType::Time, v.to_string()));
    }
    if cx.kind(i) != Some(TokKind::Num) {
        return None;
    }
    // the hour, with "am"/"pm" glued on ("4AM", "9pm") or not
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let glued = &w[digits.len()..];
    let h: u32 = digits.parse().ok().filter(|h| *h <= 24)?;
    let mut k = i + 1;
    let mut minutes = 0;
    let colon = cx.is(k, ":");
    if glued.is_empty() && (colon || cx.is(k, ".")) && cx.attached(k) && cx.attached(k + 1) {
        let m = cx.w(k + 1);
        let md = m.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if md.len() == 2
            && let Ok(mm) = md.parse::<u32>()
            && mm < 60
        {
            minutes = mm;
            k += 2;
            if md.len() < m.len() {
                return meridiem(&m[2..], h, minutes).map(|v| Extra::new(i, k, TimexType::Time, v));
            }
        } else {
            return None;
        }
    }
    if !glued.is_empty() {
        return meridiem(glued, h, 0).map(|v| Extra::new(i, i + 1, TimexType::Time, v));
    }
    // "p.m.", "a.m.", "pm", "AM"
    let (mer, end) = match (cx.w(k), cx.is(k + 1, "."), cx.w(k + 2)) {
        ("a" | "p", true, "m") => {
            let e = if cx.is(k + 3, ".") { k + 4 } else { k + 3 };
            (Some(if cx.w(k) == "a" { "am" } else { "pm" }), e)
        }
        ("am" | "pm", _, _) => (Some(cx.w(k)), k + 1),
        _ => (None, k),
    };
    if let Some(mer) = mer {
        return meridiem(mer, h, minutes).map(|v| Extra::new(i, end, TimexType::Time, v));
    }
    if cx.w(k) == "o" && cx.is_apostrophe(k + 1) && cx.w(k + 2) == "clock" && h <= 12 {
        return Some(Extra::new(i, k + 3, TimexType::Time, format!("T{h:02}:00")));
    }
    (k == i + 3 && colon && at && h < 24)
        .then(|| Extra::new(i, k, TimexType::Time, format!("T{h:02}:{minutes:02}")))
}

/// "am"/"pm" applied to an hour of 1–12.
fn meridiem(mer: &str, h: u32, minutes: u32) -> Option<String> {
    if !(1..=12).contains(&h) {
        return None;
    }
    let h = match mer {
        "am" => h % 12,
        "pm" => h % 12 + 12,
        _ => return None,
    };
    Some(format!("T{h:02}:{minutes:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::timeline::tokens::tokenize;

    fn extras(s: &str) -> Vec<(String, &'static str, String)> {
        let lc = s.to_ascii_lowercase();
        let mut toks = Vec::new();
        tokenize(s, &mut toks);
        let cx = Cx { raw: s, lc: &lc, toks: &toks };
        let mut out = Vec::new();
        sentence(&cx, &[], &mut out);
        out.iter()
            .map(|x| {
                (s[toks[x.start].start..toks[x.end - 1].end].to_string(), x.kind.name(), x.value.clone())
            })
            .collect()
    }

    fn one(s: &str) -> (String, String) {
        let v = extras(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        (v[0].0.clone(), v[0].2.clone())
    }

    #[test]
    fn durations_with_counts_units_and_modifiers() {
        assert_eq!(one("She ran the firm for eleven years."), ("eleven years".into(), "P11Y".into()));
        assert_eq!(one("It took a decade to build."), ("a decade".into(), "P10Y".into()));
        assert_eq!(one("a 90-day review"), ("90-day".into(), "P90D".into()));
        assert_eq!(one("The talks lasted two hours."), ("two hours".into(), "PT2H".into()));
        assert_eq!(one("They waited several days."), ("several days".into(), "PXD".into()));
        assert_eq!(
            one("after more than twenty-five minutes"),
            ("more than twenty-five minutes".into(), "PT25M".into())
        );
        assert_eq!(one("The mill stood idle for decades."), ("decades".into(), "PXDE".into()));
        assert_eq!(one("The man, 52 years old, was freed."), ("52 years old".into(), "P52Y".into()));
        assert_eq!(one("over the next two years"), ("the next two years".into(), "P2Y".into()));
        assert_eq!(one("in the coming months"), ("the coming months".into(), "PXM".into()));
        assert_eq!(one("half an hour later"), ("half an hour".into(), "PT30M".into()));
    }

    #[test]
    fn sets_and_rates() {
        assert_eq!(one("He swims every morning."), ("every morning".into(), "XXXX-XX-XXTMO".into()));
        assert_eq!(one("The fair is held annually."), ("annually".into(), "P1Y".into()));
        assert_eq!(one("Each week the board meets."), ("Each week".into(), "P1W".into()));
        assert_eq!(one("It costs $20 million a year."), ("a year".into(), "P1Y".into()));
        assert_eq!(one("output of 40,000 tonnes a year"), ("a year".into(), "P1Y".into()));
        assert_eq!(one("It meets twice a week."), ("twice a week".into(), "P1W".into()));
        assert_eq!(one("Take it three times a day."), ("three times a day".into(), "P1D".into()));
        assert_eq!(one("The market opens on Sundays."), ("Sundays".into(), "XXXX-WXX-7".into()));
        assert_eq!(one("every two weeks"), ("every two weeks".into(), "P2W".into()));
        assert!(extras("the daily paper and a weekly column").is_empty());
    }

    #[test]
    fn clock_times() {
        assert_eq!(one("The polls closed at 9 p.m."), ("9 p.m.".into(), "T21:00".into()));
        assert_eq!(one("They left at 4AM and rested."), ("4AM".into(), "T04:00".into()));
        assert_eq!(one("by 10:30 the hall was full"), ("10:30".into(), "T10:30".into()));
        assert_eq!(one("at noon"), ("noon".into(), "T12:00".into()));
        assert!(extras("The score was 2:1 at half-time.").is_empty());
    }

    #[test]
    fn not_durations() {
        assert!(extras("One day he left the town.").is_empty());
        assert!(extras("It was the first year of the war.").is_empty());
        assert!(extras("He sold 300 copies.").is_empty());
        assert!(extras("Plans for a second mine were shelved.").is_empty());
        assert_eq!(one("He served another 25 years."), ("another 25 years".into(), "P25Y".into()));
    }
}
