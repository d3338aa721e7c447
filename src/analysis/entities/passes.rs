//! The merge passes of alias clustering, one function per rule a reader applies.
//!
//! [`super::aliases::cluster`] groups candidate forms by folded key and then runs these
//! passes in a fixed order over a shared [`Groups`] (the groups, their votes and a
//! union-find over them); the order matters, since later passes read the kinds and unions
//! earlier ones made. Each pass joins one kind of short form to its long form; the last
//! builds the clusters. They live apart from `aliases.rs` so each file stays small and each
//! pass can be read on its own.

// The merge passes index several parallel arrays by group id; iterators would obscure that.
#![allow(clippy::needless_range_loop)]

use super::aliases::{
    Cluster, Uf, acronym_matches, canonical_key, finish, is_suffix_word, letters_in_order, usual_titles,
};
use super::context::{Candidate, Ctx};
use super::kinds::Votes;
use super::name_parts;
use super::naming;
use super::tokens::is_acronym_like;
use crate::analysis::Kind;
use crate::analysis::gazetteer::FastMap as HashMap;
use crate::analysis::gazetteer::{fold_key, key_for};

/// Pass 1: groups candidates by canonical key. Returns the key → group map, the keys in
/// order of first appearance, and each candidate's group.
pub(super) fn group_by_key(
    ctx: &Ctx,
    cands: &[Candidate],
) -> (HashMap<String, usize>, Vec<String>, Vec<usize>) {
    // Words that open a name of two or more words here: given names, whatever the lists say.
    let openers: crate::analysis::gazetteer::FastSet<String> =
        cands.iter().filter(|c| c.tokens.len() >= 2).map(|c| fold_key(ctx.word(c.tokens.start))).collect();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut keys: Vec<String> = Vec::new();
    let mut of_cand = Vec::with_capacity(cands.len());
    for c in cands {
        let form = c.span.slice(ctx.text);
        let mut key = canonical_key(ctx, form);
        // A title the candidate rules kept in the form ("Mademoiselle Ames", "Sister Ruth
        // Ames") is no part of the name: the key leaves it out, as it does a title before.
        let mut kept_title = None;
        if let Some((first, rest)) = form.split_once(char::is_whitespace)
            && name_parts::is_known_title(first)
            && c.title.is_none()
            && rest.trim_start().starts_with(char::is_uppercase)
        {
            key = canonical_key(ctx, rest.trim_start());
            kept_title = Some(first);
        }
        // Post-nominal letters ("Anthony Ames KC") are no part of the name either, when a
        // given name and a surname stand before them.
        while key.split(' ').count() >= 3
            && let Some((rest, last)) = key.rsplit_once(' ')
            && name_parts::POST_NOMINALS.contains(&last)
        {
            key = rest.to_string();
        }
        // A surname under a woman's title is her own name, not her husband's: "Mrs. Harlow"
        // and "Mr. Harlow" are two people.
        if let Some(family) = c.title.as_deref().or(kept_title).and_then(name_parts::title_family)
            && !key.contains(' ')
            && !openers.contains(&key)
        {
            key = format!("{key}#{family}");
        }
        let id = *by_key.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            keys.len() - 1
        });
        of_cand.push(id);
    }
    (by_key, keys, of_cand)
}

/// The state the passes share: the key groups, their votes, and the unions made so far.
pub(super) struct Groups<'a> {
    pub(super) ctx: &'a Ctx<'a>,
    pub(super) cands: &'a [Candidate],
    pub(super) by_key: &'a HashMap<String, usize>,
    pub(super) keys: &'a [String],
    pub(super) of_cand: &'a [usize],
    pub(super) n: usize,
    pub(super) uf: Uf,
    pub(super) group_votes: Vec<Votes>,
    pub(super) key_words: Vec<Vec<&'a str>>,
    pub(super) uses: Vec<usize>,
    pub(super) titles: Vec<Option<&'a str>>,
    /// The first form written of each group (candidates are in text order).
    pub(super) firsts: Vec<&'a str>,
    /// For a bare surname shared by several people: the groups of those people.
    pub(super) ambiguous: Vec<Vec<usize>>,
    /// Whether a group's ambiguity is weak (see [`Cluster::weak`]).
    pub(super) weak: Vec<bool>,
}

/// Kinds as they stood after the acronym passes, to find people and organizations.
pub(super) struct Tentative {
    tentative: Vec<Option<Kind>>,
    root_votes: Vec<Votes>,
}

