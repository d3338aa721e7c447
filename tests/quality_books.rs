//! Whole novels: the character X-ray of the two books of the shared evaluation kit, scored
//! with the port of its character scorer (tests/scoring/books.rs), plus short invented
//! excerpts in tests/fixtures/novels/ that each show one case of the name model.
//!
//! The kit lives outside the repository (a `shared/` folder beside or above the checkout,
//! holding `corpus/` and `eval/books/gold/`); on a clean clone it is absent and the book
//! test skips with a message. The floors sit a little under today's figures. Analysing a
//! whole novel in a debug build takes seconds, not minutes (dependencies are optimised in
//! the dev profile). `cargo test --test quality_books -- --nocapture` prints the figures.

#[path = "scoring/books.rs"]
mod books;

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use std::path::{Path, PathBuf};

/// The shared evaluation kit: the first `shared/` with a `corpus/` beside the crate root or
/// above it.
fn shared_dir() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    root.ancestors().skip(1).map(|a| a.join("shared")).find(|d| d.join("corpus").is_dir())
}

fn entities_of(text: &str, name: &str) -> Vec<dossier::Entity> {
    let doc = load_bytes(text.as_bytes(), name, Some(Format::Text), name);
    analyse(&doc, &Options::default()).entities
}

#[test]
fn shared_books_meet_their_floors() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: no shared evaluation kit (shared/corpus) beside or above the crate");
        return;
    };
    // (book, found, one_entry_90, named_right, coverage, kind_right, junk_top50_typed_name)
    let floors = [
        ("war-and-peace", 0.96, 0.96, 0.97, 0.95, 0.97, 2),
        ("les-miserables", 0.92, 0.82, 0.95, 0.93, 0.97, 2),
    ];
    for (book, found, one90, named, coverage, kind, junk) in floors {
        let text_path = shared.join("corpus").join(format!("{book}.txt"));
        let gold_path = shared.join("eval/books/gold").join(format!("{book}.json"));
        let (Ok(text), Ok(gold)) = (std::fs::read_to_string(&text_path), std::fs::read_to_string(&gold_path))
        else {
            eprintln!("skipped {book}: not in the kit");
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold json");
        let entities = entities_of(&text, book);
        let s = books::score(&gold, &text, &entities, 200);
        println!("{book} {}", s.summary());
        assert!(s.found >= found, "{book} found {:.3} < {found}", s.found);
        assert!(s.one_entry_90 >= one90, "{book} one_entry_90 {:.3} < {one90}", s.one_entry_90);
        assert!(s.named_right >= named, "{book} named_right {:.3} < {named}", s.named_right);
        assert!(s.coverage >= coverage, "{book} coverage {:.3} < {coverage}", s.coverage);
        assert!(s.kind_right >= kind, "{book} kind_right {:.3} < {kind}", s.kind_right);
        assert!(s.junk_top50_typed_name <= junk, "{book} junk {} > {junk}", s.junk_top50_typed_name);
    }
}

/// One invented excerpt: its text file and the gold beside it (the kit's book schema).
fn excerpt(name: &str) -> (String, serde_json::Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/novels");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("excerpt text");
    let gold = std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("excerpt gold");
    (text, serde_json::from_str(&gold).expect("excerpt gold json"))
}

/// Every character of an excerpt is found, in one entry, named by one of its forms.
fn check_excerpt(name: &str) -> books::BookScores {
    let (text, gold) = excerpt(name);
    let entities = entities_of(&text, name);
    let s = books::score(&gold, &text, &entities, 200);
    let shown: Vec<(&str, usize)> = entities.iter().map(|e| (e.name.as_str(), e.mentions.len())).collect();
    assert_eq!(s.found, 1.0, "{name}: not every character found: {:?} in {shown:?}", s.rows);
    assert_eq!(s.named_right, 1.0, "{name}: misnamed: {:?} in {shown:?}", s.rows);
    s
}

#[test]
fn a_patronymic_and_the_given_name_are_one_person() {
    let s = check_excerpt("patronymic");
    assert_eq!(s.one_entry_90, 1.0, "{:?}", s.rows);
}

#[test]
fn a_surname_first_seen_alone_joins_the_full_name() {
    let s = check_excerpt("surname_first");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn chapter_headings_in_capitals_are_not_people() {
    let (text, _) = excerpt("heading");
    let entities = entities_of(&text, "heading");
    assert!(
        entities.iter().all(|e| !e.name.to_lowercase().contains("chapter")),
        "{:?}",
        entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    check_excerpt("heading");
}

#[test]
fn a_one_off_run_of_two_names_is_two_people() {
    let s = check_excerpt("run_on");
    assert_eq!(s.merged_by_mentions, 0, "{:?}", s.rows);
}

#[test]
fn a_couple_named_by_title_and_surname_are_two_people() {
    let s = check_excerpt("couple");
    assert_eq!(s.merged, 0, "{:?}", s.rows);
    assert_eq!(s.merged_by_mentions, 0, "{:?}", s.rows);
}

#[test]
fn a_pet_name_used_beside_the_full_name_is_one_person() {
    let s = check_excerpt("diminutive");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_father_and_son_sharing_a_surname_stay_apart() {
    let s = check_excerpt("father_son");
    assert_eq!(s.merged_by_mentions, 0, "{:?}", s.rows);
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_bare_surname_joins_the_one_woman_named_by_title_and_it() {
    let s = check_excerpt("titled_woman");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_word_before_a_far_more_used_name_is_a_descriptor() {
    let s = check_excerpt("descriptor");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_russian_pet_form_of_a_mans_name_is_his() {
    let s = check_excerpt("pet_form");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_nickname_in_quotes_inside_a_full_name_is_the_persons() {
    let s = check_excerpt("quoted_nickname");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_nickname_a_naming_verb_gives_joins_the_person_named_before() {
    let s = check_excerpt("called_nickname");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_maiden_name_after_born_is_the_same_woman() {
    let s = check_excerpt("maiden_name");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_pet_form_joins_a_given_name_used_only_alone() {
    let s = check_excerpt("pet_given");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn a_double_surname_with_a_street_word_is_a_person() {
    let s = check_excerpt("double_surname");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
    assert_eq!(s.kind_right, 1.0, "{:?}", s.rows);
}

#[test]
fn a_police_rank_abbreviation_is_a_title_not_a_name() {
    let s = check_excerpt("police_title");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
}

#[test]
fn the_elder_sister_is_miss_and_the_surname_the_younger_miss_and_her_given_name() {
    let s = check_excerpt("sisters");
    assert_eq!(s.one_entry, 1.0, "{:?}", s.rows);
    assert_eq!(s.merged_by_mentions, 0, "{:?}", s.rows);
}
