//! The tests of the evidence table for entity kinds: one function per row.
//!
//! Each row of `assets/lists/kind_weights.tsv` names a rule; this file holds the rule's test
//! over one mention — its words and name parts, the gazetteer hits of its key, the words
//! before and after it — as a function that returns the short reason shown in the detail
//! view when the rule fires. The kind each row votes for and its weight are data (see
//! [`super::evidence`]), so a rule can be reweighted or refitted without touching code, and
//! a new rule is one function plus one row. [`Mention`] gathers, once per candidate, the
//! context every test reads, so the tests stay one-liners and the table is cheap to run.

use super::candidates::{Candidate, Ctx};
use super::cues::{self, in_list};
use super::tokens::{Gap, Shape, is_acronym_like, is_roman_numeral};
use crate::analysis::gazetteer::{PlaceType, fold_key, key_for};

/// What the tests read about one mention.
pub struct Mention<'a> {
    pub ctx: &'a Ctx<'a>,
    pub cand: &'a Candidate,
    pub form: &'a str,
    pub key: String,
    pub words: Vec<&'a str>,
    pub first: &'a str,
    pub last: &'a str,
    /// The head noun: the last word, or the word before "of"/"for".
    pub head: &'a str,
    pub multi: bool,
    /// A listed given name opens the name (the person rule's test, shared with others).
    pub given: bool,
    /// The lowercased words one and two before the name, when only spaces separate them.
    pub p1: Option<String>,
    pub p2: Option<String>,
    pub possessive: bool,
}

impl<'a> Mention<'a> {
    pub fn new(ctx: &'a Ctx<'a>, cand: &'a Candidate) -> Option<Self> {
        let form = cand.span.slice(ctx.text);
        let words: Vec<&str> = cand.tokens.clone().map(|k| ctx.word(k)).collect();
        let (&first, &last) = (words.first()?, words.last()?);
        let mut head =
            words.iter().position(|w| *w == "of" || *w == "for").map_or(last, |p| words[p.saturating_sub(1)]);
        // "Imperial College London": a listed city after an organization head is its address.
        if let [.., h, city] = words[..]
            && words.len() >= 3
            && in_list(&cues::ORG_HEADS, h)
            && ctx.gaz.place(&key_for(city)).is_some()
        {
            head = h;
        }
        let s = cand.tokens.start;
        // A hyphen compound before the name is one word ("the start-up X", "second-tier side").
        // Only when the compound is itself a role noun ("scrum-half" is read as "half").
        let compound =
            s >= 2 && ctx.tokens[s].gap() == Gap::Space && ctx.tokens[s - 1].gap() == Gap::Hyphen && {
                let w = format!("{}-{}", ctx.word(s - 2), ctx.word(s - 1)).to_lowercase();
                cues::ORG_NOUNS.contains(&w) || cues::PERSON_NOUNS.contains(&w)
            };
        let prev = |n: usize| -> Option<String> {
            let n = n + usize::from(compound && n > 1);
            let joined = |k: usize| ctx.tokens[k].gap() == Gap::Space || (compound && k == s - 1);
            (s >= n && (s - n + 1..=s).all(joined)).then(|| match (n, compound) {
                (1, true) => format!("{}-{}", ctx.word(s - 2), ctx.word(s - 1)).to_lowercase(),
                _ => ctx.word(s - n).to_lowercase(),
            })
        };
        let multi = words.len() > 1;
        let given = multi
            && ctx.gaz.is_given_name(&fold_key(first))
            && ctx.tokens[s].shape() == Shape::Cap
            && !form.contains('&');
        Some(Mention {
            ctx,
            cand,
            form,
            key: key_for(form),
            first,
            last,
            head,
            multi,
            given,
            p1: prev(1),
            p2: prev(2),
            possessive: ctx.tokens[cand.tokens.end - 1].possessive(),
            words,
        })
    }

    pub(super) fn p1(&self) -> &str {
        self.p1.as_deref().unwrap_or("")
    }

    pub(super) fn p2(&self) -> &str {
        self.p2.as_deref().unwrap_or("")
    }

