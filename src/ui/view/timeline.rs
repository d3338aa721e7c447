//! The timeline panel: one row per dated expression in chronological order. Two views of
//! the same rows (so the cursor, Enter and the entity filter work alike in both): the list —
//! the date as a short label, in a column as wide as the longest label so that no date is
//! ever cut, and a snippet of its sentence — and the time axis (`v`), where each row draws
//! its expression on one scale shared by all rows: a point for a day, month or year, a bar
//! for a decade or "the late 2000s", hollow marks for relative dates, and the entry at the
//! reading position in the reading-position style. `≈` marks relative or approximate dates;
//! one that could not be placed is labelled `?`. The title carries the document date and its source.

use crate::analysis::timeline::calendar::days_from_civil;
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

pub fn draw(frame: &mut Frame, state: &State, area: Rect) {
    let theme = &state.theme;
    let focused = state.focus == Focus::Timeline;
    let n = state.timeline.rows.len();
    let mut title = format!(" Timeline ({n}) ");
    if let (Some(a), Some(id)) = (&state.analysis, state.timeline.only_entity)
        && let Some(e) = a.entities.get(id)
    {
        title = format!(" Timeline: {} ({n}) ", sanitize_line(&e.name));
    }
    // The list view names the document date; the axis view its span of years.
    if state.timeline.axis
        && let Some(a) = &state.analysis
    {
        let items: Vec<&TimelineItem> =
            state.timeline.rows.iter().filter_map(|&i| a.timeline.get(i)).collect();
        let (from, to) = Scale::of(&items).years();
        title = format!("{title}· axis {from}–{to} ");
    } else if let Some(d) = state.analysis.as_ref().and_then(|a| a.document_date.as_ref()) {
        title = format!("{title}· dated {} ", d.label());
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
    let items: Vec<&TimelineItem> =
        state.timeline.rows.iter().filter_map(|&i| analysis.timeline.get(i)).collect();
    let date_w = date_width(&items, body.width as usize);
    let scale = state.timeline.axis.then(|| Scale::of(&items));
    let here = reading_item(state, &items);
    let cur = &state.timeline.cursor;
    for (i, t) in items.iter().enumerate().skip(cur.offset).take(body.height as usize) {
        let y = body.y + (i - cur.offset) as u16;
        let width = body.width as usize;
        let mut line = match &scale {
            Some(s) => axis_row(state, t, date_w, width, s, here == Some(i)),
            None => row(state, t, date_w, width),
        };
        if i == cur.selected {
            line = line.style(theme.selected_row(focused));
        }
        frame.render_widget(Paragraph::new(line), Rect::new(body.x, y, body.width, 1));
    }
}

/// The marker for how sure a date is (an unplaced one's label is already "?").
pub fn certainty(t: &TimelineItem) -> char {
    if t.value.is_none() {
        ' '
    } else if t.relative || t.date_mod == Some(DateMod::Approx) {
        '≈'
    } else {
        ' '
    }
}

/// Columns for the marker and the date: the longest label plus the marker, so no date is
/// cut, but never more than the panel less a few columns of snippet.
pub fn date_width(items: &[&TimelineItem], panel: usize) -> usize {
    let longest = items.iter().map(|t| wrap::width(&sanitize_line(&t.display))).max().unwrap_or(0);
    (longest + 1).min(panel.saturating_sub(4)).max(2)
}

fn row(state: &State, t: &TimelineItem, date_w: usize, width: usize) -> Line<'static> {
    let theme = &state.theme;
    let date = truncate(&sanitize_line(&t.display), date_w - 1);
    let pad = date_w.saturating_sub(wrap::width(&date) + 1);
    let snippet_w = width.saturating_sub(date_w + 1);
    let snippet = truncate(&context::snippet(&state.doc, t.span, snippet_w), snippet_w);
    Line::from(vec![
        Span::styled(certainty(t).to_string(), theme.dim()),
        Span::styled(date, theme.heading()),
        Span::raw(" ".repeat(pad + 1)),
        Span::raw(snippet),
    ])
}

/// The index (among the rows) of the entry nearest before the reading position.
fn reading_item(state: &State, items: &[&TimelineItem]) -> Option<usize> {
    let at = state.reader.anchor;
    items
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start <= at)
        .max_by_key(|(_, t)| t.span.start)
        .map(|(i, _)| i)
}

/// The time axis: the first and last day covered by any row, as day numbers.
pub struct Scale {
    from: i64,
    to: i64,
}

fn day_number(ymd: &str) -> Option<i64> {
    let mut p = ymd.split('-');
    let y: i32 = p.next()?.parse().ok()?;
    let m: u32 = p.next()?.parse().ok()?;
    let d: u32 = p.next()?.parse().ok()?;
    Some(days_from_civil(y, m, d))
}

impl Scale {
    pub fn of(items: &[&TimelineItem]) -> Scale {
        let days = items
            .iter()
            .filter_map(|t| t.range.as_ref())
            .flat_map(|r| [day_number(&r.from), day_number(&r.to)]);
        let (from, to) = days.flatten().fold((i64::MAX, i64::MIN), |(a, b), d| (a.min(d), b.max(d)));
        if from > to { Scale { from: 0, to: 1 } } else { Scale { from, to: to.max(from + 1) } }
    }

    /// The column (0..width) of a day.
    fn column(&self, day: i64, width: usize) -> usize {
        let f = (day - self.from) as f64 / (self.to - self.from) as f64;
        ((f * width.saturating_sub(1) as f64).round() as usize).min(width.saturating_sub(1))
    }

    /// The first and last year of the axis.
    pub fn years(&self) -> (i32, i32) {
        let y = |d: i64| crate::analysis::timeline::calendar::civil_from_days(d).0;
        (y(self.from), y(self.to))
    }
}

/// One row of the axis view: the date label, then a track with the expression drawn on the
/// shared scale — `●` a point, `━` a range, hollow `○` / `─` when relative.
fn axis_row(
    state: &State,
    t: &TimelineItem,
    date_w: usize,
    width: usize,
    s: &Scale,
    here: bool,
) -> Line<'static> {
    let theme = &state.theme;
    let date_w = date_w.min(width / 3).max(2);
    let date = truncate(&sanitize_line(&t.display), date_w - 1);
    let pad = date_w.saturating_sub(wrap::width(&date) + 1);
    let track_w = width.saturating_sub(date_w + 1);
    let mut track = vec!['·'; track_w];
    if let Some(r) = &t.range
        && let (Some(a), Some(b)) = (day_number(&r.from), day_number(&r.to))
        && track_w > 0
    {
        let (ca, cb) = (s.column(a, track_w), s.column(b, track_w));
        let (point, bar) = if t.relative { ('○', '─') } else { ('●', '━') };
        if cb > ca {
            track[ca..=cb].fill(bar);
        } else {
            track[ca] = point;
        }
    }
    let track: String = track.into_iter().collect();
    let track_style = if here { theme.current() } else { theme.dim() };
    Line::from(vec![
        Span::styled(certainty(t).to_string(), theme.dim()),
        Span::styled(date, theme.heading()),
        Span::raw(" ".repeat(pad + 1)),
        Span::styled(track, track_style),
    ])
}
