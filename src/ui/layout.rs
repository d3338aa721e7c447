//! Where each pane goes for a terminal size: a pure function of the size and which panels
//! are shown, used by `update` (to size scrolling and lists) and by drawing (to place
//! widgets), so both always agree.
//!
//! Wide screens (≥ 100 columns) dock the entities panel above the timeline on the right;
//! narrower ones give the text the whole width and open a panel as an overlay on request.
//! Docked panels take a share of the width ([`PANEL_SHARE`], within [`PANEL_MIN`] to
//! [`PANEL_MAX`]), so they widen with the terminal and long dates fit; the config's
//! `panel_width` wins when it is set.

use ratatui::layout::Rect;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;
/// From this width on, panels dock beside the text.
pub const WIDE: u16 = 100;
/// Docked panels take this percentage of the width...
pub const PANEL_SHARE: u16 = 36;
/// ...but never fewer columns than this...
pub const PANEL_MIN: u16 = 34;
/// ...nor more.
pub const PANEL_MAX: u16 = 80;

/// A side panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Entities,
    Timeline,
}

/// Which panels are on screen: docked (wide) or as an overlay (narrow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub entities: bool,
    pub timeline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Layout {
    pub too_small: bool,
    pub wide: bool,
    /// The title line above the text.
    pub header: Rect,
    /// The text pane.
    pub reader: Rect,
    pub entities: Option<Rect>,
    pub timeline: Option<Rect>,
    pub status: Rect,
    /// Everything above the status bar (for overlays).
    pub main: Rect,
}

impl Layout {
    pub fn compute(width: u16, height: u16, shown: Shown) -> Layout {
        Layout::compute_with(width, height, shown, None)
    }

    /// As [`Layout::compute`], with the side panels `panel` columns wide (the config's
    /// `panel_width`), never leaving the text less than half the screen.
    pub fn compute_with(width: u16, height: u16, shown: Shown, panel: Option<u16>) -> Layout {
        let area = Rect::new(0, 0, width, height);
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Layout { too_small: true, main: area, ..Layout::default() };
        }
        let wide = width >= WIDE;
        let status = Rect::new(0, height - 1, width, 1);
        let main = Rect::new(0, 0, width, height - 1);
        let mut left = main;
        let (mut entities, mut timeline) = (None, None);
        if wide && (shown.entities || shown.timeline) {
            let side = match panel {
                Some(p) => p.clamp(20, width / 2),
                None => (width * PANEL_SHARE / 100).clamp(PANEL_MIN, PANEL_MAX),
            };
            left = Rect::new(0, 0, width - side, main.height);
            let right = Rect::new(width - side, 0, side, main.height);
            match (shown.entities, shown.timeline) {
                (true, true) => {
                    let top = (right.height * 55 / 100).max(3);
                    entities = Some(Rect::new(right.x, 0, side, top));
                    timeline = Some(Rect::new(right.x, top, side, right.height - top));
                }
                (true, false) => entities = Some(right),
                _ => timeline = Some(right),
            }
        } else if !wide {
            // Overlays over the text, leaving the title line visible.
            let over = Rect::new(0, 1, width, main.height - 1);
            if shown.entities {
                entities = Some(over);
            } else if shown.timeline {
                timeline = Some(over);
            }
        }
        let header = Rect::new(left.x, 0, left.width, 1);
        let reader = Rect::new(left.x, 1, left.width, left.height - 1);
        Layout { too_small: false, wide, header, reader, entities, timeline, status, main }
    }

    /// Where the text column sits in the reader pane: (x, width) for a maximum width.
    pub fn text_column(&self, max_width: usize) -> (u16, u16) {
        let pane = self.reader.width.saturating_sub(2).max(1);
        let w = (max_width.min(u16::MAX as usize) as u16).min(pane).max(1);
        (self.reader.x + (self.reader.width - w) / 2, w)
    }

    pub fn panel(&self, p: Panel) -> Option<Rect> {
        match p {
            Panel::Entities => self.entities,
            Panel::Timeline => self.timeline,
        }
    }
}

/// The inside of a bordered box.
pub fn inner(r: Rect) -> Rect {
    Rect::new(r.x + 1, r.y + 1, r.width.saturating_sub(2), r.height.saturating_sub(2))
}

/// A centred box of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// The picker box inside the main area: (input line, hit list, preview).
pub fn picker_areas(main: Rect) -> (Rect, Rect, Rect) {
    let b = inner(picker_box(main));
    let input = Rect::new(b.x, b.y, b.width, 1.min(b.height));
    let body = Rect::new(b.x, b.y + input.height, b.width, b.height.saturating_sub(input.height + 1));
    let body = Rect::new(body.x, body.y + 1.min(b.height.saturating_sub(1)), body.width, body.height);
    if body.width >= 70 {
        let lw = body.width * 11 / 20;
        (
            input,
            Rect::new(body.x, body.y, lw, body.height),
            Rect::new(body.x + lw + 1, body.y, body.width - lw - 1, body.height),
        )
    } else {
        let ph = (body.height / 3).min(5);
        let lh = body.height - ph;
        (input, Rect::new(body.x, body.y, body.width, lh), Rect::new(body.x, body.y + lh, body.width, ph))
    }
}

/// The picker's box.
pub fn picker_box(main: Rect) -> Rect {
    centered(main, main.width.saturating_sub(4).min(110), main.height.saturating_sub(2).min(30))
}

/// The detail view's box.
pub fn detail_box(main: Rect) -> Rect {
    centered(main, main.width.saturating_sub(4).min(110), main.height.saturating_sub(2))
}

/// Rows above the mention list in the detail view.
pub const DETAIL_HEADER: u16 = 7;

/// The detail view's mention list.
pub fn detail_list(main: Rect) -> Rect {
    let b = inner(detail_box(main));
    let top = DETAIL_HEADER.min(b.height);
    Rect::new(b.x, b.y + top, b.width, b.height - top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_docks_narrow_overlays() {
        let both = Shown { entities: true, timeline: true };
        let l = Layout::compute(120, 40, both);
        assert!(l.wide && !l.too_small);
        let e = l.entities.unwrap();
        let t = l.timeline.unwrap();
        assert_eq!(e.x, t.x);
        assert!(l.reader.right() <= e.x);
        assert_eq!(e.bottom(), t.y);
        let n = Layout::compute(80, 24, both);
        assert_eq!(n.reader.width, 80);
        assert_eq!(n.entities.unwrap().width, 80);
        assert!(Layout::compute(19, 24, both).too_small);
        assert!(Layout::compute(20, 5, both).too_small);
        let p = Layout::compute_with(200, 60, both, Some(30));
        assert_eq!(p.entities.unwrap().width, 30);
        assert_eq!(Layout::compute_with(120, 40, both, Some(200)).entities.unwrap().width, 60);
        let (x, w) = Layout::compute(200, 60, Shown { entities: false, timeline: false }).text_column(80);
        assert_eq!((x, w), (60, 80));
    }

    #[test]
    fn panels_widen_with_the_terminal() {
        let both = Shown { entities: true, timeline: true };
        let w = |cols| Layout::compute(cols, 40, both).entities.unwrap().width;
        assert_eq!(w(100), 36);
        assert_eq!(w(120), 43);
        assert_eq!(w(200), 72);
        assert_eq!(w(300), PANEL_MAX);
        assert!(w(200) > w(120));
        // The text keeps at least its 80 columns beside them at 200.
        assert!(Layout::compute(200, 40, both).reader.width >= 82);
    }
}
