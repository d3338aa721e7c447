//! The user's settings applied to a fresh UI state: key overrides layered on the built-in
//! keymap, the theme, the side panels' width, whether mention marks start on, and the
//! start-up warnings shown in the status bar.
//!
//! Kept apart from the state so that `State::new` stays the plain default a test builds, and
//! so a bad setting is turned into a warning in exactly one place: an unknown action or key
//! in the config never stops the reader, it is reported and the default binding stays.

use super::keymap::Keymap;
use super::state::State;
use super::theme::Theme;
use crate::cli::Options;
use crate::config::Config;
use crate::document::Document;
use std::sync::Arc;

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

/// A state for `doc` at a size with every setting in `options` applied.
pub fn configured_state(
    doc: Arc<Document>,
    options: &Options,
    width: u16,
    height: u16,
) -> std::io::Result<State> {
    let config = &options.config;
    let (keymap, mut warnings) = keymap(config)?;
    let mut st = State::new(doc, Arc::new(keymap), Theme::from_config(config.theme), options.width as usize);
    st.panel_width = Some(config.panel_width);
    st.highlights = config.marks;
    st.spoiler.on = config.spoiler_safe;
    warnings.splice(0..0, options.warnings.iter().cloned());
    st.message = join(st.message.take().into_iter().chain(warnings));
    st.resize(width, height);
    Ok(st)
}

/// Several messages in one status line.
fn join(messages: impl Iterator<Item = String>) -> Option<String> {
    let all: Vec<String> = messages.collect();
    if all.is_empty() { None } else { Some(all.join("; ")) }
}
