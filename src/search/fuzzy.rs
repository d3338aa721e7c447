//! The fuzzy picker: one index over entity names and aliases, timeline entries and section
//! headings, queried on every keystroke.
//!
//! A query is matched in tiers ([`mod@super::tiers`]: word prefix, subsequence, typo, sound)
//! and the hits are ordered by tier, then by salience ([`mod@super::rank`]: mentions and
//! closeness to the reading position). Every label is folded once when the index is built
//! ([`mod@super::fold`]: "Ẓarāvinī" → "zaravini") and split into words kept in one table of
//! distinct words, so a keystroke prepares each query word against that table once and each
//! entry only looks its words up; the subsequence tier is fuzzy-matcher's Skim V2 (which
//! folds only ASCII case, hence the folding), run on the entries whose folded label holds the
//! query's letters in order.
//!
//! Every match is returned, so a list can scroll through all of them; highlight positions
//! are computed for the first [`POSITIONED`] hits, and for any other on demand
//! ([`PickerIndex::positions`]), since a list only shows a screenful. An entity matched by
//! its name and by aliases is listed once, by the form that matched best.
//!
//! Labels are made terminal-safe when the index is built, so the UI can draw them and the
//! highlight positions as they are.

use super::context::snippet;
use super::fold::fold;
use super::rank;
use super::tiers::{NONE, QueryWord, Tier, WordTable, split_words};
use crate::analysis::Analysis;
use crate::display::sanitize_line;
use crate::document::Document;
use crate::span::Span;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::collections::HashMap;

/// How many hits of a query come with their highlight positions.
pub const POSITIONED: usize = 64;
/// Longest detail line (chars) built for an entry.
const DETAIL_CHARS: usize = 80;
/// The score of a hit is its tier's base plus a thousandth of its salience.
const TIER_BASE: i64 = 1_000_000;

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
    /// A second, unmatched line of context: "15 mentions", "alias of Tamsin Korvani · 15
    /// mentions", the sentence of a date; terminal-safe.
    pub detail: String,
}

/// A query result: `entry` indexes [`PickerIndex::entries`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    /// Higher is better: the tier first, then salience.
    pub score: i64,
    /// Char indices into the entry's label of the matched characters, ascending (empty past
    /// the first [`POSITIONED`] hits: see [`PickerIndex::positions`]).
    pub positions: Vec<usize>,
}

impl Hit {
    /// The tier the hit matched in (`None` for an empty query's listing).
    pub fn tier(&self) -> Option<Tier> {
        let code = 10 - (self.score + TIER_BASE / 2).div_euclid(TIER_BASE);
        Tier::from_code(u8::try_from(code).ok()?)
    }
}

/// How an entry weighs in ranking: how often its subject is mentioned, and where.
#[derive(Debug, Clone, Copy)]
struct Weight {
    mentions: usize,
    /// Index into `PickerIndex::spots`.
    spots: usize,
}

/// One word of an entry's folded label: the word table id and its char range in the label.
#[derive(Debug, Clone, Copy)]
struct EntryWord {
    id: u32,
    start: u32,
    end: u32,
}

/// A query folded and split, with each word's tier over the word table.
struct Prepared {
    pattern: String,
    words: Vec<QueryWord>,
    tiers: Vec<Vec<u8>>,
    letters: usize,
}

/// The picker's index; build once per analysis, query per keystroke.
pub struct PickerIndex {
    entries: Vec<Entry>,
    /// The lowercase folded label of each entry, what is matched.
    keys: Vec<String>,
    words: Vec<Vec<EntryWord>>,
    table: WordTable,
    weights: Vec<Weight>,
    /// Sorted byte offsets where each subject is mentioned (shared by an entity's entries).
    spots: Vec<Vec<u32>>,
    /// Length of the document, to measure closeness.
    text_len: usize,
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

/// A byte offset as a spot (`u32`, see `rank::nearest`).
fn spot(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Whether the bytes of `needle` appear in `hay` in order (the subsequence tier's filter).
fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|b| it.any(|h| h == b))
}

impl PickerIndex {
    /// Indexes, in this order (also the order of an empty query): entities (most mentioned
    /// first, as the analysis sorts them), section headings, timeline entries, then aliases.
    pub fn new(doc: &Document, analysis: &Analysis) -> Self {
        let mut index = PickerIndex::empty();
        index.text_len = doc.text.len();
        let entity_spots = index.push_entity_names(analysis);
        for (i, s) in doc.sections.iter().enumerate() {
            let detail = format!("level {}", s.level.max(1));
            index.push(&s.title, EntryKind::Heading(i), s.heading, detail);
        }
        for (i, t) in analysis.timeline.iter().enumerate() {
            let label = if t.display.trim().is_empty() { &t.text } else { &t.display };
            let detail = snippet(doc, t.span, DETAIL_CHARS);
            index.push(label, EntryKind::Event(i), t.span, detail);
        }
        index.push_aliases(analysis, Some(&doc.text), &entity_spots);
        index.shrink();
        index
    }

