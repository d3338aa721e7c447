//! Per-document reading state that survives restarts: the last reading position, bookmarks
//! and the user's corrections to the extracted entities.
//!
//! A document is recognised by its content (a 64-bit FNV-1a hash of the analysed text plus
//! its length), not its path, so a renamed or re-downloaded file resumes where it was left.
//! The store is one JSON file in the platform's state directory (`$XDG_STATE_HOME/dossier`
//! on Linux). Writes are atomic: a temporary file in the same directory is written, synced
//! and renamed over the old one, so a crash mid-write leaves the previous state intact. A
//! corrupt file is set aside (renamed `*.corrupt`) with a warning, never a crash.

use crate::analysis::corrections::Correction;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many documents the store remembers; the least recently opened are forgotten first.
const MAX_DOCUMENTS: usize = 500;

/// A document's identity: its content's hash and length, as `hash-len` hex.
pub fn document_key(text: &str) -> String {
    let hash = crate::hash::fnv1a(text.as_bytes());
    format!("{hash:016x}-{:x}", text.len())
}

/// What is remembered about one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocState {
    /// Byte offset of the reading position (the top of the screen).
    pub position: usize,
    /// Bookmarks by letter, as byte offsets.
    pub bookmarks: BTreeMap<char, usize>,
    /// Corrections in the order they were made (undo pops the last).
    pub corrections: Vec<Correction>,
    /// Where the document was last opened from, for display only.
    pub source: String,
    /// Seconds since the Unix epoch when it was last opened.
    pub last_opened: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct StoreFile {
    version: u32,
    documents: BTreeMap<String, DocState>,
}

/// The state store, loaded once at start and saved on change and at exit.
#[derive(Debug)]
pub struct Store {
    path: Option<PathBuf>,
    file: StoreFile,
}

impl Store {
    /// A store that remembers nothing (`--no-state`, or no state directory).
    pub fn disabled() -> Store {
        Store { path: None, file: StoreFile::default() }
    }

    /// The default location: `<state dir>/dossier/state.json`.
    pub fn default_path() -> Option<PathBuf> {
        dirs::state_dir().or_else(dirs::data_local_dir).map(|d| d.join("dossier").join("state.json"))
    }

    /// Opens the store at `path`. A missing file is an empty store; an unreadable or corrupt
    /// one is set aside and reported in the returned warning.
    pub fn open(path: PathBuf) -> (Store, Option<String>) {
        let mut warning = None;
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<StoreFile>(&text) {
                Ok(file) => file,
                Err(e) => {
                    let aside = path.with_extension("json.corrupt");
                    let _ = std::fs::rename(&path, &aside);
                    warning =
                        Some(format!("reading state was corrupt ({e}); set aside as {}", aside.display()));
                    StoreFile::default()
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => StoreFile::default(),
            Err(e) => {
                warning = Some(format!("cannot read reading state {}: {e}", path.display()));
                return (Store::disabled(), warning);
            }
        };
        (Store { path: Some(path), file }, warning)
    }

    /// Opens the store for reading only (exports): a corrupt file is left where it is.
    pub fn open_read_only(path: PathBuf) -> (Store, Option<String>) {
        match std::fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<StoreFile>(&text) {
                Ok(file) => (Store { path: None, file }, None),
                Err(e) => (Store::disabled(), Some(format!("reading state is corrupt ({e})"))),
            },
            Err(_) => (Store::disabled(), None),
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.path.is_some()
    }

    /// The state of a document (default when unknown).
    pub fn get(&self, key: &str) -> DocState {
        self.file.documents.get(key).cloned().unwrap_or_default()
    }

    /// Replaces a document's state in memory; call [`Store::save`] to persist it.
    pub fn put(&mut self, key: &str, state: DocState) {
        self.file.documents.insert(key.to_string(), state);
        if self.file.documents.len() > MAX_DOCUMENTS
            && let Some(oldest) =
                self.file.documents.iter().min_by_key(|(_, s)| s.last_opened).map(|(k, _)| k.clone())
        {
            self.file.documents.remove(&oldest);
        }
    }

    /// Writes the store atomically. A disabled store does nothing.
    pub fn save(&mut self) -> std::io::Result<()> {
        let Some(path) = &self.path else { return Ok(()) };
        self.file.version = 1;
        let json = serde_json::to_string_pretty(&self.file).map_err(std::io::Error::other)?;
        write_atomic(path, json.as_bytes())
    }
}

/// Writes `bytes` to `path` via a synced temporary file in the same directory and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("dossier-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn keys_follow_content_not_names() {
        assert_eq!(document_key("abc"), document_key("abc"));
        assert_ne!(document_key("abc"), document_key("abd"));
        assert_ne!(document_key(""), document_key(" "));
    }

    #[test]
    fn round_trip() {
        let path = temp_dir("rt").join("state.json");
        let (mut store, warning) = Store::open(path.clone());
        assert!(warning.is_none());
        let mut st = DocState { position: 1234, source: "a.txt".into(), ..DocState::default() };
        st.bookmarks.insert('a', 99);
        st.corrections.push(Correction::Hide { entity: "GDP".into() });
        store.put("k", st.clone());
        store.save().unwrap();
        let (store, _) = Store::open(path);
        assert_eq!(store.get("k"), st);
        assert_eq!(store.get("other"), DocState::default());
    }

    #[test]
    fn corrupt_file_is_set_aside_with_a_warning() {
        let dir = temp_dir("corrupt");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("state.json");
        std::fs::write(&path, "{ not json").unwrap();
        let (mut store, warning) = Store::open(path.clone());
        assert!(warning.unwrap().contains("corrupt"));
        assert!(dir.join("state.json.corrupt").exists());
        store.put("k", DocState { position: 5, ..DocState::default() });
        store.save().unwrap();
        assert_eq!(Store::open(path).0.get("k").position, 5);
    }

    #[test]
    fn atomic_write_leaves_no_temp_files_and_replaces_whole() {
        let dir = temp_dir("atomic");
        let path = dir.join("state.json");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn disabled_store_writes_nothing() {
        let mut store = Store::disabled();
        store.put("k", DocState { position: 1, ..DocState::default() });
        assert!(store.save().is_ok());
        assert!(!store.is_enabled());
    }
}
