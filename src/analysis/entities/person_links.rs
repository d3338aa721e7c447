//! Links between the forms of one person, decided on their name parts
//! ([`super::name_parts`]) rather than on strings.
//!
//! Two rules of pass 5 of the clustering live here: a given name used alone (or with only a
//! regnal or generation suffix, or as a pet form of the given name) joins the one compatible
//! person who opens with it, or the one who dominates it; when several compatible people
//! share it and none dominates, it is left ambiguous between them and the mention scan gives
//! each occurrence to the one named most recently. And two full names with one surname whose
//! given names are variants of each other ("Natalya Orlova", "Natasha Orlova") are one
//! person. "Compatible" means nothing in the parts conflicts: the sex (from titles, given
//! names, patronymics, feminine surname forms) and the title of rank. Two tests of pass 5
//! decide which full names count as people at all: a name opened by an ordinary word the
//! text never writes in lowercase ("Shun Ishikawa"), and a weakly typed name whose surname
//! the text uses alone for a person ("Rokobaro said").

use super::aliases::dominant;
use super::name_parts::{self, Parts};
use super::passes::Groups;
use crate::analysis::Kind;
use crate::analysis::gazetteer::FastMap as HashMap;
use crate::analysis::gazetteer::FastSet;
use crate::analysis::gazetteer::key_for;

/// The parsed parts of every group, and the people by the roots of their given names.
pub(super) struct Links {
    pub(super) parts: Vec<Parts>,
    by_root: HashMap<u32, Vec<usize>>,
    /// Groups written at least once under a man's title ("Mr. Harlow").
    male_titled: Vec<bool>,
    /// How often each group of a given name and a surname is written under an unmarried
    /// woman's title ("Miss Jane Harlow"). A text that does so [`MISS_GIVEN_AT_LEAST`] times
    /// is telling her from the "Miss Harlow" of the text, her elder sister, by the usual
    /// form of address.
    miss_given: Vec<usize>,
}

/// A one-word name must be used this often, and this many times as often as a descriptor
/// before it ("Major Ames"), for the descriptor form to join it.
const DESCRIBED_AT_LEAST: usize = 3;
const DESCRIBED_SHARE: usize = 5;

/// A woman written this often as "Miss Jane Harlow" is not the "Miss Harlow" of the text
/// (once may be a formal full address to the eldest).
const MISS_GIVEN_AT_LEAST: usize = 2;

/// People sharing a surname are compared pairwise only up to this many forms per surname.
const MAX_PER_SURNAME: usize = 64;

/// A pet form used more than this many times as often as a variant's full name is not
/// joined to it ("Sasha" throughout, "Alexandra Ames" once is likely someone else).
const VARIANT_SHARE: usize = 10;

/// Below this strength, a name's votes for another kind are too weak to keep it from being
/// a person whose part the text uses alone for a person.
const WEAK_OTHER: f32 = 3.0;

/// The document's own person score a one-word name needs to show a full name's kind.
const ALONE_PERSON: f32 = 2.0;

/// A one-word name used more than this many times as often as a full name ending with it is
/// a name of its own that the full name (a run of a place or a word on to it) only borrows.
const ALONE_SHARE: usize = 10;

