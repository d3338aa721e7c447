//! Where a candidate name starts and ends when titles, roles, fields and connectors sit
//! next to it: the boundary rules of the candidate stage, apart from the run builder.
//!
//! Each function answers one question about a run of capitalised words (token indices) and
//! is called from [`super::candidates`] at the point where that question comes up: which
//! words before a title belong to the title ("Finance Minister Pavel Stroud"), which words
//! after "Secretary of" belong to it ("Secretary of Commerce Lena Holt"), what is left of a
//! role phrase once the role is cut off ("Velland State Legislator" → "Velland"), whether a
//! capitalised phrase after "a Reader in" is an academic field rather than a name, and
//! whether "and" joins two words of one organization's name ("Competition and Markets
//! Authority"). They read only the closed word lists of [`super::cues`] and the dictionary
//! of the gazetteer, so they hold on text nobody here has seen.

use super::context::Ctx;
use super::cues::{self, in_list};
use super::tokens::{Gap, Shape};
use crate::analysis::gazetteer::{fold_key, key_for};
use std::ops::Range;

/// Whether the bare first word of an organization's name (its key words `org`) names the
/// place the organization is named after rather than the organization: "Haddonshire" of
/// "Haddonshire County Council", and "Carnmore" of "Carnmore Reel Club" when the document
/// calls Carnmore a place (`place_here`).
pub fn named_after_its_place(org: &[&str], place_here: bool) -> bool {
    let Some(last) = org.last() else { return false };
    org.len() >= 2
        && (cues::PLACE_INSTITUTIONS.contains(last) || (place_here && cues::PLACE_BODIES.contains(last)))
}

/// An ordinary capitalised word of the dictionary that is not a known name.
fn ordinary(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.tokens[k].shape() == Shape::Cap
        && ctx.gaz.is_word(&fold_key(w))
        && !ctx.gaz.is_known_name(&key_for(w))
        && !ctx.gaz.is_given_name(&fold_key(w))
        && ctx.gaz.demonym(&key_for(w)).is_none()
}

/// "Finance Minister", "Energy Secretary": the start of the title at `p` once the portfolio
/// words right before it (within the run from `start`) are taken into it.
pub fn title_start_with_portfolio(ctx: &Ctx, start: usize, p: usize) -> usize {
    let mut q = p;
    while q > start && in_list(&cues::PORTFOLIOS, ctx.word(q - 1)) && ctx.tokens[q].gap() == Gap::Space {
        q -= 1;
    }
    q
}

/// "Secretary of Commerce Lena Holt", "Minister for Home Affairs Jo Tarn": when the run
/// follows "<Title> of/for", its leading portfolio words belong to the title. Returns the
/// title text with them and the first token of the name after them (`run.end` when nothing
/// is left: "the Secretary of State said").
pub fn portfolio_after_title(ctx: &Ctx, run: &Range<usize>) -> Option<(String, usize)> {
    let s = run.start;
    let t = ctx.tokens;
    if s < 2 || t[s].gap() != Gap::Space || t[s - 1].gap() != Gap::Space {
        return None;
    }
    let mut title_at = s - 2;
    if !matches!(ctx.word(s - 1), "of" | "for") {
        return None;
    }
    // "Secretary of the Treasury": skip the article.
    let mut first = s;
    if ctx.word(title_at) == "the" && title_at >= 1 && t[title_at].gap() == Gap::Space {
        title_at -= 1;
    }
    if !in_list(&cues::TITLES, ctx.word(title_at)) && !in_list(&cues::ROLE_ENDINGS, ctx.word(title_at)) {
        return None;
    }
    while first < run.end && in_list(&cues::PORTFOLIOS, ctx.word(first)) {
        first += 1;
    }
    if first == s {
        return None;
    }
    let title = ctx.text[t[title_at].span().start..t[first - 1].span().end].to_string();
    Some((title, first))
}

