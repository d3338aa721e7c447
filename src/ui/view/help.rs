//! The help overlay, generated from the keymap tables so it always tells the truth: one
//! section per mode, each binding as "keys  what it does", in the columns
//! [`HelpPage`] lays out, scrolled by the state's `help_scroll`.

use crate::ui::state::State;
use crate::ui::state::help::{HelpLine, HelpPage};
use crate::ui::view::status::truncate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Draws the help overlay.
pub fn draw(frame: &mut Frame, state: &State) {
    let theme = &state.theme;
    let page = HelpPage::new(&state.keymap, state.layout.main);
    frame.render_widget(Clear, page.area);
    let scroll = state.help_scroll.min(page.max_scroll());
    let title = if page.max_scroll() > 0 {
        " Keys — j/k, PgDn scroll · any other key closes "
    } else {
        " Keys — any key closes "
    };
    let mut block = Block::bordered().title(title).border_style(theme.border(true));
    if scroll < page.max_scroll() {
        block = block.title_bottom(Line::styled(" ↓ more ", theme.dim()).right_aligned());
    }
    frame.render_widget(block, page.area);
    let body = page.body;
    if body.height == 0 || body.width == 0 {
        return;
    }
    let (col_w, key_w) = (page.col_width, page.key_width);
    for c in 0..page.columns.len() {
        for (row, line) in page.visible(c, scroll).iter().enumerate() {
            let text = match line {
                HelpLine::Title(t) => Line::styled(truncate(t, col_w as usize), theme.heading()),
                HelpLine::Binding(k, d) => Line::from(vec![
                    Span::styled(
                        format!("{:<key_w$}", truncate(k, key_w.saturating_sub(1))),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(truncate(d, (col_w as usize).saturating_sub(key_w + 1))),
                ]),
            };
            let r = Rect::new(body.x + c as u16 * col_w, body.y + row as u16, col_w, 1);
            frame.render_widget(Paragraph::new(text), r);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ui::keymap::{Keymap, help_entries};

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
