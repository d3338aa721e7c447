//! What one key costs on the UI thread, from the key to the drawn frame, on a whole book
//! (headless: a 120×40 ratatui TestBackend through `dossier::ui::render_to_buffer`): the first
//! keystroke of a search (`/` then one letter, a common one and a rare one), a search typed
//! on, a step to the next match, setting a bookmark (the picker's bookmark entries are
//! replaced, nothing rebuilt) and a correction (the entity's kind changed: panels rebuilt,
//! the picker rebuilt in the background).
//!
//! Input: `DOSSIER_BOOK`, else `shared/corpus/war-and-peace.txt` beside the repository or one
//! of its parents, else the sample repeated to book size. Run with `cargo bench --bench
//! keystroke`.

use dossier::analysis;
use dossier::document::Document;
use dossier::search::TextIndex;
use dossier::ui::{self, action::Action, state::State};
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::sync::{Arc, OnceLock};

mod common;

fn main() {
    divan::main();
}

fn book() -> &'static (Arc<Document>, Arc<analysis::Analysis>) {
    static BOOK: OnceLock<(Arc<Document>, Arc<analysis::Analysis>)> = OnceLock::new();
    BOOK.get_or_init(|| {
        let (doc, a) = common::load_analysed();
        (Arc::new(doc), Arc::new(a))
    })
}

/// A 120×40 reader in the middle of the book, analysed, with the search index built (as the
/// background thread delivers it) and the picker index taken over.
fn reader() -> State {
    let (doc, a) = book();
    let mut st = ui::new_state(Arc::clone(doc), 80, 120, 40).unwrap();
    st.set_analysis(Arc::clone(a));
    st.search.set_index(TextIndex::new(&doc.text));
    st.picker.ready();
    let middle = doc.text.len() / 2;
    st.reader.jump_to(&Arc::clone(doc), middle, 0);
    st.sync();
    st
}

fn key(st: &mut State, c: char) {
    st.handle_key(KeyEvent::from(KeyCode::Char(c)));
}

/// `/`, then the query typed a key at a time with a frame after each, then Esc.
#[divan::bench(args = ["t", "z", "whom", "natasha"])]
fn search_typed(bencher: divan::Bencher, query: &str) {
    let mut st = reader();
    bencher.bench_local(|| {
        st.update(Action::Search);
        for c in query.chars() {
            key(&mut st, c);
            divan::black_box(ui::render_to_buffer(&st, 120, 40));
        }
        st.update(Action::Close);
    });
}

/// `n` on a confirmed search for a common word, and the frame.
#[divan::bench]
fn next_match(bencher: divan::Bencher) {
    let mut st = reader();
    st.update(Action::Search);
    key(&mut st, 'a');
    st.update(Action::Confirm);
    bencher.bench_local(|| {
        st.update(Action::NextMatch);
        ui::render_to_buffer(&st, 120, 40)
    });
}

/// `m` + a letter, and the frame.
#[divan::bench]
fn set_bookmark(bencher: divan::Bencher) {
    let mut st = reader();
    bencher.bench_local(|| {
        st.update(Action::SetMark);
        key(&mut st, 'a');
        ui::render_to_buffer(&st, 120, 40)
    });
}

/// `K` on the most mentioned entity (its kind changes), and the frame.
#[divan::bench(sample_count = 20)]
fn correction(bencher: divan::Bencher) {
    let mut st = reader();
    st.update(Action::ToggleEntities);
    bencher.bench_local(|| {
        st.update(Action::CycleKind);
        ui::render_to_buffer(&st, 120, 40)
    });
}
