//! The command line: clap definitions, then validated options with defaults applied, and
//! what the shell gets from the same definitions (completion scripts, the man page).
//!
//! Parsing is separate from `main` so that option rules (which input, which output, the
//! `--date` format) are unit-tested without running the binary. Nothing else in the crate
//! imports this module: the binary turns [`Options`] into the UI's
//! [`crate::ui::Settings`] and the library's own types (an export format is mapped from
//! [`ExportFormat`]), so clap stays at the edge.

use crate::config::Config;
use crate::document::Input;
use crate::export::Format;
use clap::{CommandFactory, Parser, ValueEnum};
use std::path::PathBuf;

/// The `--export` formats, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// An entity index (kind, aliases, every mention's sentence), then the timeline.
    Markdown,
    /// TimelineJS's JSON, with display dates kept as written.
    Timelinejs,
    /// One row per mention: entity, kind, byte span, text, sentence.
    Csv,
    /// The same as `--json`.
    Json,
    /// The text with inline TimeML TIMEX3 tags and the creation time.
    Timeml,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Timelinejs => Format::Timelinejs,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Json => Format::Json,
            ExportFormat::Timeml => Format::Timeml,
        }
    }
}

/// The shells `--completions` writes a script for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
}

/// A full-screen terminal reader for entity-dense long-form text.
///
/// Opens FILE (or stdin with `-` or a pipe, or the built-in sample article with nothing)
/// beside a panel of the people, organizations and places it names and a timeline of its
/// dated events.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, long_about = None)]
pub struct Args {
    /// The document to open: plain text, Markdown, HTML or EPUB (detected by content), or
    /// `-` for stdin.
    pub file: Option<PathBuf>,

    /// Maximum width of the text column, in columns [default: 80, or the config's text_width].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,

    /// Print the plain text the analysis runs on, then exit.
    #[arg(long, conflicts_with = "json")]
    pub text: bool,

    /// Print the document, its entities and its timeline as JSON, then exit.
    #[arg(long)]
    pub json: bool,

    /// Print an export of the analysis (markdown entity index, timelinejs, csv of mentions,
    /// json, timeml), then exit.
    #[arg(long, value_name = "FORMAT", conflicts_with_all = ["text", "json"])]
    pub export: Option<ExportFormat>,

    /// The document date for resolving relative dates ("today", "last year").
    #[arg(long, value_name = "YYYY[-MM[-DD]]", value_parser = parse_date)]
    pub date: Option<String>,

    /// Read settings from FILE instead of the platform's config directory.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Print the default configuration, with comments, then exit.
    #[arg(long)]
    pub print_config: bool,

    /// Print the default key bindings (every action's name, per mode), then exit.
    #[arg(long)]
    pub print_keymap: bool,

    /// Do not read or write the reading state (position, bookmarks, corrections).
    #[arg(long)]
    pub no_state: bool,

    /// Print a completion script for SHELL, then exit (e.g. `dossier --completions bash >
    /// ~/.local/share/bash-completion/completions/dossier`).
    #[arg(long, value_name = "SHELL")]
    pub completions: Option<Shell>,

    /// Print the man page (roff), then exit (e.g. `dossier --man > dossier.1`).
    #[arg(long)]
    pub man: bool,
}

