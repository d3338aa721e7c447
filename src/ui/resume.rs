//! The reading state in the UI: open the store at start, put the reader back where this
//! document (recognised by its content) was left, and write the position, bookmarks and
//! corrections back on quit, suspend, a terminating signal, and whenever a bookmark or
//! correction changes.
//!
//! The store itself (file format, atomic writes, corrupt files) is [`crate::store`]; this
//! module only moves values between it and the [`State`]. With `--no-state` there is no
//! `Resume` at all, so no file is ever read or written.

use super::settings::Settings;
use super::state::State;
use crate::document::{Document, Input};
use crate::store::{DocState, Store, document_key};

pub struct Resume {
    store: Store,
    key: String,
    source: String,
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
        let doc = std::sync::Arc::clone(&st.doc);
        let at = self.saved.position.min(doc.text.len());
        if at > 0 {
            st.reader.jump_to(&doc, at, 0);
        }
    }

    /// Writes the state's position, bookmarks and corrections.
    pub fn save(&mut self, st: &mut State) -> std::io::Result<()> {
        let mut ds = self.saved.clone();
        ds.position = st.here();
        ds.bookmarks = st.marks.map.clone();
        ds.corrections = st.corrections.list.clone();
        ds.source = self.source.clone();
        ds.last_opened = crate::store::now();
        self.store.put(&self.key, ds.clone());
        self.saved = ds;
        self.store.save()
    }
}
