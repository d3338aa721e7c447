//! What the panels show around a span: keyword-in-context lines, sentence snippets, mention
//! density strips, co-mentioned entities, and stepping from mention to mention.
//!
//! These are pure functions of the text, the document's sentences and the analysis, so the
//! detail view, the entity rows and the status bar are computed the same way in tests, in the
//! UI and in benches. Every string returned here is one terminal-safe line: whitespace runs
//! are folded to one space and every other character goes through the display rule of
//! [`crate::display`], so no document text can drive the terminal from a panel. Widths are
//! measured in terminal columns (wide characters count two) and cuts fall on char
//! boundaries.

use crate::analysis::Analysis;
use crate::display::{Glyph, glyph, sanitize_line};
use crate::document::Document;
use crate::span::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The ellipsis put where a line was cut.
const ELLIPSIS: char = '…';

/// The display form of `c` in a one-line context: whitespace as a space, controls and bidi
/// overrides as their visible placeholders, `None` for chars not shown. The common case (a
/// plain char) is decided without allocating; anything else goes through
/// [`sanitize_line`], the display module's rule.
fn clean_char(c: char) -> Option<char> {
    if c.is_whitespace() {
        return Some(' ');
    }
    if glyph(c) == Glyph::Keep {
        return Some(c);
    }
    sanitize_line(c.encode_utf8(&mut [0; 4])).chars().next()
}

