//! Second names of one referent that the text itself introduces, joined by the sentence
//! shape that introduces them rather than by their spelling:
//! - a **nickname in quotes inside a full name** ("Dora “Dodo” Ames"): the nickname, the given
//!   name and the surname are one person;
//! - a **nickname given by a naming verb** ("the fans call him Tank", "known throughout the
//!   town as the Skipper", "whom her father called Kit", "the Gaffer, as the staff call
//!   him"): the nickname joins the person mentioned last before it (of the sex "him"/"her"
//!   says, when the name tells one). A bare "he was X" is left alone: in a novel it is as
//!   often an identity ("he is the convict X") as a nickname;
//! - a **maiden name** ("She was born Ada Lusk", "Helena (née Brill)"): the birth name joins
//!   the one person with that given name, the name after "née" the person right before it;
//! - a **plural of a party or house** ("the Liberals", "the Orvelles"): joins the one
//!   organization or house whose name is the singular or opens with it (never a person: "the
//!   Ameses" are a family, kept apart);
//! - a **ticker after an exchange or with a market suffix** ("Wexby Group (LSE: WXB)",
//!   "Ostra (OSTX.DE)"): joins the company written right before the parenthesis.
//!
//! Each rule reads only the words around one candidate, so it helps on any text that uses
//! the construction, whatever the names; the cue words are data ([`NAMING_VERBS`],
//! [`KNOWN_LEADS`]).

// The passes index several parallel arrays by group and token id; iterators would obscure that.
#![allow(clippy::needless_range_loop)]

use super::name_parts::{self, Sex};
use super::passes::{Groups, Tentative};
use super::tokens::is_acronym_like;
use crate::analysis::Kind;

/// Verbs that give a name before "him"/"her" ("call her Nessa").
const NAMING_VERBS: [&str; 8] =
    ["call", "calls", "called", "calling", "christened", "nicknamed", "dubbed", "named"];

/// Words that make "… known … as X" a person's nickname ("he is known as", "better known
/// as"), not a place's name ("a district known as").
const KNOWN_LEADS: [&str; 12] = [
    "is",
    "was",
    "be",
    "been",
    "also",
    "better",
    "widely",
    "universally",
    "simply",
    "affectionately",
    "locally",
    "commonly",
];

/// How many tokens back the person a nickname names may stand.
const NICKNAME_REACH: usize = 80;

/// Person evidence this strong, or non-person evidence, keeps a form its own.
const STRONG: f32 = 4.0;

fn opening_quote(s: &str) -> bool {
    // The nickname may open with an article the candidate leaves out ("“el Tigre”").
    let s = s.trim();
    let s = ["el", "El", "la", "La", "the", "The", "le", "Le", "il", "Il"]
        .iter()
        .find_map(|a| s.strip_suffix(a).filter(|r| !r.ends_with(char::is_alphabetic)))
        .unwrap_or(s);
    matches!(s.trim(), "“" | "\"" | "‘" | "'" | "(“" | "(\"")
}

fn closing_quote(s: &str) -> bool {
    matches!(s.trim(), "”" | "\"" | "’" | "'" | "”)" | "\")")
}

impl<'a> Groups<'a> {
    fn lower(&self, k: usize) -> String {
        self.ctx.word(k).to_lowercase()
    }

    /// Whether group `id` is free to join a person: not strongly something else, not a
    /// surname shared by several people, and not already one with a full name of two words.
    fn free_form(&mut self, id: usize) -> bool {
        let v = &self.group_votes[id];
        if (v.best().is_some_and(|k| k != Kind::Person) && v.strength() >= STRONG)
            || !self.ambiguous[id].is_empty()
        {
            return false;
        }
        let r = self.uf.find(id);
        (0..self.n).all(|o| self.key_words[o].len() == 1 || self.uf.find(o) != r)
    }

    /// The sex a candidate's name tells (title, else given name).
    fn cand_sex(&self, ci: usize) -> Option<Sex> {
        let c = &self.cands[ci];
        c.title.as_deref().and_then(name_parts::title_sex).or_else(|| {
            let id = self.of_cand[ci];
            let w = &self.key_words[id];
            if w.len() >= 2 || self.ctx.gaz.is_given_name(w[0]) { name_parts::given_sex(w[0]) } else { None }
        })
    }

