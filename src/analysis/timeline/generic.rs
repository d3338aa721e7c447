//! Calendar names used of no particular time — a habit ("sails daily from May"), a set
//! ("every Sunday"), a weekday of some week ("on a wet Tuesday", "on Sunday evenings"), a
//! season as a kind of month ("the summer months"), a weekday opening a name ("Sunday Club")
//! — which the scanner passes over. Kept apart from the scanner's grammar: these are the
//! checks a reader makes after a shape has matched.

use super::clause::clause;
use super::expr::{Expr, M, Rel};
use super::numbers::year_tok;
use super::tokens::Cx;
use super::words;

/// A frequency rather than a time: "every Sunday", "each spring", "per month".
pub(super) fn is_set(cx: &Cx, m: &M) -> bool {
    let prev = if m.start > 0 { cx.w(m.start - 1) } else { "" };
    // "every other Saturday", "every second Sunday"
    let alternate =
        m.start > 1 && cx.w(m.start - 2) == "every" && matches!(prev, "other" | "second" | "third");
    (matches!(prev, "every" | "each" | "per") || alternate)
        && matches!(
            m.expr,
            Expr::Weekday { .. }
                | Expr::Month { .. }
                | Expr::Season { .. }
                | Expr::MonthDay(..)
                | Expr::Feast(_)
        )
}

/// "each autumn", "every June", "every morning" in the sentence near a month or weekday: a
/// frame of repetition, under which the name is any year's or week's ("counted the snow above
/// the farm each autumn, so that they could see in May how much had fallen").
fn repeated_frame(cx: &Cx, m: &M) -> bool {
    let time_word = |w: &str| {
        words::unit(w).is_some()
            || words::season(w).is_some()
            || words::month(w).is_some()
            || words::weekday(w).is_some()
            || matches!(w, "morning" | "evening" | "night" | "afternoon")
    };
    (m.start.saturating_sub(12)..(m.end + 12).min(cx.len()))
        .filter(|&j| j + 1 < m.start || j >= m.end)
        // "every Tuesday until Whitsun, and on Whit Monday": a habit that ends before the name
        .any(|j| {
            matches!(cx.w(j), "every" | "each")
                && time_word(cx.w(j + 1))
                && !matches!(cx.w(j + 2), "until" | "till" | "before" | "by")
        })
}

/// A calendar name used of no particular time: a habit ("sails daily from May", "usually
/// full in July", "twice a week in summer"), a season in a hypothetical ("would export
/// power in summer"), a weekday as a modifier ("his Sunday coat", "a Sunday sailing").
pub(super) fn generic(cx: &Cx, m: &M) -> bool {
    // "By autumn the surgery was full every morning": a bound is a point, whatever the habit
    let bound = m.start > 0 && matches!(cx.w(m.start - 1), "by" | "until" | "till" | "since");
    let cues = |modal: bool| {
        !bound
            && clause(cx, m.start, m.end)
                .any(|j| words::habitual_cue(cx.w(j)) || modal && words::modal(cx.w(j)))
    };
    // "a Tuesday", "a wet Tuesday": some day of that name, no date
    let indefinite = |k: usize| {
        k >= 1 && matches!(cx.w(k - 1), "a" | "an")
            || k >= 2 && matches!(cx.w(k - 2), "a" | "an") && cx.is_word(k - 1) && !cx.capitalised(k - 1)
    };
    // "on Sunday evenings", "the first Sunday of every month": any week's
    let every = matches!(cx.w(m.end), "mornings" | "afternoons" | "evenings" | "nights")
        || cx.w(m.end) == "of" && matches!(cx.w(m.end + 1), "every" | "each");
    // "in the summer months", "the winter months": any year's
    let months = cx.w(m.end) == "months" && year_tok(cx, m.end + 2).is_none();
    match m.expr {
        // "on a wet Tuesday in August": the month of some day, no date either
        Expr::Month { rel: Rel::Bare, .. }
            if m.start >= 2 && cx.w(m.start - 1) == "in" && words::weekday(cx.w(m.start - 2)).is_some() =>
        {
            indefinite(m.start - 2) || cues(false)
        }
        Expr::Month { rel: Rel::Bare, .. } => cues(false) || every || !bound && repeated_frame(cx, m),
        Expr::Season { rel: Rel::Bare, .. } if months => true,
        // "closed on Mondays and Tuesdays, except, she says, for Shrove Tuesday": a feast kept
        // as a habit, the cue anywhere near it in the sentence
        Expr::Feast(_) => {
            !bound
                && (m.start.saturating_sub(12)..(m.end + 12).min(cx.len()))
                    .any(|j| words::habitual_cue(cx.w(j)))
        }
        // "electricity is dearer in winter": a season with no article after "in" is any year's
        Expr::Season { rel: Rel::Bare, .. }
            if m.end == m.start + 1 && m.start > 0 && cx.w(m.start - 1) == "in" =>
        {
            year_tok(cx, m.end).is_none()
        }
        Expr::Season { rel: Rel::Bare, .. } => cues(cx.w(m.start) != "the"),
        Expr::Weekday { rel: Rel::Bare, .. } => {
            let prev = if m.start > 0 { cx.w(m.start - 1) } else { "" };
            // "on a Thursday, with a guide": some Thursday, no date
            let some_day = prev == "a" && m.end == m.start + 1 && !cx.is_word(m.end);
            // "was really Sunday Okechukwu Eze": a weekday before a name, not introduced as a day
            let introduced = i_prev_introduces(prev);
            let named = !introduced
                && m.end == m.start + 1
                && cx.is_word(m.end)
                && cx.capitalised(m.end)
                && words::month(cx.w(m.end)).is_none();
            some_day
                || indefinite(m.start)
                || every
                || !bound && repeated_frame(cx, m)
                || named
                || m.end == m.start + 1
                    && matches!(
                        prev,
                        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "my" | "our" | "your"
                    )
                    && cx.is_word(m.end)
                    && !cx.capitalised(m.end)
                    && !matches!(
                        cx.w(m.end),
                        "in" | "at"
                            | "on"
                            | "and"
                            | "or"
                            | "of"
                            | "when"
                            | "after"
                            | "before"
                            | "that"
                            | "following"
                    )
        }
        _ => false,
    }
}

/// Words that introduce a weekday as a day ("on Sunday", "by Friday", "last Monday").
fn i_prev_introduces(prev: &str) -> bool {
    matches!(
        prev,
        "on" | "by"
            | "until"
            | "till"
            | "since"
            | "from"
            | "to"
            | "last"
            | "next"
            | "this"
            | "that"
            | "every"
            | "each"
            | "before"
            | "after"
            | "and"
            | "or"
            | "of"
            | "late"
            | "early"
            | ","
            | ";"
            | ":"
            | "("
            | "-"
    )
}
