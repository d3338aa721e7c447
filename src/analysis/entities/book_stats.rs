//! Book-scale statistics over the candidates: what a whole text says about a form that one
//! sentence cannot.
//!
//! A run of capitalised words is read as one name by the candidate rules, but in a long
//! text a run seen once whose words are each frequent names on their own is two names that
//! met across a clause boundary or a missing comma ("…parted from Ames Nicholas wished…",
//! "in Paris Berg said"). Counting every candidate form first makes that visible, so the run
//! is cut into one candidate per word, unless it reads as a given name and a surname ("Ruth
//! Ames", named once in full and often apart). The pass is one hash count and one walk: linear.

use super::context::{Candidate, Ctx};
use super::tokens::Gap;
use crate::analysis::gazetteer::{FastMap, fold_key};

/// How often each word of a one-off run must be a name on its own for the run to be cut.
const ALONE_AT_LEAST: u32 = 3;

/// Cuts one-off runs of two or three names that are each frequent alone into one candidate
/// per word, in place, keeping text order.
pub fn split_one_off_runs(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let mut counts: FastMap<String, u32> = FastMap::default();
    for c in cands.iter() {
        *counts.entry(fold_key(c.span.slice(ctx.text))).or_default() += 1;
    }
    let alone = |k: usize| counts.get(&fold_key(ctx.word(k))).copied().unwrap_or(0) >= ALONE_AT_LEAST;
    // "Ruth Ames" named once in full and often apart is one name: a given name then a word
    // that is not one.
    let given = |k: usize| ctx.gaz.is_given_name(&fold_key(ctx.word(k)));
    let given_then_surname = |c: &Candidate| given(c.tokens.start) && !given(c.tokens.end - 1);
    let splits = |c: &Candidate| {
        let n = c.tokens.len();
        !c.work
            && (2..=3).contains(&n)
            && counts.get(&fold_key(c.span.slice(ctx.text))).copied() == Some(1)
            && c.tokens.clone().skip(1).all(|k| ctx.tokens[k].gap() == Gap::Space)
            && c.tokens.clone().all(|k| ctx.is_name_word(k) && alone(k))
            && !given_then_surname(c)
    };
    // Sized exactly: a guess that fell short doubled the array of a book's candidates.
    let extra: usize = cands.iter().filter(|c| splits(c)).map(|c| c.tokens.len() - 1).sum();
    if extra == 0 {
        return;
    }
    let mut out = Vec::with_capacity(cands.len() + extra);
    for c in cands.drain(..) {
        if !splits(&c) {
            out.push(c);
            continue;
        }
        for (i, k) in c.tokens.clone().enumerate() {
            let title = if i == 0 { c.title.clone() } else { None };
            out.push(Candidate { span: ctx.tokens[k].span(), tokens: k..k + 1, title, work: false });
        }
    }
    *cands = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::entities::{candidates, tokens::tokenize};
    use crate::document::{Document, Format};

    fn forms(s: &str) -> Vec<String> {
        let doc = Document::from_text(s.to_string(), "t", Format::Text, "t");
        let tokens = tokenize(&doc);
        let ctx = Ctx::new(&doc, &tokens);
        let c = candidates::find(&ctx);
        c.iter().map(|c| c.span.slice(&doc.text).to_string()).collect()
    }

    #[test]
    fn a_one_off_run_of_two_frequent_names_is_two_names() {
        let text = "Then Ames came. Then Ames sat. Then Ames left. Then Oliver came. Then Oliver sat. \
                    Then Oliver left. When they parted from Ames Oliver wished to cry.";
        let f = forms(text);
        assert!(!f.iter().any(|x| x == "Ames Oliver"), "{f:?}");
        assert_eq!(f.iter().filter(|x| *x == "Oliver").count(), 4);
    }

    #[test]
    fn a_full_name_used_once_stays_whole() {
        let f = forms(
            "Then Ames came. Then Ames sat. Then Ames left. Ruth came. Ruth sat. Ruth left. Later Ruth Ames spoke.",
        );
        assert!(f.iter().any(|x| x == "Ruth Ames"), "{f:?}");
    }
}
