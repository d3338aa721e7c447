//! The reader's event loop: it sleeps in one channel receive until something happens, a
//! terminal event (read on its own thread), the whole document or the analysis (from the
//! background thread), or a terminating signal. It never wakes on a timer, so an idle
//! reader uses no CPU, and it draws only after a wake-up that may have changed the state
//! (a bare mouse move does not; ratatui's diff then writes only the cells that changed).
//! The one exception is a search's count of matches, taken a chunk at a time between
//! wake-ups until it is complete (then drawn once).
//!
//! Started on a preview (a screenful of a plain-text file, see [`super::open_and_run`]), the
//! loop holds keys and clicks back until the whole document arrives, then builds the real
//! state (restoring the saved position and bookmarks) and replays them, so nothing pressed
//! early is lost or applied to the wrong text.

use super::settings::Settings;
use super::state::{Effect, State};
use super::{resume, settings, terminal, view};
use crate::analysis::{self, Analysis, Options as AnalysisOptions};
use crate::document::Document;
use crate::document::load::Opened;
use crate::error::LoadError;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use std::sync::{Arc, mpsc};

/// What the reader starts on.
pub enum Start {
    /// The whole document, loaded.
    Whole(Arc<Document>),
    /// A preview of the paragraphs of `opened` from file offset `offset`, shown at byte `at`
    /// of the file, until the whole document is read.
    Preview { doc: Arc<Document>, offset: usize, at: usize, opened: Opened },
}

/// What wakes the event loop: nothing else does.
enum Wake {
    /// A terminal event (key, mouse, resize), read by the input thread.
    Input(Event),
    /// The input thread could not read the terminal.
    InputFailed(std::io::Error),
    /// The whole document, after a preview.
    Document(Result<Arc<Document>, LoadError>),
    /// The analysis thread finished (`None`: it panicked).
    Analysis(Option<Arc<Analysis>>),
    /// The text folded for search, built by the analysis thread once the analysis is sent.
    TextIndex(crate::search::TextIndex),
    /// SIGTERM or SIGHUP.
    Stop,
}

/// Runs the reader until the user quits; the reading state is saved on every way out.
pub fn run(start: Start, analysis_options: AnalysisOptions, settings: &Settings) -> std::io::Result<()> {
    let mut session = terminal::Session::start()?;
    let size = session.terminal.size()?;
    let (tx, rx) = mpsc::channel();
    // After the analysis, its thread builds the picker's indexes (see `PickerState::spawn`).
    let (worker, jobs) = mpsc::channel();
    let (mut st, mut resume, preview) = match start {
        Start::Whole(doc) => {
            let (st, resume) = whole_state(Arc::clone(&doc), settings, size.width, size.height)?;
            // The first screen is drawn before the analysis starts, so it never competes.
            session.terminal.draw(|f| view::draw(f, &st))?;
            spawn_analysis(doc, analysis_options, tx.clone(), jobs);
            (st, resume, false)
        }
        Start::Preview { doc, offset, at, opened } => {
            let mut st = settings::configured_state(Arc::clone(&doc), settings, size.width, size.height)?;
            st.reader.jump_to(&doc, at.saturating_sub(offset), 0);
            session.terminal.draw(|f| view::draw(f, &st))?;
            spawn_load(opened, analysis_options, tx.clone(), jobs);
            (st, None, true)
        }
    };
    st.picker.worker = Some(worker);
    // No input makes dossier panic, so the end-to-end test that a panic restores the terminal
    // asks for one: with DOSSIER_TEST_PANIC set, panic right after the first frame.
    if std::env::var_os("DOSSIER_TEST_PANIC").is_some() {
        panic!("DOSSIER_TEST_PANIC is set: panicking on purpose");
    }
    session.on_stop({
        let tx = tx.clone();
        move || {
            let _ = tx.send(Wake::Stop);
        }
    });
    spawn_input(tx);
    let mut held = preview.then(Vec::new);
    let result = event_loop(&mut session, &mut st, &rx, &mut resume, &mut held, settings);
    if let Some(r) = &mut resume
        && let Err(e) = r.save(&mut st)
        && result.is_ok()
    {
        drop(session);
        eprintln!("dossier: could not save the reading state: {e}");
    }
    result
}

/// A state for the whole document at a size, with the saved position and bookmarks restored.
fn whole_state(
    doc: Arc<Document>,
    settings: &Settings,
    width: u16,
    height: u16,
) -> std::io::Result<(State, Option<resume::Resume>)> {
    let mut st = settings::configured_state(Arc::clone(&doc), settings, width, height)?;
    let (resume, warning) = resume::Resume::open(&doc, settings);
    if let Some(w) = warning {
        st.message = Some(st.message.take().map_or(w.clone(), |m| format!("{m}; {w}")));
    }
    if let Some(r) = &resume {
        r.restore(&mut st);
    }
    Ok((st, resume))
}

