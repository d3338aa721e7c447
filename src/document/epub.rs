//! EPUB input: recognise the zip, then each chapter in reading order as Markdown.
//!
//! EPUB chapters (read with `rbook`) are already clean XHTML, so they skip Readability and go
//! straight to Markdown with `dom_query` ([`super::html::body_markdown`]); each chapter starts
//! with a heading and so becomes a section. Kept apart from the HTML code so the zip handling
//! and its errors have one home.

use super::html::{body_markdown, one_line};

/// Whether bytes are an EPUB (a zip whose first entry is `mimetype` = epub+zip).
pub fn sniff_epub(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") && bytes.get(30..58) == Some(b"mimetypeapplication/epub+zip".as_slice())
}

/// An EPUB as Markdown: the book title, then each chapter in reading order.
pub fn epub_to_markdown(bytes: Vec<u8>) -> Result<(String, Option<String>), String> {
    use rbook::Epub;
    let epub = Epub::read(std::io::Cursor::new(bytes)).map_err(|e| format!("not a readable EPUB ({e})"))?;
    let title = epub.metadata().title().map(|t| one_line(t.value())).filter(|t| !t.is_empty());
    let mut out = String::new();
    let mut reader = epub.reader();
    while let Some(chapter) = reader.read_next() {
        let Ok(chapter) = chapter else { continue };
        let md = body_markdown(chapter.content());
        if md.trim().is_empty() {
            continue;
        }
        if !md.trim_start().starts_with('#') {
            // A chapter with no heading of its own still starts a section.
            out.push_str(&format!("## Part {}\n\n", chapter.position() + 1));
        }
        out.push_str(md.trim());
        out.push_str("\n\n");
    }
    Ok((out, title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_zip_is_not_an_epub() {
        assert!(!sniff_epub(b"PK\x03\x04 a zip that is not an epub"));
    }
}
