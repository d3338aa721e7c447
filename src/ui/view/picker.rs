//! The fuzzy picker overlay: the query line, ranked rows tagged with their kind and the
//! matched characters highlighted, and a preview of the text the selected row leads to.
//!
//! The title says where the cursor is among all matches ("12 of 340"), since the list
//! scrolls through every one of them. A row names its kind once: the tag says "person", so
//! the detail after the label says only what the tag does not ("12 mentions", "alias of …").

use crate::display::sanitize_line;
use crate::search::{Entry, EntryKind, Hit};
use crate::span::Span as ByteSpan;
use crate::ui::layout::{picker_areas, picker_box};
use crate::ui::state::State;
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
    let n = state.picker.hits.len();
    let k = if n == 0 { 0 } else { state.picker.cursor.selected + 1 };
    let title = format!(" {} · {k} of {n} ", state.picker_title());
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
    if let Some(entry) = state.picker.selected().and_then(|h| state.picker.entry(h)) {
        draw_preview(frame, state, entry, preview);
    }
}

/// The tag shown before a row: the entity's kind, or what the row is.
fn tag(state: &State, kind: EntryKind) -> (String, ratatui::style::Style) {
    let theme = &state.theme;
    match kind.entity().and_then(|id| state.analysis.as_ref()?.entities.get(id)) {
        Some(e) => (e.kind.label().to_string(), theme.kind(e.kind)),
        None if matches!(kind, EntryKind::Heading(_)) => (kind.tag().into(), theme.title()),
        None => (kind.tag().into(), theme.heading()),
    }
}

fn hit_line(state: &State, hit: &Hit, width: usize) -> Line<'static> {
    let Some(entry) = state.picker.entry(hit) else { return Line::default() };
    let (tag, style) = tag(state, entry.kind);
    let mut spans = vec![Span::styled(format!("{tag:<13}"), style)];
    let label_w = width.saturating_sub(13);
    let label = truncate(&sanitize_line(&entry.label), label_w);
    let positions = state.picker.positions(hit);
    let mut buf = String::new();
    let mut matched = false;
    let mut used = 0;
    for (i, c) in label.chars().enumerate() {
        let m = positions.binary_search(&i).is_ok();
        if m != matched && !buf.is_empty() {
            let st = if matched { state.theme.matched() } else { ratatui::style::Style::new() };
            spans.push(Span::styled(std::mem::take(&mut buf), st));
        }
        matched = m;
        buf.push(c);
        used += 1;
    }
    if !buf.is_empty() {
        let st = if matched { state.theme.matched() } else { ratatui::style::Style::new() };
        spans.push(Span::styled(buf, st));
    }
    // The detail ("person · 9 mentions", "alias of …") in the room left.
    let room = label_w.saturating_sub(used + 2);
    // A detail that only repeats the tag (the merge picker's "person") is left out.
    if room > 8 && entry.detail != tag {
        spans.push(Span::styled(format!("  {}", truncate(&entry.detail, room)), state.theme.dim()));
    }
    Line::from(spans)
}

/// The text a picker entry leads to, and the span to highlight in it.
fn target_span(state: &State, entry: &Entry) -> (ByteSpan, ByteSpan) {
    let t = entry.target;
    match entry.kind {
        EntryKind::Heading(i) => {
            let end = state.doc.sections.get(i).map_or(t.end, |s| s.end).min(t.start + 600);
            (ByteSpan::new(t.start, end.max(t.end)), t)
        }
        EntryKind::Event(i) => {
            let sentence = state.analysis.as_ref().and_then(|a| a.timeline.get(i)).map_or(t, |x| x.sentence);
            (sentence, t)
        }
        _ => (state.doc.sentence_at(t.start).filter(|s| s.start <= t.start).unwrap_or(t), t),
    }
}

fn draw_preview(frame: &mut Frame, state: &State, entry: &Entry, area: Rect) {
    let (around, mark) = target_span(state, entry);
    let text = &state.doc.text;
    let start = around.start.min(mark.start);
    let end = around.end.max(mark.end).min(text.len());
    let piece = |a: usize, b: usize| sanitize_line(text.get(a..b).unwrap_or(""));
    let line = Line::from(vec![
        Span::raw(piece(start, mark.start)),
        Span::styled(piece(mark.start, mark.end), state.theme.current()),
        Span::raw(piece(mark.end, end)),
    ]);
    // What the text says the entity is, above its sentence.
    let described =
        entry.kind.entity().zip(state.analysis.as_ref()).map(|(id, a)| super::detail::descriptions(a, id));
    let mut lines = Vec::new();
    if let Some(d) = described.filter(|d| !d.is_empty()) {
        lines.push(Line::styled(sanitize_line(&d), state.theme.dim()));
    }
    lines.push(line);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::new().title(Line::styled("preview", state.theme.dim()))),
        area,
    );
}
