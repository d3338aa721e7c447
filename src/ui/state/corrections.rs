//! The user's corrections to the extracted entities, as the UI holds them: the extractor's
//! original output is kept untouched and the corrections are re-applied, in order, to a fresh
//! copy whenever the list changes, so undo is just popping the last one and re-applying.

use super::State;
use crate::analysis::Analysis;
use crate::analysis::corrections::{self, Correction};
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct CorrectionsState {
    /// In the order they were made.
    pub list: Vec<Correction>,
    /// What the extractor produced, before any correction.
    pub original: Option<Arc<Analysis>>,
}

impl State {
    /// The analysis with the corrections applied, from the kept original.
    pub fn corrected(&self) -> Option<Arc<Analysis>> {
        let original = self.corrections.original.as_ref()?;
        if self.corrections.list.is_empty() {
            return Some(Arc::clone(original));
        }
        let mut a = (**original).clone();
        corrections::apply(&mut a, &self.doc.text, &self.corrections.list);
        Some(Arc::new(a))
    }
}
