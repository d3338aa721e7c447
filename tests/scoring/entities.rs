//! Entity scoring: alignment, precision/recall/F1, typed accuracy, jump recall,
//! fragmentation, as defined by the reference scorer.
//!
//! A line-by-line port of `score_entities` in the evaluation kit's `score.py`: the same
//! greedy one-to-one alignment (core gold entities first, then non-core; ties broken by
//! overlapping mentions, smaller system entity, a shared name, input order), the same
//! exclusions from precision, and the same definitions of every figure. Overlap means two
//! byte ranges share at least one byte.

use super::Gold;
use dossier::Entity;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The figures of one document.
#[derive(Debug, Clone, Default)]
pub struct EntityScores {
    pub gold_core: usize,
    pub system: usize,
    pub ignored: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub aligned_pairs: usize,
    pub typed_accuracy: f64,
    pub typed_accuracy_core: f64,
    pub mention_precision: f64,
    pub mention_recall: f64,
    pub mention_f1: f64,
    pub jump_recall: f64,
    pub detection_recall: f64,
    pub exact_span_recall: f64,
    pub fragmented: usize,
    pub fragmented_rate: f64,
    pub merges: usize,
    pub missed: Vec<String>,
    pub unaligned: Vec<String>,
    pub fragmented_list: Vec<String>,
}

type Sp = (usize, usize);

fn overlap(a: Sp, b: Sp) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn prf(tp_p: usize, n_p: usize, tp_r: usize, n_r: usize) -> (f64, f64, f64) {
    let p = if n_p > 0 { tp_p as f64 / n_p as f64 } else { 0.0 };
    let r = if n_r > 0 { tp_r as f64 / n_r as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b > 0 { a as f64 / b as f64 } else { 0.0 }
}

/// `_norm_name`: trimmed, lowercase, without a leading "the " or a final possessive.
fn norm_name(s: &str) -> String {
    let mut s = s.trim().to_lowercase();
    if let Some(rest) = s.strip_prefix("the")
        && rest.starts_with(char::is_whitespace)
    {
        s = rest.trim_start().to_string();
    }
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            return rest.to_string();
        }
    }
    s
}

/// The one-to-one alignment of system and gold entities, and the overlaps it was built from.
struct Alignment {
    gmen: Vec<Vec<Sp>>,
    smen: Vec<Vec<Sp>>,
    is_core: Vec<bool>,
    /// For each system entity, for each of its mentions, the (gold entity, gold mention)
    /// pairs it overlaps.
    shits: Vec<Vec<Vec<(usize, usize)>>>,
    /// (system, gold) → the gold mentions of that gold entity the system entity overlaps.
    cover: HashMap<(usize, usize), BTreeSet<usize>>,
    s2g: HashMap<usize, usize>,
    g2s: HashMap<usize, usize>,
}

impl Alignment {
    fn falls_on_noncore_only(&self, hits: &[(usize, usize)]) -> bool {
        !hits.is_empty() && hits.iter().all(|&(gi, _)| !self.is_core[gi])
    }
}

/// For every system mention, the gold mentions it overlaps (over gold mentions sorted by start).
fn gold_hits_of(gmen: &[Vec<Sp>], smen: &[Vec<Sp>]) -> Vec<Vec<Vec<(usize, usize)>>> {
    let mut flat: Vec<(usize, usize, usize, usize)> = gmen
        .iter()
        .enumerate()
        .flat_map(|(gi, ms)| ms.iter().enumerate().map(move |(mi, &(s, e))| (s, e, gi, mi)))
        .collect();
    flat.sort();
    let gold_hits = |span: Sp| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for &(s, e, gi, mi) in &flat {
            if s >= span.1 {
                break;
            }
            if overlap((s, e), span) {
                out.push((gi, mi));
            }
        }
        out
    };
    smen.iter().map(|ms| ms.iter().map(|&sp| gold_hits(sp)).collect()).collect()
}

