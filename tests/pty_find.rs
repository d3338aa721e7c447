//! End-to-end in a pseudo-terminal: a text search that finds nothing offers the entity the
//! query most likely meant, and Tab jumps to its first mention; the picker finds a name typed
//! with a typo. The document is invented here, so the test does not depend on any fixture.

mod common;

use common::pty::{Session, scratch_dir};

/// A short invented article about one well-mentioned person.
fn article() -> std::path::PathBuf {
    let dir = scratch_dir("find");
    let path = dir.join("article.txt");
    let mut text = String::from("The Harbour Inquiry\n\n");
    text.push_str("Oksana Brevnova, the harbour master of Lindmark, opened the inquiry on Monday. ");
    for i in 0..6 {
        text.push_str(&format!(
            "Brevnova said the cranes had failed {i} times before the storm. Inspectors agreed. \n\n"
        ));
    }
    std::fs::write(&path, text).expect("write article");
    path
}

#[test]
fn a_search_that_finds_nothing_offers_the_entity_and_tab_jumps_to_it() {
    let path = article();
    let mut s = Session::spawn(&[path.to_str().unwrap()], 120, 40);
    s.wait_for_text("Harbour Inquiry");
    s.wait_for("analysis", |sc| !sc.contains("analysing"));
    s.send("/brevnowa\r");
    let screen = s.wait_for_text("no match for 'brevnowa' · Tab: ");
    assert!(screen.contains("Brevnova ("), "{screen}");
    s.send("\t");
    s.wait_for("the first mention", |sc| sc.contains("Brevnova · mention 1/"));
    // The picker forgives a swapped pair of letters.
    s.send("\x10brenvova\r");
    s.wait_for("the entity picked", |sc| sc.contains("Brevnova · mention 1/"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
