//! Candidate name spans: runs of capitalised words, with particles, "of" heads and hyphen
//! compounds decided, then trimmed of what is not the name.
//!
//! A name is a run of capitalised words on one line of prose, possibly holding lowercase
//! particles ("Osama bin Laden", "Dar es Salaam"), "of"/"for" after an organization head
//! ("Department of the Army", "Office for Budget Responsibility") or "&" ("Johnson &
//! Johnson"). Hyphen compounds are joined ("Jabhat-al-Nusra", "Rolls-Royce") unless both
//! halves stand as names of their own ("US-Taliban" = US + Taliban). Each run is then
//! trimmed: an ordinary word capitalised only because it opens a sentence ("Then",
//! "Stroking") is dropped, and so are months, weekdays and titles before a name ("Dr. Jenna
//! Jordan" → "Jenna Jordan"; the title is kept as person evidence). Title and heading lines
//! give no candidates: their capitals are typography, and names in them are found later by
//! the form scan. A capitalised phrase in quotation marks set wholly in title case is the
//! title of a work, one candidate of kind other. The rules for where a name stops next to
//! titles, roles, academic fields and connectors ("Finance Minister X", "Velland State
//! Legislator", "a Reader in Public Policy", "Competition and Markets Authority") are in
//! [`super::boundaries`].

use super::boundaries;
pub use super::context::{Candidate, Ctx};
use super::cues::{self, in_list};
use super::tokens::{Gap, Shape, is_acronym_like};
use crate::analysis::gazetteer::{fold_key, key_for};
use crate::span::Span;
use std::ops::Range;

/// Finds the candidate names of the document, in text order.
pub fn find(ctx: &Ctx) -> Vec<Candidate> {
    let tokens = ctx.tokens;
    let n = tokens.len();
    let mut out = Vec::new();
    let works = super::works::work_titles(ctx);
    let mut next_work = 0;
    let mut pending_title: Option<(String, usize)> = None;
    let mut i = 0;
    while i < n {
        if let Some(w) = works.get(next_work)
            && w.tokens.start <= i
        {
            i = w.tokens.end.max(i + 1);
            out.push(w.clone());
            next_work += 1;
            continue;
        }
        let lead_particle = ctx.is_lower(i) && i + 1 < n && !tokens[i].heading() && particle_opens(ctx, i);
        if !ctx.is_name_word(i) && !lead_particle {
            i += 1;
            continue;
        }
        let limit = works.get(next_work).map_or(n, |w| w.tokens.start);
        let j = extend_run(ctx, i, limit);
        let title =
            pending_title.take().filter(|(_, end)| only_initials_between(ctx, *end, i)).map(|(t, _)| t);
        finish_run(ctx, i..j, title, &mut out, &mut pending_title);
        i = j;
    }
    out.sort_by_key(|c| c.span.start);
    super::long_forms::join_by_acronym(ctx, &mut out);
    super::book_stats::split_one_off_runs(ctx, &mut out);
    out
}

/// Whether the lowercase particle at token `i` opens a name: "bin Laden", "al-Qaeda", and a
/// double particle "van der Berg", "de la Cruz".
fn particle_opens(ctx: &Ctx, i: usize) -> bool {
    let tokens = ctx.tokens;
    let w = ctx.word(i);
    let next_gap = tokens[i + 1].gap();
    if next_gap == Gap::Break {
        return false;
    }
    if ctx.is_name_word(i + 1) {
        return (next_gap == Gap::Space && cues::LEADING_PARTICLES.contains(w))
            || (next_gap == Gap::Hyphen && cues::HYPHEN_PARTICLES.contains(w.to_lowercase().as_str()));
    }
    next_gap == Gap::Space
        && cues::LEADING_PARTICLES.contains(w)
        && ctx.is_lower(i + 1)
        && cues::NAME_PARTICLES.contains(ctx.word(i + 1))
        && tokens.get(i + 2).is_some_and(|t| t.gap() == Gap::Space)
        && ctx.is_name_word(i + 2)
}