/// The completion script for a shell, from the same definitions as the parser.
pub fn completions(shell: Shell) -> String {
    let mut out = Vec::new();
    let mut cmd = Args::command();
    match shell {
        Shell::Bash => clap_complete::generate(clap_complete::Shell::Bash, &mut cmd, "dossier", &mut out),
        Shell::Zsh => clap_complete::generate(clap_complete::Shell::Zsh, &mut cmd, "dossier", &mut out),
        Shell::Fish => clap_complete::generate(clap_complete::Shell::Fish, &mut cmd, "dossier", &mut out),
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The man page (roff), from the same definitions as the parser.
pub fn man_page() -> String {
    let mut out = Vec::new();
    // Rendering into memory cannot fail.
    let _ = clap_mangen::Man::new(Args::command()).render(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// What to do with the loaded document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// The full-screen reader.
    Ui,
    /// `--text`: the plain text.
    Text,
    /// `--json`: the document and its analysis.
    Json,
    /// `--export FORMAT`.
    Export(Format),
}

/// Validated options: what the binary does, and (for the UI) [`Options::settings`].
#[derive(Debug, Clone)]
pub struct Options {
    /// What to read.
    pub input: Input,
    /// What to do with it.
    pub output: Output,
    /// Maximum text width: `--width`, else the config's `text_width`.
    pub width: u16,
    /// `--date`: the document date for relative dates.
    pub date: Option<String>,
    /// The config file's settings.
    pub config: Config,
    /// Whether to read and write the reading state.
    pub remember: bool,
    /// Problems to tell the user about (a bad config file, an unreadable state file).
    pub warnings: Vec<String>,
}

impl Options {
    /// What the UI is told.
    pub fn settings(&self) -> crate::ui::Settings {
        crate::ui::Settings {
            input: self.input.clone(),
            max_width: self.width,
            config: self.config.clone(),
            remember: self.remember,
            warnings: self.warnings.clone(),
        }
    }
}

impl Args {
    /// Applies the defaults: no file reads stdin when it is piped, else the sample; the UI
    /// only when stdout is a terminal; settings from `config` where no option is given.
    pub fn resolve(self, stdin_is_tty: bool, stdout_is_tty: bool, config: Config) -> Options {
        let input = match self.file {
            Some(p) if p.as_os_str() == "-" => Input::Stdin,
            Some(p) => Input::File(p),
            None if !stdin_is_tty => Input::Stdin,
            None => Input::Sample,
        };
        let output = if let Some(format) = self.export {
            Output::Export(format.into())
        } else if self.json {
            Output::Json
        } else if self.text || !stdout_is_tty {
            Output::Text
        } else {
            Output::Ui
        };
        Options {
            input,
            output,
            width: self.width.unwrap_or(config.text_width),
            date: self.date,
            remember: config.remember && !self.no_state,
            config,
            warnings: Vec::new(),
        }
    }
}

/// Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
pub fn parse_date(s: &str) -> Result<String, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            num(y, 4)
                && num(m, 2)
                && num(d, 2)
                && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
        }
        _ => false,
    };
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!("'{s}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Args {
        Args::try_parse_from(std::iter::once("dossier").chain(v.iter().copied())).unwrap()
    }

    #[test]
    fn input_defaults() {
        assert_eq!(args(&[]).resolve(true, true, Config::default()).input, Input::Sample);
        assert_eq!(args(&[]).resolve(false, true, Config::default()).input, Input::Stdin);
        assert_eq!(args(&["-"]).resolve(true, true, Config::default()).input, Input::Stdin);
        assert_eq!(
            args(&["a.txt"]).resolve(false, true, Config::default()).input,
            Input::File("a.txt".into())
        );
    }

    #[test]
    fn output_defaults_to_text_in_a_pipe() {
        assert_eq!(args(&[]).resolve(true, true, Config::default()).output, Output::Ui);
        assert_eq!(args(&[]).resolve(true, false, Config::default()).output, Output::Text);
        assert_eq!(args(&["--json"]).resolve(true, false, Config::default()).output, Output::Json);
    }

    #[test]
    fn width_and_state_follow_options_then_config() {
        let config = Config { text_width: 66, ..Config::default() };
        assert_eq!(args(&[]).resolve(true, true, config.clone()).width, 66);
        assert_eq!(args(&["--width", "90"]).resolve(true, true, config.clone()).width, 90);
        assert!(args(&[]).resolve(true, true, config.clone()).remember);
        assert!(!args(&["--no-state"]).resolve(true, true, config).remember);
    }

    #[test]
    fn dates_are_validated() {
        assert!(parse_date("2021").is_ok());
        assert!(parse_date("2021-02-28").is_ok());
        assert!(parse_date("2021-13").is_err());
        assert!(parse_date("21").is_err());
        assert!(Args::try_parse_from(["dossier", "--date", "soon"]).is_err());
        assert!(Args::try_parse_from(["dossier", "--width", "5"]).is_err());
    }

    #[test]
    fn completions_and_man_page_come_from_the_definitions() {
        assert!(completions(Shell::Bash).contains("--print-keymap"));
        assert!(completions(Shell::Fish).contains("print-keymap"));
        assert!(completions(Shell::Zsh).contains("--no-state"));
        let man = man_page();
        assert!(man.starts_with(".ie") || man.contains(".TH"), "{man}");
        assert!(man.contains("no\\-state") || man.contains("no-state"), "{man}");
        let export = args(&["--export", "csv"]).resolve(true, true, Config::default()).output;
        assert_eq!(export, Output::Export(Format::Csv));
    }
}
