//! Ages that place a life's moment on the calendar: "in her late twenties", "his early
//! forties", "her teenage years", "at the age of six", "in her eighty-first year".
//!
//! An age is a date only once the person's birth is known, so the scanner finds the phrase
//! ([`phrase`], an [`Expr::Age`]) and [`date`] values it after resolution, from the best
//! evidence the text gives: a year told in the same sentence ("in 1977, when she was in her
//! early thirties"), else the nearest birth the text states — "born … 1937" within a few
//! words, or a present age ("who is 46", "Crane is now 61", "Orla Vantongeren, 44,")
//! counted back from the document date. An age with neither is left out of the timeline
//! rather than given a guessed value. Decades of life ("her thirties") are valued as the
//! calendar decade their middle falls in, the early/mid/late parts as a year (ages 32, 35,
//! 38), which is how the annotation guidelines value them.

use super::Hit;
use super::calendar::Point;
use super::expr::{Expr, M};
use super::resolve::{Resolved, Value};
use super::tokens::Cx;
use super::words;
use crate::document::Document;

/// "his/her/their [early|mid|late] twenties…nineties", "her teens", "her teenage years", "her
/// eighty-first year" at word `i` (the possessive).
pub fn phrase(cx: &Cx, i: usize) -> Option<M> {
    if !matches!(cx.w(i), "his" | "her" | "their") {
        return None;
    }
    let (part, k) = match cx.w(i + 1) {
        "early" => (Some(2), i + 2),
        "late" => (Some(8), i + 2),
        "mid" if cx.is_dash(i + 2) => (Some(5), i + 3),
        "mid" => (Some(5), i + 2),
        _ => (None, i + 1),
    };
    let w = cx.w(k);
    let (base, end) = if let Some(d) = words::decade_word(w) {
        (d * 10, k + 1)
    } else if w == "teens" {
        (13, k + 1)
    } else if w == "teenage" && cx.w(k + 1) == "years" {
        (13, k + 2)
    } else if part.is_none()
        && let Some((n, j)) = ordinal_at(cx, k)
        && cx.w(j) == "year"
        && (2..=110).contains(&n)
    {
        // "her eighty-first year": the year she was eighty
        return Some(M::new(i, j + 1, Expr::Age { years: n - 1, decade: false }));
    } else {
        return None;
    };
    let teens = base == 13;
    let e = match part {
        Some(p) if !teens => Expr::Age { years: base + p, decade: false },
        Some(p) => Expr::Age { years: if p == 8 { 18 } else { 12 + p }, decade: false },
        None => Expr::Age { years: if teens { 16 } else { base + 5 }, decade: true },
    };
    Some(M::new(i, end, e))
}

/// "the age of six", "the age of about seven", "the age of 94" at word `i` ("the").
pub fn the_age(cx: &Cx, i: usize) -> Option<M> {
    if cx.w(i + 1) != "age" || cx.w(i + 2) != "of" {
        return None;
    }
    let k = if matches!(cx.w(i + 3), "about" | "around" | "nearly" | "almost") { i + 4 } else { i + 3 };
    let (n, end) = match cx.digits(k) {
        Some((n, len)) if len <= 3 => (n, k + 1),
        _ => cardinal_at(cx, k)?,
    };
    (1..=115).contains(&n).then(|| M::new(i, end, Expr::Age { years: n, decade: false }))
}

/// A cardinal in words up to ninety-nine ("six", "twenty-two"), with the word after it.
fn cardinal_at(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    let w = cx.w(k);
    let n = words::number(w).filter(|_| !matches!(w, "a" | "an" | "hundred"))?;
    if n % 10 == 0
        && n >= 20
        && cx.is_dash(k + 1)
        && cx.attached(k + 1)
        && let Some(u) = words::number(cx.w(k + 2)).filter(|u| (1..=9).contains(u))
    {
        return Some((n + u, k + 3));
    }
    Some((n, k + 1))
}

/// An ordinal in words ("first", "eighty-first", "21st"), with the word after it.
fn ordinal_at(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    if let Some(n) = words::ordinal(cx.w(k)) {
        return Some((n, k + 1));
    }
    let tens = words::number(cx.w(k)).filter(|t| t % 10 == 0 && *t >= 20)?;
    (cx.is_dash(k + 1) && cx.attached(k + 1))
        .then(|| words::ordinal(cx.w(k + 2)).filter(|u| (1..=9).contains(u)))
        .flatten()
        .map(|u| (tens + u, k + 3))
}

