//! What a user can ask for, independent of which key asked.
//!
//! Keys become actions in one place (the keymap, held as data in `assets/keymap.toml`), and
//! the state only ever sees actions. Serde names (snake_case) are how the keymap file and,
//! later, user overrides name them; `describe` is what the help overlay says about each one.
//! Declaration order is the order the help overlay lists them in.

use serde::{Deserialize, Serialize};

/// Something a user can ask for (see [`Action::describe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Quit.
    Quit,
    /// Suspend to the shell.
    Suspend,
    /// This help.
    Help,
    /// Close / cancel.
    Close,
    /// Down a line.
    LineDown,
    /// Up a line.
    LineUp,
    /// Down a page.
    PageDown,
    /// Up a page.
    PageUp,
    /// Down half a page.
    HalfPageDown,
    /// Up half a page.
    HalfPageUp,
    /// To the start.
    Top,
    /// To the end.
    Bottom,
    /// Previous section.
    PrevSection,
    /// Next section.
    NextSection,
    /// Entities panel.
    ToggleEntities,
    /// Timeline panel.
    ToggleTimeline,
    /// Focus next panel.
    FocusNext,
    /// Focus prev panel.
    FocusPrev,
    /// Marks on/off.
    ToggleHighlights,
    /// Select / jump.
    Select,
    /// Entity detail.
    Detail,
    /// Next mention/match.
    NextMatch,
    /// Prev mention/match.
    PrevMatch,
    /// Sort: count/first.
    SortToggle,
    /// Filter entities.
    FilterEntities,
    /// Timeline by entity.
    FilterTimeline,
    /// Fuzzy picker.
    Picker,
    /// Search the text.
    Search,
    /// Back before jump.
    Back,
    /// Forward again.
    Forward,
    /// Set bookmark.
    SetMark,
    /// Go to bookmark.
    GotoMark,
    /// Merge entity into….
    MergeEntity,
    /// Rename entity.
    RenameEntity,
    /// Change entity kind.
    CycleKind,
    /// Hide entity.
    HideEntity,
    /// Split off an alias.
    SplitAlias,
    /// Undo correction.
    Undo,
    /// Set document date.
    SetDocumentDate,
    /// Timeline time axis.
    TimelineAxis,
    /// Next row.
    Down,
    /// Previous row.
    Up,
    /// Accept.
    Confirm,
    /// Delete a character.
    DeleteChar,
    /// Delete a word.
    DeleteWord,
    /// Clear the line.
    ClearLine,
    /// Detail: mentions/quotes.
    ToggleQuotes,
    /// Spoiler-safe on/off.
    SpoilerSafe,
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
            Action::Forward => "forward again",
            Action::SetMark => "set bookmark",
            Action::GotoMark => "go to bookmark",
            Action::MergeEntity => "merge entity into…",
            Action::RenameEntity => "rename entity",
            Action::CycleKind => "change entity kind",
            Action::HideEntity => "hide entity",
            Action::SplitAlias => "split off an alias",
            Action::Undo => "undo correction",
            Action::SetDocumentDate => "set document date",
            Action::TimelineAxis => "timeline time axis",
            Action::Down => "next row",
            Action::Up => "previous row",
            Action::Confirm => "accept",
            Action::DeleteChar => "delete a character",
            Action::DeleteWord => "delete a word",
            Action::ClearLine => "clear the line",
            Action::ToggleQuotes => "detail: mentions/quotes",
            Action::SpoilerSafe => "spoiler-safe on/off",
        }
    }
}
