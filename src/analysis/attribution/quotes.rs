//! Direct quotations and their speakers.
//!
//! Quotations are found per block: curly “…” pairs, and straight "…" pairs in order. Each is
//! then attributed by the first pattern that fits, in this order:
//! 1. after it: "“…,” X said", "“…,” said X", "“…,” according to the cable";
//! 2. before it, in its sentence: "X said: “…”", "X noted that “…”", "she said, “…”",
//!    "X told reporters: “…”";
//! 3. "According to X, … “…”" anywhere earlier in its sentence;
//! 4. a quotation opening a sentence after a short one naming one person is theirs;
//! 5. a quotation right after an attributed one in the same paragraph continues it.
//!
//! Pronoun speakers go to the most recent compatible person ([`super::speakers`]). A quote
//! without a speaker is kept when it is long enough to be speech rather than a scare quote.

use super::MentionIndex;
use super::Quote;
use super::lexicon::lexicon;
use super::speakers::{self, Speaker};
use super::words::{Tok, head, tail, tokens};
use crate::document::segment::clean_line;
use crate::document::{BlockKind, Document};
use crate::span::Span;

/// Words a quotation needs to be kept without a speaker.
const MIN_UNATTRIBUTED_WORDS: usize = 4;
/// Words allowed between a speech verb and the quote when a colon or comma closes them
/// ("X said in a statement: “…”").
const MAX_VERB_GAP_WORDS: usize = 6;
/// Words of reported clause allowed between a speech verb and a quoted phrase.
const MAX_CLAUSE_GAP_WORDS: usize = 8;
/// Longest sentence before a quotation whose one person is taken as the speaker.
const MAX_SUBJECT_SENTENCE_WORDS: usize = 12;

pub(crate) fn extract(doc: &Document, index: &MentionIndex) -> Vec<Quote> {
    let marks = quotations(doc);
    let genders = speakers::genders(doc, index);
    let outer: Vec<Span> = marks.iter().map(|(o, _)| *o).collect();
    let mut out: Vec<Quote> = Vec::new();
    for (k, &(o, inner)) in marks.iter().enumerate() {
        let prev_end = k.checked_sub(1).map(|j| marks[j].0.end);
        let speaker = after(doc, index, o)
            .or_else(|| before(doc, index, o, prev_end))
            .or_else(|| according_to(doc, index, o, prev_end))
            .or_else(|| previous_subject(doc, index, o, prev_end));
        let mut q = Quote {
            speaker: None,
            speaker_span: None,
            speaker_mention: None,
            source: None,
            span: o,
            text: clean_line(inner.slice(&doc.text)),
        };
        match speaker {
            Some(Speaker::Mention(m, id)) => {
                q.speaker = Some(id);
                q.speaker_span = Some(m);
                q.speaker_mention = Some(m);
            }
            Some(Speaker::Pronoun(p, g)) => {
                q.speaker_span = Some(p);
                if let Some((m, id)) = speakers::resolve(doc, index, &genders, &outer, p.start, g) {
                    q.speaker = Some(id);
                    q.speaker_mention = Some(m);
                }
            }
            Some(Speaker::Source(s)) => {
                q.speaker_span = Some(s);
                q.source = Some(clean_line(s.slice(&doc.text)));
            }
            None => {}
        }
        continues(doc, &mut q, out.last());
        let words = q.text.split_whitespace().count();
        let is_name = index.within(inner.start, inner.end).iter().any(|(m, _)| m.covers(&inner));
        if q.is_attributed() || (words >= MIN_UNATTRIBUTED_WORDS && !is_name) {
            out.push(q);
        }
    }
    out
}