/// The greedy alignment of `score.py`: core gold entities first, then the rest; pairs ordered
/// by gold mentions covered, overlapping system mentions, smaller system entity, a shared name.
fn align(gold: &Gold, system: &[Entity]) -> Alignment {
    let g = &gold.entities;
    let gmen: Vec<Vec<Sp>> = g.iter().map(|e| e.mentions.clone()).collect();
    let smen: Vec<Vec<Sp>> =
        system.iter().map(|e| e.mentions.iter().map(|m| (m.start, m.end)).collect()).collect();
    let is_core: Vec<bool> = g.iter().map(|e| e.core).collect();
    let shits = gold_hits_of(&gmen, &smen);

    let mut cover: HashMap<(usize, usize), BTreeSet<usize>> = HashMap::new();
    let mut nhits: HashMap<(usize, usize), usize> = HashMap::new();
    for (si, per) in shits.iter().enumerate() {
        for hits in per {
            let mut seen_g = HashSet::new();
            for &(gi, mi) in hits {
                cover.entry((si, gi)).or_default().insert(mi);
                seen_g.insert(gi);
            }
            for gi in seen_g {
                *nhits.entry((si, gi)).or_default() += 1;
            }
        }
    }

    let name_match = |si: usize, gi: usize| -> i64 {
        let mut snames: HashSet<String> = system[si].aliases.iter().map(|a| norm_name(a)).collect();
        snames.insert(norm_name(&system[si].name));
        let mut gnames: HashSet<String> = g[gi].forms.iter().map(|f| norm_name(f)).collect();
        gnames.insert(norm_name(&g[gi].name));
        i64::from(!snames.is_disjoint(&gnames))
    };

    let mut s2g: HashMap<usize, usize> = HashMap::new();
    let mut g2s: HashMap<usize, usize> = HashMap::new();
    for phase_core in [true, false] {
        let mut cands: Vec<(i64, i64, usize, i64, usize, usize)> = cover
            .iter()
            .filter(|((_, gi), _)| is_core[*gi] == phase_core)
            .map(|(&(si, gi), cov)| {
                (-(cov.len() as i64), -(nhits[&(si, gi)] as i64), smen[si].len(), -name_match(si, gi), si, gi)
            })
            .collect();
        cands.sort();
        for (_, _, _, _, si, gi) in cands {
            if s2g.contains_key(&si) || g2s.contains_key(&gi) {
                continue;
            }
            s2g.insert(si, gi);
            g2s.insert(gi, si);
        }
    }
    Alignment { gmen, smen, is_core, shits, cover, s2g, g2s }
}

/// Mention-level figures: (precision, recall, F1, detection recall, exact-span recall) and the
/// per-entity jump recall of every core gold entity.
fn mention_figures(a: &Alignment, core_ids: &[usize]) -> ((f64, f64, f64, f64, f64), Vec<f64>) {
    let (mut m_correct, mut m_excused, mut m_total) = (0, 0, 0);
    for (si, per) in a.shits.iter().enumerate() {
        let gi_al = a.s2g.get(&si).copied();
        for hits in per {
            m_total += 1;
            if let Some(ga) = gi_al
                && a.is_core[ga]
                && hits.iter().any(|&(gi, _)| gi == ga)
            {
                m_correct += 1;
            } else if a.falls_on_noncore_only(hits)
                || (gi_al.is_some_and(|ga| !a.is_core[ga]) && !hits.is_empty())
            {
                m_excused += 1;
            }
        }
    }
    let gold_core_mentions: usize = core_ids.iter().map(|&gi| a.gmen[gi].len()).sum();
    let (mut covered, mut exact) = (0, 0);
    let mut jump = Vec::new();
    for &gi in core_ids {
        let si = a.g2s.get(&gi).copied();
        let cov = si.and_then(|si| a.cover.get(&(si, gi))).map_or(0, BTreeSet::len);
        covered += cov;
        if let Some(si) = si {
            let sset: HashSet<Sp> = a.smen[si].iter().copied().collect();
            exact += a.gmen[gi].iter().filter(|sp| sset.contains(sp)).count();
        }
        jump.push(ratio(cov, a.gmen[gi].len()));
    }
    let (p, r, f) = prf(m_correct, m_total - m_excused, covered, gold_core_mentions);
    let any_cov: HashSet<(usize, usize)> =
        a.shits.iter().flatten().flatten().copied().filter(|&(gi, _)| a.is_core[gi]).collect();
    let detection = ratio(any_cov.len(), gold_core_mentions);
    ((p, r, f, detection, ratio(exact, gold_core_mentions)), jump)
}

