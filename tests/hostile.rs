//! Hostile input, end to end: the real binary runs in a pseudo-terminal on documents full of
//! escape sequences and control characters, the user presses `q`, and the raw byte stream
//! must contain none of the document's sequences, the process must exit 0 and the terminal
//! must be restored. Refused input must exit 2 with one line and leave the terminal alone.

mod common;

use common::pty::{Session, contains, restored};

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("dossier-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

/// Each case: a name and the bytes that must never reach the terminal.
const CASES: &[(&str, &[u8])] = &[
    ("osc52 clipboard write", b"\x1b]52;c;cGF5bG9hZA==\x07"),
    ("osc0 title change", b"\x1b]0;PWNED-TITLE\x07"),
    ("osc2 title change with ST", b"\x1b]2;PWNED-TWO\x1b\\"),
    ("osc8 hyperlink", b"\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\"),
    ("csi cursor move", b"\x1b[9876;5432H"),
    ("csi screen clear", b"\x1b[3J\x1b[2J"),
    ("dcs request", b"\x1bP+q544e\x1b\\"),
    ("sgr attributes", b"\x1b[38;5;199;48;5;77;5m"),
    ("c1 csi as utf-8", "\u{9b}6n".as_bytes()),
    ("raw c1 byte", b"\x9b6n"),
    ("bell", b"\x07\x07\x07"),
    ("backspaces", b"abc\x08\x08\x08xyz"),
    ("bidi override", "\u{202e}gnp.exe\u{202c}".as_bytes()),
];

fn document_with(payload: &[u8]) -> Vec<u8> {
    let mut doc = b"Hostile marker paragraph opens the document.\n\nBefore ".to_vec();
    doc.extend_from_slice(payload);
    doc.extend_from_slice(b" after, with a bare\rcarriage return and a\ttab.\n\nLast paragraph.\n");
    doc
}

/// The bytes of `payload` that are distinctive enough to look for in the output: the whole
/// payload, and for escape sequences the part after ESC (a terminal would act on it).
fn forbidden(payload: &[u8]) -> Vec<Vec<u8>> {
    let mut out = vec![payload.to_vec()];
    if payload.len() > 3 && payload[0] == 0x1b {
        out.push(payload[..payload.len().min(8)].to_vec());
    }
    out
}

#[test]
fn no_document_sequence_reaches_the_terminal() {
    for (i, (name, payload)) in CASES.iter().enumerate() {
        let path = temp_file(&format!("case{i}.txt"), &document_with(payload));
        let mut s = Session::spawn(&[&path], 80, 24);
        let screen = s.wait_for_text("Hostile marker");
        assert!(screen.contains("after"), "{name}: text around the payload is shown:\n{screen}");
        s.send("q");
        assert_eq!(s.wait_exit(), 0, "{name}: exit status");
        let raw = s.raw();
        for bad in forbidden(payload) {
            assert!(!contains(&raw, &bad), "{name}: {bad:?} reached the terminal");
        }
        assert!(!contains(&raw, b"\x07"), "{name}: a BEL reached the terminal");
        assert!(!contains(&raw, "\u{202e}".as_bytes()), "{name}: a bidi override reached the terminal");
        assert!(restored(&raw), "{name}: terminal not restored");
    }
}

#[test]
fn refused_input_leaves_the_terminal_alone() {
    let path = temp_file("binary.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00");
    let mut s = Session::spawn(&[&path], 80, 24);
    assert_eq!(s.wait_exit(), 2);
    let raw = s.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("binary"), "{text:?}");
    assert!(!contains(&raw, b"\x1b[?1049h"), "no alternate screen for refused input");
}

#[test]
fn awkward_but_valid_text_opens() {
    let cases: &[(&str, Vec<u8>)] = &[
        ("empty", Vec::new()),
        ("crlf", b"Hostile marker one.\r\n\r\nTwo.\r\n".to_vec()),
        ("invalid utf-8", b"Hostile marker caf\xe9 cr\xe8me.\n".to_vec()),
        ("wide and combining", "Hostile marker 漢字テスト e\u{301}t\u{e9} 👩‍👩‍👧 ok.\n".as_bytes().to_vec()),
        ("five megabyte line", {
            let mut v = b"Hostile marker ".to_vec();
            v.extend("lorem ipsum dolor ".repeat(300_000).as_bytes());
            v
        }),
    ];
    for (name, bytes) in cases {
        let path = temp_file(&format!("{}.txt", name.replace(' ', "-")), bytes);
        let mut s = Session::spawn(&[&path], 80, 24);
        if bytes.is_empty() {
            s.wait_for_text("empty");
        } else {
            s.wait_for_text("Hostile marker");
        }
        s.send("q");
        assert_eq!(s.wait_exit(), 0, "{name}");
        assert!(restored(&s.raw()), "{name}: terminal not restored");
    }
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let mut s = Session::spawn(&[], 80, 24);
        s.wait_for_text("political officer");
        let pid = s.pid().expect("pid").to_string();
        let status = std::process::Command::new("kill").args([&format!("-{signal}"), &pid]).status().unwrap();
        assert!(status.success());
        s.wait_exit();
        assert!(restored(&s.raw()), "SIG{signal}: terminal not restored");
    }
}