/// A single given name at token `i` opening a run ("Catherine", "William"), which an epithet
/// may follow ("Catherine of Braganza", "William the Silent").
fn lone_given_name(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    ctx.tokens[i].shape() == Shape::Cap
        && ctx.gaz.is_given_name(&fold_key(w))
        && !is_head(ctx, i)
        && !is_title(ctx, i)
        && !(i > 0 && ctx.word(i - 1).eq_ignore_ascii_case("the"))
}

/// Whether token `k` is a single capitalised word closing a name (no name word follows).
fn closes_name(ctx: &Ctx, k: usize, limit: usize) -> bool {
    k < limit
        && ctx.tokens[k].gap() == Gap::Space
        && ctx.tokens[k].shape() == Shape::Cap
        && ctx.is_name_word(k)
        && !(k + 1 < limit && ctx.tokens[k + 1].gap() == Gap::Space && ctx.is_name_word(k + 1))
}

/// Whether only lowercase initials ("j. g.") lie between token `from` and token `to`.
fn only_initials_between(ctx: &Ctx, from: usize, to: usize) -> bool {
    (from..to).all(|k| {
        let w = ctx.word(k);
        ctx.tokens[k].gap() != Gap::Break
            && w.ends_with('.')
            && w.chars().filter(|c| c.is_alphabetic()).count() <= 2
    }) && ctx.tokens.get(to).is_some_and(|t| t.gap() != Gap::Break)
}

fn is_head(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    in_list(&cues::ORG_HEADS, w) || in_list(&cues::PLACE_OF_HEADS, w)
}

/// The end (exclusive) of the name run starting at token `i`.
fn extend_run(ctx: &Ctx, i: usize, limit: usize) -> usize {
    let tokens = ctx.tokens;
    let mut j = i + 1;
    while j < limit {
        let suffix_end =
            ctx.word(j - 1).ends_with('.') && in_list(&cues::CORPORATE_SUFFIXES, ctx.word(j - 1));
        let possessive = tokens[j - 1].possessive() && !boundaries::possessive_inside_org(ctx, j, limit);
        if possessive || tokens[j].first_in_sentence() || suffix_end {
            break;
        }
        let next = match tokens[j].gap() {
            Gap::Break => break_step(ctx, i, j, limit),
            Gap::Amp => (ctx.is_name_word(j) && ctx.is_name_word(j - 1)).then_some(j + 1),
            Gap::Hyphen => hyphen_step(ctx, j, limit),
            Gap::Space => space_step(ctx, i, j, limit),
        };
        match next {
            Some(n) => j = n,
            None => break,
        }
    }
    j
}

/// Across a comma or a line break: a list of organizations after a comma, or a plural
/// possessive inside a name; `None` ends the run.
fn break_step(ctx: &Ctx, i: usize, j: usize, limit: usize) -> Option<usize> {
    if let Some(end) = boundaries::org_list_after_comma(ctx, i, j, limit) {
        return Some(end);
    }
    (boundaries::plural_possessive_inside(ctx, i, j, limit) && ctx.is_name_word(j)).then_some(j + 1)
}

/// Across a hyphen: a name word (unless the hyphen splits two names), or a lowercase particle
/// between two name words ("Saint-Jean-de-Luz"); `None` ends the run.
fn hyphen_step(ctx: &Ctx, j: usize, limit: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if ctx.is_name_word(j) {
        return (!split_hyphen(ctx, j - 1, j)).then_some(j + 1);
    }
    let w = ctx.word(j).to_lowercase();
    (ctx.is_lower(j)
        && (cues::HYPHEN_PARTICLES.contains(w.as_str()) || cues::PLACE_HYPHEN_PARTICLES.contains(&w))
        && j + 1 < limit
        && tokens[j + 1].gap() == Gap::Hyphen
        && ctx.is_name_word(j + 1))
    .then_some(j + 2)
}

