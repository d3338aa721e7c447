//! The UI state: a small `State` that composes one state per concern and applies actions.
//!
//! Everything that changes lives here and changes only in [`State::update`] (and the key,
//! mouse, resize and analysis entry points that feed it), so drawing reads `&State` and a
//! test can drive the whole UI through actions without a terminal. Scroll positions and list
//! offsets are clamped here, never in drawing. The jump logic shared by panels, picker,
//! search and history is in [`jump`].

pub mod corrections;
pub mod detail;
pub mod entities;
pub mod help;
pub mod history;
pub mod jump;
pub mod list;
pub mod marks;
pub mod picker;
pub mod prompt;
pub mod reader;
pub mod search;
pub mod selection;
pub mod spoiler;
pub mod timeline;

use super::action::Action;
use super::keymap::{Command, Key, Keymap, Mode};
use super::layout::{self, Layout, Panel, Shown};
use super::theme::Theme;
use crate::analysis::Analysis;
use crate::document::Document;
use prompt::{Edit, LineInput, Prompt};
use ratatui::crossterm::event::{KeyEvent, MouseEvent, MouseEventKind};
use std::sync::Arc;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Reader,
    Entities,
    Timeline,
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Suspend,
}

/// Rows of context left above a jump target.
pub const JUMP_CONTEXT: usize = 3;

pub struct State {
    pub doc: Arc<Document>,
    /// `None` while the analysis runs.
    pub analysis: Option<Arc<Analysis>>,
    pub mentions: selection::MentionIndex,
    pub keymap: Arc<Keymap>,
    pub theme: Theme,
    /// Side panel width from the config (`None`: a share of the screen).
    pub panel_width: Option<u16>,
    pub width: u16,
    pub height: u16,
    pub layout: Layout,
    /// Panels docked on wide screens.
    pub docked: Shown,
    /// The panel open as an overlay on narrow screens.
    pub popup: Option<Panel>,
    pub focus: Focus,
    /// What the input line is for, while one is open.
    pub prompt: Option<Prompt>,
    /// The input line's text.
    pub input: LineInput,
    pub help: bool,
    /// The help overlay's first row shown.
    pub help_scroll: usize,
    /// Subtle marks on every mention (`h`).
    pub highlights: bool,
    pub reader: reader::ReaderState,
    pub entities: entities::EntitiesState,
    pub timeline: timeline::TimelineState,
    pub picker: picker::PickerState,
    pub search: search::SearchState,
    pub detail: detail::DetailState,
    pub history: history::History,
    pub selection: selection::Selection,
    /// A one-off message for the status bar (cleared by the next key).
    pub message: Option<String>,
    pub marks: marks::Marks,
    pub corrections: corrections::CorrectionsState,
    /// Bookmarks or corrections changed since the reading state was last saved.
    pub dirty: bool,
    pub spoiler: spoiler::SpoilerState,
}

impl State {
    pub fn new(doc: Arc<Document>, keymap: Arc<Keymap>, theme: Theme, max_width: usize) -> State {
        let message = if doc.warnings.is_empty() { None } else { Some(doc.warnings.join("; ")) };
        State {
            doc,
            analysis: None,
            mentions: Default::default(),
            keymap,
            theme,
            panel_width: None,
            width: 0,
            height: 0,
            layout: Layout::default(),
            docked: Shown { entities: true, timeline: true },
            popup: None,
            focus: Focus::Reader,
            prompt: None,
            input: LineInput::default(),
            help: false,
            help_scroll: 0,
            highlights: true,
            reader: reader::ReaderState::new(max_width),
            entities: Default::default(),
            timeline: Default::default(),
            picker: Default::default(),
            search: Default::default(),
            detail: Default::default(),
            history: Default::default(),
            selection: Default::default(),
            message,
            marks: Default::default(),
            corrections: Default::default(),
            dirty: false,
            spoiler: Default::default(),
        }
    }

