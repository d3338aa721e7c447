//! The timeline panel: one row per dated expression in chronological order, the short date
//! as written and a snippet of its sentence. `≈` marks relative or approximate dates, `?`
//! ones that could not be placed.

use crate::analysis::{DateMod, TimelineItem};
use crate::display::sanitize_line;
use crate::search::context;
use crate::ui::state::{Focus, State};
use crate::ui::view::status::truncate;
use crate::ui::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Columns for the date.
const DATE_W: usize = 14;

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let theme = &state.theme;
    let focused = state.focus == Focus::Timeline;
    let mut title = format!(" Timeline ({}) ", state.timeline.rows.len());
    if let (Some(a), Some(id)) = (&state.analysis, state.timeline.only_entity)
        && let Some(e) = a.entities.get(id)
    {
        title = format!(" Timeline: {} ({}) ", sanitize_line(&e.name), state.timeline.rows.len());
    }
    let Some((body, analysis)) = super::panel(frame, state, area, title, focused) else {
        return;
    };
    if state.timeline.rows.is_empty() {
        let msg =
            if analysis.timeline.is_empty() { "no dates found" } else { "no dates mention it (f shows all)" };
        frame.render_widget(Paragraph::new(Line::styled(msg, theme.dim())), body);
        return;
    }
    let cur = &state.timeline.cursor;
    for (i, &item) in state.timeline.rows.iter().enumerate().skip(cur.offset).take(body.height as usize) {
        let Some(t) = analysis.timeline.get(item) else { continue };
        let y = body.y + (i - cur.offset) as u16;
        let mut line = row(state, t, body.width as usize);
        if i == cur.selected {
            line = line.style(theme.selected_row(focused));
        }
        frame.render_widget(Paragraph::new(line), Rect::new(body.x, y, body.width, 1));
    }
}

/// The marker for how sure a date is.
pub fn certainty(t: &TimelineItem) -> char {
    if t.value.is_none() {
        '?'
    } else if t.relative || t.date_mod == Some(DateMod::Approx) {
        '≈'
    } else {
        ' '
    }
}

fn row(state: &State, t: &TimelineItem, width: usize) -> Line<'static> {
    let theme = &state.theme;
    let date = truncate(&sanitize_line(&t.display), DATE_W - 1);
    let pad = DATE_W.saturating_sub(wrap::width(&date) + 1);
    let snippet_w = width.saturating_sub(DATE_W + 1);
    let snippet = truncate(&context::snippet(&state.doc, t.span, snippet_w), snippet_w);
    Line::from(vec![
        Span::styled(certainty(t).to_string(), theme.dim()),
        Span::styled(date, theme.heading()),
        Span::raw(" ".repeat(pad + 1)),
        Span::raw(snippet),
    ])
}
