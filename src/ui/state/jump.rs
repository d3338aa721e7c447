//! Moving the reader to something: an entity's mentions, a timeline entry, a search match, a
//! section, a picked row, or back through the history. Every jump records where the reader
//! was, leaves a few rows of context above the target, and sets what is drawn in reverse.

use super::selection::{Nav, Selection};
use super::{Focus, JUMP_CONTEXT, State};
use crate::search::EntryKind;
use crate::span::Span;

impl State {
    /// The byte at the top of the screen: what the history and a search remember.
    pub fn here(&mut self) -> usize {
        let doc = std::sync::Arc::clone(&self.doc);
        self.reader.top_byte(&doc)
    }

    /// Jumps to `byte`, recording the current place, highlighting `current`.
    pub fn jump(&mut self, byte: usize, current: Option<Span>) {
        let here = self.here();
        self.history.push(here);
        self.reader.jump_to(&self.doc, byte, JUMP_CONTEXT);
        self.selection.current = current;
        // On narrow screens a panel overlay hides the text: close it to show the target.
        if self.popup.is_some() {
            self.popup = None;
            self.focus = Focus::Reader;
        }
    }

    /// Selects an entity and jumps to its first mention after the reading position.
    pub fn select_entity(&mut self, id: usize) {
        let Some(a) = self.analysis.clone() else { return };
        let Some(e) = a.entities.get(id) else { return };
        self.entities.select_entity(id);
        if self.timeline.only_entity.is_some() {
            self.timeline.only_entity = Some(id);
            self.timeline.rebuild(&a);
        }
        let from = self.reader.top_byte(&self.doc);
        match Selection::mention_from(&e.mentions, from) {
            Some(i) => self.go_to_mention(id, i),
            None => {
                self.selection =
                    Selection { entity: Some(id), mention: None, nav: Nav::Entity, current: None };
                self.message = Some("no mentions".into());
            }
        }
    }

    /// Jumps to mention `i` of entity `id` and makes `n`/`N` follow the entity.
    pub fn go_to_mention(&mut self, id: usize, i: usize) {
        let Some(span) = self.analysis.as_ref().and_then(|a| a.entities.get(id)?.mentions.get(i).copied())
        else {
            return;
        };
        self.jump(span.start, Some(span));
        self.selection.entity = Some(id);
        self.selection.mention = Some(i);
        self.selection.nav = Nav::Entity;
    }

    /// Jumps to a timeline entry's sentence, highlighting the expression.
    pub fn jump_to_event(&mut self, item: usize) {
        let Some(t) = self.analysis.as_ref().and_then(|a| a.timeline.get(item).cloned()) else { return };
        self.jump(t.sentence.start.min(t.span.start), Some(t.span));
    }

    /// `n` / `N`: the next or previous mention, or search match, wrapping.
    pub fn step(&mut self, forward: bool) {
        match self.selection.nav {
            Nav::Entity => {
                let (Some(id), Some(a)) = (self.selection.entity, self.analysis.clone()) else { return };
                let n = a.entities.get(id).map_or(0, |e| e.mentions.len());
                let next = Selection::step(self.selection.mention, n, forward);
                if let Some(i) = next {
                    let wrapped =
                        self.selection.mention.is_some_and(|m| (forward && i < m) || (!forward && i > m));
                    self.go_to_mention(id, i);
                    if wrapped {
                        self.message =
                            Some(if forward { "wrapped to the first" } else { "wrapped to the last" }.into());
                    }
                }
            }
            Nav::Search => {
                if let Some(span) = self.search.step(&self.doc.text, forward) {
                    self.jump(span.start, Some(span));
                }
            }
            Nav::None => {
                self.message = Some("select an entity (Enter, p) or search (/) first".into());
            }
        }
    }

    /// `/`: starts a search from the reading position.
    pub fn start_search(&mut self) {
        let origin = self.here();
        self.search.start(origin);
        self.open_prompt(super::prompt::Prompt::Search, "");
    }