/// Values every age of `hits` (see the module doc); the ages that get no value are listed
/// in the returned vector, by index, for the caller to leave out.
pub(super) fn date(doc: &Document, hits: &[Hit], resolved: &mut [Resolved], now: Option<i32>) -> Vec<usize> {
    let mut births = births(doc, now);
    // By offset, so that each age finds its births and its sentence's hits by bisection (hits
    // are in text order): a text of thousands of ages was quadratic.
    births.sort_by_key(|&(at, _)| at);
    let is_birth = |at: usize| births.binary_search_by_key(&at, |&(b, _)| b).is_ok();
    let mut unvalued = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        let Expr::Age { years, decade } = h.found.expr else { continue };
        // a year of the same sentence that is not the birth itself
        let lo = hits.partition_point(|o| o.span.start < h.sentence.start);
        let hi = hits.partition_point(|o| o.span.start < h.sentence.end);
        let told = hits[lo..hi.max(lo)]
            .iter()
            .filter(|o| o.sentence == h.sentence && !o.found.forecast)
            .find_map(|o| match o.found.expr {
                Expr::Abs(p) if !matches!(p, Point::Decade(_) | Point::Century(_)) => {
                    (!is_birth(o.span.start)).then_some(p.year())
                }
                _ => None,
            });
        let k = births.partition_point(|&(at, _)| at < h.span.start);
        let born = births[..k]
            .last()
            .or_else(|| births[k..].iter().find(|&&(at, _)| at > h.span.start))
            .map(|&(_, y)| y);
        let value = match (told, born) {
            (Some(y), _) => Some(Point::Year(y)),
            (None, Some(b)) if decade => Some(Point::Decade((b + years).div_euclid(10))),
            (None, Some(b)) => Some(Point::Year(b + years)),
            (None, None) => None,
        };
        match value {
            Some(p) => resolved[i].value = Some(Value::Point(p)),
            None => unvalued.push(i),
        }
    }
    unvalued
}

/// Births the text states, by byte offset: "born … 1937" (the first year within six words,
/// at the year's offset) and, with the document's year known, present ages ("who is 46",
/// "is now 61", "Name, 44,") counted back from it (at the age's offset).
fn births(doc: &Document, now: Option<i32>) -> Vec<(usize, i32)> {
    let text = &doc.text;
    let at_of = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    let mut out = Vec::new();
    // One pass over the words, none of them collected or copied (a book's word list was 14 MB,
    // the --json peak): "born" looks ahead on a copy of the iterator, an age looks back at the
    // two words before it.
    let mut words = text.split_whitespace();
    let mut before: [&str; 2] = ["", ""];
    while let Some(w) = words.next() {
        let prev = before;
        before = [w, prev[0]];
        let lw = bare(w);
        if lw.eq_ignore_ascii_case("born") {
            for yw in words.clone().take(6) {
                let trimmed = yw.trim_matches(|c: char| !c.is_ascii_digit());
                if let Ok(y) = trimmed.parse::<i32>()
                    && trimmed.len() == 4
                    && (1000..=2200).contains(&y)
                {
                    out.push((at_of(yw) + yw.find(trimmed).unwrap_or(0), y));
                    break;
                }
            }
            continue;
        }
        let Some(now) = now else { continue };
        // a present age: "who is 46", "is now 61", "Name, 44,"
        let age = lw.parse::<i32>().ok().filter(|a| (14..=110).contains(a) && lw.len() <= 3);
        let Some(age) = age else { continue };
        let word_before = |j: usize| bare(prev[j]).to_ascii_lowercase();
        let present = matches!(word_before(0).as_str(), "is" | "now")
            && matches!(word_before(1).as_str(), "who" | "is" | "now")
            || w.ends_with(',')
                && prev[0].ends_with(',')
                && prev[0].chars().next().is_some_and(char::is_uppercase);
        if present {
            out.push((at_of(w), now - age));
        }
    }
    out
}
