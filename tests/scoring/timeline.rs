//! Timeline scoring: span matching, recall, precision and value accuracy, as defined by
//! the reference scorer.
//!
//! Gold and system items are matched one-to-one, greedily, by the number of bytes their
//! spans share (ties: the closer length, then gold order, then system order). Recall is
//! reported over all, core (explicit) and relative gold items; precision over system items.
//! A matched value is exact when it equals the gold value or one of its `alt`s
//! (case-insensitive; `mod` is not scored), and right at year level when it names the same
//! year (a gold decade `200X` accepts any year or decade in it, a century `18XX` any year,
//! decade or century in it).

use super::{Gold, GoldTime};
use dossier::TimelineItem;

/// A system item as the scorer sees it: span and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SysItem {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
}

impl From<&TimelineItem> for SysItem {
    fn from(t: &TimelineItem) -> Self {
        SysItem { text: t.text.clone(), start: t.span.start, end: t.span.end, value: t.value.clone() }
    }
}

/// Figures over one group of gold items (all, core or relative).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    pub gold: usize,
    pub matched: usize,
    pub recall: f64,
    pub value_exact: f64,
    pub value_year: f64,
    pub value_recall: f64,
    pub value_year_recall: f64,
}

/// One gold item and what it was matched to.
#[derive(Debug, Clone)]
pub struct ItemResult {
    pub gold: String,
    pub gold_value: String,
    pub core: bool,
    pub system: Option<String>,
    pub system_value: Option<String>,
    pub exact: bool,
    pub year: bool,
}

