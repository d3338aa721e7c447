//! Segmentation of plain text into blocks (paragraphs, headings, meta lines), sentences and
//! sections.
//!
//! Plain text comes in two shapes: one paragraph per line (web articles, the sample) and
//! hard-wrapped paragraphs separated by blank lines (books). A run of non-blank lines is one
//! paragraph unless its lines are long, in which case every line is its own paragraph.
//! Headings are recognised by shape (short, title case or all caps, no closing full stop,
//! standing alone), because plain text has no markup; the entity extractor relies on this
//! to ignore title-case words in headings. Sentence splitting is rule-based and knows
//! abbreviations (Dr., U.S., Lt. j. g., No. 5, e.g.) so that a name after a title is not
//! cut from it.

use super::{Block, BlockKind, Section};
use crate::span::Span;

/// A line longer than this (in bytes) is a paragraph on its own, not a hard-wrapped line.
const LONG_LINE: usize = 100;
/// A heading is at most this many characters.
const MAX_HEADING_CHARS: usize = 80;

/// Words that stay lowercase in title case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "de", "del", "for", "from", "in", "into", "la", "of", "on",
    "or", "the", "to", "vs", "via", "with", "nor", "per", "van", "von", "is", "are",
];

/// Splits plain text into blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut raw: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let span = Span::new(pos, pos + content.len());
        pos += line.len();
        if content.trim().is_empty() || content.trim() == "\u{c}" {
            if !current.is_empty() {
                raw.push(std::mem::take(&mut current));
            }
        } else {
            current.push(trim_span(text, span));
        }
    }
    if !current.is_empty() {
        raw.push(current);
    }

    let mut out = Vec::new();
    for lines in raw {
        let long = lines.iter().any(|l| l.len() > LONG_LINE);
        let whole = Span::new(lines[0].start, lines[lines.len() - 1].end);
        if lines.len() > 1 && !long && is_structure_block(lines.iter().map(|l| l.slice(text))) {
            // A contents list or a chapter heading wrapped over lines: headings, whose
            // capitals are typography (a contents list makes no section, see `sections`).
            out.push(Block { kind: BlockKind::Heading(1), span: whole });
        } else if long && lines.len() > 1 {
            out.extend(lines.into_iter().map(|span| Block { kind: BlockKind::Paragraph, span }));
        } else if lines.iter().all(|l| is_list_line(l.slice(text))) && lines.len() > 1 {
            out.extend(lines.into_iter().map(|span| Block { kind: BlockKind::ListItem, span }));
        } else {
            out.push(Block { kind: BlockKind::Paragraph, span: whole });
        }
    }
    classify(text, &mut out);
    out
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    Span::new(start, end.max(start))
}

fn is_list_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && digits < 4 && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
    }
}

/// Marks the title, headings and meta lines among single-line paragraphs.
fn classify(text: &str, blocks: &mut [Block]) {
    let n = blocks.len();
    // The title is the first title-like line among the first few blocks (books open with
    // producer credits and blank lines before the title).
    let mut has_title = false;
    let mut seen_prose = false;
    #[allow(clippy::needless_range_loop)] // `i` is a position, compared with `n`
    for i in 0..n {
        if blocks[i].kind != BlockKind::Paragraph {
            continue;
        }
        let line = blocks[i].span.slice(text);
        if line.contains('\n') {
            // "By Jane Doe" with the date line under it: the byline block is still meta.
            if line.len() <= 200 && line.lines().count() <= 3 && line.lines().next().is_some_and(is_meta_line)
            {
                blocks[i].kind = BlockKind::Meta;
            } else {
                seen_prose = true;
            }
            continue;
        }
        if is_meta_line(line) {
            blocks[i].kind = BlockKind::Meta;
        } else if !has_title && !seen_prose && i < 5 && i + 1 < n && looks_like_title(line) {
            blocks[i].kind = BlockKind::Title;
            has_title = true;
        } else if i + 1 < n && looks_like_heading(line) {
            blocks[i].kind = BlockKind::Heading(if is_all_caps(line) { 1 } else { 2 });
        } else if ends_like_sentence(line) || line.len() > LONG_LINE {
            seen_prose = true;
        }
    }
}

