//! EPUB input: recognise the zip, then each chapter in reading order as Markdown.
//!
//! EPUB chapters (read with `rbook`) are already clean XHTML, so they skip Readability and go
//! straight to Markdown with `dom_query` ([`super::html::body_markdown`]); each chapter starts
//! with a heading and so becomes a section. Kept apart from the HTML code so the zip handling
//! and its errors have one home.
//!
//! An EPUB is recognised by its container (a zip holding `META-INF/container.xml`), not by
//! byte order: the spec wants the `mimetype` entry first, but real books and tools do not
//! always put it there. A damaged zip is described in words ("the zip archive is truncated")
//! from our own look at its structure, before the EPUB reader's internal messages can show.

use super::html::body_markdown;
use super::segment::clean_line;

/// Whether bytes (the whole file, or its first few kilobytes) are an EPUB: a zip with an
/// entry named `META-INF/container.xml` (entry names are stored uncompressed, in each entry's
/// header and again in the directory at the end), or whose `mimetype` entry, wherever it is,
/// says `application/epub+zip`.
pub fn sniff_epub(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && (memchr::memmem::find(bytes, b"META-INF/container.xml").is_some()
            || memchr::memmem::find(bytes, b"mimetypeapplication/epub+zip").is_some())
}

/// What is wrong with a zip archive, in words, if its structure shows it: every zip ends
/// with an end-of-central-directory record, within its last 64 KiB.
fn zip_problem(bytes: &[u8]) -> Option<&'static str> {
    let tail = &bytes[bytes.len().saturating_sub(65_557)..];
    if memchr::memmem::rfind(tail, b"PK\x05\x06").is_none() {
        return Some("the zip archive is truncated (its directory at the end is missing)");
    }
    None
}

/// Why the EPUB reader refused a book, in words.
fn describe(e: &rbook::ebook::errors::EbookError) -> &'static str {
    use rbook::ebook::errors::EbookError;
    match e {
        EbookError::Archive(_) => "a file inside the zip archive cannot be read",
        EbookError::Format(_) => "its package description (the OPF file) is missing or malformed",
        _ => "its chapters cannot be read",
    }
}

/// An EPUB as Markdown: the book title, then each chapter in reading order.
pub fn epub_to_markdown(bytes: Vec<u8>) -> Result<(String, Option<String>), String> {
    use rbook::Epub;
    if let Some(problem) = zip_problem(&bytes) {
        return Err(format!("damaged EPUB: {problem}"));
    }
    let epub =
        Epub::read(std::io::Cursor::new(bytes)).map_err(|e| format!("damaged EPUB: {}", describe(&e)))?;
    let title = epub.metadata().title().map(|t| clean_line(t.value())).filter(|t| !t.is_empty());
    let mut out = String::new();
    // `dc:date` travels as front matter, which the Markdown path reads like a `.md` file's.
    if let Some(date) =
        epub.metadata().published_entry().map(|d| clean_line(d.value())).filter(|d| !d.is_empty())
    {
        out.push_str(&format!("---\ndate: {date}\n---\n"));
    }
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
        assert!(sniff_epub(b"PK\x03\x04....META-INF/container.xml...."));
    }

    #[test]
    fn a_truncated_zip_is_described() {
        let err = epub_to_markdown(b"PK\x03\x04....META-INF/container.xml....".to_vec()).unwrap_err();
        assert_eq!(err, "damaged EPUB: the zip archive is truncated (its directory at the end is missing)");
    }
}
