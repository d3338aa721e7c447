//! Byte spans into the analysed text.
//!
//! Every position the library hands out (paragraphs, sentences, mentions, timeline
//! expressions) is a half-open byte range into one UTF-8 string, always on character
//! boundaries. Byte offsets (not char indices) keep slicing O(1) and match the offsets the
//! `--json` export and the evaluation gold use.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `pos` lies inside the span.
    pub const fn contains(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn covers(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text of the span. Callers guarantee the span came from `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}
