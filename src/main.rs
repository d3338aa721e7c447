//! The `dossier` binary: parse the command line, load, then run the UI or print.
//! Errors are reported here, once, in one line, with exit status 2.

use clap::Parser;
use dossier::analysis::{self, Options as AnalysisOptions};
use dossier::cli::{Args, Output};
use dossier::{display, document, export, ui};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let options = Args::parse().resolve(std::io::stdin().is_terminal(), std::io::stdout().is_terminal());
    let doc = match document::load(&options.input) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("dossier: {e}");
            return ExitCode::from(2);
        }
    };
    let analysis_options = AnalysisOptions { document_date: options.date.clone() };
    let result = match options.output {
        Output::Text => print(&doc.text),
        Output::Json => {
            let analysis = analysis::analyse(&doc, &analysis_options);
            print(&(export::to_json(&doc, &analysis) + "\n"))
        }
        Output::Export(format) => {
            let analysis = analysis::analyse(&doc, &analysis_options);
            print(&export::render(format, &doc, &analysis))
        }
        Output::Ui => ui::run(doc, analysis_options, &options),
    };
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