/// "By Jane Doe", "Published 3 May 2021", "Updated ...", "Image credit: ...", "Photo: ...".
pub fn is_meta_line(line: &str) -> bool {
    let t = line.trim();
    if t.chars().count() > 120 {
        return false;
    }
    let lower = t.to_lowercase();
    let prefixes = [
        "by ",
        "published",
        "updated",
        "posted",
        "image credit",
        "photo credit",
        "photo:",
        "image:",
        "credit:",
        "source:",
        "written by",
        "produced by",
        "translated by",
        "edited by",
        "copyright",
        "©",
    ];
    if prefixes.iter().any(|p| lower.starts_with(p)) {
        // "By the end of the war, ..." is prose: a byline has no lowercase content words.
        if lower.starts_with("by ") {
            return t[3..].split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).all(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(w, "and" | "de" | "van" | "von" | "bin" | "al" | "in" | "for" | "of" | "the")
                    || w.is_empty()
            });
        }
        return true;
    }
    false
}

fn looks_like_title(line: &str) -> bool {
    let chars = line.chars().count();
    chars <= 120
        && !ends_like_sentence(line)
        && !line.contains(", ")
        && (title_case_ratio(line) >= 0.75 || is_all_caps(line))
}

/// Words that name a division of a book ("CHAPTER IV", "Book One", "PART 2").
const STRUCTURE_WORDS: &[&str] = &[
    "book", "chapter", "part", "volume", "canto", "section", "prologue", "epilogue", "appendix", "preface",
    "contents", "act", "scene", "letter", "stave",
];

/// Number words that follow a structure word ("Book One", "PART THE FIRST").
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "last",
    "the",
];

/// Whether `word` names a division of a book ("Chapter", "BOOK"), in any case.
pub fn is_structure_word(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ':']);
    w.len() >= 3 && STRUCTURE_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// Whether `word` numbers a division: digits, a Roman numeral or a number word.