/// Across a space: the next name word, or a lowercase word that belongs inside the name
/// (a particle, an epithet, "and" or "of" inside an organization's name); `None` ends the run.
fn space_step(ctx: &Ctx, i: usize, j: usize, limit: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if ctx.is_name_word(j) {
        return Some(j + 1);
    }
    if !ctx.is_lower(j) {
        return None;
    }
    let w = ctx.word(j);
    // "Casa do Rio", "Quinta das Flores": particles inside a business name.
    if cues::BUSINESS_PARTICLES.contains(w)
        && in_list(&cues::BUSINESS_OPENERS, ctx.word(i))
        && j + 1 < limit
        && tokens[j + 1].gap() == Gap::Space
        && ctx.is_name_word(j + 1)
    {
        return Some(j + 2);
    }
    if cues::NAME_PARTICLES.contains(w) {
        return particle_step(ctx, j, limit);
    }
    // An epithet after a lone given name: "Catherine of Braganza" (a place
    // word after "of"), "William the Silent" (an ordinary word after "the").
    if j == i + 1 && (w == "of" || w == "the") && lone_given_name(ctx, i) && closes_name(ctx, j + 1, limit) {
        let epithet = fold_key(ctx.word(j + 1));
        let ordinary = ctx.gaz.is_word(&epithet)
            && !ctx.gaz.is_known_name(&key_for(ctx.word(j + 1)))
            && !is_title(ctx, j + 1);
        if (w == "of") != ordinary {
            return Some(j + 2);
        }
    }
    // "Royal Society of Arts and Sciences": after "of", two ordinary words joined
    // by "and" are one name ("Bank of England and Barclays" stays two).
    if w == "and"
        && (i..j).any(|k| matches!(ctx.word(k), "of" | "for"))
        && ordinary_name_word(ctx, j - 1)
        && j + 1 < limit
        && tokens[j + 1].gap() == Gap::Space
        && ordinary_name_word(ctx, j + 1)
    {
        return Some(j + 2);
    }
    // "Bosnia and Herzegovina", "Trinidad and Tobago": "and" inside a listed place.
    if w == "and" && j + 1 < limit && tokens[j + 1].gap() == Gap::Space && ctx.is_name_word(j + 1) {
        let joined = &ctx.text[tokens[i].span().start..tokens[j + 1].span().end];
        if ctx.gaz.place(&key_for(joined)).is_some() {
            return Some(j + 2);
        }
    }
    // "Competition and Markets Authority": "and" inside an organization's name.
    if boundaries::and_before_org_head(ctx, j, limit) {
        return Some(j + 1);
    }
    if (w == "of" || w == "for") && is_head(ctx, j - 1) && !boundaries::firm_of_place(ctx, j, limit) {
        let mut k = j + 1;
        if k < limit && ctx.word(k) == "the" && tokens[k].gap() == Gap::Space {
            k += 1;
        }
        if k < limit && tokens[k].gap() == Gap::Space && ctx.is_name_word(k) {
            return Some(k + 1);
        }
    }
    None
}

/// Past the name particle at token `j` ("bin Laden", and a double particle: "Anneke van der
/// Berg", "Ana de la Cruz"): the token after the name word it joins, or None when no name
/// word follows.
fn particle_step(ctx: &Ctx, j: usize, limit: usize) -> Option<usize> {
    let tokens = ctx.tokens;
    if j + 1 < limit && tokens[j + 1].gap() != Gap::Break && ctx.is_name_word(j + 1) {
        return Some(j + 2);
    }
    let double = j + 2 < limit
        && tokens[j + 1].gap() == Gap::Space
        && ctx.is_lower(j + 1)
        && cues::NAME_PARTICLES.contains(ctx.word(j + 1))
        && tokens[j + 2].gap() == Gap::Space
        && ctx.is_name_word(j + 2);
    double.then_some(j + 3)
}

/// A capitalised ordinary noun ("Arts", "Sciences"), not a known name.
fn ordinary_name_word(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.tokens[k].shape() == Shape::Cap
        && ctx.is_name_word(k)
        && ctx.gaz.is_word(&fold_key(w))
        && !ctx.gaz.is_known_name(&key_for(w))
}

