//! Tests of the picker index: each tier, ranking by salience, one row per entity, positions,
//! the panel filter and the "did you mean" suggestion, on a small invented article.

use super::*;
use crate::analysis::{Entity, Kind, TimelineItem};
use crate::document::Format;
use proptest::prelude::*;

const TEXT: &str = "Tavro Kessel arrived in Kesselring. Oksana Brevnova spoke to Kessel. \
The al-Qadira Front claimed it. Kessel denied it, and Brevnova laughed. Qadira fighters left. \
Mehmed Vardalis stayed at the Chaikovsky Hall. The Ẓūrabī Institute wrote in May 1999. \
Kessel left; Kessel returned; Kessel slept. Qadira again. Vardalis again. Pell Arno came. \
\n\nMuch later and far away, Pell Arno met Arno Pellin, and Arno Pellin left; Arno Pellin!";

/// Every whole-word occurrence of each form, never overlapping.
fn mentions(text: &str, forms: &[&str]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for form in forms {
        for (i, m) in text.match_indices(form) {
            let end = i + m.len();
            let whole = !text[end..].starts_with(char::is_alphanumeric);
            let s = Span::new(i, end);
            if whole && !out.iter().any(|o| o.overlaps(&s)) {
                out.push(s);
            }
        }
    }
    out.sort();
    out
}

fn entity(id: usize, name: &str, aliases: &[&str], kind: Kind) -> Entity {
    let forms: Vec<&str> = std::iter::once(name).chain(aliases.iter().copied()).collect();
    Entity {
        id,
        name: name.to_string(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        evidence: Vec::new(),
        mentions: mentions(TEXT, &forms),
    }
}

fn sample() -> (Document, Analysis) {
    let doc = Document::from_text(TEXT.to_string(), "sample", Format::Text, "sample");
    let may = TEXT.find("May 1999").unwrap_or(0);
    let analysis = Analysis {
        entities: vec![
            entity(0, "Tavro Kessel", &["Kessel"], Kind::Person),
            entity(1, "Oksana Brevnova", &["Brevnova"], Kind::Person),
            entity(2, "al-Qadira Front", &["Qadira"], Kind::Organization),
            entity(3, "Ẓūrabī Institute", &[], Kind::Organization),
            entity(4, "Kesselring", &[], Kind::Place),
            entity(5, "Mehmed Vardalis", &["Vardalis"], Kind::Person),
            entity(6, "Chaikovsky Hall", &[], Kind::Place),
            entity(7, "Pell Arno", &[], Kind::Person),
            entity(8, "Arno Pellin", &[], Kind::Person),
        ],
        timeline: vec![TimelineItem {
            text: "May 1999".into(),
            span: Span::new(may, may + 8),
            value: Some("1999-05".into()),
            date_mod: None,
            display: "May 1999".into(),
            range: None,
            anchor: None,
            relative: false,
            sentence: doc.sentence_at(may).unwrap_or_default(),
            entities: vec![3],
        }],
        ..Default::default()
    };
    (doc, analysis)
}

fn index() -> PickerIndex {
    let (doc, analysis) = sample();
    PickerIndex::new(&doc, &analysis)
}

fn labels(index: &PickerIndex, hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|h| index.entries()[h.entry].label.clone()).collect()
}

/// The entity of the first hit and its tier.
fn first(index: &PickerIndex, query: &str) -> (Option<usize>, Option<Tier>) {
    let hits = index.query(query);
    let h = hits.first();
    (h.and_then(|h| index.entries()[h.entry].kind.entity()), h.and_then(Hit::tier))
}

fn highlighted(label: &str, positions: &[usize]) -> String {
    label.chars().enumerate().filter(|(i, _)| positions.contains(i)).map(|(_, c)| c).collect()
}

