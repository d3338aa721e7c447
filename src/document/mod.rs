//! The document model: one analysed text plus its structure, all as byte spans.
//!
//! Everything downstream (entities, timeline, search, the reader's wrapping) works on
//! `Document::text` and on spans into it, so a position found by the analysis can be shown,
//! highlighted and exported without translation. For plain UTF-8 text the analysed text is
//! the file's own bytes (minus a byte-order mark); for Markdown it is the rendered text, with
//! inline styles kept as spans beside it. The text is never rewritten for display: control
//! characters are neutralised when a line is drawn (see [`crate::display`]), so offsets stay
//! the file's.

pub mod epub;
pub mod html;
pub mod load;
pub mod markdown;
pub mod segment;

use crate::span::Span;
use serde::Serialize;

pub use load::{Input, load, load_bytes};

/// How the input was interpreted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    /// A web page: its main text, found by Readability, rendered like Markdown.
    Html,
    /// An EPUB book: its chapters in reading order, each a section.
    Epub,
}

/// What a block of the document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The document's title line.
    Title,
    /// A section heading, with its level (1 = top).
    Heading(u8),
    /// A byline, dateline or credit line ("By Jane Doe", "Published 3 May 2021").
    Meta,
    Paragraph,
    Quote,
    ListItem,
    Code,
}

impl BlockKind {
    /// Title and heading lines: set in title case, so capitalisation there is no evidence of
    /// a proper name.
    pub fn is_heading(self) -> bool {
        matches!(self, BlockKind::Title | BlockKind::Heading(_))
    }
}

/// A paragraph-level unit: a paragraph, heading, list item, quote or code block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// A section: a heading and the text up to the next heading of the same or higher level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub title: String,
    /// The heading line itself.
    #[serde(skip)]
    pub heading: Span,
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    pub level: u8,
}

/// An inline style from Markdown, over a span of the rendered text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InlineStyle {
    Emphasis,
    Strong,
    Code,
    Link,
    Strikethrough,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StyledSpan {
    pub span: Span,
    pub style: InlineStyle,
}

/// A loaded and segmented document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text the analysis runs on and `--text` prints.
    pub text: String,
    pub title: String,
    /// Where it came from: a path, `-` for stdin, or `sample`.
    pub source: String,
    pub format: Format,
    /// Blocks in text order, not overlapping.
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    /// Sentences in text order, each inside one block.
    pub sentences: Vec<Span>,
    /// Inline styles (Markdown only), sorted by start.
    pub styles: Vec<StyledSpan>,
    /// Things the reader should be told (lossy decoding, ...).
    pub warnings: Vec<String>,
    /// The publication date the document's metadata declares, as written (HTML meta tags,
    /// EPUB `dc:date`, Markdown front matter); the timeline reads it as the document date.
    pub published: Option<String>,
}

impl Document {
    /// Builds a document from already-decoded text, detecting its structure.
    pub fn from_text(text: String, source: &str, format: Format, fallback_title: &str) -> Self {
        match format {
            Format::Text => {
                let blocks = segment::blocks(&text);
                Self::assemble(text, source, Format::Text, blocks, Vec::new(), fallback_title)
            }
            Format::Markdown | Format::Epub => {
                // Front matter is metadata: hidden from the text, its title and date used.
                let (fm, body) = markdown::front_matter(&text);
                let md = markdown::render(body);
                let title = fm.title.as_deref().unwrap_or(fallback_title);
                let mut doc = Self::assemble(md.text, source, format, md.blocks, md.styles, title);
                if let Some(t) = fm.title {
                    doc.title = t;
                }
                doc.published = fm.date;
                doc
            }
            Format::Html => {
                let md = markdown::render(&html::html_to_markdown(&text));
                let mut doc = Self::assemble(md.text, source, format, md.blocks, md.styles, fallback_title);
                doc.published = html::published_date(&text);
                doc
            }
        }
    }

    fn assemble(
        text: String,
        source: &str,
        format: Format,
        blocks: Vec<Block>,
        styles: Vec<StyledSpan>,
        fallback_title: &str,
    ) -> Self {
        let mut blocks = blocks;
        for b in blocks.iter_mut().filter(|b| b.kind == BlockKind::Paragraph) {
            let line = b.span.slice(&text);
            if !line.contains('\n') && segment::is_meta_line(line) {
                b.kind = BlockKind::Meta;
            }
        }
        // Plain text marks a title line; Markdown and HTML open with a level-1 heading, which
        // is then the title rather than a section.
        if !blocks.iter().any(|b| b.kind == BlockKind::Title)
            && blocks.len() > 1
            && blocks[0].kind == BlockKind::Heading(1)
            && !blocks[1..].iter().any(|b| b.kind == BlockKind::Heading(1))
        {
            blocks[0].kind = BlockKind::Title;
        }
        let sentences = segment::sentences(&text, &blocks);
        let sections = segment::sections(&text, &blocks);
        let title = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .map(|b| segment::clean_line(b.span.slice(&text)))
            .unwrap_or_else(|| fallback_title.to_string());
        Document {
            text,
            title,
            source: source.to_string(),
            format,
            blocks,
            sections,
            sentences,
            styles,
            warnings: Vec::new(),
            published: None,
        }
    }

    /// Number of whitespace-separated words.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// Number of body paragraphs (not headings or meta lines).
    pub fn paragraph_count(&self) -> usize {
        self.blocks.iter().filter(|b| !b.kind.is_heading() && b.kind != BlockKind::Meta).count()
    }

    /// The block containing byte `pos`, if any.
    pub fn block_at(&self, pos: usize) -> Option<&Block> {
        let i = self.blocks.partition_point(|b| b.span.end <= pos);
        self.blocks.get(i).filter(|b| b.span.start <= pos)
    }

    /// The sentence containing byte `pos`, or the nearest one after it.
    pub fn sentence_at(&self, pos: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        self.sentences.get(i).copied()
    }

    /// The section containing byte `pos`, if any.
    pub fn section_at(&self, pos: usize) -> Option<&Section> {
        self.sections.iter().rev().find(|s| s.start <= pos && pos < s.end.max(s.start + 1))
    }
}
