//! The entity detail view: which entity, the entities sharing its sentences, and a cursor
//! over its keyword-in-context list (one row per mention).

use super::list::ListCursor;
use crate::analysis::Analysis;
use crate::document::Document;

#[derive(Debug, Clone, Default)]
pub struct DetailState {
    pub entity: Option<usize>,
    /// (entity id, shared sentences), most first.
    pub co_mentions: Vec<(usize, u32)>,
    /// Cursor over the mentions.
    pub cursor: ListCursor,
}

impl DetailState {
    pub fn open(&mut self, doc: &Document, analysis: &Analysis, id: usize, mention: Option<usize>) {
        self.entity = Some(id);
        self.co_mentions = crate::search::context::co_mentions(analysis, doc, id);
        self.co_mentions.truncate(6);
        let n = analysis.entities.get(id).map_or(0, |e| e.mentions.len());
        self.cursor = ListCursor { height: self.cursor.height, ..Default::default() };
        self.cursor.set(mention.unwrap_or(0), n);
    }

    pub fn close(&mut self) {
        self.entity = None;
    }

    pub fn is_open(&self) -> bool {
        self.entity.is_some()
    }
}
