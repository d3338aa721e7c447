//! End-to-end: the real `dossier` binary in a pseudo-terminal, read through a vt100 emulator.
//! Every wait polls the screen with a generous deadline; the child is killed on failure.

mod common;

use common::pty::{Session, contains};

/// Leave the alternate screen, and show the cursor.
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";

#[test]
fn reads_scrolls_resizes_and_restores_the_terminal() {
    let mut s = Session::spawn(&[], 80, 24);
    let screen = s.wait_for_text("When the political officer of the US embassy");
    assert!(screen.contains("Sample article"));
    assert!(s.alternate_screen());
    // Scroll a page: the first line leaves the screen.
    s.send(" ");
    s.wait_for("scrolled", |sc| !sc.contains("When the political officer"));
    s.send("g");
    s.wait_for_text("When the political officer");
    // Resize: the text reflows to the new width and stays at the top.
    s.resize(120, 40);
    s.wait_for("wide layout", |sc| sc.contains("Entities") && sc.contains("When the political officer"));
    s.resize(60, 20);
    s.wait_for("narrow reflow", |sc| sc.contains("When the political") && !sc.contains("Entities ("));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let raw = s.raw();
    assert!(contains(&raw, LEAVE_ALT), "left the alternate screen");
    assert!(contains(&raw, SHOW_CURSOR), "showed the cursor");
    assert!(!s.alternate_screen());
    assert!(!s.cursor_hidden());
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = Session::spawn(&[], 80, 24);
    s.wait_for_text("When the political officer");
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    assert!(contains(&s.raw(), LEAVE_ALT));
    assert!(!s.alternate_screen());
}

