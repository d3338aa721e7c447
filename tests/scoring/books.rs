//! Character scoring of a whole novel: a port of the evaluation kit's `score_book.py`.
//!
//! The same definitions as the reference scorer's docstring: gold occurrences are every form
//! of every gold entry found in the text (whole word, case-sensitive, any whitespace between
//! words), overlapping hits resolved leftmost-longest, and an occurrence of a character's
//! unambiguous form is that character's; a system mention covers an occurrence when their
//! byte spans overlap. Figures: found, one_entry, one_entry_90, named_right, coverage (macro),
//! kind_right, merged, merged_by_mentions, junk_top50_typed_name, over the top `top` entities.
//! The port reads the gold file as untyped JSON, so extra fields in it cost nothing.

use dossier::{Entity, Kind};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The figures of one book.
#[derive(Debug, Clone, Default)]
pub struct BookScores {
    // Read by the book tests only; other test files that include the scorers do not.
    #[allow(dead_code)]
    pub characters: usize,
    pub found: f64,
    pub one_entry: f64,
    pub one_entry_90: f64,
    pub named_right: f64,
    pub coverage: f64,
    pub kind_right: f64,
    pub merged: usize,
    pub merged_by_mentions: usize,
    pub junk_top50_typed_name: usize,
    /// Per character: name, main entity's name, coverage; for reports.
    pub rows: Vec<(String, String, f64)>,
}

impl BookScores {
    /// One line of every figure, for the test reports.
    pub fn summary(&self) -> String {
        format!(
            "({} characters): found {:.3} one_entry_90 {:.3} one_entry {:.3} named_right {:.3} coverage {:.3} \
             kind_right {:.3} merged {} merged_by_mentions {} junk_top50_typed_name {}",
            self.characters,
            self.found,
            self.one_entry_90,
            self.one_entry,
            self.named_right,
            self.coverage,
            self.kind_right,
            self.merged,
            self.merged_by_mentions,
            self.junk_top50_typed_name
        )
    }
}

/// Case-folded, whitespace collapsed, curly quotes straight.
pub fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map_or_else(Vec::new, |a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Every match (byte start, end) of `form` in `text`: whole words, any whitespace between.
fn find_form(text: &str, form: &str) -> Vec<(usize, usize)> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let Some(first) = words.first() else { return Vec::new() };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(first) {
        let s = from + at;
        from = s + first.len();
        if text[..s].chars().next_back().is_some_and(word_char) {
            continue;
        }
        let mut e = s + first.len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &text[e..];
            let ws = rest.len() - rest.trim_start().len();
            if ws == 0 || !rest[ws..].starts_with(w) {
                ok = false;
                break;
            }
            e += ws + w.len();
        }
        if ok && !text[e..].chars().next().is_some_and(word_char) {
            out.push((s, e));
        }
    }
    out
}

/// The gold side of a book: its characters, the normalised names that are right for each
/// (forms and accepted names), those that name exactly one character, every gold name, and
/// each character's occurrences in the text.
struct GoldForms<'g> {
    chars: Vec<&'g Value>,
    nform_ok: HashMap<String, HashSet<usize>>,
    nform_char: HashMap<String, HashSet<usize>>,
    nform_any: HashSet<String>,
    occ: Vec<Vec<(usize, usize)>>,
}

/// Reads the gold file's forms and finds their occurrences in `text`, leftmost-longest.
fn gold_forms<'g>(gold: &'g Value, text: &str) -> GoldForms<'g> {
    let chars: Vec<&Value> = gold["characters"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    // form -> owners (section, index); character-unambiguous forms.
    let mut anyform: HashMap<String, HashSet<(usize, usize)>> = HashMap::new();
    let mut unamb: HashMap<String, HashSet<usize>> = HashMap::new();
    for (i, c) in chars.iter().enumerate() {
        for f in strings(c, "forms") {
            unamb.entry(f.clone()).or_default().insert(i);
            anyform.entry(f).or_default().insert((0, i));
        }
        for f in strings(c, "ambiguous_forms") {
            anyform.entry(f).or_default().insert((0, i));
        }
    }
    for (si, sect) in ["places", "organizations", "other_names"].iter().enumerate() {
        for (i, e) in gold[*sect].as_array().into_iter().flatten().enumerate() {
            for f in strings(e, "forms") {
                anyform.entry(f).or_default().insert((si + 1, i));
            }
        }
    }
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (f, who) in &anyform {
        if let Some(u) = unamb.get(f)
            && u.len() == 1
            && who.len() == 1
        {
            owner.insert(f, *u.iter().next().unwrap());
        }
    }
    let mut nform_ok: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut nform_char: HashMap<String, HashSet<usize>> = HashMap::new();
    for (f, &i) in &owner {
        nform_char.entry(norm(f)).or_default().insert(i);
        nform_ok.entry(norm(f)).or_default().insert(i);
    }
    let mut nform_any: HashSet<String> = anyform.keys().map(|f| norm(f)).collect();
    for (i, c) in chars.iter().enumerate() {
        for f in strings(c, "accept_names") {
            nform_ok.entry(norm(&f)).or_default().insert(i);
            nform_any.insert(norm(&f));
        }
    }
    // Gold occurrences, leftmost-longest.
    let mut hits: Vec<(usize, std::cmp::Reverse<usize>, usize, &str)> = Vec::new();
    for f in anyform.keys() {
        for (s, e) in find_form(text, f) {
            hits.push((s, std::cmp::Reverse(e - s), e, f));
        }
    }
    hits.sort();
    let mut occ: Vec<Vec<(usize, usize)>> = vec![Vec::new(); chars.len()];
    let mut last_end = 0;
    for &(s, _, e, f) in &hits {
        if s < last_end {
            continue;
        }
        last_end = e;
        if let Some(&i) = owner.get(f) {
            occ[i].push((s, e));
        }
    }
    GoldForms { chars, nform_ok, nform_char, nform_any, occ }
}

