//! The list-coordination tests of the evidence table: a name listed with places is a place,
//! a name listed with firms or bodies is an organization. (A row "listed with people" was
//! tried and dropped: English places named like surnames, "Marlow and Upton", "Eastgate",
//! turned people on the tuned articles more often than line-ups gained.)
//!
//! "Ordavi, Kessum and Paris", "in Saltby and Porth Erran": a name in a list whose other
//! items are listed places or place-shaped names, or a later item of a list opened by a
//! strong place preposition. Kept apart from [`super::rules`] because it walks the list
//! around the mention rather than reading the mention's own words (one file per concern).

use super::cues::{self, in_list};
use super::rules::Mention;
use super::tokens::{Gap, Shape};
use crate::analysis::gazetteer::{PlaceType, key_for};

fn yes(b: bool, why: &str) -> Option<String> {
    b.then(|| why.to_string())
}

/// In a list with a listed place: "Ordavi, Kessum and Paris". Looks one word either side,
/// across ", " or "and"/"or".
pub(super) fn place_coordination(m: &Mention) -> Option<String> {
    let ctx = m.ctx;
    let t = ctx.tokens;
    let (s, e) = (m.cand.tokens.start, m.cand.tokens.end);
    if m.possessive || m.ctx.gaz.place(&m.key).is_some() {
        return None;
    }
    // A listed place, or a neighbouring name that opens with a place word ("Abbots
    // Marwood") or ends with one ("Fenwick Street"). `k` is the neighbour's word next to X.
    let cap = |k: usize| t[k].shape() == Shape::Cap;
    let listed = |k: usize| {
        t.get(k).is_some_and(|t| t.shape() == Shape::Cap && t.gap() != Gap::Hyphen) && {
            let key = key_for(ctx.word(k));
            let (mut a, mut b) = (k, k);
            while a > 0 && t[a].gap() == Gap::Space && cap(a - 1) && a + 3 > k {
                a -= 1;
            }
            while b + 1 < t.len() && t[b + 1].gap() == Gap::Space && cap(b + 1) && b < k + 3 {
                b += 1;
            }
            let (first, last) = if k < s { (ctx.word(a), ctx.word(k)) } else { (ctx.word(k), ctx.word(b)) };
            let word = in_list(&cues::PLACE_OPENERS, first) || in_list(&cues::PLACE_HEADS, last);
            ctx.gaz.place(&key).is_some_and(|p| p != PlaceType::Continent) || ctx.gaz.is_town(&key) || word
        }
    };
    let gap = |a: usize, b: usize| &ctx.text[t[a].span().end..t[b].span().start];
    let and = |k: usize| matches!(ctx.word(k), "and" | "or");
    let before = (s >= 1 && gap(s - 1, s) == ", " && listed(s - 1))
        || (s >= 2 && and(s - 1) && matches!(gap(s - 2, s - 1), " " | ", ") && listed(s - 2));
    let after = e < t.len()
        && ((gap(e - 1, e) == ", " && listed(e))
            || (and(e) && matches!(gap(e - 1, e), " " | ", ") && e + 1 < t.len() && listed(e + 1)));
    yes(before || after || prep_before_list(m), "listed with places")
}

/// "in Saltby and Porth Erran", "across Ordavi, Kessum and Tal Rebba": a later item of a
/// list of capitalised names that opens with a strong place preposition.
fn prep_before_list(m: &Mention) -> bool {
    let (ctx, t) = (m.ctx, m.ctx.tokens);
    let gap = |a: usize, b: usize| &ctx.text[t[a].span().end..t[b].span().start];
    let item_start = |end: usize| {
        let mut k = end;
        while k > 0 && t[k].gap() == Gap::Space && t[k - 1].is_capitalised() {
            k -= 1;
        }
        k
    };
    let s = m.cand.tokens.start;
    let mut k = s;
    for _ in 0..5 {
        if k == 0 {
            return false;
        }
        let b = k - 1;
        let w = ctx.word(b);
        if t[b].shape() == Shape::Lower && gap(b, k) == " " {
            if matches!(w, "and" | "or") && b >= 1 && t[b - 1].is_capitalised() {
                k = item_start(b - 1);
                continue;
            }
            let strong = matches!(w, "in" | "at" | "near" | "across" | "throughout" | "around" | "outside");
            return strong && k != s;
        }
        if gap(b, k) == ", " && t[b].is_capitalised() {
            k = item_start(b);
            continue;
        }
        return false;
    }
    false
}