/// A quote with no speaker right after an attributed one in the same paragraph, with only
/// a sentence boundary between them, continues the same speech.
fn continues(doc: &Document, q: &mut Quote, prev: Option<&Quote>) {
    let Some(p) = prev.filter(|p| p.is_attributed() && !q.is_attributed()) else { return };
    let same_block = doc.block_at(p.span.start).map(|b| b.span) == doc.block_at(q.span.start).map(|b| b.span);
    let gap = &doc.text[p.span.end.min(q.span.start)..q.span.start];
    let gap_sentences = doc.sentences.partition_point(|s| s.start < q.span.start)
        - doc.sentences.partition_point(|s| s.start <= p.span.end).min(q.span.start);
    // The speaker tag of the previous quote may sit between the two ("she said. “…”").
    let tag_only = p.speaker_span.is_some_and(|s| s.start >= p.span.end) && gap.len() < 60;
    if same_block && (gap.trim().is_empty() || tag_only) && gap_sentences <= 1 {
        q.speaker = p.speaker;
        q.speaker_mention = p.speaker_mention;
        q.source = p.source.clone();
        q.speaker_span = p.speaker_span;
    }
}

/// Quotation marks in every block: (quotation with marks, inside of the marks).
pub fn quotations(doc: &Document) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    for b in doc.blocks.iter().filter(|b| !b.kind.is_heading() && b.kind != BlockKind::Code) {
        let s = b.span.slice(&doc.text);
        let mut open: Option<(usize, char)> = None;
        for (i, c) in s.char_indices() {
            match (c, open) {
                ('“', _) => open = Some((i, c)),
                ('”', Some((j, '“'))) | ('"', Some((j, '"'))) => {
                    let (a, z) = (b.span.start + j, b.span.start + i + c.len_utf8());
                    let opener = if s[j..].starts_with('"') { 1 } else { '“'.len_utf8() };
                    let inner = Span::new(a + opener, b.span.start + i);
                    if inner.end > inner.start {
                        out.push((Span::new(a, z), inner));
                    }
                    open = None;
                }
                ('"', None) => open = Some((i, c)),
                _ => {}
            }
        }
    }
    out
}

/// The sentence region before a quotation: from its sentence start (or the previous
/// sentence when the quote opens one) or the previous quotation, whichever is later.
fn pre_region(doc: &Document, o: Span, prev_end: Option<usize>) -> Span {
    let block = doc.block_at(o.start).map_or(Span::new(0, o.start), |b| b.span);
    let mut start = doc.sentence_at(o.start).map_or(block.start, |s| s.start.min(o.start));
    if doc.text[start..o.start].trim().is_empty() {
        let i = doc.sentences.partition_point(|s| s.end <= start);
        if let Some(p) = i.checked_sub(1).and_then(|i| doc.sentences.get(i)) {
            start = p.start;
        }
    }
    let start = start.max(block.start).max(prev_end.unwrap_or(0).min(o.start));
    tail(&doc.text, Span::new(start, o.start))
}

/// "“…,” X said", "“…,” said X", "“…,” according to the cable".
fn after(doc: &Document, index: &MentionIndex, o: Span) -> Option<Speaker> {
    let lex = lexicon();
    let block = doc.block_at(o.start)?.span;
    let toks = tokens(&doc.text, head(&doc.text, Span::new(o.end, block.end)));
    let mut i = 0;
    while toks.get(i).is_some_and(|t| matches!(t.text, "," | "—" | "–")) {
        i += 1;
    }
    let t = toks.get(i)?;
    if t.is("according") && toks.get(i + 1).is_some_and(|t| t.is("to")) {
        return speakers::after(index, &toks, i + 2);
    }
    if t.word && lex.is_speech_verb(t.text) {
        return speakers::after(index, &toks, i + 1);
    }
    // The speaker first, then the verb within a few words ("X, the mayor, said").
    let speaker = speakers::after(index, &toks, i)?;
    let end = speaker.span().end;
    let k = toks.iter().position(|t| t.span.start >= end)?;
    let mut j = k;
    if toks.get(j).is_some_and(|t| t.text == ",") {
        j = (j + 1..toks.len().min(j + 16)).find(|&n| toks[n].text == ",")? + 1;
    }
    while toks.get(j).is_some_and(|t| lex.speech_adverbs.contains(t.lower().as_str())) {
        j += 1;
    }
    toks.get(j).filter(|t| t.word && lex.is_speech_verb(t.text)).map(|_| speaker)
}

