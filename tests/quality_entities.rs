//! Entity extraction quality on the gold fixtures, scored by the Rust port of the reference
//! scorer. The sample article must meet the product's bars; every fixture article has a
//! floor a little below what the extractor reaches today, and the mean over the articles has
//! its own floors, so a change that helps one genre and hurts another is caught. Run with
//! `--nocapture` to see the table of figures.

mod scoring;

use dossier::document::{Format, load_bytes};
use dossier::{Entity, Kind, analysis::entities::extract};
use scoring::entities::{EntityScores, gold_as_system, score};
use scoring::{Gold, all_gold_files, load_gold};
use std::path::Path;

fn analyse(path: &Path) -> (Gold, Vec<Entity>) {
    let (gold, text) = load_gold(path);
    let doc = load_bytes(text.as_bytes(), &path.to_string_lossy(), Some(Format::Text), "fixture");
    (gold, extract(&doc))
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn row(name: &str, s: &EntityScores) -> String {
    format!(
        "{name:<10} F1 {:.3}  P {:.3}  R {:.3}  jump {:.3}  typed {:.3}  frag {}/{} ({:.3})  merges {}",
        s.f1,
        s.precision,
        s.recall,
        s.jump_recall,
        s.typed_accuracy,
        s.fragmented,
        s.gold_core,
        s.fragmented_rate,
        s.merges
    )
}

#[test]
fn sample_article_meets_the_bars() {
    let (gold, entities) = analyse(&fixture("sample.gold.json"));
    let s = score(&gold, &entities);
    println!("{}", row("sample", &s));
    for f in &s.fragmented_list {
        println!("  split {f}");
    }
    assert!(s.f1 >= 0.95, "entity F1 {:.3}; missed {:?}, unaligned {:?}", s.f1, s.missed, s.unaligned);
    assert!(s.jump_recall >= 0.95, "jump recall {:.3}", s.jump_recall);
    assert!(s.typed_accuracy >= 0.92, "typed accuracy {:.3}", s.typed_accuracy);
    assert!(s.fragmented <= 2, "fragmented: {:?}", s.fragmented_list);
}

/// Per-article floors: (file stem, F1, jump recall, typed accuracy).
const FLOORS: &[(&str, f64, f64, f64)] = &[
    ("business", 0.95, 0.97, 0.95),
    ("fiction", 0.95, 0.97, 0.95),
    ("history", 0.97, 0.97, 0.95),
    ("news", 0.97, 0.97, 0.95),
    ("policy", 0.97, 0.97, 0.95),
    ("science", 0.95, 0.95, 0.95),
    ("sport", 0.97, 0.97, 0.95),
    ("tech", 0.97, 0.97, 0.95),
];

#[test]
fn fixture_articles_meet_their_floors_and_the_mean_bars() {
    let files: Vec<_> =
        all_gold_files().into_iter().filter(|p| p.to_string_lossy().contains("articles")).collect();
    assert!(files.len() >= 8, "expected the eight fixture articles, found {}", files.len());
    let mut all = Vec::new();
    let mut failures = Vec::new();
    for path in &files {
        let stem = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .trim_end_matches(".gold.json")
            .to_string();
        let (gold, entities) = analyse(path);
        let s = score(&gold, &entities);
        println!("{}", row(&stem, &s));
        for f in &s.fragmented_list {
            println!("  split {f}");
        }
        if !s.unaligned.is_empty() || !s.missed.is_empty() {
            println!("  unaligned {:?}  missed {:?}", s.unaligned, s.missed);
        }
        // Never below F1 0.85 (a generic small statistical model's level), whatever the table says.
        let (min_f1, min_jump, min_typed) = FLOORS
            .iter()
            .find(|(n, ..)| *n == stem)
            .map_or((0.85, 0.90, 0.85), |&(_, f, j, t)| (f.max(0.85), j, t));
        if s.f1 < min_f1 || s.jump_recall < min_jump || s.typed_accuracy < min_typed {
            failures.push(format!(
                "{stem}: F1 {:.3} (floor {min_f1}), jump {:.3} (floor {min_jump}), typed {:.3} (floor {min_typed})",
                s.f1, s.jump_recall, s.typed_accuracy
            ));
        }
        all.push(s);
    }
    let n = all.len() as f64;
    let mean = |f: fn(&EntityScores) -> f64| all.iter().map(f).sum::<f64>() / n;
    let (f1, jump, typed, frag) =
        (mean(|s| s.f1), mean(|s| s.jump_recall), mean(|s| s.typed_accuracy), mean(|s| s.fragmented_rate));
    println!("{:<10} F1 {f1:.3}  jump {jump:.3}  typed {typed:.3}  fragmented {frag:.3}", "MEAN");
    assert!(failures.is_empty(), "articles below their floors:\n{}", failures.join("\n"));
    assert!(f1 >= 0.95, "mean F1 {f1:.3}");
    assert!(jump >= 0.97, "mean jump recall {jump:.3}");
    assert!(typed >= 0.92, "mean typed accuracy {typed:.3}");
    assert!(frag <= 0.06, "mean fragmented rate {frag:.3}");
}

#[test]
fn scorer_port_gives_gold_against_itself_all_ones() {
    // Entity gold only: other folders (quotes/) hold gold files of another schema.
    let entity_sets = ["articles", "heldout", "tuning", "unseen", "fixtures"];
    let entity_gold = |p: &std::path::PathBuf| {
        p.parent().and_then(|d| d.file_name()).is_some_and(|d| entity_sets.iter().any(|s| d == *s))
    };
    for path in all_gold_files().into_iter().filter(entity_gold) {
        let (gold, _) = load_gold(&path);
        let s = score(&gold, &gold_as_system(&gold));
        for (name, v) in [
            ("precision", s.precision),
            ("recall", s.recall),
            ("f1", s.f1),
            ("typed", s.typed_accuracy),
            ("mention f1", s.mention_f1),
            ("jump", s.jump_recall),
            ("detection", s.detection_recall),
            ("exact", s.exact_span_recall),
        ] {
            assert!((v - 1.0).abs() < 1e-12, "{}: {name} = {v}", path.display());
        }
        assert_eq!((s.fragmented, s.merges), (0, 0), "{}", path.display());
    }
}

/// The port against the reference scorer's own figures for one perturbed system output
/// (a dropped person, a split person, a wrong kind, two places merged, one spurious entity).
#[test]
fn scorer_port_matches_the_reference_figures() {
    let (gold, _) = load_gold(&fixture("sample.gold.json"));
    let base = gold_as_system(&gold);
    let find = |name: &str| base.iter().find(|e| e.name == name).expect("gold entity").clone();
    let mut out = Vec::new();
    for e in &base {
        match e.name.as_str() {
            "Mullah Dadullah" | "Afghanistan" => {}
            "Jalaluddin Haqqani" => {
                let mut a = e.clone();
                a.name = "Haqqani A".into();
                a.aliases.clear();
                let mut b = a.clone();
                b.name = "Haqqani B".into();
                a.mentions.truncate(5);
                b.mentions.drain(..5);
                out.extend([a, b]);
            }
            "Osama bin Laden" => {
                let mut o = e.clone();
                o.kind = Kind::Organization;
                out.push(o);
            }
            "United States" => {
                let mut m = e.clone();
                m.name = "Merged".into();
                m.aliases.clear();
                m.mentions.extend(find("Afghanistan").mentions);
                m.mentions.sort();
                out.push(m);
            }
            _ => out.push(e.clone()),
        }
    }
    out.push(Entity {
        id: 0,
        name: "Spurious".into(),
        kind: Kind::Person,
        aliases: Vec::new(),
        evidence: Vec::new(),
        mentions: vec![dossier::Span::new(0, 4)],
    });
    let s = score(&gold, &out);
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(close(s.precision, 0.9534883720930233), "{s:?}");
    assert!(close(s.recall, 0.9534883720930233), "{s:?}");
    assert!(close(s.typed_accuracy, 0.975609756097561), "{s:?}");
    assert!(close(s.mention_precision, 0.8731707317073171), "{s:?}");
    assert!(close(s.mention_recall, 0.8731707317073171), "{s:?}");
    assert!(close(s.jump_recall, 0.9451827242524916), "{s:?}");
    assert!(close(s.detection_recall, 0.9951219512195122), "{s:?}");
    assert!(close(s.exact_span_recall, 0.8731707317073171), "{s:?}");
    assert_eq!((s.fragmented, s.merges, s.ignored, s.aligned_pairs), (1, 1, 17, 41));
}

/// Figures of a set of gold files: one row each, then the mean (F1, jump, typed, fragmented).
fn report(files: &[std::path::PathBuf]) -> (f64, f64, f64, f64) {
    let mut all = Vec::new();
    for path in files {
        let (gold, entities) = analyse(path);
        let s = score(&gold, &entities);
        println!("{}", row(gold.doc.trim_end_matches(".txt"), &s));
        all.push(s);
    }
    let n = all.len().max(1) as f64;
    let mean = |f: fn(&EntityScores) -> f64| all.iter().map(f).sum::<f64>() / n;
    let m =
        (mean(|s| s.f1), mean(|s| s.jump_recall), mean(|s| s.typed_accuracy), mean(|s| s.fragmented_rate));
    println!("{:<10} F1 {:.3}  jump {:.3}  typed {:.3}  fragmented {:.3}", "MEAN", m.0, m.1, m.2, m.3);
    m
}

fn gold_files_in(dir: &str) -> Vec<std::path::PathBuf> {
    all_gold_files().into_iter().filter(|p| p.parent().is_some_and(|d| d.ends_with(dir))).collect()
}

/// The tuning articles (genres where kinds are hard: clubs named after towns, dense local
/// names, firms named like people, think-tank bios, missions and instruments), which the
/// kind weights are fitted on. The floors sit under the means of the whole set, which grows
/// each session with articles by new hands (their first readings run 3–8 points of typed
/// accuracy under the set's mean), so they are re-set when the set's rules have caught up.
#[test]
fn tuning_articles_meet_their_mean_floors() {
    let files = gold_files_in("tuning");
    if files.is_empty() {
        println!("no tuning articles");
        return;
    }
    let (f1, jump, typed, _) = report(&files);
    // Sixth session's start, 175 articles (with b2_, b3_, b4_, t4_ and t5_; the b3_ and b4_
    // blind sets just joined): F1 .936, jump .936, typed .903; at its end (kinds from the
    // sentence, subdivisions of countries, firms in other languages): .937 / .937 / .917.
    // Seventh session's start, 215 articles (the b5_ and b6_ blind sets joined): .937 / .937 /
    // .911; after its kinds work (ages, saints, facility heads, lists of firms, lone unknown
    // words as organizations, cited authors): .937 / .937 / .923.
    assert!(f1 >= 0.935, "mean F1 {f1:.3}");
    assert!(jump >= 0.935, "mean jump recall {jump:.3}");
    assert!(typed >= 0.92, "mean typed accuracy {typed:.3}");
}

/// Scores every gold file of the folder named by `DOSSIER_SCORE_DIR` (for sets that live
/// outside the repository): `DOSSIER_SCORE_DIR=DIR cargo test --test quality_entities
/// score_dir -- --ignored --nocapture`.
#[test]
#[ignore]
fn score_dir() {
    let Ok(dir) = std::env::var("DOSSIER_SCORE_DIR") else {
        println!("DOSSIER_SCORE_DIR is not set");
        return;
    };
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.to_string_lossy().ends_with(".gold.json"));
    files.sort();
    report(&files);
}

