//! The stable `--json` schema, as serde types built from a document and its analysis.
//!
//! The export has its own types rather than serialising the analysis structs directly, so
//! the internal model can change without breaking scripts that read the JSON. Field names
//! follow the evaluation scorer's schema (`entities[].name/kind/aliases/mentions[]`,
//! `timeline[].text/start/end/value`); `entities[].descriptions` and `quotes` are ours.
//! [`write`] streams it: the serde types borrow from the document and analysis, so nothing
//! but a buffer is added to what is already in memory.

use crate::analysis::timeline::DocumentDate;
use crate::analysis::{Analysis, DateMod, DateRange, Kind};
use crate::document::{Document, Format, Section};
use crate::span::Span;
use serde::Serialize;
use std::io::Write as _;

#[derive(Serialize)]
pub struct Export<'a> {
    pub document: DocumentInfo<'a>,
    /// `{value, source, confidence}`; source is flag, correction, metadata, dateline,
    /// estimate or unknown (then value is null).
    pub document_date: DocumentDate,
    pub entities: Vec<EntityOut<'a>>,
    pub timeline: Vec<TimelineOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
}

#[derive(Serialize)]
pub struct DocumentInfo<'a> {
    pub title: &'a str,
    pub source: &'a str,
    pub format: Format,
    pub bytes: usize,
    pub words: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub sections: &'a [Section],
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub id: usize,
    pub name: &'a str,
    pub kind: Kind,
    pub aliases: &'a [String],
    pub evidence: &'a [String],
    pub count: usize,
    pub mentions: &'a [Span],
    pub descriptions: Vec<DescriptionOut<'a>>,
}

/// A phrase of the text saying what the entity is, best first.
#[derive(Serialize)]
pub struct DescriptionOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// A direct quotation: its speaker's entity id (or null) and, for a written or unnamed
/// source, the source as written ("the cable").
#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub speaker: Option<usize>,
    pub source: Option<&'a str>,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct TimelineOut<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub value: Option<&'a str>,
    #[serde(rename = "mod")]
    pub date_mod: Option<DateMod>,
    pub display: &'a str,
    pub relative: bool,
    pub range: Option<&'a DateRange>,
    pub anchor: Option<usize>,
    pub sentence: Span,
    pub entities: &'a [usize],
}

/// Builds the export view of a document and its analysis.
pub fn build<'a>(doc: &'a Document, analysis: &'a Analysis) -> Export<'a> {
    Export {
        document: DocumentInfo {
            title: &doc.title,
            source: &doc.source,
            format: doc.format,
            bytes: doc.text.len(),
            words: doc.word_count(),
            paragraphs: doc.paragraph_count(),
            sentences: doc.sentences.len(),
            sections: &doc.sections,
            warnings: &doc.warnings,
        },
        document_date: analysis.document_date.clone().unwrap_or_default(),
        entities: analysis
            .entities
            .iter()
            .map(|e| EntityOut {
                id: e.id,
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
                evidence: &e.evidence,
                count: e.mentions.len(),
                mentions: &e.mentions,
                descriptions: analysis
                    .descriptions_of(e.id)
                    .iter()
                    .map(|d| DescriptionOut { text: &d.text, start: d.span.start, end: d.span.end })
                    .collect(),
            })
            .collect(),
        timeline: analysis
            .timeline
            .iter()
            .map(|t| TimelineOut {
                text: &t.text,
                start: t.span.start,
                end: t.span.end,
                value: t.value.as_deref(),
                date_mod: t.date_mod,
                display: &t.display,
                relative: t.relative,
                range: t.range.as_ref(),
                anchor: t.anchor,
                sentence: t.sentence,
                entities: &t.entities,
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| QuoteOut {
                speaker: q.speaker,
                source: q.source.as_deref(),
                start: q.span.start,
                end: q.span.end,
                text: &q.text,
            })
            .collect(),
    }
}

/// Writes the export as pretty-printed JSON, and a newline, to `out` as it is serialised,
/// never holding the whole text (for a book it is many times the input's size).
pub fn write(doc: &Document, analysis: &Analysis, out: impl std::io::Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &build(doc, analysis)).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The export as pretty-printed JSON.
pub fn to_json(doc: &Document, analysis: &Analysis) -> String {
    // Serialising these plain structs cannot fail (no maps with non-string keys).
    serde_json::to_string_pretty(&build(doc, analysis)).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Options, analyse};
    use crate::document::{Document, Format};

    #[test]
    fn document_date_has_value_source_and_confidence() {
        let doc = Document::from_text(
            "Harbour news\n\nPORTSEA, 14 March 2024 — The quay reopened last year.\n".into(),
            "t",
            Format::Text,
            "t",
        );
        let v: serde_json::Value =
            serde_json::from_str(&super::to_json(&doc, &analyse(&doc, &Options::default()))).unwrap();
        assert_eq!(v["document_date"]["value"], "2024-03-14");
        assert_eq!(v["document_date"]["source"], "dateline");
        assert!(v["document_date"]["confidence"].as_f64().unwrap() > 0.5);
        let given = Options { document_date: Some("2001".into()) };
        let v: serde_json::Value =
            serde_json::from_str(&super::to_json(&doc, &analyse(&doc, &given))).unwrap();
        assert_eq!(
            (v["document_date"]["value"].as_str(), v["document_date"]["source"].as_str()),
            (Some("2001"), Some("flag"))
        );
        let bare = Document::from_text("It closed last year.\n".into(), "t", Format::Text, "t");
        let v: serde_json::Value =
            serde_json::from_str(&super::to_json(&bare, &analyse(&bare, &Options::default()))).unwrap();
        assert!(v["document_date"]["value"].is_null());
        assert_eq!(v["document_date"]["source"], "unknown");
    }
}
