//! The entities panel: rows grouped by kind, the sort order, the filter, and the cursor.
//!
//! Rows are rebuilt only when the analysis, the sort or the filter changes; moving the cursor
//! skips group headers so the selection is always an entity.

use super::list::ListCursor;
use crate::analysis::{Analysis, Kind};

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
}

impl EntitiesState {
    pub fn rebuild(&mut self, analysis: &Analysis) {
        let keep = self.selected();
        let needle = self.filter.to_lowercase();
        let matches = |i: usize| {
            let e = &analysis.entities[i];
            needle.is_empty()
                || e.name.to_lowercase().contains(&needle)
                || e.aliases.iter().any(|a| a.to_lowercase().contains(&needle))
        };
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
                ent(0, "Haqqani", Kind::Person, &[50, 60, 70]),
                ent(1, "Taliban", Kind::Organization, &[5, 80]),
                ent(2, "Bin Laden", Kind::Person, &[10, 90]),
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
        s.filter = "lad".into();
        s.rebuild(&a);
        assert_eq!(s.rows, vec![EntRow::Header(Kind::Person, 1), EntRow::Entity(2)]);
        assert_eq!(s.selected(), Some(2));
    }
}
