//! The display name of a person: the most used full personal name, chosen from what the text
//! actually says.
//!
//! The clustering stage names a cluster by its fullest form, which is wrong exactly where a
//! reader notices: a one-off run across a clause boundary ("…parted from Ames Nicholas
//! wished…"), a form opened by an ordinary word ("Code", "Poor", "Little"), a place ("Paris
//! Berg") or initials ("U. F. Marius"), or a heading in capitals. Once the form scan has
//! found every mention, the counts say which form the text uses: a person is shown by the
//! most used full name (two or more name words, used at least twice), else by the first
//! full name (news names a person in full once), else by the most used single form, and
//! never by an unclean form while a clean one exists. Only person
//! clusters are renamed; places and organizations keep their canonical names.

use super::context::Ctx;
use super::cues::{self, in_list};
use crate::analysis::gazetteer::{FastMap, fold_key, key_for};
use crate::span::Span;

/// How many times a form must be used to name a person when another form exists.
const MIN_USES: usize = 2;
/// A full name used once names the person unless a single form is used this many times more.
const ONE_OFF_SHARE: usize = 50;

/// An epithet form rather than a personal name: "Ames the Great", "Ruth of Kent", or opened
/// by an ordinary adjective that is also a given name ("Young Ames").
fn epithet(form: &str) -> bool {
    let mut words = form.split_whitespace();
    let first = words.next().map(fold_key).unwrap_or_default();
    words.any(|w| matches!(w, "the" | "of")) || is_epithet_word(&first)
}

/// Whether a folded word is an adjective that opens a name as an epithet ("young").
pub fn is_epithet_word(key: &str) -> bool {
    EPITHETS.contains(&key)
}

/// Adjectives that open a name as an epithet, not as a given name.
const EPITHETS: &[&str] =
    &["young", "old", "little", "poor", "dear", "good", "great", "big", "elder", "younger"];

/// The name to show for a person cluster with these mentions, or `None` to keep `current`.
pub fn person_name(ctx: &Ctx, current: &str, mentions: &[Span]) -> Option<String> {
    let mut counts: FastMap<String, usize> = FastMap::default();
    let mut order: Vec<String> = Vec::new();
    for m in mentions {
        let form = m.slice(ctx.text).split_whitespace().collect::<Vec<_>>().join(" ");
        let n = counts.entry(form.clone()).or_insert(0);
        if *n == 0 {
            order.push(form);
        }
        *n += 1;
    }
    let clean: Vec<&String> = order.iter().filter(|f| is_clean(ctx, f)).collect();
    if clean.is_empty() {
        return None;
    }
    let used = |f: &&String| counts[f.as_str()] >= MIN_USES;
    let best_by = |list: &mut dyn Iterator<Item = &String>| {
        list.max_by_key(|f| {
            (counts[f.as_str()], f.chars().any(char::is_lowercase), std::cmp::Reverse(f.len()))
        })
        .cloned()
    };
    let personal = |f: &&String| f.contains(' ') && !epithet(f) && !titled(f);
    let full = best_by(&mut clean.iter().copied().filter(used).filter(personal));
    // A full name used once (a news article names a person in full once, then by surname)
    // still beats a single word, unless the text uses a single form so much more that the
    // one-off is incidental (a novel's "Young Ames" beside a thousand "Ames"). The
    // clustering's fullest form counts as such a full name.
    let top = clean.iter().map(|f| counts[f.as_str()]).max().unwrap_or(0);
    let incidental = |f: &str| counts.get(f).copied().unwrap_or(1).max(1) * ONE_OFF_SHARE < top;
    let once = || {
        let fullest =
            (current.contains(' ') && is_clean(ctx, current) && !epithet(current) && !titled(current))
                .then(|| current.to_string());
        fullest
            .or_else(|| clean.iter().find(|f| personal(f)).map(|f| (*f).clone()))
            .filter(|f| !incidental(f))
    };
    let name = full
        .or_else(once)
        .or_else(|| best_by(&mut clean.iter().copied().filter(used)))
        .unwrap_or_else(|| clean[0].clone());
    (name != current).then_some(name)
}

/// A share of a person's candidate names carrying one address title ("Mother", "M.") above
/// which the text names the person so, and the panel shows the title with the name.
const TITLED_SHARE: f32 = 0.6;

/// "Mother Ames" for a one-word name that the text mostly writes after one address title
/// (`titles`: the title of each candidate name of the person), so the title tells apart
/// two people who share the surname; `None` otherwise.
pub fn with_address_title<'t>(name: &str, titles: impl Iterator<Item = Option<&'t str>>) -> Option<String> {
    if name.contains(char::is_whitespace) {
        return None;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut total = 0usize;
    for t in titles {
        total += 1;
        if let Some(t) = t.filter(|t| super::name_parts::is_address_title(t)) {
            match counts.iter_mut().find(|(w, _)| *w == t) {
                Some(e) => e.1 += 1,
                None => counts.push((t, 1)),
            }
        }
    }
    let (title, n) = counts.into_iter().max_by_key(|&(_, n)| n)?;
    (total >= 2 && n as f32 >= TITLED_SHARE * total as f32).then(|| format!("{title} {name}"))
}

/// A form opened by a title ("Emperor Ames", "Prince Ames"): a way to address a person, not
/// the personal name.
fn titled(form: &str) -> bool {
    form.split_whitespace()
        .next()
        .is_some_and(|w| in_list(&cues::TITLES, w) || super::name_parts::is_known_title(w))
}

/// A form fit to name a person: no word in capitals, no initial or lowercase word opening
/// it, no ordinary word, place or nationality before the name, no punctuation of a sentence.
pub fn is_clean(ctx: &Ctx, form: &str) -> bool {
    let words: Vec<&str> = form.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    if form.ends_with(['?', '!', ',', ';', ':']) || form.contains(['?', '!']) {
        return false;
    }
    let shouted = words
        .iter()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase));
    if shouted {
        return false;
    }
    // An elided article or preposition ("L’Empereur", "d’Ames") opens a phrase, not a name.
    if first.starts_with(['L', 'l']) && first.chars().nth(1).is_some_and(|c| c == '’' || c == '\'') {
        return false;
    }
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 1 || !first.starts_with(char::is_uppercase) {
        return false;
    }
    if words.len() >= 2
        && !in_list(&cues::TITLES, first)
        && !in_list(&cues::NAME_HONORIFICS, first)
        && !super::name_parts::is_known_title(first)
    {
        let key = fold_key(first);
        let ordinary = ctx.gaz.is_word(&key) && !ctx.gaz.is_given_name(&key);
        let gkey = key_for(first);
        let named = ctx.gaz.place(&gkey).is_some() || ctx.gaz.demonym(&gkey).is_some();
        if ordinary || named || cues::FUNCTION_WORDS.contains(&key) {
            return false;
        }
    }
    true
}
