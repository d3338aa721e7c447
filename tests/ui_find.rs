//! Key sequences for finding things: the picker's tiers and scrolling through every match,
//! the entities panel filter (matching like the picker; Esc clears a committed filter), and
//! the entity a search that finds nothing offers.

mod common;

use common::fixture::{id, press, screen, state};
use dossier::ui::state::Focus;
use dossier::ui::state::selection::Nav;

#[test]
fn the_panel_filter_matches_like_the_picker_and_esc_clears_it() {
    let mut st = state(120, 40);
    press(&mut st, "e e");
    assert_eq!(st.focus, Focus::Entities);
    let all = st.entities.rows.len();
    // A committed filter that matches nothing, then Esc: the whole list again.
    press(&mut st, "/ smals enter");
    assert!(st.prompt.is_none());
    assert_eq!(st.entities.filter, "smals");
    press(&mut st, "esc");
    assert!(st.entities.filter.is_empty(), "Esc clears a committed filter");
    assert_eq!(st.entities.rows.len(), all);
    assert_eq!(st.focus, Focus::Entities, "the first Esc only clears the filter");
    // A doubled letter typed once, a typo: found as the picker finds them.
    let haq = id(&st, "Jalaluddin Haqqani");
    press(&mut st, "/ haqani");
    assert_eq!(st.entities.selected(), Some(haq));
    press(&mut st, "esc / rawalpindy enter");
    assert_eq!(st.entities.selected(), Some(id(&st, "Rawalpindi")));
    assert!(screen(&st).contains("Rawalpindi"));
    press(&mut st, "esc esc");
    assert_eq!(st.focus, Focus::Reader);
}

#[test]
fn the_picker_scrolls_through_every_match() {
    let mut st = state(80, 24);
    press(&mut st, "ctrl-p");
    let n = st.picker.hits.len();
    assert_eq!(n, st.picker.index.as_ref().unwrap().len(), "an empty query lists everything");
    assert!(screen(&st).contains(&format!("1 of {n}")));
    press(&mut st, "end");
    assert_eq!(st.picker.cursor.selected, n - 1);
    assert!(screen(&st).contains(&format!("{n} of {n}")), "{}", screen(&st));
    press(&mut st, "home pagedown");
    let page = st.picker.cursor.height;
    assert!(page > 1);
    assert_eq!(st.picker.cursor.selected, page.min(n - 1));
    press(&mut st, "pageup");
    assert_eq!(st.picker.cursor.selected, 0);
    assert!(st.picker_open());
}

#[test]
fn the_picker_forgives_typos_and_names_a_kind_once() {
    let mut st = state(120, 40);
    press(&mut st, "ctrl-p haqani");
    let row = screen(&st);
    let line = row.lines().find(|l| l.contains("Haqqani  15 mentions")).unwrap_or_default().to_string();
    assert_eq!(line.matches("person").count(), 1, "{row}");
    press(&mut st, "enter");
    assert_eq!(st.selection.entity, Some(id(&st, "Jalaluddin Haqqani")));
    assert!(screen(&st).contains("mention 1/"));
    // A transposition.
    press(&mut st, "ctrl-p rawlapindi enter");
    assert_eq!(st.selection.entity, Some(id(&st, "Rawalpindi")));
}

#[test]
fn a_search_that_finds_nothing_offers_the_nearest_entity() {
    let mut st = state(120, 40);
    press(&mut st, "/ rawalpindy enter");
    let haq = id(&st, "Rawalpindi");
    let n = st.analysis.as_ref().unwrap().entities[haq].mentions.len();
    assert!(
        screen(&st).contains(&format!("no match for 'rawalpindy' · Tab: Rawalpindi ({n})")),
        "{}",
        screen(&st)
    );
    press(&mut st, "tab");
    assert_eq!(st.selection.entity, Some(haq));
    assert_eq!(st.selection.nav, Nav::Entity);
    assert!(screen(&st).contains(&format!("mention 1/{n}")));
    assert_eq!(st.focus, Focus::Reader, "Tab took the offer instead of moving the focus");
    // Any other key drops the offer: Tab moves the focus again.
    press(&mut st, "/ qqqxz enter");
    assert!(screen(&st).contains("no match for 'qqqxz'"));
    press(&mut st, "tab");
    assert_ne!(st.focus, Focus::Reader);
}
