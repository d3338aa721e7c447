//! User settings from a TOML file: theme, text and panel widths, mention marks, state, and
//! key overrides by action name.
//!
//! The defaults live in `assets/config.toml`, a commented file that `--print-config` prints
//! and that this module parses for its own defaults, so the documentation and the behaviour
//! cannot drift apart. A bad file never stops the reader: the error is reported with its line
//! and key, and dossier starts with the defaults.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The commented default configuration.
pub const DEFAULT_CONFIG: &str = include_str!("../assets/config.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    Terminal,
    HighContrast,
    Mono,
}

/// How the text's lines are broken (see `ui::wrap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineBreaks {
    /// Even lines over the whole paragraph.
    Optimal,
    /// Each line filled as far as it goes.
    FirstFit,
}

/// Settings, with defaults applied.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub theme: Theme,
    pub text_width: u16,
    /// Side panel width; `None`: a share of the screen.
    pub panel_width: Option<u16>,
    pub marks: bool,
    pub remember: bool,
    pub line_breaks: LineBreaks,
    /// Hyphenate long words in narrow text columns.
    pub hyphenate: bool,
    /// The largest input opened, in bytes (larger input is refused with a message).
    pub max_input: u64,
    /// The largest input read as a stream (stdin, a pipe, a device), in bytes.
    pub max_stream_input: u64,
    /// Whether spoiler-safe reading starts on for a document never opened before.
    pub spoiler_safe: bool,
    /// Mode → action name → keys (as written, e.g. "ctrl-p"), replacing the defaults.
    pub keys: KeyOverrides,
}

/// The same, every field optional, as read from a user's file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Partial {
    theme: Option<Theme>,
    text_width: Option<u16>,
    panel_width: Option<u16>,
    marks: Option<bool>,
    remember: Option<bool>,
    line_breaks: Option<LineBreaks>,
    hyphenate: Option<bool>,
    max_input: Option<u64>,
    max_stream_input: Option<u64>,
    spoiler_safe: Option<bool>,
    keys: Option<KeyOverrides>,
}

/// Key overrides: mode → action name → keys.
pub type KeyOverrides = BTreeMap<String, BTreeMap<String, Vec<String>>>;

impl Config {
    /// The input size caps these settings give.
    pub fn caps(&self) -> crate::document::load::Caps {
        crate::document::load::Caps { max_input: self.max_input, max_stream_input: self.max_stream_input }
    }
}

impl Default for Config {
    fn default() -> Self {
        // The embedded file is tested to parse; the fallback only guards against an edit
        // that breaks it.
        parse(DEFAULT_CONFIG).unwrap_or(Config {
            theme: Theme::Terminal,
            text_width: 80,
            panel_width: None,
            marks: true,
            remember: true,
            line_breaks: LineBreaks::Optimal,
            hyphenate: true,
            max_input: crate::document::load::DEFAULT_MAX_INPUT,
            max_stream_input: crate::document::load::DEFAULT_MAX_STREAM_INPUT,
            spoiler_safe: false,
            keys: BTreeMap::new(),
        })
    }
}

/// A configuration error: where it is and what is wrong, as one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if let Some(key) = &self.key {
            write!(f, "{key}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// The default location: `<config dir>/dossier/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("dossier").join("config.toml"))
}

/// Loads settings from `path`. A missing file gives the defaults silently; a bad one gives
/// the defaults and a one-line warning naming the file, line and key.
pub fn load(path: &Path, must_exist: bool) -> (Config, Option<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => match parse(&text) {
            Ok(c) => (c, None),
            Err(e) => (Config::default(), Some(format!("{}: {e}; using the defaults", path.display()))),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => (Config::default(), None),
        Err(e) => (Config::default(), Some(format!("{}: {e}; using the defaults", path.display()))),
    }
}

