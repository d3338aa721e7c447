//! Per-document reading state that survives restarts: the last reading position, bookmarks
//! and the user's corrections to the extracted entities.
//!
//! A document is recognised by its content (a 64-bit FNV-1a hash of the analysed text plus
//! its length), not its path, so a renamed or re-downloaded file resumes where it was left.
//! The store is one JSON file in the platform's state directory (`$XDG_STATE_HOME/dossier`
//! on Linux). Writes are atomic: a temporary file in the same directory is written, synced
//! and renamed over the old one, so a crash mid-write leaves the previous state intact. A
//! corrupt file is set aside (renamed `*.corrupt`) with a warning, never a crash.
//!
//! Several instances may share the file (two articles side by side, or one article open
//! twice), so a save never writes a stale copy: [`Store::update`] takes an advisory lock on
//! a `.lock` file beside the state (the state file itself is replaced by each rename, so it
//! cannot carry the lock), re-reads the file, applies only this instance's changes
//! ([`DocState::merge_into`]: a three-way merge of the disk's state, what this instance last
//! loaded or saved, and what it has now), writes atomically and releases the lock. Fields
//! this version does not know are kept as they are on disk, so an older dossier never erases
//! a newer one's fields.

use crate::analysis::corrections::Correction;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a save waits for another instance to release the lock before giving up.
const LOCK_PATIENCE: Duration = Duration::from_secs(3);

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
    /// Spoiler-safe reading on or off for this document (`None`: the setting's default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spoiler_safe: Option<bool>,
    /// The document date the reader set with `D` (`YYYY[-MM[-DD]]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_date: Option<String>,
    /// Fields written by another version of dossier, kept as they are.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

/// The three-way rule for one value: this instance's if it changed it since `base`, the
/// disk's otherwise.
fn pick<T: PartialEq + Clone>(disk: &mut T, base: &T, mine: &T) {
    if mine != base {
        *disk = mine.clone();
    }
}

impl DocState {
    /// Applies to `disk` (the state as another instance may have left it) the changes this
    /// instance made since `base` (the state it last loaded or saved): the position if it
    /// moved, each bookmark set or removed, corrections appended or undone; the rest of
    /// `disk` stays. A new field adds one line here (usually a [`pick`]).
    pub fn merge_into(&self, base: &DocState, disk: &mut DocState) {
        pick(&mut disk.position, &base.position, &self.position);
        pick(&mut disk.document_date, &base.document_date, &self.document_date);
        pick(&mut disk.spoiler_safe, &base.spoiler_safe, &self.spoiler_safe);
        let letters: std::collections::BTreeSet<char> =
            base.bookmarks.keys().chain(self.bookmarks.keys()).copied().collect();
        for c in letters {
            match (base.bookmarks.get(&c), self.bookmarks.get(&c)) {
                (b, Some(&at)) if b != Some(&at) => {
                    disk.bookmarks.insert(c, at);
                }
                (Some(_), None) => {
                    disk.bookmarks.remove(&c);
                }
                _ => {}
            }
        }
        let common = base.corrections.iter().zip(&self.corrections).take_while(|(a, b)| a == b).count();
        for undone in base.corrections[common..].iter().rev() {
            if let Some(i) = disk.corrections.iter().rposition(|c| c == undone) {
                disk.corrections.remove(i);
            }
        }
        disk.corrections.extend(self.corrections[common..].iter().cloned());
        for (k, v) in &self.other {
            if base.other.get(k) != Some(v) {
                disk.other.insert(k.clone(), v.clone());
            }
        }
        disk.source = self.source.clone();
        disk.last_opened = self.last_opened;
    }
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

