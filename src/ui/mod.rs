//! The terminal UI: keys → [`action::Action`] (through the [`keymap`], held as data) →
//! [`state::State::update`] → widgets in [`view`] drawn from `&State`.
//!
//! [`open_and_run`] shows the first screen before the whole book is read: a plain-text file
//! is opened, the paragraphs around the saved position (or the start) are segmented and
//! drawn, and the whole document is read, segmented and analysed on a background thread,
//! replacing the preview when it arrives (keys pressed meanwhile wait for it).
//!
//! The loop ([`event_loop`]) sleeps in one channel receive until something happens: a terminal event (read
//! on its own thread), the analysis (computed on its own thread), or a terminating signal.
//! It never wakes on a timer, so an idle reader uses no CPU, and it draws only after a
//! wake-up that may have changed the state. The text shows at once and the panels fill in
//! when the analysis arrives. [`render_to_buffer`] draws a frame headless,
//! for snapshot tests and benchmarks.

pub mod action;
mod event_loop;
pub mod keymap;
// Not yet documented item by item (see the note in lib.rs).
#[allow(missing_docs)]
pub mod layout;
#[allow(missing_docs)]
pub mod resume;
pub mod settings;
#[allow(missing_docs)]
pub mod state;
#[allow(missing_docs)]
pub mod terminal;
#[allow(missing_docs)]
pub mod theme;
#[allow(missing_docs)]
pub mod view;
pub mod wrap;

pub use crate::analysis::Options as AnalysisOptions;
use crate::document::{Document, Input, load};
use event_loop::Start;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
pub use settings::Settings;
use state::State;
use std::sync::Arc;

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

/// Opens the input and runs the reader until the user quits, showing the first screen of a
/// plain-text file before the rest of it is read (see the module doc). Input that cannot be
/// opened is an error before the terminal is touched.
pub fn open_and_run(settings: &Settings, analysis_options: AnalysisOptions) -> std::io::Result<()> {
    let refused = |e: crate::error::LoadError| std::io::Error::other(e.to_string());
    let caps = settings.config.caps();
    let opened = match &settings.input {
        Input::File(path) => load::open_file(path, caps.max_input).map_err(refused)?,
        _ => None,
    };
    let Some(mut opened) = opened else {
        return run(load::load_capped(&settings.input, caps).map_err(refused)?, analysis_options, settings);
    };
    if !opened.is_plain_text() {
        return run(opened.finish().map_err(refused)?, analysis_options, settings);
    }
    let at = resume::peek(settings, opened.len).unwrap_or(0);
    match opened.preview(at as u64) {
        Some((offset, doc)) => {
            let start = Start::Preview { doc: Arc::new(doc), offset: offset as usize, at, opened };
            event_loop::run(start, analysis_options, settings)
        }
        None => run(opened.finish().map_err(refused)?, analysis_options, settings),
    }
}

/// Runs the reader on a loaded document until the user quits.
pub fn run(doc: Document, analysis_options: AnalysisOptions, settings: &Settings) -> std::io::Result<()> {
    event_loop::run(Start::Whole(Arc::new(doc)), analysis_options, settings)
}