impl Tentative {
    pub(super) fn kind(&self, uf: &mut Uf, id: usize) -> Option<Kind> {
        let r = uf.find(id);
        self.root_votes[r].best().or(self.tentative[id])
    }
}

impl<'a> Groups<'a> {
    /// The groups of pass 1, each alone, with the votes of its candidates merged.
    pub(super) fn new(
        ctx: &'a Ctx<'a>,
        cands: &'a [Candidate],
        by_key: &'a HashMap<String, usize>,
        keys: &'a [String],
        of_cand: &'a [usize],
        votes: impl IntoIterator<Item = Votes>,
    ) -> Self {
        let n = keys.len();
        let uf = Uf { parent: (0..n).collect() };
        let mut group_votes = vec![Votes::default(); n];
        for (ci, v) in votes.into_iter().enumerate() {
            group_votes[of_cand[ci]].merge(&v);
        }
        let key_words: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
        let mut uses = vec![0usize; n];
        for &id in of_cand {
            uses[id] += 1;
        }
        let titles = usual_titles(cands, of_cand, &uses);
        let mut firsts: Vec<&str> = vec![""; n];
        for (ci, &id) in of_cand.iter().enumerate().rev() {
            firsts[id] = cands[ci].span.slice(ctx.text);
        }
        let ambiguous = vec![Vec::new(); n];
        let weak = vec![false; n];
        Groups {
            ctx,
            cands,
            by_key,
            keys,
            of_cand,
            n,
            uf,
            group_votes,
            key_words,
            uses,
            titles,
            firsts,
            ambiguous,
            weak,
        }
    }

    /// Pass 2: "Afghan Taliban" → "Taliban" when the rest is a name of its own.
    pub(super) fn join_demonym_prefixed(&mut self) {
        let ctx = self.ctx;
        for id in 0..self.n {
            let w = &self.key_words[id];
            if w.len() >= 2
                && ctx.gaz.demonym(w[0]).is_some()
                && !self.firsts[id].split_whitespace().next().is_some_and(is_acronym_like)
            {
                let rest = w[1..].join(" ");
                if let Some(&r) = self.by_key.get(&rest) {
                    self.uf.union(id, r);
                }
            }
        }
    }