    /// Hands the unused tails of the arrays (grown by doubling) back to the allocator: the
    /// index is held for as long as the document is open.
    fn shrink(&mut self) {
        self.entries.shrink_to_fit();
        self.keys.shrink_to_fit();
        self.words.shrink_to_fit();
        self.weights.shrink_to_fit();
        self.spots.shrink_to_fit();
    }

    /// An index of the entities alone, by name and alias (the entities panel's filter).
    pub fn of_entities(analysis: &Analysis) -> Self {
        let mut index = PickerIndex::empty();
        index.text_len =
            analysis.entities.iter().filter_map(|e| e.mentions.last()).map(|m| m.end).max().unwrap_or(0);
        let spots = index.push_entity_names(analysis);
        index.push_aliases(analysis, None, &spots);
        index
    }

    /// Entities by name; returns each entity's spot list.
    fn push_entity_names(&mut self, analysis: &Analysis) -> Vec<usize> {
        let mut spots = Vec::with_capacity(analysis.entities.len());
        for e in &analysis.entities {
            let target = e.mentions.first().copied().unwrap_or_default();
            let at = self.spots.len();
            self.spots.push(e.mentions.iter().map(|m| spot(m.start)).collect());
            spots.push(at);
            let weight = Weight { mentions: e.mentions.len(), spots: at };
            self.add(&e.name, EntryKind::Entity(e.id), target, plural(e.mentions.len(), "mention"), weight);
        }
        spots
    }

    /// Entities by alias; the target is the first mention written that way when the text is
    /// given, else the entity's first mention.
    fn push_aliases(&mut self, analysis: &Analysis, text: Option<&str>, spots: &[usize]) {
        for (e, &at) in analysis.entities.iter().zip(spots) {
            let first = e.mentions.first().copied().unwrap_or_default();
            let detail =
                format!("alias of {} · {}", sanitize_line(&e.name), plural(e.mentions.len(), "mention"));
            for alias in &e.aliases {
                let target = text
                    .and_then(|t| e.mentions.iter().find(|m| m.slice(t) == alias))
                    .copied()
                    .unwrap_or(first);
                let weight = Weight { mentions: e.mentions.len(), spots: at };
                self.add(alias, EntryKind::Alias(e.id), target, detail.clone(), weight);
            }
        }
    }

