//! The book the benchmarks read, in one place: `DOSSIER_BOOK` when set, else
//! `shared/corpus/war-and-peace.txt` beside the repository or beside one of its parents (a git
//! worktree sits one level deeper), else the sample article repeated to book size, so that a
//! clone without the shared corpus still benches something of the same scale.

use dossier::analysis::{self, Analysis, Options};
use dossier::document::{self, Document, Format};

/// Where the book is, if it is there.
pub fn book_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("DOSSIER_BOOK") {
        return Some(p.into());
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    dir.ancestors().skip(1).map(|a| a.join("shared/corpus/war-and-peace.txt")).find(|p| p.is_file())
}

/// The book loaded as plain text.
pub fn load_document() -> Document {
    let text = book_path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_else(|| document::load::SAMPLE.repeat(270));
    document::load_bytes(text.as_bytes(), "book", Some(Format::Text), "book")
}

/// The book loaded and analysed.
#[allow(dead_code)] // not every bench analyses
pub fn load_analysed() -> (Document, Analysis) {
    let doc = load_document();
    let a = analysis::analyse(&doc, &Options::default());
    (doc, a)
}