    /// The token right after the name, with the text between.
    pub(super) fn next(&self) -> Option<(usize, &'a str)> {
        let e = self.cand.tokens.end;
        let t = self.ctx.tokens.get(e)?;
        Some((e, &self.ctx.text[self.ctx.tokens[e - 1].span().end..t.span().start]))
    }

    /// The word after the name when only a space separates them (not after a possessive).
    pub(super) fn next_word(&self) -> Option<&'a str> {
        let (e, gap) = self.next()?;
        (!self.possessive && self.ctx.tokens[e].gap() == Gap::Space && !gap.contains('\n'))
            .then(|| self.ctx.word(e))
    }

    /// The lowercased word owned after "X’s".
    pub(super) fn owned(&self) -> Option<String> {
        let (e, _) = self.next()?;
        self.possessive.then(|| self.ctx.word(e).to_lowercase())
    }

    /// The last word is the second half of a hyphenated name of two capitalised words
    /// ("Ferreira-Lane", "Lindgren-Moss"): a double surname, whose halves say nothing of
    /// streets or moors.
    pub(super) fn hyphen_tail(&self) -> bool {
        let e = self.cand.tokens.end;
        e >= self.cand.tokens.start + 2
            && self.ctx.tokens[e - 1].gap() == Gap::Hyphen
            && self.ctx.tokens[e - 2].shape() == Shape::Cap
    }

    pub(super) fn listed_place(&self, word_key: &str) -> bool {
        self.ctx.gaz.place(word_key).is_some()
    }
}

pub type Test = fn(&Mention) -> Option<String>;

fn yes(b: bool, why: &str) -> Option<String> {
    b.then(|| why.to_string())
}

