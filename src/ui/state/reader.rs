//! The reading view's state: where the text is scrolled to, wrapped lazily.
//!
//! A position is (block, row within the block) rather than a global line number, so that only
//! the blocks actually looked at are ever wrapped: opening a 3 MB book wraps one screenful,
//! and a resize to a new width re-wraps one screenful. Each block's wrapped lines are cached
//! per text width: the caches of the last few widths are kept (a panel toggled, a window
//! dragged back and forth, returns to a width already wrapped), the oldest dropped. The byte at the top of the screen (`anchor`, the
//! start of the sentence being read) survives resizes, so reflowing keeps your place. The
//! visible rows are computed here, in `update`, so drawing only reads them.

use super::super::wrap::{self, Line};
use crate::document::{BlockKind, Document};
use std::collections::HashMap;

/// Wrapped lines by block index, for one width.
type Cache = HashMap<usize, Vec<Line>>;

/// How many widths besides the current one keep their wrapped blocks.
const SPARE_WIDTHS: usize = 3;

/// A row position: block index and row within it (the last row of every block but the last
/// is the blank line that spaces paragraphs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub block: usize,
    pub row: usize,
}

/// One row of the viewport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Text { block: usize, kind: BlockKind, line: Line },
    Blank,
}

#[derive(Debug, Clone)]
pub struct ReaderState {
    /// Maximum text width (`--width`).
    pub max_width: usize,
    /// How lines are broken (set before the first resize: the cache is not re-wrapped).
    pub breaking: wrap::Breaking,
    /// Width the cache is wrapped for.
    pub text_width: usize,
    /// Rows in the viewport.
    pub height: usize,
    pub top: Pos,
    /// The byte kept at the top across resizes.
    pub anchor: usize,
    cache: Cache,
    /// Caches of other recent widths (with the breaking they were wrapped with), newest last.
    spare: Vec<((usize, wrap::Breaking), Cache)>,
    /// The rows on screen, recomputed after every change.
    pub visible: Vec<Row>,
    /// Reading progress in percent, recomputed with `visible`.
    pub percent: usize,
}

impl ReaderState {
    pub fn new(max_width: usize) -> Self {
        ReaderState {
            max_width: max_width.max(1),
            breaking: wrap::Breaking::default(),
            text_width: 0,
            height: 0,
            top: Pos::default(),
            anchor: 0,
            cache: HashMap::new(),
            spare: Vec::new(),
            visible: Vec::new(),
            percent: 0,
        }
    }

    /// Wrapped lines of a block (wrapping it on first use).
    pub fn lines(&mut self, doc: &Document, block: usize) -> &[Line] {
        let (width, breaking) = (self.text_width, self.breaking);
        self.cache.entry(block).or_insert_with(|| match doc.blocks.get(block) {
            Some(b) => {
                let code = b.kind == BlockKind::Code;
                wrap::wrap_with(&doc.text, b.span.start, b.span.end, width, code, breaking)
            }
            None => Vec::new(),
        })
    }

    /// Rows a block takes: its lines plus a spacer unless it is the last.
    fn rows(&mut self, doc: &Document, block: usize) -> usize {
        let n = self.lines(doc, block).len().max(1);
        if block + 1 < doc.blocks.len() { n + 1 } else { n }
    }

    fn end_pos(&mut self, doc: &Document) -> Pos {
        match doc.blocks.len() {
            0 => Pos::default(),
            n => Pos { block: n - 1, row: self.rows(doc, n - 1) - 1 },
        }
    }

    /// Moves `pos` down by `n` rows, stopping at the last row.
    fn advance(&mut self, doc: &Document, mut pos: Pos, mut n: usize) -> Pos {
        let end = self.end_pos(doc);
        while n > 0 && pos < end {
            let rows = self.rows(doc, pos.block);
            let step = n.min(rows - 1 - pos.row.min(rows - 1));
            if step > 0 {
                pos.row += step;
                n -= step;
            } else {
                pos = Pos { block: pos.block + 1, row: 0 };
                n -= 1;
            }
        }
        pos.min(end)
    }

    /// Moves `pos` up by `n` rows, stopping at the first.
    fn retreat(&mut self, doc: &Document, mut pos: Pos, mut n: usize) -> Pos {
        while n > 0 && pos > Pos::default() {
            if pos.row >= n {
                pos.row -= n;
                return pos;
            }
            n -= pos.row;
            if pos.block == 0 {
                return Pos::default();
            }
            let prev = pos.block - 1;
            pos = Pos { block: prev, row: self.rows(doc, prev) - 1 };
            n -= 1;
        }
        pos
    }