    /// Every document's key and state.
    pub fn documents(&self) -> impl Iterator<Item = (&String, &DocState)> {
        self.file.documents.iter()
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

    /// Writes the store atomically. A disabled store does nothing. This overwrites whatever
    /// another instance saved meanwhile: the UI saves through [`Store::update`].
    pub fn save(&mut self) -> std::io::Result<()> {
        let Some(path) = &self.path else { return Ok(()) };
        self.file.version = 1;
        let json = serde_json::to_string_pretty(&self.file).map_err(std::io::Error::other)?;
        write_atomic(path, json.as_bytes())
    }

    /// Changes one document's state on disk without losing what other instances saved:
    /// under the lock, re-reads the file, lets `change` edit this document's state as found
    /// there, writes atomically, and releases the lock. Returns the state as written. A
    /// disabled store changes its memory only.
    pub fn update(&mut self, key: &str, change: impl FnOnce(&mut DocState)) -> std::io::Result<DocState> {
        let Some(path) = self.path.clone() else {
            let mut st = self.get(key);
            change(&mut st);
            self.put(key, st.clone());
            return Ok(st);
        };
        let _lock = lock(&path)?;
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(file) = serde_json::from_str::<StoreFile>(&text)
        {
            // A corrupt file was set aside at start; one corrupted since is replaced whole.
            self.file = file;
        }
        let mut st = self.get(key);
        change(&mut st);
        self.put(key, st.clone());
        self.save()?;
        Ok(st)
    }
}

/// Takes the advisory lock beside `path` (waiting for another instance at most
/// [`LOCK_PATIENCE`]); it is released when the returned file is dropped.
fn lock(path: &Path) -> std::io::Result<std::fs::File> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(format!("{name}.lock")))?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_PATIENCE => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(std::io::Error::other("the reading state is locked by another dossier"));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
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

    fn marks(pairs: &[(char, usize)]) -> BTreeMap<char, usize> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn merge_applies_only_this_instances_changes() {
        let hide = |e: &str| Correction::Hide { entity: e.into() };
        let base = DocState {
            position: 10,
            bookmarks: marks(&[('a', 1), ('b', 2)]),
            corrections: vec![hide("X"), hide("Y")],
            ..DocState::default()
        };
        // Another instance moved on, set c, removed a, undid Y and added Z.
        let mut disk = DocState {
            position: 500,
            bookmarks: marks(&[('b', 2), ('c', 3)]),
            corrections: vec![hide("X"), hide("Z")],
            ..DocState::default()
        };
        // This one kept its position, moved b, set d, and undid X then added W.
        let mine = DocState {
            position: 10,
            bookmarks: marks(&[('a', 1), ('b', 20), ('d', 4)]),
            corrections: vec![hide("W")],
            source: "x.txt".into(),
            ..DocState::default()
        };
        mine.merge_into(&base, &mut disk);
        assert_eq!(disk.position, 500);
        assert_eq!(disk.bookmarks, marks(&[('b', 20), ('c', 3), ('d', 4)]));
        assert_eq!(disk.corrections, vec![hide("Z"), hide("W")]);
        assert_eq!(disk.source, "x.txt");
    }

    #[test]
    fn update_keeps_what_another_instance_saved_meanwhile() {
        let path = temp_dir("update").join("state.json");
        let (mut one, _) = Store::open(path.clone());
        let (mut two, _) = Store::open(path.clone());
        one.update("x", |s| s.position = 7).unwrap();
        two.update("y", |s| {
            s.bookmarks.insert('q', 9);
        })
        .unwrap();
        one.update("x", |s| {
            s.bookmarks.insert('a', 1);
        })
        .unwrap();
        let (store, _) = Store::open(path);
        assert_eq!(store.get("x").position, 7);
        assert_eq!(store.get("x").bookmarks, marks(&[('a', 1)]));
        assert_eq!(store.get("y").bookmarks, marks(&[('q', 9)]));
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let path = temp_dir("unknown").join("state.json");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, r#"{"version":1,"documents":{"k":{"position":3,"future":{"a":1}}}}"#).unwrap();
        let (mut store, _) = Store::open(path.clone());
        store.update("k", |s| s.position = 4).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"future\""), "{text}");
        assert_eq!(Store::open(path).0.get("k").position, 4);
    }

    #[test]
    fn disabled_store_writes_nothing() {
        let mut store = Store::disabled();
        store.put("k", DocState { position: 1, ..DocState::default() });
        assert!(store.save().is_ok());
        assert!(!store.is_enabled());
    }
}
