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
     Ford Burrow Field Fields Mill Mills Ward Wards",
);

/// Nouns before "of X" that make X a place: its parts and its people ("the rim of X",
/// "the banks of the X", "the whole of X", "the people of X").
static LANDSCAPE_OF: Cue = Cue::new(
    "rim edge banks bank shores shore heart middle foot summit slopes whole rest people residents \
     mayor suburbs streets villages towns coast coastline outskirts interior hills mouth source king queen \
     prince princess duke duchess earl countess emperor empress sultan emir shah khan tsar bishop \
     archbishop metropolitan patriarch governor viceroy strategos ruler rulers kings bishops governors \
     tongue snout glaciers",
);

/// Pronouns that take up a person; "its" takes up a body.
static PERSON_PRONOUNS: Cue = Cue::new("he she his her him himself herself");

/// Lowercase compass adjectives before a name: "northern X", "north X", "central X" — a
/// part of a region or a country.
static COMPASS_ADJECTIVES: Cue = Cue::new(
    "north south east west northern southern eastern western central northeastern northwestern \
     southeastern southwestern north-eastern north-western south-eastern south-western upper lower coastal \
     rural inland",
);

/// The rows' tests, by row name (table order is the file's).
pub const TESTS: &[(&str, Test)] = &[
    ("byline", byline),
    ("called_person", |m| called(m, &cues::PERSON_NOUNS)),
    ("called_org", |m| called(m, &cues::ORG_NOUNS)),
    ("called_place", |m| called(m, &cues::PLACE_NOUNS)),
    ("born", |m| {
        // "X was born in", "she had been born X": only people are born.
        let s = m.cand.tokens.start;
        let before = m.p1() == "born" && matches!(m.p2(), "been" | "was" | "is" | "were");
        let t = m.ctx.tokens;
        let e = m.cand.tokens.end;
        let after = m.next_word().is_some_and(|w| w == "was" || w == "is")
            && t.get(e + 1).is_some_and(|n| n.gap() == Gap::Space && m.ctx.word(e + 1) == "born");
        yes_if((s > 0 && before) || after, "cue: X was born")
    }),
    ("compass_adjective", |m| {
        // "northern Saskatchewan", "north Mayo", "the central Karakoram": lowercase, right before.
        let s = m.cand.tokens.start;
        let lower =
            s > 0 && m.ctx.tokens[s - 1].shape() == Shape::Lower && m.ctx.tokens[s].gap() == Gap::Space;
        (lower && !m.given && COMPASS_ADJECTIVES.contains(m.p1())).then(|| format!("cue: {} X", m.p1()))
    }),
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
        let cap = m.ctx.tokens[m.cand.tokens.start + 1].shape() == Shape::Cap;
        (in_list(&cues::COMPASS, first) && cap && !known).then(|| format!("compass word: {first}"))
    }),
    ("pronoun_person", |m| {
        pronoun_after(m).filter(|p| PERSON_PRONOUNS.contains(p)).map(|p| format!("cue: X … {p}"))
    }),
    ("pronoun_its", |m| pronoun_after(m).filter(|p| *p == "its").map(|_| "cue: X … its".to_string())),
    ("comma_person_noun", |m| noun_comma_before(m, &cues::PERSON_NOUNS)),
    ("comma_org_noun", |m| noun_comma_before(m, &cues::ORG_NOUNS)),
    ("comma_place_noun", |m| noun_comma_before(m, &cues::PLACE_NOUNS)),
    ("said_x", said_x),
    ("sports_club", sports_club),
    ("x_and_y_place_noun", |m| {
        // "Jagpur and Kendra districts", "the Tarn and Olvane valleys": the first of two names
        // before a plural place noun.
        let (e, gap) = m.next()?;
        let t = m.ctx.tokens;
        let and = gap == " " && matches!(m.ctx.word(e), "and" | "or");
        let noun = (e + 2 < t.len() && t[e + 1].shape() == Shape::Cap && t[e + 2].gap() == Gap::Space)
            .then(|| m.ctx.word(e + 2))
            .filter(|w| w.len() > 3 && w.ends_with('s') && cues::PLACE_OF_CUES.contains(w));
        noun.filter(|_| and && !m.possessive).map(|w| format!("cue: X and Y {w}"))
    }),
    ("landscape_of", |m| {
        // "the rim of X", "the banks of the X", "the whole of X", "the people of X".
        let of = if m.p1() == "the" { m.p2() == "of" } else { m.p1() == "of" };
        let s = m.cand.tokens.start;
        let back = if m.p1() == "the" { 3 } else { 2 };
        let before = (s >= back && m.ctx.tokens[s - back + 1].gap() == Gap::Space)
            .then(|| m.ctx.word(s - back).to_lowercase());
        let hit = before.filter(|w| of && LANDSCAPE_OF.contains(w));
        hit.map(|w| format!("cue: the {w} of X"))
    }),
    ("place_hyphen", |m| {
        // "Southend-on-Sea", "Trás-os-Montes": a lowercase place particle between hyphens.
        let t = m.ctx.tokens;
        let inner = m.cand.tokens.clone().skip(1).find(|&k| {
            t[k].gap() == Gap::Hyphen
                && t[k].shape() == Shape::Lower
                && t.get(k + 1).is_some_and(|n| n.gap() == Gap::Hyphen)
                && cues::PLACE_HYPHEN_PARTICLES.contains(m.ctx.word(k))
        });
        inner.map(|k| format!("place name with -{}-", m.ctx.word(k)))
    }),
    ("age_apposition", |m| {
        // "Jainal Amil, 52, head ranger", "Dimity Harcourt (41)": an age right after the
        // name, closed by a comma or a bracket. Only people are given ages in apposition.
        let (e, gap) = m.next()?;
        let t = m.ctx.tokens;
        let num = m.ctx.word(e);
        let age = t[e].shape() == Shape::Number && num.len() <= 2 && num.bytes().all(|b| b.is_ascii_digit());
        let close = t.get(e + 1).map_or("", |n| &m.ctx.text[t[e].span().end..n.span().start]);
        let shut = matches!((gap, close.trim_end()), (", ", ",") | (" (", ")"));
        (age && shut && !m.possessive).then(|| "cue: X, <age>,".to_string())
    }),
    ("saint_person", |m| {
        // "Saint Benedict", "Saint Stephen": the word Saint spelt out before one given name
        // that is not a listed place names the saint ("St. Louis", "San Jose" are places).
        let [first, second] = m.words[..] else { return None };
        let spaced = m.ctx.tokens[m.cand.tokens.start + 1].gap() == Gap::Space;
        let given = m.ctx.gaz.is_given_name(&fold_key(second));
        (first == "Saint" && spaced && given && m.ctx.gaz.place(&m.key).is_none())
            .then(|| "saint: Saint X".to_string())
    }),
    ("citation", citation),
    ("at_x_in_place", |m| {
        // "a research group at Halsten Coatings in Bergen": an employer or institution
        // at an address, not a place inside a place.
        let (e, gap) = m.next()?;
        let t = m.ctx.tokens;
        let place =
            t.get(e + 1).filter(|n| n.gap() == Gap::Space && n.shape() == Shape::Cap).is_some_and(|_| {
                let k = key_for(m.ctx.word(e + 1));
                m.ctx.gaz.place(&k).is_some() || m.ctx.gaz.is_town(&k)
            });
        (m.p1() == "at" && gap == " " && m.ctx.word(e) == "in" && place)
            .then(|| "cue: at X in <place>".to_string())
    }),
];

