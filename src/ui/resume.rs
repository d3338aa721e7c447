//! The reading state in the UI: open the store at start, put the reader back where this
//! document (recognised by its content) was left, and write the position, bookmarks and
//! corrections back on quit, suspend, a terminating signal, and whenever a bookmark or
//! correction changes. Only this instance's changes are written (merged under a lock into
//! what is on disk), so two instances never erase each other's work.
//!
//! The store itself (file format, atomic writes, corrupt files) is [`crate::store`]; this
//! module only moves values between it and the [`State`]. With `--no-state` there is no
//! `Resume` at all, so no file is ever read or written.

use super::settings::Settings;
use super::state::State;
use crate::document::{Document, Input};
use crate::store::{DocState, Store, document_key};

/// The saved position of the file being opened, found before its content (the key) is
/// known: by its path and length. Only a hint for the first screen; [`Resume::open`]
/// decides by content once the whole document is read.
pub fn peek(settings: &Settings, len: u64) -> Option<usize> {
    let Input::File(path) = &settings.input else { return None };
    if !settings.remember {
        return None;
    }
    let (store, _) = Store::open_read_only(Store::default_path()?);
    let source = path.display().to_string();
    let suffix = format!("-{len:x}");
    store.documents().find(|(k, d)| d.source == source && k.ends_with(&suffix)).map(|(_, d)| d.position)
}

pub struct Resume {
    store: Store,
    key: String,
    source: String,
    /// What this instance last loaded or saved: the base its own changes are measured from.
    saved: DocState,
}

impl Resume {
    /// Opens the store for `doc` when `settings.remember`; a warning if the file was bad.
    pub fn open(doc: &Document, settings: &Settings) -> (Option<Resume>, Option<String>) {
        if !settings.remember {
            return (None, None);
        }
        let Some(path) = Store::default_path() else { return (None, None) };
        let (store, warning) = Store::open(path);
        let key = document_key(&doc.text);
        let saved = store.get(&key);
        let source = match &settings.input {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
            Input::Sample => "(sample)".to_string(),
        };
        (Some(Resume { store, key, source, saved }), warning)
    }

    /// Puts the saved position and bookmarks into a fresh state.
    pub fn restore(&self, st: &mut State) {
        st.marks.map = self.saved.bookmarks.clone();
        st.corrections.list = self.saved.corrections.clone();
        st.timeline.date_correction = self.saved.document_date.clone();
        st.spoiler.on = self.saved.spoiler_safe.unwrap_or(st.spoiler.on);
        let doc = std::sync::Arc::clone(&st.doc);
        let at = self.saved.position.min(doc.text.len());
        if at > 0 {
            st.reader.jump_to(&doc, at, 0);
        }
    }

    /// Writes this instance's changes to the position, bookmarks and corrections since it
    /// last loaded or saved, merged into what other instances saved meanwhile.
    pub fn save(&mut self, st: &mut State) -> std::io::Result<()> {
        let mut mine = self.saved.clone();
        mine.position = st.here();
        mine.bookmarks = st.marks.map.clone();
        mine.corrections = st.corrections.list.clone();
        mine.document_date = st.timeline.date_correction.clone();
        mine.spoiler_safe = Some(st.spoiler.on);
        mine.source = self.source.clone();
        mine.last_opened = crate::store::now();
        let base = &self.saved;
        self.store.update(&self.key, |disk| mine.merge_into(base, disk))?;
        self.saved = mine;
        Ok(())
    }
}
