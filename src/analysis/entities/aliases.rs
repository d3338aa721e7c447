//! Alias clustering: which candidate forms name the same referent.
//!
//! Forms are grouped first by their folded key (case, hyphens, dots and diacritics do not
//! separate "Al-Qaeda" from "al-Qaeda" or "U.S." from "US"), with country aliases ("US",
//! "America" → United States) and demonym plurals ("Afghans" → Afghan) mapped to one key.
//! Then clusters are merged by rules a reader applies: a nationality word before a name
//! seen alone ("Afghan Taliban" → Taliban); an acronym introduced in parentheses or whose
//! letters are the initials of a long form ("DoD" → Department of Defense); a handle in
//! parentheses after a name; a bare surname or name tail to the one person whose full name
//! ends so ("Haqqani", "bin Laden"), or, when two people share it, left ambiguous for the
//! mention scan to resolve by position; a given name alone to the one person it opens; a
//! company's first word to the company ("Apple" → "Apple Inc.").

// The merge passes index several parallel arrays by cluster id; iterators would obscure that.
#![allow(clippy::needless_range_loop)]

use super::context::{Candidate, Ctx};
use super::cues;
use super::kinds::Votes;
use super::naming;
use super::tokens::is_acronym_like;
use crate::analysis::Kind;
use crate::analysis::gazetteer::FastMap as HashMap;
use crate::analysis::gazetteer::{fold_key, key_for};

/// One group of forms believed to name one referent.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Distinct forms as written, in order of first appearance.
    pub forms: Vec<String>,
    /// Indices of the candidates merged into this cluster.
    pub cands: Vec<usize>,
    pub votes: Votes,
    /// The name shown for the entity.
    pub name: String,
    pub kind: Kind,
    /// Set for a bare surname shared by several people: the people it may refer to.
    pub ambiguous: Vec<usize>,
}

struct Uf {
    parent: Vec<usize>,
}

impl Uf {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    /// Merges `a` into `b` (b's root stays root).
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra] = rb;
        }
    }
}

/// The clustering key of a form: folded, with country aliases and demonym plurals mapped.
fn canonical_key(ctx: &Ctx, form: &str) -> String {
    let gkey = key_for(form);
    if let Some(c) = ctx.gaz.country_canonical(&gkey) {
        return fold_key(c);
    }
    if let Some(d) = ctx.gaz.demonym(&gkey) {
        return fold_key(d);
    }
    fold_key(form)
}

/// The initials of a form's words: all words, and capitalised words only.
fn initials(form: &str) -> (String, String) {
    let mut all = String::new();
    let mut caps = String::new();
    for w in form.split(|c: char| c.is_whitespace() || c == '-' || c == ',') {
        let Some(c) = w.chars().next() else { continue };
        if !c.is_alphabetic() {
            continue;
        }
        all.extend(c.to_lowercase());
        if c.is_uppercase() {
            caps.extend(c.to_lowercase());
        }
    }
    (all, caps)
}

fn acronym_matches(acronym: &str, long: &str) -> bool {
    let letters: String =
        acronym.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    if letters.len() < 2 || long.split_whitespace().count() < 2 {
        return false;
    }
    let (all, caps) = initials(long);
    letters == all || letters == caps
}