#[test]
fn a_panic_restores_the_terminal_and_shows_its_message() {
    let mut s = Session::spawn_with(&["--no-state"], 80, 24, &[("DOSSIER_TEST_PANIC", "1")]);
    let code = s.wait_exit();
    assert_eq!(code, 101, "a panic exits with Rust's panic status");
    let raw = s.raw();
    assert!(contains(&raw, b"\x1b[?1049h"), "the UI had started");
    assert!(restored(&raw), "terminal not restored after a panic");
    assert!(s.screen().contains("panicking on purpose"), "the message is readable:\n{}", s.screen());
}

#[test]
fn a_file_that_grows_while_open_is_no_problem() {
    let path = temp_file("grow.txt", b"Hostile marker text that will grow.\n");
    let mut s = Session::spawn(&[&path], 80, 24);
    s.wait_for_text("Hostile marker");
    let mut f = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
    std::io::Write::write_all(&mut f, "More text arrives.\n".repeat(10_000).as_bytes()).unwrap();
    s.send("jjG");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(restored(&s.raw()));
}

#[test]
fn a_file_that_vanishes_while_open_is_no_problem() {
    let path = temp_file("vanish.txt", b"Hostile marker text that will vanish.\n");
    let mut s = Session::spawn(&[&path], 80, 24);
    s.wait_for_text("Hostile marker");
    std::fs::remove_file(&path).unwrap();
    s.send("jjkG");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

/// Closing the terminal window (here: killing its tmux session) sends SIGHUP and leaves the
/// terminal at end-of-file; dossier must exit rather than spin. A real terminal server is
/// needed to close the terminal for good, so this test uses tmux and is skipped without it.
#[test]
fn closing_the_terminal_ends_the_process() {
    let tmux = |args: &[&str]| std::process::Command::new("tmux").args(args).output();
    if tmux(&["-V"]).is_err() {
        eprintln!("tmux not installed: skipped");
        return;
    }
    let name = format!("dossier-hangup-{}", std::process::id());
    let cmd = format!("{} --no-state", env!("CARGO_BIN_EXE_dossier"));
    let started = tmux(&["new-session", "-d", "-s", &name, "-x", "80", "-y", "24", &cmd]).unwrap();
    assert!(started.status.success(), "{}", String::from_utf8_lossy(&started.stderr));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let screen = tmux(&["capture-pane", "-p", "-t", &name]).unwrap();
        if String::from_utf8_lossy(&screen.stdout).contains("political officer") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "dossier never drew in tmux");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let pid =
        String::from_utf8_lossy(&tmux(&["list-panes", "-t", &name, "-F", "#{pane_pid}"]).unwrap().stdout)
            .trim()
            .to_string();
    tmux(&["kill-session", "-t", &name]).unwrap();
    // Gone, or a zombie nobody reaps: either way no longer running.
    let running = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|s| !s.split(") ").nth(1).unwrap_or("").starts_with('Z'))
            .unwrap_or(false)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while running() {
        if std::time::Instant::now() > deadline {
            let _ = std::process::Command::new("kill").args(["-9", &pid]).status();
            panic!("dossier kept running after its terminal closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Runs the binary on `args` with `feed` written to its stdin until it stops reading; returns
/// its exit code and stderr.
fn run_fed(args: &[&str], feed: Option<&'static [u8]>) -> (Option<i32>, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("XDG_STATE_HOME", std::env::temp_dir().join("dossier-hostile-state"))
        .stdin(if feed.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let writer = feed.and_then(|chunk| {
        let mut stdin = child.stdin.take()?;
        // Endless: only the reader's refusal (a closed pipe) stops it.
        Some(std::thread::spawn(move || while stdin.write_all(chunk).is_ok() {}))
    });
    let out = child.wait_with_output().unwrap();
    if let Some(w) = writer {
        w.join().unwrap();
    }
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn endless_devices_are_refused_in_one_line() {
    for dev in ["/dev/zero", "/dev/urandom"] {
        if !std::path::Path::new(dev).exists() {
            eprintln!("skipping {dev}: not on this system");
            continue;
        }
        let (code, err) = run_fed(&[dev], None);
        assert_eq!(code, Some(2), "{dev}: {err}");
        assert_eq!(err.lines().count(), 1, "{dev}: {err}");
        assert!(err.contains("binary"), "{dev}: {err}");
    }
}

#[test]
fn an_endless_pipe_is_refused_in_one_line() {
    // Binary: refused after its first 64 KB.
    let (code, err) = run_fed(&["-"], Some(&[0u8; 4096]));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("binary") && err.lines().count() == 1, "{err}");
    // Text: refused one byte past the cap, which the message names.
    let config = temp_file("small-cap.toml", b"max_input = 1000000\n");
    let (code, err) = run_fed(&["--config", &config, "-"], Some(b"yes, endless text\n"));
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.trim(), "dossier: input larger than 1000000 bytes: stdin; set max_input to open it");
}

#[test]
fn an_endless_text_pipe_meets_the_lower_stream_cap_by_default() {
    // `yes | dossier`: text forever. With no settings it stops at max_stream_input (64 MiB),
    // far below max_input, and says which setting opens more.
    let (code, err) = run_fed(&["--json", "-"], Some(b"y\ny\ny\ny\ny\ny\ny\ny\n"));
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.trim(), "dossier: input larger than 64 MiB: stdin; set max_stream_input to open it");
    // A raised stream cap is still bounded by max_input.
    let config = temp_file("stream-cap.toml", b"max_input = 2000000\nmax_stream_input = 1000000000\n");
    let (code, err) = run_fed(&["--config", &config, "-"], Some(b"endless text\n"));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("input larger than 2000000 bytes") && err.contains("set max_input"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_endless_fifo_is_read_as_a_stream() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("dossier-fifo-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let fifo = dir.join("endless");
    let _ = std::fs::remove_file(&fifo);
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipping: mkfifo is not available");
        return;
    }
    let config = temp_file("fifo-cap.toml", b"max_stream_input = 100000\n");
    let path = fifo.clone();
    // Not joined: had the reader never opened the FIFO, the writer would wait in open()
    // forever; the test process ends it.
    std::thread::spawn(move || {
        let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&path) else { return };
        while f.write_all(b"words and more words\n").is_ok() {}
    });
    let (code, err) = run_fed(&["--config", &config, "--json", fifo.to_str().unwrap()], None);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("input larger than") && err.contains("set max_stream_input"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_file_over_the_cap_is_refused_before_it_is_read() {
    let config = temp_file("tiny-cap.toml", b"max_input = 1024\n");
    let big = temp_file("big.txt", &b"Plain words. ".repeat(200));
    let (code, err) = run_fed(&["--config", &config, &big], None);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("input larger than 1 KiB") && err.contains("set max_input"), "{err}");
}
