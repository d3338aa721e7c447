//! The entities panel: rows grouped by kind, the sort order, the filter, and the cursor.
//!
//! Rows are rebuilt only when the analysis, the sort or the filter changes; moving the cursor
//! skips group headers so the selection is always an entity.
//!
//! The filter matches like the picker (the same tiers over names and aliases: word prefix,
//! subsequence, and when those find nothing, typos and transliterations), through an index
//! of the entities of its own, built when a filter is first typed and again when the
//! entities change (told apart by a fingerprint of names, aliases and mention counts, which
//! corrections change).

use super::list::ListCursor;
use crate::analysis::{Analysis, Kind};
use crate::search::PickerIndex;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntRow {
    /// A group heading with the number of entities in it.
    Header(Kind, usize),
    Entity(usize),
}

#[derive(Debug, Clone, Default)]
pub struct EntitiesState {
    /// Order by first appearance instead of mention count.
    pub by_first_seen: bool,
    pub filter: String,
    pub rows: Vec<EntRow>,
    pub cursor: ListCursor,
    /// The filter's index and the fingerprint of the entities it was built from.
    filter_index: Option<(u64, Arc<PickerIndex>)>,
}

/// A fingerprint of what the filter matches on.
fn fingerprint(analysis: &Analysis) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for e in &analysis.entities {
        (&e.name, &e.aliases, e.mentions.len()).hash(&mut h);
    }
    h.finish()
}

impl EntitiesState {
    pub fn rebuild(&mut self, analysis: &Analysis) {
        let keep = self.selected();
        let wanted = self.matching(analysis);
        let matches = |i: usize| wanted.as_ref().is_none_or(|w| w.binary_search(&i).is_ok());
        self.rows.clear();
        for kind in Kind::ALL {
            let mut ids: Vec<usize> = (0..analysis.entities.len())
                .filter(|&i| analysis.entities[i].kind == kind && matches(i))
                .collect();
            if ids.is_empty() {
                continue;
            }
            if self.by_first_seen {
                ids.sort_by_key(|&i| analysis.entities[i].mentions.first().map_or(usize::MAX, |m| m.start));
            } else {
                ids.sort_by_key(|&i| std::cmp::Reverse(analysis.entities[i].mentions.len()));
            }
            self.rows.push(EntRow::Header(kind, ids.len()));
            self.rows.extend(ids.into_iter().map(EntRow::Entity));
        }
        match keep {
            Some(id) => self.select_entity(id),
            None => {
                self.cursor.selected = 0;
                self.skip_header(true);
            }
        }
    }

    /// The ids the filter lets through, ascending; `None` without a filter.
    fn matching(&mut self, analysis: &Analysis) -> Option<Vec<usize>> {
        if self.filter.trim().is_empty() {
            return None;
        }
        let print = fingerprint(analysis);
        let index = match &self.filter_index {
            Some((p, index)) if *p == print => Arc::clone(index),
            _ => {
                let index = Arc::new(PickerIndex::of_entities(analysis));
                self.filter_index = Some((print, Arc::clone(&index)));
                index
            }
        };
        Some(index.matching_entities(&self.filter))
    }

    /// The entity under the cursor.
    pub fn selected(&self) -> Option<usize> {
        match self.rows.get(self.cursor.selected) {
            Some(EntRow::Entity(id)) => Some(*id),
            _ => None,
        }
    }

    /// Puts the cursor on an entity's row, if it is listed.
    pub fn select_entity(&mut self, id: usize) {
        if let Some(i) = self.rows.iter().position(|r| *r == EntRow::Entity(id)) {
            self.cursor.set(i, self.rows.len());
        } else {
            self.cursor.follow(self.rows.len());
            self.skip_header(true);
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.rows.len());
        self.skip_header(delta >= 0);
    }

    /// Selects the row at `row` (a click), if it is an entity.
    pub fn click(&mut self, row: usize) -> Option<usize> {
        match self.rows.get(row) {
            Some(EntRow::Entity(id)) => {
                self.cursor.set(row, self.rows.len());
                Some(*id)
            }
            _ => None,
        }
    }

    fn skip_header(&mut self, forward: bool) {
        let n = self.rows.len();
        if n == 0 {
            return;
        }
        let mut i = self.cursor.selected;
        while matches!(self.rows.get(i), Some(EntRow::Header(..))) {
            if forward && i + 1 < n {
                i += 1;
            } else if !forward && i > 0 {
                i -= 1;
            } else if forward {
                // A header at the very end: look back instead.
                return self.skip_back_from(i);
            } else {
                return self.skip_header(true);
            }
        }
        // Keep the group heading in view above the first entity.
        self.cursor.set(i, n);
        if i > 0 && self.cursor.offset == i && matches!(self.rows[i - 1], EntRow::Header(..)) {
            self.cursor.offset = i - 1;
        }
    }

    fn skip_back_from(&mut self, mut i: usize) {
        while i > 0 && matches!(self.rows.get(i), Some(EntRow::Header(..))) {
            i -= 1;
        }
        self.cursor.set(i, self.rows.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Entity;
    use crate::span::Span;

    fn ent(id: usize, name: &str, kind: Kind, starts: &[usize]) -> Entity {
        Entity {
            id,
            name: name.into(),
            kind,
            aliases: vec![],
            evidence: vec![],
            mentions: starts.iter().map(|&s| Span::new(s, s + 1)).collect(),
        }
    }

    #[test]
    fn groups_sorts_and_filters() {
        let a = Analysis {
            entities: vec![
                ent(0, "Tessaly", Kind::Person, &[50, 60, 70]),
                ent(1, "Oruna Guild", Kind::Organization, &[5, 80]),
                ent(2, "Vardin Osk", Kind::Person, &[10, 90]),
            ],
            ..Default::default()
        };
        let mut s = EntitiesState::default();
        s.rebuild(&a);
        assert_eq!(
            s.rows,
            vec![
                EntRow::Header(Kind::Person, 2),
                EntRow::Entity(0),
                EntRow::Entity(2),
                EntRow::Header(Kind::Organization, 1),
                EntRow::Entity(1)
            ]
        );
        assert_eq!(s.selected(), Some(0));
        s.move_by(1);
        assert_eq!(s.selected(), Some(2));
        s.move_by(1);
        assert_eq!(s.selected(), Some(1), "skips the header");
        s.by_first_seen = true;
        s.rebuild(&a);
        assert_eq!(s.rows[1], EntRow::Entity(2));
        assert_eq!(s.selected(), Some(1), "selection survives a re-sort");
        s.filter = "vard".into();
        s.rebuild(&a);
        assert_eq!(s.rows, vec![EntRow::Header(Kind::Person, 1), EntRow::Entity(2)]);
        assert_eq!(s.selected(), Some(2));
        // Like the picker: a typo finds the name when nothing matches as written.
        s.filter = "vradin".into();
        s.rebuild(&a);
        assert_eq!(s.rows, vec![EntRow::Header(Kind::Person, 1), EntRow::Entity(2)]);
        // A renamed entity is found by its new name (the filter's index follows).
        let mut b = a.clone();
        b.entities[2].name = "Ilse Marrow".into();
        s.filter = "marow".into();
        s.rebuild(&b);
        assert_eq!(s.rows, vec![EntRow::Header(Kind::Person, 1), EntRow::Entity(2)]);
    }
}