    /// Pass 5b: the nicknames and maiden names the text introduces (see the module doc).
    pub(super) fn join_nicknames(&mut self, kinds: &Tentative) {
        let ctx = self.ctx;
        let cands = self.cands;
        for ci in 0..cands.len() {
            let c = &cands[ci];
            let id = self.of_cand[ci];
            // "Dora “Dodo” Ames": three candidates, the middle one in quotes.
            if ci + 2 < cands.len() {
                let (b, d) = (&cands[ci + 1], &cands[ci + 2]);
                if opening_quote(&ctx.text[c.span.end..b.span.start])
                    && closing_quote(&ctx.text[b.span.end..d.span.start])
                    && c.tokens.len() == 1
                    && b.tokens.len() <= 2
                    && d.tokens.len() == 1
                    && ctx.gaz.is_given_name(self.keys[id].as_str())
                {
                    let (nick, sur) = (self.of_cand[ci + 1], self.of_cand[ci + 2]);
                    if self.free_form(nick) {
                        self.uf.union(nick, id);
                    }
                    if self.free_form(sur) && self.free_form(id) {
                        self.uf.union(sur, id);
                    }
                    continue;
                }
            }
            if let Some(sex) = self.naming_cue(ci) {
                let key = crate::analysis::gazetteer::key_for(c.span.slice(ctx.text));
                let elsewise = ctx.gaz.demonym(&key).is_some() || ctx.gaz.place(&key).is_some();
                if c.tokens.len() <= 2
                    && !elsewise
                    && self.free_form(id)
                    && let Some(p) = self.person_before(ci, sex, kinds)
                    && !self.other_given_name(id, p)
                {
                    self.group_votes[id] = self.group_votes[id].without_listed();
                    self.uf.union(id, p);
                }
                continue;
            }
            self.join_maiden_name(ci, kinds);
        }
    }

    /// Whether a person's name ends right before token `k`, after a comma ("Ada Lusk,
    /// known locally as …"): the apposition names that person.
    fn person_right_before(&self, ci: usize, k: usize) -> bool {
        let ctx = self.ctx;
        (0..ci).rev().take(3).any(|pi| {
            let p = &self.cands[pi];
            p.tokens.end == k
                && ctx.text[p.span.end..ctx.tokens[k].span().start].trim() == ","
                && self.group_votes[self.of_cand[pi]].best() == Some(Kind::Person)
        })
    }

    /// Whether `nick` is a given name of its own that person `p`'s given name is no form of
    /// ("Reiss called her Klara" beside "Agnes Ames" names Klara, not a nickname of Agnes).
    fn other_given_name(&self, nick: usize, p: usize) -> bool {
        let n = self.keys[nick].as_str();
        let own = match self.key_words[p][..] {
            [g, _, ..] | [g] => g,
            [] => return false,
        };
        self.ctx.gaz.is_given_name(n) && self.ctx.gaz.is_given_name(own) && !name_parts::variants_meet(n, own)
    }

    /// Whether candidate `ci` is a nickname a naming verb gives; `Some(sex)` then, with the
    /// sex "him"/"her" tells, if any.
    fn naming_cue(&self, ci: usize) -> Option<Option<Sex>> {
        let c = &self.cands[ci];
        let s = c.tokens.start;
        let toks = self.ctx.tokens;
        let mut j = s.checked_sub(1)?;
        // A title before the nickname ("known as Uncle Manu") is stripped from it.
        if c.title.is_some() && self.ctx.tokens[s].gap() == super::tokens::Gap::Space {
            j = j.checked_sub(1)?;
        }
        if self.lower(j) == "the" {
            j = j.checked_sub(1)?;
        }
        if (j + 1..=s).any(|k| toks[k].sent_start()) {
            return None;
        }
        let w = self.lower(j);
        let before = |n: usize| j.checked_sub(n).map(|k| self.lower(k)).unwrap_or_default();
        let pronoun = match w.as_str() {
            "him" => Some(Sex::Male),
            "her" => Some(Sex::Female),
            _ => None,
        };
        if pronoun.is_some() && NAMING_VERBS.contains(&before(1).as_str()) {
            return Some(pronoun);
        }
        if matches!(w.as_str(), "nicknamed" | "dubbed" | "call" | "calls") {
            return Some(None);
        }
        // "Ada Lusk, whom her father called Kit": the relative pronoun must follow a person's
        // name ("an old fellow who was called X" names no one the text named).
        let relative =
            |n: usize| matches!(before(n).as_str(), "who" | "whom") && self.person_right_before(ci, j - n);
        if w == "called" && (1..=6).any(|n| n <= j && relative(n)) {
            return Some(None);
        }
        if w == "as"
            && let Some(k) = (1..=4).find(|&n| before(n) == "known")
            && (KNOWN_LEADS.contains(&before(k + 1).as_str()) || self.person_right_before(ci, j - k))
        {
            return Some(None);
        }
        // "the Gaffer, as the staff call him"
        let e = c.tokens.end;
        if e + 2 < toks.len()
            && self.ctx.text[c.span.end..toks[e].span().start].trim() == ","
            && self.lower(e) == "as"
        {
            for k in e + 1..(e + 7).min(toks.len() - 1) {
                if toks[k].sent_start() {
                    break;
                }
                if NAMING_VERBS.contains(&self.lower(k).as_str()) {
                    return match self.lower(k + 1).as_str() {
                        "him" => Some(Some(Sex::Male)),
                        "her" => Some(Some(Sex::Female)),
                        _ => None,
                    };
                }
            }
        }
        None
    }

