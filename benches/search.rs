//! Benchmarks of navigation over a whole book: building the folded text index, a text search
//! across the book (a rare name, a common word), a search keystroke (a match, and a query
//! that matches nothing), building the fuzzy picker over every entity,
//! alias, date and heading, and picker queries (what each keystroke in the picker costs,
//! every tier on, every match returned).
//!
//! Input: `DOSSIER_BOOK`, else `shared/corpus/war-and-peace.txt` when the shared corpus sits
//! beside the repository, else the sample repeated to book size. Run with `cargo bench --bench search`.

use dossier::analysis::Analysis;
use dossier::document::Document;
use dossier::search::{PickerIndex, TextIndex};
use std::sync::OnceLock;

mod common;

fn main() {
    divan::main();
}

fn book() -> &'static (Document, Analysis) {
    static BOOK: OnceLock<(Document, Analysis)> = OnceLock::new();
    BOOK.get_or_init(common::load_analysed)
}

#[divan::bench(sample_count = 20)]
fn text_index_build() -> TextIndex {
    TextIndex::new(&book().0.text)
}

#[divan::bench(args = ["Natasha", "prince andrew", "the"])]
fn text_search(bencher: divan::Bencher, query: &str) {
    let text = &book().0.text;
    let index = TextIndex::new(text);
    bencher.bench(|| index.find_all(text, query));
}

/// What a keystroke of the incremental search scans: the first match at or after the middle
/// of the book, wrapping to the start. "qzx" matches nothing: one pass over the whole text
/// (the reader then skips the scan for every query typed on after it).
#[divan::bench(args = ["t", "the", "qzx"])]
fn search_keystroke(bencher: divan::Bencher, query: &str) {
    let text = &book().0.text;
    let index = TextIndex::new(text);
    let q = dossier::search::lazy::Query::new(query).expect("a query that folds to something");
    bencher.bench(|| index.first_wrapping(text, &q, text.len() / 2));
}

#[divan::bench(sample_count = 20)]
fn picker_build() -> PickerIndex {
    let (doc, a) = book();
    PickerIndex::new(doc, a)
}

/// One keystroke in the picker: 1, 3 and 9 letters (every tier is on from 4 letters: a
/// 9-letter query may have two typos), a typo, a transliteration, two words, all ranked for
/// a reader in the middle of the book.
#[divan::bench(args = ["", "n", "nap", "bolkonski", "bolkosnki", "bolkonsky", "bolkonski andrew"])]
fn picker_query(bencher: divan::Bencher, query: &str) {
    let (doc, a) = book();
    let index = PickerIndex::new(doc, a);
    let middle = Some(doc.text.len() / 2);
    bencher.bench(|| index.query_at(query, middle, usize::MAX));
}
