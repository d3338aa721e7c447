//! The entity detail overlay: name, what the text says it is, kind and the evidence for it,
//! aliases, counts and first mention, the entities sharing its sentences most, then either a
//! keyword-in-context line for every mention or its quotes, one a line (a key switches;
//! Enter jumps to the selected row).

use crate::display::sanitize_line;
use crate::search::context;
use crate::ui::layout::{detail_box, detail_list, inner};
use crate::ui::state::State;
use crate::ui::view::status::truncate;
use crate::ui::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn draw(frame: &mut Frame, state: &State) {
    let theme = &state.theme;
    let (Some(a), Some(id)) = (&state.analysis, state.detail.entity) else { return };
    let Some(e) = a.entities.get(id) else { return };
    let main = state.layout.main;
    let area = detail_box(main);
    frame.render_widget(Clear, area);
    let title = format!(" {} ", sanitize_line(&e.name));
    frame.render_widget(Block::bordered().title(title).border_style(theme.border(true)), area);
    let body = inner(area);
    let w = body.width as usize;
    let label = |s: &str| Span::styled(format!("{s:<11}"), Style::new().add_modifier(Modifier::BOLD));
    let evidence =
        if e.evidence.is_empty() { String::new() } else { format!(" — {}", e.evidence.join("; ")) };
    let aliases = if e.aliases.is_empty() { "none".to_string() } else { e.aliases.join(", ") };
    let first = e.mentions.first().map(|m| context::snippet(&state.doc, *m, 300)).unwrap_or_default();
    let co: Vec<String> = state
        .detail
        .co_mentions
        .iter()
        .filter_map(|(id, n)| a.entities.get(*id).map(|o| format!("{} ({n})", sanitize_line(&o.name))))
        .collect();
    let co = if co.is_empty() { "nobody".to_string() } else { co.join(", ") };
    let described = descriptions(a, id);
    let quotes = state.detail.quote_list.len();
    let counts = match quotes {
        0 => e.mentions.len().to_string(),
        n => format!(
            "{} · {n} quote{} (\" lists {})",
            e.mentions.len(),
            plural(n),
            if n == 1 { "it" } else { "them" }
        ),
    };
    let list_title = if state.detail.quotes {
        "Quotes (Enter jumps, \" for mentions, Esc closes)"
    } else {
        "Every mention (Enter jumps, Esc closes)"
    };
    let rows = vec![
        Line::from(vec![
            label("Is"),
            if described.is_empty() {
                Span::styled("not described in the text", theme.dim())
            } else {
                Span::raw(sanitize_line(&described))
            },
        ]),
        Line::from(vec![
            label("Kind"),
            Span::styled(e.kind.label(), theme.kind(e.kind)),
            Span::raw(sanitize_line(&evidence)),
        ]),
        Line::from(vec![label("Aliases"), Span::raw(sanitize_line(&aliases))]),
        Line::from(vec![label("Mentions"), Span::raw(counts)]),
        Line::from(vec![label("First"), Span::raw(sanitize_line(&first))]),
        Line::from(vec![label("Often with"), Span::raw(co)]),
        Line::styled(list_title, theme.dim()),
    ];
    for (i, row) in rows.into_iter().enumerate() {
        if i as u16 >= body.height {
            break;
        }
        let text: String = row.spans.iter().map(|s| s.content.as_ref()).collect();
        let row = if wrap::width(&text) > w { truncate_line(row, w) } else { row };
        frame.render_widget(Paragraph::new(row), Rect::new(body.x, body.y + i as u16, body.width, 1));
    }
    let list = detail_list(main);
    if state.detail.quotes {
        draw_quotes(frame, state, list);
        return;
    }
    let cur = &state.detail.cursor;
    for (i, m) in e.mentions.iter().enumerate().skip(cur.offset).take(list.height as usize) {
        let y = list.y + (i - cur.offset) as u16;
        let num = format!("{:>4} ", i + 1);
        let avail = w.saturating_sub(num.len());
        let (left, key, right) = context::kwic(&state.doc.text, *m, avail);
        let key = sanitize_line(&key);
        let side = avail.saturating_sub(wrap::width(&key)) / 2;
        let left = tail(&sanitize_line(&left), side);
        let right = sanitize_line(&right);
        let pad = side.saturating_sub(wrap::width(&left));
        let mut line = Line::from(vec![
            Span::styled(num, theme.dim()),
            Span::raw(" ".repeat(pad)),
            Span::raw(left),
            Span::styled(key, theme.selected_mention(e.kind)),
            Span::raw(right),
        ]);
        if i == cur.selected {
            line = line.style(theme.selected_row(true));
        }
        frame.render_widget(Paragraph::new(line), Rect::new(list.x, y, list.width, 1));
    }
}

/// The entity's descriptions, best first, on one line.
pub fn descriptions(a: &crate::analysis::Analysis, id: usize) -> String {
    a.descriptions_of(id).iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("; ")
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One row per quote of the entity: its number and its words.
fn draw_quotes(frame: &mut Frame, state: &State, list: Rect) {
    let Some(a) = &state.analysis else { return };
    let cur = &state.detail.cursor;
    let w = list.width as usize;
    for (i, &q) in state.detail.quote_list.iter().enumerate().skip(cur.offset).take(list.height as usize) {
        let Some(q) = a.quotes.get(q) else { continue };
        let y = list.y + (i - cur.offset) as u16;
        let num = format!("{:>4} ", i + 1);
        let words = truncate(&format!("“{}”", sanitize_line(&q.text)), w.saturating_sub(num.len()));
        let mut line = Line::from(vec![Span::styled(num, state.theme.dim()), Span::raw(words)]);
        if i == cur.selected {
            line = line.style(state.theme.selected_row(true));
        }
        frame.render_widget(Paragraph::new(line), Rect::new(list.x, y, list.width, 1));
    }
}

/// The last `max` columns of `s`, with a leading ellipsis.
fn tail(s: &str, max: usize) -> String {
    if wrap::width(s) <= max {
        return s.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut w = 1;
    for c in s.chars().rev() {
        let cw = wrap::width(c.encode_utf8(&mut [0; 4]));
        if w + cw > max {
            break;
        }
        kept.push(c);
        w += cw;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

fn truncate_line(line: Line<'static>, w: usize) -> Line<'static> {
    let mut left = w;
    let mut spans = Vec::new();
    for s in line.spans {
        if left == 0 {
            break;
        }
        let t = truncate(&s.content, left);
        left = left.saturating_sub(wrap::width(&t));
        spans.push(Span::styled(t, s.style));
    }
    Line::from(spans)
}
