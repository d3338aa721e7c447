//! The TimeML export against hand-tagged TimeML gold (`tests/fixtures/timeml/*.tml`: short
//! news texts written for this test, tagged by hand following TimeML's TIMEX3 guidelines),
//! scored like TempEval-3 Task A: strict and relaxed span P/R/F1, value and type accuracy
//! on the matches, value F1. Run twice: with the creation time given (`--date`, as
//! TempEval-3 gives it) and with dossier's own document date. Prints a table of every
//! figure and of every difference (`cargo test --test quality_timeml -- --nocapture`) and
//! holds floors on the totals. Also checks that the export is well-formed XML whose text
//! is the document's.

mod scoring;

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use dossier::export::{Format as Export, render};
use scoring::timeml::{TimemlScore, Timex, Tml, differences, parse, score};
use std::path::{Path, PathBuf};

fn gold_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timeml");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/timeml")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    v.sort();
    v
}

/// dossier's TimeML for the gold's text, parsed; with the gold's creation time or without.
fn system(gold: &Tml, name: &str, with_dct: bool) -> Tml {
    let doc = load_bytes(gold.text.as_bytes(), name, Some(Format::Text), name);
    assert_eq!(doc.text, gold.text, "{name}: the loader changed the text");
    let date = if with_dct { gold.dct.clone() } else { None };
    let a = analyse(&doc, &Options { document_date: date });
    let xml = render(Export::Timeml, &doc, &a);
    let tml = parse(&xml).unwrap_or_else(|e| panic!("{name}: the export is not well-formed: {e}\n{xml}"));
    assert_eq!(tml.dct.is_some(), a.document_date_value().is_some(), "{name}: DCT element");
    tml
}

fn line(name: &str, s: &TimemlScore) -> String {
    let (sp, sr, sf) = s.strict_prf();
    let (rp, rr, rf) = s.relaxed_prf();
    format!(
        "{name:<9} strict P {sp:.3} R {sr:.3} F1 {sf:.3} | relaxed P {rp:.3} R {rr:.3} F1 {rf:.3} | value acc {:.3} F1 {:.3} | type acc {:.3} ({} gold, {} system)",
        s.value_accuracy(),
        s.value_f1(),
        s.type_accuracy(),
        s.gold,
        s.system
    )
}

/// Scores every fixture; prints the table and the differences.
fn run(with_dct: bool) -> TimemlScore {
    let mut total = TimemlScore::default();
    let mut table = String::new();
    for path in gold_files() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let gold = parse(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(gold.dct.is_some(), "{name}: the gold has a creation time");
        let sys = system(&gold, &name, with_dct);
        let s = score(&gold, &sys);
        table += &(line(&name, &s) + "\n");
        for d in differences(&gold, &sys) {
            table += &(d + "\n");
        }
        total.add(&s);
    }
    let mode = if with_dct { "creation time given" } else { "dossier's own document date" };
    println!("TimeML export, {mode}:\n{table}{}", line("TOTAL", &total));
    total
}

#[test]
fn fixtures_are_enough_and_parse() {
    let files = gold_files();
    assert!((6..=8).contains(&files.len()), "{} TimeML fixtures", files.len());
    let n: usize =
        files.iter().map(|p| parse(&std::fs::read_to_string(p).unwrap()).unwrap().timexes.len()).sum();
    assert!(n >= 60, "{n} gold TIMEX3s");
}

#[test]
fn timeml_with_the_creation_time_given() {
    let s = run(true);
    let floors = [
        ("relaxed span F1", s.relaxed_prf().2, 0.97),
        ("strict span F1", s.strict_prf().2, 0.95),
        ("value F1", s.value_f1(), 0.95),
        ("type accuracy", s.type_accuracy(), 0.97),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} {got:.3} under its floor {floor}");
    }
}

#[test]
fn timeml_with_dossiers_own_document_date() {
    let s = run(false);
    // Most fixtures state no date in their text: unknown is the right answer there, and
    // their weekdays and "last year" then keep underspecified values.
    let floors = [("relaxed span F1", s.relaxed_prf().2, 0.97), ("value F1", s.value_f1(), 0.76)];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} {got:.3} under its floor {floor}");
    }
}

#[test]
fn reader_gives_text_spans_and_the_creation_time() {
    let xml = "<?xml version=\"1.0\"?>\n<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2005-03-26\">x</TIMEX3></DCT>\
               <TEXT>A &amp; B <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2005\">this year</TIMEX3>.</TEXT></TimeML>";
    let t = parse(xml).unwrap();
    assert_eq!(t.text, "A & B this year.");
    assert_eq!(t.dct.as_deref(), Some("2005-03-26"));
    assert_eq!(&t.text[t.timexes[0].start..t.timexes[0].end], "this year");
    assert!(parse("<TimeML><TEXT>a <b</TEXT></TimeML>").is_err());
    assert!(parse("<TimeML><TEXT>a</TimeML>").is_err());
    assert!(parse("<TimeML><TEXT>&nbsp;</TEXT></TimeML>").is_err());
}

#[test]
fn scorer_counts_strict_relaxed_and_values() {
    let t = |s, e, v: &str| Timex { start: s, end: e, kind: "DATE".into(), value: v.into() };
    let text = "x".repeat(40);
    let gold =
        Tml { text: text.clone(), dct: None, timexes: vec![t(0, 5, "a"), t(10, 15, "b"), t(20, 25, "c")] };
    let sys = Tml { text, dct: None, timexes: vec![t(0, 5, "a"), t(12, 15, "x"), t(30, 35, "d")] };
    let s = score(&gold, &sys);
    assert_eq!((s.strict, s.relaxed, s.value, s.kind), (1, 2, 1, 2));
    assert!((s.relaxed_prf().2 - 2.0 / 3.0).abs() < 1e-9);
    assert!((s.value_f1() - 1.0 / 3.0).abs() < 1e-9);
}