/// The rows' tests, by row name, in table order.
pub const TESTS: &[(&str, Test)] = &[
    ("work_title", |m| yes(m.cand.work, "quoted title of a work")),
    ("handle", |m| yes(m.ctx.tokens[m.cand.tokens.start].shape() == Shape::Handle, "social media handle")),
    ("gazetteer_place", |m| m.ctx.gaz.place(&m.key).map(|t| format!("gazetteer: {}", t.label()))),
    ("gazetteer_town", |m| {
        // Not a one-word given name of the world lists ("Lotte", "Morag"): a town of that
        // name is the rarer reading.
        let given = !m.multi && m.ctx.gaz.is_given_name(&fold_key(m.first));
        yes(m.ctx.gaz.place(&m.key).is_none() && m.ctx.gaz.is_town(&m.key) && !given, "gazetteer: town")
    }),
    ("known_org", |m| yes(m.ctx.gaz.is_org(&m.key), "known organization")),
    ("demonym", |m| yes(m.ctx.gaz.demonym(&m.key).is_some(), "nationality or group word")),
    ("known_other", |m| yes(m.ctx.gaz.is_other(&m.key), "religion, ideology or concept")),
    ("title", |m| m.cand.title.as_ref().map(|t| format!("title: {t}"))),
    ("honorific", |m| {
        (m.multi && in_list(&cues::NAME_HONORIFICS, m.first)).then(|| format!("honorific: {}", m.first))
    }),
    ("given_name", given_name),
    ("surname", |m| {
        // Not a head word that is also a surname ("Haddonshire County Council", "Cobble Lane").
        // Nor a listed place closing an institution's name ("Imperial College London").
        let head = in_list(&cues::ORG_HEADS, m.last)
            || in_list(&cues::PLACE_HEADS, m.last)
            || m.listed_place(&key_for(m.last));
        (m.multi && m.ctx.gaz.is_surname(&fold_key(m.last)) && !m.form.contains('&') && !head)
            .then(|| format!("surname: {}", m.last))
    }),
    ("person_particle", |m| {
        let p = m.words.iter().find(|w| cues::PERSON_PARTICLES.contains(w));
        p.filter(|_| m.multi).map(|p| format!("name particle: {p}"))
    }),
    ("initials", |m| {
        let any = m.cand.tokens.clone().any(|k| m.ctx.tokens[k].shape() == Shape::Initial);
        yes(m.multi && any, "initials")
    }),
    ("compass_region", |m| {
        let rest = m.words.get(1..).map(|r| r.join(" ")).unwrap_or_default();
        (m.multi && in_list(&cues::COMPASS, m.first) && m.listed_place(&key_for(&rest)))
            .then(|| format!("region of {rest}"))
    }),
    ("club_suffix", |m| {
        (m.multi
            && in_list(&cues::CLUB_SUFFIXES, m.last)
            && !m.listed_place(&m.key)
            && !m.ctx.gaz.is_town(&m.key))
        .then(|| format!("club name: {}", m.last))
    }),
    ("saint_name", |m| {
        (m.multi && matches!(m.first, "St." | "St" | "Saint" | "San" | "Santa" | "Sankt"))
            .then(|| format!("saint's name: {}", m.first))
    }),
    ("ship_prefix", |m| {
        (m.multi && matches!(m.first, "HMS" | "USS" | "RMS" | "SS" | "HMAS" | "HMCS" | "INS" | "MV"))
            .then(|| format!("ship prefix: {}", m.first))
    }),
    ("club_prefix", |m| {
        (m.multi && in_list(&cues::CLUB_PREFIXES, m.first)).then(|| format!("club name: {}", m.first))
    }),
    ("place_opener", |m| {
        let org = in_list(&cues::ORG_HEADS, m.head);
        (m.multi && !org && in_list(&cues::PLACE_OPENERS, m.first))
            .then(|| format!("place word: {}", m.first))
    }),
    ("business_opener", |m| {
        (m.multi && in_list(&cues::BUSINESS_OPENERS, m.first)).then(|| format!("business name: {}", m.first))
    }),
    ("regnal_number", |m| {
        (m.multi && is_roman_numeral(m.last) && (m.given || m.words.len() == 2))
            .then(|| format!("regnal number: {}", m.last))
    }),
    ("ampersand", |m| yes(m.form.contains('&'), "ampersand name")),
    ("corporate_suffix", |m| {
        (m.multi && in_list(&cues::CORPORATE_SUFFIXES, m.last)).then(|| format!("company suffix: {}", m.last))
    }),
    ("org_head", |m| {
        (in_list(&cues::ORG_HEADS, m.head) || red_cross(m)).then(|| format!("organization word: {}", m.head))
    }),
    ("place_head", |m| {
        let head = m.multi && !in_list(&cues::ORG_HEADS, m.head) && !m.hyphen_tail() && !red_cross(m);
        (head && in_list(&cues::PLACE_HEADS, m.head)).then(|| format!("place word: {}", m.head))
    }),
    ("newspaper_head", |m| {
        // "the Clarion", "the Sunday Ledger": one word after "the" is the paper too.
        ((m.multi || m.p1() == "the") && in_list(&cues::NEWSPAPER_HEADS, m.last))
            .then(|| format!("newspaper name: {}", m.last))
    }),
    ("other_head", |m| {
        let earlier = in_list(&cues::ORG_HEADS, m.head) || in_list(&cues::PLACE_HEADS, m.head);
        (m.multi && !earlier && in_list(&cues::OTHER_HEADS, m.head))
            .then(|| format!("event or work word: {}", m.head))
    }),
    ("doctrine", |m| yes(m.last.len() > 5 && m.last.ends_with("ism"), "doctrine (-ism)")),
    ("acronym", |m| yes(!m.multi && is_acronym_like(m.first) && !m.listed_place(&m.key), "acronym")),
    ("article_led", |m| {
        let s = m.cand.tokens.start;
        let t = m.ctx.tokens;
        let hit = t[s].shape() == Shape::Lower
            && cues::HYPHEN_PARTICLES.contains(m.first)
            && t.get(s + 1).is_some_and(|t| t.gap() == Gap::Hyphen);
        yes(hit, "article-led name")
    }),
    ("hyphenated", |m| {
        let hit = m.words.len() >= 3
            && m.words.iter().skip(1).any(|w| cues::HYPHEN_PARTICLES.contains(w))
            && !m.key.contains(' ');
        yes(hit, "hyphenated name")
    }),
    ("place_of_cue", |m| {
        (m.p1() == "of" && cues::PLACE_OF_CUES.contains(m.p2())).then(|| format!("cue: {} of", m.p2()))
    }),
    ("prep_strong", |m| {
        let strong = matches!(
            m.p1(),
            "in" | "at" | "near" | "into" | "across" | "throughout" | "outside" | "inside" | "off"
        );
        (!m.multi && strong).then(|| format!("cue: {} X", m.p1()))
    }),
    ("prep_weak", |m| {
        let weak = cues::PLACE_PREPOSITIONS.contains(m.p1())
            && !matches!(
                m.p1(),
                "in" | "at" | "near" | "into" | "across" | "throughout" | "outside" | "inside"
            );
        (!m.multi && weak && !speech_to(m)).then(|| format!("cue: {} X", m.p1()))
    }),
    ("prep_multiword", |m| {
        (m.multi && cues::PLACE_PREPOSITIONS.contains(m.p1()) && !speech_to(m))
            .then(|| format!("cue: {} X", m.p1()))
    }),
    ("the_x", |m| the_x(m).filter(|_| m.multi)),
    ("the_x_one", |m| {
        // A plural ("the Greens") or an ordinary word ("the Admiralty", "the Republic").
        let word = m.ctx.gaz.is_word(&fold_key(m.first));
        the_x(m).filter(|_| !m.multi && (plural(m.first) || word))
    }),
    ("the_x_one_singular", |m| {
        // Not an ordinary word: "the Admiralty", "the Republic" name bodies.
        let caps = m.ctx.tokens[m.cand.tokens.start].shape() == Shape::Upper;
        let word = m.ctx.gaz.is_word(&fold_key(m.first));
        the_x(m).filter(|_| !m.multi && !plural(m.first) && !caps && !word)
    }),
    ("person_noun_before", |m| cues::PERSON_NOUNS.contains(m.p1()).then(|| format!("cue: {} X", m.p1()))),
    ("org_noun_before", |m| {
        let p = m.p1();
        (cues::ORG_NOUNS.contains(p) && !cues::PERSON_NOUNS.contains(p)).then(|| format!("cue: {p} X"))
    }),
    ("prep_the_x", |m| {
        (m.p1() == "the" && cues::PLACE_PREPOSITIONS.contains(m.p2()))
            .then(|| format!("cue: {} the X", m.p2()))
    }),
    ("org_noun_the_x", org_noun_the_x),
    ("brand_caps", |m| yes(!m.multi && has_inner_capital(m.first), "brand-style capitals")),
    ("org_possession", |m| {
        m.owned().filter(|o| cues::ORG_POSSESSIONS.contains(o)).map(|o| format!("cue: X’s {o}"))
    }),
    ("person_possession", |m| {
        m.owned().filter(|o| cues::PERSON_POSSESSIONS.contains(o)).map(|o| format!("cue: X’s {o}"))
    }),
    ("place_possession", |m| {
        m.owned().filter(|o| cues::PLACE_POSSESSIONS.contains(o)).map(|o| format!("cue: X’s {o}"))
    }),
    ("place_compound", |m| {
        let (e, _) = m.next()?;
        let w = m.ctx.word(e);
        (!m.possessive && m.ctx.tokens[e].gap() == Gap::Hyphen && cues::PLACE_COMPOUNDS.contains(w))
            .then(|| format!("cue: X-{w}"))
    }),
    ("person_verb", |m| {
        // "a rider from Ghent who": after a preposition, "who" takes up the noun before.
        let object = cues::PLACE_PREPOSITIONS.contains(m.p1());
        m.next_word()
            .filter(|w| cues::PERSON_VERBS.contains(w) && !(object && *w == "who"))
            .map(|w| format!("cue: X {w}"))
    }),
    ("x_place_noun", |m| {
        m.next_word()
            .filter(|w| cues::PLACE_OF_CUES.contains(w) && *w != "state")
            .map(|w| format!("cue: X {w}"))
    }),
    ("x_comma_who", |m| {
        // Not "Saltmoor, who drew 0-0 with Penvale": a result verb is a club's (sports_result).
        let who = m.next().is_some_and(|(e, g)| g == ", " && m.ctx.word(e) == "who");
        yes(who && !result_after_who(m), "cue: X, who")
    }),
    ("apposition_person", |m| apposition(m, &cues::PERSON_NOUNS)),
    ("apposition_org", |m| apposition(m, &cues::ORG_NOUNS)),
    ("apposition_place", |m| apposition(m, &cues::PLACE_NOUNS)),
    ("x_comma_country", x_comma_country),
    ("role_for", |m| {
        (m.p1() == "for" && cues::ROLE_FOR.contains(m.p2())).then(|| format!("cue: {} for X", m.p2()))
    }),
    ("role_at", |m| {
        (m.p1() == "at" && cues::ROLE_AT.contains(m.p2())).then(|| format!("cue: {} at X", m.p2()))
    }),
    ("sports_result", sports_result),
    ("transfer_from", |m| {
        (m.p1() == "from" && cues::TRANSFER_VERBS.contains(m.p2())).then(|| format!("cue: {} from X", m.p2()))
    }),
    ("team_nickname", |m| {
        // "Exeter Chiefs", "Leicester Tigers": a listed place and a capitalised plural.
        let place =
            m.words.len() == 2 && (m.listed_place(&key_for(m.first)) || m.ctx.gaz.is_town(&key_for(m.first)));
        let plural = m.last.len() > 3 && m.last.ends_with('s') && !m.last.ends_with("ss");
        (place && plural && !in_list(&cues::PLACE_HEADS, m.last)).then(|| format!("club name: {}", m.last))
    }),
    ("town_ending", |m| {
        // A one-word name with the ending of an English place name ("Velbury", "Haddonshire").
        // And the endings of Nordic, Dutch and German place names ("Karmsund", "Koppelberg").
        const ENDINGS: [&str; 36] = [
            "shire", "bury", "borough", "ford", "chester", "caster", "minster", "mouth", "wick", "combe",
            "thorpe", "worth", "stead", "by", "moor", "mere", "dale", "holme", "ness", "wich", "stowe",
            "haven", "port", "gate", "sund", "fjord", "vik", "havn", "berg", "burg", "dorf", "stadt", "heim",
            "hausen", "gasse", "strasse",
        ];
        let k = &m.key;
        let hit = !m.multi
            && k.len() > 5
            && ENDINGS.iter().any(|e| k.ends_with(e))
            && !m.ctx.gaz.is_surname(k)
            && !m.ctx.gaz.is_given_name(k);
        yes(hit, "place-name ending")
    }),
    ("market_subject", |m| {
        let after = m.next_word().is_some_and(|w| matches!(w, "shares" | "stock"));
        let before = m.p1() == "in" && matches!(m.p2(), "shares" | "stake" | "stakes");
        let owned = m.owned().is_some_and(|o| o == "stock" || o == "shares");
        yes(after || before || owned, "cue: shares of X")
    }),
    ("bracket_acronym", |m| {
        let (e, gap) = m.next()?;
        let close = m.ctx.tokens.get(e + 1).map(|t| &m.ctx.text[m.ctx.tokens[e].span().end..t.span().start]);
        let acro = m.ctx.tokens[e].shape() == Shape::Upper;
        // "X (XYZ)", and a ticker with its exchange: "X (LSE: XYZ)".
        let closed = close.is_none_or(|c| c.starts_with(')') || c.starts_with(": "));
        (m.multi && gap.trim() == "(" && acro && closed).then(|| format!("cue: X ({})", m.ctx.word(e)))
    }),
    ("place_coordination", super::rules_lists::place_coordination),
    ("org_coordination", super::rules_lists::org_coordination),
    ("team_noun_after", |m| {
        m.next_word().filter(|w| cues::TEAM_NOUNS_AFTER.contains(w)).map(|w| format!("cue: X {w}"))
    }),
];

