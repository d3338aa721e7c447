//! Timeline quality on the gold fixtures: the sample's bars, a floor per fixture article and
//! floors on the mean over the articles, with a table of every figure
//! (`cargo test --test quality_timeline -- --nocapture`). Also checks the Rust port of the
//! reference scorer against figures the reference scorer printed for a fixed system output.

mod scoring;

use dossier::analysis::{Options, timeline};
use dossier::document::{Document, Format};
use scoring::timeline::{SysItem, TimelineScore, score, score_items};
use scoring::{all_gold_files, load_gold};
use std::path::{Path, PathBuf};

/// The gold files with a timeline: the sample, the tuning articles, our document-date
/// fixtures and the held-out and unseen sets (other folders hold gold of other kinds).
fn timeline_gold_files() -> Vec<PathBuf> {
    const SETS: [&str; 6] = ["fixtures", "articles", "dated", "tuning", "heldout", "unseen"];
    all_gold_files()
        .into_iter()
        .filter(|p| p.parent().and_then(|d| d.file_name()).is_some_and(|d| SETS.iter().any(|s| d == *s)))
        .collect()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn run(gold_path: &Path) -> TimelineScore {
    let (gold, text) = load_gold(gold_path);
    let doc = load_doc(gold_path, text, &gold.doc);
    let tl = timeline::extract(&doc, &[], &Options::default());
    score_items(&gold, &tl.items)
}

/// The document a gold file annotates: its `.txt`, or — for the format fixtures of `dated/`
/// — the HTML, Markdown or EPUB source beside it, whose rendered text must be that `.txt`
/// (so that the source's metadata is read, as it is for a user).
fn load_doc(gold_path: &Path, text: String, name: &str) -> Document {
    let stem = gold_path.to_string_lossy().trim_end_matches(".gold.json").to_string();
    for ext in ["html", "md", "epub"] {
        let source = PathBuf::from(format!("{stem}.{ext}"));
        if source.exists() {
            let doc = dossier::document::load(&dossier::document::Input::File(source.clone())).unwrap();
            assert_eq!(doc.text, text, "{} renders to {name}", source.display());
            return doc;
        }
    }
    Document::from_text(text, name, Format::Text, "")
}

fn row(name: &str, s: &TimelineScore) -> String {
    format!(
        "{name:<10} P {:.3}  explicit found {:.3} right {:.3}  relative found {:.3} right {:.3}  ({} gold, {} system)",
        s.precision,
        s.core.recall,
        s.core.value_exact,
        s.relative.recall,
        s.relative.value_recall,
        s.all.gold,
        s.system_items
    )
}

fn misses(s: &TimelineScore) -> String {
    let mut out = String::new();
    for it in s.items.iter().filter(|it| !it.exact) {
        out += &format!(
            "    miss {:?} = {} -> {:?} = {:?}\n",
            it.gold, it.gold_value, it.system, it.system_value
        );
    }
    for u in &s.unmatched_system {
        out += &format!("    extra {u:?}\n");
    }
    out
}

#[test]
fn scorer_port_matches_the_reference_scorer() {
    let (gold, _) = load_gold(&fixtures().join("sample.gold.json"));
    let raw = std::fs::read_to_string(fixtures().join("scoring/sample.timeline.system.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let sys: Vec<SysItem> = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| SysItem {
            text: t["text"].as_str().unwrap().to_string(),
            start: t["start"].as_u64().unwrap() as usize,
            end: t["end"].as_u64().unwrap() as usize,
            value: t["value"].as_str().map(str::to_string),
        })
        .collect();
    let s = score(&gold, &sys);
    // Figures printed by the reference scorer for this system file.
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert_eq!(s.system_items, 20);
    assert!(close(s.precision, 0.9));
    assert!(close(s.f1, 0.8372093023255814));
    assert_eq!((s.all.gold, s.all.matched), (23, 18));
    assert!(close(s.all.value_exact, 0.8333333333333334));
    assert!(close(s.all.value_year, 0.8888888888888888));
    assert!(close(s.all.value_year_recall, 0.6956521739130435));
    assert_eq!((s.core.gold, s.core.matched), (7, 6));
    assert!(close(s.core.value_exact, 0.6666666666666666));
    assert!(close(s.core.value_year, 0.8333333333333334));
    assert_eq!((s.relative.gold, s.relative.matched), (16, 12));
    assert!(close(s.relative.value_exact, 0.9166666666666666));
    assert!(close(s.relative.value_recall, 0.6875));
    assert_eq!(s.unmatched_system, ["When ", "May"]);
}

#[test]
fn sample_meets_its_bars() {
    let s = run(&fixtures().join("sample.gold.json"));
    println!("{}\n{}", row("sample", &s), misses(&s));
    assert_eq!((s.core.matched, s.core.gold), (7, 7), "every explicit expression found");
    assert!((s.core.value_exact - 1.0).abs() < 1e-12, "every explicit value right");
    assert!(s.relative.value_recall >= 0.70, "relative right {:.3}", s.relative.value_recall);
    assert!(s.precision >= 0.95, "precision {:.3}", s.precision);
}

#[test]
fn fixture_articles_meet_their_floors() {
    let files: Vec<PathBuf> = all_gold_files()
        .into_iter()
        .filter(|p| p.parent().is_some_and(|d| d.ends_with("articles")))
        .collect();
    assert!(files.len() >= 8, "expected the fixture articles, found {}", files.len());
    let mut sum = [0.0f64; 5];
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().trim_end_matches(".gold.json").to_string();
        let s = run(f);
        println!("{}\n{}", row(&name, &s), misses(&s));
        let rel_right = if s.relative.gold == 0 { 1.0 } else { s.relative.value_recall };
        for (acc, v) in
            sum.iter_mut().zip([s.precision, s.core.recall, s.core.value_exact, s.relative.recall, rel_right])
        {
            *acc += v;
        }
        // Per-article floors: a little under what the extractor reaches on each.
        if s.precision < 0.90 || s.core.recall < 0.90 || s.core.value_exact < 0.90 || rel_right < 0.60 {
            failures.push(row(&name, &s));
        }
    }
    let n = files.len() as f64;
    let mean: Vec<f64> = sum.iter().map(|v| v / n).collect();
    println!(
        "MEAN       P {:.3}  explicit found {:.3} right {:.3}  relative found {:.3} right {:.3}  ({} articles)",
        mean[0],
        mean[1],
        mean[2],
        mean[3],
        mean[4],
        files.len()
    );
    assert!(failures.is_empty(), "articles under their floor:\n{}", failures.join("\n"));
    // raised in session six (precision 1.000, found 1.000, right 1.000, relative .969)
    assert!(mean[0] >= 0.99, "mean precision {:.3}", mean[0]);
    assert!(mean[1] >= 0.99, "mean explicit found {:.3}", mean[1]);
    assert!(mean[2] >= 0.99, "mean explicit right {:.3}", mean[2]);
    assert!(mean[4] >= 0.95, "mean relative right {:.3}", mean[4]);
}