fn yes_if(b: bool, why: &str) -> Option<String> {
    b.then(|| why.to_string())
}

/// "By Tamsin Okoro" opening a line: the byline of the piece names its author ("By X, Courts
/// Correspondent", "By X in Suva"), the name ending the line or followed by a comma or "in".
fn byline(m: &Mention) -> Option<String> {
    let (ctx, t, s) = (m.ctx, m.ctx.tokens, m.cand.tokens.start);
    if s == 0 || !m.multi || ctx.word(s - 1) != "By" || t[s].gap() != Gap::Space {
        return None;
    }
    let at = t[s - 1].span().start;
    let line_start = ctx.text[..at].trim_end_matches([' ', '\t']).ends_with('\n') || at == 0;
    let ends = m.next().is_none_or(|(e, gap)| {
        gap.contains('\n')
            || gap.starts_with([',', '|', '—', '–'])
            || (gap == " " && matches!(ctx.word(e), "in" | "and"))
    });
    (line_start && ends).then(|| "byline: By X".to_string())
}

/// "a retired shearer called X", "a gang known as X", "a village named X": the noun a few
/// words before "called", "named" or "known as" says the kind, if it is in `list`.
fn called(m: &Mention, list: &Cue) -> Option<String> {
    let (ctx, t, s) = (m.ctx, m.ctx.tokens, m.cand.tokens.start);
    let known_as = m.p1() == "as" && m.p2() == "known";
    if !(matches!(m.p1(), "called" | "named") || known_as) || t[s].gap() != Gap::Space {
        return None;
    }
    let verb = if known_as { s - 2 } else { s - 1 };
    // The noun right before the verb ("a property firm called X"), not a subject that does
    // the naming ("the team has named X") nor a possessive ("named Brannigan’s Shelf").
    if verb == 0 || m.possessive || t[verb - 1].shape() != Shape::Lower || t[verb].gap() != Gap::Space {
        return None;
    }
    let w = ctx.word(verb - 1).to_lowercase();
    let lists = [&cues::PERSON_NOUNS, &cues::ORG_NOUNS, &cues::PLACE_NOUNS];
    let noun =
        if lists.iter().any(|l| l.contains(&w)) { w } else { w.strip_suffix('s').unwrap_or(&w).to_string() };
    // The nearest role noun decides: "a band member called X" is a person.
    list.contains(&noun).then(|| format!("cue: {noun} called X"))
}