fn given_name(m: &Mention) -> Option<String> {
    let t = m.ctx.tokens;
    // A hyphen compound opens the name: only a double given name ("Jean-Baptiste") counts.
    let hyphen_joined = t.get(m.cand.tokens.start + 1).is_some_and(|t| t.gap() == Gap::Hyphen)
        && !m.words.get(1).is_some_and(|w| m.ctx.gaz.is_given_name(&fold_key(w)) && m.words.len() >= 3);
    // Not a saint's name opening a place ("Santa Lucía"); a place head ("Jordan Street")
    // is weighed against it by place_head, since many surnames are place words (Hill, Lane).
    let saint = matches!(m.first, "Santa" | "San" | "Saint" | "Sankt" | "St." | "St");
    // "Vale of Carrick", "Isle of Brenn": a place head before "of" is no given name.
    let place_of = m.head == m.first && m.words.len() > 2 && in_list(&cues::PLACE_OF_HEADS, m.first);
    (m.given
        && !hyphen_joined
        && !place_of
        && !in_list(&cues::MONTHS, m.first)
        && !in_list(&cues::ORG_HEADS, m.head)
        && !m.words[1..].iter().any(|w| in_list(&cues::ORG_HEADS, w))
        && !saint)
        .then(|| format!("given name: {}", m.first))
}