    /// Pass 3: acronyms and handles in parentheses right after a name: "Office for ... (OBR)".
    pub(super) fn join_parenthesised(&mut self) {
        let ctx = self.ctx;
        for (pi, pair) in self.cands.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            let between = &ctx.text[a.span.end..b.span.start];
            let after = ctx.text[b.span.end..].chars().next();
            if between.trim() != "(" || after != Some(')') {
                continue;
            }
            let bf = b.span.slice(ctx.text);
            let (ia, ib) = (self.of_cand[pi], self.of_cand[pi + 1]);
            // A ticker in parentheses after a company ("Thornbury Group (TBG)") names it even
            // when its letters are not the initials.
            let ticker = is_acronym_like(bf)
                && self.group_votes[ia].best() == Some(Kind::Organization)
                && ctx.gaz.place(&key_for(bf)).is_none();
            if bf.starts_with('@')
                || ticker
                || (is_acronym_like(bf) && acronym_matches(bf, a.span.slice(ctx.text)))
            {
                self.uf.union(ib, ia);
            }
        }
    }

    /// Pass 4: acronyms whose letters are the initials of exactly one long form ("DoD").
    pub(super) fn join_initialisms(&mut self) {
        let ctx = self.ctx;
        let n = self.n;
        for id in 0..n {
            let form = self.firsts[id];
            if !is_acronym_like(form) || ctx.gaz.country_canonical(&key_for(form)).is_some() {
                continue;
            }
            let longs: Vec<usize> =
                (0..n).filter(|&o| o != id && acronym_matches(form, self.firsts[o])).collect();
            if let [o] = longs[..] {
                self.uf.union(id, o);
            }
        }
    }

    /// Tentative kinds, to find people: each group's own best kind and its root's votes.
    pub(super) fn tentative_kinds(&mut self) -> Tentative {
        let tentative: Vec<Option<Kind>> = self.group_votes.iter().map(Votes::best).collect();
        let mut root_votes = vec![Votes::default(); self.n];
        for id in 0..self.n {
            let r = self.uf.find(id);
            root_votes[r].merge(&self.group_votes[id]);
        }
        Tentative { tentative, root_votes }
    }

    /// Pass 5: surnames and name tails → the person whose full name ends so (or ambiguous
    /// between several); given names → the one person they open.
    pub(super) fn join_person_parts(&mut self, kinds: &Tentative) {
        let (tails, heads, prefixes) = self.person_parts(kinds);
        let links = self.person_links(&heads);
        self.join_variant_full_names(&links);
        let ctx = self.ctx;
        // A one-word form always written "the X" ("the Strand") is no one's surname.
        let mut after_the = vec![true; self.n];
        for (ci, c) in self.cands.iter().enumerate() {
            let s = c.tokens.start;
            if s == 0 || !ctx.word(s - 1).eq_ignore_ascii_case("the") {
                after_the[self.of_cand[ci]] = false;
            }
        }
        for id in 0..self.n {
            let strong_other = {
                let v = &self.group_votes[id];
                v.best().is_some_and(|k| k != Kind::Person) && v.strength() >= 4.0
            };
            // A surname that is also a city in the lists ("Ibarra") is still the surname of a
            // person named in full here, unless the document itself calls it a place.
            let own = self.group_votes[id].own_non_person();
            // A surname under a woman's title ("Mrs. Harlow", key "harlow#f") is looked up as
            // the surname.
            let bare = self.keys[id].split('#').next().unwrap_or_default();
            if let Some(list) = tails.get(bare)
                && (own < 2.0 || own <= self.group_votes[id].get(Kind::Person))
                && !(after_the[id]
                    && self.key_words[id].len() == 1
                    && list.iter().all(|&o| ctx.gaz.is_given_name(self.key_words[o][0])))
            {
                let list = self.tail_targets(id, list, &links);
                match list[..] {
                    [] => {}
                    [p] => {
                        self.group_votes[id] = self.group_votes[id].without_listed();
                        self.uf.union(id, p);
                    }
                    _ => {
                        self.group_votes[id] = self.group_votes[id].without_listed();
                        self.ambiguous[id] = list;
                    }
                }
                continue;
            }
            if strong_other {
                continue;
            }
            if self.key_words[id].len() >= 2
                && let Some(&[p]) = prefixes.get(&self.keys[id]).map(Vec::as_slice)
            {
                self.uf.union(id, p);
                continue;
            }
        }
        // Given names last, once surnames have joined their people: a person's weight is
        // then all of their names.
        let mut root_uses = vec![0usize; self.n];
        for id in 0..self.n {
            let r = self.uf.find(id);
            root_uses[r] += self.uses[id];
        }
        for id in 0..self.n {
            if ctx.gaz.place(&key_for(self.firsts[id])).is_none() && self.ambiguous[id].is_empty() {
                self.link_given_name(id, &heads, &links, &root_uses);
            }
        }
        // Then the merges that must not change which person dominates a given name.
        self.join_titled_woman_surnames(&tails, &links);
        self.join_descriptor_forms(kinds);
    }

    /// The parts of the names of people, for pass 5: name tails (one entry per root), first
    /// words, and leading words of longer names, each to the groups they come from.
    #[allow(clippy::type_complexity)]
    fn person_parts(
        &mut self,
        kinds: &Tentative,
    ) -> (HashMap<String, Vec<usize>>, HashMap<&'a str, Vec<usize>>, HashMap<String, Vec<usize>>) {
        let mut tails: HashMap<String, Vec<usize>> = HashMap::default();
        let mut heads: HashMap<&'a str, Vec<usize>> = HashMap::default();
        let mut prefixes: HashMap<String, Vec<usize>> = HashMap::default();
        for id in 0..self.n {
            let w = &self.key_words[id];
            let mut person = matches!(kinds.kind(&mut self.uf, id), Some(Kind::Person) | None);
            // An epithet before a given name ("Young Ames") does not make the name a surname.
            if w.len() < 2 || is_acronym_like(self.firsts[id]) || naming::is_epithet_word(w[0]) {
                continue;
            }
            // Nor does an ordinary word before a name ("Code Ames", "Poor Ames"): that is no
            // person's full name, so it lends the name no given name and no surname.
            let ordinary = |k: &str| k.len() > 1 && self.ctx.gaz.is_word(k) && !self.ctx.gaz.is_given_name(k);
            if ordinary(w[0]) && !self.ordinary_word_as_given_name(id) {
                continue;
            }
            if !person && self.part_alone_is_person(id) {
                // Firms are shortened to their first word, people to their surname: a name
                // weakly typed otherwise whose own part the text uses alone for a person
                // ("Rokobaro said" after "Viliame Rokobaro, who beat ...") is that person.
                let mut v = Votes::default();
                v.add(Kind::Person, 1.0, "name part: used alone for a person");
                self.group_votes[id] = v;
                person = true;
            }
            if !person {
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
                let r = self.uf.find(id);
                if !list.iter().any(|&o| self.uf.find(o) == r) {
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
        (tails, heads, prefixes)
    }

    /// Pass 6: a company's first word → the company ("Goldman" → "Goldman Sachs").
    pub(super) fn join_company_heads(&mut self, kinds: &Tentative) {
        let mut org_heads: HashMap<&str, Vec<usize>> = HashMap::default();
        for id in 0..self.n {
            if self.key_words[id].len() >= 2 && kinds.kind(&mut self.uf, id) == Some(Kind::Organization) {
                org_heads.entry(self.key_words[id][0]).or_default().push(id);
            }
        }
        for id in 0..self.n {
            if self.key_words[id].len() != 1 || !self.ambiguous[id].is_empty() {
                continue;
            }
            let k = kinds.kind(&mut self.uf, id);
            if matches!(k, Some(Kind::Place | Kind::Person | Kind::Other))
                && self.group_votes[id].strength() >= 3.0
            {
                continue;
            }
            // "Haddonshire" is not "Haddonshire County Council" (see boundaries.rs).
            let place_here = self.group_votes[id].best() == Some(Kind::Place);
            if let Some(list) = org_heads.get(self.keys[id].as_str())
                && let [o] = list[..]
                && !super::boundaries::named_after_its_place(&self.key_words[o], place_here)
            {
                self.uf.union(id, o);
            }
        }
    }

    /// Pass 6b: short forms of an organization: "Port Ellis" → "Port Ellis City" (a club or
    /// company suffix dropped), "Commons" → "House of Commons" (the object of an "of" name).
    pub(super) fn join_org_short_forms(&mut self, kinds: &Tentative) {
        let ctx = self.ctx;
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
        for id in 0..self.n {
            let w = &self.key_words[id];
            if w.len() >= 2 && kinds.kind(&mut self.uf, id) == Some(Kind::Organization) {
                by_first.entry(w[0]).or_default().push(id);
                if w.len() >= 3 && w[w.len() - 2] == "of" {
                    by_last.entry(w[w.len() - 1]).or_default().push(id);
                }
            }
        }
        for id in 0..self.n {
            let w = &self.key_words[id];
            if !self.ambiguous[id].is_empty() || self.group_votes[id].best() == Some(Kind::Person) {
                continue;
            }
            let mut hits: Vec<usize> = by_first
                .get(w[0])
                .into_iter()
                .flatten()
                .copied()
                .filter(|&o| {
                    let ow = &self.key_words[o];
                    o != id
                        && ow.len() > w.len()
                        && ow.starts_with(w)
                        && ow[w.len()..].iter().all(|x| is_suffix_word(x))
                })
                .collect();
            // "Commons" → "House of Commons", but never a place to the body named after it
            // ("Paris" is not the "Parliament of Paris").
            let placed = ctx.gaz.place(&key_for(self.firsts[id])).is_some()
                || self.group_votes[id].best() == Some(Kind::Place);
            if w.len() == 1 && !placed {
                hits.extend(by_last.get(w[0]).into_iter().flatten().copied().filter(|&o| o != id));
            }
            hits.sort_unstable();
            hits.dedup();
            if let [o] = hits[..] {
                // The short form names the club or company: its own place-like words
                // ("Port" Ellis) say nothing about the kind.
                if self.key_words[o][w.len()..].iter().all(|x| is_suffix_word(x)) {
                    self.group_votes[id] = Votes::default();
                }
                self.uf.union(id, o);
            }
        }
    }

    /// Pass 4b: a stock ticker ("under the ticker CRVN") → the company whose name holds its
    /// letters.
    pub(super) fn join_tickers(&mut self) {
        let ctx = self.ctx;
        for (ci, c) in self.cands.iter().enumerate() {
            let form = c.span.slice(ctx.text);
            let s = c.tokens.start;
            let cue = (s.saturating_sub(2)..s).any(|k| matches!(ctx.word(k), "ticker" | "symbol"));
            if !cue || !is_acronym_like(form) {
                continue;
            }
            let id = self.of_cand[ci];
            let mut owners: Vec<usize> = (0..self.n)
                .filter(|&o| {
                    o != id && !is_acronym_like(self.firsts[o]) && letters_in_order(form, self.firsts[o])
                })
                .map(|o| self.uf.find(o))
                .collect();
            owners.sort_unstable();
            owners.dedup();
            if let [o] = owners[..] {
                self.uf.union(id, o);
            }
        }
    }

    /// Pass 7: builds one cluster per union-find root, names and types it, and empties the
    /// forms of clusters that are only capitalised ordinary words.
    pub(super) fn build(mut self) -> Vec<Cluster> {
        let ctx = self.ctx;
        let cands = self.cands;
        let mut root_index: HashMap<usize, usize> = HashMap::default();
        let mut out: Vec<Cluster> = Vec::new();
        let mut member_keys: Vec<Vec<usize>> = Vec::new();
        for id in 0..self.n {
            let r = self.uf.find(id);
            let idx = *root_index.entry(r).or_insert_with(|| {
                out.push(Cluster {
                    forms: Vec::new(),
                    cands: Vec::new(),
                    votes: Votes::default(),
                    name: String::new(),
                    kind: Kind::Other,
                    ambiguous: Vec::new(),
                    titled: Vec::new(),
                    weak: false,
                });
                member_keys.push(Vec::new());
                out.len() - 1
            });
            out[idx].votes.merge(&self.group_votes[id]);
            member_keys[idx].push(id);
        }
        for (ci, &id) in self.of_cand.iter().enumerate() {
            let idx = root_index[&self.uf.find(id)];
            out[idx].cands.push(ci);
            let (form, titled) = match self.keys[id].contains('#') {
                true => titled_form(ctx.text, &cands[ci]),
                false => (cands[ci].span.slice(ctx.text), false),
            };
            if !out[idx].forms.iter().any(|f| f == form) {
                if titled {
                    let at = out[idx].forms.len();
                    out[idx].titled.push(at);
                }
                out[idx].forms.push(form.to_string());
            }
        }
        for (idx, ids) in member_keys.iter().enumerate() {
            if let [id] = ids[..]
                && !self.ambiguous[id].is_empty()
            {
                out[idx].ambiguous =
                    self.ambiguous[id].iter().map(|&p| root_index[&self.uf.find(p)]).collect();
                out[idx].weak = self.weak[id];
                out[idx].ambiguous.dedup();
            }
        }
        for c in &mut out {
            let typed = c.votes.best().is_some();
            let nobody = drop_not_names(c);
            finish(ctx, c);
            if nobody {
                c.forms.clear();
            }
            // A capitalised word with no evidence at all, seen only where capitals are
            // typography (opening a sentence), is not shown as a name ("Sceptics on both sides").
            if !typed
                && c.ambiguous.is_empty()
                && c.cands.iter().all(|&ci| ctx.tokens[cands[ci].tokens.start].sent_start())
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
        super::aliases::family_surnames(&mut out);
        out
    }
}

/// Drops the forms that name nobody ([`super::not_names`]), keeping the titled-form marks
/// in step; when every form is such, keeps them for [`finish`] and returns true (the
/// cluster is then emptied).
fn drop_not_names(c: &mut Cluster) -> bool {
    let keep: Vec<bool> = c.forms.iter().map(|f| !super::not_names::is_not_name(f)).collect();
    if keep.iter().all(|&k| k) {
        return false;
    }
    if !keep.iter().any(|&k| k) {
        return true;
    }
    let mut at = Vec::with_capacity(keep.len());
    let mut next = 0;
    for &k in &keep {
        at.push(next);
        next += usize::from(k);
    }
    c.titled = c.titled.iter().filter(|&&i| keep[i]).map(|&i| at[i]).collect();
    let mut i = 0;
    c.forms.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    false
}

/// The text of a candidate with the title written before it ("Mrs. Harlow"), when the text
/// has the title right there; else the candidate's own text.
fn titled_form<'t>(text: &'t str, c: &Candidate) -> (&'t str, bool) {
    let name = c.span.slice(text);
    let Some(title) = c.title.as_deref() else { return (name, false) };
    let before = text[..c.span.start].trim_end();
    if before.len() < c.span.start && before.ends_with(title) {
        return (&text[before.len() - title.len()..c.span.end], true);
    }
    (name, false)
}