/// Wait for a wake-up, update, draw; until the user quits or a signal stops the reader.
/// `held` is `Some` while a preview is shown: terminal events wait there.
fn event_loop(
    session: &mut terminal::Session,
    st: &mut State,
    rx: &mpsc::Receiver<Wake>,
    resume: &mut Option<resume::Resume>,
    held: &mut Option<Vec<Event>>,
    settings: &Settings,
) -> std::io::Result<()> {
    loop {
        let wake = if st.search.counting() {
            // Matches are counted a chunk at a time while no wake-up waits; the status bar
            // is drawn again when the count is complete.
            match rx.try_recv() {
                Ok(wake) => wake,
                Err(mpsc::TryRecvError::Empty) => {
                    if st.search.count_step(&st.doc.text) {
                        session.terminal.draw(|f| view::draw(f, st))?;
                    }
                    continue;
                }
                Err(mpsc::TryRecvError::Disconnected) => break,
            }
        } else {
            match rx.recv() {
                Ok(wake) => wake,
                Err(_) => break,
            }
        };
        let effect = match wake {
            Wake::Stop => return Ok(()),
            Wake::InputFailed(e) => return Err(e),
            Wake::Document(Err(e)) => return Err(std::io::Error::other(e.to_string())),
            Wake::Document(Ok(doc)) => {
                let (whole, r) = whole_state(doc, settings, st.width, st.height)?;
                let worker = st.picker.worker.take();
                (*st, *resume) = (whole, r);
                st.picker.worker = worker;
                let mut effect = Effect::None;
                for ev in held.take().unwrap_or_default() {
                    effect = apply(session, st, resume, ev)?;
                    if effect == Effect::Quit {
                        return Ok(());
                    }
                }
                effect
            }
            Wake::Analysis(Some(a)) => {
                st.set_analysis(a);
                Effect::None
            }
            Wake::Analysis(None) => {
                st.message = Some("analysis failed".into());
                Effect::None
            }
            Wake::TextIndex(index) => {
                st.search.set_index(index);
                continue;
            }
            Wake::Input(Event::Resize(w, h)) if held.is_some() => {
                st.resize(w, h);
                Effect::None
            }
            Wake::Input(ev) => match held {
                Some(waiting) => {
                    waiting.push(ev);
                    continue;
                }
                None if matches!(ev, Event::Mouse(m) if m.kind == MouseEventKind::Moved) => continue,
                None => apply(session, st, resume, ev)?,
            },
        };
        if effect == Effect::Quit || session.stopped() {
            return Ok(());
        }
        session.terminal.draw(|f| view::draw(f, st))?;
    }
    Ok(())
}

/// Applies one terminal event to the state, and what it asks of the loop (a suspend is done
/// here; a changed bookmark or correction is saved).
fn apply(
    session: &mut terminal::Session,
    st: &mut State,
    resume: &mut Option<resume::Resume>,
    ev: Event,
) -> std::io::Result<Effect> {
    let effect = match ev {
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
        Effect::Suspend => {
            save(st, resume);
            session.suspend()?;
            let size = session.terminal.size()?;
            st.resize(size.width, size.height);
        }
        Effect::None if st.dirty => save(st, resume),
        Effect::None | Effect::Quit => {}
    }
    Ok(effect)
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
fn spawn_analysis(doc: Arc<Document>, options: AnalysisOptions, tx: mpsc::Sender<Wake>, jobs: Jobs) {
    std::thread::spawn(move || analyse_and_send(&doc, &options, &tx, jobs));
}

/// What the loop asks of the analysis thread afterwards (the picker's indexes).
type Jobs = mpsc::Receiver<crate::ui::state::picker::Job>;

fn analyse_and_send(doc: &Document, options: &AnalysisOptions, tx: &mpsc::Sender<Wake>, jobs: Jobs) {
    let result = std::panic::catch_unwind(|| analysis::analyse(doc, options));
    let _ = tx.send(Wake::Analysis(result.ok().map(Arc::new)));
    // Then the search index, so the first keystroke of the first search costs no more than
    // the others (folding a book takes tens of milliseconds).
    let _ = tx.send(Wake::TextIndex(crate::search::TextIndex::new(&doc.text)));
    // Then the jobs, until the loop is gone. They allocate in this thread's heap arena,
    // where the analysis's working memory was freed: on another thread the picker's index
    // took fresh pages (2 MB more resident on a book).
    for job in jobs {
        job();
    }
}

/// Reads and segments the whole document on its own thread, sends it, then analyses it.
fn spawn_load(opened: Opened, options: AnalysisOptions, tx: mpsc::Sender<Wake>, jobs: Jobs) {
    std::thread::spawn(move || match opened.finish() {
        Ok(doc) => {
            let doc = Arc::new(doc);
            let _ = tx.send(Wake::Document(Ok(Arc::clone(&doc))));
            analyse_and_send(&doc, &options, &tx, jobs);
        }
        Err(e) => {
            let _ = tx.send(Wake::Document(Err(e)));
        }
    });
}