/// "The museum’s director, Tam Ode, said", "its optics unit, Lumetra.", "Its main town,
/// Chora Vathiou, climbs": a role noun after a determiner, a comma, then the name closed by
/// a comma, a full stop or "and" — the name restates the noun. The noun must be the head of
/// a determined phrase ("the", "its", "a", "X’s" within three words), so "In the city,
/// Harris said" (name followed by its verb) does not count.
fn noun_comma_before(m: &Mention, list: &Cue) -> Option<String> {
    let (ctx, t, s) = (m.ctx, m.ctx.tokens, m.cand.tokens.start);
    if s < 2 || m.possessive || ctx.text[t[s - 1].span().end..t[s].span().start] != *", " {
        return None;
    }
    let noun = ctx.word(s - 1).to_lowercase();
    // Also a plural ("the two dominant operators, X and Y").
    let listed = list.contains(&noun) || noun.strip_suffix('s').is_some_and(|n| list.contains(n));
    if t[s - 1].shape() != Shape::Lower || !listed {
        return None;
    }
    let det = (s.saturating_sub(4)..s - 1).rev().find_map(|k| {
        let w = ctx.word(k).to_lowercase();
        let det =
            matches!(w.as_str(), "the" | "its" | "a" | "an" | "their" | "his" | "her" | "our" | "whose");
        (det || t[k].possessive()).then_some(w)
    });
    // "her neighbour and rival, X": a person's rival or partner is a person.
    let personal = det.as_deref().is_some_and(|d| d == "his" || d == "her");
    let determined = det.is_some() && (!personal || std::ptr::eq(list, &cues::PERSON_NOUNS));
    let closed = m.next().is_none_or(|(e, gap)| {
        gap.starts_with([',', '.', ';', ')']) || (gap == " " && matches!(ctx.word(e), "and" | "or"))
    });
    (determined && closed).then(|| format!("cue: the {noun}, X"))
}

/// “Yes,” said Hattie. — a speech verb after a quotation or a comma, then the name: the
/// speaker, always a person.
fn said_x(m: &Mention) -> Option<String> {
    let (ctx, t, s) = (m.ctx, m.ctx.tokens, m.cand.tokens.start);
    let verb = m.p1();
    if s < 2 || !SPEECH_BEFORE.contains(verb) {
        return None;
    }
    let gap = &ctx.text[t[s - 2].span().end..t[s - 1].span().start];
    gap.contains(['”', '"', ',', '’']).then(|| format!("cue: {verb} X"))
}

/// Speech verbs that come before the speaker in dialogue ("said Hattie", "asked Ruth").
static SPEECH_BEFORE: Cue = Cue::new(
    "said says asked replied answered added whispered cried shouted called murmured continued began \
     exclaimed muttered sighed laughed retorted insisted",
);

/// In a sports report, a listed town or country beside a club cue is the club ("signed from
/// Lorvane", "Lorvane’s captain", "Lorvane beat Hask 2-1", "played for Lorvane"), and so is
/// "<Town> Town" or "<Town> City": the gazetteer vote for the place must lose there. A name
/// with a given name or a title is a player.
fn sports_club(m: &Mention) -> Option<String> {
    if !m.ctx.sporty || m.given || m.cand.title.is_some() {
        return None;
    }
    let gaz = m.ctx.gaz;
    let town = |k: &str| gaz.place(k).is_some() || gaz.is_town(k);
    let club_word = m.words.len() == 2
        && matches!(m.last, "Town" | "City" | "County")
        && m.ctx.tokens[m.cand.tokens.end - 1].gap() == Gap::Space;
    if club_word {
        return Some(format!("sports report: X {}", m.last));
    }
    if !town(&m.key) {
        return None;
    }
    // "joined Corran from X", "an offer from X": a transfer verb a few words before "from".
    let s = m.cand.tokens.start;
    let transfer = m.p1() == "from"
        && (s.saturating_sub(5)..s - 1).any(|k| {
            let w = m.ctx.word(k);
            cues::TRANSFER_VERBS.contains(w) || w == "offer" || w == "bid"
        })
        && !(s.saturating_sub(4)..s).any(|k| m.ctx.tokens[k].first_in_sentence());
    let cue = super::rules::sports_result(m).is_some()
        || (m.p1() == "for" && cues::ROLE_FOR.contains(m.p2()))
        || transfer
        || m.p1() == "against"
        || m.next_word().is_some_and(|w| cues::TEAM_NOUNS_AFTER.contains(w))
        || m.owned().is_some_and(|o| cues::TEAM_POSSESSIONS.contains(&o));
    cue.then(|| "sports report: club cue".to_string())
}

