//! Temporal expressions: scan, normalise, resolve.

use super::{Entity, Options, TimelineItem};
use crate::document::Document;

/// The timeline and the document date it was resolved against.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub items: Vec<TimelineItem>,
    pub document_date: Option<String>,
}

/// Finds and resolves the temporal expressions of a document.
pub fn extract(_doc: &Document, _entities: &[Entity], _options: &Options) -> Timeline {
    Timeline::default()
}