/// The cleaned chars of `chars` (whitespace runs folded to one space) up to `cols`
/// columns; the flag says whether the text was cut.
fn take_cols(chars: impl Iterator<Item = char>, cols: usize) -> (Vec<char>, bool) {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in chars.filter_map(clean_char) {
        if c == ' ' && out.last() == Some(&' ') {
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > cols {
            return (out, true);
        }
        out.push(c);
        used += w;
    }
    (out, false)
}

/// Up to `cols` columns of `s` from its start, cleaned; the flag says whether it was cut.
fn take_front(s: &str, cols: usize) -> (String, bool) {
    let (chars, cut) = take_cols(s.chars(), cols);
    (chars.into_iter().collect(), cut)
}

/// Up to `cols` columns of `s` from its end, cleaned, in reading order; the flag says
/// whether it was cut.
fn take_back(s: &str, cols: usize) -> (String, bool) {
    let (chars, cut) = take_cols(s.chars().rev(), cols);
    (chars.into_iter().rev().collect(), cut)
}

/// A keyword-in-context line for `span` of `text`, at most `width` columns in all:
/// `(left, hit, right)`, the hit centred where the text allows. A hit wider than the line is
/// cut with an ellipsis; so are the context ends when the text goes on. A span out of bounds
/// or off char boundaries gives empty strings.
pub fn kwic(text: &str, span: Span, width: usize) -> (String, String, String) {
    let (Some(before), Some(hit), Some(after)) =
        (text.get(..span.start), text.get(span.start..span.end), text.get(span.end..))
    else {
        return (String::new(), String::new(), String::new());
    };
    let (mut hit, cut) = take_front(hit, width);
    if cut {
        cut_to_fit(&mut hit, width);
        return (String::new(), hit, String::new());
    }
    let rest = width.saturating_sub(hit.width());
    // Give the left side half of the room, and the right side what the left did not use.
    let (mut left, left_cut) = take_back(before, rest / 2);
    if left_cut && !left.is_empty() {
        cut_front_to_fit(&mut left, rest / 2);
    }
    let room = rest.saturating_sub(left.width());
    let (mut right, right_cut) = take_front(after, room);
    if right_cut && !right.is_empty() {
        cut_to_fit(&mut right, room);
    }
    // Column counts were summed per char; a few sequences (a variation selector, a mark
    // joining across the parts) are wider as a string. Trim until the line really fits.
    while format!("{left}{hit}{right}").width() > width {
        if right.pop().is_none() && take_first(&mut left).is_none() && hit.pop().is_none() {
            break;
        }
    }
    (left, hit, right)
}

/// Removes and returns the first char of `s`.
fn take_first(s: &mut String) -> Option<char> {
    let c = s.chars().next()?;
    s.drain(..c.len_utf8());
    Some(c)
}

/// Ends `s` with an ellipsis within `cols` columns.
fn cut_to_fit(s: &mut String, cols: usize) {
    while !s.is_empty() && s.width() + 1 > cols {
        s.pop();
    }
    if cols > 0 {
        s.push(ELLIPSIS);
    }
}

/// Starts `s` with an ellipsis within `cols` columns, dropping chars from its front.
fn cut_front_to_fit(s: &mut String, cols: usize) {
    while !s.is_empty() && s.width() + 1 > cols {
        take_first(s);
    }
    if cols > 0 {
        s.insert(0, ELLIPSIS);
    }
}

/// A one-line snippet of at most `max_chars` characters of the sentence containing
/// `span.start` (or of the block, or of the span itself when no sentence holds it), cut
/// around the span so that it stays visible, with ellipses where text was left out. Only a
/// bounded stretch around the span is read, so a "sentence" of megabytes (a file that is
/// one long line) costs no more than a short one.
pub fn snippet(doc: &Document, span: Span, max_chars: usize) -> String {
    if max_chars == 0 {
        return String::new();
    }
    let text = doc.text.as_str();
    let outer = doc
        .sentence_at(span.start)
        .filter(|s| s.start <= span.start)
        .or_else(|| doc.block_at(span.start).map(|b| b.span))
        .unwrap_or(span);
    let outer = Span::new(outer.start.min(span.start), outer.end.max(span.end).min(text.len()));
    // Bytes enough for max_chars chars of up to four bytes, with room for whitespace runs.
    let reach = max_chars.saturating_mul(8).max(64);
    let lo = floor_boundary(text, span.start.saturating_sub(reach)).max(outer.start);
    let hi = ceil_boundary(text, span.end.saturating_add(reach)).min(outer.end);
    let (lo_cut, hi_cut) = (lo > outer.start, hi < outer.end);
    let whole: Vec<char> = clean_line(text.get(lo..hi).unwrap_or("")).chars().collect();
    let count = whole.len();
    if !lo_cut && !hi_cut && count <= max_chars {
        return whole.into_iter().collect();
    }
    if max_chars < 3 {
        return whole.into_iter().take(max_chars).collect();
    }
    // A window of the cleaned text starting a little before the span, an ellipsis at each
    // end where text goes on.
    let lead = clean_line(text.get(lo..span.start.max(lo)).unwrap_or("")).chars().count();
    let budget = max_chars - 2;
    let from = lead.saturating_sub(max_chars / 4).min(count.saturating_sub(budget));
    let mut to = (from + budget).min(count);
    let front = from > 0 || lo_cut;
    if !front {
        to = (to + 1).min(count);
    }
    let back = to < count || hi_cut;
    let mut out = String::new();
    if front {
        out.push(ELLIPSIS);
    }
    out.extend(&whole[from..to]);
    if back {
        out.push(ELLIPSIS);
    }
    out
}

/// The nearest char boundary at or before `pos`.
fn floor_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// The nearest char boundary at or after `pos`.
fn ceil_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while !s.is_char_boundary(p) {
        p += 1;
    }
    p
}

/// `s` as one clean line: whitespace runs folded to a space, trimmed, controls made visible.
fn clean_line(s: &str) -> String {
    let (chars, _) = take_cols(s.chars(), usize::MAX);
    let out: String = chars.into_iter().collect();
    out.trim().to_string()
}

/// How many of `mentions` start in each of `bins` equal slices of a text of `text_len`
/// bytes: the density strip of an entity row. Empty when `bins` is zero.
pub fn density(mentions: &[Span], text_len: usize, bins: usize) -> Vec<u32> {
    let mut out = vec![0u32; bins];
    if bins == 0 {
        return out;
    }
    let len = text_len.max(1) as u128;
    for m in mentions {
        let bin = (m.start as u128 * bins as u128 / len) as usize;
        let bin = bin.min(bins - 1);
        out[bin] = out[bin].saturating_add(1);
    }
    out
}

/// The index of the sentence that contains byte `pos`, if any.
fn sentence_index(sentences: &[Span], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= pos);
    sentences.get(i).filter(|s| s.start <= pos).map(|_| i)
}

