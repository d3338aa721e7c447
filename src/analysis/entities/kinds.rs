//! Evidence → kind: weighted votes for person, organization, place and other, each with the
//! short reason the UI shows.
//!
//! A kind is never read off one rule. Every mention contributes votes from what it is
//! (gazetteer entries, given names, organization and place head nouns, company suffixes,
//! titles) and from where it stands ("the city of X", "in X", "X said", "X, Kenya"); the
//! votes of all mentions of an entity are summed so the entity gets one kind, and the
//! reasons are kept as evidence. Strong, closed-world facts (a country, a demonym) weigh
//! more than context cues, which can mislead one mention but rarely all of them.

use super::candidates::{Candidate, Ctx};
use super::cues::{self, in_list};
use super::tokens::{Gap, Shape, is_acronym_like};
use crate::analysis::Kind;
use crate::analysis::gazetteer::{PlaceType, fold_key, key_for};

/// Votes for each kind, in [`Kind::ALL`] order, with their reasons.
#[derive(Debug, Clone, Default)]
pub struct Votes {
    pub score: [f32; 4],
    /// The part of `score` that came from word lists rather than from this document.
    pub listed: [f32; 4],
    pub evidence: Vec<String>,
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
        v.evidence.retain(|e| !e.starts_with("gazetteer"));
        v
    }

    /// Adds another mention's votes. Context votes add up over mentions; a word list says
    /// the same thing at every mention, so its vote counts once ("Wellington" the city is
    /// outvoted by sixty mentions of "Wellington added").
    pub fn merge(&mut self, other: &Votes) {
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
    }

    pub fn get(&self, kind: Kind) -> f32 {
        self.score[slot(kind)]
    }

    /// The winning kind, if any vote was cast. Ties go to place, then organization, person,
    /// other (the closed-world kinds first).
    pub fn best(&self) -> Option<Kind> {
        let order = [Kind::Place, Kind::Organization, Kind::Person, Kind::Other];
        let mut best: Option<(Kind, f32)> = None;
        for k in order {
            let s = self.get(k);
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

/// The votes one candidate mention casts, from its words and its context.
pub fn local_evidence(ctx: &Ctx, cand: &Candidate) -> Votes {
    let mut v = Votes::default();
    let gaz = ctx.gaz;
    let form = cand.span.slice(ctx.text);
    if cand.work {
        v.add(Kind::Other, 6.0, "quoted title of a work");
        return v;
    }
    let key = key_for(form);
    let words: Vec<&str> = cand.tokens.clone().map(|k| ctx.word(k)).collect();
    let Some(&first) = words.first() else { return v };
    let last = words[words.len() - 1];
    if ctx.tokens[cand.tokens.start].shape == Shape::Handle {
        v.add(Kind::Person, 2.0, "social media handle");
    }
    if let Some(ty) = gaz.place(&key) {
        v.add_listed(Kind::Place, 6.0, format!("gazetteer: {}", ty.label()));
    }
    if gaz.is_org(&key) {
        v.add(Kind::Organization, 6.0, "known organization");
    }
    if gaz.demonym(&key).is_some() {
        v.add(Kind::Other, 6.0, "nationality or group word");
    }
    if gaz.is_other(&key) {
        v.add(Kind::Other, 5.0, "religion, ideology or concept");
    }
    if let Some(t) = &cand.title {
        v.add(Kind::Person, 7.0, format!("title: {t}"));
    }
    if in_list(&cues::NAME_HONORIFICS, first) && words.len() > 1 {
        v.add(Kind::Person, 5.0, format!("honorific: {first}"));
    }
    // The head noun: the last word, or the word before "of"/"for".
    let head =
        words.iter().position(|w| *w == "of" || *w == "for").map_or(last, |p| words[p.saturating_sub(1)]);
    if words.len() > 1 {
        let fk = fold_key(first);
        let hyphen_joined = ctx.tokens.get(cand.tokens.start + 1).is_some_and(|t| t.gap == Gap::Hyphen);
        let given = gaz.is_given_name(&fk)
            && ctx.tokens[cand.tokens.start].shape == Shape::Cap
            && !form.contains('&');
        if given && !hyphen_joined && !in_list(&cues::MONTHS, first) && !in_list(&cues::ORG_HEADS, head) {
            v.add(Kind::Person, 3.0, format!("given name: {first}"));
        }
        if gaz.is_surname(&fold_key(last)) && words.iter().all(|w| !w.contains(['&'])) {
            v.add(Kind::Person, 1.0, format!("surname: {last}"));
        }
        if let Some(p) = words.iter().find(|w| cues::PERSON_PARTICLES.contains(w)) {
            v.add(Kind::Person, 2.0, format!("name particle: {p}"));
        }
        if cand.tokens.clone().any(|k| ctx.tokens[k].shape == Shape::Initial) {
            v.add(Kind::Person, 2.0, "initials");
        }
        if in_list(&cues::COMPASS, first) {
            let rest = key_for(&words[1..].join(" "));
            if gaz.place(&rest).is_some() {
                v.add(Kind::Place, 5.0, format!("region of {}", words[1..].join(" ")));
            }
        }
        if in_list(&cues::CLUB_SUFFIXES, last) && gaz.place(&key).is_none() {
            v.add(Kind::Organization, 4.5, format!("club name: {last}"));
        }
        if matches!(first, "St." | "St" | "Saint" | "San" | "Santa" | "Sankt") {
            v.add(Kind::Place, 1.5, format!("saint's name: {first}"));
        }
        if matches!(first, "HMS" | "USS" | "RMS" | "SS" | "HMAS" | "HMCS" | "INS" | "MV") {
            v.add(Kind::Other, 4.0, format!("ship prefix: {first}"));
        }
        if in_list(&cues::CLUB_PREFIXES, first) {
            v.add(Kind::Organization, 4.0, format!("club name: {first}"));
        }
        if in_list(&cues::PLACE_OPENERS, first) {
            v.add(Kind::Place, 4.0, format!("place word: {first}"));
        }
        if in_list(&cues::BUSINESS_OPENERS, first) {
            v.add(Kind::Organization, 4.0, format!("business name: {first}"));
        }
        if super::tokens::is_roman_numeral(last) && (given || words.len() == 2) {
            v.add(Kind::Person, 3.0, format!("regnal number: {last}"));
        }
    }
    if form.contains('&') {
        v.add(Kind::Organization, 3.0, "ampersand name");
    }
    if in_list(&cues::CORPORATE_SUFFIXES, last) && words.len() > 1 {
        v.add(Kind::Organization, 6.0, format!("company suffix: {last}"));
    }
    if in_list(&cues::ORG_HEADS, head) {
        v.add(Kind::Organization, 4.0, format!("organization word: {head}"));
    } else if in_list(&cues::PLACE_HEADS, head) && words.len() > 1 {
        v.add(Kind::Place, 4.0, format!("place word: {head}"));
    } else if in_list(&cues::OTHER_HEADS, head) && words.len() > 1 {
        v.add(Kind::Other, 4.0, format!("event or work word: {head}"));
    }
    if last.len() > 5 && last.ends_with("ism") {
        v.add(Kind::Other, 3.0, "doctrine (-ism)");
    }
    if words.len() == 1 && is_acronym_like(first) && gaz.place(&key).is_none() {
        v.add(Kind::Organization, 2.0, "acronym");
    }
    // A lone name opening with a lowercase Arabic article ("as-Sahab", "al-Shabaab") is a
    // group's or a place's name; people are named "Given al-Surname".
    if ctx.tokens[cand.tokens.start].shape == Shape::Lower
        && cues::HYPHEN_PARTICLES.contains(first)
        && ctx.tokens.get(cand.tokens.start + 1).is_some_and(|t| t.gap == Gap::Hyphen)
    {
        v.add(Kind::Organization, 0.8, "article-led name");
    }
    if words.len() >= 3
        && words.iter().skip(1).any(|w| cues::HYPHEN_PARTICLES.contains(w))
        && !key.contains(' ')
    {
        v.add(Kind::Organization, 0.8, "hyphenated name");
    }
    if false {
        v.add(Kind::Organization, 2.0, "acronym");
    }
    context_evidence(ctx, cand, &mut v);
    v
}

/// Votes from the words around a mention.
fn context_evidence(ctx: &Ctx, cand: &Candidate, v: &mut Votes) {
    let tokens = ctx.tokens;
    let (s, e) = (cand.tokens.start, cand.tokens.end);
    let multiword = e - s > 1;
    let prev = |n: usize| -> Option<String> {
        (s >= n && (s - n + 1..=s).all(|k| tokens[k].gap == Gap::Space))
            .then(|| ctx.word(s - n).to_lowercase())
    };
    let (p1, p2) = (prev(1), prev(2));
    if let (Some("of"), Some(cue)) = (p1.as_deref(), p2.as_deref())
        && cues::PLACE_OF_CUES.contains(cue)
    {
        v.add(Kind::Place, 4.0, format!("cue: {cue} of"));
    }
    if let Some(p) = p1.as_deref() {
        if cues::PLACE_PREPOSITIONS.contains(p) {
            // "in Kabul" is a place far more often than "to Marius" is.
            let strong =
                matches!(p, "in" | "at" | "near" | "into" | "across" | "throughout" | "outside" | "inside");
            let w = if multiword {
                0.3
            } else if strong {
                1.0
            } else {
                0.4
            };
            v.add(Kind::Place, w, format!("cue: {p} X"));
        } else if p == "the" {
            let next = tokens.get(e).filter(|t| t.gap == Gap::Space && t.shape == Shape::Lower);
            let verb_next = next.is_some_and(|t| {
                let w = t.text(ctx.text);
                w.ends_with("ed") || cues::AUX_VERBS.contains(w)
            });
            if (next.is_none() || verb_next) && !tokens[e - 1].possessive {
                v.add(Kind::Organization, 1.0, "cue: the X");
            }
        } else if cues::PERSON_NOUNS.contains(p) {
            v.add(Kind::Person, 2.0, format!("cue: {p} X"));
        } else if cues::ORG_NOUNS.contains(p) {
            v.add(Kind::Organization, 2.0, format!("cue: {p} X"));
        }
    }
    if let (Some("the"), Some(p)) = (p1.as_deref(), p2.as_deref())
        && cues::PLACE_PREPOSITIONS.contains(p)
    {
        v.add(Kind::Place, 0.5, format!("cue: {p} the X"));
    }
    // "the band the Salt Harbour", "the firm, the Anchor Group": an organization noun right
    // before "the X Y" (or with a comma) names it, whatever its head word suggests. Only for
    // names of two or more words: "the body the Emperor" is no organization.
    if multiword && s >= 2 && ctx.word(s - 1).eq_ignore_ascii_case("the") && tokens[s].gap == Gap::Space {
        let before = ctx.word(s - 2).to_lowercase();
        let gap = &ctx.text[tokens[s - 2].span.end..tokens[s - 1].span.start];
        if (gap == " " || gap == ", ") && cues::ORG_NOUNS.contains(before.as_str()) {
            v.add(Kind::Organization, 5.0, format!("cue: {before} the X"));
        }
    }
    // Brand-style capitals inside a word ("WaterBridge", "GitHub"), not "McAllister".
    let first = ctx.word(s);
    if !multiword && has_inner_capital(first) {
        v.add(Kind::Organization, 1.5, "brand-style capitals");
    }
    let Some(next) = tokens.get(e) else { return };
    let gap_text = &ctx.text[tokens[e - 1].span.end..next.span.start];
    let next_word = ctx.word(e);
    if tokens[e - 1].possessive {
        let owned = next_word.to_lowercase();
        if cues::ORG_POSSESSIONS.contains(owned.as_str()) {
            v.add(Kind::Organization, 1.5, format!("cue: X’s {owned}"));
        } else if cues::PERSON_POSSESSIONS.contains(owned.as_str()) {
            v.add(Kind::Person, 1.5, format!("cue: X’s {owned}"));
        }
        return;
    }
    if next.gap == Gap::Hyphen && cues::PLACE_COMPOUNDS.contains(next_word) {
        v.add(Kind::Place, 3.0, format!("cue: X-{next_word}"));
    }
    if next.gap == Gap::Space && cues::PERSON_VERBS.contains(next_word) {
        v.add(Kind::Person, 2.0, format!("cue: X {next_word}"));
    }
    if next.gap == Gap::Space && cues::PLACE_OF_CUES.contains(next_word) && next_word != "state" {
        v.add(Kind::Place, 3.0, format!("cue: X {next_word}"));
    }
    if gap_text == ", " && next_word == "who" {
        v.add(Kind::Person, 2.0, "cue: X, who");
    }
    if gap_text == ", " && matches!(next_word, "a" | "an" | "the") {
        apposition(ctx, e + 1, v);
    }
    if gap_text == ", " && next.is_capitalised() {
        // "Nairobi, Kenya": a place followed by its country or state.
        let one = key_for(next_word);
        let two = tokens.get(e + 1).filter(|t| t.gap == Gap::Space).map(|t| fold_key(t.text(ctx.text)));
        let two = two.map(|t| format!("{} {t}", fold_key(next_word)));
        let in_country = |k: &str| matches!(ctx.gaz.place(k), Some(PlaceType::Country | PlaceType::State));
        if in_country(&one) || two.as_deref().is_some_and(in_country) {
            v.add(Kind::Place, 3.0, format!("cue: X, {next_word}"));
        }
    }
}

/// "X, a former finance director at ...": the first role noun in the next few words.
fn apposition(ctx: &Ctx, from: usize, v: &mut Votes) {
    for k in from..(from + 5).min(ctx.tokens.len()) {
        let t = &ctx.tokens[k];
        if t.gap != Gap::Space || t.shape != Shape::Lower {
            return;
        }
        let w = ctx.word(k);
        let (kind, hit) = if cues::PERSON_NOUNS.contains(w) {
            (Kind::Person, true)
        } else if cues::ORG_NOUNS.contains(w) {
            (Kind::Organization, true)
        } else if cues::PLACE_NOUNS.contains(w) {
            (Kind::Place, true)
        } else {
            (Kind::Other, false)
        };
        if hit {
            v.add(kind, 3.0, format!("apposition: a {w}"));
            return;
        }
    }
}

/// An uppercase letter after a lowercase one, outside the Mc/Mac/O’/De/La/Le patterns of
/// surnames.
fn has_inner_capital(w: &str) -> bool {
    let chars: Vec<char> = w.chars().collect();
    let inner = chars.windows(2).position(|p| p[0].is_lowercase() && p[1].is_uppercase());
    match inner {
        Some(i) => {
            let prefix: String = chars[..=i].iter().collect();
            !["Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Du", "Da"].contains(&prefix.as_str())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
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
}