/// In a list with a name shaped like an organization: "Starka, Hana Mała and the new Bistro
/// Feliks", "Orvane and Tessel Holdings". The neighbour item ends in an organization head or
/// company suffix, opens with a business word, or is a listed organization.
pub(super) fn org_coordination(m: &Mention) -> Option<String> {
    let (ctx, t) = (m.ctx, m.ctx.tokens);
    let shaped = |a: usize, b: usize| {
        let (first, last) = (ctx.word(a), ctx.word(b));
        let whole = key_for(&ctx.text[t[a].span().start..t[b].span().end]);
        in_list(&cues::ORG_HEADS, last)
            || in_list(&cues::CORPORATE_SUFFIXES, last)
            || (a < b && in_list(&cues::BUSINESS_OPENERS, first))
            || ctx.gaz.is_org(&whole)
    };
    yes(listed_with(m, shaped), "listed with organizations")
}

/// Whether an item next to the mention in a list — one either side, across ", ", "; " or
/// "and"/"or", past "the"/"new" — passes `shaped` (its first and last token). After a comma
/// the list must go on past the item, and before one it must reach back past it: "Jane Roe,
/// Halden University" is an affiliation and "In Kessaria, Jane Roe said" a clause, not lists.
/// A possessive item ("X, Acme Corp's chief") does not count.
fn listed_with(m: &Mention, shaped: impl Fn(usize, usize) -> bool) -> bool {
    let (ctx, t) = (m.ctx, m.ctx.tokens);
    let (s, e) = (m.cand.tokens.start, m.cand.tokens.end);
    if m.possessive || m.ctx.gaz.place(&m.key).is_some() {
        return false;
    }
    let gap = |a: usize, b: usize| &ctx.text[t[a].span().end..t[b].span().start];
    let comma = |a: usize, b: usize| matches!(gap(a, b), ", " | "; ");
    let cap = |k: usize| t.get(k).is_some_and(|t| t.shape() == Shape::Cap || t.shape() == Shape::Upper);
    let and = |k: usize| matches!(ctx.word(k), "and" | "or");
    // The item after: starts at `k`, runs over capitalised words joined by spaces.
    let item_after = |mut k: usize| {
        while k < t.len() && t[k].shape() == Shape::Lower && matches!(ctx.word(k), "the" | "new") {
            k += 1;
        }
        let mut b = k;
        while b + 1 < t.len() && b < k + 4 && t[b + 1].gap() == Gap::Space && cap(b + 1) {
            b += 1;
        }
        (k < t.len() && cap(k)).then_some((k, b))
    };
    let item_before = |b: usize| {
        let mut a = b;
        while a > 0 && a + 4 > b && t[a].gap() == Gap::Space && cap(a - 1) {
            a -= 1;
        }
        cap(b).then_some((a, b))
    };
    let goes_on = |b: usize| b + 1 < t.len() && (comma(b, b + 1) || and(b + 1));
    let reaches_back = |a: usize| a >= 1 && (comma(a - 1, a) || and(a - 1));
    let mut hits = Vec::new();
    if s >= 2 && comma(s - 1, s) {
        hits.push(item_before(s - 1).filter(|&(a, _)| reaches_back(a)));
    }
    if s >= 2 && and(s - 1) && matches!(gap(s - 2, s - 1), " " | ", ") {
        hits.push(item_before(s - 2));
    }
    if e < t.len() && comma(e - 1, e) {
        hits.push(item_after(e).filter(|&(_, b)| goes_on(b)));
    }
    if e + 1 < t.len() && and(e) && matches!(gap(e - 1, e), " " | ", ") {
        hits.push(item_after(e + 1));
    }
    hits.into_iter().flatten().any(|(a, b)| !t[b].possessive() && shaped(a, b))
}