    /// The group of the person a nickname names: the person mentioned last before candidate
    /// `ci` (a person by the tentative kinds, of sex `sex` when both are known), within
    /// [`NICKNAME_REACH`] tokens — unless that mention stands in an earlier sentence whose
    /// subject is another fitting person: a pronoun opening a new clause ("Her father called
    /// her Kit") takes up the sentence's subject, not a name in its subordinate clause ("Miss
    /// Ada Lusk was the pet of the house, as Miss Lusk was its conscience").
    fn person_before(&mut self, ci: usize, sex: Option<Sex>, kinds: &Tentative) -> Option<usize> {
        let s = self.cands[ci].tokens.start;
        let own = self.uf.find(self.of_cand[ci]);
        let mut nearest = None;
        for pi in (0..ci).rev() {
            if self.cands[pi].tokens.end + NICKNAME_REACH < s {
                return None;
            }
            if self.fits(pi, own, sex, kinds) {
                nearest = Some(pi);
                break;
            }
        }
        let pi = nearest?;
        let p_start = self.cands[pi].tokens.start;
        let (Some(own_sent), Some(p_sent)) = (self.sentence_start(s), self.sentence_start(p_start)) else {
            return Some(self.of_cand[pi]);
        };
        if p_start >= own_sent {
            return Some(self.of_cand[pi]);
        }
        // The first name of that sentence, if it opens it (a title aside) and is not `pi`.
        let first = (0..pi).rev().take_while(|&q| self.cands[q].tokens.start >= p_sent).last();
        match first {
            Some(q) if self.cands[q].tokens.start <= p_sent + 1 && self.fits(q, own, sex, kinds) => {
                Some(self.of_cand[q])
            }
            _ => Some(self.of_cand[pi]),
        }
    }

    /// Whether candidate `pi` may be the person a nickname of group `own` names.
    fn fits(&mut self, pi: usize, own: usize, sex: Option<Sex>, kinds: &Tentative) -> bool {
        let id = self.of_cand[pi];
        if self.uf.find(id) == own || !self.ambiguous[id].is_empty() {
            return false;
        }
        // A given name with no evidence yet ("The eldest, Isolde, whom …") is a person.
        let kind = kinds.kind(&mut self.uf, id);
        let given = self.key_words[id].len() == 1 && self.ctx.gaz.is_given_name(self.keys[id].as_str());
        if kind != Some(Kind::Person) && !(kind.is_none() && given) {
            return false;
        }
        !matches!((sex, self.cand_sex(pi)), (Some(a), Some(b)) if a != b)
    }

    /// The first token of the sentence holding token `k`, within [`NICKNAME_REACH`] tokens.
    fn sentence_start(&self, k: usize) -> Option<usize> {
        (k.saturating_sub(NICKNAME_REACH)..=k).rev().find(|&t| self.ctx.tokens[t].sent_start())
    }