    /// `pos`, or [`Self::max_top`] when `pos` is past it. Far from the end this wraps nothing
    /// more: every block but the last takes at least two rows (a line and the spacer), so
    /// enough blocks after `pos` put it before the furthest top without wrapping them.
    fn clamp_top(&mut self, doc: &Document, pos: Pos) -> Pos {
        if self.far_from_end(doc, pos) { pos } else { pos.min(self.max_top(doc)) }
    }

    /// Whether at least a screenful of rows surely follows `pos` (see [`Self::clamp_top`]).
    fn far_from_end(&self, doc: &Document, pos: Pos) -> bool {
        let after = doc.blocks.len().saturating_sub(pos.block + 1);
        after > 0 && 2 * after > self.height
    }

    /// The furthest the top can go: the last row at the bottom of the screen.
    pub fn max_top(&mut self, doc: &Document) -> Pos {
        let end = self.end_pos(doc);
        self.retreat(doc, end, self.height.saturating_sub(1))
    }

    /// The byte offset shown at a position.
    pub fn byte_at(&mut self, doc: &Document, pos: Pos) -> usize {
        let Some(block) = doc.blocks.get(pos.block).copied() else {
            return doc.text.len();
        };
        match self.lines(doc, pos.block).get(pos.row) {
            Some(l) => l.start,
            None => block.span.end,
        }
    }

    /// The position showing byte `pos` (its line).
    pub fn pos_of(&mut self, doc: &Document, byte: usize) -> Pos {
        if doc.blocks.is_empty() {
            return Pos::default();
        }
        let block = doc.blocks.partition_point(|b| b.span.end <= byte).min(doc.blocks.len() - 1);
        let lines = self.lines(doc, block);
        Pos { block, row: wrap::line_of(lines, byte) }
    }

    /// Byte offset at the top of the screen.
    pub fn top_byte(&mut self, doc: &Document) -> usize {
        self.byte_at(doc, self.top)
    }

    /// Sets the top, clamped, and remembers the sentence there as the anchor.
    fn set_top(&mut self, doc: &Document, pos: Pos) {
        self.top = self.clamp_top(doc, pos);
        self.anchor = self.sentence_anchor(doc);
        self.refresh(doc);
    }

    /// The sentence being read at the top: the first one starting on the top line, else the
    /// one the top line continues.
    fn sentence_anchor(&mut self, doc: &Document) -> usize {
        let byte = self.top_byte(doc);
        let Some(block) = doc.blocks.get(self.top.block).copied() else {
            return byte;
        };
        let top = self.top;
        let line_end = self.lines(doc, top.block).get(top.row).map_or(byte, |l| l.end);
        let i = doc.sentences.partition_point(|s| s.start < byte);
        match doc.sentences.get(i) {
            Some(s) if s.start < line_end => return s.start,
            _ => {}
        }
        match i.checked_sub(1).and_then(|j| doc.sentences.get(j)) {
            Some(s) if s.end > byte && s.start >= block.span.start => s.start,
            _ => byte,
        }
    }

    /// Scrolls by `delta` rows.
    pub fn scroll(&mut self, doc: &Document, delta: isize) {
        let pos = if delta >= 0 {
            self.advance(doc, self.top, delta.unsigned_abs())
        } else {
            self.retreat(doc, self.top, delta.unsigned_abs())
        };
        self.set_top(doc, pos);
    }

    pub fn to_start(&mut self, doc: &Document) {
        self.set_top(doc, Pos::default());
    }

    pub fn to_end(&mut self, doc: &Document) {
        let end = self.end_pos(doc);
        self.set_top(doc, end);
    }

    /// Shows byte `byte` with `context` rows above it.
    pub fn jump_to(&mut self, doc: &Document, byte: usize, context: usize) {
        let pos = self.pos_of(doc, byte);
        let pos = self.retreat(doc, pos, context);
        self.set_top(doc, pos);
    }

    /// Whether byte `byte` is on screen.
    pub fn shows(&self, byte: usize) -> bool {
        self.visible.iter().any(|r| matches!(r, Row::Text { line, .. } if line.start <= byte && byte < line.end.max(line.start + 1)))
    }

    /// Adapts to a new viewport: re-wraps if the width changed and keeps the anchor at the top.
    pub fn resize(&mut self, doc: &Document, pane_width: usize, height: usize) {
        let width = pane_width.min(self.max_width).max(1);
        self.height = height;
        if width != self.text_width {
            // Reflow: the anchor sentence goes back to the top.
            self.swap_cache(width);
            let anchor = self.anchor;
            self.top = self.pos_of(doc, anchor);
        }
        self.top = self.clamp_top(doc, self.top);
        self.refresh(doc);
    }

