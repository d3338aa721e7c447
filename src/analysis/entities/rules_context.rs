//! More tests of the evidence table: the sentence around a mention rather than its words.
//!
//! [`super::rules`] holds the tests that read a mention's own words and the word or two
//! before and after it; the tests here read further along the sentence — the pronoun that
//! takes the name up again ("X said his ...", "X raised its forecast"), the compass phrase
//! before it ("south of X"), the landscape preposition before "the X" ("along the X") —
//! and a few name shapes that are weaker than a head noun ("Harrowgate North", "Pennock
//! Wood"). They are the same kind of row (a name, a kind, a weight in
//! `assets/lists/kind_weights.tsv`), kept in their own file so each file stays one concern.

use super::cues::{self, Cue, in_list};
use super::rules::{Mention, Test};
use super::tokens::{Gap, Shape};
use crate::analysis::gazetteer::{fold_key, key_for};

/// Words before "of" that make the name after it a place ("south of X", "east of X").
static COMPASS_OF: Cue = Cue::new(
    "north south east west northeast northwest southeast southwest north-east north-west south-east \
     south-west northwards southwards upstream downstream outskirts",
);

/// Prepositions of landscape: "along the X", "beside the X" name a river, a shore, a ridge.
pub static LANDSCAPE_PREPOSITIONS: Cue = Cue::new(
    "along alongside beside below beneath above up down past beyond across around near toward towards \
     upstream downstream off",
);

/// Last words of place names that are also surnames or common words, weaker than a head
/// noun: a compass word of a district ("Harrowgate North"), a wood or heath.
static WEAK_PLACE_HEADS: Cue = Cue::new(
    "North South East West Central Rural Wood Woods Heath Marsh Green Moss Hurst Meadows Edge Holt Farm \
     Ford Burrow Field Fields Mill Mills",
);

/// Pronouns that take up a person; "its" takes up a body.
static PERSON_PRONOUNS: Cue = Cue::new("he she his her him himself herself");

/// The rows' tests, by row name (table order is the file's).
pub const TESTS: &[(&str, Test)] = &[
    ("compass_of", |m| {
        (m.p1() == "of" && COMPASS_OF.contains(m.p2())).then(|| format!("cue: {} of X", m.p2()))
    }),
    ("landscape_the_x", |m| {
        (m.p1() == "the" && LANDSCAPE_PREPOSITIONS.contains(m.p2()) && !m.multi)
            .then(|| format!("cue: {} the X", m.p2()))
    }),
    ("weak_place_head", |m| {
        (m.multi && m.words.len() <= 3 && in_list(&WEAK_PLACE_HEADS, m.last) && !m.given && !m.hyphen_tail())
            .then(|| format!("place word: {}", m.last))
    }),
    ("compass_opener", |m| {
        // "South Brayford", "North Tolvern": a compass word before a name no list knows
        // (compass_region takes a listed one; a given name after it is someone's).
        let [first, second] = m.words[..] else { return None };
        let known = m.listed_place(&key_for(second)) || m.ctx.gaz.is_given_name(&fold_key(second));
        let cap = m.ctx.tokens[m.cand.tokens.start + 1].shape == Shape::Cap;
        (in_list(&cues::COMPASS, first) && cap && !known).then(|| format!("compass word: {first}"))
    }),
    ("pronoun_person", |m| {
        pronoun_after(m).filter(|p| PERSON_PRONOUNS.contains(p)).map(|p| format!("cue: X … {p}"))
    }),
    ("pronoun_its", |m| pronoun_after(m).filter(|p| *p == "its").map(|_| "cue: X … its".to_string())),
];

/// The first pronoun after the name in its sentence, within ten words, if the name opens
/// its clause (so "lifts X past his old club" does not count) and no other name, no
/// quotation and no clause break comes first: "Marn Ode said his", "Kelvar raised its",
/// "Tam Ode, who ... his".
fn pronoun_after<'a>(m: &Mention<'a>) -> Option<&'a str> {
    let (ctx, s, e) = (m.ctx, m.cand.tokens.start, m.cand.tokens.end);
    // Not after a lowercase word other than a clause opener ("lifts X past his old club").
    let after_lower = s > 0 && ctx.tokens[s].gap == Gap::Space && ctx.tokens[s - 1].shape == Shape::Lower;
    let opener = matches!(
        m.p1(),
        "and" | "but" | "when" | "while" | "after" | "before" | "as" | "because" | "that" | "then" | "since"
    );
    if after_lower && !opener {
        return None;
    }
    // Within the name's sentence: the walk stops at the first token of the next one.
    for k in e..(e + 10).min(ctx.tokens.len()) {
        let t = &ctx.tokens[k];
        let gap = &ctx.text[ctx.tokens[k - 1].span().end..t.span().start];
        if t.first_in_sentence()
            || t.shape != Shape::Lower
            || gap.contains(['“', '”', '"', ';', ':', '(', '—'])
        {
            return None;
        }
        let w = ctx.word(k);
        if gap.contains(',') && !(k == e && w == "who") {
            return None;
        }
        if PERSON_PRONOUNS.contains(w) || w == "its" {
            return Some(w);
        }
        if matches!(w, "and" | "or" | "but" | "while" | "whereas" | "than") {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::analysis::Kind;
    use crate::analysis::entities::kinds::tests::kind;

    #[test]
    fn compass_phrases_and_landscape_prepositions_make_places() {
        assert_eq!(kind("Few boats were seen south of Brelland in May.", "Brelland"), Kind::Place);
        assert_eq!(kind("The road ran along the Tavenne for a mile.", "Tavenne"), Kind::Place);
        assert_eq!(kind("The count in Cullerby West was slow.", "Cullerby West"), Kind::Place);
        assert_eq!(kind("Smoke reached the edge of Dunnock Wood by noon.", "Dunnock Wood"), Kind::Place);
        assert_eq!(kind("Rain hit Tawley Rural ward on Monday.", "Tawley Rural"), Kind::Place);
        assert_eq!(kind("Sheep grazed at Coldmarsh Farm all year.", "Coldmarsh Farm"), Kind::Place);
        assert_eq!(kind("The bus from South Brayling was late.", "South Brayling"), Kind::Place);
    }

    #[test]
    fn the_pronoun_that_takes_a_name_up_votes_for_its_kind() {
        assert_eq!(kind("On Monday Veltrane raised its forecast again.", "Veltrane"), Kind::Organization);
        let t = "Later Orrin Calloway-Teague signed, and then Calloway-Teague lost his place.";
        assert_eq!(kind(t, "Orrin Calloway-Teague"), Kind::Person);
        // The pronoun of another subject: the club stays a club.
        let u = "Tellberg double lifts Brannock Athletic past his old club. Brannock Athletic won.";
        assert_eq!(kind(u, "Brannock Athletic"), Kind::Organization);
    }

    #[test]
    fn given_names_of_many_countries_make_people() {
        assert_eq!(
            kind("The cross came from Kwame Osei-Barrow on the left.", "Kwame Osei-Barrow"),
            Kind::Person
        );
        assert_eq!(kind("Yesterday Emeka Tollund resigned.", "Emeka Tollund"), Kind::Person);
        // The generic English list is left out: its surname-like names name firms.
        let t = "Analysts at Pryor Whitcombe said the bank's retreat was a surprise.";
        assert_eq!(kind(t, "Pryor Whitcombe"), Kind::Organization);
    }
}
