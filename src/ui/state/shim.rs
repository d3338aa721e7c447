//! TEMPORARY stand-ins for the `search` library (text search, fuzzy picker index, context
//! helpers) that is being written on its own branch. The UI is built against these few
//! signatures and switches to the library when it lands; this file is then deleted.

use crate::analysis::{Analysis, Kind};
use crate::document::Document;
use crate::span::Span;

/// Every match of `query` in `text`: case-insensitive unless the query has a capital.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    let fold = !query.chars().any(char::is_uppercase);
    let q: Vec<char> = if fold { query.to_lowercase().chars().collect() } else { query.chars().collect() };
    let mut out = Vec::new();
    let mut last_end = 0;
    for (i, _) in text.char_indices() {
        if i < last_end {
            continue;
        }
        let mut it = text[i..].char_indices();
        let mut end = i;
        let ok = q.iter().all(|qc| match it.next() {
            Some((j, c)) => {
                end = i + j + c.len_utf8();
                let c = if fold { c.to_lowercase().next().unwrap_or(c) } else { c };
                c == *qc
            }
            None => false,
        });
        if ok {
            out.push(Span::new(i, end));
            last_end = end;
        }
    }
    out
}

/// What a picker row leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Entity(usize),
    Event(usize),
    Heading(usize),
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub target: Target,
    pub label: String,
    /// Char indices of `label` that matched.
    pub positions: Vec<usize>,
    pub score: i64,
}

/// Candidates for the picker.
#[derive(Debug, Clone, Default)]
pub struct PickerIndex {
    rows: Vec<(Target, String)>,
}

impl PickerIndex {
    pub fn new(doc: &Document, analysis: &Analysis) -> Self {
        let mut rows = Vec::new();
        for e in &analysis.entities {
            rows.push((Target::Entity(e.id), e.name.clone()));
            for a in &e.aliases {
                rows.push((Target::Entity(e.id), a.clone()));
            }
        }
        for (i, t) in analysis.timeline.iter().enumerate() {
            rows.push((Target::Event(i), format!("{} — {}", t.display, t.text)));
        }
        for (i, s) in doc.sections.iter().enumerate() {
            rows.push((Target::Heading(i), s.title.clone()));
        }
        PickerIndex { rows }
    }

    pub fn query(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q: Vec<char> = query.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        let mut hits: Vec<Hit> = Vec::new();
        for (target, label) in &self.rows {
            let mut positions = Vec::new();
            let mut qi = 0;
            let mut score = 0i64;
            for (ci, c) in label.chars().enumerate() {
                if qi < q.len() && c.to_lowercase().next() == Some(q[qi]) {
                    if positions.last().is_some_and(|p| p + 1 == ci) {
                        score += 5;
                    }
                    positions.push(ci);
                    qi += 1;
                    score += 1;
                }
            }
            if qi == q.len() {
                hits.push(Hit { target: *target, label: label.clone(), positions, score });
            }
        }
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits.truncate(limit);
        hits
    }
}

/// A one-line snippet of `doc` around `span`, at most `max` chars.
pub fn snippet(doc: &Document, span: Span, max: usize) -> String {
    let sentence = doc.sentence_at(span.start).filter(|s| s.start <= span.start).unwrap_or(span);
    let text = sentence.slice(&doc.text);
    let s: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    s.chars().take(max).collect()
}

/// Keyword in context: `(left, keyword, right)` trimmed to about `width` chars.
pub fn kwic(doc: &Document, span: Span, width: usize) -> (String, String, String) {
    let side = width.saturating_sub(span.len()) / 2;
    let text = &doc.text;
    let left: String =
        text[..span.start].chars().rev().take(side).collect::<Vec<_>>().into_iter().rev().collect();
    let right: String = text[span.end..].chars().take(side).collect();
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    (clean(&left), span.slice(text).to_string(), clean(&right))
}

/// Mentions per bucket over the document length.
pub fn density(mentions: &[Span], len: usize, buckets: usize) -> Vec<usize> {
    let mut out = vec![0; buckets];
    if buckets == 0 || len == 0 {
        return out;
    }
    for m in mentions {
        out[(m.start * buckets / len).min(buckets - 1)] += 1;
    }
    out
}

/// Entities sharing sentences with `id`, most shared first.
pub fn co_mentions(doc: &Document, analysis: &Analysis, id: usize) -> Vec<(usize, usize)> {
    let Some(e) = analysis.entities.get(id) else { return Vec::new() };
    let sentences: Vec<Span> = e.mentions.iter().filter_map(|m| doc.sentence_at(m.start)).collect();
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for other in &analysis.entities {
        if other.id == id {
            continue;
        }
        let n = sentences.iter().filter(|s| other.mentions.iter().any(|m| s.covers(m))).count();
        if n > 0 {
            counts.push((other.id, n));
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

/// Unused kind helper so the shim's picker tags read the same as the library's.
pub fn tag(kind: Kind) -> &'static str {
    kind.label()
}
