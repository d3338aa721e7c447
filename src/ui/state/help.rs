//! The help overlay's page: where the bindings go for a screen size, and its scrolling.
//!
//! The page is a pure function of the keymap and the main area, used by the state (to clamp
//! the scroll) and by drawing, so both agree. The bindings are balanced over as many columns
//! as fit with their keys and descriptions whole; a column that starts inside a section
//! repeats the section's title ("… (cont.)"), so every column has a heading. When the page
//! is taller than the screen it scrolls (j/k, PgDn/PgUp, g/G in the `help` keymap table);
//! any other key closes it.

use super::{Effect, State};
use crate::ui::action::Action;
use crate::ui::keymap::{Command, Keymap, help_entries};
use crate::ui::layout::{centered, inner};
use crate::ui::wrap::width;
use ratatui::layout::Rect;

/// One line of a help column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A section title.
    Title(String),
    /// Keys and what they do.
    Binding(String, String),
}

/// The help laid out for a screen.
#[derive(Debug, Clone)]
pub struct HelpPage {
    /// The bordered box.
    pub area: Rect,
    /// Inside the border.
    pub body: Rect,
    /// Columns of lines, left to right.
    pub columns: Vec<Vec<HelpLine>>,
    /// Columns of each help column.
    pub col_width: u16,
    /// Columns given to the keys in each column.
    pub key_width: usize,
}

impl HelpPage {
    /// Lays the keymap's help out in `main`.
    pub fn new(keymap: &Keymap, main: Rect) -> HelpPage {
        // Full width on most screens, so no panel border shows right beside the box's.
        let w = if main.width >= 130 { 120 } else { main.width };
        let area = centered(main, w, main.height);
        let body = inner(area);
        let entries = help_entries(keymap);
        let widest = |f: fn(&(Option<String>, String)) -> usize| entries.iter().map(f).max().unwrap_or(0);
        let key_w = widest(|(k, _)| k.as_deref().map_or(0, width)) + 2;
        let desc_w = widest(|(k, d)| if k.is_some() { width(d) } else { 0 });
        let fit = (body.width as usize / (key_w + desc_w + 2)).max(1);
        let per = entries.len().div_ceil(fit).max(1);
        let mut columns = Vec::new();
        let mut title = String::new();
        for chunk in entries.chunks(per) {
            let mut col = Vec::new();
            if chunk.first().is_some_and(|(k, _)| k.is_some()) {
                col.push(HelpLine::Title(format!("{title} (cont.)")));
            }
            for (k, d) in chunk {
                match k {
                    None => {
                        title = d.clone();
                        col.push(HelpLine::Title(d.clone()));
                    }
                    Some(k) => col.push(HelpLine::Binding(k.clone(), d.clone())),
                }
            }
            columns.push(col);
        }
        let col_width = body.width / columns.len().max(1) as u16;
        let key_width = key_w.min(col_width as usize / 2);
        HelpPage { area, body, columns, col_width, key_width }
    }

    /// The lines of column `c` on screen when scrolled by `scroll`: the top line always names
    /// the section it is in ("… (cont.)" when the section's title has scrolled away).
    pub fn visible(&self, c: usize, scroll: usize) -> Vec<HelpLine> {
        let Some(column) = self.columns.get(c) else { return Vec::new() };
        let rows = self.body.height as usize;
        let start = scroll.min(column.len());
        let mut out = Vec::with_capacity(rows);
        if !matches!(column.get(start), Some(HelpLine::Title(_)) | None) {
            let title = column[..start].iter().rev().find_map(|l| match l {
                HelpLine::Title(t) => Some(t.trim_end_matches(" (cont.)").to_string()),
                HelpLine::Binding(..) => None,
            });
            if let Some(t) = title {
                out.push(HelpLine::Title(format!("{t} (cont.)")));
            }
        }
        let room = rows.saturating_sub(out.len());
        out.extend(column[start..].iter().take(room).cloned());
        out
    }

    /// The largest scroll offset: the tallest column's rows beyond the screen.
    pub fn max_scroll(&self) -> usize {
        let tallest = self.columns.iter().map(Vec::len).max().unwrap_or(0);
        let rows = self.body.height as usize;
        // Scrolled, the top row is the section's repeated title: one more row to go.
        if tallest > rows { tallest - rows + 1 } else { 0 }
    }
}

impl State {
    /// A key while the help is open: it scrolls, Ctrl-c / Ctrl-z still work, others close it.
    pub(super) fn help_key(&mut self, command: Option<Command>) -> Effect {
        let page = HelpPage::new(&self.keymap, self.layout.main);
        let rows = page.body.height.max(1) as isize;
        let by = match command {
            Some(Command::Act(a @ (Action::Quit | Action::Suspend))) => return self.update(a),
            Some(Command::Act(Action::Down)) => 1,
            Some(Command::Act(Action::Up)) => -1,
            Some(Command::Act(Action::PageDown)) => rows,
            Some(Command::Act(Action::PageUp)) => -rows,
            Some(Command::Act(Action::Top)) => -(isize::MAX / 2),
            Some(Command::Act(Action::Bottom)) => isize::MAX / 2,
            _ => {
                self.help = false;
                self.help_scroll = 0;
                return Effect::None;
            }
        };
        self.help_scroll = self.help_scroll.saturating_add_signed(by).min(page.max_scroll());
        Effect::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_heading_and_nothing_is_lost() {
        let km = Keymap::builtin().unwrap();
        let n = help_entries(&km).len();
        for (w, h) in [(20, 6), (80, 24), (120, 40), (200, 60)] {
            let page = HelpPage::new(&km, Rect::new(0, 0, w, h - 1));
            assert!(page.area.right() <= w && page.area.bottom() < h);
            for col in &page.columns {
                assert!(matches!(col.first(), Some(HelpLine::Title(_))), "{w}x{h}");
            }
            let bindings: usize =
                page.columns.iter().flatten().filter(|l| matches!(l, HelpLine::Binding(..))).count();
            let titles = help_entries(&km).iter().filter(|(k, _)| k.is_none()).count();
            assert_eq!(bindings, n - titles, "{w}x{h}");
        }
        // Scrolled into a section, a column still starts with its title.
        let page = HelpPage::new(&km, Rect::new(0, 0, 80, 23));
        assert!(matches!(&page.visible(0, 3)[0], HelpLine::Title(t) if t == "Reading (cont.)"));
        let end = page.visible(0, page.max_scroll());
        assert_eq!(end.last(), page.columns[0].last(), "the last line can be scrolled to");
        // Wide screens show everything at once; small ones scroll.
        assert_eq!(HelpPage::new(&km, Rect::new(0, 0, 200, 59)).max_scroll(), 0);
        assert!(HelpPage::new(&km, Rect::new(0, 0, 80, 23)).max_scroll() > 0);
    }
}
