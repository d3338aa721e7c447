//! The entity detail view: which entity, the entities sharing its sentences, whether it lists
//! the entity's mentions or its quotes, and a cursor over that list.
//!
//! The view's list switches between mentions and quotes with one key, so the cursor keeps
//! one list length ([`DetailState::len`]) and Enter jumps to whichever row is selected.

use super::State;
use super::list::ListCursor;
use crate::analysis::Analysis;
use crate::document::Document;

#[derive(Debug, Clone, Default)]
pub struct DetailState {
    pub entity: Option<usize>,
    /// (entity id, shared sentences), most first.
    pub co_mentions: Vec<(usize, u32)>,
    /// Cursor over the mentions or the quotes.
    pub cursor: ListCursor,
    /// Listing the entity's quotes rather than its mentions.
    pub quotes: bool,
    /// Indices into [`Analysis::quotes`] of the entity's quotes, in text order.
    pub quote_list: Vec<usize>,
}

impl DetailState {
    pub fn open(&mut self, doc: &Document, analysis: &Analysis, id: usize, mention: Option<usize>) {
        self.entity = Some(id);
        self.co_mentions = crate::search::context::co_mentions(analysis, doc, id);
        self.co_mentions.truncate(6);
        self.quote_list = analysis
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.speaker == Some(id))
            .map(|(i, _)| i)
            .collect();
        self.quotes = false;
        let n = analysis.entities.get(id).map_or(0, |e| e.mentions.len());
        self.cursor = ListCursor { height: self.cursor.height, ..Default::default() };
        self.cursor.set(mention.unwrap_or(0), n);
    }

    pub fn close(&mut self) {
        self.entity = None;
    }

    pub fn is_open(&self) -> bool {
        self.entity.is_some()
    }

    /// Rows in the list shown now.
    pub fn len(&self, analysis: &Analysis) -> usize {
        match self.entity {
            Some(_) if self.quotes => self.quote_list.len(),
            Some(id) => analysis.entities.get(id).map_or(0, |e| e.mentions.len()),
            None => 0,
        }
    }
}

impl State {
    /// Switches the detail view between the entity's mentions and its quotes.
    pub fn toggle_detail_quotes(&mut self) {
        let Some(a) = self.analysis.clone() else { return };
        if !self.detail.is_open() {
            self.message = Some("quotes: open an entity's detail (i) first".into());
            return;
        }
        if !self.detail.quotes && self.detail.quote_list.is_empty() {
            self.message = Some("no quotes attributed to this entity".into());
            return;
        }
        self.detail.quotes = !self.detail.quotes;
        let n = self.detail.len(&a);
        self.detail.cursor.offset = 0;
        self.detail.cursor.set(0, n);
    }

    /// Enter in the detail view: jumps to the selected mention or quote.
    pub fn select_in_detail(&mut self) {
        let Some(id) = self.detail.entity else { return };
        let i = self.detail.cursor.selected;
        if self.detail.quotes {
            let span = self
                .detail
                .quote_list
                .get(i)
                .and_then(|&q| self.analysis.as_ref()?.quotes.get(q))
                .map(|q| q.span);
            if let Some(span) = span {
                self.detail.close();
                self.jump(span.start, Some(span));
            }
        } else {
            self.detail.close();
            self.go_to_mention(id, i);
        }
    }

    /// The dim line under the entities panel's selected row: the entity's best description.
    pub fn entity_second_line(&self) -> Option<String> {
        let a = self.analysis.as_ref()?;
        let id = self.entities.selected()?;
        a.descriptions_of(id).first().map(|d| d.text.clone())
    }

    /// Who is speaking where the reader is: the attributed quotation containing the reading
    /// position or the span last jumped to, as "speaker" for the status bar.
    pub fn speaking(&self) -> Option<String> {
        let a = self.analysis.as_ref()?;
        let q = a.quote_at(self.reader.anchor).or_else(|| {
            let cur = self.selection.current?;
            a.quote_at(cur.start).filter(|_| self.reader.shows(cur.start))
        })?;
        let who = match q.speaker {
            Some(id) => a.entities.get(id)?.name.clone(),
            None => q.source.clone()?,
        };
        Some(crate::display::sanitize_line(&who))
    }
}
