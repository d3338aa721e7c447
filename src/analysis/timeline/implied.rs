//! Presents the text implies, for the document-date estimate of [`super::dct`]: an
//! anniversary ("this year the town marks the bicentenary of the 1826 lease" = 2026) and an
//! age with a birth year ("born in 1913" and "died at 92" = 2005; "would have turned
//! ninety-five"). Kept apart from the estimate because each reads the raw text its own way,
//! word by word, without the scanner's tokens.

use super::Hit;
use super::calendar::Point;
use super::scan::Expr;
use crate::document::Document;

/// The present implied by an anniversary: "marking the 180th anniversary of its founding
/// this year", "this year the town marks the bicentenary of the lease", with a founding year
/// (one in the same sentence, else the text's earliest) that puts the present at or up to ten
/// years after the latest year reported (twenty-five when the sentence says "this year"),
/// and before any forecast year. "Next year marks…" counts one less.
pub(super) fn anniversary_present(
    doc: &Document,
    hits: &[Hit],
    latest: i32,
    earliest: i32,
    forecast_min: Option<i32>,
) -> Option<i32> {
    // The text is read in place, case-insensitively: a lowercase copy of a whole book was a
    // text-sized allocation at the analysis's peak. Only a sentence with a hit is copied.
    let text = &doc.text;
    let mut from = 0;
    while let Some((at, n, end)) = next_anniversary(text, from) {
        from = end;
        let Some(sentence) = doc.sentence_at(at) else { continue };
        let s_lower = text[sentence.start..sentence.end].to_ascii_lowercase();
        let shift = if s_lower.contains("next year") {
            -1
        } else if s_lower.contains("last year") {
            1
        } else {
            0
        };
        let reach = if s_lower.contains("this year") { 25 } else { 10 };
        let in_sentence = hits.iter().filter(|h| h.sentence == sentence).find_map(|h| match h.found.expr {
            Expr::Abs(Point::Year(y)) => Some(y),
            _ => None,
        });
        let ok = |base: i32| {
            let present = base + n + shift;
            ((latest..=latest + reach).contains(&present) && forecast_min.is_none_or(|f| present < f))
                .then_some(present)
        };
        if let Some(p) = in_sentence.and_then(ok).or_else(|| ok(earliest)) {
            return Some(p);
        }
    }
    None
}

/// The next "Nth anniversary" or "centenary"-type word at or after `from`, in any case: its
/// byte offset, the number of years it counts, and the offset after the word, where the next
/// search resumes (resuming at the word's start + 1 found "bicentenary" again for ever).
fn next_anniversary(text: &str, from: usize) -> Option<(usize, i32, usize)> {
    const WORDS: [(&str, i32); 9] = [
        ("centenary", 100),
        ("centennial", 100),
        ("bicentenary", 200),
        ("bicentennial", 200),
        ("sesquicentenary", 150),
        ("sesquicentennial", 150),
        ("tercentenary", 300),
        ("tercentennial", 300),
        ("quatercentenary", 400),
    ];
    let mut at = from;
    loop {
        text.get(at..)?;
        let hit = find_ascii_ci(text, at, &["anniversary", "centen"])?;
        // The word's start: after the last character that is not an ASCII letter (which may be
        // a curly quote or a dash, several bytes long).
        let start = text[..hit]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let len = text[hit..].find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(text.len() - hit);
        let word = &text[start..hit + len];
        at = hit + len.max(1);
        if word.eq_ignore_ascii_case("anniversary") {
            let ord = text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
            if let Some(n) = super::words::ordinal(&ord.to_ascii_lowercase()).filter(|&n| n > 1) {
                return Some((start, n, at));
            }
        } else if let Some(&(_, n)) = WORDS.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)) {
            return Some((start, n, at));
        }
    }
}

/// The first byte offset at or after `from` where one of `needles` (lowercase ASCII) starts,
/// ignoring ASCII case.
fn find_ascii_ci(text: &str, from: usize, needles: &[&str]) -> Option<usize> {
    let b = text.as_bytes();
    (from..b.len()).find(|&i| {
        needles.iter().any(|n| {
            let n = n.as_bytes();
            b[i].eq_ignore_ascii_case(&n[0])
                && b.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n))
        })
    })
}

/// The present implied by an age and a birth year: "born in 1913" and "died at 92" (or
/// "aged 92", "a 92-year-old") give 2005. Only with exactly one birth year in the text; the
/// largest age counts (an obituary's age at death, a profile's "now 64"). "Would have turned
/// ninety-five this year" and "turns 64" count too, in figures or in words.
pub(super) fn age_present(doc: &Document) -> Option<i32> {
    let mut births = Vec::new();
    let mut ages = Vec::new();
    // One pass over the words, none of them copied: only the four cue words look ahead, on a
    // copy of the iterator (collecting a book's words took 16 MB, its analysis's peak).
    let mut words = doc.text.split_whitespace();
    while let Some(w) = words.next() {
        let lw = trim_word(w);
        let raw = |k: usize| words.clone().nth(k - 1).unwrap_or("");
        let next = |k: usize| trim_word(raw(k)).to_ascii_lowercase();
        if lw.eq_ignore_ascii_case("born") {
            // "born in 1913", "born on 3 May 1913", "born 1913": the first year within six words.
            if let Some(y) = (1..=6).map(next).find_map(|w| year_word(&w)) {
                births.push(y);
            }
        }
        let age = if lw.eq_ignore_ascii_case("aged") {
            next(1).parse::<i32>().ok()
        } else if lw.eq_ignore_ascii_case("at") {
            // "died at 92", "at 92, she", not "at 15 percent" or "at 10 Downing Street".
            next(1).parse::<i32>().ok().filter(|_| {
                let after = next(2);
                raw(1).ends_with(|c: char| !c.is_alphanumeric())
                    || after.is_empty()
                    || matches!(
                        after.as_str(),
                        "in" | "on" | "after" | "and" | "following" | "from" | "at" | "of"
                    )
            })
        } else if ["turned", "turns", "turning"].iter().any(|t| lw.eq_ignore_ascii_case(t)) {
            let n = next(1);
            n.parse::<i32>().ok().or_else(|| number_words(&n))
        } else {
            year_old(lw)
        };
        if let Some(a) = age.filter(|a| (14..=115).contains(a)) {
            ages.push(a);
        }
    }
    births.dedup();
    match births.as_slice() {
        [b] => ages.into_iter().max().map(|a| b + a),
        _ => None,
    }
}

/// A word without the punctuation around it (hyphens kept).
fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// The age in "92-year-old", in any case.
fn year_old(w: &str) -> Option<i32> {
    const SUFFIX: &str = "-year-old";
    let cut = w.len().checked_sub(SUFFIX.len())?;
    (w.is_char_boundary(cut) && w[cut..].eq_ignore_ascii_case(SUFFIX))
        .then(|| w[..cut].parse().ok())
        .flatten()
}

fn year_word(w: &str) -> Option<i32> {
    (w.len() == 4).then(|| w.parse().ok()).flatten().filter(|y| (1000..=2200).contains(y))
}

/// A cardinal in words up to ninety-nine: "ninety-five", "eighty", "twelve".
fn number_words(w: &str) -> Option<i32> {
    match w.split_once('-') {
        Some((tens, units)) => {
            let t = super::words::number(tens).filter(|t| t % 10 == 0 && *t >= 20)?;
            let u = super::words::number(units)
                .filter(|u| (1..=9).contains(u) && !matches!(units, "a" | "an"))?;
            Some(t + u)
        }
        None => super::words::number(w).filter(|_| !matches!(w, "a" | "an" | "hundred")),
    }
}
