//! The entities panel: a line for the sort order or filter, then group headings with counts
//! and one row per entity (name, mention count, and a density strip across the document with
//! a marker where you are reading); under the selected row, dim, what the text says it is.

use crate::analysis::Entity;
use crate::display::sanitize_line;
use crate::search::context;
use crate::ui::state::entities::EntRow;
use crate::ui::state::{Focus, State};
use crate::ui::view::status::truncate;
use crate::ui::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const BARS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let theme = &state.theme;
    let focused = state.focus == Focus::Entities;
    let count = state.analysis.as_ref().map_or(0, |a| a.entities.len());
    let Some((body, analysis)) = super::panel(frame, state, area, format!(" Entities ({count}) "), focused)
    else {
        return;
    };
    let filtering = state.prompt == Some(crate::ui::state::prompt::Prompt::Filter);
    let head = if filtering || !state.entities.filter.is_empty() {
        let cursor = if filtering { "▏" } else { "" };
        format!("/{}{cursor}", sanitize_line(&state.entities.filter))
    } else {
        let order = if state.entities.by_first_seen { "first seen" } else { "mentions" };
        format!("by {order} · s sort · / filter")
    };
    frame.render_widget(
        Paragraph::new(Line::styled(head, theme.dim())),
        Rect::new(body.x, body.y, body.width, 1),
    );
    let list = Rect::new(body.x, body.y + 1, body.width, body.height - 1);
    if analysis.entities.is_empty() {
        frame.render_widget(Paragraph::new(Line::styled("no entities found", theme.dim())), list);
        return;
    }
    let strip_w = (body.width as usize / 3).clamp(6, 24);
    let reading = state.reader.anchor;
    let len = state.doc.text.len();
    let cur = &state.entities.cursor;
    let second = state.entity_second_line();
    let bottom = list.y + list.height;
    let mut y = list.y;
    for (i, row) in state.entities.rows.iter().enumerate().skip(cur.offset) {
        if y >= bottom {
            break;
        }
        let r = Rect::new(list.x, y, list.width, 1);
        y += 1;
        let line = match row {
            EntRow::Header(kind, n) => Line::styled(format!("{} ({n})", kind.plural()), theme.kind(*kind)),
            EntRow::Entity(id) => {
                let Some(e) = analysis.entities.get(*id) else { continue };
                let selected = i == cur.selected;
                let mut l = entity_row(state, e, list.width as usize, strip_w, reading, len);
                if selected {
                    l = l.style(theme.selected_row(focused));
                    if let Some(d) = second.as_deref().filter(|_| y < bottom) {
                        let text = truncate(&format!("  {}", sanitize_line(d)), list.width as usize);
                        frame.render_widget(
                            Paragraph::new(Line::styled(text, theme.dim())),
                            Rect::new(list.x, y, list.width, 1),
                        );
                        y += 1;
                    }
                }
                l
            }
        };
        frame.render_widget(Paragraph::new(line), r);
    }
}

fn entity_row(
    state: &State,
    e: &Entity,
    width: usize,
    strip_w: usize,
    reading: usize,
    len: usize,
) -> Line<'static> {
    let theme = &state.theme;
    let mark = if state.selection.entity == Some(e.id) { "▸" } else { " " };
    let count = format!("{:>4} ", e.mentions.len());
    let name_w = width.saturating_sub(strip_w + count.len() + 1);
    let name = truncate(&sanitize_line(&e.name), name_w);
    let pad = name_w.saturating_sub(wrap::width(&name));
    let mut spans = vec![
        Span::raw(mark.to_string()),
        Span::styled(name, theme.kind(e.kind)),
        Span::raw(" ".repeat(pad)),
        Span::styled(count, theme.dim()),
    ];
    spans.extend(strip(state, &e.mentions, strip_w, reading, len));
    Line::from(spans)
}

/// The density strip: one cell per slice of the document, taller where mentions cluster, and
/// the reading position marked.
pub fn strip(
    state: &State,
    mentions: &[crate::span::Span],
    w: usize,
    reading: usize,
    len: usize,
) -> Vec<Span<'static>> {
    let theme = &state.theme;
    let d = context::density(mentions, len, w);
    let max = d.iter().copied().max().unwrap_or(0).max(1) as usize;
    let marker = (reading * w).checked_div(len).map_or(usize::MAX, |m| m.min(w.saturating_sub(1)));
    d.iter()
        .enumerate()
        .map(|(i, &n)| {
            let n = n as usize;
            let level = if n == 0 { 0 } else { (n * 8).div_ceil(max).clamp(1, 8) };
            let c = BARS[level.min(8)];
            if i == marker {
                Span::styled(if n == 0 { "│".to_string() } else { c.to_string() }, theme.marker())
            } else {
                Span::styled(c.to_string(), theme.dim())
            }
        })
        .collect()
}
