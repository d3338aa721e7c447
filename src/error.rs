//! Typed errors for the library; the binary reports them once, in one line, at the edge.

use std::fmt;
use std::path::PathBuf;

/// Why a document could not be opened.
#[derive(Debug)]
pub enum LoadError {
    NotFound(PathBuf),
    IsDirectory(PathBuf),
    PermissionDenied(PathBuf),
    Binary {
        source: String,
    },
    /// Longer than the cap (in bytes) of the setting named: `max_input`, or
    /// `max_stream_input` for input read as a stream.
    TooLarge {
        source: String,
        limit: u64,
        setting: &'static str,
    },
    /// Recognised but not readable (a damaged EPUB, say).
    Unreadable {
        source: String,
        reason: String,
    },
    Io {
        source: String,
        error: std::io::Error,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "{}: no such file", p.display()),
            LoadError::IsDirectory(p) => write!(f, "{}: is a directory, not a document", p.display()),
            LoadError::PermissionDenied(p) => write!(f, "{}: permission denied", p.display()),
            LoadError::Binary { source } => {
                write!(f, "{source}: looks like binary data, not text (refusing to open it)")
            }
            LoadError::TooLarge { source, limit, setting } => {
                write!(f, "input larger than {}: {source}; set {setting} to open it", size(*limit))
            }
            LoadError::Unreadable { source, reason } => write!(f, "{source}: {reason}"),
            LoadError::Io { source, error } => write!(f, "{source}: {error}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// A byte count as people write it: `1 GiB`, `300 MiB`, `4096 bytes`.
fn size(bytes: u64) -> String {
    for (unit, name) in [(1u64 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] {
        if bytes >= unit && bytes.is_multiple_of(unit) {
            return format!("{} {name}", bytes / unit);
        }
    }
    format!("{bytes} bytes")
}
