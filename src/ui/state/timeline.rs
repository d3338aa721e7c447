//! The timeline panel: which items are listed (all, or those whose sentence mentions the
//! selected entity) and the cursor.

use super::list::ListCursor;
use crate::analysis::Analysis;

#[derive(Debug, Clone, Default)]
pub struct TimelineState {
    /// Only items mentioning this entity.
    pub only_entity: Option<usize>,
    /// Indices into `Analysis::timeline`, in order.
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
}

impl TimelineState {
    pub fn rebuild(&mut self, analysis: &Analysis) {
        let keep = self.selected();
        self.rows = match self.only_entity.and_then(|id| analysis.entities.get(id)) {
            None => (0..analysis.timeline.len()).collect(),
            Some(e) => analysis
                .timeline
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    t.entities.contains(&e.id) || e.mentions.iter().any(|m| t.sentence.covers(m))
                })
                .map(|(i, _)| i)
                .collect(),
        };
        let row = keep.and_then(|k| self.rows.iter().position(|&r| r == k)).unwrap_or(0);
        self.cursor.set(row, self.rows.len());
    }

    /// The timeline item under the cursor.
    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.cursor.selected).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.rows.len());
    }

    pub fn click(&mut self, row: usize) -> Option<usize> {
        let item = self.rows.get(row).copied()?;
        self.cursor.set(row, self.rows.len());
        Some(item)
    }
}
