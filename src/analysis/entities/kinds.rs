//! Evidence → kind: the votes of the evidence table summed over an entity, and the decision.
//!
//! A kind is never read off one rule. Every mention runs the rows of the evidence table
//! ([`super::evidence`]: each row a named rule with the kind it votes for and a weight from
//! `assets/`), from what the mention is (gazetteer entries, given names, head nouns, company
//! suffixes, titles) and from where it stands ("the city of X", "in X", "X said", "played
//! for X"). [`Votes`] keeps the score per kind, which rows fired and how often, and their
//! reasons; the votes of all mentions of an entity are merged so the entity gets one kind,
//! and [`decide`] makes that call once per entity: a person score needs evidence of a
//! personal name to count in full, and a name with no evidence at all gets the table's
//! default kind. Word-list rows say the same thing at every mention, so they count once.

use super::candidates::{Candidate, Ctx};
use super::evidence::{self, Row};
use super::rules::Mention;
use crate::analysis::Kind;

/// Votes for each kind, in [`Kind::ALL`] order, with the rows that fired and their reasons.
#[derive(Debug, Clone, Default)]
pub struct Votes {
    pub score: [f32; 4],
    /// The part of `score` that came from word lists rather than from this document.
    pub listed: [f32; 4],
    pub evidence: Vec<String>,
    /// The evidence-table rows that fired (row index, number of mentions); a word-list row
    /// counts once.
    pub fired: Vec<(u16, u16)>,
    /// A mention had several words ("Marsh Kellaway"): a personal name of several words
    /// shows a given name, a title or initials, so without one the person score is scaled.
    pub multi: bool,
}

fn slot(kind: Kind) -> usize {
    match kind {
        Kind::Person => 0,
        Kind::Organization => 1,
        Kind::Place => 2,
        Kind::Other => 3,
    }
}

impl Votes {
    pub fn add(&mut self, kind: Kind, weight: f32, why: impl Into<String>) {
        self.score[slot(kind)] += weight;
        let why = why.into();
        if !self.evidence.contains(&why) && self.evidence.len() < 8 {
            self.evidence.push(why);
        }
    }

    /// A vote from a word list: it counts like any other, but the document may overrule it
    /// (a surname that is also a city).
    pub fn add_listed(&mut self, kind: Kind, weight: f32, why: impl Into<String>) {
        self.listed[slot(kind)] += weight;
        self.add(kind, weight, why);
    }

    /// Records that row `i` of the evidence table fired, and casts its vote.
    fn fire(&mut self, i: usize, row: &Row, why: String) {
        if row.listed {
            self.add_listed(row.kind, row.weight, why);
        } else {
            self.add(row.kind, row.weight, why);
        }
        self.fired.push((i as u16, 1));
    }

    /// The names of the rows that fired, with their counts (for fitting the weights).
    pub fn fired_rows(&self) -> Vec<(&'static str, u16)> {
        let rows = &evidence::table().rows;
        self.fired.iter().map(|&(i, n)| (rows[i as usize].name, n)).collect()
    }

    /// The strongest vote for a kind other than person that this document itself cast.
    pub fn own_non_person(&self) -> f32 {
        (1..4).map(|k| self.score[k] - self.listed[k]).fold(0.0, f32::max)
    }

    /// These votes without those from word lists (for a surname that is also a city).
    pub fn without_listed(&self) -> Votes {
        let mut v = self.clone();
        for k in 0..4 {
            v.score[k] -= v.listed[k];
            v.listed[k] = 0.0;
        }
        let rows = &evidence::table().rows;
        v.fired.retain(|&(i, _)| !rows[i as usize].listed);
        v.evidence.retain(|e| !e.starts_with("gazetteer"));
        v
    }

    /// Adds another mention's votes. Context votes add up over mentions; a word list says
    /// the same thing at every mention, so its vote counts once ("Wellington" the city is
    /// outvoted by sixty mentions of "Wellington added").
    pub fn merge(&mut self, other: &Votes) {
        self.multi |= other.multi;
        for k in 0..4 {
            let listed = self.listed[k].max(other.listed[k]);
            self.score[k] = (self.score[k] - self.listed[k]) + (other.score[k] - other.listed[k]) + listed;
            self.listed[k] = listed;
        }
        for e in &other.evidence {
            if !self.evidence.contains(e) && self.evidence.len() < 8 {
                self.evidence.push(e.clone());
            }
        }
        let rows = &evidence::table().rows;
        for &(i, n) in &other.fired {
            match self.fired.iter_mut().find(|(j, _)| *j == i) {
                Some((_, m)) if !rows[i as usize].listed => *m = m.saturating_add(n),
                Some(_) => {}
                None => self.fired.push((i, n)),
            }
        }
    }

    pub fn get(&self, kind: Kind) -> f32 {
        self.score[slot(kind)]
    }

