//! Junk entries: book structure and spoken lines taken for names, and words for peoples and
//! churches typed as people or places. Each case is a short invented excerpt in
//! tests/fixtures/novels/ with its gold (the book kit's schema): the characters are found and
//! named right, and nothing else in the panel is typed person, place or organization unless
//! it is a name of the gold.

// Shared with tests/quality_books.rs, which reads every field; this test reads a few.
#[path = "scoring/books.rs"]
#[allow(dead_code)]
mod books;

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use std::path::Path;

fn excerpt(name: &str) -> (String, serde_json::Value, Vec<dossier::Entity>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/novels");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("excerpt text");
    let gold = std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("excerpt gold");
    let doc = load_bytes(text.as_bytes(), name, Some(Format::Text), name);
    let entities = analyse(&doc, &Options::default()).entities;
    (text, serde_json::from_str(&gold).expect("excerpt gold json"), entities)
}

/// Every gold form of an excerpt, normalised like the scorer's.
fn gold_forms(gold: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for group in ["characters", "places", "organizations", "other_names"] {
        for entry in gold[group].as_array().into_iter().flatten() {
            for key in ["forms", "ambiguous_forms"] {
                for f in entry[key].as_array().into_iter().flatten() {
                    out.push(books::norm(f.as_str().unwrap_or("")));
                }
            }
        }
    }
    out
}

/// The characters are found and named right, and every entity typed person, place or
/// organization is a gold name (by its name or an alias).
fn check(name: &str) -> Vec<dossier::Entity> {
    let (text, gold, entities) = excerpt(name);
    let s = books::score(&gold, &text, &entities, 200);
    let shown: Vec<(&str, String)> =
        entities.iter().map(|e| (e.name.as_str(), format!("{:?}", e.kind))).collect();
    assert_eq!(s.found, 1.0, "{name}: not every character found: {:?} in {shown:?}", s.rows);
    assert_eq!(s.named_right, 1.0, "{name}: misnamed: {:?} in {shown:?}", s.rows);
    let forms = gold_forms(&gold);
    for e in &entities {
        let typed = e.kind != dossier::analysis::Kind::Other;
        let known = std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| forms.contains(&books::norm(n)));
        assert!(!typed || known, "{name}: {:?} ({:?}) is no name of the text: {shown:?}", e.name, e.kind);
    }
    entities
}

#[test]
fn contents_lists_and_chapter_titles_in_capitals_are_structure() {
    let entities = check("contents_list");
    let caps: Vec<&str> =
        entities.iter().map(|e| e.name.as_str()).filter(|n| n.chars().all(|c| !c.is_lowercase())).collect();
    assert!(caps.is_empty(), "words of headings became entities: {caps:?}");
}

#[test]
fn a_spoken_order_is_not_the_title_of_a_work() {
    let entities = check("spoken_order");
    let openers: Vec<&str> = entities
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| n.starts_with("Fetch") || n.starts_with("Now"))
        .collect();
    assert!(openers.is_empty(), "an imperative or adverb kept in a name: {openers:?}");
}

#[test]
fn peoples_and_churches_are_not_people_or_places() {
    check("peoples");
}
