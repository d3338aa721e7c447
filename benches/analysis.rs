//! Benchmarks of the analysis pipeline at book scale.
//!
//! Input: `../shared/corpus/war-and-peace.txt` (3.2 MB) when the shared corpus sits beside
//! the repository, else the embedded sample repeated to a similar size, so the benches run on
//! any clone. Each stage is measured at 1×, 2× and 4× the book to show cost grows linearly.
//! Run with `cargo bench --bench analysis`.

use dossier::analysis::{self, Options, entities, timeline};
use dossier::document::{self, Format};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// The book text, loaded once.
fn book() -> &'static str {
    static BOOK: OnceLock<String> = OnceLock::new();
    BOOK.get_or_init(|| {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/war-and-peace.txt");
        std::fs::read_to_string(path).unwrap_or_else(|_| {
            let sample = document::load::SAMPLE;
            let mut s = String::new();
            while s.len() < 3_200_000 {
                s.push_str(sample);
                s.push('\n');
            }
            s
        })
    })
}

fn scaled(times: usize) -> String {
    let mut s = String::with_capacity(book().len() * times + times);
    for _ in 0..times {
        s.push_str(book());
        s.push('\n');
    }
    s
}

const SCALES: [usize; 3] = [1, 2, 4];

#[divan::bench(args = SCALES, sample_count = 10)]
fn load_and_segment(bencher: divan::Bencher, times: usize) {
    let text = scaled(times);
    bencher.bench(|| document::load_bytes(text.as_bytes(), "book", Some(Format::Text), "book"));
}

#[divan::bench(args = SCALES, sample_count = 10)]
fn entity_extraction(bencher: divan::Bencher, times: usize) {
    let doc = document::load_bytes(scaled(times).as_bytes(), "book", Some(Format::Text), "book");
    bencher.bench(|| entities::extract(&doc));
}

#[divan::bench(args = SCALES, sample_count = 10)]
fn timeline_extraction(bencher: divan::Bencher, times: usize) {
    let doc = document::load_bytes(scaled(times).as_bytes(), "book", Some(Format::Text), "book");
    let ents = entities::extract(&doc);
    bencher.bench(|| timeline::extract(&doc, &ents, &Options::default()));
}

#[divan::bench(args = SCALES, sample_count = 10)]
fn whole_analysis(bencher: divan::Bencher, times: usize) {
    let text = scaled(times);
    bencher.bench(|| {
        let doc = document::load_bytes(text.as_bytes(), "book", Some(Format::Text), "book");
        analysis::analyse(&doc, &Options::default())
    });
}