impl<'a> Groups<'a> {
    /// Parses every group's key into name parts and indexes the people (given `heads`, the
    /// person groups by first word) by the roots of their given names.
    pub(super) fn person_links(&self, heads: &HashMap<&'a str, Vec<usize>>) -> Links {
        let last_words: FastSet<&str> = self.key_words.iter().filter_map(|w| w.last().copied()).collect();
        let feminine =
            |s: &str| name_parts::masculine_forms(s).iter().any(|m| last_words.contains(m.as_str()));
        let given = |k: &str| self.ctx.gaz.is_given_name(k);
        let parts = (0..self.n)
            .map(|id| name_parts::parse(&self.key_words[id], self.titles[id], given, feminine))
            .collect();
        let mut by_root: HashMap<u32, Vec<usize>> = HashMap::default();
        for (w, list) in heads {
            for r in name_parts::roots(w) {
                by_root.entry(r).or_default().extend(list.iter().copied());
            }
        }
        // A given name used only alone ("Harriet") is a person its pet forms ("Hattie") can
        // name too, unless the document calls it something else.
        for id in 0..self.n {
            let v = &self.group_votes[id];
            let elsewise = v.best().is_some_and(|k| k != Kind::Person);
            if self.key_words[id].len() == 1 && !self.keys[id].contains('#') && !elsewise {
                let k = self.keys[id].as_str();
                if self.ctx.gaz.is_given_name(k) && !heads.contains_key(k) {
                    for r in name_parts::roots(k) {
                        by_root.entry(r).or_default().push(id);
                    }
                }
            }
        }
        let mut male_titled = vec![false; self.n];
        let mut miss_given = vec![0usize; self.n];
        for (ci, c) in self.cands.iter().enumerate() {
            let id = self.of_cand[ci];
            let title = c.title.as_deref().or_else(|| {
                let form = c.span.slice(self.ctx.text);
                form.split_whitespace().next().filter(|w| name_parts::is_known_title(w))
            });
            if c.title.as_deref().and_then(name_parts::title_sex) == Some(name_parts::Sex::Male) {
                male_titled[id] = true;
            }
            if title.and_then(name_parts::title_family) == Some("miss") && self.key_words[id].len() >= 2 {
                miss_given[id] += 1;
            }
        }
        Links { parts, by_root, male_titled, miss_given }
    }

    /// Whether the ordinary word opening group `id` ("Shun", "Pita", "Park") is a given name
    /// here: the text capitalises it mid-sentence and never writes it in lowercase, and what follows is no name
    /// of a place or thing of its own ("Eastern Samar", "Cricket West Indies") and opens with
    /// no given name ("Master Gerald Ames").
    pub(super) fn ordinary_word_as_given_name(&self, id: usize) -> bool {
        let ctx = self.ctx;
        let w = &self.key_words[id];
        let never_lower = ctx.lower.get(w[0]).is_none_or(|&n| n == 0);
        if !never_lower
            || !ctx.capitalised_here(w[0])
            || ctx.gaz.is_given_name(w[1])
            || w[1..].iter().all(|x| ctx.gaz.is_word(x))
        {
            return false;
        }
        let rest = w[1..].join(" ");
        match self.by_key.get(&rest) {
            Some(&o) => matches!(self.group_votes[o].best(), Some(Kind::Person) | None),
            None => ctx.gaz.place(&rest).is_none(),
        }
    }

    /// Whether group `id`, a name of several words with only weak evidence for another kind
    /// (no word list behind it), has a part the text uses alone with its own evidence of a
    /// person: its last word (a surname), or the first word of three (a family name written
    /// first, "Tan" of "Tan Gek Choo").
    pub(super) fn part_alone_is_person(&self, id: usize) -> bool {
        let v = &self.group_votes[id];
        let w = &self.key_words[id];
        // Every word capitalised: "Partido Regionalista del Biobío" is not named after a person.
        let lower = self.firsts[id].split_whitespace().any(|x| !x.starts_with(char::is_uppercase));
        // A place run on to a name ("in Paris Ames") is no one's full name.
        let placed =
            self.ctx.gaz.place(&key_for(self.firsts[id].split_whitespace().next().unwrap_or_default()));
        if placed.is_some()
            || v.strength() >= WEAK_OTHER
            || v.listed.iter().any(|&l| l > 0.0)
            || self.keys[id].contains('#')
            || lower
        {
            return false;
        }
        let alone_person = |k: &str| {
            self.by_key.get(k).is_some_and(|&o| {
                let ov = &self.group_votes[o];
                ov.best() == Some(Kind::Person)
                    && ov.get(Kind::Person) - ov.listed[0] >= ALONE_PERSON
                    && self.uses[o] <= ALONE_SHARE * self.uses[id]
                    && !self.ctx.gaz.is_word(k)
            })
        };
        let last = w.last().copied().unwrap_or_default();
        alone_person(last) || (w.len() >= 3 && alone_person(w[0]))
    }

