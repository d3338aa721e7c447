//! The held-out sets, never tuned on: `heldout/`, six original articles (obituary, court
//! report, travel, markets, medieval history, musician profile), and `unseen/`, seven more
//! (ruling, obituary, travel, forecast feature, letter, fiction, sports feature), each written
//! by someone who never saw the extraction code and never shown to whoever tuned it. Their
//! figures estimate quality on unseen text; the floors here sit a little under today's means
//! so that a change which overfits the tuning fixtures and loses generality is caught.
//! `blind/` (eight more: wire story, profile, local election, history essay, cycling feature,
//! opinion essay, fiction, science feature) was written during the third session and scored
//! only once, at its end: nobody tuning rules has read it. Later blind sets, written the same
//! way and scored by the lead at the end of their session, move into `tuning/` once read (prefix
//! `b2_` from the fourth session; `b3_` and `b4_`, fifteen and twenty articles, from the fifth),
//! their untuned readings kept in `tuning/b*_NOTES.md`; `b5_` and `b6_` (twenty news stories
//! and twenty long-form texts) from the sixth. A fresh blind set takes their place each session:
//! `blind7/` (twenty news stories, from a cyclone to a crypto exchange's collapse) and `blind8/`
//! (twenty long-form texts: an appeal judgment, a policy brief, an 1893 diary, a transcript, a
//! parish newsletter, a short story, an arbitration award...), written in the seventh session
//! by two more annotators and scored at its start and its end.
//! `cargo test --test quality_heldout -- --nocapture` prints the tables.

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

/// Floors under a set's means: entity F1, jump recall, typed accuracy, a ceiling on the
/// fragmented rate, explicit dates found and right, relative dates right, timeline precision.
struct Floors {
    f1: f64,
    jump: f64,
    typed: f64,
    fragmented: f64,
    found: f64,
    right: f64,
    relative: f64,
    precision: f64,
}

fn rows(folder: &str, at_least: usize) -> Vec<Row> {
    let files: Vec<_> =
        all_gold_files().into_iter().filter(|p| p.parent().is_some_and(|d| d.ends_with(folder))).collect();
    assert!(files.len() >= at_least, "expected {at_least} articles in {folder}/, found {}", files.len());
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
    check(&rows("heldout", 6), "held-out", &HELDOUT);
}

#[test]
fn unseen_articles_stay_above_their_floors() {
    check(&rows("unseen", 7), "unseen", &UNSEEN);
}

#[test]
fn blind_articles_stay_above_their_floors() {
    check(&rows("blind", 8), "blind", &BLIND);
}

#[test]
fn blind7_articles_stay_above_their_floors() {
    check(&rows("blind7", 20), "blind7", &BLIND7);
}

#[test]
fn blind8_articles_stay_above_their_floors() {
    check(&rows("blind8", 20), "blind8", &BLIND8);
}

fn check(rows: &[Row], set: &str, floors: &Floors) {
    println!("== {set}");
    for r in rows {
        println!(
            "{:<12} entities F1 {:.3} jump {:.3} typed {:.3} frag {:.3} | timeline explicit found {:.2} right {:.2}, relative right {:.2}, precision {:.2}",
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
        "MEAN         entities F1 {f1:.3} jump {jump:.3} typed {typed:.3} frag {frag:.3} | timeline explicit found {found:.2} right {right:.2}, relative right {relative:.2}, precision {precision:.2}"
    );
    let checks = [
        ("entity F1", f1, floors.f1, true),
        ("jump recall", jump, floors.jump, true),
        ("typed accuracy", typed, floors.typed, true),
        ("fragmented rate", frag, floors.fragmented, false),
        ("explicit dates found", found, floors.found, true),
        ("explicit dates right", right, floors.right, true),
        ("relative dates right", relative, floors.relative, true),
        ("timeline precision", precision, floors.precision, true),
    ];
    for (what, value, bound, is_floor) in checks {
        if is_floor {
            assert!(value >= bound, "{set} mean {what} {value:.3} fell under {bound}");
        } else {
            assert!(value <= bound, "{set} mean {what} {value:.3} rose over {bound}");
        }
    }
}

const HELDOUT: Floors = Floors {
    f1: 0.955,
    jump: 0.95,
    typed: 0.915,
    fragmented: 0.04,
    found: 0.95,
    right: 0.95,
    // timeline raised in session five (relative .685, precision .933 measured); session six
    // measured relative .713, precision .924 (one more item not in the gold in one article:
    // scored, not read)
    relative: 0.70,
    precision: 0.915,
};

const UNSEEN: Floors = Floors {
    f1: 0.92,
    jump: 0.895,
    typed: 0.915,
    fragmented: 0.06,
    found: 0.97,
    right: 0.97,
    // timeline raised in session five (relative .583, precision .933 measured); session six
    // measured relative .62, precision .931 at its end (.937 with its first timeline commit
    // on the merged fixtures: scored, not read)
    relative: 0.60,
    precision: 0.925,
};

/// The blind set's floors, a little under the means it scored when it was first run
/// (F1 .908, jump .925, typed .841, fragmented .121, relative .495, precision .995); typed
/// raised after the fourth session's kind rules (.863); entity floors raised after the fifth
/// session's (F1 .927, jump .929, typed .903, fragmented .099).
const BLIND: Floors = Floors {
    f1: 0.915,
    jump: 0.92,
    typed: 0.89,
    fragmented: 0.11,
    found: 0.97,
    right: 0.97,
    relative: 0.46,
    // session six's timeline rules scored .964 here (relative .52): scored, not read or tuned
    precision: 0.955,
};

/// The seventh blind set's floors (news), under its means at the end of the seventh session
/// (F1 .950, jump .956, typed .911, fragmented .046, explicit found / right 1.0, relative
/// .431, precision .961; at the session's start: typed .910, relative .423).
const BLIND7: Floors = Floors {
    f1: 0.93,
    jump: 0.94,
    typed: 0.89,
    fragmented: 0.07,
    found: 0.98,
    right: 0.98,
    relative: 0.40,
    precision: 0.94,
};

/// The eighth blind set's floors (long-form and other registers), under its means at the end
/// of the seventh session (F1 .917, jump .945, typed .888, fragmented .054, explicit found
/// .911 / right .836, relative .372, precision .970; at the session's start: typed .885,
/// explicit right .840, relative .419, precision .967).
const BLIND8: Floors = Floors {
    f1: 0.90,
    jump: 0.93,
    typed: 0.87,
    fragmented: 0.08,
    found: 0.89,
    right: 0.81,
    relative: 0.34,
    precision: 0.95,
};
