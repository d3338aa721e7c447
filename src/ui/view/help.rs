//! The help overlay, generated from the keymap tables so it always tells the truth: one
//! section per mode, each binding as "keys  what it does", flowed into columns.

#[cfg(test)]
use crate::ui::keymap::Keymap;
use crate::ui::keymap::help_entries;
use crate::ui::layout::{centered, inner};
use crate::ui::state::State;
use crate::ui::view::status::truncate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

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
    let items = help_entries(&state.keymap);
    let col_w: u16 = 38;
    let cols = (body.width / col_w).max(1);
    let col_w = body.width / cols;
    let rows = body.height as usize;
    let widest =
        items.iter().filter_map(|(k, _)| k.as_deref().map(crate::ui::wrap::width)).max().unwrap_or(0);
    let key_w = (widest + 1).min(col_w as usize / 2);
    let mut col = 0u16;
    let mut row = 0usize;
    let n = items.len();
    for (i, (key, text)) in items.into_iter().enumerate() {
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
        // Too many to show: the last cell says where the rest is.
        let more = col + 1 == cols && row + 1 == rows && i + 1 < n;
        let line = match key {
            _ if more => {
                Line::styled(truncate("… more: dossier --print-keymap", col_w as usize), theme.dim())
            }
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
        if more {
            break;
        }
        row += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_is_listed() {
        let km = Keymap::builtin().unwrap();
        let listed = help_entries(&km);
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