#[test]
fn help_lists_the_keymap() {
    let mut s = Session::spawn(&[], 100, 30);
    s.wait_for_text("When the political officer");
    s.send("?");
    s.wait_for_text("fuzzy picker");
    s.send("x");
    s.wait_for("help closed", |sc| !sc.contains("fuzzy picker"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn picker_jumps_to_a_section_and_back_returns() {
    let mut s = Session::spawn(&[], 80, 24);
    s.wait_for_text("When the political officer");
    s.wait_for("analysis", |sc| !sc.contains("analysing"));
    s.send("\x10"); // Ctrl-p
    s.wait_for_text("Jump to");
    s.send("painful");
    // Enter only once the list shows the section: under load the query is echoed before the
    // picker's index has answered it, and Enter then had nothing (or something else) to take.
    s.wait_for("the section listed", |sc| {
        sc.contains("> painful")
            && sc.lines().skip_while(|l| !l.contains("Jump to")).any(|l| l.contains("Painful Truths"))
    });
    s.send("\r");
    s.wait_for("the section at the top", |sc| {
        sc.lines().nth(1).is_some_and(|l| l.contains("Painful Truths"))
    });
    s.send("\x7f"); // Backspace: back to before the jump
    s.wait_for_text("When the political officer");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn picker_jumps_to_an_entity_and_n_follows_it() {
    let mut s = Session::spawn(&[], 120, 40);
    s.wait_for_text("When the political officer");
    // The panels fill when the analysis is done.
    s.wait_for("analysis", |sc| !sc.contains("analysing"));
    s.send("\x10"); // Ctrl-p
    s.wait_for_text("Jump to");
    s.send("bin lad");
    s.wait_for_text("> bin lad");
    s.send("\r");
    s.wait_for("first mention", |sc| sc.contains("mention 1/") && sc.contains("Osama bin Laden"));
    s.send("n");
    s.wait_for_text("mention 2/");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

/// A document long enough to scroll, written to a temp file.
fn long_document(dir: &std::path::Path) -> std::path::PathBuf {
    let mut text = String::from("Resume test\n\n");
    for i in 0..120 {
        text.push_str(&format!("Paragraph number {i} talks about nothing in particular.\n\n"));
    }
    let path = dir.join("long.txt");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn reopening_a_document_resumes_where_it_was_left() {
    let dir = common::pty::scratch_dir("resume");
    let state = dir.join("state");
    let doc = long_document(&dir);
    let (doc, state_env) = (doc.to_str().unwrap(), state.to_str().unwrap());
    let env = [("XDG_STATE_HOME", state_env)];
    let mut s = Session::spawn_with(&[doc], 80, 24, &env);
    s.wait_for_text("Paragraph number 0 ");
    s.send("  ");
    s.wait_for("scrolled", |sc| !sc.contains("Paragraph number 0 ") && !sc.contains("number 9 "));
    let top = |sc: &str| sc.lines().nth(1).unwrap_or("").trim().to_string();
    let before = top(&s.screen());
    assert!(before.starts_with("Paragraph number"), "{before}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(state.join("dossier").join("state.json").exists());
    // Reopened (under another name: the content is the key): the same text at the top.
    let copy = dir.join("renamed.txt");
    std::fs::copy(doc, &copy).unwrap();
    let mut s = Session::spawn_with(&[copy.to_str().unwrap()], 80, 24, &env);
    s.wait_for("resumed", |sc| top(sc) == before);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    // --no-state: nothing is read or written.
    let fresh = dir.join("fresh-state");
    let env = [("XDG_STATE_HOME", fresh.to_str().unwrap())];
    let mut s = Session::spawn_with(&[doc, "--no-state"], 80, 24, &env);
    s.wait_for_text("Paragraph number 0 ");
    s.send("  q");
    assert_eq!(s.wait_exit(), 0);
    assert!(!fresh.exists());
}

#[test]
fn corrections_and_bookmarks_persist_and_sigterm_saves() {
    let dir = common::pty::scratch_dir("persist");
    let state = dir.join("state");
    let doc = dir.join("article.txt");
    std::fs::copy("assets/article.txt", &doc).unwrap();
    let doc = doc.to_str().unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut s = Session::spawn_with(&[doc], 120, 40, &env);
    s.wait_for_text("When the political officer");
    s.wait_for("analysis", |sc| !sc.contains("analysing"));
    // Hide the first entity of the panel.
    s.send("\tx");
    let screen = s.wait_for_text(" hid ");
    let status = screen.lines().last().unwrap_or("");
    let hidden = status.split(" hid ").nth(1).unwrap().split("  ").next().unwrap().trim().to_string();
    assert!(!hidden.is_empty(), "{status}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    // `--json` applies the saved correction.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--json", doc])
        .env("XDG_STATE_HOME", &state)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> =
        v["entities"].as_array().unwrap().iter().filter_map(|e| e["name"].as_str()).collect();
    assert!(!names.is_empty() && !names.contains(&hidden.as_str()), "{hidden} in {names:?}");
    // Reopened: a bookmark set, then SIGTERM; the state file has it.
    let mut s = Session::spawn_with(&[doc], 120, 40, &env);
    s.wait_for_text("When the political officer");
    s.send("]mq");
    s.wait_for_text("bookmark q set");
    // Moved after the bookmark was saved: only the SIGTERM exit can save this position.
    s.send("G");
    s.wait_for_text("100%");
    let pid = s.pid().unwrap().to_string();
    let killed = std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    s.wait_exit();
    let saved = std::fs::read_to_string(state.join("dossier").join("state.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let docs = v["documents"].as_object().unwrap();
    assert_eq!(docs.len(), 1);
    let d = docs.values().next().unwrap();
    let mark = d["bookmarks"]["q"].as_u64().unwrap();
    assert!(mark > 0, "{d}");
    assert!(d["position"].as_u64().unwrap() > mark, "{d}");
    assert_eq!(d["corrections"].as_array().unwrap().len(), 1);
}

#[test]
fn a_corrupt_state_file_is_a_warning_not_a_crash() {
    let dir = common::pty::scratch_dir("corrupt");
    let state = dir.join("state");
    std::fs::create_dir_all(state.join("dossier")).unwrap();
    std::fs::write(state.join("dossier").join("state.json"), "{ not json").unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut s = Session::spawn_with(&[], 120, 40, &env);
    s.wait_for_text("When the political officer");
    s.wait_for_text("corrupt");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(state.join("dossier").join("state.json.corrupt").exists());
    assert!(state.join("dossier").join("state.json").exists(), "a fresh state was saved");
}

/// The saved state of every document in a state directory, by document key.
fn saved_documents(state: &std::path::Path) -> serde_json::Map<String, serde_json::Value> {
    let text = std::fs::read_to_string(state.join("dossier").join("state.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["documents"].as_object().unwrap().clone()
}

#[test]
fn two_instances_on_two_articles_keep_each_others_bookmarks_and_positions() {
    let dir = common::pty::scratch_dir("two-docs");
    let state = dir.join("state");
    let x = long_document(&dir);
    let y = dir.join("article.txt");
    std::fs::copy("assets/article.txt", &y).unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut one = Session::spawn_with(&[x.to_str().unwrap()], 80, 24, &env);
    let mut two = Session::spawn_with(&[y.to_str().unwrap()], 80, 24, &env);
    one.wait_for_text("Paragraph number 0 ");
    two.wait_for_text("When the political officer");
    one.send(" ");
    one.wait_for("scrolled", |sc| !sc.contains("Paragraph number 0 "));
    two.send(" ma");
    two.wait_for_text("bookmark a set");
    two.send("q");
    assert_eq!(two.wait_exit(), 0);
    // The first instance quits last, with its own (stale) copy of the file in memory.
    one.send("q");
    assert_eq!(one.wait_exit(), 0);
    let docs = saved_documents(&state);
    assert_eq!(docs.len(), 2, "{docs:?}");
    for d in docs.values() {
        assert!(d["position"].as_u64().unwrap() > 0, "{d}");
    }
    assert!(docs.values().any(|d| d["bookmarks"]["a"].as_u64().is_some()), "{docs:?}");
}

#[test]
fn one_article_open_twice_keeps_both_instances_bookmarks_and_corrections() {
    let dir = common::pty::scratch_dir("same-doc");
    let state = dir.join("state");
    let doc = dir.join("article.txt");
    std::fs::copy("assets/article.txt", &doc).unwrap();
    let doc = doc.to_str().unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut one = Session::spawn_with(&[doc], 120, 40, &env);
    let mut two = Session::spawn_with(&[doc], 120, 40, &env);
    one.wait_for_text("When the political officer");
    // An empty screen holds no "analysing" either: wait for the finished panel itself.
    two.wait_for("analysis", |sc| sc.contains("Entities (") && !sc.contains("analysing"));
    one.wait_for("analysis", |sc| sc.contains("Entities (") && !sc.contains("analysing"));
    one.send("ma");
    one.wait_for_text("bookmark a set");
    two.send("mb");
    two.wait_for_text("bookmark b set");
    two.send("\tx");
    two.wait_for_text(" hid ");
    one.send("q");
    assert_eq!(one.wait_exit(), 0);
    two.send("q");
    assert_eq!(two.wait_exit(), 0);
    let docs = saved_documents(&state);
    assert_eq!(docs.len(), 1);
    let d = docs.values().next().unwrap();
    assert!(d["bookmarks"]["a"].as_u64().is_some(), "{d}");
    assert!(d["bookmarks"]["b"].as_u64().is_some(), "{d}");
    assert_eq!(d["corrections"].as_array().unwrap().len(), 1, "{d}");
}

#[test]
fn killing_an_instance_mid_save_leaves_a_whole_state_file() {
    let dir = common::pty::scratch_dir("kill-save");
    let state = dir.join("state");
    let doc = long_document(&dir);
    let doc = doc.to_str().unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut s = Session::spawn_with(&[doc], 80, 24, &env);
    s.wait_for_text("Paragraph number 0 ");
    s.send("ma");
    s.wait_for_text("bookmark a set");
    // Every bookmark is a save; the kill lands while they are being written.
    s.send(&"jmbjmcjmdjmejmf".repeat(20));
    let pid = s.pid().unwrap().to_string();
    assert!(std::process::Command::new("kill").args(["-KILL", &pid]).status().unwrap().success());
    s.wait_exit();
    let docs = saved_documents(&state);
    assert!(docs.values().next().unwrap()["bookmarks"]["a"].as_u64().is_some(), "{docs:?}");
    // The lock died with the process: the next instance saves normally.
    let mut s = Session::spawn_with(&[doc], 80, 24, &env);
    s.wait_for_text("Paragraph number");
    s.send("mz");
    s.wait_for_text("bookmark z set");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(saved_documents(&state).values().next().unwrap()["bookmarks"]["z"].as_u64().is_some());
}

#[test]
fn a_big_book_resumes_in_the_middle_and_early_keys_are_kept() {
    let dir = common::pty::scratch_dir("big-resume");
    let state = dir.join("state");
    let mut text = String::from("Big resume test\n\n");
    for i in 0..4000 {
        text.push_str(&format!("Paragraph number {i} is one of many in a long book.\n\n"));
    }
    let path = dir.join("big.txt");
    std::fs::write(&path, &text).unwrap();
    let at = text.find("Paragraph number 2500 ").unwrap();
    std::fs::create_dir_all(state.join("dossier")).unwrap();
    let saved = serde_json::json!({"version": 1, "documents": {
        dossier::store::document_key(&text): {"position": at, "source": path.display().to_string()}}});
    std::fs::write(state.join("dossier").join("state.json"), saved.to_string()).unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut s = Session::spawn_with(&[path.to_str().unwrap()], 80, 24, &env);
    s.wait_for_text("Paragraph number 2500 ");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    // Keys pressed before the whole book is read are applied to it, not lost.
    let mut s = Session::spawn_with(&[path.to_str().unwrap(), "--no-state"], 80, 24, &env);
    s.send("G");
    s.wait_for_text("Paragraph number 3999 ");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