/// The core gold entities whose mentions are spread over two or more system entities, as
/// "gold name: piece | piece".
fn fragments(a: &Alignment, gold: &Gold, system: &[Entity], core_ids: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    for &gi in core_ids {
        let mut pieces: Vec<&str> = a
            .cover
            .keys()
            .filter(|&&(si, g2)| g2 == gi && (a.s2g.get(&si) == Some(&gi) || !a.s2g.contains_key(&si)))
            .map(|&(si, _)| system[si].name.as_str())
            .collect();
        if pieces.len() >= 2 {
            pieces.sort_unstable();
            out.push(format!("{}: {}", gold.entities[gi].name, pieces.join(" | ")));
        }
    }
    out
}

/// Scores system entities against a gold file, as `score.py` does.
pub fn score(gold: &Gold, system: &[Entity]) -> EntityScores {
    let g = &gold.entities;
    let a = align(gold, system);
    let ignored: HashSet<usize> = (0..system.len())
        .filter(|&si| {
            let aligned_core = a.s2g.get(&si).is_some_and(|&gi| a.is_core[gi]);
            !aligned_core && !a.smen[si].is_empty() && a.shits[si].iter().all(|h| a.falls_on_noncore_only(h))
        })
        .collect();
    let counted: Vec<usize> = (0..system.len()).filter(|si| !ignored.contains(si)).collect();
    let tp_sys = counted.iter().filter(|si| a.s2g.contains_key(si)).count();
    let core_ids: Vec<usize> = (0..g.len()).filter(|&gi| a.is_core[gi]).collect();
    let aligned_core = core_ids.iter().filter(|gi| a.g2s.contains_key(gi)).count();
    let (precision, recall, f1) = prf(tp_sys, counted.len(), aligned_core, core_ids.len());

    let pairs: Vec<(usize, usize)> =
        counted.iter().filter_map(|&si| a.s2g.get(&si).map(|&gi| (si, gi))).collect();
    let same_kind = |si: usize, gi: usize| system[si].kind.label() == g[gi].kind;
    let typed_ok = pairs.iter().filter(|&&(si, gi)| same_kind(si, gi)).count();
    let core_pairs: Vec<&(usize, usize)> = pairs.iter().filter(|(_, gi)| a.is_core[*gi]).collect();
    let typed_ok_core = core_pairs.iter().filter(|&&&(si, gi)| same_kind(si, gi)).count();

    let ((mention_precision, mention_recall, mention_f1, detection_recall, exact_span_recall), jump) =
        mention_figures(&a, &core_ids);
    let fragmented_list = fragments(&a, gold, system, &core_ids);
    let merges = (0..system.len())
        .filter(|&si| a.cover.keys().filter(|&&(s, gi)| s == si && a.is_core[gi]).count() >= 2)
        .count();

    EntityScores {
        gold_core: core_ids.len(),
        system: system.len(),
        ignored: ignored.len(),
        precision,
        recall,
        f1,
        aligned_pairs: pairs.len(),
        typed_accuracy: ratio(typed_ok, pairs.len()),
        typed_accuracy_core: ratio(typed_ok_core, core_pairs.len()),
        mention_precision,
        mention_recall,
        mention_f1,
        jump_recall: if jump.is_empty() { 0.0 } else { jump.iter().sum::<f64>() / jump.len() as f64 },
        detection_recall,
        exact_span_recall,
        fragmented: fragmented_list.len(),
        fragmented_rate: ratio(fragmented_list.len(), core_ids.len()),
        merges,
        missed: core_ids.iter().filter(|gi| !a.g2s.contains_key(gi)).map(|&gi| g[gi].name.clone()).collect(),
        unaligned: counted
            .iter()
            .filter(|si| !a.s2g.contains_key(si))
            .map(|&si| system[si].name.clone())
            .collect(),
        fragmented_list,
    }
}

/// The gold entities as a system output (`gold_as_system` of the reference scorer).
pub fn gold_as_system(gold: &Gold) -> Vec<Entity> {
    gold.entities
        .iter()
        .enumerate()
        .map(|(id, e)| Entity {
            id,
            name: e.name.clone(),
            kind: match e.kind.as_str() {
                "person" => dossier::Kind::Person,
                "organization" => dossier::Kind::Organization,
                "place" => dossier::Kind::Place,
                _ => dossier::Kind::Other,
            },
            aliases: e.forms.clone(),
            evidence: Vec::new(),
            mentions: e.mentions.iter().map(|&(s, e)| dossier::Span::new(s, e)).collect(),
        })
        .collect()
}