pub fn is_division_number(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    !w.is_empty()
        && (w.chars().all(|c| c.is_ascii_digit())
            || w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
            || w.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c')) && w.len() <= 4
            || NUMBER_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A book-structure line: a structure word and its number, perhaps with a title after
/// ("CHAPTER IV--THE RETURN", "Book One: 1805", "Chapter 3.").
fn is_division_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else { return false };
    let b = b.split(['-', '—', ':', '.']).next().unwrap_or(b);
    let head = line.find(b).map_or(line.len(), |at| at + b.len());
    let rest = line[head..].trim_start();
    let titled = rest.is_empty() || rest.starts_with([':', '.', '-', '—']) || is_all_caps(line);
    line.chars().count() <= MAX_HEADING_CHARS && is_structure_word(a) && is_division_number(b) && titled
}

/// A line of a contents list numbered like a division: "CHAPTER VI.  WHAT KITTY SAW",
/// "  IV. THE GOVERNOR'S BALL", "Chapter 3: The Return ..... 41".
fn is_numbered_line(line: &str) -> bool {
    let line = line.trim().trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if is_division_line(line) {
        return true;
    }
    let Some((number, rest)) = line.split_once('.') else { return false };
    let roman = !number.is_empty() && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    roman && heading_shaped(rest)
}

/// All caps or title case, short, with no closing full stop or comma.
fn heading_shaped(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= MAX_HEADING_CHARS
        && line.chars().any(char::is_alphabetic)
        && (is_all_caps(line) || title_case_ratio(line) >= 0.999 && !ends_like_sentence(line))
}

/// A block of several lines that is book structure, not prose: a contents list (at least
/// two lines numbered like divisions, the others heading-shaped continuation lines), or a
/// chapter heading in capitals wrapped over two or three lines ("CHAPTER VIII--THE ... A
/// POOR\nMAN WHO MAY BE A RICH MAN").
fn is_structure_block<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> bool {
    let n = lines.clone().count();
    let numbered = lines.clone().filter(|l| is_numbered_line(l)).count();
    let shaped = lines.clone().all(|l| is_numbered_line(l) || heading_shaped(l));
    let mut rest = lines.clone();
    let first_division = rest.next().is_some_and(|l| is_division_line(l.trim()));
    let wrapped = n <= 3 && first_division && lines.clone().all(|l| is_all_caps(l) && l.len() <= LONG_LINE);
    shaped && (numbered >= 2 && numbered * 2 >= n || wrapped)
}

/// Whether a heading block is a contents list: headings for the reader and the extractor,
/// but no section (its lines only name the chapters that follow).
fn is_contents_block(text: &str, block: &Block) -> bool {
    let s = block.span.slice(text);
    s.contains('\n') && s.lines().filter(|l| is_numbered_line(l)).count() >= 2
}

/// A short title-case or all-caps line that does not end like a sentence (a line in
/// capitals may close with a full stop: "WHAT KITTY SAW."), or a book division ("Chapter
/// 3.").
pub fn looks_like_heading(line: &str) -> bool {
    let line = line.trim();
    if is_division_line(line) {
        return true;
    }
    let chars = line.chars().count();
    let caps_stop = line.ends_with('.') && !line.starts_with(['"', '“', '\'', '‘']) && is_all_caps(line);
    if chars == 0 || chars > MAX_HEADING_CHARS || ends_like_sentence(line) && !caps_stop {
        return false;
    }
    if line.split_whitespace().count() > 12 || line.contains(", ") && !is_all_caps(line) {
        return false;
    }
    if !line.chars().any(char::is_alphabetic) {
        return false;
    }
    is_all_caps(line) || title_case_ratio(line) >= 0.999
}

fn ends_like_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    t.ends_with(['.', ',', ';']) && !t.ends_with("...")
}

fn is_all_caps(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let (mut upper, mut total) = (0, 0);
    for c in letters {
        total += 1;
        upper += c.is_uppercase() as usize;
    }
    total >= 2 && upper == total
}

/// Share of content words that start with a capital (small words and numbers ignored).
fn title_case_ratio(line: &str) -> f32 {
    let mut content = 0;
    let mut capital = 0;
    for word in line.split_whitespace() {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else { continue };
        if first.is_numeric() || SMALL_WORDS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        content += 1;
        capital += first.is_uppercase() as usize;
    }
    if content == 0 { 0.0 } else { capital as f32 / content as f32 }
}

/// Text on one line, its whitespace runs folded to one space and trimmed: a heading, a name
/// wrapped across lines in the text ("Jean\nValjean"), a quotation or a sentence for export.
pub fn clean_line(s: &str) -> String {
    if s.contains(char::is_whitespace) {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.to_string()
    }
}

/// Sections from the heading blocks.
pub fn sections(text: &str, blocks: &[Block]) -> Vec<Section> {
    let headings: Vec<(usize, u8)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b.kind {
            BlockKind::Heading(level) if !is_contents_block(text, b) => Some((i, level)),
            _ => None,
        })
        .collect();
    let mut out = Vec::with_capacity(headings.len());
    for (k, &(i, level)) in headings.iter().enumerate() {
        let heading = blocks[i].span;
        let end = headings[k + 1..]
            .iter()
            .find(|&&(_, l)| l <= level)
            .map(|&(j, _)| blocks[j].span.start)
            .unwrap_or(text.len());
        out.push(Section {
            title: clean_line(heading.slice(text)),
            heading,
            start: heading.start,
            end,
            level,
        });
    }
    out
}