/// Whether the hyphen between tokens `a` and `b` (both capitalised) separates two names.
fn split_hyphen(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (wa, wb) = (ctx.word(a), ctx.word(b));
    if cues::HYPHEN_PARTICLES.contains(wa.to_lowercase().as_str()) {
        return false;
    }
    if is_acronym_like(wa) || is_acronym_like(wb) {
        return true;
    }
    let (ka, kb) = (fold_key(wa), fold_key(wb));
    (ctx.gaz.is_known_name(&key_for(wa)) && ctx.gaz.is_known_name(&key_for(wb)))
        || (ctx.standalone.contains(&ka) && ctx.standalone.contains(&kb))
}

/// A title or rank, also in the plural ("Generals Bagratión and Kutúzov").
fn is_title(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.word(i);
    // A plural title ("Generals"), but not the first word of a village ("Bishops Haddon").
    in_list(&cues::TITLES, w)
        || (w.strip_suffix('s').is_some_and(|s| w.len() > 4 && cues::TITLES.contains(s))
            && !in_list(&cues::PLACE_OPENERS, w))
}

/// Months, weekdays (also plural: "on Sundays") and holidays.
fn is_calendar(w: &str) -> bool {
    in_list(&cues::MONTHS, w)
        || cues::WEEKDAYS.contains(w)
        || w.strip_suffix('s').is_some_and(|d| cues::WEEKDAYS.contains(d))
        || cues::HOLIDAYS.contains(w)
}

/// Whether the first word of a run, opening a sentence, is an ordinary word there.
fn ordinary_at_start(ctx: &Ctx, run: &Range<usize>) -> bool {
    let i = run.start;
    let w = ctx.word(i);
    if w == "I" {
        return true;
    }
    if is_acronym_like(w) || w.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    let key = fold_key(w);
    if cues::FUNCTION_WORDS.contains(&key) {
        return true;
    }
    if !ctx.gaz.is_word(&key) || ctx.gaz.is_known_name(&key_for(w)) || ctx.capitalised_here(&key) {
        return false;
    }
    let longer = run.len() > 1;
    if longer
        && ((ctx.gaz.is_given_name(&key) && !is_calendar(w))
            || is_title(ctx, i)
            || in_list(&cues::COMPASS, w))
    {
        return false;
    }
    true
}