#[test]
fn each_tier_finds_the_entity() {
    let index = index();
    assert_eq!(first(&index, "tavro"), (Some(0), Some(Tier::Prefix)));
    assert_eq!(first(&index, "kessel tav"), (Some(0), Some(Tier::Prefix)));
    assert_eq!(first(&index, "zurabi"), (Some(3), Some(Tier::Prefix)));
    assert_eq!(first(&index, "zrbi"), (Some(3), Some(Tier::Subsequence)));
    // A letter changed, two letters swapped, a letter missing: one edit.
    assert_eq!(first(&index, "brevnowa"), (Some(1), Some(Tier::Typo)));
    assert_eq!(first(&index, "brenvova"), (Some(1), Some(Tier::Typo)));
    assert_eq!(first(&index, "vardlis"), (Some(5), Some(Tier::Subsequence)));
    assert_eq!(first(&index, "vradalis"), (Some(5), Some(Tier::Typo)));
    // Transliterations.
    assert_eq!(first(&index, "qadeera"), (Some(2), Some(Tier::Sound)));
    assert_eq!(first(&index, "alqadeera"), (Some(2), Some(Tier::Sound)));
    assert_eq!(first(&index, "mahmud"), (Some(5), Some(Tier::Sound)));
    assert_eq!(first(&index, "tchaikovsky"), (Some(6), Some(Tier::Typo)));
    assert_eq!(first(&index, "tchaykowskij"), (Some(6), Some(Tier::Sound)));
    assert!(index.query("qqqxz").is_empty());
    assert!(index.query("xy").is_empty(), "{:?}", labels(&index, &index.query("xy")));
}

#[test]
fn tiers_come_before_salience() {
    let index = index();
    let hits = index.query("arno");
    // "Pell Arno" (prefix of its second word) and "Arno Pellin" (its first): both prefix,
    // and the more mentioned first.
    let l = labels(&index, &hits);
    assert_eq!(&l[..2], &["Arno Pellin", "Pell Arno"], "{l:?}");
    // Tiers never interleave.
    let hits = index.query("pellin");
    let l = labels(&index, &hits);
    assert_eq!(l[0], "Arno Pellin");
    assert_eq!(hits[0].tier(), Some(Tier::Prefix));
    assert!(hits.windows(2).all(|w| w[0].tier() <= w[1].tier()));
}

#[test]
fn salience_orders_a_tier() {
    let index = index();
    // Tavro Kessel (6 mentions) before Kesselring (1), both word prefixes.
    let hits = index.query("kessel");
    assert_eq!(labels(&index, &hits)[..2], ["Tavro Kessel", "Kesselring"]);
    // Two names mentioned once each: the one near the reading position first.
    let doc = Document::from_text(String::new(), "x", Format::Text, "x");
    let mut index = PickerIndex::new(&doc, &Analysis::default());
    index.push("Lindqvist north", EntryKind::Bookmark(0), Span::new(10, 11), String::new());
    index.push("Lindqvist south", EntryKind::Bookmark(1), Span::new(9_000, 9_001), String::new());
    let near = |pos| index.entries()[index.query_at("lindq", Some(pos), 1)[0].entry].label.clone();
    assert_eq!(near(0), "Lindqvist north");
    assert_eq!(near(8_000), "Lindqvist south");
}

#[test]
fn one_row_per_entity_with_the_form_that_matched() {
    let index = index();
    let hits = index.query("kessel");
    let rows = hits.iter().filter(|h| index.entries()[h.entry].kind.entity() == Some(0)).count();
    assert_eq!(rows, 1);
    let hits = index.query("qadira");
    let e = &index.entries()[hits[0].entry];
    assert_eq!(e.kind.entity(), Some(2));
    let hits = index.query("vardalis");
    assert_eq!(index.entries()[hits[0].entry].kind, EntryKind::Entity(5), "a tie keeps the name");
    let alias = index.entries().iter().find(|e| e.kind == EntryKind::Alias(0));
    assert_eq!(alias.map(|a| a.target.slice(TEXT)), Some("Kessel"));
    assert_eq!(alias.map(|a| a.detail.as_str()), Some("alias of Tavro Kessel · 6 mentions"));
    let name = index.entries().iter().find(|e| e.kind == EntryKind::Entity(1));
    assert_eq!(name.map(|a| a.detail.as_str()), Some("2 mentions"));
}

#[test]
fn positions_highlight_the_label() {
    let index = index();
    let hits = index.query("kessel tav");
    let e = &index.entries()[hits[0].entry];
    assert_eq!(highlighted(&e.label, &hits[0].positions), "TavKessel");
    let hits = index.query("zurabi");
    let hit = hits.iter().find(|h| index.entries()[h.entry].kind == EntryKind::Entity(3));
    assert_eq!(hit.map(|h| highlighted("Ẓūrabī Institute", &h.positions)).as_deref(), Some("Ẓūrabī"));
    // A typo or a sound match lights up the word it matched.
    let hits = index.query("brevnowa");
    let e = &index.entries()[hits[0].entry];
    assert_eq!(highlighted(&e.label, &hits[0].positions), "Brevnova");
    assert_eq!(index.positions(hits[0].entry, "brevnowa"), hits[0].positions);
    let hits = index.query("May 99");
    assert_eq!(index.entries()[hits[0].entry].kind, EntryKind::Event(0));
    assert!(index.entries()[hits[0].entry].detail.contains("Institute"));
}

