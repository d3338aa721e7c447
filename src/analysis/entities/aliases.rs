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
use super::passes::{self, Groups};
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
    /// Forms (indices into `forms`) written with a leading title that is no part of the
    /// mention ("Mrs. Harlow", a woman named by title and surname beside her husband).
    pub titled: Vec<usize>,
    /// The `ambiguous` people are only candidates (a pet form beside full names of its
    /// variants): an occurrence goes to one of them only when they were just mentioned, else
    /// it stays with this cluster.
    pub weak: bool,
}

pub(super) struct Uf {
    pub(super) parent: Vec<usize>,
}

impl Uf {
    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    /// Merges `a` into `b` (b's root stays root).
    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra] = rb;
        }
    }
}

/// The clustering key of a form: folded, with country aliases and demonym plurals mapped.
pub(super) fn canonical_key(ctx: &Ctx, form: &str) -> String {
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

pub(super) fn acronym_matches(acronym: &str, long: &str) -> bool {
    let letters: String =
        acronym.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    if letters.len() < 2 || long.split_whitespace().count() < 2 {
        return false;
    }
    let (all, caps) = initials(long);
    letters == all || letters == caps
}

/// Groups candidates into clusters and names and types each: the passes of
/// [`super::passes`], in order. `votes` are the candidates' own votes in candidate order, taken
/// one at a time: each is merged into its group's and dropped, so a book's candidates never
/// hold their votes all at once (they were the largest allocation after the tokens).
pub fn cluster(ctx: &Ctx, cands: &[Candidate], votes: impl IntoIterator<Item = Votes>) -> Vec<Cluster> {
    let (by_key, keys, of_cand) = passes::group_by_key(ctx, cands);
    let mut g = Groups::new(ctx, cands, &by_key, &keys, &of_cand, votes);
    g.join_demonym_prefixed();
    g.join_parenthesised();
    g.join_initialisms();
    let kinds = g.tentative_kinds();
    g.join_person_parts(&kinds);
    g.join_nicknames(&kinds);
    g.join_company_heads(&kinds);
    g.join_org_short_forms(&kinds);
    g.join_head_short_forms(&kinds);
    g.join_group_plurals(&kinds);
    g.join_tickers();
    g.join_listed_tickers();
    g.build()
}

/// The title a group's forms usually follow ("Prince" for a prince called by his given
/// name), when at least a third of its uses have it: a given name under a title of rank
/// does not join a person the text never gives that title.
pub(super) fn usual_titles<'a>(
    cands: &'a [Candidate],
    of_cand: &[usize],
    uses: &[usize],
) -> Vec<Option<&'a str>> {
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

/// The one of several people opening with one given name whose names (all the forms of its
/// cluster, `root_uses` by union-find root) the text uses most, when it uses them at least
/// [`DOMINANT_SHARE`] times as often as the next person's.
pub(super) fn dominant(people: &[usize], root_uses: &[usize], uf: &mut Uf) -> Option<usize> {
    let mut by_root: Vec<(usize, usize, usize)> = Vec::new(); // (root, uses, one member)
    for &p in people {
        let r = uf.find(p);
        if !by_root.iter().any(|(root, _, _)| *root == r) {
            by_root.push((r, root_uses[r], p));
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
pub(super) fn letters_in_order(short: &str, long: &str) -> bool {
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
pub(super) fn is_suffix_word(w: &str) -> bool {
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
pub(super) fn finish(ctx: &Ctx, c: &mut Cluster) {
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

/// The evidence [`super::kinds::decide`] records for a name of several words with no vote.
const MULTI_DEFAULT: &str = "default: multi-word name";

/// A name of several words typed only by the no-evidence default, whose last word is the
/// surname of someone the text shows to be a person, belongs to that family: a person
/// ("other leaders, such as Rahim Dost" beside a quoted "Yusuf Dost"). A firm named after its
/// founder carries its own evidence (a suffix, a ticker, a verb) and is left alone.
pub(super) fn family_surnames(clusters: &mut [Cluster]) {
    let surname = |f: &str| {
        let mut words = f.split_whitespace();
        words.next()?;
        words.last().map(key_for).filter(|k| k.chars().count() >= 3)
    };
    let defaulted = |c: &Cluster| c.votes.evidence.iter().all(|e| e == MULTI_DEFAULT);
    let families: std::collections::BTreeSet<String> = clusters
        .iter()
        .filter(|c| c.kind == Kind::Person && !c.forms.is_empty() && !defaulted(c))
        .flat_map(|c| c.forms.iter().filter_map(|f| surname(f)))
        .collect();
    for c in clusters.iter_mut() {
        if c.kind == Kind::Person || c.forms.is_empty() || !defaulted(c) {
            continue;
        }
        if c.forms.iter().filter_map(|f| surname(f)).any(|s| families.contains(&s)) {
            c.votes = Votes::default();
            c.votes.add(Kind::Person, 1.0, "family: the surname of a person in the text");
            c.kind = Kind::Person;
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
