//! Original novellas with gold character lists, scored like whole novels with the port of the
//! evaluation kit's character scorer (tests/scoring/books.rs, `--top 200`).
//!
//! `tests/fixtures/novellas/` holds six (an English family novel, a 1920s first-person
//! mystery, a translated-style Russian provincial novel, a whaling novel, a sensation novel, a
//! school story) written in the sixth session as blind sets and read untuned (their README
//! keeps those readings); they are tuning data now. Blind novella sets written later sit in
//! their own folders (`blindnov*/`), scored by whoever writes the session's figures and never
//! tuned on. Unlike the shared books these live in the repository, so this test runs on every
//! clone. The floors sit a little under today's means; `cargo test --test quality_novellas -- --nocapture` prints each novella's figures.

#[path = "scoring/books.rs"]
mod books;

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use std::path::{Path, PathBuf};

/// Mean figures of a set of novellas.
#[derive(Debug, Default)]
struct Means {
    found: f64,
    one_entry: f64,
    one_entry_90: f64,
    named_right: f64,
    coverage: f64,
    kind_right: f64,
    merged: f64,
    merged_by_mentions: f64,
    junk: f64,
}

/// Every `NAME.json` gold file with its `NAME.txt` in a fixture folder.
fn novellas_in(dir: &str) -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir);
    let Ok(read) = std::fs::read_dir(&root) else { return Vec::new() };
    let mut out: Vec<(PathBuf, PathBuf)> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|g| {
            let t = g.with_extension("txt");
            t.is_file().then_some((g, t))
        })
        .collect();
    out.sort();
    out
}

/// Scores every novella of a folder, prints a line each, and returns the means.
fn score_set(dir: &str) -> Option<Means> {
    let files = novellas_in(dir);
    if files.is_empty() {
        println!("no novellas in {dir}");
        return None;
    }
    let mut m = Means::default();
    for (gold_path, text_path) in &files {
        let text = std::fs::read_to_string(text_path).expect("novella text");
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(gold_path).expect("gold")).expect("gold json");
        let name = text_path.file_stem().and_then(|s| s.to_str()).unwrap_or("novella");
        let doc = load_bytes(text.as_bytes(), name, Some(Format::Text), name);
        let entities = analyse(&doc, &Options::default()).entities;
        let s = books::score(&gold, &text, &entities, 200);
        println!("{dir}/{name} {}", s.summary());
        m.found += s.found;
        m.one_entry += s.one_entry;
        m.one_entry_90 += s.one_entry_90;
        m.named_right += s.named_right;
        m.coverage += s.coverage;
        m.kind_right += s.kind_right;
        m.merged += s.merged as f64;
        m.merged_by_mentions += s.merged_by_mentions as f64;
        m.junk += s.junk_top50_typed_name as f64;
    }
    let n = files.len() as f64;
    for v in [
        &mut m.found,
        &mut m.one_entry,
        &mut m.one_entry_90,
        &mut m.named_right,
        &mut m.coverage,
        &mut m.kind_right,
        &mut m.merged,
        &mut m.merged_by_mentions,
        &mut m.junk,
    ] {
        *v /= n;
    }
    println!("{dir} mean: {m:.3?}");
    Some(m)
}

/// The six tuning novellas. The first three were read once untuned at found .938, one_entry
/// .632, one_entry_90 .681, named_right .917, coverage .842, kind_right .949, merged .67,
/// merged_by_mentions 2.67, junk 4.67 (means); the other three, kept blind through the sixth
/// session, at .925 / .563 / .733 / .920 / .856 / .941 / .67 / 2.67 / 2.0. All six at the end of
/// the sixth session: found .932, one_entry .606, one_entry_90 .716, named_right .919,
/// coverage .850, kind_right .945, merged 1.0, merged_by_mentions 2.83, junk 1.83. Seventh
/// session, once the eldest sister's "Miss X" stopped joining the younger "Miss Jane X":
/// one_entry_90 .724, named_right .925, merged .5, merged_by_mentions 2.33.
#[test]
fn tuning_novellas_meet_their_mean_floors() {
    let floors = Floors {
        found: 0.91,
        one_entry_90: 0.70,
        one_entry: 0.56,
        named_right: 0.90,
        coverage: 0.82,
        kind_right: 0.92,
        merged_by_mentions: 3.0,
        junk: 2.5,
    };
    if let Some(m) = score_set("novellas") {
        check("novellas", &m, &floors);
    }
}

/// The third set, written in the seventh session and kept blind (a French provincial novel
/// in translation, an American small-town family novel, an Austrian novel in translation):
/// its means at the session-start build were found .962, one_entry .424, one_entry_90 .528,
/// named_right .834, coverage .812, kind_right .942, merged 1.33, merged_by_mentions 3.0,
/// junk 3.33; at its end the same but named_right .851, merged 1.0, merged_by_mentions 2.67.
#[test]
fn blind_novellas_stay_above_their_floors() {
    let floors = Floors {
        found: 0.94,
        one_entry_90: 0.50,
        one_entry: 0.40,
        named_right: 0.82,
        coverage: 0.79,
        kind_right: 0.92,
        merged_by_mentions: 3.5,
        junk: 4.0,
    };
    if let Some(m) = score_set("blindnov3") {
        check("blindnov3", &m, &floors);
    }
}

/// A set's floors: the least each mean figure may be, and the most for the two counts.
struct Floors {
    found: f64,
    one_entry_90: f64,
    one_entry: f64,
    named_right: f64,
    coverage: f64,
    kind_right: f64,
    merged_by_mentions: f64,
    junk: f64,
}

/// Asserts a set's means against its floors.
fn check(set: &str, m: &Means, f: &Floors) {
    let least = [
        ("found", m.found, f.found),
        ("one_entry_90", m.one_entry_90, f.one_entry_90),
        ("one_entry", m.one_entry, f.one_entry),
        ("named_right", m.named_right, f.named_right),
        ("coverage", m.coverage, f.coverage),
        ("kind_right", m.kind_right, f.kind_right),
    ];
    for (name, got, floor) in least {
        assert!(got >= floor, "{set}: mean {name} {got:.3} < {floor}");
    }
    let most = [
        ("merged_by_mentions", m.merged_by_mentions, f.merged_by_mentions),
        ("junk_top50_typed_name", m.junk, f.junk),
    ];
    for (name, got, ceiling) in most {
        assert!(got <= ceiling, "{set}: mean {name} {got:.2} > {ceiling}");
    }
}