    /// "born Ada Lusk" → the one other person named Ada; "(née Brill)" → the person right
    /// before.
    fn join_maiden_name(&mut self, ci: usize, kinds: &Tentative) {
        let cands = self.cands;
        let c = &cands[ci];
        let s = c.tokens.start;
        let Some(j) = s.checked_sub(1) else { return };
        let id = self.of_cand[ci];
        match self.lower(j).as_str() {
            "born" if c.tokens.len() >= 2 && self.key_words[id].len() >= 2 => {
                let given = self.key_words[id][0];
                let own = self.uf.find(id);
                let mut roots: Vec<usize> = Vec::new();
                for o in 0..self.n {
                    if self.key_words[o].len() >= 2
                        && self.key_words[o][0] == given
                        && self.uf.find(o) != own
                        && kinds.kind(&mut self.uf, o) == Some(Kind::Person)
                    {
                        let r = self.uf.find(o);
                        if !roots.contains(&r) {
                            roots.push(r);
                        }
                    }
                }
                if let [r] = roots[..] {
                    self.uf.union(id, r);
                }
            }
            "née" | "nee" if c.tokens.len() == 1 && ci > 0 => {
                let p = &cands[ci - 1];
                let between = &self.ctx.text[p.span.end..self.ctx.tokens[j].span().start];
                let pid = self.of_cand[ci - 1];
                if matches!(between.trim(), "(" | "," | "")
                    && kinds.kind(&mut self.uf, pid) == Some(Kind::Person)
                    && self.free_form(id)
                {
                    self.uf.union(id, pid);
                }
            }
            _ => {}
        }
    }

    /// Pass 6d: "the Liberals" → the one party or house named by the singular (see the
    /// module doc).
    pub(super) fn join_group_plurals(&mut self, kinds: &Tentative) {
        // Uses after "the", against all uses: a headline may drop the article.
        let mut the_uses = vec![(0usize, 0usize); self.n];
        for (ci, c) in self.cands.iter().enumerate() {
            let s = c.tokens.start;
            let u = &mut the_uses[self.of_cand[ci]];
            u.1 += 1;
            if s > 0 && self.lower(s - 1) == "the" {
                u.0 += 1;
            }
        }
        let after_the: Vec<bool> = the_uses.iter().map(|&(t, all)| t > 0 && 2 * t >= all).collect();
        for id in 0..self.n {
            let key = self.keys[id].as_str();
            if !after_the[id]
                || self.key_words[id].len() != 1
                || key.len() < 5
                || !key.ends_with('s')
                || !self.ambiguous[id].is_empty()
            {
                continue;
            }
            // "the Highlands" is a region, not a body named "Highland …".
            let place = self.ctx.gaz.place(key).is_some()
                || self.ctx.gaz.place(&key[..key.len() - 1]).is_some()
                || matches!(kinds.kind(&mut self.uf, id), Some(Kind::Place));
            if place || self.group_votes[id].get(Kind::Person) >= STRONG {
                continue;
            }
            let one = &key[..key.len() - 1];
            let singulars = [one, key.strip_suffix("es").unwrap_or(one)];
            let own = self.uf.find(id);
            let mut roots: Vec<usize> = Vec::new();
            for o in 0..self.n {
                let w = &self.key_words[o];
                let named = singulars
                    .iter()
                    .any(|s| (!w.is_empty() && w[0] == *s) || (w.len() == 3 && w[1] == "of" && w[2] == *s));
                if !named || self.uf.find(o) == own {
                    continue;
                }
                // An ordinary word typed a person only by its capital ("a Liberal") is the
                // party's member, not a person of that name.
                let weak_person = w.len() == 1
                    && self.ctx.gaz.is_word(w[0])
                    && !self.ctx.gaz.is_given_name(w[0])
                    && self.group_votes[o].get(Kind::Person) < 2.0;
                let kind = kinds.kind(&mut self.uf, o);
                if kind == Some(Kind::Place) || (kind == Some(Kind::Person) && !weak_person) {
                    roots.clear();
                    break;
                }
                let r = self.uf.find(o);
                if !roots.contains(&r) {
                    roots.push(r);
                }
            }
            if let [r] = roots[..] {
                self.uf.union(id, r);
            }
        }
    }

