//! The cue words of descriptions and quote attribution, parsed once from
//! `assets/attribution/cues.txt` (hand-written lists, one section per use).
//!
//! Rules are data: the extraction code asks "is this a speech verb / role noun / document
//! noun", and the answers live in one file a reader can audit and extend without touching
//! the patterns.

use crate::analysis::Kind;
use std::collections::HashSet;
use std::sync::OnceLock;

const CUES: &str = include_str!("../../../assets/attribution/cues.txt");

/// The parsed cue lists.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub speech_verbs: HashSet<&'static str>,
    pub speech_adverbs: HashSet<&'static str>,
    pub documents: HashSet<&'static str>,
    pub pronouns_male: HashSet<&'static str>,
    pub pronouns_female: HashSet<&'static str>,
    pub titles_male: HashSet<&'static str>,
    pub titles_female: HashSet<&'static str>,
    pub roles: HashSet<&'static str>,
    pub group_roles: HashSet<&'static str>,
    pub place_roles: HashSet<&'static str>,
    pub place_nouns: HashSet<&'static str>,
    pub suffix_exceptions: HashSet<&'static str>,
    pub stop_words: HashSet<&'static str>,
    pub not_apposition_openers: HashSet<&'static str>,
    pub role_modifiers: HashSet<&'static str>,
}

/// The embedded lexicon.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| parse(CUES))
}

fn parse(src: &'static str) -> Lexicon {
    let mut lex = Lexicon::default();
    let mut section = "";
    for line in src.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        // Group and place role nouns are role nouns too.
        if matches!(section, "group_roles" | "place_roles") {
            lex.roles.extend(line.split_whitespace());
        }
        let set = match section {
            "speech_verbs" => &mut lex.speech_verbs,
            "speech_adverbs" => &mut lex.speech_adverbs,
            "documents" => &mut lex.documents,
            "pronouns_male" => &mut lex.pronouns_male,
            "pronouns_female" => &mut lex.pronouns_female,
            "titles_male" => &mut lex.titles_male,
            "titles_female" => &mut lex.titles_female,
            "roles" => &mut lex.roles,
            "group_roles" => &mut lex.group_roles,
            "place_roles" => &mut lex.place_roles,
            "place_nouns" => &mut lex.place_nouns,
            "role_suffix_exceptions" => &mut lex.suffix_exceptions,
            "stop_words" => &mut lex.stop_words,
            "not_apposition_openers" => &mut lex.not_apposition_openers,
            "role_modifiers" => &mut lex.role_modifiers,
            _ => continue,
        };
        set.extend(line.split_whitespace());
    }
    lex
}

/// Suffixes of agent and role nouns ("analyst", "historian", "leader", "resident").
const ROLE_SUFFIXES: [&str; 8] = ["ist", "ian", "er", "or", "ant", "ent", "ee", "logue"];

impl Lexicon {
    /// Whether a lowercase word can head a description: a listed role noun, its plural, or a
    /// word with an agent-noun suffix that is not a listed exception.
    pub fn is_role(&self, word: &str) -> bool {
        self.is_listed_role(word) || self.has_role_suffix(word)
    }

    /// A listed role noun or its plural.
    pub fn is_listed_role(&self, word: &str) -> bool {
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let w = word.trim_end_matches(['’', '\'']);
        let singular = w.strip_suffix('s').unwrap_or(w);
        self.roles.contains(w) || (w != singular && self.roles.contains(singular))
    }

    /// Whether a role noun can describe an entity of `kind`: group nouns describe
    /// organizations, place nouns places, the other role nouns (and agent suffixes) people.
    pub fn role_fits(&self, word: &str, kind: Kind) -> bool {
        let w = word.to_lowercase();
        let w = w.trim_end_matches(['’', '\'']);
        let singular = w.strip_suffix('s').unwrap_or(w);
        let in_set = |set: &HashSet<&str>| set.contains(w) || set.contains(singular);
        match kind {
            Kind::Organization => in_set(&self.group_roles),
            Kind::Place => in_set(&self.place_roles),
            Kind::Person => !in_set(&self.group_roles) && !in_set(&self.place_roles),
            _ => false,
        }
    }

    /// A lowercase word with an agent-noun suffix that is not a listed exception.
    pub fn has_role_suffix(&self, word: &str) -> bool {
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let w = word.trim_end_matches(['’', '\'']);
        let singular = w.strip_suffix('s').unwrap_or(w);
        w.chars().count() >= 5
            && !singular.ends_with("ment")
            && !self.suffix_exceptions.contains(w)
            && !self.suffix_exceptions.contains(singular)
            && ROLE_SUFFIXES.iter().any(|s| w.ends_with(s) || singular.ends_with(s))
    }

    /// A word that opens a clause after "X," rather than a description of X.
    pub fn opens_no_apposition(&self, word: &str) -> bool {
        self.not_apposition_openers.contains(word.to_lowercase().as_str())
    }

    pub fn is_stop(&self, word: &str) -> bool {
        self.stop_words.contains(word.to_lowercase().as_str())
    }

    /// A lowercase speech verb ("States" in a name is not one).
    pub fn is_speech_verb(&self, word: &str) -> bool {
        self.speech_verbs.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_parse() {
        let l = lexicon();
        assert!(l.speech_verbs.contains("said"));
        assert!(l.documents.contains("cable"));
        assert!(l.is_role("scholar"));
        assert!(l.is_role("analysts"));
        assert!(l.is_role("ideologue"));
        assert!(l.is_role("botanist"));
        assert!(!l.is_role("after"));
        assert!(!l.is_role("important"));
        assert!(!l.is_role("Scholar"));
    }
}