    /// Installs the analysis when the background thread delivers it.
    pub fn set_analysis(&mut self, analysis: Arc<Analysis>) {
        let analysis = self.dated(analysis);
        self.corrections.original = Some(Arc::clone(&analysis));
        let analysis = self.corrected().unwrap_or(analysis);
        self.install(analysis);
    }

    /// Shows an analysis (the corrected one) in every panel.
    pub fn install(&mut self, analysis: Arc<Analysis>) {
        let analysis = self.spoiler_view(analysis);
        self.mentions = selection::MentionIndex::new(&analysis);
        self.entities.rebuild(&analysis);
        self.timeline.rebuild(&analysis);
        self.analysis = Some(analysis);
        self.refresh_picker_index();
        self.sync();
    }

    /// Adapts to a new terminal size.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.width = width;
        self.height = height;
        self.sync();
    }

    /// Which panels are on screen now.
    pub fn shown(&self) -> Shown {
        if self.width >= layout::WIDE {
            self.docked
        } else {
            Shown {
                entities: self.popup == Some(Panel::Entities),
                timeline: self.popup == Some(Panel::Timeline),
            }
        }
    }

    /// Recomputes the layout and everything sized by it.
    pub fn sync(&mut self) {
        self.follow_spoiler();
        self.layout = Layout::compute_with(self.width, self.height, self.shown(), self.panel_width);
        if self.layout.too_small {
            return;
        }
        let (_, text_width) = self.layout.text_column(self.reader.max_width);
        self.reader.resize(&self.doc, text_width as usize, self.layout.reader.height as usize);
        let list_height =
            |r: Option<ratatui::layout::Rect>| r.map_or(0, |r| r.height.saturating_sub(2) as usize);
        let eh = list_height(self.layout.entities).saturating_sub(1);
        self.entities.cursor.resize(eh, self.entities.rows.len());
        let th = list_height(self.layout.timeline);
        self.timeline.cursor.resize(th, self.timeline.rows.len());
        let (_, list, _) = layout::picker_areas(self.layout.main);
        self.picker.cursor.resize(list.height as usize, self.picker.hits.len());
        let n = self.detail_len();
        self.detail.cursor.resize(layout::detail_list(self.layout.main).height as usize, n);
        // A panel that is no longer shown cannot keep the focus.
        let shown = self.shown();
        if (self.focus == Focus::Entities && !shown.entities)
            || (self.focus == Focus::Timeline && !shown.timeline)
        {
            self.focus = Focus::Reader;
        }
    }

    fn detail_len(&self) -> usize {
        self.analysis.as_ref().map_or(0, |a| self.detail.len(a))
    }

    /// Which key bindings apply.
    pub fn mode(&self) -> Mode {
        if self.help {
            Mode::Help
        } else if self.marks.pending.is_some() {
            Mode::Letter
        } else if self.prompt.is_some() {
            Mode::Input
        } else if self.detail.is_open() || self.focus != Focus::Reader {
            Mode::List
        } else {
            Mode::Reader
        }
    }

    /// A key press: the keymap says what it means (an action or a typed character).
    pub fn handle_key(&mut self, ev: KeyEvent) -> Effect {
        let command = self.keymap.read(self.mode(), Key::from_event(&ev));
        self.message = None;
        if self.help {
            return self.help_key(command);
        }
        if self.take_offer(command == Some(Command::Act(Action::FocusNext))) {
            self.sync();
            return Effect::None;
        }
        if let Some(op) = self.marks.pending.take() {
            if let Some(Command::Act(a @ (Action::Quit | Action::Suspend))) = command {
                return self.update(a);
            }
            let c = match command {
                Some(Command::Type(c)) => Some(c),
                _ => None,
            };
            self.finish_mark(op, c);
            self.sync();
            return Effect::None;
        }
        match command {
            Some(Command::Act(a)) => self.update(a),
            Some(Command::Type(c)) => {
                self.edit(Edit::Type(c));
                Effect::None
            }
            None => Effect::None,
        }
    }

    /// A mouse event: the wheel scrolls what is under it; a click focuses and selects.
    pub fn handle_mouse(&mut self, ev: MouseEvent) {
        if self.help || self.picker_open() || self.layout.too_small {
            return;
        }
        let at = ratatui::layout::Position::new(ev.column, ev.row);
        let over = |r: Option<ratatui::layout::Rect>| r.is_some_and(|r| r.contains(at));
        let panel = if over(self.layout.entities) {
            Some(Focus::Entities)
        } else if over(self.layout.timeline) {
            Some(Focus::Timeline)
        } else {
            None
        };
        match ev.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let d = if ev.kind == MouseEventKind::ScrollDown { 1 } else { -1 };
                // Over a panel the wheel scrolls that panel (three rows a notch, like the text).
                match panel {
                    Some(Focus::Entities) => {
                        self.entities.cursor.scroll(3 * d, self.entities.rows.len());
                        self.entities.move_by(0);
                    }
                    Some(Focus::Timeline) => self.timeline.cursor.scroll(3 * d, self.timeline.rows.len()),
                    _ if self.detail.is_open() => self.detail.cursor.move_by(d, self.detail_len()),
                    _ => self.reader.scroll(&self.doc, 3 * d),
                }
            }
            MouseEventKind::Down(_) => match panel {
                Some(Focus::Entities) => {
                    self.focus = Focus::Entities;
                    // Border, then the sort/filter line, then the rows.
                    let top = self.layout.entities.map_or(0, |r| r.y + 2);
                    let mut row = ev.row.saturating_sub(top) as usize + self.entities.cursor.offset;
                    // Below the selected row's description line, rows sit one lower.
                    if self.entity_second_line().is_some() && row > self.entities.cursor.selected {
                        row -= 1;
                    }
                    if let Some(id) = self.entities.click(row) {
                        self.select_entity(id);
                    }
                }
                Some(Focus::Timeline) => {
                    self.focus = Focus::Timeline;
                    let top = self.layout.timeline.map_or(0, |r| r.y + 1);
                    let row = ev.row.saturating_sub(top) as usize + self.timeline.cursor.offset;
                    if let Some(item) = self.timeline.click(row) {
                        self.jump_to_event(item);
                    }
                }
                _ if !self.detail.is_open() => self.focus = Focus::Reader,
                _ => {}
            },
            _ => {}
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Effect {
        let list = self.mode() == Mode::List || self.prompt == Some(Prompt::Filter);
        let picker = self.picker_open();
        let page = self.reader.height.saturating_sub(2).max(1) as isize;
        match action {
            Action::Quit => return Effect::Quit,
            Action::Suspend => return Effect::Suspend,
            Action::Help => self.help = true,
            Action::Close => self.close(),
            Action::Confirm => self.confirm(),
            Action::DeleteChar => self.edit(Edit::DeleteChar),
            Action::DeleteWord => self.edit(Edit::DeleteWord),
            Action::ClearLine => self.edit(Edit::Clear),
            Action::Down | Action::LineDown if list || picker => self.move_cursor(1),
            Action::Up | Action::LineUp if list || picker => self.move_cursor(-1),
            Action::PageDown if list || picker => self.move_cursor(self.list_page()),
            Action::PageUp if list || picker => self.move_cursor(-self.list_page()),
            Action::Top if list || picker => self.move_cursor(-(isize::MAX / 2)),
            Action::Bottom if list || picker => self.move_cursor(isize::MAX / 2),
            // Home/End in the other input lines (search, rename) do not move the text.
            Action::Top | Action::Bottom if self.mode() == Mode::Input => {}
            Action::LineDown | Action::Down => self.reader.scroll(&self.doc, 1),
            Action::LineUp | Action::Up => self.reader.scroll(&self.doc, -1),
            Action::PageDown => self.reader.scroll(&self.doc, page),
            Action::PageUp => self.reader.scroll(&self.doc, -page),
            Action::HalfPageDown => self.reader.scroll(&self.doc, (self.reader.height / 2).max(1) as isize),
            Action::HalfPageUp => self.reader.scroll(&self.doc, -((self.reader.height / 2).max(1) as isize)),
            Action::Top => self.jump_start(true),
            Action::Bottom => self.jump_start(false),
            Action::PrevSection => self.section(false),
            Action::NextSection => self.section(true),
            Action::ToggleEntities => self.toggle_panel(Panel::Entities),
            Action::ToggleTimeline => self.toggle_panel(Panel::Timeline),
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrev => self.cycle_focus(false),
            Action::ToggleHighlights => self.highlights = !self.highlights,
            Action::Select => self.select(),
            Action::Detail => self.open_detail(),
            Action::NextMatch => self.step(true),
            Action::PrevMatch => self.step(false),
            Action::SortToggle => {
                self.entities.by_first_seen = !self.entities.by_first_seen;
                if let Some(a) = self.analysis.clone() {
                    self.entities.rebuild(&a);
                }
                let order = if self.entities.by_first_seen { "first appearance" } else { "mentions" };
                self.message = Some(format!("entities by {order}"));
            }
            Action::FilterEntities if self.focus == Focus::Entities => {
                let filter = self.entities.filter.clone();
                self.open_prompt(Prompt::Filter, &filter);
            }
            Action::FilterEntities | Action::Search => self.start_search(),
            Action::FilterTimeline => self.filter_timeline(),
            Action::Picker => {
                if self.analysis.is_none() {
                    self.message = Some("analysing… the picker opens when the analysis is done".into());
                } else {
                    let at = self.here();
                    self.open_picker(None, Some(at));
                }
            }
            Action::Back => self.back(),
            Action::Forward => self.forward(),
            Action::MergeEntity => self.start_choice(true),
            Action::SplitAlias => self.start_choice(false),
            Action::RenameEntity => self.start_rename(),
            Action::CycleKind => self.cycle_kind(),
            Action::HideEntity => self.hide_entity(),
            Action::Undo => self.undo_correction(),
            Action::SetDocumentDate => self.start_date_prompt(),
            Action::TimelineAxis => self.timeline.axis = !self.timeline.axis,
            Action::ToggleQuotes => self.toggle_detail_quotes(),
            Action::SpoilerSafe => self.toggle_spoiler(),
            Action::SetMark => {
                self.marks.pending = Some(marks::MarkOp::Set);
                self.message = Some("bookmark: press a letter".into());
            }
            Action::GotoMark => {
                self.marks.pending = Some(marks::MarkOp::Goto);
                self.message = Some("go to bookmark: press a letter".into());
            }
        }
        self.sync();
        Effect::None
    }

    fn list_page(&self) -> isize {
        let h = if self.picker_open() {
            self.picker.cursor.height
        } else if self.detail.is_open() {
            self.detail.cursor.height
        } else if self.focus == Focus::Entities {
            self.entities.cursor.height
        } else {
            self.timeline.cursor.height
        };
        h.max(1) as isize
    }

    /// Moves the cursor of whatever list has the keyboard.
    fn move_cursor(&mut self, delta: isize) {
        if self.picker_open() {
            self.picker.move_by(delta);
        } else if self.detail.is_open() {
            let n = self.detail_len();
            self.detail.cursor.move_by(delta, n);
        } else if self.focus == Focus::Entities {
            self.entities.move_by(delta);
        } else if self.focus == Focus::Timeline {
            self.timeline.move_by(delta);
        }
    }

    /// Esc: closes the innermost thing open.
    fn close(&mut self) {
        if self.close_prompt() {
            return;
        }
        if self.detail.is_open() {
            self.detail.close();
        } else if self.focus == Focus::Entities && !self.entities.filter.is_empty() {
            // A committed filter: Esc clears it (a second Esc leaves the panel).
            self.entities.filter.clear();
            if let Some(a) = self.analysis.clone() {
                self.entities.rebuild(&a);
            }
        } else if self.popup.is_some() {
            self.popup = None;
            self.focus = Focus::Reader;
        } else if self.focus != Focus::Reader {
            self.focus = Focus::Reader;
        } else {
            self.search.clear();
            self.selection = Default::default();
        }
    }

    fn toggle_panel(&mut self, panel: Panel) {
        let focus = match panel {
            Panel::Entities => Focus::Entities,
            Panel::Timeline => Focus::Timeline,
        };
        if self.width >= layout::WIDE {
            let flag = match panel {
                Panel::Entities => &mut self.docked.entities,
                Panel::Timeline => &mut self.docked.timeline,
            };
            *flag = !*flag;
            if *flag {
                self.focus = focus;
            }
        } else if self.popup == Some(panel) {
            self.popup = None;
            self.focus = Focus::Reader;
        } else {
            self.popup = Some(panel);
            self.focus = focus;
        }
    }

    fn cycle_focus(&mut self, forward: bool) {
        let shown = self.shown();
        let mut order = vec![Focus::Reader];
        if shown.entities {
            order.push(Focus::Entities);
        }
        if shown.timeline {
            order.push(Focus::Timeline);
        }
        let i = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = order.len();
        self.focus = order[if forward { (i + 1) % n } else { (i + n - 1) % n }];
    }

    /// Enter on a list row.
    fn select(&mut self) {
        if self.detail.is_open() {
            self.select_in_detail();
        } else if self.focus == Focus::Entities {
            if let Some(id) = self.entities.selected() {
                self.select_entity(id);
            }
        } else if self.focus == Focus::Timeline
            && let Some(item) = self.timeline.selected()
        {
            self.jump_to_event(item);
        }
    }

    fn open_detail(&mut self) {
        let Some(analysis) = self.analysis.clone() else {
            self.message = Some("analysing…".into());
            return;
        };
        let id = if self.focus == Focus::Entities { self.entities.selected() } else { None };
        match id.or(self.selection.entity).or(self.entities.selected()) {
            Some(id) => {
                let mention = if self.selection.entity == Some(id) { self.selection.mention } else { None };
                self.detail.open(&self.doc, &analysis, id, mention);
            }
            None => self.message = Some("no entity selected".into()),
        }
    }

    fn filter_timeline(&mut self) {
        let Some(a) = self.analysis.clone() else { return };
        if self.timeline.only_entity.is_some() {
            self.timeline.only_entity = None;
            self.message = Some("timeline: all entries".into());
        } else {
            match self.selection.entity.or(self.entities.selected()) {
                Some(id) => {
                    self.timeline.only_entity = Some(id);
                    let name = a.entities.get(id).map_or("", |e| e.name.as_str());
                    self.message = Some(format!("timeline: only entries mentioning {name}"));
                }
                None => self.message = Some("select an entity first".into()),
            }
        }
        self.timeline.rebuild(&a);
    }

    /// The status line's navigation part: `Name · mention 3/8` or `match 2/14`.
    pub fn nav_status(&self) -> Option<String> {
        match self.selection.nav {
            selection::Nav::Entity => {
                let e = self.analysis.as_ref()?.entities.get(self.selection.entity?)?;
                let i = self.selection.mention.map_or(0, |m| m + 1);
                Some(format!("{} · mention {i}/{}", crate::display::sanitize_line(&e.name), e.mentions.len()))
            }
            selection::Nav::Search => {
                let rank = self.search.rank(&self.doc.text).map_or("…".to_string(), |r| r.to_string());
                let total = self.search.total().map_or("…".to_string(), |t| t.to_string());
                Some(format!("match {rank}/{total}"))
            }
            selection::Nav::None => None,
        }
    }
}
