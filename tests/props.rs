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

mod ui_fuzz {
    //! Random key and resize sequences against the UI state, at random sizes down to 1×1:
    //! every step is drawn, and nothing may panic.

    use dossier::analysis::{Options, analyse};
    use dossier::document::{Format, load_bytes};
    use dossier::ui::{new_state, render_to_buffer};
    use proptest::prelude::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use std::sync::{Arc, OnceLock};

    #[derive(Debug, Clone)]
    enum Step {
        Key(KeyCode, KeyModifiers),
        Resize(u16, u16),
    }

    fn step() -> impl Strategy<Value = Step> {
        let chars = "jkbgGnNehpift/?[]qsmMRKxSu'az ";
        let plain = proptest::sample::select(chars.chars().collect::<Vec<_>>())
            .prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::NONE));
        let named = proptest::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageDown,
            KeyCode::PageUp,
            KeyCode::Home,
            KeyCode::End,
        ])
        .prop_map(|k| Step::Key(k, KeyModifiers::NONE));
        let ctrl = proptest::sample::select(vec!['d', 'u', 'p', 'n', 'o'])
            .prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::CONTROL));
        let resize = (1u16..=160, 1u16..=60).prop_map(|(w, h)| Step::Resize(w, h));
        prop_oneof![4 => plain, 2 => named, 1 => ctrl, 1 => resize]
    }

    fn sample() -> &'static (Arc<dossier::Document>, Arc<dossier::Analysis>) {
        static S: OnceLock<(Arc<dossier::Document>, Arc<dossier::Analysis>)> = OnceLock::new();
        S.get_or_init(|| {
            let doc =
                load_bytes(dossier::document::load::SAMPLE.as_bytes(), "sample", Some(Format::Text), "s");
            let a = analyse(&doc, &Options::default());
            (Arc::new(doc), Arc::new(a))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn random_keys_and_sizes_never_panic(
            w in 1u16..=160,
            h in 1u16..=60,
            analysed in any::<bool>(),
            steps in proptest::collection::vec(step(), 0..60),
        ) {
            let (doc, analysis) = sample();
            let mut st = new_state(Arc::clone(doc), 80, w, h).unwrap();
            if analysed {
                st.set_analysis(Arc::clone(analysis));
            }
            let (mut w, mut h) = (w, h);
            for s in steps {
                match s {
                    Step::Key(code, mods) => {
                        st.handle_key(KeyEvent::new(code, mods));
                    }
                    Step::Resize(nw, nh) => {
                        (w, h) = (nw, nh);
                        st.resize(w, h);
                    }
                }
                let _ = render_to_buffer(&st, w, h);
            }
        }
    }
}
