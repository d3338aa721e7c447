//! Bookmarks: `m` + letter remembers the reading position under that letter, `'` + letter
//! jumps back to it (a recorded jump, so Back returns). The two actions wait for the next
//! key, which is read here rather than through the keymap: any letter names a bookmark.
//!
//! Bookmarks are byte offsets, like every other position, so they survive resizes and are
//! what the store saves.

use super::State;
use crate::document::Document;
use crate::search::{EntryKind, PickerIndex};
use crate::span::Span;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What the next key is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkOp {
    Set,
    Goto,
}

#[derive(Debug, Clone, Default)]
pub struct Marks {
    pub map: BTreeMap<char, usize>,
    /// Set by `m` or `'`, consumed by the next key.
    pub pending: Option<MarkOp>,
}

impl State {
    /// The key after `m` or `'`: a letter sets or jumps; anything else cancels.
    pub fn finish_mark(&mut self, op: MarkOp, key: Option<char>) {
        if key.is_none() {
            return; // Esc or another non-character key: cancelled.
        }
        let Some(c) = key.filter(|c| c.is_ascii_alphabetic()) else {
            self.message = Some("bookmarks are letters a–z, A–Z".into());
            return;
        };
        match op {
            MarkOp::Set => {
                let here = self.here();
                self.marks.map.insert(c, here);
                self.dirty = true;
                self.refresh_bookmarks();
                self.message = Some(format!("bookmark {c} set"));
            }
            MarkOp::Goto => match self.marks.map.get(&c).copied() {
                Some(byte) => {
                    self.jump_exact(byte);
                    self.message = Some(format!("bookmark {c}"));
                }
                None => self.message = Some(format!("no bookmark {c}")),
            },
        }
    }

    /// A recorded jump that puts `byte` at the very top (a bookmark is a reading position).
    pub fn jump_exact(&mut self, byte: usize) {
        let here = self.here();
        self.history.push(here);
        let doc = std::sync::Arc::clone(&self.doc);
        self.reader.jump_to(&doc, byte.min(doc.text.len()), 0);
        self.selection.current = None;
    }

    /// Rebuilds the picker's index (entities, aliases, events, headings, then bookmarks) in
    /// the background ([`super::picker::PickerState::spawn`]); the picker takes it over when
    /// it is next used.
    pub fn refresh_picker_index(&mut self) {
        let Some(a) = self.analysis.clone() else { return };
        let doc = Arc::clone(&self.doc);
        let marks = self.marks.map.clone();
        self.picker.spawn(move || {
            let mut index = PickerIndex::new(&doc, &a);
            let base = index.len();
            push_bookmarks(&mut index, &doc, &marks);
            (index, base)
        });
    }

    /// A bookmark changed: the bookmark entries at the end of the index are replaced and
    /// nothing else is rebuilt.
    fn refresh_bookmarks(&mut self) {
        self.picker.ready();
        let Some(index) = self.picker.index.as_mut() else { return };
        index.truncate(self.picker.base);
        push_bookmarks(index, &self.doc, &self.marks.map);
    }
}

/// Adds a picker entry for each bookmark.
fn push_bookmarks(index: &mut PickerIndex, doc: &Document, marks: &BTreeMap<char, usize>) {
    for (&c, &byte) in marks {
        let at = byte.min(doc.text.len());
        let detail = crate::search::context::snippet(doc, Span::new(at, at), 80);
        index.push(&format!("bookmark {c}"), EntryKind::Bookmark(c as usize), Span::new(at, at), detail);
    }
}
