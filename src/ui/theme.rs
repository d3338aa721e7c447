//! Colours and text attributes, from the terminal's own 16-colour palette.
//!
//! Only the named ANSI colours are used (never RGB), so the reader takes on the user's
//! terminal theme, light or dark. With `NO_COLOR` set (https://no-color.org) every style
//! falls back to attributes alone (bold, underline, reverse), which still tell mentions,
//! selection and the current match apart. The config's `theme` picks one of three: the
//! terminal palette (the default), high contrast (bright, bold colours and reverse-video
//! mention marks, for low vision or washed-out screens) and mono (as with `NO_COLOR`).

use crate::analysis::Kind;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    /// Bright, bold colours and reverse-video mention marks.
    pub contrast: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to a non-empty value.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color, contrast: false }
    }

    /// The theme a config asks for; `NO_COLOR` still wins over colour.
    pub fn from_config(theme: crate::config::Theme) -> Theme {
        let env = Theme::from_env();
        match theme {
            crate::config::Theme::Terminal => env,
            crate::config::Theme::HighContrast => Theme { color: env.color, contrast: true },
            crate::config::Theme::Mono => Theme { color: false, contrast: false },
        }
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
        if self.contrast {
            return self
                .fg(match kind {
                    Kind::Person => Color::LightGreen,
                    Kind::Organization => Color::LightMagenta,
                    Kind::Place => Color::LightBlue,
                    Kind::Other => Color::LightCyan,
                })
                .add_modifier(Modifier::BOLD);
        }
        self.fg(match kind {
            Kind::Person => Color::Green,
            Kind::Organization => Color::Magenta,
            Kind::Place => Color::Blue,
            Kind::Other => Color::Cyan,
        })
    }

    /// Every mention, subtly (in reverse video with high contrast).
    pub fn mention(&self, kind: Kind) -> Style {
        if self.contrast {
            self.kind(kind).add_modifier(Modifier::REVERSED)
        } else if self.color {
            self.kind(kind)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_uses_attributes_only() {
        let mono = Theme { color: false, contrast: false };
        for style in [
            mono.title(),
            mono.heading(),
            mono.mention(Kind::Person),
            mono.selected_mention(Kind::Place),
            mono.search_match(),
            mono.current(),
            mono.marker(),
            mono.dim(),
        ] {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
        // Marks stay distinguishable without colour.
        assert_ne!(mono.mention(Kind::Person), mono.selected_mention(Kind::Person));
        assert_ne!(mono.search_match(), mono.current());
        // With colour, only the 16 named ANSI colours are used.
        let c = Theme { color: true, contrast: false };
        assert!(matches!(c.kind(Kind::Person).fg, Some(Color::Green)));
    }

    #[test]
    fn config_themes() {
        use crate::config::Theme as T;
        let mono = Theme::from_config(T::Mono);
        assert_eq!(mono.kind(Kind::Person).fg, None);
        let hc = Theme { color: true, contrast: true };
        let m = hc.mention(Kind::Person);
        assert!(m.add_modifier.contains(Modifier::REVERSED | Modifier::BOLD), "{m:?}");
        assert_eq!(m.fg, Some(Color::LightGreen));
        assert!(Theme::from_config(T::HighContrast).contrast);
        assert!(!Theme::from_config(T::Terminal).contrast);
    }
}
