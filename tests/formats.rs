//! Input formats end to end through the binary: a saved web page (main text found, navigation,
//! scripts and boilerplate dropped, headings kept) and an EPUB (chapters become sections),
//! detected by content as well as by name.

use std::process::Command;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/formats/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code().unwrap_or(-1))
}

#[test]
fn html_page_becomes_its_article() {
    let (text, code) = run(&["--text", &fixture("page.html")]);
    assert_eq!(code, 0);
    assert!(text.starts_with("Quay Opens After Years of Delay\n"), "{text}");
    assert!(text.contains("Harbour master Maria Duarte cut the ribbon"));
    assert!(text.contains("A long argument"));
    for junk in ["tracker", "Advertisement", "Subscribe", "Cookie settings", "Most read", "font-family"] {
        assert!(!text.contains(junk), "{junk} should be dropped:\n{text}");
    }
    let (json, _) = run(&["--json", &fixture("page.html")]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["document"]["format"], "html");
    assert_eq!(v["document"]["title"], "Quay Opens After Years of Delay");
    assert_eq!(v["document"]["sections"][0]["title"], "A long argument");
}

#[test]
fn html_is_detected_by_content() {
    let copy = std::env::temp_dir().join(format!("dossier-page-{}.dat", std::process::id()));
    std::fs::copy(fixture("page.html"), &copy).unwrap();
    let (text, _) = run(&["--text", copy.to_str().unwrap()]);
    assert!(text.starts_with("Quay Opens"), "{text}");
}

#[test]
fn epub_chapters_become_sections() {
    let (json, code) = run(&["--json", &fixture("tiny.epub")]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["document"]["format"], "epub");
    assert_eq!(v["document"]["title"], "The Keeper of Carrick Point");
    let sections: Vec<&str> =
        v["document"]["sections"].as_array().unwrap().iter().map(|s| s["title"].as_str().unwrap()).collect();
    assert_eq!(sections, ["The Lighthouse", "The Storm"]);
    let (text, _) = run(&["--text", &fixture("tiny.epub")]);
    assert!(text.contains("Mara Velling kept the lighthouse at Carrick Point from 1921 to 1934."));
}

#[test]
fn a_damaged_epub_is_refused_in_one_line() {
    let mut bytes = std::fs::read(fixture("tiny.epub")).unwrap();
    bytes.truncate(200);
    let path = std::env::temp_dir().join(format!("dossier-bad-{}.epub", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier")).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("damaged EPUB: the zip archive is truncated"), "{err}");
    assert!(!err.contains("EOCD") && !err.contains("[Unreadable"), "{err}");
}

#[test]
fn an_epub_whose_mimetype_entry_is_not_first_opens() {
    let (json, code) = run(&["--json", &fixture("late-mimetype.epub")]);
    assert_eq!(code, 0, "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["document"]["format"], "epub");
    assert_eq!(v["document"]["title"], "The Keeper of Carrick Point");
}
