//! The tense of the clause around an expression — the cue words nearest it, in a window that
//! stops at punctuation and subordinators — and whether the expression lies in a future or
//! forecast clause. Kept apart from the scanner, which asks once per expression, and from
//! [`super::tense_words`], which holds the cue words themselves.

use super::expr::{M, Tense};
use super::tokens::{Cx, TokKind};
use super::words;

/// The tokens of the clause around `start..end` (without the expression itself): clauses
/// end at punctuation other than hyphens and apostrophes, and at "that", "while", "but",
/// "when"; at most a dozen tokens each way, never a scan of a whole run-on line.
pub(super) fn clause(cx: &Cx, start: usize, end: usize) -> impl Iterator<Item = usize> {
    clause_within(cx, start, end, 12)
}

/// [`clause`] reaching up to `window` tokens on either side.
fn clause_within(cx: &Cx, start: usize, end: usize, window: usize) -> impl Iterator<Item = usize> {
    // the stops of "p.m." and "U.S." end no clause, nor the marks inside "4.31" or "40,000"
    let abbreviation = |j: usize| {
        j > 0
            && (cx.is(j, ".") && cx.is_word(j - 1) && cx.w(j - 1).len() == 1
                || cx.kind(j - 1) == Some(TokKind::Num)
                    && cx.kind(j + 1) == Some(TokKind::Num)
                    && cx.attached(j)
                    && cx.attached(j + 1))
    };
    let boundary = |j: usize| {
        cx.kind(j) == Some(TokKind::Punct) && !cx.is(j, "-") && !cx.is_apostrophe(j) && !abbreviation(j)
            || matches!(cx.w(j), "that" | "while" | "but" | "when")
    };
    let mut from = start;
    while from > 0 && start - from < window && !boundary(from - 1) {
        from -= 1;
    }
    let mut to = end;
    while to < cx.len() && to - end < window && !boundary(to) {
        to += 1;
    }
    (from..start).chain(end..to)
}

/// The tense of the clause around tokens `start..end`: the cue nearest the expression
/// decides ("fell on Friday after the company said it would…" is past; "said the mine would
/// open in May" future), a future cue winning a tie.
pub(super) fn tense(cx: &Cx, start: usize, end: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    for j in clause(cx, start, end) {
        let Some(t) = cue(cx, j) else { continue };
        let d = if j < start { start - j } else { j + 1 - end };
        if best.is_none_or(|(bd, bt)| d < bd || d == bd && t == Tense::Future && bt != Tense::Future) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// The tense token `j` cues, if any. "will be played" is no past (the participle after
/// "be" says nothing of time), nor "is remembered" (a present); "its scheduled flights" and
/// "the planned merger" are no future (a participle after a determiner is an adjective).
fn cue(cx: &Cx, j: usize) -> Option<Tense> {
    let w = cx.w(j);
    let prev = cx.w(j.wrapping_sub(1));
    if words::future_cue(w) {
        let adjective =
            w.ends_with("ed") && (words::determiner(prev) || matches!(prev, "its" | "their" | "his" | "her"));
        return (!adjective).then_some(Tense::Future);
    }
    (words::past_cue(w) || words::regular_past(w) && !matches!(prev, "be" | "being" | "is" | "are" | "am"))
        .then_some(Tense::Past)
}

/// How far [`sentence_tense`] reads on either side, in tokens: a sentence's verb is rarely
/// further, and a bound keeps a run-on line of thousands of weekdays linear.
const SENTENCE_REACH: usize = 40;

/// The tense cue of the sentence nearest tokens `start..end` (see [`tense`]), across clause
/// boundaries, up to [`SENTENCE_REACH`] tokens away.
pub(super) fn sentence_tense(cx: &Cx, start: usize, end: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    let from = start.saturating_sub(SENTENCE_REACH);
    let to = (end + SENTENCE_REACH).min(cx.len());
    for j in (from..start).chain(end..to) {
        let Some(t) = cue(cx, j) else { continue };
        let d = if j < start { start - j } else { j + 1 - end };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// Whether an expression lies in a future or forecast clause: a future tense, a forecast
/// word ("projected", "target", "forecast") in the clause, or a deadline preposition ("by
/// 2050", "until 2030") outside a past-tense clause.
pub(super) fn forecast(cx: &Cx, m: &M, tense: Tense) -> bool {
    let prev = if m.start > 0 { cx.w(m.start - 1) } else { "" };
    // "has agreed to buy … from 2031": an undertaking before the date looks ahead
    // (read further back than a tense cue: "plans to use the gas to fuel a fleet of … from 2031")
    let undertaking = clause_within(cx, m.start, m.end, 20)
        .any(|j| j + 1 < m.start && words::intention_cue(cx.w(j)) && cx.w(j + 1) == "to");
    tense == Tense::Future
        || undertaking
        || (matches!(prev, "by" | "until" | "till" | "through") && tense != Tense::Past)
        || clause(cx, m.start, m.end).any(|j| words::forecast_cue(cx.w(j)))
}
