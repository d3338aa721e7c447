//! The fuzzy picker: one index over entity names and aliases, timeline entries and section
//! headings, queried on every keystroke.
//!
//! Matching is fuzzy-matcher's Skim V2 algorithm, but it folds only ASCII case, so every
//! label is folded once when the index is built ([`mod@super::fold`]: "Ẓawāhirī" → "zawahiri")
//! and the query is folded the same way on each keystroke; matched positions come back as
//! char indices into the folded label and are mapped to char indices of the label shown.
//! A query first scores every entry without positions (the cheap path), keeps the best few
//! hundred, and only computes positions for those; a query that fails as a whole is tried
//! word by word ("laden osama"), every word having to match.
//!
//! Labels are made terminal-safe when the index is built, so the UI can draw them and the
//! highlight positions as they are.

use super::context::snippet;
use super::fold::fold;
use crate::analysis::Analysis;
use crate::display::sanitize_line;
use crate::document::Document;
use crate::span::Span;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Most hits a query returns.
pub const MAX_HITS: usize = 200;
/// Longest detail line (chars) built for an entry.
const DETAIL_CHARS: usize = 80;

/// What a picker entry stands for; the index is into the analysis or document list named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// An entity by its name: `Analysis::entities[id]`.
    Entity(usize),
    /// An entity by one of its aliases: `Analysis::entities[id]`.
    Alias(usize),
    /// A timeline entry: `Analysis::timeline[i]`.
    Event(usize),
    /// A section heading: `Document::sections[i]`.
    Heading(usize),
    /// A reader bookmark (numbered by the UI), added with [`PickerIndex::push`].
    Bookmark(usize),
}

impl EntryKind {
    /// The entity an entry leads to (its own or the one an alias names).
    pub fn entity(self) -> Option<usize> {
        match self {
            EntryKind::Entity(id) | EntryKind::Alias(id) => Some(id),
            _ => None,
        }
    }

    /// A short tag for the picker row.
    pub fn tag(self) -> &'static str {
        match self {
            EntryKind::Entity(_) => "entity",
            EntryKind::Alias(_) => "alias",
            EntryKind::Event(_) => "date",
            EntryKind::Heading(_) => "section",
            EntryKind::Bookmark(_) => "bookmark",
        }
    }
}

/// One row of the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What is shown and matched; terminal-safe, one line.
    pub label: String,
    pub kind: EntryKind,
    /// Where Enter jumps: an entity's first mention, an alias's first mention in that form,
    /// a timeline expression, a heading line.
    pub target: Span,
    /// A second, unmatched line of context: "person · 15 mentions", "alias of Jalaluddin
    /// Haqqani", the sentence of a date; terminal-safe.
    pub detail: String,
}

/// A query result: `entry` indexes [`PickerIndex::entries`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub score: i64,
    /// Char indices into the entry's label of the matched characters, ascending.
    pub positions: Vec<usize>,
}

/// The picker's index; build once per analysis, query per keystroke.
pub struct PickerIndex {
    entries: Vec<Entry>,
    /// The lowercase folded label of each entry, what is matched.
    keys: Vec<String>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for PickerIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PickerIndex").field("entries", &self.entries.len()).finish()
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

impl PickerIndex {
    /// Indexes, in this order (also the order of an empty query): entities (most mentioned
    /// first, as the analysis sorts them), section headings, timeline entries, then aliases.
    pub fn new(doc: &Document, analysis: &Analysis) -> Self {
        let mut index = PickerIndex::empty();
        for e in &analysis.entities {
            let target = e.mentions.first().copied().unwrap_or_default();
            let detail = format!("{} · {}", e.kind.label(), plural(e.mentions.len(), "mention"));
            index.push(&e.name, EntryKind::Entity(e.id), target, detail);
        }
        for (i, s) in doc.sections.iter().enumerate() {
            let detail = format!("section · level {}", s.level.max(1));
            index.push(&s.title, EntryKind::Heading(i), s.heading, detail);
        }
        for (i, t) in analysis.timeline.iter().enumerate() {
            let label = if t.display.trim().is_empty() { &t.text } else { &t.display };
            let detail = snippet(doc, t.span, DETAIL_CHARS);
            index.push(label, EntryKind::Event(i), t.span, detail);
        }
        for e in &analysis.entities {
            for alias in &e.aliases {
                // The first mention written this way, else the entity's first mention.
                let target = e
                    .mentions
                    .iter()
                    .find(|m| m.slice(&doc.text) == alias)
                    .or(e.mentions.first())
                    .copied()
                    .unwrap_or_default();
                let detail = format!("alias of {}", sanitize_line(&e.name));
                index.push(alias, EntryKind::Alias(e.id), target, detail);
            }
        }
        index
    }