/// Abbreviations after which a full stop does not end a sentence (compared lowercase,
/// without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "lt", "gen", "col", "capt", "cpt", "sgt", "cpl", "pvt", "maj",
    "adm", "cmdr", "rev", "sen", "rep", "gov", "pres", "jr", "sr", "vs", "e.g", "i.e", "cf", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "ft", "fr", "hon", "messrs", "mme", "mlle", "esq", "approx", "dept", "univ", "assn", "bros", "gen",
    "lieut", "supt", "insp", "det", "sr", "rt", "fig", "vol", "ch", "pp", "al", "ave", "blvd", "u.s", "u.k",
    "u.n", "a.m", "p.m", "ph.d", "m.d", "b.a", "m.a",
];

/// Splits every block into sentences.
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out = Vec::new();
    for block in blocks {
        split_block(text, block.span, &mut out);
    }
    out
}

fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let s = block.slice(text);
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // memchr3 jumps from one candidate full stop to the next with SIMD: this loop runs over
    // every byte of a book before its first screen.
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += found;
        // Extend over repeated punctuation and closing quotes/brackets.
        let mut end = i + 1;
        while end < bytes.len() {
            let rest = &s[end..];
            let c = rest.chars().next().unwrap_or(' ');
            if matches!(c, '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        if is_boundary(s, i, end) {
            push_trimmed(text, block.start + start, block.start + end, out);
            start = end;
        }
        i = end;
    }
    if start < s.len() {
        push_trimmed(text, block.start + start, block.end, out);
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = trim_span(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(span);
    }
}

/// Whether the punctuation at `dot..end` of `s` ends a sentence.
fn is_boundary(s: &str, dot: usize, end: usize) -> bool {
    let after = &s[end..];
    // Must be followed by whitespace (or the end of the block).
    let Some(ws) = after.chars().next() else { return true };
    if !ws.is_whitespace() {
        return false;
    }
    let next = after.trim_start();
    let Some(first) = next.chars().next() else { return true };
    let starts_sentence = first.is_uppercase()
        || first.is_numeric()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '[' | '—' | '-' | '¿' | '¡');
    if !starts_sentence {
        return false;
    }
    if s.as_bytes()[dot] != b'.' {
        return true;
    }
    // The word before the dot, back to whitespace or an opening bracket/quote.
    let before = &s[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '—'))
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // Abbreviations and initials are short ASCII words; anything else ends a sentence.
    // (This runs once per full stop of a book, so it avoids allocating.)
    if word.len() > 8 || !word.is_ascii() {
        return true;
    }
    let mut buf = [0u8; 8];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[..word.len()].make_ascii_lowercase();
    let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
    let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
    // Initials and single letters: "J. R. R. Tolkien", "Lt. j. g. Joe", "U.S."
    if letters == 1 && word.len() <= 2 {
        return false;
    }
    if word.contains('.') && word.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.') && letters <= 4 {
        // U.S, e.g, Ph.D: dotted abbreviations.
        return !is_abbreviation(lower) && word.bytes().all(|c| !c.is_ascii_uppercase());
    }
    if is_abbreviation(lower) {
        return false;
    }
    if matches!(lower, "no" | "nos" | "art" | "p") && first.is_ascii_digit() {
        return false;
    }
    true
}