/// The entities that share sentences with entity `entity_id`, as `(id, shared sentences)`,
/// most shared first (ties by id). Each sentence counts once per entity however many
/// mentions it holds. Costs one binary search per mention of any entity (no pairwise
/// comparison of entities).
pub fn co_mentions(analysis: &Analysis, doc: &Document, entity_id: usize) -> Vec<(usize, u32)> {
    let Some(target) = analysis.entities.get(entity_id) else {
        return Vec::new();
    };
    let sentences = &doc.sentences;
    let mut marked = vec![false; sentences.len()];
    for m in &target.mentions {
        if let Some(i) = sentence_index(sentences, m.start) {
            marked[i] = true;
        }
    }
    let mut out = Vec::new();
    for entity in &analysis.entities {
        if entity.id == entity_id {
            continue;
        }
        let mut shared = 0u32;
        let mut last = None;
        for m in &entity.mentions {
            let Some(i) = sentence_index(sentences, m.start) else { continue };
            if marked[i] && last != Some(i) {
                shared += 1;
            }
            last = Some(i);
        }
        if shared > 0 {
            out.push((entity.id, shared));
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// The timeline entries (indices into `Analysis::timeline`) whose sentence mentions entity
/// `entity_id`: what the timeline panel shows when filtered to the selected entity. Worked
/// out from the mentions themselves (one binary search per entry), so it holds whatever
/// the timeline extractor put in `TimelineItem::entities`.
pub fn events_mentioning(analysis: &Analysis, entity_id: usize) -> Vec<usize> {
    let Some(entity) = analysis.entities.get(entity_id) else {
        return Vec::new();
    };
    let mentions = &entity.mentions;
    analysis
        .timeline
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            let s = item.sentence;
            let i = mentions.partition_point(|m| m.start < s.start);
            mentions.get(i).is_some_and(|m| m.start < s.end)
        })
        .map(|(i, _)| i)
        .collect()
}

/// The mention to go to from reading position `pos`: forward, the first mention starting
/// after `pos`; backward, the last one starting before it; wrapping around at either end.
/// `None` when there are no mentions. With `pos` at the start of the current mention this
/// is what `n` / `N` do.
pub fn next_mention(mentions: &[Span], pos: usize, forward: bool) -> Option<usize> {
    if mentions.is_empty() {
        return None;
    }
    if forward {
        let i = mentions.partition_point(|m| m.start <= pos);
        Some(if i < mentions.len() { i } else { 0 })
    } else {
        let i = mentions.partition_point(|m| m.start < pos);
        Some(if i > 0 { i - 1 } else { mentions.len() - 1 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Kind, TimelineItem};
    use crate::display::is_clean;
    use crate::document::Format;
    use proptest::prelude::*;

    fn doc(text: &str) -> Document {
        Document::from_text(text.to_string(), "test", Format::Text, "test")
    }

    fn entity(id: usize, name: &str, text: &str) -> Entity {
        Entity {
            id,
            name: name.to_string(),
            kind: Kind::Person,
            aliases: Vec::new(),
            evidence: Vec::new(),
            mentions: text.match_indices(name).map(|(i, m)| Span::new(i, i + m.len())).collect(),
        }
    }

    #[test]
    fn kwic_centres_the_hit_and_folds_whitespace() {
        let text = "one two three\n\nfour  five Korvani six seven eight nine ten";
        let start = text.find("Korvani").unwrap_or(0);
        let span = Span::new(start, start + 7);
        let (l, h, r) = kwic(text, span, 27);
        assert_eq!(h, "Korvani");
        assert_eq!(l, "…our five ");
        assert_eq!(r, " six seve…");
        assert!(r.ends_with('…'));
        assert!((l.clone() + &h + &r).width() <= 27);
        // Whole text fits: nothing cut.
        let (l, h, r) = kwic(text, span, 200);
        assert_eq!(l, "one two three four five ");
        assert_eq!((h.as_str(), r.as_str()), ("Korvani", " six seven eight nine ten"));
    }

    #[test]
    fn kwic_is_terminal_safe_and_multibyte() {
        let text = "Ẓarāvinī\u{1b}]52;c;x\u{7} met\r\n北京 in 1999";
        let start = text.find("met").unwrap_or(0);
        let (l, h, r) = kwic(text, Span::new(start, start + 3), 20);
        assert_eq!(h, "met");
        for s in [&l, &h, &r] {
            assert!(is_clean(s) && !s.contains('\n'), "{s:?}");
        }
        assert!(l.ends_with("␇ "), "{l:?}");
        // 北京 are two columns each.
        assert!((l.clone() + &h + &r).width() <= 20);
        assert!(r.starts_with(" 北京"));
    }

    #[test]
    fn kwic_edge_cases() {
        let text = "a very long hit";
        let (l, h, r) = kwic(text, Span::new(0, text.len()), 8);
        assert_eq!((l.as_str(), h.as_str(), r.as_str()), ("", "a very …", ""));
        let (l, h, r) = kwic("é", Span::new(1, 2), 10);
        assert!(l.is_empty() && h.is_empty() && r.is_empty());
        let (l, h, r) = kwic("", Span::new(0, 0), 10);
        assert!(l.is_empty() && h.is_empty() && r.is_empty());
        let (_, h, _) = kwic("abc", Span::new(0, 1), 0);
        assert!(h.is_empty());
        // Found by the property test: the left context cut right after a zero-width mark
        // used to get an ellipsis on top of a line that was already full.
        let text = "aA A𛅐ເa𞋿A  𝒞￼ຄ🌀\u{11a33}\u{c46}0 ￠ AA";
        let (l, h, r) = kwic(text, Span::new(37, 48), 7);
        assert_eq!(h, "\u{c46}0 ￠ AA");
        assert!(format!("{l}{h}{r}").width() <= 7, "{l:?} {h:?} {r:?}");
    }

    #[test]
    fn snippet_of_a_sentence() {
        let d = doc("First sentence here. The second one names Korvani in it. Third.\n");
        let start = d.text.find("Korvani").unwrap_or(0);
        let span = Span::new(start, start + 7);
        assert_eq!(snippet(&d, span, 100), "The second one names Korvani in it.");
        let short = snippet(&d, span, 20);
        assert_eq!(short.chars().count(), 20);
        assert!(short.contains("Korvani"), "{short:?}");
        assert!(short.starts_with('…') && short.ends_with('…'));
        assert_eq!(snippet(&d, span, 0), "");
    }

    #[test]
    fn snippet_of_a_huge_line_is_bounded() {
        let mut text = "word ".repeat(200_000);
        let at = text.len() / 2;
        text.replace_range(at..at + 4, "Ẓarā");
        let d = doc(&text);
        let s = snippet(&d, Span::new(at, at + "Ẓarā".len()), 30);
        assert_eq!(s.chars().count(), 30);
        assert!(s.starts_with('…') && s.ends_with('…') && s.contains("Ẓarā"), "{s:?}");
        // Near the start: no leading ellipsis.
        let s = snippet(&d, Span::new(0, 4), 30);
        assert!(s.starts_with("word word") && s.ends_with('…'), "{s:?}");
    }

    #[test]
    fn density_bins() {
        let m = [Span::new(0, 1), Span::new(5, 6), Span::new(9, 10), Span::new(99, 100)];
        assert_eq!(density(&m, 100, 4), vec![3, 0, 0, 1]);
        assert_eq!(density(&m, 100, 1), vec![4]);
        assert!(density(&m, 100, 0).is_empty());
        assert_eq!(density(&[], 0, 3), vec![0, 0, 0]);
        // A mention at the very end stays in the last bin.
        assert_eq!(density(&[Span::new(10, 10)], 10, 2), vec![0, 1]);
    }

    #[test]
    fn co_mentions_count_shared_sentences() {
        let text = "Korvani met Ilse. Korvani and Ilse spoke with Ilse again. Zaravini came. \
                    Korvani saw Zaravini.\n";
        let d = doc(text);
        let analysis = Analysis {
            entities: vec![entity(0, "Korvani", text), entity(1, "Ilse", text), entity(2, "Zaravini", text)],
            ..Default::default()
        };
        assert_eq!(co_mentions(&analysis, &d, 0), vec![(1, 2), (2, 1)]);
        assert_eq!(co_mentions(&analysis, &d, 2), vec![(0, 1)]);
        assert!(co_mentions(&analysis, &d, 9).is_empty());
    }

    #[test]
    fn co_mentions_in_an_article() {
        let text = "Korvani met bin Tavor in Lindmarkov. Later Korvani and bin Tavor spoke.\n\n\
                    A paragraph about something else. Korvani came back alone.\n";
        let d = doc(text);
        let analysis = Analysis {
            entities: vec![
                entity(0, "Korvani", text),
                entity(1, "bin Tavor", text),
                entity(2, "Lindmarkov", text),
                entity(3, "Nowhere Atall", text),
            ],
            ..Default::default()
        };
        let co = co_mentions(&analysis, &d, 0);
        assert!(co.iter().any(|&(id, n)| id == 1 && n >= 1), "{co:?}");
        assert!(co.contains(&(2, 1)), "{co:?}");
        assert!(co.iter().all(|&(id, _)| id != 3));
    }

    #[test]
    fn events_of_an_entity() {
        let text = "Korvani met Ilse in 1999. Ilse left in 2001. Then Korvani spoke in 2005.\n";
        let d = doc(text);
        let item = |year: &str| {
            let at = text.find(year).unwrap_or(0);
            TimelineItem {
                text: year.into(),
                span: Span::new(at, at + 4),
                value: Some(year.into()),
                date_mod: None,
                display: year.into(),
                range: None,
                anchor: None,
                relative: false,
                sentence: d.sentence_at(at).unwrap_or_default(),
                entities: Vec::new(),
            }
        };
        let analysis = Analysis {
            entities: vec![entity(0, "Korvani", text), entity(1, "Ilse", text)],
            timeline: vec![item("1999"), item("2001"), item("2005")],
            document_date: None,
            ..Default::default()
        };
        assert_eq!(events_mentioning(&analysis, 0), vec![0, 2]);
        assert_eq!(events_mentioning(&analysis, 1), vec![0, 1]);
        assert!(events_mentioning(&analysis, 7).is_empty());
    }

    #[test]
    fn next_mention_wraps() {
        let m = [Span::new(10, 15), Span::new(30, 35), Span::new(50, 55)];
        assert_eq!(next_mention(&m, 0, true), Some(0));
        assert_eq!(next_mention(&m, 10, true), Some(1));
        assert_eq!(next_mention(&m, 50, true), Some(0));
        assert_eq!(next_mention(&m, 10, false), Some(2));
        assert_eq!(next_mention(&m, 30, false), Some(0));
        assert_eq!(next_mention(&m, 31, false), Some(1));
        assert_eq!(next_mention(&m, 999, false), Some(2));
        assert_eq!(next_mention(&[], 0, true), None);
    }

    proptest! {
        #[test]
        fn kwic_fits_and_is_clean(text in "\\PC{0,80}", a in 0usize..90, b in 0usize..90, width in 0usize..40) {
            let (s, e) = (a.min(b), a.max(b));
            let (l, h, r) = kwic(&text, Span::new(s, e), width);
            let all = format!("{l}{h}{r}");
            prop_assert!(all.width() <= width.max(1), "{:?} > {}", all, width);
            prop_assert!(is_clean(&all) && !all.contains('\n'));
        }

        #[test]
        fn snippet_fits_and_is_clean(text in "(\\PC|\\s|\\. ){0,120}", a in 0usize..130, b in 0usize..130, max in 0usize..40) {
            let d = doc(&text);
            let s = snippet(&d, Span::new(a.min(b), a.max(b)), max);
            prop_assert!(s.chars().count() <= max, "{:?} > {}", s, max);
            prop_assert!(is_clean(&s) && !s.contains('\n'));
        }

        #[test]
        fn density_sums_to_mentions(starts in proptest::collection::vec(0usize..1000, 0..50), bins in 1usize..30) {
            let m: Vec<Span> = starts.iter().map(|&s| Span::new(s, s + 1)).collect();
            let d = density(&m, 1000, bins);
            prop_assert_eq!(d.len(), bins);
            prop_assert_eq!(d.iter().sum::<u32>() as usize, m.len());
        }
    }
}

#[cfg(test)]
mod regression {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    /// Found by the property test: a string whose width as a whole differs from the sum of
    /// its characters' widths.
    #[test]
    fn kwic_fits_with_context_dependent_widths() {
        let text = "a𑙐પAﯓA𐐀aA𖄀𐧒A\u{11a01}🉀ΣΣ𞗐aA0® a ";
        for width in 0..20 {
            for a in 0..=text.len() {
                for b in a..=text.len() {
                    let (l, h, r) = kwic(text, Span::new(a, b), width);
                    let all = format!("{l}{h}{r}");
                    assert!(all.width() <= width.max(1), "{all:?} > {width} ({a}..{b})");
                }
            }
        }
    }
}
