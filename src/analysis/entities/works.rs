//! Titles of works: a capitalised phrase in quotation marks set wholly in title case
//! ("Leadership Targeting and Drones: An Effective Strategy?", "Ferryman’s Song").
//!
//! Such a phrase is one name of kind other however many ordinary capitalised words it holds,
//! so it is found before the run builder, which would cut it at "and" or read its words as
//! separate names. Quotation marks are matched per block, so an unclosed quote costs nothing
//! beyond its paragraph; dialogue ("From Whitby.") is told apart by its punctuation, and a quoted two-word
//! person's name ("Prince Nicholas") by its title or given name.

use super::context::{Candidate, Ctx};
use super::cues;
use super::tokens::Shape;
use crate::span::Span;

/// Title-case phrases in quotation marks ("Leadership Targeting and Drones: ...").
pub fn work_titles(ctx: &Ctx) -> Vec<Candidate> {
    let text = ctx.text;
    let mut out = Vec::new();
    for block in &ctx.doc.blocks {
        if block.kind.is_heading() {
            continue;
        }
        let s = block.span.slice(text);
        let mut open: Option<usize> = None;
        for (i, c) in s.char_indices() {
            match (c, open) {
                ('“', _) => open = Some(i + c.len_utf8()),
                ('"', None) => open = Some(i + 1),
                ('”' | '"', Some(o)) => {
                    open = None;
                    if let Some(cand) = work_title(ctx, Span::new(block.span.start + o, block.span.start + i))
                    {
                        out.push(cand);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn work_title(ctx: &Ctx, inner: Span) -> Option<Candidate> {
    let tokens = ctx.tokens;
    let first = tokens.partition_point(|t| t.span().start < inner.start);
    let end = tokens.partition_point(|t| t.span().end <= inner.end);
    let count = end.checked_sub(first)?;
    if !(2..=14).contains(&count) || !tokens[first].is_capitalised() {
        return None;
    }
    let inner_text = inner.slice(ctx.text);
    // Several sentences ("Ames! Ames!") or a line followed by its speaker ("Where is Ames?"
    // asked Ruth) are dialogue, not a title.
    if [". ", ", ", "! ", "? "].iter().any(|p| inner_text.contains(p)) || attributed(ctx, inner) {
        return None;
    }
    // A quoted sentence of its own closed by a full stop ("Send for Ames.") is a line spoken.
    if tokens[first].first_in_sentence() && inner_text.trim_end().ends_with(['.', '!']) {
        return None;
    }
    // Two words are a title only as a name-like phrase ("Ferryman’s Song"), not a line of
    // dialogue ("From Whitby.").
    if count == 2
        && ((first..end).any(|k| {
            tokens[k].shape() != Shape::Cap || cues::FUNCTION_WORDS.contains(&ctx.word(k).to_lowercase())
        }) || inner_text.trim_end().ends_with(['.', '!', '?', ',', ';', ':'])
            || cues::in_list(&cues::TITLES, ctx.word(first))
            || ctx.gaz.is_given_name(&crate::analysis::gazetteer::fold_key(ctx.word(first))))
    {
        return None;
    }
    // Dialogue that addresses or names a person ("To Ruth Ames," he said) is not a title.
    let spoken = inner_text.trim_end().ends_with([',', '.']);
    let given = |k: usize| {
        let key = crate::analysis::gazetteer::fold_key(ctx.word(k));
        ctx.gaz.is_given_name(&key) && !ctx.gaz.is_word(&key)
    };
    if spoken && (first + 1..end).any(given) {
        return None;
    }
    let title_case = (first..end).all(|k| {
        let t = &tokens[k];
        t.is_capitalised() || t.shape() == Shape::Number || cues::TITLE_SMALL_WORDS.contains(ctx.word(k))
    });
    let caps = (first..end).filter(|&k| tokens[k].is_capitalised()).count();
    if !title_case || caps < 2 {
        return None;
    }
    let trimmed = inner_text.trim().trim_end_matches([',', '.', ';']);
    let start = inner.start + (inner_text.len() - inner_text.trim_start().len());
    Some(Candidate {
        span: Span::new(start, start + trimmed.len()),
        tokens: first..end,
        title: None,
        work: true,
    })
}

/// Whether a speech verb follows the closing quotation mark, after at most one adverb
/// ("Where is Ames?” asked Ruth; “Ames,” she said; “Ames,” quietly remarked Ruth).
fn attributed(ctx: &Ctx, inner: Span) -> bool {
    let lex = crate::analysis::attribution::lexicon::lexicon();
    let after = ctx.text[inner.end..].trim_start_matches(['”', '"']);
    for (i, w) in after.split_whitespace().take(3).enumerate() {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        if lex.is_speech_verb(w) {
            return true;
        }
        // A pronoun or an adverb may stand before the verb; anything else ends the look.
        let lower = !w.is_empty() && w.chars().all(char::is_lowercase);
        if !lower || i == 2 {
            return false;
        }
    }
    false
}
