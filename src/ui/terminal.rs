//! Taking over the terminal and giving it back, whatever happens.
//!
//! The terminal is restored (raw mode off, mouse off, alternate screen left, cursor shown) on
//! quit, on error (the guard's `Drop`), on panic (a hook that restores before the default
//! message, so the message is readable), and on SIGTERM / SIGHUP (a flag plus a wake-up for the
//! event loop). Ctrl-c is a key in raw mode, bound to quit. Ctrl-z is a key too: we restore,
//! stop ourselves with SIGTSTP, and on `fg` take the terminal again and redraw everything.

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, event, execute, terminal};
use std::io::{Stdout, stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// What to call when a terminating signal arrives (to wake a sleeping event loop).
type OnStop = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

/// Switches the terminal into full-screen mode.
pub fn enter() -> std::io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(stdout(), terminal::EnterAlternateScreen, event::EnableMouseCapture, cursor::Hide)?;
    Ok(())
}

/// Gives the terminal back; safe to call more than once.
pub fn leave() -> std::io::Result<()> {
    let mut out = stdout();
    let a = execute!(out, event::DisableMouseCapture, terminal::LeaveAlternateScreen, cursor::Show);
    let b = terminal::disable_raw_mode();
    a.and(b)
}

/// Owns the terminal while the UI runs; restores it when dropped.
pub struct Session {
    pub terminal: Term,
    /// Set by SIGTERM or SIGHUP.
    pub stop: Arc<AtomicBool>,
    on_stop: OnStop,
}

impl Session {
    pub fn start() -> std::io::Result<Session> {
        install_panic_hook();
        let stop = Arc::new(AtomicBool::new(false));
        let on_stop: OnStop = Arc::default();
        watch_signals(Arc::clone(&stop), Arc::clone(&on_stop))?;
        enter()?;
        let terminal = match Terminal::new(CrosstermBackend::new(stdout())) {
            Ok(t) => t,
            Err(e) => {
                let _ = leave();
                return Err(e);
            }
        };
        Ok(Session { terminal, stop, on_stop })
    }

    /// Calls `wake` (from the signal thread) when SIGTERM or SIGHUP arrives, after `stop` is
    /// raised, so an event loop that sleeps until something happens hears of it at once.
    pub fn on_stop(&self, wake: impl Fn() + Send + 'static) {
        if let Ok(mut slot) = self.on_stop.lock() {
            *slot = Some(Box::new(wake));
        }
    }

    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Ctrl-z: give the terminal back, stop, and take it again on `fg`.
    pub fn suspend(&mut self) -> std::io::Result<()> {
        leave()?;
        #[cfg(unix)]
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
        enter()?;
        self.terminal.clear()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = leave();
    }
}

/// How long the event loop gets to notice a SIGTERM/SIGHUP before the watcher leaves for it.
const SIGNAL_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// On SIGTERM or SIGHUP, raises `stop` and wakes the event loop, which saves, restores the
/// terminal and returns. If the loop cannot (after a hang-up crossterm can spin inside its
/// read on a terminal at end-of-file and never return), the watcher thread restores what it
/// can and exits after a grace period, so a closed terminal never leaves dossier running.
fn watch_signals(stop: Arc<AtomicBool>, on_stop: OnStop) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            stop.store(true, Ordering::SeqCst);
            if let Ok(slot) = on_stop.lock()
                && let Some(wake) = slot.as_ref()
            {
                wake();
            }
            std::thread::sleep(SIGNAL_GRACE);
            let _ = leave();
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = leave();
        previous(info);
    }));
}