    /// Makes `width` the current width, keeping the current cache as a spare and taking back
    /// the spare of `width` when there is one.
    fn swap_cache(&mut self, width: usize) {
        let old = std::mem::take(&mut self.cache);
        if !old.is_empty() {
            self.spare.push(((self.text_width, self.breaking), old));
            if self.spare.len() > SPARE_WIDTHS {
                self.spare.remove(0);
            }
        }
        let key = (width, self.breaking);
        if let Some(i) = self.spare.iter().position(|(k, _)| *k == key) {
            self.cache = self.spare.remove(i).1;
        }
        self.text_width = width;
    }

    /// Recomputes the visible rows.
    fn refresh(&mut self, doc: &Document) {
        let mut rows = Vec::with_capacity(self.height);
        let mut pos = self.top;
        while rows.len() < self.height && pos.block < doc.blocks.len() {
            let kind = doc.blocks[pos.block].kind;
            let lines = self.lines(doc, pos.block);
            match lines.get(pos.row) {
                Some(&line) => rows.push(Row::Text { block: pos.block, kind, line }),
                None => rows.push(Row::Blank),
            }
            let total = self.rows(doc, pos.block);
            pos = if pos.row + 1 < total {
                Pos { block: pos.block, row: pos.row + 1 }
            } else {
                Pos { block: pos.block + 1, row: 0 }
            };
        }
        self.visible = rows;
        self.percent = self.compute_percent(doc);
    }

    /// Reading progress in percent.
    fn compute_percent(&mut self, doc: &Document) -> usize {
        let top = self.top;
        if doc.text.is_empty() || (!self.far_from_end(doc, top) && top >= self.max_top(doc)) {
            return 100;
        }
        self.top_byte(doc) * 100 / doc.text.len()
    }

    /// Byte range on screen.
    pub fn visible_range(&self) -> (usize, usize) {
        let mut it = self.visible.iter().filter_map(|r| match r {
            Row::Text { line, .. } => Some(*line),
            Row::Blank => None,
        });
        let first = it.next();
        let last = it.next_back().or(first);
        match (first, last) {
            (Some(a), Some(b)) => (a.start, b.end),
            _ => (0, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, load_bytes};

    fn doc(text: &str) -> Document {
        load_bytes(text.as_bytes(), "t", Some(Format::Text), "t")
    }

    fn text_rows(r: &ReaderState, d: &Document) -> Vec<String> {
        r.visible
            .iter()
            .map(|row| match row {
                Row::Text { line, .. } => d.text[line.start..line.end].to_string(),
                Row::Blank => String::new(),
            })
            .collect()
    }

    #[test]
    fn scrolls_lazily_and_clamps() {
        let d = doc("one two three four\n\nfive six seven\n\neight\n");
        let mut r = ReaderState::new(80);
        r.resize(&d, 9, 3);
        assert_eq!(text_rows(&r, &d), vec!["one two", "three", "four"]);
        r.scroll(&d, 2);
        assert_eq!(text_rows(&r, &d), vec!["four", "", "five six"]);
        r.scroll(&d, 100);
        assert_eq!(text_rows(&r, &d), vec!["seven", "", "eight"]);
        assert_eq!(r.percent, 100);
        r.scroll(&d, -100);
        assert_eq!(r.top, Pos::default());
        r.to_end(&d);
        assert_eq!(text_rows(&r, &d), vec!["seven", "", "eight"]);
    }

    #[test]
    fn resize_keeps_the_sentence_at_the_top() {
        let d = doc("Alpha beta gamma. Delta epsilon zeta eta. Theta iota kappa lambda.\n");
        let mut r = ReaderState::new(80);
        r.resize(&d, 12, 2);
        let delta = d.text.find("Delta").unwrap();
        r.jump_to(&d, delta, 0);
        assert_eq!(r.anchor, delta);
        for w in [30, 7, 50, 12] {
            r.resize(&d, w, 2);
            assert!(r.shows(delta), "width {w}");
            assert_eq!(r.anchor, delta);
        }
    }

    #[test]
    fn empty_documents_have_no_rows() {
        let d = doc("");
        let mut r = ReaderState::new(80);
        r.resize(&d, 20, 5);
        r.scroll(&d, 3);
        r.to_end(&d);
        assert!(r.visible.is_empty());
        assert_eq!(r.percent, 100);
    }
}
