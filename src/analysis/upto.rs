//! Spoiler-safe views: the analysis as a reader who has read only up to a byte position
//! would know it — entities with their mentions before it (those first named after it
//! dropped), counts of those mentions, timeline entries, descriptions and quotes before it.
//!
//! A pure function over the full analysis, so every panel, count, density strip, the picker
//! and the detail view show the limited view just by being given it. Ids are renumbered in
//! the same order as the full analysis (most mentioned first), by the limited counts.

use super::{Analysis, Entity};
use std::collections::HashMap;

/// The analysis limited to what lies before byte `pos`.
pub fn before(full: &Analysis, pos: usize) -> Analysis {
    let mut entities: Vec<Entity> = full
        .entities
        .iter()
        .filter_map(|e| {
            let n = e.mentions.partition_point(|m| m.start < pos);
            (n > 0).then(|| Entity { mentions: e.mentions[..n].to_vec(), ..e.clone() })
        })
        .collect();
    entities
        .sort_by_key(|e| (std::cmp::Reverse(e.mentions.len()), e.mentions.first().map_or(0, |m| m.start)));
    let mut new_id: HashMap<usize, usize> = HashMap::new();
    for (i, e) in entities.iter_mut().enumerate() {
        new_id.insert(e.id, i);
        e.id = i;
    }
    let kept: Vec<usize> = (0..full.timeline.len()).filter(|&i| full.timeline[i].span.start < pos).collect();
    let new_item: HashMap<usize, usize> = kept.iter().enumerate().map(|(n, &o)| (o, n)).collect();
    let timeline = kept
        .iter()
        .map(|&i| {
            let mut t = full.timeline[i].clone();
            t.entities = t.entities.iter().filter_map(|id| new_id.get(id).copied()).collect();
            t.anchor = t.anchor.and_then(|a| new_item.get(&a).copied());
            t
        })
        .collect();
    let mut descriptions: Vec<_> = full
        .descriptions
        .iter()
        .filter(|d| d.span.end <= pos && d.mention.start < pos)
        .filter_map(|d| Some(super::Description { entity: *new_id.get(&d.entity)?, ..d.clone() }))
        .collect();
    descriptions.sort_by_key(|d| d.entity);
    let quotes = full
        .quotes
        .iter()
        .filter(|q| q.span.start < pos)
        .map(|q| {
            let known = q.speaker_mention.is_none_or(|m| m.start < pos);
            let speaker = q.speaker.and_then(|id| new_id.get(&id).copied()).filter(|_| known);
            super::Quote { speaker, ..q.clone() }
        })
        .collect();
    Analysis { entities, timeline, document_date: full.document_date.clone(), descriptions, quotes }
}

/// The positions where [`before`] changes its answer: a limited view made at `pos` holds for
/// every position in `(prev, next]` of the two returned bounds.
pub fn bounds(full: &Analysis, pos: usize) -> (usize, usize) {
    let events = full
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.start))
        .chain(full.timeline.iter().map(|t| t.span.start))
        .chain(full.quotes.iter().map(|q| q.span.start))
        .chain(full.descriptions.iter().map(|d| d.span.end));
    let (mut prev, mut next) = (0, usize::MAX);
    for e in events {
        if e < pos {
            prev = prev.max(e + 1);
        } else {
            next = next.min(e);
        }
    }
    (prev, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Kind, Options, analyse};
    use crate::document::{Format, load_bytes};

    #[test]
    fn only_what_was_read() {
        let text = "Vera Lind met Oskar Brun in Tallinn. Lind left.\n\n\
                    Much later, Petra Sand arrived. “Hello,” said Sand. Lind waved.\n";
        let doc = load_bytes(text.as_bytes(), "t.txt", Some(Format::Text), "t");
        let full = analyse(&doc, &Options::default());
        let pos = text.find("Much later").unwrap();
        let a = before(&full, pos);
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Vera Lind") && !names.contains(&"Petra Sand"), "{names:?}");
        let lind = a.entities.iter().find(|e| e.name == "Vera Lind").unwrap();
        assert_eq!(lind.mentions.len(), 2);
        assert_eq!(lind.id, 0);
        assert!(a.entities.iter().all(|e| e.mentions.iter().all(|m| m.start < pos)));
        assert!(a.quotes.is_empty());
        assert_eq!(a.entities.iter().filter(|e| e.kind == Kind::Person).count(), 2);
        let (lo, hi) = bounds(&full, pos);
        assert!(lo <= pos && pos <= hi && hi <= text.find("Petra").unwrap());
    }
}
