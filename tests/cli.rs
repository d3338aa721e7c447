//! The binary's command-line contract: outputs without a UI, and bad input refused with one
//! line on stderr and exit status 2.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dossier(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dossier");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(bytes).expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn assert_refused(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2), "exit status");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_refused_in_one_line() {
    assert_refused(&dossier(&["/nonexistent/dir/article.txt"], None), "no such file");
}

#[test]
fn directory_is_refused() {
    let dir = std::env::temp_dir();
    assert_refused(&dossier(&[dir.to_str().unwrap()], None), "is a directory");
}

#[test]
fn binary_data_is_refused() {
    let path = temp_file("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    assert_refused(&dossier(&[path.to_str().unwrap()], None), "binary");
    assert_refused(&dossier(&["-"], Some(b"abc\x00\x00\x00def")), "binary");
}

#[test]
fn bad_options_exit_2() {
    let out = dossier(&["--date", "yesterday"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = dossier(&["--width", "3"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_and_version() {
    let out = dossier(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--json") && help.contains("--text") && help.contains("--width"));
    let out = dossier(&["--version"], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn text_output_is_the_file_itself_in_a_pipe() {
    let body = "Héllo “world”.\r\n\r\nSecond\tparagraph \u{1b}[31m.\n";
    let path = temp_file("plain.txt", body.as_bytes());
    let out = dossier(&["--text", path.to_str().unwrap()], None);
    assert!(out.status.success());
    assert_eq!(out.stdout, body.as_bytes());
    // With no flag and stdout not a terminal, the text is printed too (like less).
    let out = dossier(&[path.to_str().unwrap()], None);
    assert_eq!(out.stdout, body.as_bytes());
}

#[test]
fn stdin_is_read_with_a_dash_or_a_pipe() {
    let out = dossier(&["--text", "-"], Some(b"from stdin\n"));
    assert_eq!(out.stdout, b"from stdin\n");
    let out = dossier(&["--text"], Some(b"piped\n"));
    assert_eq!(out.stdout, b"piped\n");
}

#[test]
fn json_describes_the_sample_document() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/article.txt");
    let out = dossier(&["--json", path.to_str().unwrap()], None);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let d = &v["document"];
    assert_eq!(d["bytes"], 12015);
    assert_eq!(d["paragraphs"], 18);
    let sections: Vec<&str> =
        d["sections"].as_array().unwrap().iter().map(|s| s["title"].as_str().unwrap()).collect();
    assert_eq!(sections, vec!["Much in Common", "Painful Truths"]);
    assert!(v["entities"].is_array() && v["timeline"].is_array());
}

#[test]
fn empty_and_lossy_input_open_with_warnings() {
    let out = dossier(&["--json", "-"], Some(b""));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["document"]["warnings"][0], "empty document");
    let out = dossier(&["--json", "-"], Some(b"caf\xe9 au lait\n"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["document"]["warnings"][0].as_str().unwrap().contains("invalid UTF-8"));
}

#[test]
fn markdown_is_rendered_to_text() {
    let path =
        temp_file("notes.md", b"# Heading One\n\nSome **bold** text and a [link](http://example.com).\n");
    let out = dossier(&["--text", path.to_str().unwrap()], None);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Heading One\n\nSome bold text and a link.\n");
}

#[test]
fn a_five_megabyte_single_line_loads() {
    let line = "word and Word again. ".repeat(250_000);
    let out = dossier(&["--json", "-"], Some(line.as_bytes()));
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["document"]["bytes"], line.len());
}

#[test]
fn print_config_prints_the_commented_defaults() {
    let out = dossier(&["--print-config"], None);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("text_width = 80") && text.contains("# Colours"));
}

#[test]
fn a_bad_config_warns_with_line_and_key_and_uses_the_defaults() {
    let path = temp_file("bad-config.toml", b"marks = true\ntext_width = 5\n");
    let out = dossier(&["--config", path.to_str().unwrap(), "--json", "-"], Some(b"Some text.\n"));
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2: text_width"), "{err}");
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
}

#[test]
fn print_keymap_prints_the_default_bindings() {
    let out = dossier(&["--print-keymap"], None);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[reader]") && text.contains("line_down"), "{text}");
}

#[test]
fn stdin_is_titled_by_its_headline() {
    let out = dossier(&["--json", "-"], Some(b"## Harbour talks resume\n\nThe quay opened on Monday.\n"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["document"]["title"], "Harbour talks resume");
}

#[test]
fn completions_are_a_script_bash_accepts_and_the_man_page_is_roff() {
    let out = dossier(&["--completions", "bash"], None);
    assert_eq!(out.status.code(), Some(0));
    let script = temp_file("dossier.bash", &out.stdout);
    match Command::new("bash").arg("-n").arg(&script).output() {
        Ok(check) => assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr)),
        Err(_) => eprintln!("skipped: no bash to check the script with"),
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("--print-keymap"));
    for shell in ["zsh", "fish"] {
        assert!(!dossier(&["--completions", shell], None).stdout.is_empty(), "{shell}");
    }
    let man = dossier(&["--man"], None);
    let page = String::from_utf8_lossy(&man.stdout);
    assert!(page.contains(".TH dossier"), "{page}");
    assert!(page.contains("completions"));
}
