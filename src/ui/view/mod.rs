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
use crate::analysis::Analysis;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

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
    if state.picker_open() {
        picker::draw(frame, state);
    }
    if state.help {
        help::draw(frame, state);
    }
    status::draw(frame, state);
}

/// The frame a side panel draws in: clears `area`, draws the bordered block with `title`, and
/// returns the body and the analysis to fill it from. `None` when there is no room, or while
/// the analysis runs (the body then says "analysing…").
fn panel<'a>(
    frame: &mut Frame,
    state: &'a State,
    area: Rect,
    title: String,
    focused: bool,
) -> Option<(Rect, &'a Analysis)> {
    let theme = &state.theme;
    frame.render_widget(Clear, area);
    frame.render_widget(Block::bordered().title(title).border_style(theme.border(focused)), area);
    let body = super::layout::inner(area);
    if body.height == 0 {
        return None;
    }
    let Some(analysis) = state.analysis.as_deref() else {
        frame.render_widget(Paragraph::new(Line::styled("analysing…", theme.dim())), body);
        return None;
    };
    Some((body, analysis))
}
