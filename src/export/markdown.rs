//! `--export markdown`: an entity index a reader can keep beside their notes — each entity
//! with its kind, aliases, what the text says it is, the sentence of every mention (the mention
//! in bold) and its quotes, grouped by kind; quotations of unnamed sources; then the timeline.

use crate::analysis::{Analysis, Kind};
use crate::document::Document;
use crate::document::segment::clean_line;
use std::fmt::Write;

pub fn render(doc: &Document, analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&doc.title));
    let _ = writeln!(
        out,
        "{}, {}{}.\n",
        crate::display::count(analysis.entities.len(), "entity", "entities"),
        crate::display::count(analysis.timeline.len(), "timeline entry", "timeline entries"),
        analysis.document_date_value().map(|d| format!(", document date {d}")).unwrap_or_default()
    );
    for kind in Kind::ALL {
        let entities: Vec<_> = analysis.entities.iter().filter(|e| e.kind == kind).collect();
        if entities.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {}\n", kind.plural());
        for e in entities {
            let _ = writeln!(out, "### {}\n", escape(&e.name));
            let _ = writeln!(out, "- kind: {}", kind.label());
            if !e.aliases.is_empty() {
                let aliases: Vec<String> = e.aliases.iter().map(|a| escape(a)).collect();
                let _ = writeln!(out, "- aliases: {}", aliases.join(", "));
            }
            if !e.evidence.is_empty() {
                let _ = writeln!(out, "- evidence: {}", escape(&e.evidence.join("; ")));
            }
            let described: Vec<String> =
                analysis.descriptions_of(e.id).iter().map(|d| escape(&d.text)).collect();
            if !described.is_empty() {
                let _ = writeln!(out, "- described as: {}", described.join("; "));
            }
            let _ = writeln!(out, "- mentions: {}\n", e.mentions.len());
            for m in &e.mentions {
                let sentence = doc.sentence_at(m.start).filter(|s| s.covers(m)).unwrap_or(*m);
                let before = clean_line(&doc.text[sentence.start..m.start]);
                let after = clean_line(&doc.text[m.end..sentence.end]);
                let sep_before =
                    if doc.text[sentence.start..m.start].ends_with(char::is_whitespace) { " " } else { "" };
                let sep_after =
                    if doc.text[m.end..sentence.end].starts_with(char::is_whitespace) { " " } else { "" };
                let _ = writeln!(
                    out,
                    "1. {}{sep_before}**{}**{sep_after}{}",
                    escape(&before),
                    escape(&clean_line(m.slice(&doc.text))),
                    escape(&after)
                );
            }
            let quotes: Vec<&crate::analysis::Quote> = analysis.quotes_by(e.id).collect();
            if !quotes.is_empty() {
                let _ = writeln!(out, "\nQuotes:\n");
                for q in quotes {
                    let _ = writeln!(out, "> “{}”\n", escape(&q.text));
                }
            }
            out.push('\n');
        }
    }
    let sourced: Vec<_> =
        analysis.quotes.iter().filter(|q| q.speaker.is_none() && q.source.is_some()).collect();
    if !sourced.is_empty() {
        out.push_str("## Quoted sources\n\n");
        for q in sourced {
            let _ = writeln!(out, "- {}: “{}”", escape(q.source.as_deref().unwrap_or("")), escape(&q.text));
        }
        out.push('\n');
    }
    if !analysis.timeline.is_empty() {
        out.push_str("## Timeline\n\n| when | value | as written | sentence |\n|---|---|---|---|\n");
        for t in &analysis.timeline {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&t.display),
                cell(t.value.as_deref().unwrap_or("unresolved")),
                cell(&t.text),
                cell(&clean_line(t.sentence.slice(&doc.text)))
            );
        }
    }
    crate::display::sanitize(&out).into_owned()
}

/// Escapes characters Markdown would interpret inside running text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn cell(s: &str) -> String {
    escape(&clean_line(s))
}