    fn compatible(links: &Links, a: usize, b: usize) -> bool {
        let (pa, pb) = (&links.parts[a], &links.parts[b]);
        name_parts::sex_agrees(pa.sex, pb.sex) && name_parts::rank_agrees(pa.rank, pb.rank)
    }

    /// The people a surname (group `id`) may name among those whose names end so (`list`):
    /// not one already joined, none whose parts conflict, and no woman known only by a title
    /// and the surname when the surname itself is not a woman's.
    pub(super) fn tail_targets(&mut self, id: usize, list: &[usize], links: &Links) -> Vec<usize> {
        let r = self.uf.find(id);
        let own = &links.parts[id];
        // Used as a surname here, a word's sex as a given name ("Lowe") says nothing: only
        // its title does.
        // A woman's title kept in the form ("Mademoiselle Ames") shows in the key only.
        let family_key = self.keys[id].split_once('#').map(|(_, f)| f);
        let own_sex = self.titles[id]
            .and_then(name_parts::title_sex)
            .or_else(|| family_key.map(|_| name_parts::Sex::Female));
        let titled_woman = |o: usize| {
            let p = &links.parts[o];
            p.given.is_none() && p.sex == Some(name_parts::Sex::Female)
        };
        // "Mrs. Harlow" is not the woman with a given name and that surname (her daughter,
        // her sister-in-law) unless that woman is given the same title.
        // ... when a husband is there: the bare surname under a man's title, or a man with a
        // given name and the surname. Alone, "Mrs. Harlow" is the woman named in full.
        let family = self.titles[id].and_then(name_parts::title_family).or(family_key);
        // "Miss Harlow" beside a "Miss Jane Harlow" is the elder sister, not Jane.
        let eldest = family == Some("miss")
            && own.given.is_none()
            && list.iter().any(|&o| links.miss_given[o] >= MISS_GIVEN_AT_LEAST);
        let bare = self.keys[id].split('#').next().unwrap_or_default();
        let male = Some(name_parts::Sex::Male);
        let husband = family.is_some()
            && (self.by_key.get(bare).is_some_and(|&h| links.male_titled[h])
                || list.iter().any(|&o| links.parts[o].sex == male));
        let family = family.filter(|_| husband);
        let mut out = Vec::new();
        for &o in list {
            let p = &links.parts[o];
            if self.uf.find(o) != r
                && name_parts::sex_agrees(own_sex, p.sex)
                && name_parts::rank_agrees(own.rank, p.rank)
                && (own_sex == Some(name_parts::Sex::Female) || !titled_woman(o))
                && self.family_fits(o, family, eldest)
                && !(eldest && links.miss_given[o] >= MISS_GIVEN_AT_LEAST)
            {
                out.push(o);
            }
        }
        out
    }

    /// Whether person `o` may bear a surname written under a woman's title of `family` (after
    /// the husband test): the same family of title, or, for the eldest daughter's "Miss
    /// Harlow", none (she is named by given name and surname elsewhere).
    fn family_fits(&self, o: usize, family: Option<&str>, eldest: bool) -> bool {
        let of = self.titles[o].and_then(name_parts::title_family);
        family.is_none() || of == family || (eldest && of.is_none())
    }