/// "the Greens", "the Liberals": a capitalised plural after "the" is a party or a team more
/// often than a place; a singular one ("the Strand", "the Graben") a place more often.
fn plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// "the Philippine Red Cross", "the Moroccan Red Crescent": the relief societies, whose
/// last word is otherwise a place head.
fn red_cross(m: &Mention) -> bool {
    matches!(m.words[..], [.., "Red", "Cross" | "Crescent"])
}

/// "according to X", "speaking to X": the words of a source, not of a destination.
fn speech_to(m: &Mention) -> bool {
    m.p1() == "to"
        && matches!(
            m.p2(),
            "according" | "speaking" | "spoke" | "talking" | "talked" | "belonging" | "belongs"
        )
}

/// "the X" standing alone or before a verb: a body ("the Admiralty has"), not a modifier.
fn the_x(m: &Mention) -> Option<String> {
    // "in the Shambles", "across the Highlands": after a place preposition, prep_the_x.
    let place_prep = matches!(m.p2(), "in" | "across" | "throughout" | "around" | "near")
        || super::rules_context::LANDSCAPE_PREPOSITIONS.contains(m.p2());
    if m.p1() != "the" || m.possessive || place_prep {
        return None;
    }
    let e = m.cand.tokens.end;
    let next = m.ctx.tokens.get(e).filter(|t| t.gap() == Gap::Space && t.shape() == Shape::Lower);
    let verb_next = next.is_some_and(|t| {
        let w = t.text(m.ctx.text);
        w.ends_with("ed") || cues::AUX_VERBS.contains(w)
    });
    yes(next.is_none() || verb_next, "cue: the X")
}

