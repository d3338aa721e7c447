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
pub fn run(doc: Document, analysis_options: AnalysisOptions, options: &Options) -> std::io::Result<()> {
    let doc = Arc::new(doc);
    let rx = spawn_analysis(Arc::clone(&doc), analysis_options);
    let mut session = terminal::Session::start()?;
    let size = session.terminal.size()?;
    let mut st = new_state(doc, options.width as usize, size.width, size.height)?;
    let mut pending = Some(rx);
    loop {
        session.terminal.draw(|f| view::draw(f, &st))?;
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
                session.suspend()?;
                let size = session.terminal.size()?;
                st.resize(size.width, size.height);
            }
            Effect::None => {}
        }
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
