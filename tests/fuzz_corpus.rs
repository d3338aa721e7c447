//! Replays the kept fuzz corpora (`fuzz/corpus/TARGET/*`, small, committed) through the same
//! checks the cargo-fuzz targets run, on stable, so every input the fuzzer found interesting
//! (and every crash it found, kept there once fixed) stays a regression test.

#[path = "../fuzz/checks.rs"]
mod checks;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("corpus").join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let result = std::panic::catch_unwind(|| check(&data));
        assert!(result.is_ok(), "{target}: {} fails", path.display());
        n += 1;
    }
    assert!(n > 0, "{target}: empty corpus");
}

#[test]
fn load_corpus() {
    replay("load", checks::load);
}

#[test]
fn segment_corpus() {
    replay("segment", checks::segment);
}

#[test]
fn analyse_corpus() {
    replay("analyse", checks::analyse);
}

#[test]
fn json_corpus() {
    replay("json", checks::json);
}

#[test]
fn render_corpus() {
    replay("render", checks::render);
}

#[test]
fn search_corpus() {
    replay("search", checks::search);
}