/// What is left of a run ending in a role ("Velland State Legislator", "a former Eastmoor
/// Councillor") once the role and the ordinary words before it are cut off: the place or
/// organization inside, or nothing ("Legal Affairs Correspondent", "Chief Operating
/// Officer").
pub fn before_role(ctx: &Ctx, run: &Range<usize>) -> Range<usize> {
    let mut end = run.end;
    while end > run.start {
        let w = ctx.word(end - 1);
        let role = in_list(&cues::ROLE_ENDINGS, w) || in_list(&cues::TITLES, w);
        if !(role || ordinary(ctx, end - 1)) {
            break;
        }
        end -= 1;
    }
    run.start..end
}

/// "a Reader in Public Policy", "a degree in Comparative Literature": a run of ordinary
/// words after an academic role and "in" is a field, not a name.
pub fn academic_field(ctx: &Ctx, run: &Range<usize>) -> bool {
    let s = run.start;
    let t = ctx.tokens;
    s >= 2
        && t[s].gap() == Gap::Space
        && t[s - 1].gap() == Gap::Space
        && ctx.word(s - 1) == "in"
        && cues::ACADEMIC_ROLES.contains(&ctx.word(s - 2).to_lowercase())
        && run.clone().all(|k| ordinary(ctx, k))
}

/// "Ardent Systems of Reading", "Tessel Semiconductor of Hsinchu": "of" and a listed place
/// after a firm's head word are its address, not part of its name.
pub fn firm_of_place(ctx: &Ctx, j: usize, limit: usize) -> bool {
    let t = ctx.tokens;
    let k = j + 1;
    if j == 0 || ctx.word(j) != "of" || k >= limit || !in_list(&cues::FIRM_HEADS, ctx.word(j - 1)) {
        return false;
    }
    let key = key_for(ctx.word(k));
    let alone = !(k + 1 < limit && t[k + 1].gap() == Gap::Space && ctx.is_name_word(k + 1));
    t[k].gap() == Gap::Space && alone && (ctx.gaz.place(&key).is_some() || ctx.gaz.is_town(&key))
}

/// Whether the "and" at token `j` joins one organization's name: an ordinary word on one
/// side of it, and after it a run of capitalised words ending in an organization head
/// ("Competition and Markets Authority", "Kelswick and District Angling Association").
/// "Bank of England and Barclays" stays two names.
pub fn and_before_org_head(ctx: &Ctx, j: usize, limit: usize) -> bool {
    if j == 0 || j + 1 >= limit || ctx.word(j) != "and" || !(ordinary(ctx, j - 1) || ordinary(ctx, j + 1)) {
        return false;
    }
    // "Hanbit Marine Energy and Sakuragawa Trading": a name of several words already closed
    // by an organization head before "and" is a whole name ("Health and Safety Executive",
    // one word before "and", stays one).
    let t = ctx.tokens;
    let closed = j >= 2
        && in_list(&cues::ORG_HEADS, ctx.word(j - 1))
        && t[j - 1].gap() == Gap::Space
        && ctx.is_name_word(j - 2);
    !closed && ends_in_org_head(ctx, j + 1, limit, 4)
}

/// Whether the name words from token `from` (at most `max`, one sentence, spaces between)
/// end in an organization head.
fn ends_in_org_head(ctx: &Ctx, from: usize, limit: usize, max: usize) -> bool {
    let t = ctx.tokens;
    let mut k = from;
    while k < limit.min(from + max)
        && t[k].gap() == Gap::Space
        && !t[k].first_in_sentence()
        && ctx.is_name_word(k)
    {
        k += 1;
    }
    k > from && in_list(&cues::ORG_HEADS, ctx.word(k - 1))
}

