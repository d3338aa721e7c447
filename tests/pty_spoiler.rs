//! Spoiler-safe reading end to end: a document saved at 30% with spoiler-safe on reopens in a
//! pseudo-terminal showing, in the entities panel, only people named before that point, with
//! counts of their mentions before it.

mod common;

use common::pty::{Session, scratch_dir};
use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use dossier::store::document_key;

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
        // Long parts, so the saved position is far from the last screenful (the reader never
        // scrolls past it).
        for _ in 0..4 {
            text.push_str(
                "The wind came off the hills and the rain went on. The stationmaster locked his \
                 office, looked at the empty tracks and went home to his supper and his fire.\n\n",
            );
        }
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
    // What the panel must show: the entities named before the position, with the count of
    // their mentions before it.
    let doc = load_bytes(text.as_bytes(), "story.txt", Some(Format::Text), "story");
    let full = analyse(&doc, &Options::default());
    let (seen, unseen): (Vec<_>, Vec<_>) = full.entities.iter().partition(|e| e.mentions[0].start < pos);
    assert!(!seen.is_empty() && !unseen.is_empty());
    let title = format!("Entities ({})", seen.len());
    let screen = s.wait_for("the panel limited to the first 30%", |sc| sc.contains(&title));
    let panel: Vec<String> = screen.lines().map(|l| l.chars().skip(90).collect()).collect();
    let panel = panel.join("\n");
    for e in &seen {
        let before = e.mentions.iter().filter(|m| m.start < pos).count();
        let row = panel
            .lines()
            .find(|l| l.contains(&e.name))
            .unwrap_or_else(|| panic!("{} missing:\n{panel}", e.name));
        let rest = &row[row.find(&e.name).unwrap() + e.name.len()..];
        assert_eq!(
            rest.split_whitespace().next(),
            Some(before.to_string().as_str()),
            "{} counts mentions before the position: {row}",
            e.name
        );
    }
    for e in &unseen {
        assert!(!panel.contains(&e.name), "{} is first named after the position:\n{panel}", e.name);
    }
    for p in &PEOPLE[3..] {
        assert!(!panel.contains(p), "{p} is first named after the position:\n{panel}");
    }
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
