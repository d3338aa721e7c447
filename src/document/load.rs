//! Reading a document: file, stdin or the embedded sample; decoding; refusing binary data.
//!
//! Loading is split into reading bytes (the only part that touches the file system) and
//! [`load_bytes`], a pure function from bytes to a [`Document`], so every decoding rule is
//! tested without files. Valid UTF-8 is kept byte for byte so that offsets are the file's
//! own; anything else is decoded lossily with a warning rather than refused, because a
//! reader should show what it can. Only data that is clearly not text is refused.
//!
//! Every input (file, device, pipe, stdin) is read the same guarded way, because a path can
//! name `/dev/zero` and a pipe can be endless: the first 64 KB decide binary-or-text before
//! anything more is read, and reading stops one byte past the `max_input` cap (`max_stream_input`, lower, for a stream; regular files
//! are measured before they are read at all). The bytes read are decoded in place, so a
//! UTF-8 book is held once, not copied.

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

/// How much of the start of the input is inspected for binary data, before reading on.
const SNIFF_LEN: usize = 64 * 1024;

/// The default of the `max_input` setting: the largest input opened, in bytes.
pub const DEFAULT_MAX_INPUT: u64 = 1 << 30;

/// The default of the `max_stream_input` setting: the largest input read as a stream (stdin,
/// a pipe, a device). Lower than [`DEFAULT_MAX_INPUT`] because a stream has no size to check
/// first: an endless one (`yes | dossier`) is read up to the cap before it is refused, and
/// 64 MiB is read in a fraction of a second and held in well under 100 MB.
pub const DEFAULT_MAX_STREAM_INPUT: u64 = 64 << 20;

/// The size caps of the input, in bytes (the `max_input` and `max_stream_input` settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// Any input.
    pub max_input: u64,
    /// Input read as a stream, whose size is not known before it is read.
    pub max_stream_input: u64,
}

impl Default for Caps {
    fn default() -> Self {
        Caps { max_input: DEFAULT_MAX_INPUT, max_stream_input: DEFAULT_MAX_STREAM_INPUT }
    }
}

impl Caps {
    /// The cap of a stream and the setting that sets it: the lower of the two.
    fn stream(self) -> (u64, &'static str) {
        if self.max_stream_input < self.max_input {
            (self.max_stream_input, "max_stream_input")
        } else {
            (self.max_input, "max_input")
        }
    }
}

/// Reads and decodes the input into a document, within the default [`Caps`].
pub fn load(input: &Input) -> Result<Document, LoadError> {
    load_capped(input, Caps::default())
}

/// Reads and decodes the input into a document; input longer than its cap (see [`Caps`]) is
/// refused ([`LoadError::TooLarge`]) without reading more than one byte past the cap.
pub fn load_capped(input: &Input, caps: Caps) -> Result<Document, LoadError> {
    match input {
        Input::Sample => Ok(load_bytes(SAMPLE.as_bytes(), "sample", Some(Format::Text), "Sample article")),
        Input::Stdin => {
            let bytes = read_capped(&mut std::io::stdin().lock(), "stdin", caps.stream())
                .map_err(|e| e.into_load_error(|error| LoadError::Io { source: "stdin".into(), error }))?;
            let mut doc = open_bytes(bytes, "-", None, "stdin")?;
            if doc.title == "stdin"
                && let Some(h) = headline(&doc)
            {
                doc.title = h;
            }
            Ok(doc)
        }
        Input::File(path) => {
            let bytes = read_file(path, caps)?;
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
    Ok(load_owned(bytes, source, hint, fallback_title))
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

fn read_file(path: &Path, caps: Caps) -> Result<Vec<u8>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory(path.to_path_buf()));
    }
    let source = path.display().to_string();
    if meta.is_file() && meta.len() > caps.max_input {
        return Err(LoadError::TooLarge { source, limit: caps.max_input, setting: "max_input" });
    }
    // A regular file's size was checked; anything else (a FIFO, a device) is a stream.
    let cap = if meta.is_file() { (caps.max_input, "max_input") } else { caps.stream() };
    let mut file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let size = if meta.is_file() { meta.len() } else { 0 };
    read_capped_sized(&mut file, &source, cap, size)
        .map_err(|e| e.into_load_error(|error| io_error(path, error)))
}

/// A file opened for reading, its first 64 KB read and checked, so that a screenful can be
/// shown ([`Opened::preview`]) before the rest is read and segmented ([`Opened::finish`]).
pub struct Opened {
    file: std::fs::File,
    path: PathBuf,
    max_input: u64,
    /// The first 64 KB (less for a shorter file).
    pub head: Vec<u8>,
    /// The file's length when opened.
    pub len: u64,
}

/// How much text a preview decodes around its position.
const PREVIEW_LEN: usize = 48 * 1024;

