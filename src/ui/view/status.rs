//! The status bar: title and section on the left, what is happening in the middle (an input
//! line, a message, or `Name · mention 3/8`), the reading position on the right.

use crate::display::sanitize_line;
use crate::ui::state::State;
use crate::ui::state::prompt::Prompt;
use crate::ui::wrap;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draws the status bar.
pub fn draw(frame: &mut Frame, state: &State) {
    let percent = state.reader.percent;
    let area = state.layout.status;
    let theme = &state.theme;
    let top = state.reader.anchor;
    let section = state.doc.section_at(top).map(|s| sanitize_line(&s.title));
    let mut left = sanitize_line(&state.doc.title);
    if let Some(s) = section {
        left = format!("{left} · {s}");
    }
    let middle = if let Some(prompt) = &state.prompt.as_ref().filter(|p| !matches!(p, Prompt::Picker(_))) {
        let typed = state.input.text();
        let count = if *prompt == &Prompt::Search && !typed.is_empty() {
            match state.search.total() {
                Some(n) => format!("  ({})", crate::display::count(n, "match", "matches")),
                None => format!("  ({}+ matches)", state.search.found()),
            }
        } else {
            String::new()
        };
        format!("{}{}▏{count}", prompt.label(), sanitize_line(typed))
    } else if let Some(m) = &state.message {
        match state.nav_status() {
            Some(nav) => format!("{} · {nav}", sanitize_line(m)),
            None => sanitize_line(m),
        }
    } else if let Some(nav) = state.nav_status() {
        nav
    } else if let Some(who) = state.speaking() {
        format!("“…” {who}")
    } else if state.analysis.is_none() {
        "analysing…".to_string()
    } else if state
        .analysis
        .as_ref()
        .and_then(|a| a.document_date.as_ref())
        .is_some_and(|d| d.value.is_none())
    {
        "document date unknown · D sets it".to_string()
    } else {
        "? help".to_string()
    };
    let right = format!("{percent:>3}%");
    let width = area.width as usize;
    let rw = right.len() + 1;
    let mw = wrap::width(&middle);
    // The middle part wins; the title is cut to what is left.
    let lw = width.saturating_sub(rw + mw + 3);
    let left = truncate(&left, lw);
    let pad = width.saturating_sub(wrap::width(&left) + mw + rw + 2);
    let middle_style = if state.message.is_some() { theme.message() } else { theme.status() };
    let line = Line::from(vec![
        Span::raw(format!(" {left}")),
        Span::raw(" ".repeat(pad.max(1))),
        Span::styled(truncate(&middle, width.saturating_sub(rw + 2)), middle_style),
        Span::raw(format!(" {right}")),
    ])
    .style(theme.status());
    frame.render_widget(Paragraph::new(line).style(theme.status()), area);
}

/// Cuts `s` to `max` columns with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    if wrap::width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = wrap::width(c.encode_utf8(&mut [0; 4]));
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    if max > 0 {
        out.push('…');
    }
    out
}
