//! Tests of the line breaking and of the maps between bytes and (line, column), with
//! property tests over random text and widths.

use super::*;
use proptest::prelude::*;

const FIRST: Breaking = Breaking { algorithm: Algorithm::FirstFit, hyphenate: false };
const OPTIMAL: Breaking = Breaking { algorithm: Algorithm::OptimalFit, hyphenate: false };

fn with(t: &str, w: usize, b: Breaking) -> Vec<&str> {
    wrap_with(t, 0, t.len(), w, false, b).iter().map(|l| &t[l.start..l.end]).collect()
}

fn texts(t: &str, w: usize) -> Vec<&str> {
    with(t, w, FIRST)
}

#[test]
fn greedy_word_wrap() {
    assert_eq!(texts("the quick brown fox jumps", 10), vec!["the quick", "brown fox", "jumps"]);
    assert_eq!(texts("  lead  and trail  ", 20), vec!["lead  and trail"]);
    assert_eq!(texts("", 10), Vec::<&str>::new());
}

#[test]
fn optimal_fit_is_less_ragged_than_first_fit() {
    let t = "aaa bb cc ddddd";
    // First fit fills the first line and leaves a ragged one; optimal fit evens them out.
    assert_eq!(with(t, 6, FIRST), vec!["aaa bb", "cc", "ddddd"]);
    assert_eq!(with(t, 6, OPTIMAL), vec!["aaa", "bb cc", "ddddd"]);
    assert_eq!(Breaking::default().algorithm, Algorithm::OptimalFit);
}

#[test]
fn long_words_are_split_and_every_line_fits() {
    let t = "supercalifragilistic word";
    let lines = texts(t, 8);
    assert_eq!(lines, vec!["supercal", "ifragili", "stic", "word"]);
    for l in lines {
        assert!(width(l) <= 8);
    }
}

#[test]
fn long_words_are_hyphenated_in_narrow_columns() {
    let t = "the extraordinary circumstances";
    let b = Breaking { algorithm: Algorithm::FirstFit, hyphenate: true };
    let lines = wrap_with(t, 0, t.len(), 12, false, b);
    let shown: Vec<String> =
        lines.iter().map(|l| format!("{}{}", &t[l.start..l.end], if l.hyphen { "-" } else { "" })).collect();
    assert_eq!(shown, vec!["the extraor-", "dinary cir-", "cumstances"]);
    for l in &lines {
        assert!(width(&t[l.start..l.end]) + l.hyphen as usize <= 12);
    }
    // Wide columns, or hyphenation off, never hyphenate.
    assert!(wrap_with(t, 0, t.len(), 70, false, b).iter().all(|l| !l.hyphen));
    assert!(wrap_with(t, 0, t.len(), 12, false, FIRST).iter().all(|l| !l.hyphen));
}

#[test]
fn breaks_after_dashes() {
    assert_eq!(texts("war—a long, ongoing war", 6), vec!["war—a", "long,", "ongoin", "g war"]);
    assert_eq!(texts("al-Qaeda members", 5), vec!["al-", "Qaeda", "membe", "rs"]);
}

#[test]
fn wide_and_combining_characters_keep_columns() {
    // Each CJK character is two columns: three fit in 6 columns.
    assert_eq!(texts("東京都庁舎", 6), vec!["東京都", "庁舎"]);
    // A combining accent takes no column.
    let t = "cafe\u{301} cafe\u{301}";
    assert_eq!(texts(t, 4), vec!["cafe\u{301}", "cafe\u{301}"]);
    assert_eq!(width("e\u{301}"), 1);
    assert_eq!(width("👍a"), 3);
}