/// Groups candidates into clusters and names and types each.
pub fn cluster(ctx: &Ctx, cands: &[Candidate], votes: Vec<Votes>) -> Vec<Cluster> {
    // 1. Group by canonical key.
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut keys: Vec<String> = Vec::new();
    let mut of_cand = Vec::with_capacity(cands.len());
    for c in cands {
        let key = canonical_key(ctx, c.span.slice(ctx.text));
        let id = *by_key.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            keys.len() - 1
        });
        of_cand.push(id);
    }
    let n = keys.len();
    let mut uf = Uf { parent: (0..n).collect() };
    let mut group_votes = vec![Votes::default(); n];
    for (ci, v) in votes.iter().enumerate() {
        group_votes[of_cand[ci]].merge(v);
    }
    let key_words: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
    let mut uses = vec![0usize; n];
    for &id in &of_cand {
        uses[id] += 1;
    }
    let titles = usual_titles(cands, &of_cand, &uses);
    // The first form written of each group (candidates are in text order).
    let mut firsts: Vec<&str> = vec![""; n];
    for (ci, &id) in of_cand.iter().enumerate().rev() {
        firsts[id] = cands[ci].span.slice(ctx.text);
    }

    // 2. "Afghan Taliban" → "Taliban" when the rest is a name of its own.
    for id in 0..n {
        let w = &key_words[id];
        if w.len() >= 2
            && ctx.gaz.demonym(w[0]).is_some()
            && !firsts[id].split_whitespace().next().is_some_and(is_acronym_like)
        {
            let rest = w[1..].join(" ");
            if let Some(&r) = by_key.get(&rest) {
                uf.union(id, r);
            }
        }
    }

    // 3. Acronyms and handles in parentheses right after a name: "Office for ... (OBR)".
    for (pi, pair) in cands.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let between = &ctx.text[a.span.end..b.span.start];
        let after = ctx.text[b.span.end..].chars().next();
        if between.trim() != "(" || after != Some(')') {
            continue;
        }
        let bf = b.span.slice(ctx.text);
        let (ia, ib) = (of_cand[pi], of_cand[pi + 1]);
        // A ticker in parentheses after a company ("Thornbury Group (TBG)") names it even
        // when its letters are not the initials.
        let ticker = is_acronym_like(bf)
            && group_votes[ia].best() == Some(Kind::Organization)
            && ctx.gaz.place(&key_for(bf)).is_none();
        if bf.starts_with('@')
            || ticker
            || (is_acronym_like(bf) && acronym_matches(bf, a.span.slice(ctx.text)))
        {
            uf.union(ib, ia);
        }
    }

    // 4. Acronyms whose letters are the initials of exactly one long form ("DoD").
    for id in 0..n {
        let form = firsts[id];
        if !is_acronym_like(form) || ctx.gaz.country_canonical(&key_for(form)).is_some() {
            continue;
        }
        let longs: Vec<usize> = (0..n).filter(|&o| o != id && acronym_matches(form, firsts[o])).collect();
        if let [o] = longs[..] {
            uf.union(id, o);
        }
    }

    // Tentative kinds, to find people.
    let tentative: Vec<Option<Kind>> = group_votes.iter().map(Votes::best).collect();
    let mut root_votes = vec![Votes::default(); n];
    for id in 0..n {
        let r = uf.find(id);
        root_votes[r].merge(&group_votes[id]);
    }
    let kind_of = |uf: &mut Uf, id: usize| -> Option<Kind> {
        let r = uf.find(id);
        root_votes[r].best().or(tentative[id])
    };

    // 5. Surnames and name tails → the person whose full name ends so; given names → the
    //    one person they open.
    let mut tails: HashMap<String, Vec<usize>> = HashMap::default();
    let mut heads: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut prefixes: HashMap<String, Vec<usize>> = HashMap::default();
    for id in 0..n {
        let w = &key_words[id];
        let person = matches!(kind_of(&mut uf, id), Some(Kind::Person) | None);
        // An epithet before a given name ("Young Ames") does not make the name a surname.
        if w.len() < 2 || !person || is_acronym_like(firsts[id]) || naming::is_epithet_word(w[0]) {
            continue;
        }
        for k in 1..w.len() {
            if w[k] == "of" || w[k] == "and" || w[k] == "the" {
                break;
            }
            let mut tail = w[k..].join(" ");
            // Keys open "St." as "saint" ("St. John" → "saint john"), so a surname with
            // "St." is looked up the same way.
            if let Some(rest) = tail.strip_prefix("st ") {
                tail = format!("saint {rest}");
            }
            let list = tails.entry(tail).or_default();
            let r = uf.find(id);
            if !list.iter().any(|&o| uf.find(o) == r) {
                list.push(id);
            }
        }
        heads.entry(w[0]).or_default().push(id);
        // Given name and patronymic or middle name ("Ivan Petrovich" of "Ivan Petrovich
        // Orlov"): the leading words of a longer person's name.
        for k in 2..w.len() {
            prefixes.entry(w[..k].join(" ")).or_default().push(id);
        }
    }
    let mut ambiguous: Vec<Vec<usize>> = vec![Vec::new(); n];
    for id in 0..n {
        let strong_other = {
            let v = &group_votes[id];
            v.best().is_some_and(|k| k != Kind::Person) && v.strength() >= 4.0
        };
        // A surname that is also a city in the lists ("Ibarra") is still the surname of a
        // person named in full here, unless the document itself calls it a place.
        let own = group_votes[id].own_non_person();
        if let Some(list) = tails.get(&keys[id])
            && (own < 2.0 || own <= group_votes[id].get(Kind::Person))
        {
            let list: Vec<usize> = list.iter().copied().filter(|&o| uf.find(o) != uf.find(id)).collect();
            match list[..] {
                [] => {}
                [p] => {
                    group_votes[id] = group_votes[id].without_listed();
                    uf.union(id, p);
                }
                _ => {
                    group_votes[id] = group_votes[id].without_listed();
                    ambiguous[id] = list;
                }
            }
            continue;
        }
        if strong_other {
            continue;
        }
        if key_words[id].len() >= 2
            && let Some(&[p]) = prefixes.get(&keys[id]).map(Vec::as_slice)
        {
            uf.union(id, p);
            continue;
        }
        if key_words[id].len() == 1
            && ctx.gaz.place(&key_for(firsts[id])).is_none()
            && let Some(list) = heads.get(keys[id].as_str())
        {
            // A name with an epithet ("Napoleon the Great") does not make the given name
            // ambiguous when one plain full name ("Napoleon Bonaparte") also opens with it.
            let plain: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&p| !matches!(key_words[p].get(1), Some(&"the" | &"of")))
                .collect();
            if let [p] = list[..] {
                uf.union(id, p);
            } else if let [p] = plain[..] {
                uf.union(id, p);
            } else if let Some(p) = dominant(&plain, &uses, &mut uf)
                && titles[id].is_none_or(|t| titles[p] == Some(t))
            {
                uf.union(id, p);
            }
        }
    }

    // 6. A company's first word → the company ("Goldman" → "Goldman Sachs").
    let mut org_heads: HashMap<&str, Vec<usize>> = HashMap::default();
    for id in 0..n {
        if key_words[id].len() >= 2 && kind_of(&mut uf, id) == Some(Kind::Organization) {
            org_heads.entry(key_words[id][0]).or_default().push(id);
        }
    }
    for id in 0..n {
        if key_words[id].len() != 1 || !ambiguous[id].is_empty() {
            continue;
        }
        let k = kind_of(&mut uf, id);
        if matches!(k, Some(Kind::Place | Kind::Person | Kind::Other)) && group_votes[id].strength() >= 3.0 {
            continue;
        }
        if let Some(list) = org_heads.get(keys[id].as_str())
            && let [o] = list[..]
        {
            uf.union(id, o);
        }
    }

    // 6b. Short forms of an organization: "Port Ellis" → "Port Ellis City" (a club or company
    //     suffix dropped), "Commons" → "House of Commons" (the object of an "of" name).
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    for id in 0..n {
        let w = &key_words[id];
        if w.len() >= 2 && kind_of(&mut uf, id) == Some(Kind::Organization) {
            by_first.entry(w[0]).or_default().push(id);
            if w.len() >= 3 && w[w.len() - 2] == "of" {
                by_last.entry(w[w.len() - 1]).or_default().push(id);
            }
        }
    }
    for id in 0..n {
        let w = &key_words[id];
        if !ambiguous[id].is_empty() || group_votes[id].best() == Some(Kind::Person) {
            continue;
        }
        let mut hits: Vec<usize> = by_first
            .get(w[0])
            .into_iter()
            .flatten()
            .copied()
            .filter(|&o| {
                let ow = &key_words[o];
                o != id
                    && ow.len() > w.len()
                    && ow.starts_with(w)
                    && ow[w.len()..].iter().all(|x| is_suffix_word(x))
            })
            .collect();
        // "Commons" → "House of Commons", but never a place to the body named after it
        // ("Paris" is not the "Parliament of Paris").
        let placed =
            ctx.gaz.place(&key_for(firsts[id])).is_some() || group_votes[id].best() == Some(Kind::Place);
        if w.len() == 1 && !placed {
            hits.extend(by_last.get(w[0]).into_iter().flatten().copied().filter(|&o| o != id));
        }
        hits.sort_unstable();
        hits.dedup();
        if let [o] = hits[..] {
            // The short form names the club or company: its own place-like words
            // ("Port" Ellis) say nothing about the kind.
            if key_words[o][w.len()..].iter().all(|x| is_suffix_word(x)) {
                group_votes[id] = Votes::default();
            }
            uf.union(id, o);
        }
    }

    // 4b. A stock ticker ("under the ticker CRVN") → the company whose name holds its letters.
    for (ci, c) in cands.iter().enumerate() {
        let form = c.span.slice(ctx.text);
        let s = c.tokens.start;
        let cue = (s.saturating_sub(2)..s).any(|k| matches!(ctx.word(k), "ticker" | "symbol"));
        if !cue || !is_acronym_like(form) {
            continue;
        }
        let id = of_cand[ci];
        let mut owners: Vec<usize> = (0..n)
            .filter(|&o| o != id && !is_acronym_like(firsts[o]) && letters_in_order(form, firsts[o]))
            .map(|o| uf.find(o))
            .collect();
        owners.sort_unstable();
        owners.dedup();
        if let [o] = owners[..] {
            uf.union(id, o);
        }
    }

    // 7. Build the clusters.
    let mut root_index: HashMap<usize, usize> = HashMap::default();
    let mut out: Vec<Cluster> = Vec::new();
    let mut member_keys: Vec<Vec<usize>> = Vec::new();
    for id in 0..n {
        let r = uf.find(id);
        let idx = *root_index.entry(r).or_insert_with(|| {
            out.push(Cluster {
                forms: Vec::new(),
                cands: Vec::new(),
                votes: Votes::default(),
                name: String::new(),
                kind: Kind::Other,
                ambiguous: Vec::new(),
            });
            member_keys.push(Vec::new());
            out.len() - 1
        });
        out[idx].votes.merge(&group_votes[id]);
        member_keys[idx].push(id);
    }
    for (ci, &id) in of_cand.iter().enumerate() {
        let idx = root_index[&uf.find(id)];
        out[idx].cands.push(ci);
        let form = cands[ci].span.slice(ctx.text);
        if !out[idx].forms.iter().any(|f| f == form) {
            out[idx].forms.push(form.to_string());
        }
    }
    for (idx, ids) in member_keys.iter().enumerate() {
        if let [id] = ids[..]
            && !ambiguous[id].is_empty()
        {
            out[idx].ambiguous = ambiguous[id].iter().map(|&p| root_index[&uf.find(p)]).collect();
            out[idx].ambiguous.dedup();
        }
    }
    for c in &mut out {
        let typed = c.votes.best().is_some();
        finish(ctx, c);
        // A capitalised word with no evidence at all, seen only where capitals are
        // typography (opening a sentence), is not shown as a name ("Sceptics on both sides").
        if !typed
            && c.ambiguous.is_empty()
            && c.cands.iter().all(|&ci| ctx.tokens[cands[ci].tokens.start].sent_start)
        {
            c.forms.clear();
        }
        // An ordinary English word written as one capitalised word ("Come", "Mamma") with
        // only weak evidence is a name only where the text capitalises it in mid-sentence
        // as often as not.
        let single = c.forms.iter().all(|f| !f.contains(char::is_whitespace));
        if single && c.votes.strength() < 4.0 && c.ambiguous.is_empty() {
            let ordinary = c.forms.iter().any(|f| {
                let k = fold_key(f);
                ctx.gaz.is_word(&k) && !ctx.capitalised_here(&k) && !is_acronym_like(f)
            });
            if ordinary {
                c.forms.clear();
            }
        }
    }
    out
}

