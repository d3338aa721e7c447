//! The terminal UI: keys → [`action::Action`] (through the [`keymap`], held as data) →
//! [`state::State::update`] → widgets in [`view`] drawn from `&State`.
//!
//! The loop is synchronous: draw, wait for an event (or the analysis, or a signal), update.
//! The analysis runs on a background thread and arrives over a channel, so the text shows at
//! once and the panels fill in when it is done. [`render_to_buffer`] draws a frame headless,
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

pub use settings::Settings;

use crate::analysis::{self, Analysis, Options as AnalysisOptions};
use crate::document::Document;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use state::{Effect, State};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

/// How often the loop wakes up to check for the analysis and signals.
const TICK: Duration = Duration::from_millis(100);

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
pub fn run(doc: Document, analysis_options: AnalysisOptions, settings: &Settings) -> std::io::Result<()> {
    let doc = Arc::new(doc);
    let mut session = terminal::Session::start()?;
    let size = session.terminal.size()?;
    let mut st = settings::configured_state(Arc::clone(&doc), settings, size.width, size.height)?;
    let (mut resume, warning) = resume::Resume::open(&doc, settings);
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

/// Draw, wait, update, until the user quits or a signal stops the reader.
fn event_loop(
    session: &mut terminal::Session,
    st: &mut State,
    doc: Arc<Document>,
    analysis_options: AnalysisOptions,
    resume: &mut Option<resume::Resume>,
) -> std::io::Result<()> {
    // The first screen is drawn before the analysis starts, so it never competes for a core.
    session.terminal.draw(|f| view::draw(f, st))?;
    let mut pending = Some(spawn_analysis(doc, analysis_options));
    loop {
        session.terminal.draw(|f| view::draw(f, st))?;
        if session.stopped() {
            return Ok(());
        }
        if let Some(rx) = &pending {
            match rx.try_recv() {
                Ok(a) => {
                    st.set_analysis(a);
                    pending = None;
                    continue;
                }
                Err(mpsc::TryRecvError::Disconnected) => {
                    st.message = Some("analysis failed".into());
                    pending = None;
                }
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        if !event::poll(TICK)? {
            continue;
        }
        let effect = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => st.handle_key(k),
            Event::Mouse(m) => {
                st.handle_mouse(m);
                Effect::None
            }
            Event::Resize(w, h) => {
                st.resize(w, h);
                Effect::None
            }
            _ => Effect::None,
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
    }
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

/// Runs the analysis on its own thread; the result arrives on the returned channel.
fn spawn_analysis(doc: Arc<Document>, options: AnalysisOptions) -> mpsc::Receiver<Arc<Analysis>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let a = analysis::analyse(&doc, &options);
        let _ = tx.send(Arc::new(a));
    });
    rx
}
