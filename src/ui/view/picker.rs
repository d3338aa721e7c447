//! The fuzzy picker overlay: the query line, ranked rows tagged with their kind and the
//! matched characters highlighted, and a preview of the text the selected row leads to.

use crate::display::sanitize_line;
use crate::span::Span as ByteSpan;
use crate::ui::layout::{picker_areas, picker_box};
use crate::ui::state::State;
use crate::ui::state::shim::{Hit, Target};
use crate::ui::view::status::truncate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, state: &State) {
    let theme = &state.theme;
    let main = state.layout.main;
    let area = picker_box(main);
    frame.render_widget(Clear, area);
    let title =
        format!(" Jump to · {} of {} ", state.picker.hits.len().min(999), "entities, dates, sections");
    frame.render_widget(Block::bordered().title(title).border_style(theme.border(true)), area);
    let (input, list, preview) = picker_areas(main);
    let q = format!("> {}▏", sanitize_line(&state.picker.query));
    frame.render_widget(Paragraph::new(Line::styled(q, theme.title())), input);
    let cur = &state.picker.cursor;
    if state.picker.hits.is_empty() {
        frame.render_widget(Paragraph::new(Line::styled("no match", theme.dim())), list);
    }
    for (i, hit) in state.picker.hits.iter().enumerate().skip(cur.offset).take(list.height as usize) {
        let y = list.y + (i - cur.offset) as u16;
        let mut line = hit_line(state, hit, list.width as usize);
        if i == cur.selected {
            line = line.style(theme.selected_row(true));
        }
        frame.render_widget(Paragraph::new(line), Rect::new(list.x, y, list.width, 1));
    }
    if let Some(hit) = state.picker.selected() {
        draw_preview(frame, state, hit, preview);
    }
}

/// The tag shown before a row.
fn tag(state: &State, target: Target) -> (String, ratatui::style::Style) {
    let theme = &state.theme;
    match target {
        Target::Entity(id) => match state.analysis.as_ref().and_then(|a| a.entities.get(id)) {
            Some(e) => (e.kind.label().to_string(), theme.kind(e.kind)),
            None => ("entity".into(), theme.dim()),
        },
        Target::Event(_) => ("date".into(), theme.heading()),
        Target::Heading(_) => ("section".into(), theme.title()),
    }
}

fn hit_line(state: &State, hit: &Hit, width: usize) -> Line<'static> {
    let (tag, style) = tag(state, hit.target);
    let mut spans = vec![Span::styled(format!("{tag:<13}"), style)];
    let label_w = width.saturating_sub(13);
    let label = sanitize_line(&hit.label);
    let label = truncate(&label, label_w);
    let mut buf = String::new();
    let mut matched = false;
    for (i, c) in label.chars().enumerate() {
        let m = hit.positions.contains(&i);
        if m != matched && !buf.is_empty() {
            let st = if matched { state.theme.matched() } else { ratatui::style::Style::new() };
            spans.push(Span::styled(std::mem::take(&mut buf), st));
        }
        matched = m;
        buf.push(c);
    }
    if !buf.is_empty() {
        let st = if matched { state.theme.matched() } else { ratatui::style::Style::new() };
        spans.push(Span::styled(buf, st));
    }
    Line::from(spans)
}

/// The span a hit leads to, and the span to highlight in the preview.
fn target_span(state: &State, target: Target) -> Option<(ByteSpan, ByteSpan)> {
    let a = state.analysis.as_ref()?;
    match target {
        Target::Entity(id) => {
            let m = *a.entities.get(id)?.mentions.first()?;
            Some((state.doc.sentence_at(m.start).unwrap_or(m), m))
        }
        Target::Event(i) => {
            let t = a.timeline.get(i)?;
            Some((t.sentence, t.span))
        }
        Target::Heading(i) => {
            let s = state.doc.sections.get(i)?;
            let end = state.doc.text.len().min(s.end).min(s.heading.start + 600);
            Some((ByteSpan::new(s.heading.start, end), s.heading))
        }
    }
}

fn draw_preview(frame: &mut Frame, state: &State, hit: &Hit, area: Rect) {
    let Some((around, mark)) = target_span(state, hit.target) else { return };
    let text = &state.doc.text;
    let start = around.start.min(mark.start);
    let end = around.end.max(mark.end).min(text.len());
    let piece = |a: usize, b: usize| sanitize_line(text.get(a..b).unwrap_or(""));
    let line = Line::from(vec![
        Span::raw(piece(start, mark.start)),
        Span::styled(piece(mark.start, mark.end), state.theme.current()),
        Span::raw(piece(mark.end, end)),
    ]);
    frame.render_widget(
        Paragraph::new(line)
            .wrap(Wrap { trim: true })
            .block(Block::new().title(Line::styled("preview", state.theme.dim()))),
        area,
    );
}