    /// Whether a row that shows a personal name fired (given name, title, honorific, ...).
    pub fn has_name_evidence(&self) -> bool {
        let t = evidence::table();
        self.fired.iter().any(|(i, _)| t.name_rows.contains(&(*i as usize)))
    }

    /// The score used to decide: the person score of a name of several words counts in full
    /// only with evidence of a personal name (one-word names of novel characters have none).
    fn decisive(&self, kind: Kind) -> f32 {
        let s = self.get(kind);
        if kind == Kind::Person && self.multi && !self.has_name_evidence() {
            s * evidence::table().person_without_name
        } else {
            s
        }
    }

    /// The winning kind, if any vote was cast. Ties go to place, then organization, person,
    /// other (the closed-world kinds first).
    pub fn best(&self) -> Option<Kind> {
        let order = [Kind::Place, Kind::Organization, Kind::Person, Kind::Other];
        let mut best: Option<(Kind, f32)> = None;
        for k in order {
            let s = self.decisive(k);
            if s > 0.0 && best.is_none_or(|(_, b)| s > b) {
                best = Some((k, s));
            }
        }
        best.map(|(k, _)| k)
    }

    /// The strongest score cast.
    pub fn strength(&self) -> f32 {
        self.score.iter().copied().fold(0.0, f32::max)
    }
}

/// The votes one candidate mention casts, from its words and its context: every row of
/// the evidence table whose test fires. A quoted title of a work casts that vote alone.
pub fn local_evidence(ctx: &Ctx, cand: &Candidate) -> Votes {
    let mut v = Votes::default();
    let Some(m) = Mention::new(ctx, cand) else { return v };
    v.multi = m.multi;
    let table = evidence::table();
    for (i, row) in table.rows.iter().enumerate() {
        if cand.work && row.name != "work_title" {
            continue;
        }
        if let Some(why) = (row.test)(&m) {
            v.fire(i, row, why);
        }
    }
    v
}

