//! Markdown to analysed text: headings, paragraphs, lists, quotes and code become blocks of
//! plain text, and emphasis, strong, code and links become style spans over it.
//!
//! The analysis runs on the rendered text (what a reader sees), not on the Markdown source,
//! so `**Osama** bin Laden` is one name and a link's URL is never mistaken for words. Each
//! rendered character therefore has exactly one position, which the reader, the highlights
//! and the `--json` offsets all share; `--text` prints this rendered text.

use super::{Block, BlockKind, InlineStyle, StyledSpan};
use crate::span::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Rendered Markdown.
pub struct Rendered {
    pub text: String,
    pub blocks: Vec<Block>,
    pub styles: Vec<StyledSpan>,
}

/// What a front-matter block says that the reader uses: the title and the date. The rest
/// (tags, layout, draft flags) is metadata for site generators and is hidden.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<String>,
}

/// Splits a leading front-matter block — YAML between `---` lines or TOML between `+++`
/// lines — from the Markdown body. Only `title` and `date` are read (`key: value` or
/// `key = value`, quotes removed); no YAML or TOML parser is needed for two scalar keys.
/// Without a closed block the whole source is the body.
pub fn front_matter(source: &str) -> (FrontMatter, &str) {
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    let fence = match src.lines().next().map(str::trim_end) {
        Some("---") => "---",
        Some("+++") => "+++",
        _ => return (FrontMatter::default(), source),
    };
    let mut fm = FrontMatter::default();
    let mut offset = src.find('\n').map_or(src.len(), |i| i + 1);
    for line in src[offset..].split_inclusive('\n') {
        offset += line.len();
        let t = line.trim();
        if t == fence || (fence == "---" && t == "...") {
            return (fm, &src[offset..]);
        }
        let Some((key, value)) = t.split_once(if fence == "---" { ':' } else { '=' }) else { continue };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => fm.title = Some(value.to_string()),
            "date" | "published" | "pubdate" => fm.date = Some(value.to_string()),
            _ => {}
        }
    }
    (FrontMatter::default(), source)
}

/// Renders Markdown source to text, blocks and inline styles.
pub fn render(source: &str) -> Rendered {
    let mut r = Renderer {
        out: Rendered { text: String::with_capacity(source.len()), blocks: Vec::new(), styles: Vec::new() },
        block: None,
        open_styles: Vec::new(),
        quote_depth: 0,
        list_depth: 0,
        ordered: Vec::new(),
    };
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES);
    for event in parser {
        r.event(event);
    }
    r.finish()
}

/// The state of one rendering: the output so far, the open block and styles, and the
/// nesting of quotes and lists.
struct Renderer {
    out: Rendered,
    /// The block being written and where its text starts.
    block: Option<(BlockKind, usize)>,
    /// Inline styles opened and not yet closed, with where each starts.
    open_styles: Vec<(InlineStyle, usize)>,
    quote_depth: usize,
    list_depth: usize,
    /// One entry per open list: the next number of an ordered list, `None` for bullets.
    ordered: Vec<Option<u64>>,
}

impl Renderer {
    /// Opens a block of `kind`, separated from the text before by a blank line.
    fn start_block(&mut self, kind: BlockKind) {
        let out = &mut self.out;
        if !out.text.is_empty() && !out.text.ends_with("\n\n") {
            out.text.push_str(if out.text.ends_with('\n') { "\n" } else { "\n\n" });
        }
        self.block = Some((kind, out.text.len()));
    }

    /// Closes the open block, if any, keeping it only when it holds visible text.
    fn end_block(&mut self) {
        if let Some((kind, start)) = self.block.take() {
            let out = &mut self.out;
            let trimmed_end = start + out.text[start..].trim_end().len();
            if trimmed_end > start {
                out.blocks.push(Block { kind, span: Span::new(start, trimmed_end) });
            }
        }
    }

    /// Opens a paragraph for loose text when no block is open.
    fn ensure_block(&mut self) {
        if self.block.is_none() {
            self.start_block(BlockKind::Paragraph);
        }
    }