/// Opens a regular file: the same refusals as [`load_capped`] (missing, a directory, over
/// the cap, binary), decided before anything past the first 64 KB is read. `None` for what
/// is not a regular file (a device, a pipe), which is read whole by [`load_capped`].
pub fn open_file(path: &Path, max_input: u64) -> Result<Option<Opened>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Ok(None);
    }
    if meta.len() > max_input {
        return Err(LoadError::TooLarge {
            source: path.display().to_string(),
            limit: max_input,
            setting: "max_input",
        });
    }
    let mut file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let mut head = Vec::with_capacity(SNIFF_LEN);
    (&mut file).take(SNIFF_LEN as u64).read_to_end(&mut head).map_err(|e| io_error(path, e))?;
    if !super::epub::sniff_epub(&head) {
        check_binary(&head, &path.display().to_string())?;
    }
    Ok(Some(Opened { file, path: path.to_path_buf(), max_input, head, len: meta.len() }))
}

impl Opened {
    /// Whether the file is plain UTF-8 text, whose document text is the file's own bytes,
    /// so a part of it can be shown at its own offsets before the whole is read.
    pub fn is_plain_text(&self) -> bool {
        let head = &self.head;
        let hint = format_from_extension(&self.path);
        let plain = match hint {
            Some(Format::Text) => true,
            Some(_) => false,
            None => {
                !super::epub::sniff_epub(head)
                    && !super::html::sniff_html(head)
                    && sniff_format(&String::from_utf8_lossy(head)) == Format::Text
            }
        };
        plain && utf16_order(head).is_none() && !head.starts_with(b"\xEF\xBB\xBF")
    }

    /// A document of whole paragraphs around byte `at` of a plain-text file, and the file
    /// offset its text starts at; `None` if that part is not valid UTF-8 or cannot be read.
    pub fn preview(&mut self, at: u64) -> Option<(u64, Document)> {
        use std::io::{Seek, SeekFrom};
        let start = at.saturating_sub(PREVIEW_LEN as u64 / 4);
        let bytes = if start == 0 && self.head.len() >= PREVIEW_LEN.min(self.len as usize) {
            self.head[..self.head.len().min(PREVIEW_LEN)].to_vec()
        } else {
            let mut buf = Vec::with_capacity(PREVIEW_LEN);
            self.file.seek(SeekFrom::Start(start)).ok()?;
            (&mut self.file).take(PREVIEW_LEN as u64).read_to_end(&mut buf).ok()?;
            buf
        };
        let whole = start + bytes.len() as u64 >= self.len;
        // Cut at paragraph breaks, so the blocks are the whole document's own.
        let from = if start == 0 { 0 } else { paragraph_break(&bytes, false).unwrap_or(0) };
        let to = if whole { bytes.len() } else { paragraph_break(&bytes, true)? };
        if from as u64 + start > at || to <= from {
            return None;
        }
        let text = std::str::from_utf8(&bytes[from..to]).ok()?.to_string();
        let title = self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let doc = Document::from_text(text, &self.path.display().to_string(), Format::Text, &title);
        Some((start + from as u64, doc))
    }

    /// Reads the whole file (at most the cap) and builds its document.
    pub fn finish(mut self) -> Result<Document, LoadError> {
        use std::io::{Seek, SeekFrom};
        let path = self.path.clone();
        self.file.seek(SeekFrom::Start(0)).map_err(|e| io_error(&path, e))?;
        let source = path.display().to_string();
        let size = self.file.metadata().map_or(0, |m| if m.is_file() { m.len() } else { 0 });
        let bytes = read_capped_sized(&mut self.file, &source, (self.max_input, "max_input"), size)
            .map_err(|e| e.into_load_error(|error| io_error(&path, error)))?;
        let hint = format_from_extension(&path);
        let title =
            path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| source.clone());
        open_bytes(bytes, &source, hint, &title)
    }
}

/// Where a paragraph break (a blank line, LF or CRLF) ends: the first one or the last one.
fn paragraph_break(bytes: &[u8], last: bool) -> Option<usize> {
    let find = |pat: &[u8]| {
        if last { memchr::memmem::rfind(bytes, pat) } else { memchr::memmem::find(bytes, pat) }
            .map(|i| i + pat.len())
    };
    let (lf, crlf) = (find(b"\n\n"), find(b"\n\r\n"));
    if last { lf.max(crlf) } else { lf.into_iter().chain(crlf).min() }
}

/// Why [`read_capped`] stopped: a refusal, or an I/O error for the caller to name.
pub enum ReadError {
    Refused(LoadError),
    Io(std::io::Error),
}