/// The first pronoun after the name in its sentence, within ten words, if the name opens
/// its clause (so "lifts X past his old club" does not count) and no other name, no
/// quotation and no clause break comes first: "Marn Ode said his", "Kelvar raised its",
/// "Tam Ode, who ... his".
/// Verbs after a cited year that make the name an author ("Khandker (2007) used").
static CITATION_VERBS: Cue =
    Cue::new("found finds shows showed argues argued notes noted wrote writes suggests suggested");

/// "Gunawardena et al.", "Rosenzweig and Wolpin (1993)", "Khandker (2007) used": an
/// author cited in a paper or an essay. A bare "X (1979)" is not enough: the titles of
/// works carry years too ("Moon over Kisarazu (1929)").
fn citation(m: &Mention) -> Option<String> {
    let (ctx, t) = (m.ctx, m.ctx.tokens);
    let e = m.cand.tokens.end;
    let gap = |a: usize| t.get(a + 1).map_or("", |n| &ctx.text[t[a].span().end..n.span().start]);
    let year = |k: usize| {
        let w = t.get(k).map_or("", |_| ctx.word(k));
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && gap(k - 1) == " (" && gap(k).starts_with(')')
    };
    let word = |k: usize| t.get(k).map_or("", |_| ctx.word(k));
    if m.possessive || m.multi {
        return None;
    }
    let et_al = gap(e - 1) == " " && word(e) == "et" && word(e + 1) == "al";
    let verb = year(e) && (CITATION_VERBS.contains(word(e + 1)) || word(e + 1).ends_with("ed"));
    let verb = verb && t.get(e + 1).is_some_and(|n| n.shape() == Shape::Lower);
    let pair_after = word(e) == "and"
        && t.get(e + 1).is_some_and(|n| n.shape() == Shape::Cap && n.gap() == Gap::Space)
        && year(e + 2);
    let s = m.cand.tokens.start;
    let pair_before = s >= 2 && word(s - 1) == "and" && t[s - 2].shape() == Shape::Cap && year(e);
    (et_al || verb || pair_after || pair_before).then(|| "cue: an author cited".to_string())
}

