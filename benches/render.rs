//! Benchmarks of the terminal UI, headless (ratatui TestBackend through
//! `dossier::ui::render_to_buffer`): the first screen of a book (state + wrap + draw), a
//! 200×60 frame with highlights (every mention marked, a search with many matches, a
//! selected entity), a resize that reflows (text width 80 ↔ 58), a resize to ever new widths (nothing
//! reused), and a page-down.
//!
//! Input: `../shared/corpus/war-and-peace.txt` when the shared corpus sits beside the
//! repository, else the embedded sample repeated to a similar size. Run with
//! `cargo bench --bench render`.

use dossier::analysis::{self, Options};
use dossier::document::{self, Document, Format};
use dossier::ui::{self, action::Action, state::State};
use std::sync::{Arc, OnceLock};

mod common;

fn main() {
    divan::main();
}

fn book() -> &'static Arc<Document> {
    static BOOK: OnceLock<Arc<Document>> = OnceLock::new();
    BOOK.get_or_init(|| Arc::new(common::load_document()))
}

/// A 200×60 state in the middle of the book with highlights everywhere.
fn highlighted() -> State {
    let doc = Arc::clone(book());
    let a = analysis::analyse(&doc, &Options::default());
    let mut st = ui::new_state(doc, 80, 200, 60).unwrap();
    st.set_analysis(Arc::new(a));
    st.update(Action::Search);
    for c in "the".chars() {
        st.handle_key(ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char(c)));
    }
    st.update(Action::Confirm);
    let middle = st.doc.text.len() / 2;
    st.reader.jump_to(&st.doc.clone(), middle, 0);
    if let Some(id) = st.analysis.as_ref().and_then(|a| a.entities.first().map(|e| e.id)) {
        st.select_entity(id);
    }
    st.sync();
    st
}

/// From a loaded document to the first drawn screen.
#[divan::bench]
fn first_screen_of_the_book() -> ratatui::buffer::Buffer {
    let st = ui::new_state(Arc::clone(book()), 80, 200, 60).unwrap();
    ui::render_to_buffer(&st, 200, 60)
}

/// Loading (decode + segment) the book from bytes, which precedes the first screen.
#[divan::bench]
fn load_the_book(bencher: divan::Bencher) {
    let text = book().text.clone();
    bencher.bench(|| document::load_bytes(text.as_bytes(), "book", Some(Format::Text), "book"));
}

#[divan::bench]
fn frame_200x60_with_highlights(bencher: divan::Bencher) {
    let st = highlighted();
    bencher.bench_local(|| ui::render_to_buffer(&st, 200, 60));
}

#[divan::bench]
fn resize_reflow(bencher: divan::Bencher) {
    let mut st = highlighted();
    let mut wide = false;
    bencher.bench_local(|| {
        wide = !wide;
        if wide { st.resize(200, 60) } else { st.resize(60, 20) }
    });
}

/// As `resize_reflow`, but every resize goes to a text width none of the last few had, so
/// nothing wrapped before is reused: the cost of wrapping a screenful afresh.
#[divan::bench]
fn resize_reflow_new_width(bencher: divan::Bencher) {
    let mut st = highlighted();
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % 8;
        st.resize(60 + 2 * i, 20)
    });
}

#[divan::bench]
fn page_down_and_draw(bencher: divan::Bencher) {
    let mut st = highlighted();
    bencher.bench_local(|| {
        st.update(Action::PageDown);
        ui::render_to_buffer(&st, 200, 60)
    });
}
