//! Drawing: one widget per panel, each a function of `&State` and a rectangle. Nothing here
//! changes state; scroll positions and list offsets were settled in `update`.

pub mod detail;
pub mod entities;
pub mod help;
pub mod picker;
pub mod reader;
pub mod status;
pub mod timeline;

use super::state::State;
use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &State) {
    let layout = &state.layout;
    if layout.too_small {
        let area = frame.area();
        let msg = Paragraph::new(vec![Line::raw("terminal too small"), Line::raw("(needs 20×6)")])
            .alignment(Alignment::Center);
        let y = area.height.saturating_sub(2) / 2;
        frame.render_widget(msg, ratatui::layout::Rect::new(0, y, area.width, area.height - y));
        return;
    }
    reader::draw(frame, state);
    if let Some(r) = layout.entities {
        entities::draw(frame, state, r);
    }
    if let Some(r) = layout.timeline {
        timeline::draw(frame, state, r);
    }
    if state.detail.is_open() {
        detail::draw(frame, state);
    }
    if state.picker.open {
        picker::draw(frame, state);
    }
    if state.help {
        help::draw(frame, state);
    }
    status::draw(frame, state);
}