fn pronoun_after<'a>(m: &Mention<'a>) -> Option<&'a str> {
    let (ctx, s, e) = (m.ctx, m.cand.tokens.start, m.cand.tokens.end);
    // Not after a lowercase word other than a clause opener ("lifts X past his old club").
    let after_lower = s > 0 && ctx.tokens[s].gap() == Gap::Space && ctx.tokens[s - 1].shape() == Shape::Lower;
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
            || t.shape() != Shape::Lower
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
    fn a_noun_then_a_comma_names_the_kind() {
        let t = "The gallery’s director, Ufuoma Brandle, said the loan was agreed.";
        assert_eq!(kind(t, "Ufuoma Brandle"), Kind::Person);
        let u = "It agreed last year to sell its smaller sensors unit, Corvantic.";
        assert_eq!(kind(u, "Corvantic"), Kind::Organization);
        let v = "The ferry calls at the island’s only village, Ostra Velmi, twice a week.";
        assert_eq!(kind(v, "Ostra Velmi"), Kind::Place);
    }

    #[test]
    fn parts_and_people_of_a_place_and_institutions_closed_by_a_city() {
        assert_eq!(kind("Frost lay on the rim of Tarvenko by dawn.", "Tarvenko"), Kind::Place);
        let t = "Power failed across Olvapur and Kendrasi districts, and North Ward flooded.";
        assert_eq!(kind(t, "Olvapur"), Kind::Place);
        assert_eq!(kind(t, "North Ward"), Kind::Place);
        assert_eq!(kind("They camped on the banks of the Olvane all week.", "Olvane"), Kind::Place);
        let t = "She had studied at Merton College Dublin before she went north.";
        assert_eq!(kind(t, "Merton College Dublin"), Kind::Organization);
        let u = "When I married Lotte we went to live in the hills.";
        assert_eq!(kind(u, "Lotte"), Kind::Person);
    }

    #[test]
    fn the_speaker_after_said_is_a_person() {
        let t = "“It is late,” said Tamsin. The rain went on. “Then go,” replied Tamsin.";
        assert_eq!(kind(t, "Tamsin"), Kind::Person);
    }

    #[test]
    fn a_town_beside_a_club_cue_in_a_sports_report_is_the_club() {
        let t = "Harwick beat Dunley 3-1 at home on Saturday. The striker scored twice after joining \
                 from Dublin, and the coach said the squad had earned it. Dunley drew 2-2 with Penrow in \
                 the league last week, and their goalkeeper was sent off. Kelso Town lost the derby.";
        assert_eq!(kind(t, "Dublin"), Kind::Organization);
        assert_eq!(kind(t, "Kelso Town"), Kind::Organization);
        // Outside sport, the same words leave the city a place.
        let u = "She moved to Paris after joining from Dublin, where she had taught for a year.";
        assert_eq!(kind(u, "Dublin"), Kind::Place);
    }

    #[test]
    fn sources_after_according_to_and_start_ups_before_a_name() {
        let t = "Power was lost, according to Lantern Grid, which restored it by noon.";
        assert_ne!(kind(t, "Lantern Grid"), Kind::Place);
        let u = "A founder of the Leeds start-up Quorvane said the attack was fast.";
        assert_eq!(kind(u, "Quorvane"), Kind::Organization);
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

    #[test]
    fn bylines_called_born_and_compass_adjectives() {
        let t = "Ferry strike ends\n\nBy Tavake Moengangongo in Nuku’alofa\n\nThe strike ended on Friday.";
        assert_eq!(kind(t, "Tavake Moengangongo"), Kind::Person);
        let u = "Its leader, a former gendarme called Oumarou Dembelé, met the governor.";
        assert_eq!(kind(u, "Oumarou Dembelé"), Kind::Person);
        let v = "In May a gang known as Quorvex locked the files of two hospitals.";
        assert_eq!(kind(v, "Quorvex"), Kind::Organization);
        assert_eq!(kind("Halvor Tjessem was born in 1840 near the coast.", "Halvor Tjessem"), Kind::Person);
        assert_eq!(kind("Snow closed roads across northern Vastmarka on Monday.", "Vastmarka"), Kind::Place);
        // The team that does the naming is not what is named.
        let w = "The team has informally named Olvane Ridge after a sponsor.";
        assert_ne!(kind(w, "Olvane Ridge"), Kind::Organization);
    }

    #[test]
    fn a_lone_singular_after_the_is_a_place_and_a_plural_a_body() {
        assert_eq!(kind("Boats waited in the fog until the Korvesund was clear.", "Korvesund"), Kind::Place);
        assert_eq!(kind("At dawn the farmers crossed the Tolvaja.", "Tolvaja"), Kind::Place);
        assert_eq!(kind("In the end the voters backed the Reformists.", "Reformists"), Kind::Organization);
        let t = "Volunteers from the Tarvanian Red Cross reached the coast.";
        assert_eq!(kind(t, "Tarvanian Red Cross"), Kind::Organization);
        assert_eq!(kind("The bus left the Kessel Motorway at noon.", "Kessel Motorway"), Kind::Place);
    }

    #[test]
    fn subdivisions_of_countries_are_places() {
        // ISO 3166-2 names (regions.tsv) with no context at all.
        assert_eq!(kind("Yesterday Nyandarua voted.", "Nyandarua"), Kind::Place);
        assert_eq!(kind("Yesterday Saskatchewan voted.", "Saskatchewan"), Kind::Place);
    }

    #[test]
    fn firms_in_many_languages_and_rulers_of_places() {
        let t = "The contract went to Morandi Pagamentos, advised by Teles Ruas Advogados, and Banco Ostral.";
        assert_eq!(kind(t, "Morandi Pagamentos"), Kind::Organization);
        assert_eq!(kind(t, "Teles Ruas Advogados"), Kind::Organization);
        assert_eq!(kind(t, "Banco Ostral"), Kind::Organization);
        let u = "The strategos of Veldrania was ordered to march, and the bishop of Orsk fled.";
        assert_eq!(kind(u, "Veldrania"), Kind::Place);
        assert_eq!(kind(u, "Orsk"), Kind::Place);
        let v = "Shares in Halmir Marine Energy and Tovasi Trading rose.";
        assert_eq!(kind(v, "Tovasi Trading"), Kind::Organization);
        assert_eq!(kind(v, "Halmir Marine Energy"), Kind::Organization);
    }
}