fn finish_run(
    ctx: &Ctx,
    mut run: Range<usize>,
    mut title: Option<String>,
    out: &mut Vec<Candidate>,
    pending_title: &mut Option<(String, usize)>,
) {
    let tokens = ctx.tokens;
    if tokens[run.start].sent_start() && ctx.is_name_word(run.start) && ordinary_at_start(ctx, &run) {
        run.start += 1;
    }
    // A holiday is a date, with whatever follows it ("Christmas Eve", "Easter Sunday").
    if !run.is_empty() && cues::HOLIDAYS.contains(ctx.word(run.start)) {
        return;
    }
    // "UK GDP": a common acronym of a thing after a name is not part of it.
    while run.len() > 1
        && tokens[run.end - 1].shape() == Shape::Upper
        && cues::NOT_NAMES.contains(ctx.word(run.end - 1))
    {
        run.end -= 1;
    }
    while !run.is_empty() && {
        let w = ctx.word(run.start);
        // A title without its dot ("Mrs Harlow", "Dr Ode") is not dropped here: the title
        // rule below takes it off and keeps it as evidence.
        is_calendar(w) || (cues::NOT_NAMES.contains(w) && run.len() > 1 && !is_title(ctx, run.start))
    } {
        run.start += 1;
    }
    // "By Jane Doe\nSunday 3 May": a weekday closing a run is the date after it (not a
    // month: "Theresa May").
    while run.len() > 1 && cues::WEEKDAYS.contains(ctx.word(run.end - 1)) {
        run.end -= 1;
    }
    // A run whose trimmed start is "the" or "of" (an epithet name "Will the Elder" whose
    // given name was an ordinary word opening the sentence) starts after it.
    while run.len() > 1 && ctx.is_lower(run.start) && {
        let w = ctx.word(run.start);
        !cues::LEADING_PARTICLES.contains(w) && !cues::HYPHEN_PARTICLES.contains(w)
    } {
        run.start += 1;
    }
    // A particle left dangling at the start ("Then bin" → "bin") must still open a name.
    if run.is_empty() || (ctx.is_lower(run.start) && !(run.start + 1..run.end).any(|k| ctx.is_name_word(k))) {
        return;
    }
    // "a Reader in Public Policy": the academic field is not a name.
    if boundaries::academic_field(ctx, &run) {
        return;
    }
    // "Secretary of Commerce Lena Holt": the portfolio belongs to the title before it.
    if let Some((title_text, first)) = boundaries::portfolio_after_title(ctx, &run) {
        if first == run.end {
            return;
        }
        run.start = first;
        title = Some(title_text);
    }
    // "It is The Evening Courier": an article in capitals is not part of the name.
    while run.len() > 1
        && ctx.tokens[run.start].shape() == Shape::Cap
        && cues::FUNCTION_WORDS.contains(&ctx.word(run.start).to_lowercase())
        && !ctx.gaz.is_known_name(&key_for(run_text(ctx, &run)))
    {
        run.start += 1;
    }
    // Titles: "Dr. Jenna Jordan", "US President Joe Biden", "Shadow Foreign Secretary ...".
    let last = ctx.word(run.end - 1);
    let keeps_heads = in_list(&cues::ORG_HEADS, last) || ctx.gaz.is_known_name(&key_for(run_text(ctx, &run)));
    // A one-letter title ("M." for Monsieur) only opens a run: in "J. M. W. Turner" it is an
    // initial.
    let title_at = |k: usize| is_title(ctx, k) && (k == run.start || ctx.tokens[k].shape() != Shape::Initial);
    if !keeps_heads && let Some(p) = run.clone().find(|&k| title_at(k)) {
        let mut k = p;
        while k < run.end && is_title(ctx, k) {
            k += 1;
        }
        // "Finance Minister Pavel Stroud": the portfolio is part of the title.
        let p = boundaries::title_start_with_portfolio(ctx, run.start, p);
        let title_text = ctx.text[tokens[p].span().start..tokens[k - 1].span().end].to_string();
        if k == run.end && p == run.start {
            *pending_title = Some((title_text, run.end));
            return;
        }
        if k == run.end {
            // A role ending a capitalised phrase with no name after it is a job title
            // ("Legal Affairs Correspondent", "Supreme Governor"); another title word ending
            // a name is a surname ("Martin Luther King").
            if !in_list(&cues::ROLE_ENDINGS, ctx.word(run.end - 1)) {
                // ... but not when only ordinary words come before it ("Supreme Leader").
                if !boundaries::before_role(ctx, &(run.start..p)).is_empty() {
                    push(ctx, run, title, out);
                }
            } else {
                // "Velland State Legislator": the place before the role is a name.
                push(ctx, boundaries::before_role(ctx, &run), None, out);
            }
            return;
        }
        if p > run.start {
            push(ctx, run.start..p, title.take(), out);
        }
        run.start = k;
        title = Some(title_text);
    }
    // "Chief Investment Officer" with "Chief" taken as a title: still a role, not a name.
    if !keeps_heads && in_list(&cues::ROLE_ENDINGS, ctx.word(run.end - 1)) {
        push(ctx, boundaries::before_role(ctx, &run), None, out);
        return;
    }
    if run.len() == 1 {
        let w = ctx.word(run.start);
        if cues::NOT_NAMES.contains(w) || in_list(&cues::NOT_NAMES, w) || ctx.is_lower(run.start) {
            return;
        }
    }
    push(ctx, run, title, out);
}