/// "X said: “…”", "X noted that “…”", "he said, “…”", "X told reporters: “…”".
fn before(doc: &Document, index: &MentionIndex, o: Span, prev_end: Option<usize>) -> Option<Speaker> {
    let lex = lexicon();
    let region = pre_region(doc, o, prev_end);
    let toks = tokens(&doc.text, region);
    let n = toks.len();
    for v in (0..n).rev().take(MAX_VERB_GAP_WORDS + 3) {
        let t = &toks[v];
        if !(t.word && lex.is_speech_verb(t.text)) {
            continue;
        }
        if !gap_ok(index, &toks[v + 1..]) {
            continue;
        }
        if let Some(s) = speakers::before(index, &toks, v) {
            return Some(s);
        }
        // "said Smith: “…”"
        if let Some(s) = speakers::after(index, &toks, v + 1) {
            return Some(s);
        }
    }
    None
}

/// What may stand between a speech verb and its quotation: nothing, a colon or comma,
/// "that", a few words closed by a colon or comma ("said in a statement:"), or a few words
/// of reported clause naming no other person ("said the samples had been “…”").
fn gap_ok(index: &MentionIndex, gap: &[Tok]) -> bool {
    let words = gap.iter().filter(|t| t.word).count();
    let plain = gap.iter().all(|t| t.word || matches!(t.text, "’" | "'"));
    match gap {
        [] => true,
        [t] if !t.word => matches!(t.text, ":" | "," | "—"),
        [.., last] if matches!(last.text, ":" | ",") => {
            words <= MAX_VERB_GAP_WORDS
                && gap.iter().all(|t| t.word || matches!(t.text, "," | ":" | "’" | "'"))
        }
        [first, .., last] if plain && words <= MAX_CLAUSE_GAP_WORDS => {
            let others = index
                .within(first.span.start, last.span.end)
                .iter()
                .any(|(_, id)| index.kind(*id) == Some(crate::analysis::Kind::Person));
            !others
        }
        [t] => t.is("that"),
        _ => false,
    }
}

/// "According to X, … “…”" earlier in the quotation's sentence; also "as X put it, “…”".
fn according_to(doc: &Document, index: &MentionIndex, o: Span, prev_end: Option<usize>) -> Option<Speaker> {
    let region = pre_region(doc, o, prev_end.filter(|_| false));
    let toks = tokens(&doc.text, region);
    for i in 0..toks.len() {
        if toks[i].is("according") && toks.get(i + 1).is_some_and(|t| t.is("to")) {
            return speakers::after(index, &toks, i + 2);
        }
        if toks[i].is("as")
            && let Some(Speaker::Mention(m, id)) = speakers::after(index, &toks, i + 1)
        {
            let rest = &doc.text[m.end..o.start];
            if rest.trim_start().starts_with("put it") {
                return Some(Speaker::Mention(m, id));
            }
        }
    }
    None
}

/// "Rautio shrugs. “I give …”": a quotation opening its sentence, after a short sentence of
/// the same paragraph that names one person and quotes nobody, is that person's.
fn previous_subject(
    doc: &Document,
    index: &MentionIndex,
    o: Span,
    prev_end: Option<usize>,
) -> Option<Speaker> {
    let block = doc.block_at(o.start)?.span;
    let i = doc.sentences.partition_point(|s| s.end <= o.start);
    let here = doc.sentences.get(i).filter(|s| s.start <= o.start)?;
    if !doc.text[here.start..o.start].trim().is_empty() {
        return None;
    }
    let prev = doc.sentences.get(i.checked_sub(1)?).filter(|p| p.start >= block.start)?;
    if prev_end.is_some_and(|e| e > prev.start) {
        return None;
    }
    let toks = tokens(&doc.text, head(&doc.text, *prev));
    if toks.iter().filter(|t| t.word).count() > MAX_SUBJECT_SENTENCE_WORDS {
        return None;
    }
    let people: Vec<(Span, usize)> = index
        .within(prev.start, prev.end)
        .iter()
        .copied()
        .filter(|(_, id)| index.kind(*id) == Some(crate::analysis::Kind::Person))
        .collect();
    match people.as_slice() {
        [(m, id)] => Some(Speaker::Mention(*m, *id)),
        [] => toks.first().and_then(|t| speakers::pronoun(t).map(|g| Speaker::Pronoun(t.span, g))),
        _ => None,
    }
}