impl ReadError {
    fn into_load_error(self, io: impl FnOnce(std::io::Error) -> LoadError) -> LoadError {
        match self {
            ReadError::Refused(e) => e,
            ReadError::Io(e) => io(e),
        }
    }
}

/// Reads all of `reader` but refuses, as soon as it can tell: binary data (decided from the
/// first 64 KB, before reading on; an EPUB's zip is let through for [`open_bytes`]) and
/// input longer than `cap` bytes (reading stops one byte past the cap), which the refusal
/// says the setting named with it sets.
pub fn read_capped(
    reader: &mut impl Read,
    source: &str,
    cap: (u64, &'static str),
) -> Result<Vec<u8>, ReadError> {
    read_capped_sized(reader, source, cap, 0)
}

/// [`read_capped`] of a file of `size` bytes: the buffer is that size from the start (grown
/// by doubling, a book's buffer was a quarter larger than the book, for the whole session).
fn read_capped_sized(
    reader: &mut impl Read,
    source: &str,
    cap: (u64, &'static str),
    size: u64,
) -> Result<Vec<u8>, ReadError> {
    let (max_input, setting) = cap;
    let mut bytes = Vec::with_capacity(SNIFF_LEN);
    reader.by_ref().take(SNIFF_LEN as u64).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if !super::epub::sniff_epub(&bytes) {
        check_binary(&bytes, source).map_err(ReadError::Refused)?;
    }
    let expected = size.min(max_input).saturating_sub(bytes.len() as u64);
    bytes.reserve_exact(usize::try_from(expected).unwrap_or(0));
    let rest = max_input.saturating_sub(bytes.len() as u64).saturating_add(1);
    reader.take(rest).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > max_input {
        return Err(ReadError::Refused(LoadError::TooLarge {
            source: source.to_string(),
            limit: max_input,
            setting,
        }));
    }
    Ok(bytes)
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
/// first 64 KB. UTF-16 with a byte-order mark is text.
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
    load_owned(bytes.to_vec(), source, hint, fallback_title)
}

/// [`load_bytes`] on bytes it may keep: valid UTF-8 becomes the text without a copy.
pub fn load_owned(bytes: Vec<u8>, source: &str, hint: Option<Format>, fallback_title: &str) -> Document {
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

fn decode(mut bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    if let Some(big_endian) = utf16_order(&bytes) {
        let units = bytes[2..].chunks(2).map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if big_endian { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }
        });
        let text: String =
            char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        warnings.push("decoded from UTF-16".to_string());
        return text;
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = invalid_utf8_bytes(&bytes).max(1);
            warnings.push(format!("invalid UTF-8: {bad} bytes shown as \u{FFFD}"));
            String::from_utf8_lossy(&bytes).into_owned()
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

    fn capped(bytes: &[u8], max: u64) -> Result<Vec<u8>, String> {
        read_capped(&mut &bytes[..], "x", (max, "max_input")).map_err(|e| match e {
            ReadError::Refused(e) => e.to_string(),
            ReadError::Io(e) => e.to_string(),
        })
    }

    #[test]
    fn reading_is_capped_and_binary_is_refused_before_reading_on() {
        assert_eq!(capped(b"short text", 10).unwrap(), b"short text");
        let e = capped(b"short text!", 10).unwrap_err();
        assert!(e.starts_with("input larger than 10 bytes: x; set max_input"), "{e}");
        // An endless source of zeros is refused after its first 64 KB.
        let mut zeros = std::io::repeat(0);
        assert!(matches!(
            read_capped(&mut zeros, "z", (u64::MAX, "max_input")),
            Err(ReadError::Refused(LoadError::Binary { .. }))
        ));
        // An endless text source stops one byte past the cap.
        let mut text = std::io::repeat(b'y');
        let e = read_capped(&mut text, "y", (100_000, "max_stream_input")).err().unwrap();
        assert!(matches!(e, ReadError::Refused(LoadError::TooLarge { limit: 100_000, .. })));
    }

    #[test]
    fn a_stream_gets_the_lower_of_the_two_caps_and_its_setting_is_named() {
        let caps = Caps { max_input: 1 << 30, max_stream_input: 1 << 20 };
        assert_eq!(caps.stream(), (1 << 20, "max_stream_input"));
        let caps = Caps { max_input: 1000, max_stream_input: 1 << 20 };
        assert_eq!(caps.stream(), (1000, "max_input"));
        assert!(Caps::default().max_stream_input < Caps::default().max_input);
    }

    #[test]
    fn paragraph_breaks_are_found_with_either_line_ending() {
        assert_eq!(paragraph_break(b"a\n\nb\r\n\r\nc", false), Some(3));
        assert_eq!(paragraph_break(b"a\n\nb\r\n\r\nc", true), Some(8));
        assert_eq!(paragraph_break(b"one line", true), None);
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
