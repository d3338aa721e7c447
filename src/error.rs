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
            LoadError::Unreadable { source, reason } => write!(f, "{source}: {reason}"),
            LoadError::Io { source, error } => write!(f, "{source}: {error}"),
        }
    }
}

impl std::error::Error for LoadError {}