    /// An index with no entries, for a picker over a list of its own (see [`PickerIndex::push`]).
    pub fn empty() -> Self {
        PickerIndex {
            entries: Vec::new(),
            keys: Vec::new(),
            words: Vec::new(),
            table: WordTable::default(),
            weights: Vec::new(),
            spots: Vec::new(),
            text_len: 0,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// Adds an entry (bookmarks, or anything else the UI wants to be pickable), weighed as
    /// one mention at its target. It sorts after the ones already there when the query is
    /// empty or scores tie.
    pub fn push(&mut self, label: &str, kind: EntryKind, target: Span, detail: String) {
        let at = self.spots.len();
        self.spots.push(vec![spot(target.start)]);
        self.text_len = self.text_len.max(target.end);
        self.add(label, kind, target, detail, Weight { mentions: 1, spots: at });
    }

    fn add(&mut self, label: &str, kind: EntryKind, target: Span, detail: String, weight: Weight) {
        let label = sanitize_line(label).trim().to_string();
        let mut folded = fold(&label).as_str().to_string();
        folded.make_ascii_lowercase();
        let words = split_words(&folded)
            .map(|(start, end, w)| EntryWord {
                id: self.table.intern(w),
                start: start as u32,
                end: end as u32,
            })
            .collect();
        self.words.push(words);
        self.keys.push(folded);
        self.weights.push(weight);
        self.entries.push(Entry { label, kind, target, detail: sanitize_line(&detail) });
    }

    /// Drops the entries from `len` on (the bookmarks the UI pushed last, to push them anew).
    pub fn truncate(&mut self, len: usize) {
        self.entries.truncate(len);
        self.keys.truncate(len);
        self.words.truncate(len);
        self.weights.truncate(len);
        let spots = self.weights.iter().map(|w| w.spots + 1).max().unwrap_or(0);
        self.spots.truncate(spots);
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

    /// Every entry matching `query`, best first (see the module doc), without a reading
    /// position. Case-, diacritic- and whitespace-insensitive. An empty query lists every
    /// entry in index order with no positions.
    pub fn query(&self, query: &str) -> Vec<Hit> {
        self.query_at(query, None, usize::MAX)
    }

    /// [`Self::query`] with at most `limit` hits.
    pub fn query_limit(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.query_at(query, None, limit)
    }

    /// [`Self::query`] ranked for a reader at byte `pos`, at most `limit` hits.
    pub fn query_at(&self, query: &str, pos: Option<usize>, limit: usize) -> Vec<Hit> {
        let Some(p) = self.prepare(query) else {
            return (0..self.entries.len().min(limit))
                .map(|entry| Hit { entry, score: 0, positions: Vec::new() })
                .collect();
        };
        let mut hits = self.ranked(&p, pos, true);
        hits.truncate(limit);
        hits.into_iter()
            .enumerate()
            .map(|(k, (entry, _, score))| {
                let positions = if k < POSITIONED { self.positions_for(entry, &p) } else { Vec::new() };
                Hit { entry, score, positions }
            })
            .collect()
    }

    /// The matched char indices of entry `entry`'s label for `query` (what a list highlights).
    pub fn positions(&self, entry: usize, query: &str) -> Vec<usize> {
        self.prepare_words(query).map(|p| self.positions_for(entry, &p)).unwrap_or_default()
    }

    /// The ids of the entities whose name or an alias matches `query`, ascending (so in the
    /// analysis's order): the entities panel's `/` filter. When some match by word prefix or
    /// subsequence, those; else the ones within typo or sound tolerance. Every entity matches
    /// an empty query.
    pub fn matching_entities(&self, query: &str) -> Vec<usize> {
        let mut ids: Vec<usize> = match self.prepare(query) {
            None => self.entries.iter().filter_map(|e| e.kind.entity()).collect(),
            Some(p) => {
                let hits = self.ranked(&p, None, true);
                let entity = |&(i, _, _): &(usize, Tier, i64)| self.entries[i].kind.entity();
                let close: Vec<usize> =
                    hits.iter().filter(|h| h.1 <= Tier::Subsequence).filter_map(entity).collect();
                if close.is_empty() { hits.iter().filter_map(entity).collect() } else { close }
            }
        };
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The entity a query that found nothing in the text most likely meant: the best entity
    /// whose name or alias matches by word prefix, typo or sound (not by mere subsequence),
    /// ranked for a reader at `pos`.
    pub fn suggest(&self, query: &str, pos: Option<usize>) -> Option<usize> {
        let p = self.prepare(query)?;
        self.ranked(&p, pos, false).into_iter().find_map(|(i, _, _)| self.entries[i].kind.entity())
    }

    /// Folds and splits a query and computes its words' tiers; `None` when it is empty.
    fn prepare(&self, query: &str) -> Option<Prepared> {
        let mut p = self.prepare_words(query)?;
        p.tiers = p.words.iter().map(|w| self.table.tiers(w)).collect();
        Some(p)
    }

    /// Folds and splits a query, without the word tiers (enough for positions).
    fn prepare_words(&self, query: &str) -> Option<Prepared> {
        let mut pattern = fold(query).as_str().trim().to_string();
        pattern.make_ascii_lowercase();
        if pattern.is_empty() {
            return None;
        }
        let words: Vec<QueryWord> = split_words(&pattern).map(|(_, _, w)| QueryWord::new(w)).collect();
        let letters = pattern.chars().filter(|c| !c.is_whitespace()).count();
        Some(Prepared { pattern, words, tiers: Vec::new(), letters })
    }

    /// Every matching entry with its tier and score, one per entity, best first (ties in
    /// index order).
    fn ranked(&self, p: &Prepared, pos: Option<usize>, subsequence: bool) -> Vec<(usize, Tier, i64)> {
        let mut scored: Vec<(usize, Tier, i64)> = Vec::new();
        for i in 0..self.entries.len() {
            let Some((tier, skim)) = self.tier_of(i, p, subsequence) else { continue };
            let w = self.weights[i];
            let mut rank = rank::salience(w.mentions, &self.spots[w.spots], pos, self.text_len);
            if let Some(s) = skim {
                rank += rank::tightness(s, p.letters);
            }
            let score = (10 - tier as i64) * TIER_BASE + (rank * 1000.0).clamp(-1e5, 1e5) as i64;
            scored.push((i, tier, score));
        }
        let mut scored = self.best_per_entity(scored);
        scored.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        scored
    }

    /// The tier at which entry `i` matches (with the subsequence match's score in that tier),
    /// or `None`. Each query word counts its best tier; the entry its worst word's.
    fn tier_of(&self, i: usize, p: &Prepared, subsequence: bool) -> Option<(Tier, Option<i64>)> {
        let key = self.keys[i].as_bytes();
        if p.words.is_empty() {
            // Punctuation only: the subsequence match alone.
            if !subsequence || !is_subsequence(p.pattern.as_bytes(), key) {
                return None;
            }
            let s = self.matcher.fuzzy_match(&self.keys[i], &p.pattern)?;
            return Some((Tier::Subsequence, Some(s)));
        }
        let mut worst = Tier::Prefix;
        for (q, tiers) in p.words.iter().zip(&p.tiers) {
            let best = self.words[i].iter().map(|w| tiers[w.id as usize]).min().unwrap_or(NONE);
            let t = if best == Tier::Prefix as u8 {
                Tier::Prefix
            } else if subsequence && is_subsequence(q.text.as_bytes(), key) {
                Tier::Subsequence
            } else {
                Tier::from_code(best)?
            };
            worst = worst.max(t);
        }
        if worst != Tier::Subsequence {
            return Some((worst, None));
        }
        match self.skim(i, p) {
            Some(s) => Some((worst, Some(s))),
            // The bytes were in order but not the chars (a multi-byte query char).
            None => self.tier_of(i, p, false),
        }
    }

    /// fuzzy-matcher's score of entry `i`: the whole pattern, else every word of it.
    fn skim(&self, i: usize, p: &Prepared) -> Option<i64> {
        let key = &self.keys[i];
        if let Some(s) = self.matcher.fuzzy_match(key, &p.pattern) {
            return Some(s);
        }
        p.words.iter().try_fold(0i64, |acc, w| self.matcher.fuzzy_match(key, &w.text).map(|s| acc + s))
    }

    /// Matched char indices of entry `i`'s label: fuzzy-matcher's positions of the whole
    /// pattern, else of each word; a word matched only by typo or sound lights up the name
    /// word it matched.
    fn positions_for(&self, i: usize, p: &Prepared) -> Vec<usize> {
        let (Some(entry), Some(key)) = (self.entries.get(i), self.keys.get(i)) else {
            return Vec::new();
        };
        let mut folded_pos: Vec<usize> = match self.matcher.fuzzy_indices(key, &p.pattern) {
            Some((_, pos)) => pos,
            None => p.words.iter().flat_map(|q| self.word_positions(i, key, q)).collect(),
        };
        folded_pos.sort_unstable();
        folded_pos.dedup();
        fold(&entry.label).orig_char_indices(&entry.label, &folded_pos)
    }

    /// The folded char positions one query word lights up in entry `i`.
    fn word_positions(&self, i: usize, key: &str, q: &QueryWord) -> Vec<usize> {
        if let Some((_, pos)) = self.matcher.fuzzy_indices(key, &q.text) {
            return pos;
        }
        let best = self.words[i]
            .iter()
            .filter_map(|w| Some((q.tier(self.table.get(w.id)?)?, w)))
            .min_by_key(|(t, w)| (*t, w.start));
        best.map(|(_, w)| (w.start as usize..w.end as usize).collect()).unwrap_or_default()
    }

    /// Keeps, for each entity, only its best-scoring entry among name and aliases.
    fn best_per_entity(&self, scored: Vec<(usize, Tier, i64)>) -> Vec<(usize, Tier, i64)> {
        let mut best: HashMap<usize, (usize, i64)> = HashMap::new();
        for &(i, _, s) in &scored {
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
            .filter(|&(i, _, _)| match self.entries[i].kind.entity() {
                Some(id) => best.get(&id).is_some_and(|&(b, _)| b == i),
                None => true,
            })
            .collect()
    }
}

#[cfg(test)]
#[path = "fuzzy_tests.rs"]
mod tests;