fn is_abbreviation(lower: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| ABBREVIATIONS.iter().copied().collect()).contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        let b = blocks(text);
        sentences(text, &b).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(sents("One. Two! Three? “Four.” Five"), vec!["One.", "Two!", "Three?", "“Four.”", "Five"]);
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sents("Dr. Jenna Jordan met Mr. Smith in the U.S. capital. Lt. j. g. Joe Painter left."),
            vec!["Dr. Jenna Jordan met Mr. Smith in the U.S. capital.", "Lt. j. g. Joe Painter left."]
        );
        assert_eq!(
            sents("J. R. R. Tolkien wrote it. See No. 5 here."),
            vec!["J. R. R. Tolkien wrote it.", "See No. 5 here."]
        );
        assert_eq!(sents("Fruit, e.g. apples, is good. Yes."), vec!["Fruit, e.g. apples, is good.", "Yes."]);
        assert_eq!(sents("It was 3.5 per cent. Then more."), vec!["It was 3.5 per cent.", "Then more."]);
    }

    #[test]
    fn lowercase_after_dot_does_not_split() {
        assert_eq!(sents("He said... and left. Gone."), vec!["He said... and left.", "Gone."]);
    }

    #[test]
    fn paragraphs_and_headings() {
        let text = "A Title Line\n\nFirst paragraph is here.\nIt wraps.\n\nMuch in Common\n\nSecond one.\n";
        let b = blocks(text);
        let kinds: Vec<_> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![BlockKind::Title, BlockKind::Paragraph, BlockKind::Heading(2), BlockKind::Paragraph]
        );
        assert_eq!(b[1].span.slice(text), "First paragraph is here.\nIt wraps.");
        let secs = sections(text, &b);
        assert_eq!(secs.len(), 1);
        assert_eq!(secs[0].title, "Much in Common");
        assert_eq!(secs[0].end, text.len());
    }

    #[test]
    fn long_lines_are_paragraphs_each() {
        let long = "word ".repeat(30);
        let text = format!("{long}\n{long}\n");
        assert_eq!(blocks(&text).len(), 2);
    }

    #[test]
    fn headings_need_title_case_and_no_full_stop() {
        assert!(looks_like_heading("Much in Common"));
        assert!(looks_like_heading("Painful Truths"));
        assert!(looks_like_heading("CHAPTER I"));
        assert!(looks_like_heading("Chapter 3."));
        assert!(looks_like_heading("BOOK TWO: 1806"));
        assert!(!looks_like_heading("Part of the crowd ran."));
        assert!(!looks_like_heading("Book two tickets for the show."));
        assert!(!looks_like_heading("Image credit: Lt. j. g. Joe Painter, DoD"));
        assert!(!looks_like_heading("He left."));
        assert!(!looks_like_heading("the end of it"));
    }

    #[test]
    fn contents_lists_and_wrapped_headings_are_structure() {
        let text = "A TALE\n\nCONTENTS\n\nCHAPTER I.     A LETTER FROM HOME\nCHAPTER II.    MRS. ALDEN\n\n\
                    BOOK ONE: SPRING\n\n     I. THE RETURN OF OLD TOM\n    II. THE BALL\n\n\
                    CHAPTER I--THE PRICE OF A POOR\nMAN WHO WAS RICH\n\nMRS. ALDEN.\n\nShe came in.\n\n\
                    CHAPTER I.\nShe came in and sat down.\n";
        let b = blocks(text);
        let kinds: Vec<_> = b.iter().map(|b| b.kind).collect();
        assert_eq!(kinds[1..7], [BlockKind::Heading(1); 6]);
        assert_eq!(kinds[7], BlockKind::Paragraph);
        assert_eq!(kinds[8], BlockKind::Paragraph, "a division line over prose is prose");
        let titles: Vec<_> = sections(text, &b).into_iter().map(|s| s.title).collect();
        assert_eq!(
            titles,
            [
                "CONTENTS",
                "BOOK ONE: SPRING",
                "CHAPTER I--THE PRICE OF A POOR MAN WHO WAS RICH",
                "MRS. ALDEN."
            ]
        );
        assert!(!looks_like_heading("\"STOP HIM.\""));
    }

    #[test]
    fn meta_lines() {
        assert!(is_meta_line("By Jane Doe and John Smith"));
        assert!(!is_meta_line("By the end of the war, nothing was left."));
        assert!(is_meta_line("Image credit: Lt. j. g. Joe Painter, DoD"));
        assert!(is_meta_line("Published 3 May 2021"));
    }

    #[test]
    fn crlf_is_handled() {
        let text = "One line.\r\n\r\nTwo line.\r\n";
        let b = blocks(text);
        assert_eq!(b.len(), 2);
        assert_eq!(b[1].span.slice(text), "Two line.");
    }
}
