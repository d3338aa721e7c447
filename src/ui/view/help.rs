//! The help overlay, generated from the keymap tables so it always tells the truth: one
//! section per mode, each binding as "keys  what it does", flowed into columns.

use crate::ui::action::Action;
use crate::ui::keymap::Keymap;
use crate::ui::layout::{centered, inner};
use crate::ui::state::State;
use crate::ui::view::status::truncate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Sections of the help, in order: (title, tables).
const SECTIONS: [(&str, &[&str]); 4] = [
    ("Reading", &["reader"]),
    ("Everywhere", &["common", "always"]),
    ("Panels and lists", &["list"]),
    ("Typing (picker, search, filter)", &["input"]),
];

/// Entries of the help: `None` key is a section title.
pub fn entries(keymap: &Keymap) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for (title, tables) in SECTIONS {
        out.push((None, title.to_string()));
        for t in tables {
            let Some(table) = keymap.table(t) else { continue };
            for action in table.keys() {
                let Some(keys) = keymap.keys_label(t, *action) else { continue };
                // Lists page and jump with the same keys as the reader: say it once.
                let same_as_reader =
                    *t == "list" && keymap.keys_label("reader", *action).as_deref() == Some(&keys);
                let same_as_common = *t == "input"
                    && *action == Action::Close
                    && keymap.keys_label("common", *action) == Some(keys.clone());
                if !same_as_reader && !same_as_common {
                    out.push((Some(keys), action.describe().to_string()));
                }
            }
        }
    }
    out
}

pub fn draw(frame: &mut Frame, state: &State) {
    let theme = &state.theme;
    let area = centered(
        state.layout.main,
        state.layout.main.width.saturating_sub(2).min(120),
        state.layout.main.height,
    );
    frame.render_widget(Clear, area);
    let block = Block::bordered().title(" Keys — any key closes ").border_style(theme.border(true));
    frame.render_widget(block, area);
    let body = inner(area);
    if body.height == 0 || body.width == 0 {
        return;
    }
    let items = entries(&state.keymap);
    let col_w: u16 = 38;
    let cols = (body.width / col_w).max(1);
    let col_w = body.width / cols;
    let rows = body.height as usize;
    let widest =
        items.iter().filter_map(|(k, _)| k.as_deref().map(crate::ui::wrap::width)).max().unwrap_or(0);
    let key_w = (widest + 1).min(col_w as usize / 2);
    let mut col = 0u16;
    let mut row = 0usize;
    for (key, text) in items {
        if row >= rows {
            col += 1;
            row = 0;
            if col >= cols {
                break;
            }
        }
        // A section title never ends a column.
        if key.is_none() && row + 1 >= rows && rows > 1 {
            col += 1;
            row = 0;
            if col >= cols {
                break;
            }
        }
        let line = match key {
            None => Line::styled(text, theme.heading()),
            Some(k) => Line::from(vec![
                Span::styled(
                    format!("{:<key_w$}", truncate(&k, key_w.saturating_sub(1))),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(truncate(&text, (col_w as usize).saturating_sub(key_w + 1))),
            ]),
        };
        let r = Rect::new(body.x + col * col_w, body.y + row as u16, col_w, 1);
        frame.render_widget(Paragraph::new(line), r);
        row += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_listed() {
        let km = Keymap::builtin().unwrap();
        let listed = entries(&km);
        for table in ["reader", "common", "always"] {
            for action in km.table(table).unwrap().keys() {
                let keys = km.keys_label(table, *action).unwrap();
                assert!(
                    listed.iter().any(|(k, d)| k.as_deref() == Some(keys.as_str()) && d == action.describe()),
                    "{table}: {action:?} missing from the help"
                );
            }
        }
        assert!(listed.iter().any(|(k, d)| k.is_none() && d == "Reading"));
    }
}