/// The title a group's forms usually follow ("Prince" for a prince called by his given
/// name), when at least a third of its uses have it: a given name under a title of rank
/// does not join a person the text never gives that title.
fn usual_titles<'a>(cands: &'a [Candidate], of_cand: &[usize], uses: &[usize]) -> Vec<Option<&'a str>> {
    let mut counts: HashMap<(usize, &str), usize> = HashMap::default();
    for (ci, c) in cands.iter().enumerate() {
        if let Some(t) = c.title.as_deref() {
            *counts.entry((of_cand[ci], t.trim_end_matches('.'))).or_default() += 1;
        }
    }
    let mut out: Vec<Option<&str>> = vec![None; uses.len()];
    let mut best = vec![0usize; uses.len()];
    for (&(id, t), &k) in &counts {
        if k * 3 >= uses[id] && k > best[id] {
            best[id] = k;
            out[id] = Some(t);
        }
    }
    out
}

/// How many times more than the next one a person's full names must be used for that person
/// to take a given name used alone.
const DOMINANT_SHARE: usize = 2;

/// The one of several people opening with one given name whose full names the text uses
/// most, when it uses them at least [`DOMINANT_SHARE`] times as often as the next person's.
fn dominant(people: &[usize], uses: &[usize], uf: &mut Uf) -> Option<usize> {
    let mut by_root: Vec<(usize, usize, usize)> = Vec::new(); // (root, uses, one member)
    for &p in people {
        let r = uf.find(p);
        match by_root.iter_mut().find(|(root, _, _)| *root == r) {
            Some(e) => e.1 += uses[p],
            None => by_root.push((r, uses[p], p)),
        }
    }
    by_root.sort_by_key(|&(_, u, _)| std::cmp::Reverse(u));
    match by_root[..] {
        [(_, top, p), (_, next, _), ..] if top >= DOMINANT_SHARE * next.max(1) => Some(p),
        _ => None,
    }
}