    /// A given name used alone (group `id`) → the person it names, or ambiguous between the
    /// compatible people who open with it (or with a variant of it).
    pub(super) fn link_given_name(
        &mut self,
        id: usize,
        heads: &HashMap<&'a str, Vec<usize>>,
        links: &Links,
        root_uses: &[usize],
    ) {
        if self.group_votes[id].best().is_some_and(|k| k != Kind::Person)
            && self.group_votes[id].strength() >= 4.0
        {
            return;
        }
        let p = &links.parts[id];
        // One word that opens full names here is a given name, listed or not ("Angus").
        // Only one word: "Ames II" and "Ames III" are different people.
        if self.key_words[id].len() != 1 {
            return;
        }
        let single = !self.keys[id].contains('#');
        let opens = single && heads.contains_key(self.keys[id].as_str());
        // A word that opens full names of three words without being a given name is a family
        // name written first ("Tan" of "Tan Boon Kiat" and "Tan Wei Ming"): shared, it is
        // resolved by which of them was named last, never by which is named most.
        let (given, family_first) = match (&p.given, &p.surname) {
            (Some(g), None) if p.patronymic.is_none() => (g.as_str(), false),
            (None, Some(_)) if opens => (self.keys[id].as_str(), true),
            _ => return,
        };
        let mut list: Vec<usize> = heads.get(given).cloned().unwrap_or_default();
        list.retain(|&o| o != id);
        if list.is_empty() {
            // A pet form with no full name of its own ("Sasha" beside "Alexandra Ames") is
            // weakly shared with the people whose given names it is a form of, when it is not
            // used far more than they are: the scan gives an occurrence to one of them only
            // when they were just mentioned.
            let uses = self.uses[id];
            let mut variants: Vec<usize> = Vec::new();
            for r in name_parts::roots(given) {
                let found = links.by_root.get(&r).into_iter().flatten().copied();
                variants.extend(found.filter(|&o| o != id && uses <= VARIANT_SHARE * self.uses[o]));
            }
            variants.sort_unstable();
            variants.dedup();
            variants.retain(|&o| Self::compatible(links, id, o));
            // One person only, and the pet form no ordinary word here ("Pip" beside "pip"):
            // it is that person's.
            let mut people: Vec<usize> = variants.iter().map(|&o| self.uf.find(o)).collect();
            people.sort_unstable();
            people.dedup();
            let ctx = self.ctx;
            let plain = !ctx.gaz.is_word(given) || ctx.capitalised_here(given);
            if let ([_], [o, ..]) = (&people[..], &variants[..])
                && plain
            {
                self.uf.union(id, *o);
                return;
            }
            if !variants.is_empty() {
                self.ambiguous[id] = variants;
                self.weak[id] = true;
            }
            return;
        }
        // People, not other forms of a given name: a full name with a surname or patronymic,
        // when there is one ("Ames Brook" over "Ames II").
        let ctx = self.ctx;
        let named = |o: usize| {
            let p = &links.parts[o];
            // "Ames Knows" (a verb after a name at a sentence's start) names nobody.
            let real = |s: &str| !ctx.gaz.is_word(s) || ctx.capitalised_here(s);
            // A regnal number names one person as a surname does ("Anne I" beside "Anne
            // Ames"): the given name alone goes to the one of them the text uses most.
            let regnal = matches!(self.key_words[o][..], [_, n] if name_parts::is_suffix(n) && n.chars().all(|c| matches!(c, 'i' | 'v')));
            p.surname.as_deref().is_some_and(real) || p.patronymic.is_some() || regnal
        };
        if list.iter().any(|&o| named(o)) {
            list.retain(|&o| named(o));
        }
        // A given name under a title of rank ("Prince" Ames) names only someone the text
        // gives that title too; an office or calling ("Bishop Ames", "Sister Ames") is no
        // rank and says nothing against a person named in full without it.
        let title = self.titles[id].filter(|t| name_parts::title_rank(t).is_some());
        list.retain(|&o| Self::compatible(links, id, o) && title.is_none_or(|t| self.titles[o] == Some(t)));
        let mut people: Vec<usize> = Vec::new();
        for o in list {
            let r = self.uf.find(o);
            if !people.iter().any(|&q| self.uf.find(q) == r) {
                people.push(o);
            }
        }
        // A name with an epithet ("Ottavio the Great") does not make the given name ambiguous
        // when one plain full name ("Ottavio Brenner") also opens with it.
        let plain: Vec<usize> = people
            .iter()
            .copied()
            .filter(|&o| !matches!(self.key_words[o].get(1), Some(&"the" | &"of")))
            .collect();
        if let [o] = people[..] {
            self.uf.union(id, o);
        } else if let [o] = plain[..] {
            self.uf.union(id, o);
        } else if let Some(o) = dominant(&plain, root_uses, &mut self.uf)
            .filter(|_| !family_first || plain.iter().any(|&o| self.key_words[o].len() < 3))
        {
            self.uf.union(id, o);
        } else if plain.len() >= 2 {
            self.group_votes[id] = self.group_votes[id].without_listed();
            self.ambiguous[id] = plain;
        }
    }

