//! What `n` / `N` step through and what is highlighted: the selected entity and its current
//! mention, or the search; plus an index of every mention in text order for highlighting.

use crate::analysis::{Analysis, Kind};
use crate::span::Span;

/// What `n` / `N` follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Nav {
    #[default]
    None,
    Entity,
    Search,
}

/// Every mention of every entity, sorted by start, for drawing marks on visible lines.
///
/// A book has tens of thousands of mentions, held for as long as it is open: each is kept in
/// 16 bytes (`u32` offsets and entity id), not the 32 of a `(Span, usize, Kind)`. Mentions
/// come from word tokens, which never start beyond 4 GiB, so the offsets fit.
#[derive(Debug, Clone, Default)]
pub struct MentionIndex {
    marks: Vec<Mark>,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    start: u32,
    end: u32,
    id: u32,
    kind: Kind,
}

impl MentionIndex {
    pub fn new(analysis: &Analysis) -> Self {
        // Sized exactly: collected from a flat map (no size hint), the array grew by
        // doubling, copying itself each time and leaving the old blocks in the heap.
        let mut marks: Vec<Mark> =
            Vec::with_capacity(analysis.entities.iter().map(|e| e.mentions.len()).sum());
        marks.extend(analysis.entities.iter().flat_map(|e| {
            e.mentions.iter().filter_map(move |m| {
                Some(Mark {
                    start: u32::try_from(m.start).ok()?,
                    end: u32::try_from(m.end).ok()?,
                    id: u32::try_from(e.id).ok()?,
                    kind: e.kind,
                })
            })
        }));
        marks.sort_by_key(|m| (m.start, m.end));
        MentionIndex { marks }
    }

    /// Mentions overlapping `start..end`: span, entity id and kind, by start.
    pub fn within(&self, start: usize, end: usize) -> impl Iterator<Item = (Span, usize, Kind)> + '_ {
        let a = self.marks.partition_point(|m| (m.end as usize) <= start);
        let b = self.marks.partition_point(|m| (m.start as usize) < end);
        self.marks[a..b.max(a)]
            .iter()
            .map(|m| (Span::new(m.start as usize, m.end as usize), m.id as usize, m.kind))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub entity: Option<usize>,
    /// Index into the entity's mentions.
    pub mention: Option<usize>,
    pub nav: Nav,
    /// The span shown in reverse video (current mention, match or jumped-to expression).
    pub current: Option<Span>,
}

impl Selection {
    /// The first mention of `mentions` at or after `pos`, wrapping to the first.
    pub fn mention_from(mentions: &[Span], pos: usize) -> Option<usize> {
        crate::search::text::match_at_or_after(mentions, pos)
    }

    /// The next or previous mention index, wrapping.
    pub fn step(current: Option<usize>, len: usize, forward: bool) -> Option<usize> {
        match current {
            Some(i) => crate::search::text::step(i, len, forward),
            None if len == 0 => None,
            None => Some(if forward { 0 } else { len - 1 }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_wraps() {
        assert_eq!(Selection::step(Some(2), 3, true), Some(0));
        assert_eq!(Selection::step(Some(0), 3, false), Some(2));
        assert_eq!(Selection::step(None, 0, true), None);
        let m = [Span::new(5, 6), Span::new(10, 12)];
        assert_eq!(Selection::mention_from(&m, 6), Some(1));
        assert_eq!(Selection::mention_from(&m, 11), Some(1), "a mention containing the position counts");
        assert_eq!(Selection::mention_from(&m, 12), Some(0), "past the last wraps");
    }
}
