//! Reading a document: file, stdin or the embedded sample; decoding; refusing binary data.
//!
//! Loading is split into reading bytes (the only part that touches the file system) and
//! [`load_bytes`], a pure function from bytes to a [`Document`], so every decoding rule is
//! tested without files. Valid UTF-8 is kept byte for byte so that offsets are the file's
//! own; anything else is decoded lossily with a warning rather than refused, because a
//! reader should show what it can. Only data that is clearly not text is refused.

use super::{Document, Format};
use crate::error::LoadError;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The sample article shown when dossier is started with no file.
pub const SAMPLE: &str = include_str!("../../assets/article.txt");

/// Where the document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Sample,
    Stdin,
    File(PathBuf),
}

/// How much of the start of the input is inspected for binary data.
const SNIFF_LEN: usize = 8192;

/// Reads and decodes the input into a document.
pub fn load(input: &Input) -> Result<Document, LoadError> {
    match input {
        Input::Sample => Ok(load_bytes(SAMPLE.as_bytes(), "sample", Some(Format::Text), "Sample article")),
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|error| LoadError::Io { source: "stdin".into(), error })?;
            let mut doc = open_bytes(bytes, "-", None, "stdin")?;
            if doc.title == "stdin"
                && let Some(h) = headline(&doc)
            {
                doc.title = h;
            }
            Ok(doc)
        }
        Input::File(path) => {
            let bytes = read_file(path)?;
            let source = path.display().to_string();
            let hint = format_from_extension(path);
            let title =
                path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| source.clone());
            open_bytes(bytes, &source, hint, &title)
        }
    }
}

/// Builds a document from raw bytes of any supported format, detected by content first
/// (an EPUB is a zip, so it is recognised before the binary check refuses it).
pub fn open_bytes(
    bytes: Vec<u8>,
    source: &str,
    hint: Option<Format>,
    fallback_title: &str,
) -> Result<Document, LoadError> {
    if super::epub::sniff_epub(&bytes) {
        let (markdown, title) = super::epub::epub_to_markdown(bytes)
            .map_err(|reason| LoadError::Unreadable { source: source.to_string(), reason })?;
        let title = title.unwrap_or_else(|| fallback_title.to_string());
        let mut doc = Document::from_text(markdown, source, Format::Epub, &title);
        doc.title = title;
        if doc.text.trim().is_empty() {
            doc.warnings.push("empty document".to_string());
        }
        return Ok(doc);
    }
    check_binary(&bytes, source)?;
    let hint = hint.or_else(|| super::html::sniff_html(&bytes).then_some(Format::Html));
    Ok(load_bytes(&bytes, source, hint, fallback_title))
}

/// A title for text that has none (piped in, so no file name either): its first line, with
/// Markdown heading marks taken off, cut at a word to at most 80 characters.
fn headline(doc: &Document) -> Option<String> {
    let first = doc.blocks.first()?.span.slice(&doc.text).lines().next()?;
    let line = super::segment::clean_line(first.trim_start_matches('#'));
    if line.is_empty() {
        return None;
    }
    if line.chars().count() <= 80 {
        return Some(line);
    }
    let mut out = String::new();
    for word in line.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > 79 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Some(out + "…")
}

fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory(path.to_path_buf()));
    }
    std::fs::read(path).map_err(|e| io_error(path, e))
}

fn io_error(path: &Path, error: std::io::Error) -> LoadError {
    match error.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied(path.to_path_buf()),
        std::io::ErrorKind::IsADirectory => LoadError::IsDirectory(path.to_path_buf()),
        _ => LoadError::Io { source: path.display().to_string(), error },
    }
}

fn format_from_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// Refuses data that is clearly not text: NUL bytes, or mostly control bytes, in the
/// first 8 KiB. UTF-16 with a byte-order mark is text.
pub fn check_binary(bytes: &[u8], source: &str) -> Result<(), LoadError> {
    if utf16_order(bytes).is_some() {
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.is_empty() {
        return Ok(());
    }
    let nul = head.contains(&0);
    let odd = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b | 0x07 | 0x08))
        .count();
    let invalid = invalid_utf8_bytes(head);
    if nul || odd * 10 > head.len() || invalid * 3 > head.len() {
        return Err(LoadError::Binary { source: source.to_string() });
    }
    Ok(())
}