/// The document date against each gold `dct`, by year: right, wrong or unknown (unknown is
/// not wrong). Printed for every set; asserted on the tuning fixtures only.
#[test]
fn document_dates_are_right_or_unknown() {
    let mut per_set: std::collections::BTreeMap<String, [usize; 3]> = Default::default();
    for f in timeline_gold_files() {
        let set =
            f.parent().and_then(|d| d.file_name()).map_or("?".into(), |d| d.to_string_lossy().into_owned());
        let (gold, text) = load_gold(&f);
        let dct = match &gold.dct {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(v) => match v["value"].as_str() {
                Some(s) => s.to_string(),
                None => continue,
            },
            None => continue,
        };
        let doc = load_doc(&f, text, &gold.doc);
        let date = timeline::extract(&doc, &[], &Options::default()).document_date;
        let year = |v: &str| v.get(..4).map(str::to_string);
        let verdict = match date.value.as_deref() {
            None => 2,
            Some(v) if year(v) == year(&dct) => 0,
            Some(_) => 1,
        };
        per_set.entry(set.clone()).or_default()[verdict] += 1;
        println!(
            "{set:<9} {:<18} gold {dct:<10} -> {} ({:.2}) {}",
            gold.doc,
            date.label(),
            date.confidence,
            ["right", "WRONG", "unknown"][verdict]
        );
    }
    for (set, [right, wrong, unknown]) in &per_set {
        println!("{set:<9} document date: {right} right, {wrong} wrong, {unknown} unknown");
    }
    let [_, wrong, _] = per_set.get("articles").copied().unwrap_or_default();
    assert!(wrong <= 1, "document date wrong in {wrong} tuning articles");
    // The tuning set grows each session with articles by new hands, so its floor is a share:
    // at most one wrong year in a hundred, at least 82% right (unknown is not wrong; session
    // six measured 156 right, 0 wrong, 19 unknown of 175; with its two blind sets joined, 180
    // right, 5 wrong, 30 unknown of 215; session seven, with a bar per kind of evidence, 0
    // wrong).
    let [right, wrong, unknown] = per_set.get("tuning").copied().unwrap_or_default();
    let all = right + wrong + unknown;
    assert!(
        wrong * 100 <= all && right * 100 >= all * 82,
        "document date in tuning/: {right} right, {wrong} wrong of {all}"
    );
    // Our own fixtures for the document date (forecast years, dateline, letter, HTML, EPUB,
    // Markdown front matter): none wrong, every one right but the forecast article, whose
    // latest reported year is a lower bound only (unknown: it never takes 2050).
    let [right, wrong, _] = per_set.get("dated").copied().unwrap_or_default();
    assert_eq!((right, wrong), (5, 0), "document dates right and wrong in dated/");
}