/// "Department for Environment, Food and Rural Affairs", "Ministry of Housing, Communities
/// and Local Government": at the comma before token `j`, a run that holds an organization
/// head and "of"/"for" goes on through a list of ordinary capitalised words closed by "and".
/// Returns the end of the list's last item. Only ordinary words (not "the Department for
/// Education, Ofsted and Ofqual", three bodies), and the "and" item must come.
pub fn org_list_after_comma(ctx: &Ctx, start: usize, j: usize, limit: usize) -> Option<usize> {
    let t = ctx.tokens;
    let gap = |k: usize| &ctx.text[t[k - 1].span().end..t[k].span().start];
    let of_head = (start + 1..j)
        .any(|k| matches!(ctx.word(k), "of" | "for") && in_list(&cues::ORG_HEADS, ctx.word(k - 1)));
    if !of_head || j >= limit || gap(j) != ", " || !ordinary(ctx, j - 1) {
        return None;
    }
    // Items of one to three ordinary words; ", " between items, " and " before the last.
    let item = |from: usize| {
        let mut k = from;
        while k < limit
            && k < from + 3
            && ordinary(ctx, k)
            && !t[k].first_in_sentence()
            && (k == from || t[k].gap() == Gap::Space)
        {
            k += 1;
        }
        (k > from).then_some(k)
    };
    let mut k = j;
    for _ in 0..4 {
        let end = item(k)?;
        if end < limit && gap(end) == ", " {
            k = end;
            continue;
        }
        let and = end + 1 < limit
            && ctx.word(end) == "and"
            && t[end].gap() == Gap::Space
            && t[end + 1].gap() == Gap::Space;
        return if and { item(end + 1) } else { None };
    }
    None
}

/// "Haddlesey Weavers’ Union", "Kesteven Girls’ School", "the Drovers’ Inn": a plural
/// possessive (which the tokenizer leaves unmarked) inside a name whose head follows within
/// three words. `j` is the token after the apostrophe; the possessive word is not the
/// first of the run at `start` (a lone "the Drovers’ Inn" is left as it was).
pub fn plural_possessive_inside(ctx: &Ctx, start: usize, j: usize, limit: usize) -> bool {
    let t = ctx.tokens;
    if j < start + 2 || j >= limit {
        return false;
    }
    let gap = &ctx.text[t[j - 1].span().end..t[j].span().start];
    if !matches!(gap, "’ " | "' ") || !ctx.word(j - 1).ends_with('s') || t[j - 1].shape() != Shape::Cap {
        return false;
    }
    let mut k = j;
    while k < limit.min(j + 3)
        && (k == j || t[k].gap() == Gap::Space)
        && !t[k].first_in_sentence()
        && ctx.is_name_word(k)
    {
        k += 1;
    }
    k > j && (in_list(&cues::ORG_HEADS, ctx.word(k - 1)) || in_list(&cues::PLACE_HEADS, ctx.word(k - 1)))
}

/// "Fishermen’s Association", "Women’s Institute": a possessive common noun at token
/// `j - 1` inside an organization's name, whose head follows.
/// Also "Cotterell’s Bank", "Tanner’s Walk", "St Aldwyn’s School": a name that is no listed
/// place or organization, its possessive, and one capitalised organization or place head
/// (not "Britain’s Treasury": that is Britain and the Treasury).
pub fn possessive_inside_org(ctx: &Ctx, j: usize, limit: usize) -> bool {
    j < limit
        && ctx.tokens[j - 1].possessive()
        && ((ordinary(ctx, j - 1) && ends_in_org_head(ctx, j, limit, 3))
            || named_possessive_head(ctx, j, limit))
}

/// "Cotterell’s Bank": the word at `j` is the only name word after the possessive at `j - 1`
/// and a head word; the possessive word is no listed place, town or organization.
fn named_possessive_head(ctx: &Ctx, j: usize, limit: usize) -> bool {
    let t = ctx.tokens;
    let key = key_for(ctx.word(j - 1));
    let listed = ctx.gaz.place(&key).is_some() || ctx.gaz.is_town(&key) || ctx.gaz.is_org(&key);
    let more = j + 1 < limit && t[j + 1].gap() == Gap::Space && ctx.is_name_word(j + 1);
    let head = ctx.word(j);
    !listed
        && !more
        && t[j].gap() == Gap::Space
        && t[j].shape() == Shape::Cap
        && !t[j].first_in_sentence()
        && (in_list(&cues::ORG_HEADS, head) || in_list(&cues::PLACE_HEADS, head))
}

