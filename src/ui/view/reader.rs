//! The text pane: the title line, then the visible rows the state computed, each drawn
//! character by character through the display rules, with styles layered by priority:
//! block kind < Markdown inline style < mention marks < selected entity < search match <
//! the current mention or match (reverse video).

use crate::document::{BlockKind, InlineStyle};
use crate::span::Span;
use crate::ui::state::State;
use crate::ui::state::reader::Row;
use crate::ui::theme::Theme;
use crate::ui::wrap::{self, Line};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line as TLine, Span as TSpan};
use ratatui::widgets::Paragraph;

/// Draws the title line and the visible rows of text.
pub fn draw(frame: &mut Frame, state: &State) {
    let layout = &state.layout;
    let theme = &state.theme;
    let title = crate::display::sanitize_line(&state.doc.title);
    frame.render_widget(
        Paragraph::new(TLine::styled(title, theme.title())).alignment(Alignment::Center),
        layout.header,
    );
    let (x, w) = layout.text_column(state.reader.max_width);
    for (i, row) in state.reader.visible.iter().enumerate() {
        let y = layout.reader.y + i as u16;
        if y >= layout.reader.bottom() {
            break;
        }
        if let Row::Text { kind, line, .. } = row {
            let styled = styled_line(state, *kind, *line);
            frame.render_widget(styled, Rect::new(x, y, w, 1));
        }
    }
}

fn base_style(theme: &Theme, kind: BlockKind) -> Style {
    match kind {
        BlockKind::Title => theme.title(),
        BlockKind::Heading(_) => theme.heading(),
        BlockKind::Meta => theme.meta(),
        BlockKind::Quote => Style::new().add_modifier(Modifier::ITALIC),
        BlockKind::Code => theme.dim(),
        BlockKind::Paragraph | BlockKind::ListItem => Style::new(),
    }
}

/// Style layers over a line, lowest priority first.
fn layers(state: &State, line: Line) -> Vec<(Span, Style)> {
    let theme = &state.theme;
    let mut out = Vec::new();
    let doc = &state.doc;
    let i = doc.styles.partition_point(|s| s.span.end <= line.start);
    for s in doc.styles[i..].iter().take_while(|s| s.span.start < line.end) {
        let st = match s.style {
            InlineStyle::Emphasis => Style::new().add_modifier(Modifier::ITALIC),
            InlineStyle::Strong => Style::new().add_modifier(Modifier::BOLD),
            InlineStyle::Code => theme.dim(),
            InlineStyle::Link => Style::new().add_modifier(Modifier::UNDERLINED),
            InlineStyle::Strikethrough => Style::new().add_modifier(Modifier::CROSSED_OUT),
        };
        out.push((s.span, st));
    }
    let selected = state.selection.entity;
    for (span, id, kind) in state.mentions.within(line.start, line.end) {
        if Some(id) == selected {
            out.push((span, theme.selected_mention(kind)));
        } else if state.highlights {
            out.push((span, theme.mention(kind)));
        }
    }
    for s in state.search.spans_in(&state.doc.text, line.start, line.end) {
        out.push((s, theme.search_match()));
    }
    if let Some(cur) = state.selection.current.filter(|c| c.start < line.end && c.end > line.start) {
        out.push((cur, theme.current()));
    }
    out
}

/// One wrapped line as styled, neutralised spans.
pub fn styled_line(state: &State, kind: BlockKind, line: Line) -> TLine<'static> {
    let base = base_style(&state.theme, kind);
    let layers = layers(state, line);
    let text = state.doc.text.get(line.start..line.end).unwrap_or("");
    let mut spans: Vec<TSpan<'static>> = Vec::new();
    let mut buf = String::new();
    let mut cur_style = base;
    for (off, c) in text.char_indices() {
        let Some((shown, _)) = wrap::cell(c) else { continue };
        let pos = line.start + off;
        let style = layers.iter().filter(|(s, _)| s.contains(pos)).fold(base, |acc, (_, st)| acc.patch(*st));
        if style != cur_style && !buf.is_empty() {
            spans.push(TSpan::styled(std::mem::take(&mut buf), cur_style));
        }
        cur_style = style;
        buf.push(shown);
    }
    if !buf.is_empty() {
        spans.push(TSpan::styled(buf, cur_style));
    }
    if line.hyphen {
        // A word broken at a hyphenation point: the hyphen is drawn, not in the text.
        spans.push(TSpan::styled("-", cur_style));
    }
    TLine::from(spans)
}