fn invalid_utf8_bytes(mut bytes: &[u8]) -> usize {
    let mut bad = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return bad,
            Err(e) => {
                let skip = e.error_len();
                match skip {
                    // Truncated sequence at the end of the sniffed window: not an error.
                    None => return bad,
                    Some(n) => {
                        bad += n;
                        bytes = &bytes[e.valid_up_to() + n..];
                    }
                }
            }
        }
    }
}

fn utf16_order(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(false),
        [0xFE, 0xFF, ..] => Some(true),
        _ => None,
    }
}

/// Decodes bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM, or lossy) and builds the
/// document. `hint` is the format from the file name; without one the content decides.
pub fn load_bytes(bytes: &[u8], source: &str, hint: Option<Format>, fallback_title: &str) -> Document {
    let mut warnings = Vec::new();
    let text = decode(bytes, &mut warnings);
    let format = hint.unwrap_or_else(|| sniff_format(&text));
    let mut doc = Document::from_text(text, source, format, fallback_title);
    if doc.text.trim().is_empty() {
        warnings.push("empty document".to_string());
    }
    doc.warnings.extend(warnings);
    doc
}

fn decode(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    if let Some(big_endian) = utf16_order(bytes) {
        let units = bytes[2..].chunks(2).map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if big_endian { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }
        });
        let text: String =
            char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        warnings.push("decoded from UTF-16".to_string());
        return text;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let bad = invalid_utf8_bytes(bytes).max(1);
            warnings.push(format!("invalid UTF-8: {bad} bytes shown as \u{FFFD}"));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

/// Markdown if the text has at least two distinct Markdown signals (ATX headings, fenced
/// code, list markers with emphasis or links); plain text otherwise.
fn sniff_format(text: &str) -> Format {
    let mut heading = false;
    let mut fence = false;
    let mut link = false;
    let mut list = false;
    for line in text.lines().take(400) {
        let t = line.trim_start();
        if t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### ") {
            heading = true;
        }
        if t.starts_with("```") {
            fence = true;
        }
        if t.starts_with("- ") || t.starts_with("* ") {
            list = true;
        }
        if t.contains("](") {
            link = true;
        }
    }
    let signals = [heading, fence, link, list].iter().filter(|&&s| s).count();
    if (heading || fence) && signals >= 2 { Format::Markdown } else { Format::Text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_byte_for_byte() {
        let doc = load_bytes("Hello “world”\r\n".as_bytes(), "t", Some(Format::Text), "t");
        assert_eq!(doc.text, "Hello “world”\r\n");
        assert!(doc.warnings.is_empty());
    }

    #[test]
    fn bom_is_stripped_and_invalid_utf8_is_lossy_with_a_warning() {
        let doc = load_bytes(b"\xEF\xBB\xBFabc", "t", Some(Format::Text), "t");
        assert_eq!(doc.text, "abc");
        let doc = load_bytes(b"caf\xE9 ok", "t", Some(Format::Text), "t");
        assert_eq!(doc.text, "caf\u{FFFD} ok");
        assert!(doc.warnings[0].contains("invalid UTF-8"));
    }

    #[test]
    fn utf16_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi there".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert!(check_binary(&bytes, "t").is_ok());
        assert_eq!(load_bytes(&bytes, "t", None, "t").text, "Hi there");
    }

    #[test]
    fn binary_is_refused_but_escape_sequences_are_text() {
        assert!(check_binary(b"PK\x03\x04\x00\x00binary", "x").is_err());
        assert!(check_binary(b"hello \x1b[31mred\x1b[0m \x07", "x").is_ok());
        assert!(check_binary(&[0x01u8; 100], "x").is_err());
        assert!(check_binary(b"", "x").is_ok());
    }

    #[test]
    fn empty_input_warns() {
        let doc = load_bytes(b"  \n", "t", None, "t");
        assert_eq!(doc.warnings, vec!["empty document".to_string()]);
    }

    #[test]
    fn markdown_is_sniffed_from_content() {
        assert_eq!(sniff_format("# Title\n\n- a [link](x)\n"), Format::Markdown);
        assert_eq!(sniff_format("Just text.\n\nMore text.\n"), Format::Text);
    }
}
