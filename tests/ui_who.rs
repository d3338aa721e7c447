//! Who is who, what they said, and spoiler-safe reading, driven by keys through the UI state
//! with the real analysis of the sample article.

mod common;

use common::fixture::{press, sample, screen};
use dossier::analysis::{Options, analyse};
use dossier::ui::{self, state::State};
use std::sync::Arc;

fn state(width: u16, height: u16) -> State {
    let doc = sample();
    let a = analyse(&doc, &Options::default());
    let mut st = ui::new_state(Arc::new(doc), 80, width, height).unwrap();
    st.set_analysis(Arc::new(a));
    st
}

fn id(st: &State, name: &str) -> usize {
    st.analysis.as_ref().unwrap().entities.iter().position(|e| e.name == name).unwrap()
}

fn focus_row(st: &mut State, name: &str) {
    let want = id(st, name);
    press(st, "tab");
    for _ in 0..200 {
        if st.entities.selected() == Some(want) {
            return;
        }
        press(st, "j");
    }
    panic!("{name} not reached in the entities panel");
}

#[test]
fn detail_shows_descriptions_and_switches_to_quotes() {
    let mut st = state(120, 40);
    focus_row(&mut st, "Tricia Bacon");
    // The selected row carries its best description on a dim second line.
    assert!(screen(&st).contains("international relations scholar"), "{}", screen(&st));
    press(&mut st, "i");
    let s = screen(&st);
    assert!(s.contains("Is         international relations scholar and former US"), "{s}");
    assert!(s.contains("1 quote"), "{s}");
    press(&mut st, "\"");
    let s = screen(&st);
    assert!(s.contains("Quotes (Enter jumps"), "{s}");
    assert!(s.contains("“officials working on Afghanistan"), "{s}");
    press(&mut st, "enter");
    assert!(!st.detail.is_open());
    let s = screen(&st);
    assert!(s.lines().last().unwrap().contains("“…” Tricia Bacon"), "{s}");
}

#[test]
fn quotes_key_without_quotes_says_so() {
    let mut st = state(120, 40);
    focus_row(&mut st, "Rawalpindi");
    press(&mut st, "i \"");
    assert!(!st.detail.quotes);
    assert!(screen(&st).contains("no quotes attributed"));
}

#[test]
fn spoiler_safe_limits_the_panels_to_what_was_read() {
    let mut st = state(120, 40);
    let total = st.analysis.as_ref().unwrap().entities.len();
    press(&mut st, "z");
    assert!(st.spoiler.on);
    assert!(screen(&st).contains("Entities (0)"), "{}", screen(&st));
    press(&mut st, "space space");
    let pos = st.reader.anchor;
    let a = st.analysis.clone().unwrap();
    assert!(!a.entities.is_empty() && a.entities.len() < total);
    assert!(a.entities.iter().all(|e| e.mentions.iter().all(|m| m.start < pos)));
    assert!(a.timeline.iter().all(|t| t.span.start < pos));
    // Off again: the whole document.
    press(&mut st, "z");
    assert_eq!(st.analysis.as_ref().unwrap().entities.len(), total);
}