/// "the band the Salt Harbour", "the firm, the Anchor Group": an organization noun right
/// before "the X Y" (or with a comma) names it, whatever its head word suggests. Only for
/// names of two or more words: "the body the Emperor" is no organization.
fn org_noun_the_x(m: &Mention) -> Option<String> {
    let (ctx, s) = (m.ctx, m.cand.tokens.start);
    if !m.multi || s < 2 || !ctx.word(s - 1).eq_ignore_ascii_case("the") || ctx.tokens[s].gap() != Gap::Space
    {
        return None;
    }
    let before = ctx.word(s - 2).to_lowercase();
    let gap = &ctx.text[ctx.tokens[s - 2].span().end..ctx.tokens[s - 1].span().start];
    ((gap == " " || gap == ", ") && cues::ORG_NOUNS.contains(before.as_str()))
        .then(|| format!("cue: {before} the X"))
}

/// "X, a former finance director at ...", "X, the harbour operator": the head of the noun
/// phrase after the comma (its last role noun before a preposition or punctuation; a
/// person noun before an organization noun before a place noun in one word), if it is in
/// `list`. Capitalised modifiers are skipped ("X, a Luxembourg investment vehicle").
fn apposition(m: &Mention, list: &cues::Cue) -> Option<String> {
    let (e, gap) = m.next()?;
    if m.possessive || gap != ", " || !matches!(m.ctx.word(e), "a" | "an" | "the") {
        return None;
    }
    let lists = [&cues::PERSON_NOUNS, &cues::ORG_NOUNS, &cues::PLACE_NOUNS];
    let mut head: Option<(&cues::Cue, String)> = None;
    for k in e + 1..(e + 6).min(m.ctx.tokens.len()) {
        let t = &m.ctx.tokens[k];
        let w = m.ctx.word(k).to_lowercase();
        let modifier = matches!(t.shape(), Shape::Cap | Shape::Upper) && head.is_none();
        let joined = matches!(t.gap(), Gap::Space | Gap::Hyphen);
        if !joined || !(t.shape() == Shape::Lower || modifier) || cues::FUNCTION_WORDS.contains(&w) {
            break;
        }
        if let Some(l) = lists.into_iter().find(|l| l.contains(&w)) {
            head = Some((l, w));
        }
    }
    let (l, w) = head?;
    std::ptr::eq(l, list).then(|| format!("apposition: a {w}"))
}

