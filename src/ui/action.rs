//! What a user can ask for, independent of which key asked.
//!
//! Keys become actions in one place (the keymap, held as data in `assets/keymap.toml`), and
//! the state only ever sees actions. Serde names (snake_case) are how the keymap file and,
//! later, user overrides name them; `describe` is what the help overlay says about each one.
//! Declaration order is the order the help overlay lists them in.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Suspend,
    Help,
    Close,
    LineDown,
    LineUp,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    PrevSection,
    NextSection,
    ToggleEntities,
    ToggleTimeline,
    FocusNext,
    FocusPrev,
    ToggleHighlights,
    Select,
    Detail,
    NextMatch,
    PrevMatch,
    SortToggle,
    FilterEntities,
    FilterTimeline,
    Picker,
    Search,
    Back,
    Down,
    Up,
    Confirm,
    DeleteChar,
}

impl Action {
    /// One line for the help overlay.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Suspend => "suspend to the shell",
            Action::Help => "this help",
            Action::Close => "close / cancel",
            Action::LineDown => "down a line",
            Action::LineUp => "up a line",
            Action::PageDown => "down a page",
            Action::PageUp => "up a page",
            Action::HalfPageDown => "down half a page",
            Action::HalfPageUp => "up half a page",
            Action::Top => "to the start",
            Action::Bottom => "to the end",
            Action::PrevSection => "previous section",
            Action::NextSection => "next section",
            Action::ToggleEntities => "entities panel",
            Action::ToggleTimeline => "timeline panel",
            Action::FocusNext => "focus next panel",
            Action::FocusPrev => "focus prev panel",
            Action::ToggleHighlights => "marks on/off",
            Action::Select => "select / jump",
            Action::Detail => "entity detail",
            Action::NextMatch => "next mention/match",
            Action::PrevMatch => "prev mention/match",
            Action::SortToggle => "sort: count/first",
            Action::FilterEntities => "filter entities",
            Action::FilterTimeline => "timeline by entity",
            Action::Picker => "fuzzy picker",
            Action::Search => "search the text",
            Action::Back => "back before jump",
            Action::Down => "next row",
            Action::Up => "previous row",
            Action::Confirm => "accept",
            Action::DeleteChar => "delete a character",
        }
    }
}
