//! The terminal UI.

use crate::analysis::Options as AnalysisOptions;
use crate::cli::Options;
use crate::document::Document;

/// Runs the reader until the user quits.
pub fn run(_doc: Document, _analysis: AnalysisOptions, _options: &Options) -> std::io::Result<()> {
    Ok(())
}