#[test]
fn empty_query_lists_everything_in_order() {
    let index = index();
    let hits = index.query("");
    assert_eq!(hits.len(), index.len());
    let kinds: Vec<EntryKind> = hits.iter().map(|h| index.entries()[h.entry].kind).collect();
    assert_eq!(kinds[0], EntryKind::Entity(0));
    let first_event = kinds.iter().position(|k| matches!(k, EntryKind::Event(_)));
    let first_alias = kinds.iter().position(|k| matches!(k, EntryKind::Alias(_)));
    let last_entity = kinds.iter().rposition(|k| matches!(k, EntryKind::Entity(_)));
    assert!(last_entity < first_event && first_event < first_alias, "{kinds:?}");
    assert_eq!(index.query("  ").len(), index.len());
}

#[test]
fn indexes_can_be_built_on_a_worker_thread() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<PickerIndex>();
    send_sync::<crate::search::TextIndex>();
}

#[test]
fn entity_filter() {
    let (_, analysis) = sample();
    for index in [self::index(), PickerIndex::of_entities(&analysis)] {
        assert_eq!(index.matching_entities("kessel"), vec![0, 4]);
        assert_eq!(index.matching_entities("BREV"), vec![1]);
        // Nothing matches exactly: the tolerant tiers.
        assert_eq!(index.matching_entities("brevnowa"), vec![1]);
        assert_eq!(index.matching_entities("").len(), analysis.entities.len());
        assert!(index.matching_entities("may 1999").is_empty());
    }
}

#[test]
fn suggestions_are_within_tolerance() {
    let index = index();
    assert_eq!(index.suggest("brevnowa", None), Some(1));
    assert_eq!(index.suggest("qadeera", Some(0)), Some(2));
    // A scattered subsequence is no suggestion.
    assert_eq!(index.suggest("zrbi", None), None);
    assert_eq!(index.suggest("", None), None);
}

#[test]
fn empty_index_and_every_hit() {
    let doc = Document::from_text(String::new(), "x", Format::Text, "x");
    let index = PickerIndex::new(&doc, &Analysis::default());
    assert!(index.is_empty() && index.query("a").is_empty() && index.query("").is_empty());
    let mut index = PickerIndex::new(&doc, &Analysis::default());
    for i in 0..500 {
        index.push(&format!("bookmark {i}"), EntryKind::Bookmark(i), Span::default(), String::new());
    }
    let hits = index.query("bkm");
    assert_eq!(hits.len(), 500, "every match, not a first few hundred");
    assert!(hits[..POSITIONED].iter().all(|h| !h.positions.is_empty()));
    assert!(hits[POSITIONED..].iter().all(|h| h.positions.is_empty()));
    assert_eq!(index.query_limit("bookmark 49", 3).len(), 3);
    assert_eq!(index.query_limit("bookmark 499", 1)[0].entry, 499);
}

#[test]
fn labels_are_terminal_safe() {
    let doc = Document::from_text(String::new(), "x", Format::Text, "x");
    let mut index = PickerIndex::new(&doc, &Analysis::default());
    index.push("evil\u{1b}]0;title\u{7}name", EntryKind::Bookmark(0), Span::default(), "x\ny".into());
    let e = &index.entries()[0];
    assert!(crate::display::is_clean(&e.label) && crate::display::is_clean(&e.detail));
    assert!(!e.detail.contains('\n'));
    let hits = index.query("name");
    assert_eq!(highlighted(&e.label, &hits[0].positions), "name");
}

proptest! {
    #[test]
    fn positions_are_in_the_label(labels in proptest::collection::vec("\\PC{0,20}", 0..20), q in "\\PC{0,5}") {
        let doc = Document::from_text(String::new(), "x", Format::Text, "x");
        let mut index = PickerIndex::new(&doc, &Analysis::default());
        for (i, l) in labels.iter().enumerate() {
            index.push(l, EntryKind::Bookmark(i), Span::default(), String::new());
        }
        let hits = index.query(&q);
        for w in hits.windows(2) {
            prop_assert!(w[0].score >= w[1].score);
        }
        for h in &hits {
            let n = index.entries()[h.entry].label.chars().count();
            prop_assert!(h.positions.iter().all(|&p| p < n));
            prop_assert!(h.positions.windows(2).all(|w| w[0] < w[1]));
        }
    }
}