/// Writes the features the kind weights are fitted on (`assets/tools/fit_kind_weights.py`):
/// for every system entity of the tuned sets (articles/, tuning/, the sample), the gold kind
/// of the gold entity it shares most mentions with ("none" for a false entity), whether the
/// entity has a multi-word form, and the evidence-table rows that fired with their counts.
/// `cargo test --test quality_entities dump_kind_features -- --ignored` writes
/// `target/kind_features.tsv`.
#[test]
#[ignore]
fn dump_kind_features() {
    use dossier::analysis::entities::extract_with_rows;
    use std::fmt::Write as _;
    let mut files = gold_files_in("articles");
    files.extend(gold_files_in("tuning"));
    files.push(fixture("sample.gold.json"));
    let mut out = String::from("doc\tgold\tsystem\tmulti\trows\tname\n");
    for path in &files {
        let (gold, text) = load_gold(path);
        let doc = load_bytes(text.as_bytes(), &path.to_string_lossy(), Some(Format::Text), "fixture");
        for (e, rows) in extract_with_rows(&doc) {
            let overlaps = |g: &scoring::GoldEntity| {
                e.mentions
                    .iter()
                    .filter(|m| g.mentions.iter().any(|&(s, t)| m.start < t && s < m.end))
                    .count()
            };
            let best = gold
                .entities
                .iter()
                .map(|g| (overlaps(g), g))
                .filter(|(n, _)| *n > 0)
                .max_by_key(|(n, _)| *n);
            let gold_kind = best.map_or("none", |(_, g)| g.kind.as_str());
            let multi = std::iter::once(&e.name).chain(&e.aliases).any(|f| f.contains(' '));
            let rows: Vec<String> = rows.iter().map(|(r, n)| format!("{r}:{n}")).collect();
            // The folder with the name: articles/business.txt and tuning/business.txt differ.
            let folder = path
                .parent()
                .and_then(|p| p.file_name())
                .map_or(String::new(), |f| f.to_string_lossy().into_owned());
            let _ = writeln!(
                out,
                "{folder}/{}\t{gold_kind}\t{}\t{}\t{}\t{}",
                gold.doc,
                e.kind.label(),
                u8::from(multi),
                rows.join(","),
                e.name
            );
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/kind_features.tsv");
    std::fs::write(&path, out).expect("write the features");
    println!("wrote {}", path.display());
}
