//! The timeline panel with the real timeline extractor on invented text: the document date
//! in the title, the "unknown" hint in the status bar and the `D` prompt that corrects it
//! (the timeline is resolved again at once), date labels never cut, and the time-axis view.
//! Entities are left empty so the screens depend on the timeline alone.

mod common;

use common::fixture::{press, screen};
use dossier::analysis::{Analysis, Options, timeline};
use dossier::document::{Document, Format};
use dossier::ui::{self, state::State};
use std::sync::Arc;

fn state_for(text: &str, width: u16, height: u16) -> State {
    let doc = Document::from_text(text.to_string(), "test", Format::Text, "Test");
    let tl = timeline::extract(&doc, &[], &Options::default());
    let analysis =
        Analysis { timeline: tl.items, document_date: Some(tl.document_date), ..Default::default() };
    let mut st = ui::new_state(Arc::new(doc), 80, width, height).unwrap();
    st.set_analysis(Arc::new(analysis));
    st
}

fn value_of(st: &State, text: &str) -> Option<String> {
    st.analysis.as_ref().unwrap().timeline.iter().find(|t| t.text == text).and_then(|t| t.value.clone())
}

const UNDATED: &str = "Mill notes\n\nThe mill closed last year, and the river rose two weeks ago.\n\n\
                       It had opened in the spring of 1842 and was sold in 1990.\n";

#[test]
fn an_unknown_date_is_said_and_d_sets_it() {
    let mut st = state_for(UNDATED, 80, 24);
    assert!(screen(&st).contains("document date unknown · D sets it"), "{}", screen(&st));
    // Unknown: only which side of the present it lies on, never a guessed year.
    assert_eq!(value_of(&st, "last year").as_deref(), Some("PAST_REF"));
    press(&mut st, "D 2 0 1 9 - 0 4 - 0 2 enter");
    assert_eq!(value_of(&st, "last year").as_deref(), Some("2018"));
    assert_eq!(value_of(&st, "two weeks ago").as_deref(), Some("2019-03-19"));
    assert_eq!(st.timeline.date_correction.as_deref(), Some("2019-04-02"));
    assert!(st.dirty, "the correction is saved with the reading state");
    let s = screen(&st);
    assert!(s.contains("document date: 2019-04-02 · correction"), "{s}");
    press(&mut st, "t");
    assert!(screen(&st).contains("dated 2019-04-02 · correction"), "{}", screen(&st));
}

#[test]
fn the_date_prompt_refuses_a_non_date_and_empty_goes_back() {
    let mut st = state_for(UNDATED, 80, 24);
    press(&mut st, "D 2 0 1 9 - 1 3 enter");
    assert!(screen(&st).contains("not a date: 2019-13"), "{}", screen(&st));
    assert_eq!(st.timeline.date_correction, None);
    press(&mut st, "D 2 0 0 1 enter");
    assert_eq!(value_of(&st, "last year").as_deref(), Some("2000"));
    // Prefilled with the current date; clearing it returns to the date found in the text.
    press(&mut st, "D backspace backspace backspace backspace enter");
    assert_eq!(st.timeline.date_correction, None);
    assert_eq!(value_of(&st, "last year").as_deref(), Some("PAST_REF"));
}

#[test]
fn a_saved_correction_applies_when_the_analysis_arrives() {
    let doc = Document::from_text(UNDATED.to_string(), "test", Format::Text, "Test");
    let tl = timeline::extract(&doc, &[], &Options::default());
    let analysis =
        Analysis { timeline: tl.items, document_date: Some(tl.document_date), ..Default::default() };
    let mut st = ui::new_state(Arc::new(doc), 80, 80, 24).unwrap();
    st.timeline.date_correction = Some("2010".into());
    st.set_analysis(Arc::new(analysis));
    assert_eq!(value_of(&st, "last year").as_deref(), Some("2009"));
}

const DATED: &str = "Quay works\n\nPORTSEA, 14 March 2024 — The quay reopened this week after the storms of \
                     the late 2000s.\n\nIts builders had started on 3 September 1911, and the first ship \
                     docked in the spring of 1913. Trade peaked in the 1990s. Before 14 September 1999 nobody had asked.\n";

#[test]
fn date_labels_are_never_cut() {
    let mut st = state_for(DATED, 80, 24);
    press(&mut st, "t");
    let s = screen(&st);
    for label in ["3 September 1911", "before 14 September 1999", "week of 11 March 2024"] {
        assert!(s.contains(label), "{label} in\n{s}");
    }
    insta::assert_snapshot!("timeline_list_80x24", s);
}

#[test]
fn the_axis_view_draws_points_and_ranges() {
    let mut st = state_for(DATED, 100, 30);
    press(&mut st, "v");
    let s = screen(&st);
    assert!(s.contains("axis 1911–2024"), "{s}");
    assert!(s.contains('●') && s.contains('━'), "{s}");
    insta::assert_snapshot!("timeline_axis_100x30", s);
    press(&mut st, "v");
    assert!(!screen(&st).contains("axis 1911"));
}
