//! The timeline panel: which items are listed (all, or those whose sentence mentions the
//! selected entity), the cursor, the list or time-axis view, and the reader's correction of
//! the document date (`D`: a prompt; the timeline is resolved again at once and the date is
//! saved with the document's reading state).

use super::State;
use super::list::ListCursor;
use crate::analysis::Analysis;
use crate::analysis::timeline::{self, parse_date};
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct TimelineState {
    /// Only items mentioning this entity.
    pub only_entity: Option<usize>,
    /// The time-axis view instead of the list.
    pub axis: bool,
    /// The document date the reader set (`YYYY[-MM[-DD]]`), saved with the reading state.
    pub date_correction: Option<String>,
    /// The analysis as the extractor delivered it, before a date correction.
    pub extracted: Option<Arc<Analysis>>,
    /// Indices into `Analysis::timeline`, in order.
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
}

impl TimelineState {
    pub fn rebuild(&mut self, analysis: &Analysis) {
        let keep = self.selected();
        self.rows = match self.only_entity.and_then(|id| analysis.entities.get(id)) {
            None => (0..analysis.timeline.len()).collect(),
            Some(e) => analysis
                .timeline
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    t.entities.contains(&e.id) || e.mentions.iter().any(|m| t.sentence.covers(m))
                })
                .map(|(i, _)| i)
                .collect(),
        };
        let row = keep.and_then(|k| self.rows.iter().position(|&r| r == k)).unwrap_or(0);
        self.cursor.set(row, self.rows.len());
    }

    /// The timeline item under the cursor.
    pub fn selected(&self) -> Option<usize> {
        self.rows.get(self.cursor.selected).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor.move_by(delta, self.rows.len());
    }

    pub fn click(&mut self, row: usize) -> Option<usize> {
        let item = self.rows.get(row).copied()?;
        self.cursor.set(row, self.rows.len());
        Some(item)
    }
}

impl State {
    /// `D`: opens the prompt for the document date, prefilled with the current one.
    pub fn start_date_prompt(&mut self) {
        let Some(a) = &self.analysis else {
            self.message = Some("analysing… the date can be set when the analysis is done".into());
            return;
        };
        let current = a.document_date_value().unwrap_or_default().to_string();
        self.open_prompt(super::prompt::Prompt::Date, &current);
    }

    /// Enter in the date prompt: a valid date is applied and remembered; an empty one goes
    /// back to the date found in the document.
    pub fn finish_date_prompt(&mut self, typed: &str) {
        let input = typed.trim().to_string();
        if input.is_empty() {
            self.timeline.date_correction = None;
        } else if parse_date(&input).is_some() {
            self.timeline.date_correction = Some(input);
        } else {
            self.message = Some(format!("not a date: {input} (YYYY, YYYY-MM or YYYY-MM-DD)"));
            return;
        }
        self.dirty = true;
        if let Some(original) = self.corrections.original.clone() {
            self.corrections.original = Some(self.dated(original));
            if let Some(a) = self.corrected() {
                self.install(a);
            }
        }
        let date = self.analysis.as_ref().and_then(|a| a.document_date.as_ref()).map(|d| d.label());
        self.message = Some(format!("document date: {}", date.unwrap_or_else(|| "unknown".into())));
    }

    /// The analysis with its timeline resolved against the reader's date when one is set;
    /// the extractor's own (kept from its first delivery) when none is.
    pub fn dated(&mut self, analysis: Arc<Analysis>) -> Arc<Analysis> {
        let extracted = Arc::clone(self.timeline.extracted.get_or_insert(analysis));
        let Some(date) = self.timeline.date_correction.as_deref() else { return extracted };
        let mut a = (*extracted).clone();
        if !timeline::redate(&mut a, &self.doc, date) {
            return extracted;
        }
        Arc::new(a)
    }
}
