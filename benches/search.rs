//! Benchmarks of navigation over a whole book: building the folded text index, a text search
//! across the book (a rare name, a common word), building the fuzzy picker over every entity,
//! alias, date and heading, and picker queries (what each keystroke in the picker costs).
//!
//! Input: `../shared/corpus/war-and-peace.txt` when the shared corpus sits beside the
//! repository, else the sample repeated to book size. Run with `cargo bench --bench search`.

use dossier::analysis::{self, Analysis, Options};
use dossier::document::{self, Document, Format};
use dossier::search::{PickerIndex, TextIndex};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn book() -> &'static (Document, Analysis) {
    static BOOK: OnceLock<(Document, Analysis)> = OnceLock::new();
    BOOK.get_or_init(|| {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/war-and-peace.txt");
        let text = std::fs::read_to_string(path).unwrap_or_else(|_| document::load::SAMPLE.repeat(270));
        let doc = document::load_bytes(text.as_bytes(), "book", Some(Format::Text), "book");
        let a = analysis::analyse(&doc, &Options::default());
        (doc, a)
    })
}

#[divan::bench(sample_count = 20)]
fn text_index_build() -> TextIndex {
    TextIndex::new(&book().0.text)
}

#[divan::bench(args = ["Natasha", "prince andrew", "the"])]
fn text_search(bencher: divan::Bencher, query: &str) {
    let index = TextIndex::new(&book().0.text);
    bencher.bench(|| index.find_all(query));
}

#[divan::bench(sample_count = 20)]
fn picker_build() -> PickerIndex {
    let (doc, a) = book();
    PickerIndex::new(doc, a)
}

#[divan::bench(args = ["", "n", "nap", "napoleon", "bolkonski andrew"])]
fn picker_query(bencher: divan::Bencher, query: &str) {
    let (doc, a) = book();
    let index = PickerIndex::new(doc, a);
    bencher.bench(|| index.query(query));
}
