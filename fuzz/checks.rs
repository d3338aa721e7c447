//! The properties every fuzz target checks, shared with the stable test that replays the
//! kept corpora (`tests/fuzz_corpus.rs`), so a crash found by the fuzzer stays a test.
//!
//! Each check takes raw bytes, as the fuzzer gives them, and panics when a property of the
//! library breaks: a span out of bounds or off a character boundary, an export that is not
//! valid JSON or disagrees with the analysis, a frame that cannot be drawn.

#![allow(dead_code)]

use dossier::analysis::{self, Options};
use dossier::document::{Document, Format, load as loader};
use dossier::span::Span;
use dossier::ui::action::Action;
use std::sync::Arc;

/// Every span lies inside `text`, on character boundaries.
fn span_ok(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end && s.end <= text.len(), "{what} {s:?} out of 0..{}", text.len());
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what} {s:?} splits a char");
}

fn document_ok(doc: &Document) {
    let mut last = 0;
    for b in &doc.blocks {
        span_ok(&doc.text, b.span, "block");
        assert!(b.span.start >= last, "blocks overlap at {:?}", b.span);
        last = b.span.end;
    }
    for s in &doc.sentences {
        span_ok(&doc.text, *s, "sentence");
    }
    for s in &doc.styles {
        span_ok(&doc.text, s.span, "style");
    }
    for s in &doc.sections {
        span_ok(&doc.text, s.heading, "section heading");
        assert!(s.start <= s.end && s.end <= doc.text.len(), "section {}..{}", s.start, s.end);
    }
}

/// The format the first byte picks, so one corpus reaches every loader.
fn hint(data: &[u8]) -> (Option<Format>, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (
            match b % 5 {
                0 => None,
                1 => Some(Format::Text),
                2 => Some(Format::Markdown),
                3 => Some(Format::Html),
                _ => Some(Format::Epub),
            },
            rest,
        ),
        None => (None, data),
    }
}

/// Loading any bytes (text, Markdown, HTML, an EPUB's zip) gives a document or an error,
/// never a panic, and the document's spans are sound.
pub fn load(data: &[u8]) {
    let (hint, bytes) = hint(data);
    if let Ok(doc) = loader::open_bytes(bytes.to_vec(), "fuzz", hint.filter(|f| *f != Format::Epub), "fuzz") {
        document_ok(&doc);
    }
}

/// Segmentation of any text into blocks, sentences and sections is sound.
pub fn segment(data: &[u8]) {
    let (hint, bytes) = hint(data);
    let format = match hint {
        Some(Format::Markdown) => Format::Markdown,
        _ => Format::Text,
    };
    let doc = Document::from_text(String::from_utf8_lossy(bytes).into_owned(), "fuzz", format, "fuzz");
    document_ok(&doc);
}

fn text_doc(data: &[u8]) -> Document {
    loader::load_bytes(data, "fuzz", Some(Format::Text), "fuzz")
}

/// The whole analysis: every mention and timeline span is sound, ids are indexes.
pub fn analyse(data: &[u8]) {
    let doc = text_doc(data);
    let a = analysis::analyse(&doc, &Options::default());
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i);
        for m in &e.mentions {
            span_ok(&doc.text, *m, "mention");
        }
    }
    for t in &a.timeline {
        span_ok(&doc.text, t.span, "timeline item");
        span_ok(&doc.text, t.sentence, "timeline sentence");
        assert!(t.entities.iter().all(|&id| id < a.entities.len()), "timeline entity id");
    }
}

/// `--json` is valid JSON that says what the analysis found.
pub fn json(data: &[u8]) {
    let doc = text_doc(data);
    let a = analysis::analyse(&doc, &Options::default());
    let out = dossier::export::json::to_json(&doc, &a);
    let v: serde_json::Value = serde_json::from_str(&out).expect("--json is valid JSON");
    assert_eq!(v["document"]["bytes"].as_u64(), Some(doc.text.len() as u64));
    let entities = v["entities"].as_array().expect("entities");
    assert_eq!(entities.len(), a.entities.len());
    for (e, ours) in entities.iter().zip(&a.entities) {
        assert_eq!(e["name"].as_str(), Some(ours.name.as_str()));
        assert_eq!(e["mentions"].as_array().map(Vec::len), Some(ours.mentions.len()));
    }
    assert_eq!(v["timeline"].as_array().map(Vec::len), Some(a.timeline.len()));
}

/// A random document drawn at a random size, before and after the analysis and a few
/// actions, never panics. Sizes run up to 127x47 (and down to zero): up to 255x127 each run
/// drew ten times as many cells for no new branch, and the target crawled at 5-9 runs a
/// second.
pub fn render(data: &[u8]) {
    let [w, h, rest @ ..] = data else { return };
    let (width, height) = (u16::from(*w % 128), u16::from(*h % 96) / 2);
    let doc = Arc::new(text_doc(rest));
    let Ok(mut st) = dossier::ui::new_state(Arc::clone(&doc), 80, width, height) else { return };
    let _ = dossier::ui::render_to_buffer(&st, width, height);
    st.set_analysis(Arc::new(analysis::analyse(&doc, &Options::default())));
    let actions = [
        Action::PageDown,
        Action::FocusNext,
        Action::Down,
        Action::Select,
        Action::Detail,
        Action::ToggleHighlights,
        Action::NextSection,
        Action::Bottom,
        Action::HalfPageUp,
    ];
    for action in actions {
        st.update(action);
        let _ = dossier::ui::render_to_buffer(&st, width, height);
    }
    st.resize(height.saturating_add(7), width / 3);
    let _ = dossier::ui::render_to_buffer(&st, height.saturating_add(7), width / 3);
}

/// Lazy search agrees with the whole-text search: the first byte is the query's length, then
/// the query, then the text; the match at or after, the last before and the matches inside a
/// window at a few positions, and the count and every rank, are those of `find_all`.
pub fn search(data: &[u8]) {
    use dossier::search::TextIndex;
    use dossier::search::lazy::{Count, Query};
    let [n, rest @ ..] = data else { return };
    let n = usize::from(*n % 8).min(rest.len());
    let query = String::from_utf8_lossy(&rest[..n]);
    let text = String::from_utf8_lossy(&rest[n..]);
    let index = TextIndex::new(&text);
    let all = index.find_all(&text, &query);
    let Some(q) = Query::new(&query) else {
        assert!(all.is_empty(), "a query that folds to nothing matched");
        return;
    };
    for s in &all {
        span_ok(&text, *s, "match");
    }
    let len = text.len();
    for pos in [0, len / 3, len / 2, len.saturating_sub(3), len] {
        assert_eq!(
            index.first_from(&text, &q, pos),
            all.iter().copied().find(|s| s.end > pos),
            "first from {pos}"
        );
        assert_eq!(
            index.last_before(&text, &q, pos),
            all.iter().copied().rfind(|s| s.end <= pos),
            "last before {pos}"
        );
        let end = (pos + 9).min(len);
        let inside: Vec<Span> = all.iter().copied().filter(|s| s.end > pos && s.start < end).collect();
        assert_eq!(index.spans_in(&text, &q, pos, end), inside, "inside {pos}..{end}");
    }
    let mut count = Count::default();
    while !count.step(&index, &text, &q) {}
    assert_eq!(count.found, all.len());
    for (k, s) in all.iter().enumerate().take(64) {
        assert_eq!(count.rank(&index, &text, &q, *s), Some(k + 1));
    }
}