    /// A bare surname (group `id`) that no man and no full name here carries, beside one
    /// woman named by a woman's title and that surname ("Mrs. Ames" ... "Ames"), is hers when
    /// the text names her so at least as often: the couple split must not split her.
    pub(super) fn join_titled_woman_surnames(&mut self, tails: &HashMap<String, Vec<usize>>, links: &Links) {
        for id in 0..self.n {
            let key = self.keys[id].as_str();
            let v = &self.group_votes[id];
            let strong_other = v.best().is_some_and(|k| k != Kind::Person) && v.strength() >= 4.0;
            if key.contains(['#', ' '])
                || tails.contains_key(key)
                || links.male_titled[id]
                || strong_other
                || !self.ambiguous[id].is_empty()
            {
                continue;
            }
            let women: Vec<usize> = ["f", "miss"]
                .iter()
                .filter_map(|f| self.by_key.get(&format!("{key}#{f}")).copied())
                .collect();
            // A woman's given name under a woman's title ("Miss Ruth") is hers however rare.
            let hers = name_parts::given_sex(key) == Some(name_parts::Sex::Female);
            if let [w] = women[..]
                && (hers || self.uses[id] <= self.uses[w])
                && self.uf.find(id) != self.uf.find(w)
            {
                self.group_votes[id] = self.group_votes[id].without_listed();
                self.uf.union(id, w);
            }
        }
    }

    /// A word that is no given name before a one-word name of a person ("Major Ames",
    /// "Farmer Ames", "Little Ames", a place run on to the name) is a descriptor, not a
    /// person of its own, when the name alone is far more used: the form joins the name.
    pub(super) fn join_descriptor_forms(&mut self, kinds: &super::passes::Tentative) {
        let ctx = self.ctx;
        for id in 0..self.n {
            let [x, name] = self.key_words[id][..] else { continue };
            let v = &self.group_votes[id];
            if self.keys[id].contains('#')
                || (v.best().is_some_and(|k| k != Kind::Person) && v.strength() >= 4.0)
            {
                continue;
            }
            let descriptor = (ctx.gaz.is_word(x) && !ctx.gaz.is_given_name(x))
                || ctx.gaz.place(&crate::analysis::gazetteer::key_for(x)).is_some();
            let Some(&s) = self.by_key.get(name) else { continue };
            if descriptor
                && self.ambiguous[s].is_empty()
                && self.uses[s] >= DESCRIBED_AT_LEAST
                && self.uses[s] >= DESCRIBED_SHARE * self.uses[id]
                && kinds.kind(&mut self.uf, s) == Some(Kind::Person)
            {
                self.uf.union(id, s);
            }
        }
    }

    /// Two full names with one surname whose given names are variants of each other, and
    /// nothing else in conflict, are one person.
    pub(super) fn join_variant_full_names(&mut self, links: &Links) {
        let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
        for id in 0..self.n {
            let p = &links.parts[id];
            if let (Some(_), Some(s)) = (&p.given, p.surname.as_deref())
                && self.key_words[id].len() >= 2
                && self.ambiguous[id].is_empty()
            {
                by_surname.entry(s).or_default().push(id);
            }
        }
        for list in by_surname.values() {
            if list.len() < 2 || list.len() > MAX_PER_SURNAME {
                continue;
            }
            for (i, &a) in list.iter().enumerate() {
                for &b in &list[i + 1..] {
                    let (pa, pb) = (&links.parts[a], &links.parts[b]);
                    let (ga, gb) = (pa.given.as_deref().unwrap_or(""), pb.given.as_deref().unwrap_or(""));
                    let patronymics_agree =
                        pa.patronymic.is_none() || pb.patronymic.is_none() || pa.patronymic == pb.patronymic;
                    if ga != gb
                        && name_parts::variants_meet(ga, gb)
                        && patronymics_agree
                        && Self::compatible(links, a, b)
                    {
                        self.uf.union(a, b);
                    }
                }
            }
        }
    }
}
