//! A pseudo-terminal harness for end-to-end tests of the real `dossier` binary: spawn it in a
//! pty of a given size, type keys, read the screen through a vt100 emulator, and keep the raw
//! byte stream for assertions about what reached the terminal.
//!
//! Waiting is by polling the screen for expected text with a generous deadline, never by
//! sleeping a fixed time, so the tests are not timing-sensitive on a loaded machine.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something before failing.
pub const DEADLINE: Duration = Duration::from_secs(30);

pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    state: Arc<Mutex<(vt100::Parser, Vec<u8>)>>,
}

impl Session {
    /// Starts `dossier ARGS` in a `cols`×`rows` pseudo-terminal.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Session {
        Self::spawn_with(args, cols, rows, &[])
    }

    pub fn spawn_with(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("open pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dossier"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // Each session gets its own empty state and config directories (unless the test
        // names them), so no test reads or writes the user's files or another test's.
        let home = scratch_dir("home");
        cmd.env("XDG_STATE_HOME", home.join("state"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(Path::new(env!("CARGO_MANIFEST_DIR")));
        let child = pair.slave.spawn_command(cmd).expect("spawn dossier in pty");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let state = Arc::new(Mutex::new((vt100::Parser::new(nonzero(rows), nonzero(cols), 0), Vec::new())));
        let sink = Arc::clone(&state);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut s = sink.lock().unwrap();
                        s.0.process(&buf[..n]);
                        s.1.extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Session { child, master: pair.master, writer, state }
    }

    /// The screen as text, rows joined by newlines.
    pub fn screen(&self) -> String {
        self.state.lock().unwrap().0.screen().contents()
    }

    /// Everything the program wrote to the terminal so far.
    pub fn raw(&self) -> Vec<u8> {
        self.state.lock().unwrap().1.clone()
    }

    pub fn cursor_hidden(&self) -> bool {
        self.state.lock().unwrap().0.screen().hide_cursor()
    }

    pub fn alternate_screen(&self) -> bool {
        self.state.lock().unwrap().0.screen().alternate_screen()
    }

    /// Types raw bytes (keys) into the terminal.
    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write to pty");
        self.writer.flush().ok();
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize pty");
        self.state.lock().unwrap().0.set_size(nonzero(rows), nonzero(cols));
    }

    /// Waits until the screen satisfies `pred`, or panics with the screen after the deadline.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                let _ = self.child.kill();
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen contains `text`.
    pub fn wait_for_text(&mut self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    /// Waits for the process to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader thread drain what is left.
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            if start.elapsed() > DEADLINE {
                let _ = self.child.kill();
                panic!("process did not exit; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap_or(std::num::NonZeroU16::MIN)
}

/// Whether `haystack` contains `needle` as a byte substring.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether the terminal was restored at the end of the stream: the last alternate-screen
/// switch is a leave, and the cursor was shown after it.
pub fn restored(raw: &[u8]) -> bool {
    let last = |needle: &[u8]| raw.windows(needle.len()).rposition(|w| w == needle);
    let enter = last(b"\x1b[?1049h");
    let leave = last(b"\x1b[?1049l");
    let show = last(b"\x1b[?25h");
    match (enter, leave, show) {
        (Some(e), Some(l), Some(s)) => l > e && s > e,
        (None, _, _) => true,
        _ => false,
    }
}

/// A fresh, empty temporary directory unique to this process and call.
pub fn scratch_dir(name: &str) -> std::path::PathBuf {
    static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("dossier-test-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create scratch dir");
    d
}