    /// Pass 4c: a ticker in parentheses after an exchange ("(LSE: WXB)") or with a market
    /// suffix ("(OSTX.DE)") → the company written right before the parenthesis.
    pub(super) fn join_listed_tickers(&mut self) {
        let ctx = self.ctx;
        for ci in 1..self.cands.len() {
            let c = &self.cands[ci];
            let form = c.span.slice(ctx.text);
            if !is_acronym_like(form.split('.').next().unwrap_or(form)) {
                continue;
            }
            let before = ctx.text[..c.span.start].trim_end();
            let open = before.rfind('(').filter(|&o| before.len() - o <= 12);
            let Some(open) = open else { continue };
            let inside = &before[open + 1..];
            let exchange = inside.ends_with(':')
                && inside[..inside.len() - 1].chars().all(|ch| ch.is_ascii_uppercase())
                && inside.len() >= 3;
            let after = &ctx.text[c.span.end..];
            let rest = after.split(')').next().unwrap_or("");
            let suffix = after.contains(')')
                && rest.len() <= 4
                && rest
                    .strip_prefix('.')
                    .is_some_and(|x| !x.is_empty() && x.chars().all(|ch| ch.is_ascii_uppercase()));
            // The tokens may keep the suffix in the word ("OSTX.DE").
            let dotted = form.rsplit_once('.').is_some_and(|(a, b)| {
                a.len() >= 2 && (1..=3).contains(&b.len()) && b.chars().all(|ch| ch.is_ascii_uppercase())
            });
            let marked = suffix || (dotted && rest.is_empty());
            if !(exchange || (inside.is_empty() && marked)) || !(rest.is_empty() || suffix) {
                continue;
            }
            let owner = (0..ci).rev().find(|&pi| self.cands[pi].span.end <= open);
            let Some(pi) = owner else { continue };
            let o = &self.cands[pi];
            if !ctx.text[o.span.end..open].trim().is_empty() || is_acronym_like(o.span.slice(ctx.text)) {
                continue;
            }
            self.uf.union(self.of_cand[ci], self.of_cand[pi]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Analysis, Options, analyse};
    use crate::document::{Format, load_bytes};

    fn run(text: &str) -> Analysis {
        let doc = load_bytes(text.as_bytes(), "t.txt", Some(Format::Text), "t");
        analyse(&doc, &Options::default())
    }

    /// The entity holding a form (its name or an alias), by name.
    fn owner(a: &Analysis, form: &str) -> String {
        a.entities
            .iter()
            .find(|e| e.name == form || e.aliases.iter().any(|x| x == form))
            .map(|e| e.name.clone())
            .unwrap_or_else(|| {
                panic!("no {form}: {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>())
            })
    }

    #[test]
    fn a_ticker_after_its_exchange_joins_the_company() {
        let a = run(
            "Shares in Quorvane Holdings (LSE: QVH) rose 4 per cent. Analysts said QVH had room to grow.",
        );
        assert_eq!(owner(&a, "QVH"), owner(&a, "Quorvane Holdings"));
        let b = run("Shares in Tallmark (TLMK.DE) fell 3% in Frankfurt on Monday.");
        assert_eq!(owner(&b, "TLMK"), owner(&b, "Tallmark"));
    }

    #[test]
    fn a_partys_plural_joins_the_party_and_a_familys_stays_apart() {
        let a = run("The Radical Union won four seats. Later the Radicals said they would join the council.");
        assert_eq!(owner(&a, "Radicals"), owner(&a, "Radical Union"));
        let b = run(
            "Mr. Tobias Wendle sold the farm. The Wendles moved to the coast, and Wendle never came back.",
        );
        assert_ne!(owner(&b, "Wendles"), owner(&b, "Tobias Wendle"));
    }

    #[test]
    fn a_given_name_of_its_own_is_no_nickname() {
        let a = run(
            "Agatha Morrow had two daughters. Only their uncle called her Beatrix, and Beatrix liked it.",
        );
        assert_ne!(owner(&a, "Beatrix"), owner(&a, "Agatha Morrow"));
    }

    #[test]
    fn a_pet_name_goes_to_the_subject_not_to_a_name_in_its_subordinate_clause() {
        let a = run(
            "Mr. Oswin Harlowe kept the mill at Dunmere with his two daughters. Miss Harlowe was tall and \
             grave, and Miss Lettice Harlowe was small and quick.\n\nMiss Lettice Harlowe was the darling \
             of the mill, as Miss Harlowe was its ledger. Her father called her Tibby when he was pleased \
             with her. \"Tibby,\" said Miss Harlowe, \"come here.\" Tibby ran to her.",
        );
        assert_eq!(owner(&a, "Tibby"), owner(&a, "Lettice Harlowe"));
        // The nearest name still wins within the pet name's own sentence.
        let b = run(
            "Mr. Corwen Ask rode in late. Before supper Hester Vail came down, and her brother called her Pipkin, \
             which made Pipkin laugh.",
        );
        assert_eq!(owner(&b, "Pipkin"), owner(&b, "Hester Vail"));
    }
}
