//! Long forms introduced by an acronym in parentheses: "Food and Drug Administration (FDA)".
//!
//! The acronym's letters say how many words before it belong to the name, so those words
//! are joined into one candidate even where "and" or a comma would end an ordinary run. The
//! walk back is bounded by the acronym's length, so the pass stays linear.

use super::context::{Candidate, Ctx};
use super::tokens::{Gap, is_acronym_like};
use crate::span::Span;

/// Connector words inside long names that an acronym skips ("Food and Drug Administration").
const ACRONYM_CONNECTORS: &[&str] = &["and", "of", "for", "the", "on", "in", "de", "&"];

/// "Food and Drug Administration (FDA)", "Foreign, Commonwealth and Development Office
/// (FCDO)": an acronym in parentheses names the words before it whose initials it spells, so
/// those words are one name even where "and" or a comma would end a run.
pub fn join_by_acronym(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let tokens = ctx.tokens;
    let mut joined: Vec<Candidate> = Vec::new();
    for c in out.iter() {
        let form = c.span.slice(ctx.text);
        let s = c.tokens.start;
        if !is_acronym_like(form) || s == 0 || !ctx.text[..c.span.start].trim_end().ends_with('(') {
            continue;
        }
        let letters: Vec<char> =
            form.chars().filter(|ch| ch.is_alphabetic()).flat_map(char::to_lowercase).collect();
        let Some(start) = acronym_start(ctx, s - 1, &letters) else { continue };
        if start + 1 >= s {
            continue;
        }
        let span = Span::new(tokens[start].span().start, tokens[s - 1].span().end);
        joined.push(Candidate { span, tokens: start..s, title: None, work: false });
    }
    if joined.is_empty() {
        return;
    }
    out.retain(|c| !joined.iter().any(|j| j.span.overlaps(&c.span)));
    out.extend(joined);
    out.sort_by_key(|c| c.span.start);
}

/// Walks back from token `end` over capitalised words and connectors until the initials
/// read so far spell `letters`; returns the first token of the long form.
fn acronym_start(ctx: &Ctx, end: usize, letters: &[char]) -> Option<usize> {
    let tokens = ctx.tokens;
    let mut caps: Vec<char> = Vec::new(); // initials of capitalised words, last first
    let mut all: Vec<char> = Vec::new(); // initials of every word, last first
    let mut k = end;
    loop {
        let t = &tokens[k];
        let w = ctx.word(k);
        let initial = w.chars().next()?.to_lowercase().next()?;
        if t.is_capitalised() {
            caps.push(initial);
        } else if !ACRONYM_CONNECTORS.contains(&w) {
            return None;
        }
        all.push(initial);
        let spells = |v: &[char]| v.len() == letters.len() && v.iter().rev().eq(letters.iter());
        if t.is_capitalised() && (spells(&caps) || spells(&all)) {
            return Some(k);
        }
        if caps.len() > letters.len() || k == 0 || tokens[k].first_in_sentence() {
            return None;
        }
        let gap = &ctx.text[tokens[k - 1].span().end..t.span().start];
        if !(t.gap() == Gap::Space || gap == ", " || t.gap() == Gap::Amp) {
            return None;
        }
        k -= 1;
    }
}