#[derive(Debug, Clone)]
pub struct TimelineScore {
    pub system_items: usize,
    pub precision: f64,
    pub f1: f64,
    pub all: Block,
    pub core: Block,
    pub relative: Block,
    pub items: Vec<ItemResult>,
    pub unmatched_system: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn overlap_len(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum YearKey {
    Year(String),
    Decade(String),
    Century(String),
    Ref(String),
}

fn year_key(v: &str) -> Option<YearKey> {
    let v = v.trim().to_uppercase();
    let b = v.as_bytes();
    let digits = |n: usize| b.len() >= n && b[..n].iter().all(u8::is_ascii_digit);
    if digits(4) {
        return Some(YearKey::Year(v[..4].to_string()));
    }
    if digits(3) && b.get(3) == Some(&b'X') {
        return Some(YearKey::Decade(v[..3].to_string()));
    }
    if digits(2) && b.get(2) == Some(&b'X') && b.get(3) == Some(&b'X') {
        return Some(YearKey::Century(v[..2].to_string()));
    }
    if matches!(v.as_str(), "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") {
        return Some(YearKey::Ref(v));
    }
    None
}

fn year_match(gold: &str, sys: &str) -> bool {
    let (Some(g), Some(s)) = (year_key(gold), year_key(sys)) else { return false };
    match (&g, &s) {
        (YearKey::Year(_), _) => g == s,
        (YearKey::Decade(gd), YearKey::Decade(sd)) => gd == sd,
        (YearKey::Decade(gd), YearKey::Year(sy)) => sy[..3] == gd[..],
        (YearKey::Decade(_), _) => false,
        (YearKey::Century(gc), YearKey::Century(x) | YearKey::Decade(x) | YearKey::Year(x)) => {
            x[..2] == gc[..]
        }
        (YearKey::Century(_), YearKey::Ref(_)) => false,
        (YearKey::Ref(_), _) => g == s,
    }
}

fn gold_values(item: &GoldTime) -> impl Iterator<Item = &str> {
    std::iter::once(item.value.as_str()).chain(item.alt.iter().map(String::as_str))
}

fn exact_value(item: &GoldTime, sys: Option<&str>) -> bool {
    let Some(sv) = sys else { return false };
    let sv = sv.trim().to_uppercase();
    gold_values(item).any(|v| v.trim().to_uppercase() == sv)
}

fn year_value(item: &GoldTime, sys: Option<&str>) -> bool {
    exact_value(item, sys) || sys.is_some_and(|s| gold_values(item).any(|v| year_match(v, s)))
}

/// Scores system timeline items against a gold file.
pub fn score(gold: &Gold, system: &[SysItem]) -> TimelineScore {
    let t = &gold.timeline;
    let mut cands = Vec::new();
    for (gi, g) in t.iter().enumerate() {
        for (ui, u) in system.iter().enumerate() {
            let ov = overlap_len((g.start, g.end), (u.start, u.end));
            if ov > 0 {
                let dlen = ((g.end - g.start) as i64 - (u.end - u.start) as i64).unsigned_abs();
                cands.push((std::cmp::Reverse(ov), dlen, gi, ui));
            }
        }
    }
    cands.sort();
    let mut g2u = vec![None; t.len()];
    let mut u2g = vec![None; system.len()];
    for &(_, _, gi, ui) in &cands {
        if g2u[gi].is_none() && u2g[ui].is_none() {
            g2u[gi] = Some(ui);
            u2g[ui] = Some(gi);
        }
    }
    let sys_value = |gi: usize| g2u[gi].and_then(|ui| system[ui].value.as_deref());
    let block = |ids: &[usize]| {
        let matched: Vec<usize> = ids.iter().copied().filter(|&gi| g2u[gi].is_some()).collect();
        let ex = matched.iter().filter(|&&gi| exact_value(&t[gi], sys_value(gi))).count();
        let yr = matched.iter().filter(|&&gi| year_value(&t[gi], sys_value(gi))).count();
        Block {
            gold: ids.len(),
            matched: matched.len(),
            recall: ratio(matched.len(), ids.len()),
            value_exact: ratio(ex, matched.len()),
            value_year: ratio(yr, matched.len()),
            value_recall: ratio(ex, ids.len()),
            value_year_recall: ratio(yr, ids.len()),
        }
    };
    let all_ids: Vec<usize> = (0..t.len()).collect();
    let core_ids: Vec<usize> = all_ids.iter().copied().filter(|&i| t[i].core).collect();
    let rel_ids: Vec<usize> = all_ids.iter().copied().filter(|&i| !t[i].core).collect();
    let precision = ratio(u2g.iter().filter(|m| m.is_some()).count(), system.len());
    let all = block(&all_ids);
    let f1 = if precision + all.recall > 0.0 {
        2.0 * precision * all.recall / (precision + all.recall)
    } else {
        0.0
    };
    let items = all_ids
        .iter()
        .map(|&gi| ItemResult {
            gold: t[gi].text.clone(),
            gold_value: t[gi].value.clone(),
            core: t[gi].core,
            system: g2u[gi].map(|ui| system[ui].text.clone()),
            system_value: sys_value(gi).map(str::to_string),
            exact: g2u[gi].is_some() && exact_value(&t[gi], sys_value(gi)),
            year: g2u[gi].is_some() && year_value(&t[gi], sys_value(gi)),
        })
        .collect();
    let unmatched_system =
        system.iter().enumerate().filter(|(ui, _)| u2g[*ui].is_none()).map(|(_, u)| u.text.clone()).collect();
    TimelineScore {
        system_items: system.len(),
        precision,
        f1,
        all,
        core: block(&core_ids),
        relative: block(&rel_ids),
        items,
        unmatched_system,
    }
}

/// Scores the extractor's items.
pub fn score_items(gold: &Gold, items: &[TimelineItem]) -> TimelineScore {
    let sys: Vec<SysItem> = items.iter().map(SysItem::from).collect();
    score(gold, &sys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_keys_follow_the_reference() {
        assert!(year_match("200X", "2006"));
        assert!(year_match("200X", "200X"));
        assert!(!year_match("200X", "2010"));
        assert!(year_match("18XX", "189X"));
        assert!(year_match("18XX", "1850"));
        assert!(year_match("1999-05", "1999"));
        assert!(!year_match("2021", "PRESENT_REF"));
        assert!(year_match("PRESENT_REF", "present_ref"));
    }
}
