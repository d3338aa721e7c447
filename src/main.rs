//! The `dossier` binary: parse the command line, load, then run the UI or print.
//! Errors are reported here, once, in one line, with exit status 2.

use clap::Parser;
use dossier::analysis::{self, Analysis, Options as AnalysisOptions, corrections};
use dossier::cli::{Args, Options, Output};
use dossier::document::Document;
use dossier::store::{Store, document_key};
use dossier::{config, display, document, export, ui};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Args::parse();
    if args.print_config {
        return finish(print(config::DEFAULT_CONFIG));
    }
    if args.print_keymap {
        return finish(print(ui::keymap::DEFAULT_KEYMAP));
    }
    if let Some(shell) = args.completions {
        return finish(print(&dossier::cli::completions(shell)));
    }
    if args.man {
        return finish(print(&dossier::cli::man_page()));
    }
    let (settings, config_warning) = match &args.config {
        Some(path) => config::load(path, true),
        None => config::default_path().map(|p| config::load(&p, false)).unwrap_or_default(),
    };
    let mut options = args.resolve(std::io::stdin().is_terminal(), std::io::stdout().is_terminal(), settings);
    options.warnings.extend(config_warning);
    let analysis_options = AnalysisOptions { document_date: options.date.clone() };
    if options.output == Output::Ui {
        // The reader loads its own input, to show the first screen before the whole book.
        return finish(ui::open_and_run(&options.settings(), analysis_options));
    }
    let doc = match document::load::load_capped(&options.input, options.config.caps()) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("dossier: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match options.output {
        Output::Text => print(&doc.text),
        Output::Json => {
            warn(&options);
            let analysis = analysed(&doc, &analysis_options, &options);
            if std::io::stdout().is_terminal() {
                print(&(export::to_json(&doc, &analysis) + "\n"))
            } else {
                // Streamed: a book's JSON is many times its size.
                export::json::write(&doc, &analysis, std::io::stdout().lock())
            }
        }
        Output::Export(format) => {
            warn(&options);
            print(&export::render(format, &doc, &analysed(&doc, &analysis_options, &options)))
        }
        Output::Ui => ui::run(doc, analysis_options, &options.settings()),
    };
    finish(result)
}

/// The analysis with the user's saved corrections applied.
fn analysed(doc: &Document, analysis_options: &AnalysisOptions, options: &Options) -> Analysis {
    let mut analysis = analysis::analyse(doc, analysis_options);
    if options.remember
        && let Some(path) = Store::default_path()
    {
        let (store, _) = Store::open_read_only(path);
        let saved = store.get(&document_key(&doc.text));
        // The reader's document date (`D`), unless `--date` gives one.
        if analysis_options.document_date.is_none()
            && let Some(date) = &saved.document_date
        {
            analysis::timeline::redate(&mut analysis, doc, date);
        }
        corrections::apply(&mut analysis, &doc.text, &saved.corrections);
    }
    analysis
}

/// Settings problems go to stderr when there is no UI to show them.
fn warn(options: &Options) {
    for w in &options.warnings {
        eprintln!("dossier: {w}");
    }
}

fn finish(result: std::io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`dossier --text | head`) is a normal end, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: {e}");
            ExitCode::from(2)
        }
    }
}

/// Prints text; to a terminal only after neutralising control characters.
fn print(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    if std::io::stdout().is_terminal() {
        out.write_all(display::sanitize(text).as_bytes())?;
    } else {
        out.write_all(text.as_bytes())?;
    }
    out.flush()
}