    /// Adds an entry (bookmarks, or anything else the UI wants to be pickable). It sorts
    /// after the ones already there when the query is empty or scores tie.
    /// An index with no entries, for a picker over a list of its own (see [`PickerIndex::push`]).
    pub fn empty() -> Self {
        PickerIndex { entries: Vec::new(), keys: Vec::new(), matcher: SkimMatcherV2::default().ignore_case() }
    }

    pub fn push(&mut self, label: &str, kind: EntryKind, target: Span, detail: String) {
        let label = sanitize_line(label).trim().to_string();
        let mut folded = fold(&label).as_str().to_string();
        folded.make_ascii_lowercase();
        self.keys.push(folded);
        self.entries.push(Entry { label, kind, target, detail: sanitize_line(&detail) });
    }

    /// All entries, indexed by [`Hit::entry`].
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best [`MAX_HITS`] entries for `query`, best first (ties in index order), with the
    /// matched chars of each label. Case-, diacritic- and whitespace-insensitive. An empty
    /// query lists the first [`MAX_HITS`] entries in index order with no positions. An
    /// entity matched both by name and by alias is listed once, by its better label (the
    /// name on a tie).
    pub fn query(&self, query: &str) -> Vec<Hit> {
        self.query_limit(query, MAX_HITS)
    }

    /// [`Self::query`] with another cap (`usize::MAX` for every hit).
    pub fn query_limit(&self, query: &str, limit: usize) -> Vec<Hit> {
        let mut pattern = fold(query).as_str().trim().to_string();
        pattern.make_ascii_lowercase();
        if pattern.is_empty() {
            return (0..self.entries.len().min(limit))
                .map(|entry| Hit { entry, score: 0, positions: Vec::new() })
                .collect();
        }
        let words: Vec<&str> = pattern.split(' ').filter(|w| !w.is_empty()).collect();
        let mut scored: Vec<(usize, i64)> = Vec::new();
        for (i, key) in self.keys.iter().enumerate() {
            if let Some(score) = self.score(key, &pattern, &words) {
                scored.push((i, score));
            }
        }
        let mut scored = self.best_per_entity(scored);
        let order = |a: &(usize, i64), b: &(usize, i64)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if scored.len() > limit && limit > 0 {
            scored.select_nth_unstable_by(limit - 1, order);
        }
        scored.truncate(limit);
        scored.sort_unstable_by(order);
        scored
            .into_iter()
            .map(|(entry, score)| Hit { entry, score, positions: self.positions(entry, &pattern, &words) })
            .collect()
    }

