//! The held-out articles: six original articles in genres the extractors were not tuned on
//! (obituary, court report, travel, markets, medieval history, musician profile), written by
//! someone who never saw the extraction code, and never shown to whoever tuned it. Their
//! figures estimate quality on unseen text; the floors here sit a little under today's means
//! so that a change which overfits the tuning fixtures and loses generality is caught.
//! `cargo test --test quality_heldout -- --nocapture` prints the table.

mod scoring;

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use scoring::entities::{EntityScores, score as score_entities};
use scoring::timeline::{TimelineScore, score_items};
use scoring::{all_gold_files, load_gold};

struct Row {
    name: String,
    e: EntityScores,
    t: TimelineScore,
}

fn rows() -> Vec<Row> {
    let files: Vec<_> =
        all_gold_files().into_iter().filter(|p| p.parent().is_some_and(|d| d.ends_with("heldout"))).collect();
    assert!(files.len() >= 6, "expected the six held-out articles, found {}", files.len());
    files
        .iter()
        .map(|path| {
            let (gold, text) = load_gold(path);
            let doc = load_bytes(text.as_bytes(), &gold.doc, Some(Format::Text), "heldout");
            let a = analyse(&doc, &Options::default());
            let name = gold.doc.trim_end_matches(".txt").to_string();
            Row { name, e: score_entities(&gold, &a.entities), t: score_items(&gold, &a.timeline) }
        })
        .collect()
}

#[test]
fn heldout_articles_stay_above_their_floors() {
    let rows = rows();
    for r in &rows {
        println!(
            "{:<9} entities F1 {:.3} jump {:.3} typed {:.3} frag {:.3} | timeline explicit found {:.2} right {:.2}, relative right {:.2}, precision {:.2}",
            r.name,
            r.e.f1,
            r.e.jump_recall,
            r.e.typed_accuracy,
            r.e.fragmented_rate,
            r.t.core.recall,
            r.t.core.value_exact,
            r.t.relative.value_recall,
            r.t.precision
        );
    }
    let n = rows.len() as f64;
    let mean = |f: &dyn Fn(&Row) -> f64| rows.iter().map(f).sum::<f64>() / n;
    let f1 = mean(&|r| r.e.f1);
    let jump = mean(&|r| r.e.jump_recall);
    let typed = mean(&|r| r.e.typed_accuracy);
    let frag = mean(&|r| r.e.fragmented_rate);
    let found = mean(&|r| r.t.core.recall);
    let right = mean(&|r| r.t.core.value_exact);
    let relative = mean(&|r| r.t.relative.value_recall);
    let precision = mean(&|r| r.t.precision);
    println!(
        "MEAN      entities F1 {f1:.3} jump {jump:.3} typed {typed:.3} frag {frag:.3} | timeline explicit found {found:.2} right {right:.2}, relative right {relative:.2}, precision {precision:.2}"
    );
    let floors = [
        ("entity F1", f1, FLOOR_F1, true),
        ("jump recall", jump, FLOOR_JUMP, true),
        ("typed accuracy", typed, FLOOR_TYPED, true),
        ("fragmented rate", frag, CEILING_FRAGMENTED, false),
        ("explicit dates found", found, FLOOR_FOUND, true),
        ("explicit dates right", right, FLOOR_RIGHT, true),
        ("relative dates right", relative, FLOOR_RELATIVE, true),
        ("timeline precision", precision, FLOOR_PRECISION, true),
    ];
    for (what, value, bound, is_floor) in floors {
        if is_floor {
            assert!(value >= bound, "held-out mean {what} {value:.3} fell under {bound}");
        } else {
            assert!(value <= bound, "held-out mean {what} {value:.3} rose over {bound}");
        }
    }
}

const FLOOR_F1: f64 = 0.93;
const FLOOR_JUMP: f64 = 0.93;
const FLOOR_TYPED: f64 = 0.88;
const CEILING_FRAGMENTED: f64 = 0.06;
const FLOOR_FOUND: f64 = 0.95;
const FLOOR_RIGHT: f64 = 0.95;
const FLOOR_RELATIVE: f64 = 0.55;
const FLOOR_PRECISION: f64 = 0.88;