/// Scores `entities` against a gold book file over `text`, ranking the top `top`.
pub fn score(gold: &Value, text: &str, entities: &[Entity], top: usize) -> BookScores {
    let GoldForms { chars, nform_ok, nform_char, nform_any, occ } = gold_forms(gold, text);
    // Ranking and the mention index.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(entities[k].mentions.len()));
    let rank: HashMap<usize, usize> = order.iter().enumerate().map(|(r, &k)| (k, r)).collect();
    let topn: Vec<usize> = order.iter().copied().take(top).collect();
    let mut ms: Vec<(usize, usize, usize)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        ms.extend(e.mentions.iter().map(|m| (m.start, m.end, k)));
    }
    ms.sort();
    let maxlen = ms.iter().map(|m| m.1 - m.0).max().unwrap_or(0);
    let covering = |s: usize, e: usize| -> HashSet<usize> {
        let mut out = HashSet::new();
        let mut j = ms.partition_point(|m| m.0 < s.saturating_sub(maxlen));
        while j < ms.len() && ms[j].0 < e {
            if ms[j].1 > s {
                out.insert(ms[j].2);
            }
            j += 1;
        }
        out
    };
    let names = |k: usize| -> Vec<String> {
        std::iter::once(&entities[k].name).chain(&entities[k].aliases).map(|n| norm(n)).collect()
    };
    let mut cov: Vec<HashMap<usize, usize>> = vec![HashMap::new(); chars.len()];
    let mut ent_chars: HashMap<usize, HashMap<usize, usize>> = HashMap::new();
    for (i, list) in occ.iter().enumerate() {
        for &(s, e) in list {
            for k in covering(s, e) {
                *cov[i].entry(k).or_default() += 1;
                *ent_chars.entry(k).or_default().entry(i).or_default() += 1;
            }
        }
    }
    let mut out = BookScores { characters: chars.len(), ..BookScores::default() };
    let (mut found, mut one, mut one90, mut named, mut kind, mut coverage) = (0, 0, 0, 0, 0, 0.0);
    for (i, c) in chars.iter().enumerate() {
        let matched: Vec<usize> = topn
            .iter()
            .copied()
            .filter(|&k| names(k).iter().any(|n| nform_ok.get(n).is_some_and(|s| s.contains(&i))))
            .collect();
        let main = cov[i]
            .iter()
            .max_by_key(|&(&k, &v)| (v, entities[k].mentions.len(), std::cmp::Reverse(rank[&k])))
            .map(|(&k, _)| k)
            .or_else(|| matched.first().copied());
        let in_main = main.and_then(|m| cov[i].get(&m)).copied().unwrap_or(0);
        let n_occ = occ[i].len();
        let cv = if n_occ > 0 { in_main as f64 / n_occ as f64 } else { 0.0 };
        coverage += cv;
        let cname = c["name"].as_str().unwrap_or("").to_string();
        out.rows.push((cname, main.map_or(String::new(), |m| entities[m].name.clone()), cv));
        if matched.is_empty() {
            continue;
        }
        found += 1;
        let total: usize = cov[i].values().sum();
        let best = cov[i].values().copied().max().unwrap_or(0);
        one += usize::from(cov[i].len() <= 1);
        one90 += usize::from(!cov[i].is_empty() && best as f64 >= 0.9 * total as f64 && in_main == best);
        if let Some(m) = main {
            named += usize::from(nform_ok.get(&norm(&entities[m].name)).is_some_and(|s| s.contains(&i)));
            kind += usize::from(entities[m].kind == Kind::Person);
        }
    }
    let nf = found.max(1) as f64;
    out.found = found as f64 / chars.len().max(1) as f64;
    out.one_entry = one as f64 / nf;
    out.one_entry_90 = one90 as f64 / nf;
    out.named_right = named as f64 / nf;
    out.kind_right = kind as f64 / nf;
    out.coverage = coverage / chars.len().max(1) as f64;
    for &k in &topn {
        let cs: HashSet<usize> =
            names(k).iter().filter_map(|n| nform_char.get(n)).flatten().copied().collect();
        out.merged += usize::from(cs.len() >= 2);
        let cc = ent_chars.get(&k).cloned().unwrap_or_default();
        let tot: usize = cc.values().sum();
        let big = cc.values().filter(|&&n| n >= 3 && n as f64 >= 0.05 * tot as f64).count();
        out.merged_by_mentions += usize::from(big >= 2);
    }
    for &k in order.iter().take(50) {
        let junk = !names(k).iter().any(|n| nform_any.contains(n));
        let typed = matches!(entities[k].kind, Kind::Person | Kind::Place | Kind::Organization);
        out.junk_top50_typed_name += usize::from(junk && typed);
    }
    out
}