    /// The ids of the entities whose name or an alias matches `query`, ascending (so in the
    /// analysis's order), uncapped: the entities panel's `/` filter. Every entity matches an
    /// empty query.
    pub fn matching_entities(&self, query: &str) -> Vec<usize> {
        let mut pattern = fold(query).as_str().trim().to_string();
        pattern.make_ascii_lowercase();
        let words: Vec<&str> = pattern.split(' ').filter(|w| !w.is_empty()).collect();
        let mut ids: Vec<usize> = self
            .entries
            .iter()
            .zip(&self.keys)
            .filter_map(|(e, k)| {
                let id = e.kind.entity()?;
                (pattern.is_empty() || self.score(k, &pattern, &words).is_some()).then_some(id)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The score of a folded label: the whole pattern, else every word of it.
    fn score(&self, key: &str, pattern: &str, words: &[&str]) -> Option<i64> {
        if let Some(s) = self.matcher.fuzzy_match(key, pattern) {
            return Some(s);
        }
        if words.len() < 2 {
            return None;
        }
        words.iter().try_fold(0i64, |acc, w| self.matcher.fuzzy_match(key, w).map(|s| acc + s))
    }

    /// Matched char indices of entry `i`'s label.
    fn positions(&self, i: usize, pattern: &str, words: &[&str]) -> Vec<usize> {
        let (Some(entry), Some(key)) = (self.entries.get(i), self.keys.get(i)) else {
            return Vec::new();
        };
        let mut folded_pos: Vec<usize> = match self.matcher.fuzzy_indices(key, pattern) {
            Some((_, p)) => p,
            None => {
                words.iter().filter_map(|w| self.matcher.fuzzy_indices(key, w)).flat_map(|(_, p)| p).collect()
            }
        };
        folded_pos.sort_unstable();
        folded_pos.dedup();
        fold(&entry.label).orig_char_indices(&entry.label, &folded_pos)
    }

    /// Keeps, for each entity, only its best-scoring entry among name and aliases.
    fn best_per_entity(&self, scored: Vec<(usize, i64)>) -> Vec<(usize, i64)> {
        let mut best: std::collections::HashMap<usize, (usize, i64)> = std::collections::HashMap::new();
        for &(i, s) in &scored {
            if let Some(id) = self.entries[i].kind.entity() {
                let slot = best.entry(id).or_insert((i, s));
                // Names come before aliases in the index, so a tie keeps the name.
                if s > slot.1 {
                    *slot = (i, s);
                }
            }
        }
        scored
            .into_iter()
            .filter(|&(i, _)| match self.entries[i].kind.entity() {
                Some(id) => best.get(&id).is_some_and(|&(b, _)| b == i),
                None => true,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Kind, TimelineItem};
    use crate::document::Format;
    use proptest::prelude::*;

    fn entity(id: usize, name: &str, aliases: &[&str], kind: Kind, text: &str) -> Entity {
        let mut mentions: Vec<Span> = std::iter::once(name)
            .chain(aliases.iter().copied())
            .flat_map(|form| text.match_indices(form).map(|(i, m)| Span::new(i, i + m.len())))
            .collect();
        mentions.sort();
        // Keep them non-overlapping (an alias inside the name).
        let mut kept: Vec<Span> = Vec::new();
        for m in mentions {
            if kept.last().is_none_or(|l| m.start >= l.end) {
                kept.push(m);
            }
        }
        Entity {
            id,
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            evidence: Vec::new(),
            mentions: kept,
        }
    }

    fn sample() -> (Document, Analysis) {
        let text = include_str!("../../tests/fixtures/sample.txt");
        let doc = Document::from_text(text.to_string(), "sample", Format::Text, "sample");
        let may = text.find("May 1999").unwrap_or(0);
        let analysis = Analysis {
            entities: vec![
                entity(0, "Taliban", &[], Kind::Organization, text),
                entity(1, "Jalaluddin Haqqani", &["Haqqani"], Kind::Person, text),
                entity(2, "Osama bin Laden", &["bin Laden"], Kind::Person, text),
                entity(3, "Ayman al-Zawahiri", &["al-Zawahiri"], Kind::Person, text),
                entity(4, "Ẓawāhirī Institute", &[], Kind::Organization, text),
                entity(5, "Rawalpindi", &[], Kind::Place, text),
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
                entities: vec![1],
            }],
            document_date: None,
            ..Default::default()
        };
        (doc, analysis)
    }

    fn labels(index: &PickerIndex, hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| index.entries()[h.entry].label.clone()).collect()
    }

    fn highlighted(label: &str, positions: &[usize]) -> String {
        label.chars().enumerate().filter(|(i, _)| positions.contains(i)).map(|(_, c)| c).collect()
    }

    #[test]
    fn required_queries() {
        let (doc, analysis) = sample();
        let index = PickerIndex::new(&doc, &analysis);
        let hits = index.query("zawahri");
        let entities: Vec<Option<usize>> =
            hits.iter().map(|h| index.entries()[h.entry].kind.entity()).collect();
        assert!(entities.contains(&Some(3)) && entities.contains(&Some(4)), "{:?}", labels(&index, &hits));
        let hits = index.query("al-zawahri");
        assert_eq!(index.entries()[hits[0].entry].kind.entity(), Some(3), "{:?}", labels(&index, &hits));
        let hits = index.query("bin lad");
        assert_eq!(index.entries()[hits[0].entry].kind.entity(), Some(2));
        let hits = index.query("zawahiri");
        let l = labels(&index, &hits);
        assert!(l.iter().any(|l| l == "Ẓawāhirī Institute"), "{l:?}");
        let hit = hits.iter().find(|h| index.entries()[h.entry].kind == EntryKind::Entity(4));
        let hit = hit.map(|h| highlighted("Ẓawāhirī Institute", &h.positions));
        assert_eq!(hit.as_deref(), Some("Ẓawāhirī"));
        // Word order does not matter when the whole query fails.
        let hits = index.query("laden osama");
        assert_eq!(index.entries()[hits[0].entry].kind, EntryKind::Entity(2));
        assert!(index.query("qqqxz").is_empty());
    }

    #[test]
    fn alias_hits_report_their_entity_once() {
        let (doc, analysis) = sample();
        let index = PickerIndex::new(&doc, &analysis);
        let hits = index.query("haqqani");
        let for_entity: Vec<&Hit> =
            hits.iter().filter(|h| index.entries()[h.entry].kind.entity() == Some(1)).collect();
        assert_eq!(for_entity.len(), 1);
        let e = &index.entries()[for_entity[0].entry];
        assert_eq!(e.kind.entity(), Some(1));
        // The alias target is a mention written that way.
        let alias = index.entries().iter().find(|e| e.kind == EntryKind::Alias(1));
        assert_eq!(alias.map(|a| a.target.slice(&doc.text)), Some("Haqqani"));
        assert_eq!(alias.map(|a| a.detail.as_str()), Some("alias of Jalaluddin Haqqani"));
    }

    #[test]
    fn positions_highlight_the_label() {
        let (doc, analysis) = sample();
        let index = PickerIndex::new(&doc, &analysis);
        let hits = index.query("bin lad");
        let e = &index.entries()[hits[0].entry];
        assert_eq!(highlighted(&e.label, &hits[0].positions), "bin Lad");
        let hits = index.query("May 99");
        assert_eq!(index.entries()[hits[0].entry].kind, EntryKind::Event(0));
        assert!(index.entries()[hits[0].entry].detail.contains("Rawalpindi"));
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        let (doc, analysis) = sample();
        let index = PickerIndex::new(&doc, &analysis);
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
        let (doc, analysis) = sample();
        let index = PickerIndex::new(&doc, &analysis);
        assert_eq!(index.matching_entities("zawah"), vec![3, 4]);
        assert_eq!(index.matching_entities("HAQQ"), vec![1]);
        assert_eq!(index.matching_entities("").len(), analysis.entities.len());
        assert!(index.matching_entities("may 1999").is_empty());
    }

    #[test]
    fn empty_index_and_cap() {
        let doc = Document::from_text(String::new(), "x", Format::Text, "x");
        let index = PickerIndex::new(&doc, &Analysis::default());
        assert!(index.is_empty() && index.query("a").is_empty() && index.query("").is_empty());
        let mut index = PickerIndex::new(&doc, &Analysis::default());
        for i in 0..500 {
            index.push(&format!("bookmark {i}"), EntryKind::Bookmark(i), Span::default(), String::new());
        }
        assert_eq!(index.query("bkm").len(), MAX_HITS);
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
}