#[cfg(test)]
mod tests {
    use crate::analysis::entities::candidates::tests::names;

    #[test]
    fn portfolios_belong_to_the_title() {
        assert_eq!(names("Yesterday Secretary of Commerce Lena Holt spoke."), ["Lena Holt"]);
        assert_eq!(names("On Monday the Finance Minister Oskar Brenn resigned."), ["Oskar Brenn"]);
        assert_eq!(names("He met the Minister for Home Affairs Ruth Calloway."), ["Ruth Calloway"]);
        assert_eq!(names("He met the Secretary of State in March."), Vec::<String>::new());
    }

    #[test]
    fn a_role_after_a_place_leaves_the_place() {
        assert_eq!(names("She served as a Velland State Legislator until 2019."), ["Velland"]);
        assert_eq!(names("He was a former Eastmoor Councillor."), ["Eastmoor"]);
        assert_eq!(names("Our Legal Affairs Correspondent reports."), Vec::<String>::new());
        assert_eq!(names("He met the Supreme Leader and John Major."), ["John Major"]);
        assert_eq!(names("Aid came from NGOs while the Internet was down."), Vec::<String>::new());
    }

    #[test]
    fn academic_fields_are_not_names() {
        assert_eq!(names("Tova Lind is a Reader in Public Policy at Carrow."), ["Tova Lind", "Carrow"]);
        assert_eq!(names("She took a degree in Comparative Literature."), Vec::<String>::new());
    }

    #[test]
    fn connectors_inside_organization_names() {
        assert_eq!(
            names("It needs the Competition and Markets Authority to agree."),
            ["Competition and Markets Authority"]
        );
        assert_eq!(
            names("She joined the Institute for Peace and Conflict Studies."),
            ["Institute for Peace and Conflict Studies"]
        );
        assert_eq!(names("It paid the Bank of England and Barclays."), ["Bank of England", "Barclays"]);
        assert_eq!(names("It bought Corvell Systems of Lyon."), ["Corvell Systems", "Lyon"]);
        assert_eq!(
            names("She chaired the Dunmore Women’s Institute for years."),
            ["Dunmore Women’s Institute"]
        );
        assert_eq!(
            names(
                "It wrote to the Federation of Women’s Organisations and the Tarlow and District Angling Association."
            ),
            ["Federation of Women’s Organisations", "Tarlow and District Angling Association"]
        );
    }

    #[test]
    fn lists_inside_an_organization_name_and_plural_possessives() {
        assert_eq!(
            names("It wrote to the Office for Water, Soil and Coastal Affairs yesterday."),
            ["Office for Water, Soil and Coastal Affairs"]
        );
        assert_eq!(
            names("It paid the Department for Education, Ofsted and Ofqual."),
            ["Department for Education", "Ofsted", "Ofqual"]
        );
        assert_eq!(names("She led the Tarlow Weavers’ Union for years."), ["Tarlow Weavers’ Union"]);
        assert_eq!(names("The Harlands’ house burned."), ["Harlands"]);
        assert_eq!(names("They met at the Drovers’ Inn."), ["Drovers", "Inn"]);
    }

    #[test]
    fn a_possessive_name_before_one_head_word_is_one_name() {
        assert_eq!(names("He banked with Varrell’s Bank in those years."), ["Varrell’s Bank"]);
        assert_eq!(names("We walked down Tolliver’s Walk at dusk."), ["Tolliver’s Walk"]);
        assert_eq!(names("It was Britain’s Treasury that paid."), ["Britain", "Treasury"]);
        assert_eq!(names("Later Varrell’s son sold it."), ["Varrell"]);
    }

    #[test]
    fn villages_that_open_with_a_plural_title_and_capitalised_articles() {
        assert_eq!(names("The bus runs to Bishops Haddon daily."), ["Bishops Haddon"]);
        assert_eq!(names("It was in The Evening Courier on Friday."), ["Evening Courier"]);
    }
}
