//! `--export csv`: one row per mention (RFC 4180 quoting), for spreadsheets and scripts.
//! Offsets are byte offsets into the analysed text, as in `--json`.

use crate::analysis::Analysis;
use crate::document::Document;
use crate::document::segment::clean_line;

pub fn render(doc: &Document, analysis: &Analysis) -> String {
    let mut out = String::from("entity_id,entity,kind,start,end,mention,sentence\n");
    let mut rows: Vec<(usize, usize)> =
        analysis.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.start, e.id))).collect();
    rows.sort_unstable();
    for (start, id) in rows {
        let e = &analysis.entities[id];
        let Some(m) = e.mentions.iter().find(|m| m.start == start) else { continue };
        let sentence = doc.sentence_at(m.start).filter(|s| s.covers(m)).unwrap_or(*m);
        let fields = [
            e.id.to_string(),
            field(&e.name),
            e.kind.label().to_string(),
            m.start.to_string(),
            m.end.to_string(),
            field(m.slice(&doc.text)),
            field(&clean_line(sentence.slice(&doc.text))),
        ];
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// Quotes a field when it holds a comma, quote or line break; control characters are
/// neutralised so the file is safe to `cat`.
fn field(s: &str) -> String {
    let s = crate::display::sanitize_line(s);
    if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}
