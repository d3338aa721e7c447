//! `--export timeml`: the text with every temporal expression tagged inline as a TIMEX3
//! (ISO-TimeML: `tid`, `type` DATE/TIME/DURATION/SET, `value`, `mod`, `quant`), and the
//! document date as the creation time (a TIMEX3 with `functionInDocument="CREATION_TIME"`
//! in a `DCT` element), laid out like TempEval-3's `.tml` files, so the timeline feeds
//! HeidelTime-style tools and TempEval scorers.
//!
//! The tags come from [`timeline::timex::timexes`], which re-runs the scan with the
//! analysis's document date when the reader gave it (`--date` or a correction) and adds the
//! durations and sets the reading timeline leaves out. The `TEXT` element holds the document
//! text exactly (only `&`, `<` and `>` escaped), so stripping the tags gives it back.

use crate::analysis::Analysis;
use crate::analysis::timeline::{self, DateSource, timex::Timex};
use crate::document::Document;
use std::fmt::Write;

/// Renders the TimeML document.
pub fn render(doc: &Document, analysis: &Analysis) -> String {
    let given = analysis.document_date.as_ref().and_then(|d| {
        let given = matches!(d.source, DateSource::Flag | DateSource::Correction);
        d.value.as_deref().filter(|_| given).and_then(timeline::parse_date).map(|p| (p, d.source))
    });
    let (timexes, document_date) = timeline::timex::timexes(doc, given);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
    let docid = doc.source.rsplit(['/', '\\']).next().unwrap_or("");
    let _ = writeln!(out, "<DOCID>{}</DOCID>", escape(docid));
    if let Some(v) = &document_date.value {
        let v = escape(v);
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{v}\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>"
        );
    }
    let _ = writeln!(out, "<TITLE>{}</TITLE>", escape(&doc.title));
    out.push_str("<TEXT>");
    let mut at = 0;
    for (n, t) in timexes.iter().enumerate() {
        if t.span.start < at {
            continue;
        }
        out.push_str(&escape(&doc.text[at..t.span.start]));
        open_tag(&mut out, n + 1, t, document_date.value.is_some());
        out.push_str(&escape(t.span.slice(&doc.text)));
        out.push_str("</TIMEX3>");
        at = t.span.end;
    }
    out.push_str(&escape(&doc.text[at..]));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

fn open_tag(out: &mut String, tid: usize, t: &Timex, dct: bool) {
    let _ = write!(out, "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"{}\"", t.kind.name(), escape(&t.value));
    if let Some(m) = t.date_mod {
        let _ = write!(out, " mod=\"{m}\"");
    }
    if let Some(q) = t.quant {
        let _ = write!(out, " quant=\"{q}\"");
    }
    let _ = write!(out, " temporalFunction=\"{}\" functionInDocument=\"NONE\"", t.relative);
    if t.relative && dct {
        out.push_str(" anchorTimeID=\"t0\"");
    }
    out.push('>');
}

/// XML text and attribute escaping.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Options, analyse};
    use crate::document::{Format, load_bytes};

    fn export(text: &str, date: Option<&str>) -> String {
        let doc = load_bytes(text.as_bytes(), "a&b.txt", Some(Format::Text), "t");
        let a = analyse(&doc, &Options { document_date: date.map(str::to_string) });
        render(&doc, &a)
    }

    #[test]
    fn tags_inline_with_the_creation_time() {
        let out = export("Shares rose <5%> on 3 March 2005 & fell for two days.\n", Some("2005-03-26"));
        assert!(out.contains("<DOCID>a&amp;b.txt</DOCID>"));
        assert!(out.contains(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2005-03-26\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">2005-03-26</TIMEX3></DCT>"
        ));
        assert!(out.contains("rose &lt;5%&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2005-03-03\""));
        assert!(out.contains(
            ">3 March 2005</TIMEX3> &amp; fell for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\""
        ));
    }

    #[test]
    fn no_creation_time_when_the_date_is_unknown() {
        let out = export("She left on Tuesday.\n", None);
        assert!(!out.contains("<DCT>"));
        assert!(out.contains("value=\"XXXX-WXX-2\""));
    }
}