/// Whether the letters of `short` occur in order in `long`, starting with its first letter
/// ("CRVN" in "Corvane Health").
fn letters_in_order(short: &str, long: &str) -> bool {
    let mut want = short.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).peekable();
    let mut have = long.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase);
    if want.peek() != have.next().as_ref() {
        return false;
    }
    want.next();
    for c in have {
        if want.peek() == Some(&c) {
            want.next();
        }
    }
    want.peek().is_none()
}

/// A club or company suffix, given as a lowercase key word ("city", "fc", "inc").
fn is_suffix_word(w: &str) -> bool {
    let mut cap = String::with_capacity(w.len());
    let mut chars = w.chars();
    if let Some(f) = chars.next() {
        cap.extend(f.to_uppercase());
        cap.push_str(chars.as_str());
    }
    let upper = w.to_uppercase();
    [cap.as_str(), upper.as_str(), w]
        .iter()
        .any(|x| cues::CLUB_SUFFIXES.contains(x) || cues::CORPORATE_SUFFIXES.contains(x))
}

/// Chooses the kind, the name and the evidence of a cluster.
fn finish(ctx: &Ctx, c: &mut Cluster) {
    c.kind = super::kinds::decide(&mut c.votes, &c.forms);
    // The name: a country's canonical name, a demonym's singular, else the fullest form.
    let first_key = key_for(&c.forms[0]);
    if let Some(canon) = ctx.gaz.country_canonical(&first_key).or_else(|| {
        c.forms.iter().find_map(|f| ctx.gaz.country_canonical(&key_for(f)).filter(|_| c.kind == Kind::Place))
    }) {
        c.name = canon.to_string();
    } else if c.kind == Kind::Other
        && let Some(d) = c.forms.iter().find_map(|f| ctx.gaz.demonym(&key_for(f)))
    {
        c.name = d.to_string();
    } else {
        let prefixed = |f: &str| {
            f.split_whitespace().nth(1).is_some()
                && f.split_whitespace().next().is_some_and(|w| ctx.gaz.demonym(&key_for(w)).is_some())
        };
        // Forms set in capitals (a chapter heading's "JAVERT GOT") or opened by a lone letter
        // ("O Marius") are poor names when the text also has the name in ordinary case.
        let shouted = |f: &str| {
            f.split_whitespace().any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase)
            }) || f.split_whitespace().next().is_some_and(|w| w.chars().count() == 1)
        };
        let plain = c.forms.iter().any(|f| !prefixed(f) && !shouted(f));
        let usable = |f: &&String| {
            !is_acronym_like(f) && !f.starts_with('@') && (!plain || (!prefixed(f) && !shouted(f)))
        };
        let best = c.forms.iter().filter(usable).max_by_key(|f| {
            (f.split_whitespace().count(), f.chars().filter(|ch| ch.is_lowercase()).count() > 0, f.len())
        });
        c.name = best.unwrap_or(&c.forms[0]).clone();
        if c.kind == Kind::Organization && !c.forms.iter().any(|f| f.split_whitespace().count() > 1) {
            c.name = c.forms.iter().find(|f| f.starts_with(char::is_lowercase)).unwrap_or(&c.name).clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickers_are_letters_in_order() {
        assert!(letters_in_order("CRVN", "Corvane Health"));
        assert!(!letters_in_order("CRVN", "Nasdaq"));
    }

    #[test]
    fn acronyms_match_initials_of_all_or_capitalised_words() {
        assert!(acronym_matches("DoD", "Department of Defense"));
        assert!(acronym_matches("USIP", "United States Institute of Peace"));
        assert!(acronym_matches("FCDO", "Foreign, Commonwealth and Development Office"));
        assert!(!acronym_matches("ISIS", "Irregular Warfare Podcast"));
        assert!(!acronym_matches("US", "Office"));
    }
}
