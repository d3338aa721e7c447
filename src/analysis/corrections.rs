//! User corrections to the extracted entities: merge, rename, change kind, hide, split off
//! an alias. Applied after extraction, on every open and in every export.
//!
//! Corrections name entities by their names (not ids), because ids are ranks by mention
//! count and change whenever the extractor or another correction changes; a name stays
//! meaningful across versions. Applying is a pure function over the analysis and the text;
//! a correction whose entity no longer exists is skipped, so stale corrections never fail.

use super::{Analysis, Entity, Kind};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// One correction, as stored in the reading state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Fold `entity` into `into` (its mentions and names become the other's).
    Merge {
        entity: String,
        into: String,
    },
    Rename {
        entity: String,
        to: String,
    },
    SetKind {
        entity: String,
        kind: Kind,
    },
    /// Drop the entity from panels and exports.
    Hide {
        entity: String,
    },
    /// Move the mentions written as `alias` into an entity of their own.
    SplitAlias {
        entity: String,
        alias: String,
    },
}

impl Correction {
    /// A short description for the status bar and undo messages.
    pub fn describe(&self) -> String {
        match self {
            Correction::Merge { entity, into } => format!("merged {entity} into {into}"),
            Correction::Rename { entity, to } => format!("renamed {entity} to {to}"),
            Correction::SetKind { entity, kind } => format!("{entity} is now {}", kind.label()),
            Correction::Hide { entity } => format!("hid {entity}"),
            Correction::SplitAlias { entity, alias } => format!("split {alias} off {entity}"),
        }
    }
}