fn run_text<'a>(ctx: &Ctx<'a>, run: &Range<usize>) -> &'a str {
    &ctx.text[ctx.tokens[run.start].span().start..ctx.tokens[run.end - 1].span().end]
}

fn push(ctx: &Ctx, run: Range<usize>, title: Option<String>, out: &mut Vec<Candidate>) {
    if run.is_empty() {
        return;
    }
    if run.len() == 1
        && (in_list(&cues::NOT_NAMES, ctx.word(run.start))
            || ctx.tokens[run.start].shape() == Shape::Initial
            || (ctx.tokens[run.start].shape() == Shape::Cap
                && cues::FUNCTION_WORDS.contains(&ctx.word(run.start).to_lowercase())))
    {
        return;
    }
    let span = Span::new(ctx.tokens[run.start].span().start, ctx.tokens[run.end - 1].span().end);
    out.push(Candidate { span, tokens: run, title, work: false });
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::analysis::entities::tokens::tokenize;
    use crate::document::Document;
    use crate::document::Format;

    /// The candidate names found in `s`, in order (shared with the boundary tests).
    pub(in crate::analysis::entities) fn names(s: &str) -> Vec<String> {
        let doc = Document::from_text(s.to_string(), "t", Format::Text, "t");
        let tokens = tokenize(&doc);
        let ctx = Ctx::new(&doc, &tokens);
        find(&ctx).iter().map(|c| c.span.slice(&doc.text).to_string()).collect()
    }

    #[test]
    fn sentence_start_ordinary_words_are_dropped() {
        let n = names("Then Haqqani spoke. Stroking his beard, he waited. Several months passed.");
        assert_eq!(n, ["Haqqani"]);
    }

    #[test]
    fn titles_before_names_are_stripped() {
        let n = names("The party heard Shadow Foreign Secretary Anna Whitfield and Dr. Jenna Jordan.");
        assert_eq!(n, ["Anna Whitfield", "Jenna Jordan"]);
        let n = names("He met Mullah Omar in the Department of the Army.");
        assert_eq!(n, ["Mullah Omar", "Department of the Army"]);
    }

    #[test]
    fn particles_join_names() {
        let n =
            names("He saw Osama bin Laden, Vincent van Gogh and Dar es Salaam with Atiyyat Allah al-Libi.");
        assert_eq!(n, ["Osama bin Laden", "Vincent van Gogh", "Dar es Salaam", "Atiyyat Allah al-Libi"]);
        let n = names("Today, bin Laden is dead and al-Qaeda with Jabhat-al-Nusra remain.");
        assert_eq!(n, ["bin Laden", "al-Qaeda", "Jabhat-al-Nusra"]);
    }

    #[test]
    fn possessives_and_hyphen_compounds() {
        let n = names(
            "It was Haqqani’s call, and a US-Taliban deal that the Taliban-led talks and Rolls-Royce made.",
        );
        assert_eq!(n, ["Haqqani", "US", "Taliban", "Taliban", "Rolls-Royce"]);
    }

    #[test]
    fn acronym_in_parentheses_joins_its_long_form() {
        let n = names(
            "It met the Food and Drug Administration (FDA) and the Campaign for Nuclear Disarmament (CND).",
        );
        assert_eq!(n, ["Food and Drug Administration", "FDA", "Campaign for Nuclear Disarmament", "CND"]);
        let n = names("The Foreign, Commonwealth and Development Office (FCDO) said no.");
        assert_eq!(n, ["Foreign, Commonwealth and Development Office", "FCDO"]);
    }

    #[test]
    fn work_titles_in_quotes() {
        let n = names("An episode titled “Leadership Targeting and Drones: An Effective Strategy?” aired.");
        assert_eq!(n, ["Leadership Targeting and Drones: An Effective Strategy?"]);
    }

    #[test]
    fn companies_and_initials() {
        let n = names("We met J. R. R. Tolkien at Johnson & Johnson and Apple Inc. last week.");
        assert_eq!(n, ["J. R. R. Tolkien", "Johnson & Johnson", "Apple Inc."]);
    }
}
