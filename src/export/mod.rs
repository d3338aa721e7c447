//! Exports of a document and its analysis: the stable `--json` schema, and `--export`
//! formats for other tools (a Markdown entity index, TimelineJS JSON, CSV of mentions, TimeML).
//!
//! Every format is a pure function from `(&Document, &Analysis)` to a `String`, so each is
//! snapshot-tested without files or a terminal. The JSON schema has its own serde types so the
//! internal model can change without breaking scripts that read it.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod timelinejs;
pub mod timeml;

pub use json::{build, to_json};

use crate::analysis::Analysis;
use crate::document::Document;

/// The export formats (the command line maps its own names onto these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An entity index (kind, aliases, every mention's sentence), then the timeline.
    Markdown,
    /// TimelineJS's JSON, with display dates kept as written.
    Timelinejs,
    /// One row per mention: entity, kind, byte span, text, sentence.
    Csv,
    /// The same as `--json`.
    Json,
    /// The text with inline TIMEX3 tags and the creation time (TempEval-3 `.tml` layout).
    Timeml,
}

/// Renders the analysis in the chosen format.
pub fn render(format: Format, doc: &Document, analysis: &Analysis) -> String {
    match format {
        Format::Markdown => markdown::render(doc, analysis),
        Format::Timelinejs => timelinejs::render(doc, analysis),
        Format::Csv => csv::render(doc, analysis),
        Format::Json => to_json(doc, analysis) + "\n",
        Format::Timeml => timeml::render(doc, analysis),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{DateMod, DateRange, Entity, Kind, TimelineItem};
    use crate::document::{Format as DocFormat, load_bytes};
    use crate::span::Span;

    /// A tiny document with a hand-built analysis, so these snapshots change only when an
    /// export format does, never when the extractors improve.
    fn fixture() -> (Document, Analysis) {
        let text = "Ada Lovelace met Charles Babbage in London in June 1833.\n\n\
                    Lovelace wrote her notes in the 1840s, \"with care\", in London.\n";
        let doc = load_bytes(text.as_bytes(), "t.txt", Some(DocFormat::Text), "Engines");
        let find = |s: &str, nth: usize| {
            let start = text.match_indices(s).nth(nth).unwrap().0;
            Span::new(start, start + s.len())
        };
        let ent = |id, name: &str, kind, aliases: &[&str], mentions| Entity {
            id,
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            evidence: vec!["test".into()],
            mentions,
        };
        let entities = vec![
            ent(
                0,
                "Ada Lovelace",
                Kind::Person,
                &["Lovelace"],
                vec![find("Ada Lovelace", 0), find("Lovelace", 1)],
            ),
            ent(1, "London", Kind::Place, &[], vec![find("London", 0), find("London", 1)]),
            ent(2, "Charles Babbage", Kind::Person, &[], vec![find("Charles Babbage", 0)]),
        ];
        let item = |text: &str, value: &str, m, from: &str, to: &str, display: &str, ents: Vec<usize>| {
            let span = find(text, 0);
            TimelineItem {
                text: text.into(),
                span,
                value: Some(value.into()),
                date_mod: m,
                display: display.into(),
                range: Some(DateRange { from: from.into(), to: to.into() }),
                anchor: None,
                relative: false,
                sentence: doc.sentence_at(span.start).unwrap(),
                entities: ents,
            }
        };
        let timeline = vec![
            item("June 1833", "1833-06", None, "1833-06-01", "1833-06-30", "June 1833", vec![0, 1, 2]),
            item("the 1840s", "184X", Some(DateMod::Start), "1840-01-01", "1849-12-31", "1840s", vec![0, 1]),
        ];
        (doc, Analysis { entities, timeline, document_date: Some("1850".into()), ..Default::default() })
    }

    #[test]
    fn markdown_index() {
        let (doc, a) = fixture();
        insta::assert_snapshot!(render(Format::Markdown, &doc, &a));
    }

    #[test]
    fn timelinejs() {
        let (doc, a) = fixture();
        let out = render(Format::Timelinejs, &doc, &a);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["events"][0]["start_date"]["month"], "6");
        assert_eq!(v["events"][1]["display_date"], "the 1840s");
        assert_eq!(v["events"][1]["end_date"]["year"], "1849");
        insta::assert_snapshot!(out);
    }

    #[test]
    fn csv_rows_in_text_order_with_quoting() {
        let (doc, a) = fixture();
        let out = render(Format::Csv, &doc, &a);
        insta::assert_snapshot!(out);
        assert_eq!(out.lines().count(), 1 + 5);
        assert!(out.contains("\"Lovelace wrote her notes in the 1840s, \"\"with care\"\", in London.\""));
    }

    #[test]
    fn json_export_has_the_schema_fields() {
        let (doc, a) = fixture();
        let v: serde_json::Value = serde_json::from_str(&to_json(&doc, &a)).unwrap();
        assert_eq!(v["entities"][0]["count"], 2);
        assert_eq!(v["entities"][0]["mentions"][1]["start"], 58);
        assert_eq!(v["timeline"][1]["mod"], "START");
        assert_eq!(v["timeline"][0]["range"]["to"], "1833-06-30");
    }
}
