//! Colours and text attributes, from the terminal's own 16-colour palette.
//!
//! Only the named ANSI colours are used (never RGB), so the reader takes on the user's
//! terminal theme, light or dark. With `NO_COLOR` set (https://no-color.org) every style
//! falls back to attributes alone (bold, underline, reverse), which still tell mentions,
//! selection and the current match apart.

use crate::analysis::Kind;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color { Style::new().fg(c) } else { Style::new() }
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn meta(&self) -> Style {
        self.fg(Color::DarkGray).add_modifier(Modifier::ITALIC)
    }

    pub fn dim(&self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn message(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Colour of an entity kind (panel tags, subtle mention marks).
    pub fn kind(&self, kind: Kind) -> Style {
        self.fg(match kind {
            Kind::Person => Color::Green,
            Kind::Organization => Color::Magenta,
            Kind::Place => Color::Blue,
            Kind::Other => Color::Cyan,
        })
    }

    /// Every mention, subtly.
    pub fn mention(&self, kind: Kind) -> Style {
        if self.color { self.kind(kind) } else { Style::new().add_modifier(Modifier::UNDERLINED) }
    }

    /// Mentions of the selected entity.
    pub fn selected_mention(&self, kind: Kind) -> Style {
        self.kind(kind).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// A search match.
    pub fn search_match(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }

    /// The current mention, match or jumped-to expression.
    pub fn current(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The selected row of a list.
    pub fn selected_row(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// Characters matched by a fuzzy query.
    pub fn matched(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused { self.fg(Color::Cyan).add_modifier(Modifier::BOLD) } else { self.dim() }
    }

    /// The reading-position marker on density strips.
    pub fn marker(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}
