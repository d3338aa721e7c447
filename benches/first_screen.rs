//! Time to first screen, end to end: the real `dossier` binary and `less` open the same book
//! in a pseudo-terminal, and the clock stops when the first words of the text are on the
//! (emulated) screen. Run with `cargo bench --bench first_screen`.
//!
//! The book is `../shared/corpus/war-and-peace.txt` when the shared corpus sits beside the
//! repository, else the sample repeated to book size. `less` is skipped if not installed.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn main() {
    divan::main();
}

fn book() -> (PathBuf, &'static str) {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/war-and-peace.txt");
    if corpus.exists() {
        return (corpus, "WAR AND PEACE");
    }
    let path = std::env::temp_dir().join("dossier-first-screen-book.txt");
    let mut s = String::new();
    while s.len() < 3_200_000 {
        s.push_str(dossier::document::load::SAMPLE);
        s.push('\n');
    }
    std::fs::write(&path, s).expect("write book");
    (path, "political officer")
}

/// Spawns `program args` in a 120×40 pty and returns the time until `needle` is on screen.
fn time_to_screen(program: &str, args: &[&str], needle: &str) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 })
        .expect("pty");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LESS", "");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let _writer = pair.master.take_writer().expect("writer");
    let rows = NonZeroU16::new(40).unwrap_or(NonZeroU16::MIN);
    let cols = NonZeroU16::new(120).unwrap_or(NonZeroU16::MIN);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
    let sink = Arc::clone(&parser);
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().process(&buf[..n]);
        }
    });
    let elapsed = loop {
        if parser.lock().unwrap().screen().contents().contains(needle) {
            break start.elapsed();
        }
        if start.elapsed() > Duration::from_secs(20) {
            panic!("{program} never showed {needle:?}");
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    let _ = child.kill();
    let _ = child.wait();
    elapsed
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn dossier_first_screen(bencher: divan::Bencher) {
    let (path, needle) = book();
    let path = path.to_string_lossy().into_owned();
    bencher.bench(|| time_to_screen(env!("CARGO_BIN_EXE_dossier"), &["--no-state", &path], needle));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn less_first_screen(bencher: divan::Bencher) {
    if std::process::Command::new("less").arg("--version").output().is_err() {
        return;
    }
    let (path, needle) = book();
    let path = path.to_string_lossy().into_owned();
    bencher.bench(|| time_to_screen("less", &[&path], needle));
}
