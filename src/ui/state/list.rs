//! A cursor over a scrolling list: the selected row and the first row shown, kept consistent
//! in `update` so that list widgets only read them.

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
    /// Rows visible (set from the layout).
    pub height: usize,
}

impl ListCursor {
    /// Moves by `delta` within `len` rows and scrolls the selection into view.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        if len == 0 {
            self.selected = 0;
            self.offset = 0;
            return;
        }
        let s = self.selected as isize + delta;
        self.selected = s.clamp(0, len as isize - 1) as usize;
        self.follow(len);
    }

    pub fn set(&mut self, row: usize, len: usize) {
        self.selected = row.min(len.saturating_sub(1));
        self.follow(len);
    }

    /// Keeps the selected row visible and the offset in range.
    pub fn follow(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        let h = self.height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + h {
            self.offset = self.selected + 1 - h;
        }
        self.offset = self.offset.min(len.saturating_sub(h));
    }

    /// Scrolls the view by `delta` rows (the mouse wheel), the selection kept inside it.
    pub fn scroll(&mut self, delta: isize, len: usize) {
        let h = self.height.max(1);
        let max = len.saturating_sub(h);
        self.offset = self.offset.saturating_add_signed(delta).min(max);
        self.selected = self.selected.clamp(self.offset, (self.offset + h - 1).min(len.saturating_sub(1)));
    }

    pub fn resize(&mut self, height: usize, len: usize) {
        self.height = height;
        self.follow(len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wheel_scrolls_the_view() {
        let mut c = ListCursor { height: 3, ..Default::default() };
        c.scroll(3, 10);
        assert_eq!((c.selected, c.offset), (3, 3));
        c.scroll(30, 10);
        assert_eq!((c.selected, c.offset), (7, 7));
        c.scroll(-3, 10);
        assert_eq!((c.selected, c.offset), (6, 4));
        c.scroll(1, 2);
        assert_eq!(c.offset, 0);
    }

    #[test]
    fn follows_and_clamps() {
        let mut c = ListCursor { height: 3, ..Default::default() };
        c.move_by(5, 10);
        assert_eq!((c.selected, c.offset), (5, 3));
        c.move_by(100, 10);
        assert_eq!((c.selected, c.offset), (9, 7));
        c.move_by(-100, 10);
        assert_eq!((c.selected, c.offset), (0, 0));
        c.move_by(1, 0);
        assert_eq!((c.selected, c.offset), (0, 0));
    }
}
