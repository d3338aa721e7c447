//! Spoiler-safe reading end to end: a document saved at 30% with spoiler-safe on reopens in a
//! pseudo-terminal showing, in the entities panel, only people named before that point, with
//! counts of their mentions before it.

mod support;

use dossier::store::document_key;
use support::pty::{Session, scratch_dir};

const PEOPLE: [&str; 10] = [
    "Mary Johnson",
    "Robert Miller",
    "Linda Davis",
    "James Wilson",
    "Susan Taylor",
    "David Moore",
    "Karen Thomas",
    "Steven White",
    "Nancy Harris",
    "Brian Clark",
];

#[test]
fn spoiler_safe_at_thirty_percent_shows_only_what_was_read() {
    let mut text = String::new();
    for p in PEOPLE {
        let surname = p.split(' ').nth(1).unwrap();
        text.push_str(&format!(
            "{p} arrived at the station in the rain and waited a long time for the late train. \
             Later that evening {surname} wrote a letter home about the long journey and the cold night. \
             Nobody else came to the platform, and the lamps were put out one after another.\n\n"
        ));
    }
    let dir = scratch_dir("spoiler");
    let file = dir.join("story.txt");
    std::fs::write(&file, &text).unwrap();
    let pos = text.find(PEOPLE[3]).unwrap();
    assert!((pos * 100 / text.len()).abs_diff(30) <= 1);
    let state_dir = dir.join("state");
    std::fs::create_dir_all(state_dir.join("dossier")).unwrap();
    let saved = serde_json::json!({
        "version": 1,
        "documents": { document_key(&text): { "position": pos, "spoiler_safe": true } }
    });
    std::fs::write(state_dir.join("dossier/state.json"), saved.to_string()).unwrap();
    let state_env = state_dir.to_string_lossy().to_string();
    let mut s = Session::spawn_with(&[file.to_str().unwrap()], 140, 40, &[("XDG_STATE_HOME", &state_env)]);
    let screen = s.wait_for("the panel limited to parts 1-3", |sc| sc.contains("Entities (3)"));
    let panel: Vec<String> = screen.lines().map(|l| l.chars().skip(90).collect()).collect();
    let panel = panel.join("\n");
    for p in &PEOPLE[..3] {
        let row = panel.lines().find(|l| l.contains(p)).unwrap_or_else(|| panic!("{p} missing:\n{panel}"));
        assert!(row.contains(" 2 "), "{p} counts its 2 mentions before the position: {row}");
    }
    for p in &PEOPLE[3..] {
        assert!(!panel.contains(p), "{p} is first named after the position:\n{panel}");
    }
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
