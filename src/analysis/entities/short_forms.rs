//! Short forms of longer organization and place names that the earlier passes leave apart,
//! in two shapes news writing uses all the time:
//! - the **head noun alone**: "the Alliance" for "Civic Alliance", "the Authority" for
//!   "Deposit Protection Authority", "the Sound" for "Kelling Sound" — a one-word form that is
//!   an ordinary word and the last word of a longer name;
//! - a **natural feature without its feature word**: "the Tamsey" for "River Tamsey",
//!   "Brannock" for "Brannock Glacier".
//!
//! Both join only when exactly one longer name named earlier in the document could be meant
//! (and a head noun only when it is always written "the Alliance"), so two
//! parties ("Labour Party", "Green Party") or two rivers keep their short forms apart, and a
//! one-word form with clear person evidence or a place of its own in the lists stays itself.
//! The feature words are data ([`FEATURE_BEFORE`], [`FEATURE_AFTER`]).

use super::passes::{Groups, Tentative};
use crate::analysis::Kind;
use crate::analysis::gazetteer::FastMap as HashMap;
use crate::analysis::gazetteer::key_for;

/// Feature words written before the name ("River Tamsey", "Lake Orm", "Mount Kell").
pub(super) const FEATURE_BEFORE: [&str; 6] = ["river", "lake", "loch", "mount", "isle", "cape"];
/// Feature words written after the name ("Brannock Glacier", "Hale Moor").
pub(super) const FEATURE_AFTER: [&str; 8] =
    ["river", "glacier", "moor", "fell", "forest", "estuary", "reservoir", "firth"];

/// Person evidence at least this strong keeps a one-word form a person.
const PERSON_STRENGTH: f32 = 2.0;

impl<'a> Groups<'a> {
    /// Pass 6c: a one-word form joins the one organization or place it is the head noun of,
    /// or the one natural feature it names without the feature word.
    pub(super) fn join_head_short_forms(&mut self, kinds: &Tentative) {
        let gaz = self.ctx.gaz;
        let mut by_head: HashMap<&'a str, Vec<usize>> = HashMap::default();
        let mut by_feature: HashMap<&'a str, Vec<usize>> = HashMap::default();
        for id in 0..self.n {
            if self.key_words[id].len() < 2
                || !matches!(kinds.kind(&mut self.uf, id), Some(Kind::Organization | Kind::Place))
            {
                continue;
            }
            let w = &self.key_words[id];
            by_head.entry(w[w.len() - 1]).or_default().push(id);
            if w.len() == 2 {
                if FEATURE_BEFORE.contains(&w[0]) {
                    by_feature.entry(w[1]).or_default().push(id);
                }
                if FEATURE_AFTER.contains(&w[1]) {
                    by_feature.entry(w[0]).or_default().push(id);
                }
            }
        }
        let (first_use, after_the) = self.first_uses_and_articles();
        for id in 0..self.n {
            let w = &self.key_words[id];
            let votes = &self.group_votes[id];
            let personal = votes.best() == Some(Kind::Person) && votes.get(Kind::Person) >= PERSON_STRENGTH;
            if w.len() != 1 || !self.ambiguous[id].is_empty() || personal || self.keys[id].contains('#') {
                continue;
            }
            let word = w[0];
            let listed_place = gaz.place(&key_for(self.firsts[id])).is_some();
            let candidates = if gaz.is_word(word) && !gaz.is_given_name(word) {
                if !after_the[id] {
                    continue;
                }
                by_head.get(word)
            } else if !listed_place {
                by_feature.get(word)
            } else {
                None
            };
            // The long name comes first: a short form is read back to what the text has named.
            let mut roots: Vec<usize> = candidates
                .into_iter()
                .flatten()
                .filter(|&&o| first_use[o] < first_use[id])
                .map(|&o| self.uf.find(o))
                .collect();
            roots.sort_unstable();
            roots.dedup();
            if let [o] = roots[..]
                && o != self.uf.find(id)
            {
                self.uf.union(id, o);
            }
        }
    }
}

impl Groups<'_> {
    /// For each group: its first use (a candidate index; candidates are in text order) and
    /// whether every use follows "the" ("the Alliance": a head noun used as a name keeps its
    /// article).
    fn first_uses_and_articles(&self) -> (Vec<usize>, Vec<bool>) {
        let mut first = vec![usize::MAX; self.n];
        let mut after_the = vec![true; self.n];
        for (ci, c) in self.cands.iter().enumerate() {
            let id = self.of_cand[ci];
            first[id] = first[id].min(ci);
            let the = c.tokens.start > 0 && self.ctx.word(c.tokens.start - 1).eq_ignore_ascii_case("the");
            after_the[id] &= the;
        }
        (first, after_the)
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Analysis, Kind, Options, analyse};
    use crate::document::{Format, load_bytes};

    fn run(text: &str) -> Analysis {
        let doc = load_bytes(text.as_bytes(), "t.txt", Some(Format::Text), "t");
        analyse(&doc, &Options::default())
    }

    fn entity<'a>(a: &'a Analysis, name: &str) -> &'a crate::analysis::Entity {
        a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| {
            panic!("no {name}: {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>())
        })
    }

    #[test]
    fn a_head_noun_alone_joins_its_one_long_name() {
        let a = run("The Civic Alliance won four seats in Tarnby. The Alliance now leads the \
                     council, and the Alliance will pick a mayor on Monday.\n");
        let e = entity(&a, "Civic Alliance");
        assert_eq!(e.mentions.len(), 3, "{:?}", a.entities);
        assert_eq!(e.kind, Kind::Organization);
    }

    #[test]
    fn two_long_names_with_one_head_keep_the_short_form_apart() {
        let a = run("The Labour Party and the Green Party met in Tarnby. The Party said little.\n");
        assert_eq!(entity(&a, "Labour Party").mentions.len(), 1);
        assert_eq!(entity(&a, "Green Party").mentions.len(), 1);
    }

    #[test]
    fn a_river_named_without_its_feature_word_is_the_river() {
        let a = run("The River Tamsey burst its banks on Tuesday. Farms along the Tamsey \
                     were flooded, and the Tamsey fell only on Friday.\n");
        assert_eq!(entity(&a, "River Tamsey").mentions.len(), 3, "{:?}", a.entities);
    }
}