    /// One parser event: block and style starts and ends, and text of every sort.
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                self.ensure_block();
                self.out.text.push_str(&t);
            }
            Event::Code(t) => {
                self.ensure_block();
                let out = &mut self.out;
                let start = out.text.len();
                out.text.push_str(&t);
                out.styles
                    .push(StyledSpan { span: Span::new(start, out.text.len()), style: InlineStyle::Code });
            }
            Event::SoftBreak => self.out.text.push(' '),
            Event::HardBreak => self.out.text.push('\n'),
            Event::Rule => {
                self.end_block();
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                // Raw HTML is shown as written (never interpreted), like any other text.
                self.ensure_block();
                self.out.text.push_str(h.trim_end_matches('\n'));
            }
            Event::FootnoteReference(t) => self.out.text.push_str(&format!("[{t}]")),
            Event::TaskListMarker(done) => self.out.text.push_str(if done { "[x] " } else { "[ ] " }),
            _ => {}
        }
    }

    /// The start of a block, list, list item, table row or cell, or inline style.
    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.end_block();
                self.start_block(BlockKind::Heading(level as u8));
            }
            Tag::Paragraph if self.block.is_none() => {
                let kind = if self.quote_depth > 0 { BlockKind::Quote } else { BlockKind::Paragraph };
                self.start_block(kind);
            }
            Tag::BlockQuote(_) => {
                self.end_block();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.end_block();
                self.start_block(BlockKind::Code);
            }
            Tag::List(first) => {
                self.end_block();
                self.list_depth += 1;
                self.ordered.push(first);
            }
            Tag::Item => {
                self.end_block();
                self.start_block(BlockKind::ListItem);
                let indent = "  ".repeat(self.list_depth.saturating_sub(1));
                match self.ordered.last_mut() {
                    Some(Some(n)) => {
                        self.out.text.push_str(&format!("{indent}{n}. "));
                        *n += 1;
                    }
                    _ => self.out.text.push_str(&format!("{indent}• ")),
                }
            }
            Tag::Emphasis => self.open_styles.push((InlineStyle::Emphasis, self.out.text.len())),
            Tag::Strong => self.open_styles.push((InlineStyle::Strong, self.out.text.len())),
            Tag::Strikethrough => self.open_styles.push((InlineStyle::Strikethrough, self.out.text.len())),
            Tag::Link { .. } => self.open_styles.push((InlineStyle::Link, self.out.text.len())),
            Tag::TableRow | Tag::TableHead => {
                self.end_block();
                self.start_block(BlockKind::Paragraph);
            }
            Tag::TableCell if self.block.as_ref().is_some_and(|(_, s)| self.out.text.len() > *s) => {
                self.out.text.push_str(" | ");
            }
            _ => {}
        }
    }

    /// The end of a block, list or inline style.
    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Item => self.end_block(),
            TagEnd::TableRow | TagEnd::TableHead => self.end_block(),
            TagEnd::BlockQuote(_) => {
                self.end_block();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.end_block();
                self.list_depth = self.list_depth.saturating_sub(1);
                self.ordered.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link => {
                let out = &mut self.out;
                if let Some((style, start)) = self.open_styles.pop()
                    && out.text.len() > start
                {
                    out.styles.push(StyledSpan { span: Span::new(start, out.text.len()), style });
                }
            }
            _ => {}
        }
    }

    /// Closes the last block, ends the text with a newline and orders the styles.
    fn finish(mut self) -> Rendered {
        self.end_block();
        let mut out = self.out;
        if !out.text.is_empty() && !out.text.ends_with('\n') {
            out.text.push('\n');
        }
        out.styles.sort_by_key(|s| s.span.start);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_off_and_read() {
        let (fm, body) =
            front_matter("---\ntitle: \"Harbour Notes\"\ndate: 2019-04-02\ntags: [a, b]\n---\n# Hello\n");
        assert_eq!(fm.title.as_deref(), Some("Harbour Notes"));
        assert_eq!(fm.date.as_deref(), Some("2019-04-02"));
        assert_eq!(body, "# Hello\n");
        let (fm, body) = front_matter("+++\ntitle = 'Quay'\ndate = 2020-01-05T10:00:00Z\n+++\nText\n");
        assert_eq!(
            (fm.title.as_deref(), fm.date.as_deref(), body),
            (Some("Quay"), Some("2020-01-05T10:00:00Z"), "Text\n")
        );
        // A rule that opens a document but never closes is no front matter.
        let src = "---\nJust a rule and text.\n";
        assert_eq!(front_matter(src), (FrontMatter::default(), src));
    }

    #[test]
    fn renders_blocks_and_styles() {
        let r =
            render("# The Title\n\nSome *soft* and **bold** [link](http://x).\n\n- one\n- two\n\n> quoted\n");
        let blocks: Vec<(BlockKind, &str)> =
            r.blocks.iter().map(|b| (b.kind, b.span.slice(&r.text))).collect();
        assert_eq!(
            blocks,
            vec![
                (BlockKind::Heading(1), "The Title"),
                (BlockKind::Paragraph, "Some soft and bold link."),
                (BlockKind::ListItem, "• one"),
                (BlockKind::ListItem, "• two"),
                (BlockKind::Quote, "quoted"),
            ]
        );
        let styled: Vec<&str> = r.styles.iter().map(|s| s.span.slice(&r.text)).collect();
        assert_eq!(styled, vec!["soft", "bold", "link"]);
        assert!(!r.text.contains("http"));
    }
}
