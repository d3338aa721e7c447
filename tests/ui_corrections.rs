//! Corrections through the keys, on the entities panel or the detail view: hide (`x`), change
//! kind (`K`), rename (`R` + prompt), merge (`M` + picker), split off an alias (`S` + picker),
//! and undo (`u`). Each one is re-applied to the kept original analysis.

mod common;

use common::fixture::{id, press, state};
use dossier::analysis::Kind;
use dossier::analysis::corrections::Correction;
use dossier::ui::state::{Focus, State};

fn names(st: &State) -> Vec<String> {
    st.analysis.as_ref().unwrap().entities.iter().map(|e| e.name.clone()).collect()
}

/// Focuses the entities panel on `name`'s row.
fn focus_on(st: &mut State, name: &str) {
    let target = id(st, name);
    if st.focus != Focus::Entities {
        press(st, "tab");
    }
    press(st, "g");
    while st.entities.selected() != Some(target) {
        press(st, "j");
    }
}

fn typed(st: &mut State, text: &str) {
    for c in text.chars() {
        let k = if c == ' ' { "space".to_string() } else { c.to_string() };
        press(st, &k);
    }
}

#[test]
fn hide_kind_and_undo() {
    let mut st = state(120, 40);
    let n = names(&st).len();
    // Only on an entity: in the reader, nothing happens but a hint.
    press(&mut st, "x");
    assert_eq!(names(&st).len(), n);
    focus_on(&mut st, "Rawalpindi");
    press(&mut st, "x");
    assert!(!names(&st).contains(&"Rawalpindi".to_string()));
    assert_eq!(st.message.as_deref(), Some("hid Rawalpindi"));
    assert!(st.dirty);
    focus_on(&mut st, "Taliban");
    press(&mut st, "K");
    let a = st.analysis.clone().unwrap();
    assert_eq!(a.entities[id(&st, "Taliban")].kind, Kind::Place);
    press(&mut st, "u");
    assert!(st.message.as_deref().unwrap().starts_with("undone: Taliban is now"));
    assert_eq!(st.analysis.as_ref().unwrap().entities[id(&st, "Taliban")].kind, Kind::Organization);
    press(&mut st, "u");
    assert!(names(&st).contains(&"Rawalpindi".to_string()));
    press(&mut st, "u");
    assert_eq!(st.message.as_deref(), Some("no correction to undo"));
    // The original analysis was never touched.
    assert_eq!(st.corrections.original.as_ref().unwrap().entities.len(), n);
}

#[test]
fn rename_merge_and_split() {
    let mut st = state(120, 40);
    focus_on(&mut st, "Taliban");
    press(&mut st, "R");
    // The prompt starts with the name; Backspace edits, typed characters are not commands.
    for _ in 0.."Taliban".len() {
        press(&mut st, "backspace");
    }
    typed(&mut st, "The Taliban q");
    press(&mut st, "backspace backspace enter");
    assert!(names(&st).contains(&"The Taliban".to_string()), "{:?}", names(&st));
    // Merge Haqqani into bin Laden (absurd, but a test): choose the target in the picker.
    let before = st.analysis.as_ref().unwrap().entities[id(&st, "Osama bin Laden")].mentions.len();
    let haqqani = st.analysis.as_ref().unwrap().entities[id(&st, "Jalaluddin Haqqani")].mentions.len();
    focus_on(&mut st, "Jalaluddin Haqqani");
    press(&mut st, "M");
    assert!(st.picker_open());
    typed(&mut st, "osama");
    press(&mut st, "enter");
    assert!(!names(&st).contains(&"Jalaluddin Haqqani".to_string()));
    let after = st.analysis.as_ref().unwrap().entities[id(&st, "Osama bin Laden")].mentions.len();
    assert_eq!(after, before + haqqani);
    // Split "bin Laden" back off Osama bin Laden, from the detail view.
    focus_on(&mut st, "Osama bin Laden");
    press(&mut st, "i S");
    assert!(st.picker_open());
    typed(&mut st, "bin laden");
    press(&mut st, "enter");
    let last = st.corrections.list.last().unwrap().clone();
    assert_eq!(last, Correction::SplitAlias { entity: "Osama bin Laden".into(), alias: "bin Laden".into() });
    assert_eq!(st.corrections.list.len(), 3);
    // The ordinary picker is back afterwards (entities, headings...).
    press(&mut st, "esc esc p");
    typed(&mut st, "painful");
    assert!(!st.picker.hits.is_empty());
    // Esc during a merge choice cancels it.
    press(&mut st, "esc");
    focus_on(&mut st, "Afghanistan");
    press(&mut st, "M esc");
    assert_eq!(st.corrections.list.len(), 3);
    assert!(!st.picker_open());
}

#[test]
fn kind_cycles_in_place_in_the_detail_view() {
    let mut st = state(120, 40);
    focus_on(&mut st, "Taliban");
    press(&mut st, "i");
    let kind = |st: &State| st.analysis.as_ref().unwrap().entities[id(st, "Taliban")].kind;
    assert_eq!(kind(&st), Kind::Organization);
    press(&mut st, "K");
    assert!(st.detail.is_open(), "the detail view stays open");
    assert_eq!(st.detail.entity, Some(id(&st, "Taliban")));
    assert_eq!(kind(&st), Kind::Place);
    press(&mut st, "K K");
    assert_eq!(kind(&st), Kind::Person);
    assert!(st.detail.is_open());
}

#[test]
fn pickers_are_titled_for_what_they_do_and_prompts_clear() {
    let mut st = state(120, 40);
    focus_on(&mut st, "Jalaluddin Haqqani");
    press(&mut st, "M");
    assert_eq!(st.picker_title(), "Merge Jalaluddin Haqqani into…");
    press(&mut st, "esc");
    focus_on(&mut st, "Osama bin Laden");
    press(&mut st, "S");
    assert_eq!(st.picker_title(), "Split off a name of Osama bin Laden");
    press(&mut st, "esc p");
    assert_eq!(st.picker_title(), "Jump to");
    press(&mut st, "esc");
    // The rename prompt is filled with the name: Ctrl-w takes a word, Ctrl-u the rest.
    focus_on(&mut st, "Jalaluddin Haqqani");
    press(&mut st, "R");
    assert_eq!(st.input.text(), "Jalaluddin Haqqani");
    press(&mut st, "ctrl-w");
    assert_eq!(st.input.text(), "Jalaluddin ");
    press(&mut st, "ctrl-u");
    assert_eq!(st.input.text(), "");
    typed(&mut st, "J. Haqqani");
    press(&mut st, "enter");
    assert!(names(&st).contains(&"J. Haqqani".to_string()));
}
