//! HTML and EPUB input: find the main text and hand it on as Markdown.
//!
//! A saved web page is mostly navigation, scripts and boilerplate; `dom_smoothie` (a port of
//! Mozilla's Readability) finds the article and converts it to Markdown, which the Markdown
//! renderer then turns into blocks, headings and styles like any `.md` file. One path for
//! structure means headings, lists and emphasis look the same whatever the input was.
//! EPUB books (in [`super::epub`]) reuse [`body_markdown`] for their chapters.

use super::segment::clean_line;
use dom_smoothie::{Config, Readability, TextMode};

/// Whether bytes look like an HTML document (by content, not name).
pub fn sniff_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<!doctype html")
        || t.starts_with("<html")
        || (t.starts_with('<') && (head.contains("<body") || head.contains("<head")))
}

/// The main text of a web page as Markdown, with its title as a level-1 heading and its
/// byline as a line of its own.
pub fn html_to_markdown(html: &str) -> String {
    let config = Config { text_mode: TextMode::Markdown, ..Config::default() };
    let article = Readability::new(html, None, Some(config)).and_then(|mut r| r.parse());
    match article {
        Ok(a) if !a.text_content.trim().is_empty() => {
            let mut out = String::new();
            let title = clean_line(&a.title);
            if !title.is_empty() {
                out.push_str(&format!("# {title}\n\n"));
            }
            if let Some(byline) = a.byline.as_deref().map(clean_line).filter(|b| !b.is_empty()) {
                let by =
                    if byline.to_lowercase().starts_with("by ") { byline } else { format!("By {byline}") };
                out.push_str(&format!("{by}\n\n"));
            }
            out.push_str(a.text_content.trim());
            out.push('\n');
            out
        }
        // Not an article (or Readability gave up): the whole body, as Markdown.
        _ => body_markdown(html),
    }
}

/// The publication date a web page declares, as written: `article:published_time` (Open
/// Graph), JSON-LD `datePublished`, `itemprop="datePublished"`, a `date`/`pubdate`/`DC.date`
/// meta tag, else the first `<time datetime>` (a page's first time element is its dateline
/// more often than anything else).
pub fn published_date(html: &str) -> Option<String> {
    let doc = dom_query::Document::from(html);
    let attr = |selector: &str, name: &str| {
        doc.select(selector).nodes().iter().find_map(|n| n.attr(name)).map(|v| v.trim().to_string())
    };
    let json_ld = || {
        doc.select("script[type=\"application/ld+json\"]").nodes().iter().find_map(|n| {
            let text = n.text();
            let at = text.find("\"datePublished\"")?;
            let rest = text[at + "\"datePublished\"".len()..].trim_start().strip_prefix(':')?.trim_start();
            let rest = rest.strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        })
    };
    attr("meta[property=\"article:published_time\"]", "content")
        .or_else(json_ld)
        .or_else(|| attr("[itemprop=\"datePublished\"]", "content"))
        .or_else(|| attr("[itemprop=\"datePublished\"]", "datetime"))
        .or_else(|| attr("meta[name=\"date\"], meta[name=\"pubdate\"], meta[name=\"DC.date\"]", "content"))
        .or_else(|| attr("time[datetime]", "datetime"))
        .filter(|d| !d.is_empty())
}

/// The `<body>` of an (X)HTML document as Markdown, without scripts and styles.
pub fn body_markdown(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    doc.select("script, style, noscript, template, nav, svg").remove();
    let body = doc.select("body");
    let md = match body.nodes().first() {
        Some(node) => node.md(None),
        None => doc.md(None),
    };
    md.trim().to_string() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Harbour Report</title>
<script>alert("x")</script><style>p{color:red}</style></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Harbour Report</h1>
<p>The harbour master of Port Elena, Maria Duarte, said on Monday that the new quay would open in
the spring. The council approved the plan after three years of argument between fishermen and
the shipping company, and the work will cost the town less than the first estimate.</p>
<h2>What comes next</h2>
<p>Duarte said the first ships would dock in April. Fishermen from the northern villages have
asked for a share of the berths, and the council will decide on their request next month after
hearing from every side. She thanked the engineers for their patience and their careful work.</p>
<p>The old quay will be kept as a museum, with the lighthouse and the customs house restored to
how they looked a century ago, when the port was at its busiest and the town at its richest.</p>
</article><footer>Copyright Example News. All rights reserved. Cookie settings.</footer></body></html>"#;

    #[test]
    fn html_main_text_keeps_headings_and_drops_boilerplate() {
        assert!(sniff_html(PAGE.as_bytes()));
        let md = html_to_markdown(PAGE);
        assert!(md.starts_with("# Harbour Report"), "{md}");
        assert!(md.contains("What comes next"));
        assert!(md.contains("Maria Duarte"));
        assert!(!md.contains("alert"), "{md}");
        assert!(!md.contains("Cookie"), "{md}");
        assert!(!md.contains("color:red"));
    }

    #[test]
    fn published_date_from_page_metadata() {
        let og = r#"<html><head><meta property="article:published_time" content="2005-03-26T08:00:00Z"></head><body><p>x</p></body></html>"#;
        assert_eq!(published_date(og).as_deref(), Some("2005-03-26T08:00:00Z"));
        let ld = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2011-07-04"}</script></head><body></body></html>"#;
        assert_eq!(published_date(ld).as_deref(), Some("2011-07-04"));
        let time = r#"<html><body><article><time datetime="2019-11-02">2 Nov</time><p>x</p></article></body></html>"#;
        assert_eq!(published_date(time).as_deref(), Some("2019-11-02"));
        assert_eq!(published_date(PAGE), None);
    }

    #[test]
    fn text_is_not_html() {
        assert!(!sniff_html(b"Plain text with a <tag> inside."));
    }
}
