//! The user's corrections to the extracted entities, as the UI holds them: merge into
//! another entity (chosen in the picker), rename (typed in a prompt), change kind (cycles),
//! hide, split off an alias (chosen in the picker), and undo.
//!
//! The extractor's original output is kept untouched and the corrections are re-applied, in
//! order, to a fresh copy whenever the list changes, so undo is just popping the last one and
//! re-applying. Corrections name entities by name (see [`crate::analysis::corrections`]).

use super::prompt::{Choice, Prompt};
use super::{Focus, State};
use crate::analysis::corrections::{self, Correction};
use crate::analysis::{Analysis, Kind};
use crate::search::{EntryKind, PickerIndex};
use std::sync::Arc;

/// The corrections made and the analysis they apply to.
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

    /// The entity a correction applies to: the detail view's, else the entities panel's row.
    fn correction_target(&mut self) -> Option<(usize, String)> {
        let a = self.analysis.clone()?;
        let id = if self.detail.is_open() {
            self.detail.entity
        } else if self.focus == Focus::Entities {
            self.entities.selected()
        } else {
            None
        };
        match id.and_then(|id| a.entities.get(id).map(|e| (id, e.name.clone()))) {
            Some(t) => Some(t),
            None => {
                self.message = Some(
                    "corrections apply to an entity: focus the entities panel or open its detail".into(),
                );
                None
            }
        }
    }

    /// Records a correction, re-applies them all, and refreshes every panel. A detail view
    /// open on the entity stays open on it (under its new name, or the one it merged into),
    /// so `K` cycles the kind in place.
    pub fn correct(&mut self, c: Correction) {
        self.message = Some(c.describe());
        let follow = match &c {
            Correction::Rename { to, .. } => Some(to.clone()),
            Correction::Merge { into, .. } => Some(into.clone()),
            Correction::SetKind { entity, .. } | Correction::SplitAlias { entity, .. } => {
                Some(entity.clone())
            }
            Correction::Hide { .. } => None,
        };
        let reopen = if self.detail.is_open() { follow.clone() } else { None };
        self.corrections.list.push(c);
        self.reapply();
        let Some(a) = self.analysis.clone() else { return };
        let Some(id) = follow.and_then(|n| a.entities.iter().position(|e| e.name == n)) else { return };
        self.entities.select_entity(id);
        if reopen.is_some() {
            let doc = Arc::clone(&self.doc);
            self.detail.open(&doc, &a, id, None);
        }
    }

    /// `u`: takes back the last correction.
    pub fn undo_correction(&mut self) {
        match self.corrections.list.pop() {
            Some(c) => {
                self.message = Some(format!("undone: {}", c.describe()));
                self.reapply();
            }
            None => self.message = Some("no correction to undo".into()),
        }
    }

    fn reapply(&mut self) {
        self.dirty = true;
        // Entity ids change with the corrections: what pointed at one is let go.
        self.detail.close();
        self.selection = Default::default();
        self.timeline.only_entity = None;
        if let Some(a) = self.corrected() {
            self.install(a);
        }
    }

    /// `x`: hides the entity.
    pub fn hide_entity(&mut self) {
        if let Some((_, name)) = self.correction_target() {
            self.correct(Correction::Hide { entity: name });
        }
    }

    /// Cycles person → organization → place → other.
    pub fn cycle_kind(&mut self) {
        let Some((id, name)) = self.correction_target() else { return };
        let Some(kind) = self.analysis.as_ref().and_then(|a| a.entities.get(id)).map(|e| e.kind) else {
            return;
        };
        let next = match kind {
            Kind::Person => Kind::Organization,
            Kind::Organization => Kind::Place,
            Kind::Place => Kind::Other,
            Kind::Other => Kind::Person,
        };
        self.correct(Correction::SetKind { entity: name, kind: next });
    }

    /// Opens the rename prompt, filled with the current name.
    pub fn start_rename(&mut self) {
        if let Some((_, name)) = self.correction_target() {
            let shown = crate::display::sanitize_line(&name);
            self.open_prompt(Prompt::Rename(name), &shown);
        }
    }

    /// Enter in the rename prompt: `entity` is to be called `typed`.
    pub fn finish_rename(&mut self, entity: String, typed: &str) {
        let to = typed.trim().to_string();
        if to.is_empty() || to == entity {
            self.message = Some("name unchanged".into());
        } else {
            self.correct(Correction::Rename { entity, to });
        }
    }

    /// Opens the picker over the other entities (merge) or this one's aliases (split).
    pub fn start_choice(&mut self, merge: bool) {
        let Some((id, name)) = self.correction_target() else { return };
        let Some(a) = self.analysis.clone() else { return };
        let mut index = PickerIndex::empty();
        if merge {
            for (i, e) in a.entities.iter().enumerate().filter(|(i, _)| *i != id) {
                index.push(
                    &e.name,
                    EntryKind::Entity(i),
                    e.mentions.first().copied().unwrap_or_default(),
                    e.kind.label().to_string(),
                );
            }
        } else {
            let e = &a.entities[id];
            let aliases: Vec<&String> = e.aliases.iter().filter(|al| **al != e.name).collect();
            if aliases.is_empty() {
                self.message =
                    Some(format!("{} has no other names to split off", crate::display::sanitize_line(&name)));
                return;
            }
            for al in aliases {
                index.push(al, EntryKind::Alias(id), Default::default(), format!("split off {}", e.name));
            }
        }
        self.picker.set_index(index);
        self.open_picker(Some(if merge { Choice::MergeInto(name) } else { Choice::SplitOff(name) }), None);
        self.message = Some(if merge { "merge into which entity?" } else { "split off which name?" }.into());
    }

    /// Enter in the picker while it chooses for a correction.
    pub fn finish_choice(&mut self, choice: Choice) {
        let picked =
            self.picker.selected().and_then(|h| self.picker.entry(h)).map(|e| (e.kind, e.label.clone()));
        self.refresh_picker_index();
        let Some((kind, label)) = picked else { return };
        match (choice, kind) {
            (Choice::MergeInto(entity), EntryKind::Entity(i)) => {
                let into = self.analysis.as_ref().and_then(|a| a.entities.get(i)).map(|e| e.name.clone());
                if let Some(into) = into {
                    self.correct(Correction::Merge { entity, into });
                }
            }
            (Choice::SplitOff(entity), _) => {
                let alias = self
                    .analysis
                    .as_ref()
                    .and_then(|a| a.entities.iter().find(|e| e.name == entity))
                    .and_then(|e| {
                        e.aliases.iter().find(|al| crate::display::sanitize_line(al).trim() == label)
                    })
                    .cloned();
                if let Some(alias) = alias {
                    self.correct(Correction::SplitAlias { entity, alias });
                }
            }
            _ => {}
        }
    }
}