/// "Nairobi, Kenya": a place followed by its country or state.
fn x_comma_country(m: &Mention) -> Option<String> {
    let (e, gap) = m.next()?;
    let ctx = m.ctx;
    if m.possessive || gap != ", " || !ctx.tokens[e].is_capitalised() {
        return None;
    }
    let next_word = ctx.word(e);
    let one = key_for(next_word);
    let two = ctx.tokens.get(e + 1).filter(|t| t.gap() == Gap::Space).map(|t| fold_key(t.text(ctx.text)));
    let two = two.map(|t| format!("{} {t}", fold_key(next_word)));
    let in_country = |k: &str| matches!(ctx.gaz.place(k), Some(PlaceType::Country | PlaceType::State));
    (in_country(&one) || two.as_deref().is_some_and(in_country)).then(|| format!("cue: X, {next_word}"))
}

/// A sports result: "X beat Y", "X drew with Y", "lost to X", "a win over X" — the name on
/// either side of a result verb, with a capitalised name on the other.
pub(super) fn sports_result(m: &Mention) -> Option<String> {
    let ctx = m.ctx;
    let (s, e) = (m.cand.tokens.start, m.cand.tokens.end);
    let cap = |k: usize| ctx.tokens.get(k).is_some_and(|t| t.is_capitalised());
    // "X played for Y" is a player, not a result.
    let role = ctx.tokens.get(e + 1).is_some_and(|_| ctx.word(e + 1) == "for");
    if let Some(w) = m.next_word()
        && cues::RESULT_VERBS.contains(w)
        && !role
    {
        let k = if ctx.tokens.get(e + 1).is_some_and(|t| t.shape() == Shape::Lower) { e + 2 } else { e + 1 };
        if cap(k) {
            return Some(format!("cue: X {w} Y"));
        }
    }
    if m.next().is_some_and(|(e, g)| g == ", " && ctx.word(e) == "who") && result_after_who(m) {
        return Some("cue: X, who beat Y".to_string());
    }
    let before = m.p1();
    let verb = if matches!(before, "to" | "with" | "over" | "against") { m.p2() } else { before };
    if cues::RESULT_VERBS.contains(verb) && s >= 2 {
        let back = if verb == before { s - 2 } else { s.saturating_sub(3) };
        if cap(back) && !cues::FUNCTION_WORDS.contains(&ctx.word(back).to_lowercase()) {
            return Some(format!("cue: Y {verb} X"));
        }
        if matches!(before, "to" | "over" | "against")
            && matches!(verb, "lost" | "win" | "victory" | "defeat")
        {
            return Some(format!("cue: {verb} {before} X"));
        }
    }
    None
}

/// "X, who drew with Y": a result verb right after "X, who".
fn result_after_who(m: &Mention) -> bool {
    let e = m.cand.tokens.end;
    m.ctx.tokens.get(e + 1).is_some_and(|_| cues::RESULT_VERBS.contains(m.ctx.word(e + 1)))
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