/// Mean timeline figures per fixture set (articles, tuning, heldout, unseen), for the record:
/// `cargo test --test quality_timeline per_set -- --nocapture`. Nothing is asserted here; the
/// unseen and held-out sets are scored, never tuned on.
#[test]
fn per_set_means() {
    let mut sets: std::collections::BTreeMap<String, Vec<TimelineScore>> = Default::default();
    for f in timeline_gold_files() {
        let set =
            f.parent().and_then(|d| d.file_name()).map_or("?".into(), |d| d.to_string_lossy().into_owned());
        sets.entry(set).or_default().push(run(&f));
    }
    for (set, scores) in &sets {
        let n = scores.len() as f64;
        let mean = |f: &dyn Fn(&TimelineScore) -> f64| scores.iter().map(f).sum::<f64>() / n;
        println!(
            "SET {set:<9} ({} docs) P {:.3}  explicit found {:.3} right {:.3}  relative found {:.3} right {:.3}",
            scores.len(),
            mean(&|s| s.precision),
            mean(&|s| s.core.recall),
            mean(&|s| s.core.value_exact),
            mean(&|s| s.relative.recall),
            mean(&|s| if s.relative.gold == 0 { 1.0 } else { s.relative.value_recall }),
        );
    }
}

/// Floors on the tuning set's timeline means (session six measured precision .978, explicit
/// found .984 and right .993, relative right .648 over 175 articles; with its two blind sets
/// joined, 215 articles: .977 / .985 / .987, relative right .625); skipped when the tuning
/// fixtures are absent.
#[test]
fn tuning_means_stay_above_their_floors() {
    let files: Vec<PathBuf> = timeline_gold_files()
        .into_iter()
        .filter(|f| f.parent().and_then(|d| d.file_name()).is_some_and(|d| d == "tuning"))
        .collect();
    if files.is_empty() {
        eprintln!("no tuning fixtures: skipped");
        return;
    }
    let scores: Vec<TimelineScore> = files.iter().map(|f| run(f)).collect();
    let n = scores.len() as f64;
    let mean = |f: &dyn Fn(&TimelineScore) -> f64| scores.iter().map(f).sum::<f64>() / n;
    let precision = mean(&|s| s.precision);
    let found = mean(&|s| s.core.recall);
    let right = mean(&|s| s.core.value_exact);
    let relative = mean(&|s| if s.relative.gold == 0 { 1.0 } else { s.relative.value_recall });
    println!(
        "tuning means: precision {precision:.3}, found {found:.3}, right {right:.3}, relative {relative:.3}"
    );
    // raised in session seven (measured .979 / .987 / .992 / .634)
    assert!(precision >= 0.978, "tuning mean precision {precision:.3}");
    assert!(found >= 0.985, "tuning mean explicit found {found:.3}");
    assert!(right >= 0.99, "tuning mean explicit right {right:.3}");
    assert!(relative >= 0.625, "tuning mean relative right {relative:.3}");
}
