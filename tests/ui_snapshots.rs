//! Whole-screen snapshots (ratatui TestBackend + insta) of the sample article with a
//! hand-built analysis, at 80×24 and 120×40: the reader, each panel, the detail view, the
//! picker with a query, the narrow layout, the help and the too-small screen.

mod common;

use common::fixture::{press, screen, state};
use dossier::ui;
use std::sync::Arc;

#[test]
fn reader_before_analysis() {
    let doc = common::fixture::sample();
    let st = ui::new_state(Arc::new(doc), 80, 80, 24).unwrap();
    let s = screen(&st);
    assert!(s.contains("When the political officer of the US embassy"));
    assert!(s.contains("analysing…"));
    insta::assert_snapshot!("reader_80x24_analysing", s);
}

#[test]
fn reader_narrow() {
    let st = state(80, 24);
    insta::assert_snapshot!("reader_80x24", screen(&st));
}

#[test]
fn wide_layout_with_panels() {
    let st = state(120, 40);
    let s = screen(&st);
    assert!(s.contains("Entities (8)"));
    assert!(s.contains("People (3)"));
    assert!(s.contains("Timeline (4)"));
    insta::assert_snapshot!("wide_120x40", s);
}

#[test]
fn entities_overlay_on_narrow_screen() {
    let mut st = state(80, 24);
    press(&mut st, "e");
    let s = screen(&st);
    assert!(s.contains("Organizations"));
    insta::assert_snapshot!("entities_overlay_80x24", s);
}

#[test]
fn timeline_overlay_on_narrow_screen() {
    let mut st = state(80, 24);
    press(&mut st, "t");
    let s = screen(&st);
    assert!(s.contains("May 1999"));
    insta::assert_snapshot!("timeline_overlay_80x24", s);
}

#[test]
fn entity_selected_and_jumped_to() {
    let mut st = state(120, 40);
    let bin = common::fixture::id(&st, "Osama bin Laden");
    st.select_entity(bin);
    st.sync();
    let s = screen(&st);
    assert!(s.contains("Osama bin Laden · mention 1/"), "{s}");
    insta::assert_snapshot!("entity_selected_120x40", s);
}

#[test]
fn detail_view() {
    let mut st = state(120, 40);
    let bin = common::fixture::id(&st, "Osama bin Laden");
    st.select_entity(bin);
    press(&mut st, "i");
    let s = screen(&st);
    assert!(s.contains("given name Osama"));
    assert!(s.contains("Every mention"));
    insta::assert_snapshot!("detail_120x40", s);
    let mut narrow = state(80, 24);
    narrow.select_entity(bin);
    press(&mut narrow, "i");
    insta::assert_snapshot!("detail_80x24", screen(&narrow));
}

#[test]
fn picker_with_a_query() {
    let mut st = state(120, 40);
    press(&mut st, "ctrl-p bin space lad");
    let s = screen(&st);
    assert!(s.contains("> bin lad"));
    assert!(s.contains("Osama bin Laden"));
    insta::assert_snapshot!("picker_120x40", s);
    let mut narrow = state(80, 24);
    press(&mut narrow, "p tali");
    insta::assert_snapshot!("picker_80x24", screen(&narrow));
}

#[test]
fn help_overlay() {
    let mut st = state(120, 40);
    press(&mut st, "?");
    let s = screen(&st);
    assert!(s.contains("fuzzy picker"));
    insta::assert_snapshot!("help_120x40", s);
    let mut narrow = state(80, 24);
    press(&mut narrow, "?");
    insta::assert_snapshot!("help_80x24", screen(&narrow));
}

#[test]
fn search_highlights_and_counts() {
    let mut st = state(80, 24);
    press(&mut st, "/ haqqani enter n");
    let s = screen(&st);
    assert!(s.contains("match 2/"), "{s}");
    insta::assert_snapshot!("search_80x24", s);
}

#[test]
fn too_small() {
    let st = state(19, 5);
    let s = screen(&st);
    assert!(s.contains("too small"));
    insta::assert_snapshot!("too_small", s);
}