#[test]
fn controls_count_as_their_placeholders_and_newlines_reflow() {
    assert_eq!(width("a\u{1b}[2J"), 5);
    assert_eq!(width("a\r\n"), 2);
    assert_eq!(texts("one\ntwo three", 7), vec!["one\ntwo", "three"]);
    let t = "one\ntwo";
    let hard: Vec<&str> = wrap(t, 0, t.len(), 20, true).iter().map(|l| &t[l.start..l.end]).collect();
    assert_eq!(hard, vec!["one", "two"]);
}

#[test]
fn offsets_map_to_lines_and_columns() {
    let t = "alpha beta gamma delta";
    let lines = wrap_with(t, 0, t.len(), 11, false, FIRST);
    let pos = t.find("gamma").unwrap();
    let li = line_of(&lines, pos);
    assert_eq!(&t[lines[li].start..lines[li].end], "gamma delta");
    assert_eq!(column_of(t, lines[li], t.find("delta").unwrap()), 6);
    // Within a sub-span of a larger text, offsets are absolute.
    let sub = wrap(t, 6, 16, 5, false);
    assert_eq!(sub[0], Line::new(6, 10));
}

/// Prose-like text: words of letters, CJK, dashes and controls, spaces and newlines.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-z]{1,14}",
            "[A-Z][a-z]{0,20}",
            Just("—".to_string()),
            Just("東京".to_string()),
            Just("e\u{301}".to_string()),
            Just("\u{1b}".to_string()),
            Just(" ".to_string()),
            Just("  ".to_string()),
            Just("\n".to_string()),
            Just("-".to_string()),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Lines are in order, never overlap, fit the width (a hyphen included), and between
    /// them every visible character is on exactly one line; every byte maps to the line that
    /// holds it, at a column inside the width.
    #[test]
    fn lines_fit_and_maps_agree(
        t in text(),
        w in 1usize..40,
        optimal in any::<bool>(),
        hyphenate in any::<bool>(),
        hard in any::<bool>(),
    ) {
        let algorithm = if optimal { Algorithm::OptimalFit } else { Algorithm::FirstFit };
        let lines = wrap_with(&t, 0, t.len(), w, hard, Breaking { algorithm, hyphenate });
        let mut prev_end = 0;
        for l in &lines {
            prop_assert!(l.start <= l.end && l.start >= prev_end, "{lines:?}");
            let shown = &t[l.start..l.end];
            let lw = width(shown) + usize::from(l.hyphen);
            // Only a single character wider than the column (CJK in one column) overflows.
            prop_assert!(lw <= w || shown.chars().count() == 1, "{shown:?} in {w} columns");
            prev_end = l.end;
        }
        for (i, c) in t.char_indices() {
            let visible = cell(c).is_some_and(|(s, cw)| s != ' ' && !c.is_whitespace() && cw > 0);
            if visible {
                let li = line_of(&lines, i);
                let l = lines[li];
                prop_assert!(l.start <= i && i < l.end, "byte {i} ({c:?}) not on line {li}: {lines:?}");
                prop_assert!(column_of(&t, l, i) < w.max(1) + 1);
            }
        }
    }

    /// The one-line shortcut gives exactly what textwrap gives: a paragraph it takes is one
    /// line under either algorithm, and one it leaves does not fit on one line.
    #[test]
    fn one_line_shortcut_agrees_with_textwrap(
        t in text(),
        w in 1usize..80,
        optimal in any::<bool>(),
        hyphenate in any::<bool>(),
    ) {
        let algorithm = if optimal { Algorithm::OptimalFit } else { Algorithm::FirstFit };
        let mut words = Vec::new();
        scan(&t, 0, t.len(), w, hyphenate && w < HYPHENATE_BELOW, &mut words);
        let mut full = Vec::new();
        place(&words, w, algorithm, &mut full);
        match one_line(&t, 0, t.len(), w) {
            Some(line) => prop_assert_eq!(line.into_iter().collect::<Vec<_>>(), full),
            None => prop_assert!(full.len() > 1 || width(&t[full[0].start..full[0].end]) > w, "{full:?}"),
        }
    }
}