/// Parses a configuration file over the defaults.
pub fn parse(text: &str) -> Result<Config, ConfigError> {
    let partial: Partial = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        let key = line.and_then(|l| key_on_line(text, l));
        ConfigError { line, key, message: e.message().trim().to_string() }
    })?;
    let base = if text == DEFAULT_CONFIG {
        None
    } else {
        Some(
            parse(DEFAULT_CONFIG)
                .map_err(|e| ConfigError { message: format!("built-in defaults: {e}"), ..e })?,
        )
    };
    let get = |f: fn(&Config) -> u16, fallback: u16| base.as_ref().map_or(fallback, f);
    let config = Config {
        theme: partial.theme.or(base.as_ref().map(|b| b.theme)).unwrap_or(Theme::Terminal),
        text_width: partial.text_width.unwrap_or_else(|| get(|c| c.text_width, 80)),
        panel_width: partial.panel_width.or(base.as_ref().and_then(|b| b.panel_width)),
        marks: partial.marks.or(base.as_ref().map(|b| b.marks)).unwrap_or(true),
        remember: partial.remember.or(base.as_ref().map(|b| b.remember)).unwrap_or(true),
        line_breaks: partial
            .line_breaks
            .or(base.as_ref().map(|b| b.line_breaks))
            .unwrap_or(LineBreaks::Optimal),
        hyphenate: partial.hyphenate.or(base.as_ref().map(|b| b.hyphenate)).unwrap_or(true),
        max_input: partial
            .max_input
            .or(base.as_ref().map(|b| b.max_input))
            .unwrap_or(crate::document::load::DEFAULT_MAX_INPUT),
        max_stream_input: partial
            .max_stream_input
            .or(base.as_ref().map(|b| b.max_stream_input))
            .unwrap_or(crate::document::load::DEFAULT_MAX_STREAM_INPUT),
        spoiler_safe: partial.spoiler_safe.or(base.as_ref().map(|b| b.spoiler_safe)).unwrap_or(false),
        keys: partial.keys.unwrap_or_default(),
    };
    let range_error = |key: &str, lo: u16, hi: u16, v: u16| ConfigError {
        line: find_key_line(text, key),
        key: Some(key.to_string()),
        message: format!("{v} is out of range ({lo} to {hi})"),
    };
    if !(20..=1000).contains(&config.text_width) {
        return Err(range_error("text_width", 20, 1000, config.text_width));
    }
    if let Some(w) = config.panel_width.filter(|w| !(20..=200).contains(w)) {
        return Err(range_error("panel_width", 20, 200, w));
    }
    Ok(config)
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn key_on_line(text: &str, line: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let (key, _) = l.split_once('=')?;
    let key = key.trim().trim_matches('"');
    (!key.is_empty()).then(|| key.to_string())
}

fn find_key_line(text: &str, key: &str) -> Option<usize> {
    text.lines().position(|l| l.split_once('=').is_some_and(|(k, _)| k.trim() == key)).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_parse() {
        let c = parse(DEFAULT_CONFIG).unwrap();
        assert_eq!(c.theme, Theme::Terminal);
        assert_eq!(c.text_width, 80);
        assert!(c.marks && c.remember);
        assert_eq!(Config::default(), c);
    }

    #[test]
    fn partial_files_keep_the_other_defaults() {
        let c = parse("theme = \"high-contrast\"\n[keys]\ncommon.quit = [\"q\", \"ctrl-q\"]\n").unwrap();
        assert_eq!(c.theme, Theme::HighContrast);
        assert_eq!(c.text_width, 80);
        assert_eq!(c.keys["common"]["quit"], ["q", "ctrl-q"]);
    }

    #[test]
    fn errors_name_line_and_key() {
        let e = parse("marks = true\ntext_width = \"wide\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert_eq!(e.key.as_deref(), Some("text_width"));
        let e = parse("\n\npanel_width = 5\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (Some(3), Some("panel_width")));
        assert!(e.to_string().starts_with("line 3: panel_width: 5 is out of range"));
        let e = parse("colour = \"red\"\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("colour"), "{e}");
    }

    #[test]
    fn a_bad_file_falls_back_with_a_warning() {
        let dir = std::env::temp_dir().join(format!("dossier-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(&path, "theme = 3\n").unwrap();
        let (c, warning) = load(&path, false);
        assert_eq!(c, Config::default());
        assert!(warning.unwrap().contains("line 1: theme"));
        let (_, warning) = load(&dir.join("missing.toml"), false);
        assert!(warning.is_none());
        let (_, warning) = load(&dir.join("missing.toml"), true);
        assert!(warning.is_some());
    }
}
