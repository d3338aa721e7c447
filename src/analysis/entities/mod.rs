//! Named-entity extraction: candidates, kinds and alias clusters.

use super::Entity;
use crate::document::Document;

/// Finds the people, organizations, places and other names of a document.
pub fn extract(_doc: &Document) -> Vec<Entity> {
    Vec::new()
}