/// The kind of an entity from its merged votes: the best-scoring kind (see
/// [`Votes::best`]), or, with no vote at all, the table's default for a name of one word or
/// of several (recorded as evidence).
pub fn decide(votes: &mut Votes, forms: &[String]) -> Kind {
    if let Some(k) = votes.best() {
        return k;
    }
    let t = evidence::table();
    let multi = forms.iter().any(|f| f.split_whitespace().count() >= 2);
    // One word that a list knows as a given name or surname falls back to person; any other
    // lone word (a firm, a district, a river no list holds) to the table's single default.
    let gaz = crate::analysis::gazetteer::gazetteer();
    let listed = |f: &String| {
        let k = crate::analysis::gazetteer::fold_key(f);
        gaz.is_given_name(&k) || gaz.is_surname(&k)
    };
    let ((kind, w), why) = if multi {
        (t.default_multi, "default: multi-word name")
    } else if forms.iter().any(listed) {
        (t.default_single_name, "default: a listed given name or surname")
    } else {
        (t.default_single, "default: capitalised name")
    };
    votes.add(kind, w, why);
    kind
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn best_kind_prefers_the_strongest_vote() {
        let mut v = Votes::default();
        v.add(Kind::Person, 2.0, "cue: X said");
        v.add(Kind::Place, 6.0, "gazetteer: country");
        assert_eq!(v.best(), Some(Kind::Place));
        assert_eq!(Votes::default().best(), None);
        let mut w = Votes::default();
        w.add(Kind::Person, 3.0, "given name: Jenna");
        v.merge(&w);
        assert_eq!(v.get(Kind::Person), 5.0);
        assert_eq!(v.evidence.len(), 3);
    }

    use crate::document::{Document, Format};

    /// The kind the whole extraction gives the entity named `name` in `text`.
    pub(in crate::analysis::entities) fn kind(text: &str, name: &str) -> Kind {
        let doc = Document::from_text(text.to_string(), "t", Format::Text, "t");
        let e = crate::analysis::entities::extract(&doc);
        e.iter().find(|x| x.name == name).unwrap_or_else(|| panic!("no {name} in {e:#?}")).kind
    }

    #[test]
    fn role_and_verb_context_marks_organizations() {
        let t = "The striker left for Kestrel in 2017. He had played for Kestrel since 2012.";
        assert_eq!(kind(t, "Kestrel"), Kind::Organization);
        assert_eq!(
            kind("Yesterday analysts at Quillmark said the price was fair.", "Quillmark"),
            Kind::Organization
        );
        assert_eq!(kind("On Monday shares in Korvalis rose 4 percent.", "Korvalis"), Kind::Organization);
        let r = "On Saturday Dunmarsh beat Kelderby 24-17 in the rain.";
        assert_eq!(kind(r, "Dunmarsh"), Kind::Organization);
        assert_eq!(kind(r, "Kelderby"), Kind::Organization);
        let a = "He works at Halvorsen Brant (HVB), a fund.";
        assert_eq!(kind(a, "Halvorsen Brant"), Kind::Organization);
    }

    #[test]
    fn facility_heads_and_place_context_make_places() {
        let t = "Talks moved from the Marlow Hotel to Fenwick Street near the Narrow Sound.";
        assert_eq!(kind(t, "Marlow Hotel"), Kind::Place);
        assert_eq!(kind(t, "Fenwick Street"), Kind::Place);
        assert_eq!(kind(t, "Narrow Sound"), Kind::Place);
        assert_eq!(kind("Fighting spread to Ordavi, Paris and Lyon.", "Ordavi"), Kind::Place);
        assert_eq!(kind("Rain fell across the Tolvern valley overnight.", "Tolvern"), Kind::Place);
    }

    #[test]
    fn international_given_names_make_people_and_a_speech_verb_alone_does_not() {
        assert_eq!(kind("Later Henrik Salo scored twice.", "Henrik Salo"), Kind::Person);
        // "Quillmark said" is a person cue at half weight, which the role cue outweighs.
        let t = "Yesterday Quillmark said it would grow. Analysts at Quillmark agreed.";
        assert_eq!(kind(t, "Quillmark"), Kind::Organization);
    }

    #[test]
    fn firms_named_like_people_are_organizations() {
        let t = "Brenmoor Tallis (LSE: BRT) fell. The loan was arranged by Brannock Vell, plus cash.";
        assert_eq!(kind(t, "Brenmoor Tallis"), Kind::Organization);
        assert_eq!(kind(t, "Brannock Vell"), Kind::Organization);
        let r = "Brindmoor travel to Kessop, who drew 1-1 with Tolham on Friday.";
        assert_eq!(kind(r, "Kessop"), Kind::Organization);
        let u = "It bought its stake through Oskerd Vale, a Maltese investment vehicle.";
        assert_eq!(kind(u, "Oskerd Vale"), Kind::Organization);
        // A given name still makes a person without any other evidence.
        assert_eq!(kind("The report was written by Maria Quint.", "Maria Quint"), Kind::Person);
        assert_eq!(
            kind("It rained. Jean-Baptiste Okafor, signed in May, scored.", "Jean-Baptiste Okafor"),
            Kind::Person
        );
    }

    #[test]
    fn place_words_saints_and_institutions() {
        let t = "We stayed at Santa Ravela, then walked to Upper Holcombe and the Quai du Vernet.";
        assert_eq!(kind(t, "Santa Ravela"), Kind::Place);
        assert_eq!(kind(t, "Upper Holcombe"), Kind::Place);
        assert_eq!(kind(t, "Quai du Vernet"), Kind::Place);
        let u = "She was treated at the Queen Maud Infirmary. Later Nathan Hill said so.";
        assert_eq!(kind(u, "Queen Maud Infirmary"), Kind::Organization);
        assert_eq!(kind(u, "Nathan Hill"), Kind::Person);
    }

    #[test]
    fn a_byline_with_its_date_line_under_it_names_a_person() {
        let t = "Harlan edge Corbel to go top\n\nBy Desmond Achterveld\nSunday 23 February 2025\n\nHarlan beat Corbel 2-1 on Saturday.\n";
        assert_eq!(kind(t, "Desmond Achterveld"), Kind::Person);
    }

    #[test]
    fn titles_without_a_dot_and_names_of_other_traditions() {
        let t = "The board’s chair, Dr Tavita Ulumoe, said so. It was late, and Mrs Pellow left.";
        assert_eq!(kind(t, "Tavita Ulumoe"), Kind::Person);
        assert_eq!(kind(t, "Mrs Pellow"), Kind::Person);
        let u = "We slept at the Hotel Miravel, then took the bus to Playa del Corvo and Valle de Sorn.";
        assert_eq!(kind(u, "Hotel Miravel"), Kind::Place);
        assert_eq!(kind(u, "Playa del Corvo"), Kind::Place);
        assert_eq!(kind(u, "Valle de Sorn"), Kind::Place);
        let v = "Officers of the Major Crime Unit met Kostas Maritime, and the brokerage Pellam Rowe.";
        assert_eq!(kind(v, "Major Crime Unit"), Kind::Organization);
        assert_eq!(kind(v, "Kostas Maritime"), Kind::Organization);
        assert_eq!(kind(v, "Pellam Rowe"), Kind::Organization);
    }

    #[test]
    fn newspapers_clubs_and_coordinated_villages() {
        assert_eq!(kind("He told the Marlby Courier on Friday.", "Marlby Courier"), Kind::Organization);
        let r = "Later the Dunrow side scored. Dunrow fans sang. Dunrow RFC won the league.";
        assert_eq!(kind(r, "Dunrow"), Kind::Organization);
        let v = "Upstream, Abbots Wenlow and Aldery Sayle escaped the flood.";
        assert_eq!(kind(v, "Aldery Sayle"), Kind::Place);
        assert_eq!(
            kind("Tolls rose on the Carrick County Council roads.", "Carrick County Council"),
            Kind::Organization
        );
    }
}
