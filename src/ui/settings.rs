//! What the UI is told at start ([`Settings`], built by the binary from its command line and
//! the config file) and how it is applied to a fresh UI state: key overrides layered on the
//! built-in keymap, the theme, the side panels' width, whether mention marks start on, how
//! lines are broken, and the start-up warnings shown in the status bar.
//!
//! The UI never sees the command line: `Settings` is its own type, so the command line can
//! change (or another front end can drive the UI) without touching the UI. Kept apart from
//! the state so that `State::new` stays the plain default a test builds, and so a bad setting
//! is turned into a warning in exactly one place: an unknown action or key in the config
//! never stops the reader, it is reported and the default binding stays.

use super::keymap::Keymap;
use super::state::State;
use super::theme::Theme;
use crate::config::{Config, LineBreaks};
use crate::document::{Document, Input};
use std::sync::Arc;

/// Everything the UI is told at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Where the document came from (the reading state names it).
    pub input: Input,
    /// Maximum width of the text column.
    pub max_width: u16,
    /// The config file's settings (theme, panels, marks, keys, line breaking).
    pub config: Config,
    /// Whether to read and write the reading state.
    pub remember: bool,
    /// Problems to show in the status bar (a bad config file, say).
    pub warnings: Vec<String>,
}

impl Settings {
    /// The defaults for a document from `input`: the config's defaults, nothing remembered.
    pub fn new(input: Input) -> Settings {
        let config = Config::default();
        Settings { input, max_width: config.text_width, config, remember: false, warnings: Vec::new() }
    }
}

/// The built-in keymap with the config's overrides; problems come back as warnings.
pub fn keymap(config: &Config) -> std::io::Result<(Keymap, Vec<String>)> {
    let mut keymap = Keymap::builtin().map_err(std::io::Error::other)?;
    let mut warnings = Vec::new();
    for (mode, actions) in &config.keys {
        for (action, keys) in actions {
            if let Err(e) = keymap.override_keys(mode, action, keys) {
                warnings.push(format!("config keys.{mode}.{action}: {e}"));
            }
        }
    }
    Ok((keymap, warnings))
}

/// A state for `doc` at a size with every setting applied.
pub fn configured_state(
    doc: Arc<Document>,
    settings: &Settings,
    width: u16,
    height: u16,
) -> std::io::Result<State> {
    let config = &settings.config;
    let (keymap, mut warnings) = keymap(config)?;
    let mut st =
        State::new(doc, Arc::new(keymap), Theme::from_config(config.theme), settings.max_width as usize);
    st.panel_width = config.panel_width;
    st.highlights = config.marks;
    st.reader.breaking = super::wrap::Breaking {
        algorithm: match config.line_breaks {
            LineBreaks::Optimal => super::wrap::Algorithm::OptimalFit,
            LineBreaks::FirstFit => super::wrap::Algorithm::FirstFit,
        },
        hyphenate: config.hyphenate,
    };
    st.spoiler.on = config.spoiler_safe;
    warnings.splice(0..0, settings.warnings.iter().cloned());
    st.message = join(st.message.take().into_iter().chain(warnings));
    st.resize(width, height);
    Ok(st)
}

/// Several messages in one status line.
fn join(messages: impl Iterator<Item = String>) -> Option<String> {
    let all: Vec<String> = messages.collect();
    if all.is_empty() { None } else { Some(all.join("; ")) }
}
