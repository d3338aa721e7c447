//! Property tests of the library on random input: loading, segmentation, entity and timeline
//! extraction never panic, and every span they return is in bounds, on character boundaries,
//! sorted, and (within one entity) non-overlapping.
//!
//! The case count is modest so CI stays quick; set `PROPTEST_CASES` for a long run.

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};
use dossier::span::Span;
use proptest::prelude::*;

/// Text that looks enough like prose to reach the extractors' rules: capitalised words,
/// particles, dates, numbers, punctuation, quotes, multi-byte and control characters.
fn prose() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("The".to_string()),
        Just("the".to_string()),
        Just("al-Qaeda".to_string()),
        Just("bin".to_string()),
        Just("Laden".to_string()),
        Just("Osama".to_string()),
        Just("United States".to_string()),
        Just("Dr.".to_string()),
        Just("U.S.".to_string()),
        Just("May".to_string()),
        Just("1999".to_string()),
        Just("the 1980s".to_string()),
        Just("two years later".to_string()),
        Just("9/11".to_string()),
        Just("’s".to_string()),
        Just("—".to_string()),
        Just("Ẓawāhirī".to_string()),
        Just("“".to_string()),
        Just(".".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\u{202e}".to_string()),
        "[A-Z][a-z]{0,8}",
        "[a-z]{1,8}",
        "[0-9]{1,4}",
        "\\PC{1,3}",
    ];
    proptest::collection::vec(token, 0..120).prop_map(|v| v.join(" "))
}

fn check_span(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end && s.end <= text.len(), "{what} {s:?} out of bounds");
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what} {s:?} splits a char");
}

fn check_sorted(spans: &[Span], what: &str) {
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start, "{what} overlap or unsorted: {:?}", w);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn loading_and_segmentation_hold_their_invariants(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        for format in [Format::Text, Format::Markdown] {
            let doc = load_bytes(&bytes, "p", Some(format), "p");
            let blocks: Vec<Span> = doc.blocks.iter().map(|b| b.span).collect();
            blocks.iter().for_each(|&s| check_span(&doc.text, s, "block"));
            check_sorted(&blocks, "blocks");
            doc.sentences.iter().for_each(|&s| check_span(&doc.text, s, "sentence"));
            check_sorted(&doc.sentences, "sentences");
        }
    }

    #[test]
    fn analysis_spans_are_well_formed(text in prose(), markdown in any::<bool>()) {
        let format = if markdown { Format::Markdown } else { Format::Text };
        let doc = load_bytes(text.as_bytes(), "p", Some(format), "p");
        let a = analyse(&doc, &Options::default());
        for (i, e) in a.entities.iter().enumerate() {
            assert_eq!(e.id, i);
            assert!(!e.mentions.is_empty(), "entity {} has no mention", e.name);
            e.mentions.iter().for_each(|&s| check_span(&doc.text, s, "mention"));
            check_sorted(&e.mentions, "mentions");
        }
        for t in &a.timeline {
            check_span(&doc.text, t.span, "timeline");
            assert_eq!(t.span.slice(&doc.text), t.text);
            assert!(t.sentence.covers(&t.span) || t.sentence.is_empty(), "sentence covers its expression");
            assert!(t.entities.iter().all(|&id| id < a.entities.len()));
            assert!(t.anchor.is_none_or(|i| i < a.timeline.len()));
        }
    }
}