/// Applies corrections in order, then re-ranks entities and re-links the timeline.
pub fn apply(analysis: &mut Analysis, text: &str, corrections: &[Correction]) {
    if corrections.is_empty() {
        return;
    }
    // Work on (entity, original ids it absorbed) so timeline links can be remapped.
    let mut work: Vec<(Entity, Vec<usize>)> =
        std::mem::take(&mut analysis.entities).into_iter().map(|e| (e.clone(), vec![e.id])).collect();
    for c in corrections {
        match c {
            Correction::Merge { entity, into } => {
                let (Some(a), Some(b)) = (find(&work, entity), find(&work, into)) else { continue };
                if a == b {
                    continue;
                }
                let (from, ids) = work.remove(a);
                let b = if a < b { b - 1 } else { b };
                let target = &mut work[b];
                for name in std::iter::once(from.name).chain(from.aliases) {
                    if name != target.0.name && !target.0.aliases.contains(&name) {
                        target.0.aliases.push(name);
                    }
                }
                target.0.mentions = union(&target.0.mentions, &from.mentions);
                target.0.evidence.push(format!("merged by you: {entity}"));
                target.1.extend(ids);
            }
            Correction::Rename { entity, to } => {
                let Some(i) = find(&work, entity) else { continue };
                let e = &mut work[i].0;
                let old = std::mem::replace(&mut e.name, to.clone());
                e.aliases.retain(|a| a != to);
                if !e.aliases.contains(&old) && old != *to {
                    e.aliases.push(old);
                }
            }
            Correction::SetKind { entity, kind } => {
                let Some(i) = find(&work, entity) else { continue };
                work[i].0.kind = *kind;
                work[i].0.evidence.insert(0, "kind set by you".to_string());
            }
            Correction::Hide { entity } => {
                if let Some(i) = find(&work, entity) {
                    work.remove(i);
                }
            }
            Correction::SplitAlias { entity, alias } => {
                let Some(i) = find(&work, entity) else { continue };
                let e = &mut work[i].0;
                let (moved, kept): (Vec<Span>, Vec<Span>) =
                    e.mentions.iter().partition(|m| m.slice(text).eq_ignore_ascii_case(alias));
                if moved.is_empty() || kept.is_empty() {
                    continue;
                }
                e.mentions = kept;
                e.aliases.retain(|a| !a.eq_ignore_ascii_case(alias));
                let split = Entity {
                    id: usize::MAX,
                    name: alias.clone(),
                    kind: e.kind,
                    aliases: Vec::new(),
                    evidence: vec![format!("split by you from {}", e.name)],
                    mentions: moved,
                };
                work.push((split, Vec::new()));
            }
        }
    }
    // Re-rank: most mentioned first, ties by first mention.
    work.sort_by_key(|(e, _)| {
        (std::cmp::Reverse(e.mentions.len()), e.mentions.first().map_or(0, |m| m.start))
    });
    let mut old_to_new = std::collections::HashMap::new();
    for (new, (e, olds)) in work.iter_mut().enumerate() {
        e.id = new;
        for &old in olds.iter() {
            old_to_new.insert(old, new);
        }
    }
    analysis.entities = work.into_iter().map(|(e, _)| e).collect();
    for item in &mut analysis.timeline {
        let mut ids: Vec<usize> = item.entities.iter().filter_map(|id| old_to_new.get(id).copied()).collect();
        // Entities split off inside the item's sentence are linked too.
        for e in &analysis.entities {
            if e.mentions.iter().any(|m| item.sentence.covers(m)) {
                ids.push(e.id);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        item.entities = ids;
    }
    super::attribution::relink(&analysis.entities, &mut analysis.descriptions, &mut analysis.quotes);
}

/// The entity named `name`: exact name first, then an alias, then case-insensitively.
fn find(work: &[(Entity, Vec<usize>)], name: &str) -> Option<usize> {
    work.iter()
        .position(|(e, _)| e.name == name)
        .or_else(|| work.iter().position(|(e, _)| e.aliases.iter().any(|a| a == name)))
        .or_else(|| work.iter().position(|(e, _)| e.name.eq_ignore_ascii_case(name)))
}

/// Sorted union of two sorted mention lists, dropping overlaps.
fn union(a: &[Span], b: &[Span]) -> Vec<Span> {
    let mut all: Vec<Span> = a.iter().chain(b).copied().collect();
    all.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(all.len());
    for s in all {
        if out.last().is_none_or(|l| l.end <= s.start) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::TimelineItem;

    const TEXT: &str = "Ada Lovelace met Babbage. Lovelace wrote. Ada sang. GDP rose in London.";

    fn span(s: &str, nth: usize) -> Span {
        let start = TEXT.match_indices(s).nth(nth).unwrap().0;
        Span::new(start, start + s.len())
    }

    fn ent(id: usize, name: &str, kind: Kind, mentions: Vec<Span>) -> Entity {
        Entity { id, name: name.into(), kind, aliases: vec![], evidence: vec![], mentions }
    }

    fn fixture() -> Analysis {
        let entities = vec![
            ent(
                0,
                "Ada Lovelace",
                Kind::Person,
                vec![span("Ada Lovelace", 0), span("Lovelace", 1), span("Ada", 1)],
            ),
            ent(1, "Babbage", Kind::Place, vec![span("Babbage", 0)]),
            ent(2, "GDP", Kind::Organization, vec![span("GDP", 0)]),
            ent(3, "London", Kind::Place, vec![span("London", 0)]),
        ];
        let sentence = Span::new(52, TEXT.len());
        let timeline = vec![TimelineItem {
            text: "x".into(),
            span: sentence,
            value: None,
            date_mod: None,
            display: "x".into(),
            range: None,
            anchor: None,
            relative: false,
            sentence,
            entities: vec![2, 3],
        }];
        Analysis { entities, timeline, document_date: None, ..Default::default() }
    }

    #[test]
    fn hide_rename_kind_and_relink() {
        let mut a = fixture();
        apply(
            &mut a,
            TEXT,
            &[
                Correction::Hide { entity: "GDP".into() },
                Correction::SetKind { entity: "Babbage".into(), kind: Kind::Person },
                Correction::Rename { entity: "Babbage".into(), to: "Charles Babbage".into() },
            ],
        );
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Ada Lovelace", "Charles Babbage", "London"]);
        assert_eq!(a.entities[1].kind, Kind::Person);
        assert_eq!(a.entities[1].aliases, ["Babbage"]);
        assert_eq!(a.timeline[0].entities, [2], "GDP unlinked, London re-numbered");
    }

    #[test]
    fn merge_and_split() {
        let mut a = fixture();
        apply(
            &mut a,
            TEXT,
            &[
                Correction::Merge { entity: "London".into(), into: "Babbage".into() },
                Correction::SplitAlias { entity: "Ada Lovelace".into(), alias: "Ada".into() },
            ],
        );
        let b = a.entities.iter().find(|e| e.name == "Babbage").unwrap();
        assert_eq!(b.mentions.len(), 2);
        assert_eq!(b.aliases, ["London"]);
        let ada = a.entities.iter().find(|e| e.name == "Ada").unwrap();
        assert_eq!(ada.mentions, [span("Ada", 1)]);
        assert!(a.entities.iter().enumerate().all(|(i, e)| e.id == i));
    }

    #[test]
    fn stale_corrections_are_skipped() {
        let mut a = fixture();
        apply(&mut a, TEXT, &[Correction::Hide { entity: "Nobody".into() }]);
        assert_eq!(a.entities.len(), 4);
        let json =
            serde_json::to_string(&Correction::SetKind { entity: "X".into(), kind: Kind::Place }).unwrap();
        assert_eq!(json, r#"{"op":"set_kind","entity":"X","kind":"place"}"#);
    }
}