    /// Re-runs the query as it is typed and shows the first match from where it started.
    pub fn refresh_search(&mut self) {
        let origin = self.search.origin.unwrap_or(0);
        self.search.refresh(&self.doc.text, origin);
        match self.search.current_span() {
            Some(span) => {
                if !self.reader.shows(span.start) {
                    self.reader.jump_to(&self.doc, span.start, JUMP_CONTEXT);
                }
                self.selection.current = Some(span);
            }
            None => {
                self.reader.jump_to(&self.doc, origin, 0);
                self.selection.current = None;
            }
        }
    }

    /// Enter in the search prompt: the matches stay for `n` / `N`.
    pub fn confirm_search(&mut self) {
        if self.search.current.is_none() {
            let query = std::mem::take(&mut self.search.query);
            self.search.clear();
            if !query.is_empty() {
                self.offer_entity(&query);
            }
            return;
        }
        if let Some(origin) = self.search.origin {
            self.history.push(origin);
        }
        self.selection.nav = Nav::Search;
    }

    /// Esc in the search prompt: back to where it started.
    pub fn cancel_search(&mut self) {
        let origin = match self.search.origin {
            Some(o) => o,
            None => self.here(),
        };
        self.search.clear();
        self.selection.current = None;
        self.reader.jump_to(&self.doc, origin, 0);
    }

    /// Backspace / Ctrl-o: back to before the last jump.
    pub fn back(&mut self) {
        let here = self.here();
        match self.history.back(here) {
            Some(byte) => self.return_to(byte),
            None => self.message = Some("no earlier position".into()),
        }
    }

    /// `L`: forward again to where Back came from.
    pub fn forward(&mut self) {
        let here = self.here();
        match self.history.forward(here) {
            Some(byte) => self.return_to(byte),
            None => self.message = Some("no later position".into()),
        }
    }

    /// Back or Forward to `byte`: the mention or match counter follows the position, so `n`
    /// goes on from what is on screen and the status bar says where that is.
    fn return_to(&mut self, byte: usize) {
        self.reader.jump_to(&self.doc, byte, 0);
        self.selection.current = None;
        match self.selection.nav {
            Nav::Entity => {
                let mentions = self
                    .selection
                    .entity
                    .and_then(|id| self.analysis.as_ref()?.entities.get(id).map(|e| e.mentions.clone()));
                if let Some(m) = mentions {
                    self.selection.mention = Selection::mention_from(&m, byte);
                }
            }
            Nav::Search => self.search.current = self.search.next_from(&self.doc.text, byte),
            Nav::None => {}
        }
    }

    /// `[` / `]`: previous or next section heading.
    pub fn section(&mut self, forward: bool) {
        let top = self.reader.top_byte(&self.doc);
        let heads: Vec<usize> = self.doc.sections.iter().map(|s| s.heading.start).collect();
        let target = if forward {
            heads.iter().copied().find(|&h| h > top)
        } else {
            heads.iter().copied().rev().find(|&h| h < top).or(Some(0))
        };
        match target {
            Some(byte) => {
                let here = self.here();
                self.history.push(here);
                self.reader.jump_to(&self.doc, byte, 0);
            }
            None => self.message = Some("no further section".into()),
        }
    }

    /// `g` / `G`.
    pub fn jump_start(&mut self, start: bool) {
        let here = self.here();
        self.history.push(here);
        if start {
            self.reader.to_start(&self.doc);
        } else {
            self.reader.to_end(&self.doc);
        }
    }

    /// Enter in the picker.
    pub fn pick(&mut self) {
        let Some(entry) = self.picker.selected().and_then(|h| self.picker.entry(h)) else { return };
        let (kind, target) = (entry.kind, entry.target);
        match kind {
            EntryKind::Entity(id) | EntryKind::Alias(id) => self.select_entity(id),
            EntryKind::Event(i) => self.jump_to_event(i),
            EntryKind::Bookmark(_) => self.jump_exact(target.start),
            EntryKind::Heading(i) => {
                if let Some(s) = self.doc.sections.get(i) {
                    let at = s.heading.start;
                    let here = self.here();
                    self.history.push(here);
                    self.reader.jump_to(&self.doc, at, 0);
                }
            }
        }
    }
}
