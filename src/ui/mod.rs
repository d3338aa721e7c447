//! The terminal UI: keys → [`action::Action`] (through the [`keymap`], held as data) →
//! [`state::State::update`] → widgets in [`view`] drawn from `&State`.
//!
//! The loop sleeps in one channel receive until something happens: a terminal event (read
//! on its own thread), the analysis (computed on its own thread), or a terminating signal.
//! It never wakes on a timer, so an idle reader uses no CPU, and it draws only after a
//! wake-up that may have changed the state. The text shows at once and the panels fill in
//! when the analysis arrives. [`render_to_buffer`] draws a frame headless,
//! for snapshot tests and benchmarks.

pub mod action;
pub mod keymap;
pub mod layout;
pub mod resume;
pub mod settings;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wrap;

use crate::analysis::{self, Analysis, Options as AnalysisOptions};
use crate::cli::Options;
use crate::document::Document;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use state::{Effect, State};
use std::sync::Arc;
use std::sync::mpsc;

/// Builds the UI state for a document (without analysis) at a size.
pub fn new_state(doc: Arc<Document>, max_width: usize, width: u16, height: u16) -> std::io::Result<State> {
    let keymap = keymap::Keymap::builtin().map_err(std::io::Error::other)?;
    let mut st = State::new(doc, Arc::new(keymap), theme::Theme::from_env(), max_width);
    st.resize(width, height);
    Ok(st)
}

/// Draws one frame of `state` into a buffer of `width`×`height`, without a terminal. The state
/// should have been [`State::resize`]d to the same size (drawing never changes state).
pub fn render_to_buffer(state: &State, width: u16, height: u16) -> Buffer {
    let backend = TestBackend::new(width, height);
    match Terminal::new(backend) {
        Ok(mut term) => {
            let _ = term.draw(|f| view::draw(f, state));
            term.backend().buffer().clone()
        }
        Err(_) => Buffer::empty(ratatui::layout::Rect::new(0, 0, width, height)),
    }
}

/// Runs the reader until the user quits.
pub fn run(doc: Document, analysis_options: AnalysisOptions, options: &Options) -> std::io::Result<()> {
    let doc = Arc::new(doc);
    let mut session = terminal::Session::start()?;
    let size = session.terminal.size()?;
    let mut st = settings::configured_state(Arc::clone(&doc), options, size.width, size.height)?;
    let (mut resume, warning) = resume::Resume::open(&doc, options);
    if let Some(w) = warning {
        st.message = Some(st.message.take().map_or(w.clone(), |m| format!("{m}; {w}")));
    }
    if let Some(r) = &resume {
        r.restore(&mut st);
    }
    // No input makes dossier panic, so the end-to-end test that a panic restores the terminal
    // asks for one: with DOSSIER_TEST_PANIC set, panic right after the first frame.
    if std::env::var_os("DOSSIER_TEST_PANIC").is_some() {
        session.terminal.draw(|f| view::draw(f, &st))?;
        panic!("DOSSIER_TEST_PANIC is set: panicking on purpose");
    }
    let result = event_loop(&mut session, &mut st, doc, analysis_options, &mut resume);
    // Saved on every way out: quit, a terminating signal, even an I/O error in the loop.
    if let Some(r) = &mut resume
        && let Err(e) = r.save(&mut st)
        && result.is_ok()
    {
        drop(session);
        eprintln!("dossier: could not save the reading state: {e}");
    }
    result
}

/// What wakes the event loop: nothing else does, so an idle reader costs no CPU at all.
enum Wake {
    /// A terminal event (key, mouse, resize), read by the input thread.
    Input(Event),
    /// The input thread could not read the terminal.
    InputFailed(std::io::Error),
    /// The analysis thread finished (`None`: it panicked).
    Analysis(Option<Arc<Analysis>>),
    /// SIGTERM or SIGHUP.
    Stop,
}

/// Wait for a wake-up, update, and draw only when something may have changed, until the user
/// quits or a signal stops the reader.
fn event_loop(
    session: &mut terminal::Session,
    st: &mut State,
    doc: Arc<Document>,
    analysis_options: AnalysisOptions,
    resume: &mut Option<resume::Resume>,
) -> std::io::Result<()> {
    // The first screen is drawn before the analysis starts, so it never competes for a core.
    session.terminal.draw(|f| view::draw(f, st))?;
    let (tx, rx) = mpsc::channel();
    spawn_analysis(doc, analysis_options, tx.clone());
    session.on_stop({
        let tx = tx.clone();
        move || {
            let _ = tx.send(Wake::Stop);
        }
    });
    spawn_input(tx);
    // Every wake-up but a bare mouse move may change what is shown; ratatui's own diff
    // then writes only the cells that differ, so an unchanged state writes nothing.
    while let Ok(wake) = rx.recv() {
        let effect = match wake {
            Wake::Stop => return Ok(()),
            Wake::InputFailed(e) => return Err(e),
            Wake::Analysis(Some(a)) => {
                st.set_analysis(a);
                Effect::None
            }
            Wake::Analysis(None) => {
                st.message = Some("analysis failed".into());
                Effect::None
            }
            Wake::Input(Event::Key(k)) if k.kind != KeyEventKind::Release => st.handle_key(k),
            Wake::Input(Event::Mouse(m)) if m.kind == MouseEventKind::Moved => continue,
            Wake::Input(Event::Mouse(m)) => {
                st.handle_mouse(m);
                Effect::None
            }
            Wake::Input(Event::Resize(w, h)) => {
                st.resize(w, h);
                Effect::None
            }
            Wake::Input(_) => continue,
        };
        match effect {
            Effect::Quit => return Ok(()),
            Effect::Suspend => {
                save(st, resume);
                session.suspend()?;
                let size = session.terminal.size()?;
                st.resize(size.width, size.height);
            }
            Effect::None if st.dirty => save(st, resume),
            Effect::None => {}
        }
        if session.stopped() {
            return Ok(());
        }
        session.terminal.draw(|f| view::draw(f, st))?;
    }
    Ok(())
}

/// Saves the reading state now (bookmarks or corrections changed, or before a suspend);
/// a failure is shown in the status bar, not fatal.
fn save(st: &mut State, resume: &mut Option<resume::Resume>) {
    st.dirty = false;
    if let Some(r) = resume
        && let Err(e) = r.save(st)
    {
        st.message = Some(format!("could not save the reading state: {e}"));
    }
}

/// Reads terminal events on their own thread, blocking in the read, and forwards them; it
/// ends when the loop is gone (the send fails) or the terminal cannot be read.
fn spawn_input(tx: mpsc::Sender<Wake>) {
    std::thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(ev) => Wake::Input(ev),
                Err(e) => Wake::InputFailed(e),
            };
            let failed = matches!(wake, Wake::InputFailed(_));
            if tx.send(wake).is_err() || failed {
                return;
            }
        }
    });
}

/// Runs the analysis on its own thread; the result (or `None` if it panicked) wakes the loop.
fn spawn_analysis(doc: Arc<Document>, options: AnalysisOptions, tx: mpsc::Sender<Wake>) {
    std::thread::spawn(move || {
        let result = std::panic::catch_unwind(|| analysis::analyse(&doc, &options));
        let _ = tx.send(Wake::Analysis(result.ok().map(Arc::new)));
    });
}
