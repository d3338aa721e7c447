//! Keys to actions, held as data: `assets/keymap.toml` is embedded and parsed into a table
//! per mode, and the help overlay reads the same tables backwards (action → keys).
//!
//! Keeping bindings in a file rather than in `match` arms means there is exactly one place
//! that says what a key does, the help can never drift from the behaviour, and a user's
//! overrides (by action name) can later be layered on with the same parser.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::{BTreeMap, HashMap};

/// The embedded default bindings.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The text has focus.
    Reader,
    /// A panel, or a list in an overlay, has focus.
    List,
    /// Typing: picker, search, panel filter or rename.
    Input,
    /// The help overlay is open.
    Help,
    /// The key after `m` or `'`: a bookmark letter.
    Letter,
}

/// The binding tables, in the order they are consulted.
const TABLES: [&str; 6] = ["always", "common", "reader", "list", "input", "help"];

/// What a key press means, read in one place: an action, or a character typed into the
/// input line (or naming a bookmark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// A bound action.
    Act(Action),
    /// A character typed into the input line (or naming a bookmark).
    Type(char),
}

/// A key with its modifiers, normalised (shift is part of the character, not a modifier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key, shift folded into the character.
    pub code: KeyCode,
    /// With Ctrl.
    pub ctrl: bool,
    /// With Alt.
    pub alt: bool,
}

impl Key {
    /// The key of a terminal key event.
    pub fn from_event(ev: &KeyEvent) -> Key {
        let code = match ev.code {
            KeyCode::BackTab => KeyCode::BackTab,
            // Some terminals report ctrl-letters in upper case.
            KeyCode::Char(c) if ev.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        Key {
            code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
            alt: ev.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// Parses a key as written in the keymap file.
    pub fn parse(s: &str) -> Result<Key, String> {
        let (mut ctrl, mut alt) = (false, false);
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "shift-tab" | "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "delete" => KeyCode::Delete,
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
                    _ => return Err(format!("unknown key '{s}'")),
                }
            }
        };
        Ok(Key { code, ctrl, alt })
    }

    /// How the help overlay writes the key.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Delete => "Del".to_string(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        let mut s = String::new();
        if self.ctrl {
            s.push_str("Ctrl-");
        }
        if self.alt {
            s.push_str("Alt-");
        }
        s + &base
    }
}

/// One mode's bindings as written: action → keys, in action order.
pub type Table = BTreeMap<Action, Vec<Key>>;

/// The parsed keymap.
#[derive(Debug, Clone)]
pub struct Keymap {
    tables: HashMap<String, Table>,
    lookup: HashMap<(String, Key), Action>,
}

impl Keymap {
    /// The built-in bindings.
    pub fn builtin() -> Result<Keymap, String> {
        Keymap::parse(DEFAULT_KEYMAP)
    }

    /// Parses a keymap file; unknown tables, actions or keys are errors.
    pub fn parse(source: &str) -> Result<Keymap, String> {
        let raw: HashMap<String, BTreeMap<Action, Vec<String>>> =
            toml::from_str(source).map_err(|e| format!("keymap: {e}"))?;
        let mut tables = HashMap::new();
        let mut lookup = HashMap::new();
        for (name, entries) in raw {
            if !TABLES.contains(&name.as_str()) {
                return Err(format!("keymap: unknown mode [{name}]"));
            }
            let mut table = Table::new();
            for (action, keys) in entries {
                let mut parsed = Vec::new();
                for k in keys {
                    let key = Key::parse(&k).map_err(|e| format!("keymap [{name}] {action:?}: {e}"))?;
                    lookup.insert((name.clone(), key), action);
                    parsed.push(key);
                }
                table.insert(action, parsed);
            }
            tables.insert(name, table);
        }
        Ok(Keymap { tables, lookup })
    }

    /// Replaces the keys of `action` (by its serde name) in table `mode` — how a user's
    /// config overrides a binding. Unknown modes, actions or keys are errors and change nothing.
    pub fn override_keys(&mut self, mode: &str, action: &str, keys: &[String]) -> Result<(), String> {
        if !TABLES.contains(&mode) {
            return Err(format!("unknown mode '{mode}'"));
        }
        let action: Action = serde::Deserialize::deserialize(toml::Value::String(action.to_string()))
            .map_err(|_| format!("unknown action '{action}'"))?;
        let parsed = keys.iter().map(|k| Key::parse(k)).collect::<Result<Vec<Key>, String>>()?;
        let table = self.tables.entry(mode.to_string()).or_default();
        for old in table.remove(&action).unwrap_or_default() {
            self.lookup.remove(&(mode.to_string(), old));
        }
        for key in &parsed {
            self.lookup.insert((mode.to_string(), *key), action);
        }
        table.insert(action, parsed);
        Ok(())
    }

    /// The tables consulted in a mode, in order.
    pub fn tables_for(mode: Mode) -> &'static [&'static str] {
        match mode {
            Mode::Reader => &["reader", "common", "always"],
            Mode::List => &["list", "common", "always"],
            Mode::Input => &["input", "always"],
            Mode::Help => &["help", "always"],
            Mode::Letter => &["always"],
        }
    }

    /// What a key means in a mode: its binding, else (typing or naming a bookmark) the
    /// character it types.
    pub fn read(&self, mode: Mode, key: Key) -> Option<Command> {
        if let Some(a) = self.action(mode, key) {
            return Some(Command::Act(a));
        }
        match key.code {
            KeyCode::Char(c) if matches!(mode, Mode::Input | Mode::Letter) && !key.ctrl && !key.alt => {
                Some(Command::Type(c))
            }
            _ => None,
        }
    }

    /// The action bound to a key in a mode, if any.
    pub fn action(&self, mode: Mode, key: Key) -> Option<Action> {
        Keymap::tables_for(mode).iter().find_map(|t| self.lookup.get(&(t.to_string(), key)).copied())
    }

    /// One table's bindings (for the help overlay).
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.get(name)
    }

    /// The keys bound to an action in a table, as labels ("j, ↓").
    pub fn keys_label(&self, table: &str, action: Action) -> Option<String> {
        let keys = self.tables.get(table)?.get(&action)?;
        Some(keys.iter().map(Key::label).collect::<Vec<_>>().join(", "))
    }
}

/// Sections of the help, in order: (title, tables).
const SECTIONS: [(&str, &[&str]); 5] = [
    ("Reading", &["reader"]),
    ("Everywhere", &["common", "always"]),
    ("Panels and lists", &["list"]),
    ("Typing (picker, search, filter)", &["input"]),
    ("In this help", &["help"]),
];

/// The help overlay's rows, in order: `(Some(keys), what they do)`, or `(None, title)` for a
/// section title. Here, beside the tables, so the state can count them and the view draw them.
pub fn help_entries(keymap: &Keymap) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for (title, tables) in SECTIONS {
        out.push((None, title.to_string()));
        for t in tables {
            let Some(table) = keymap.table(t) else { continue };
            for action in table.keys() {
                let Some(keys) = keymap.keys_label(t, *action) else { continue };
                // Lists page and jump with the same keys as the reader: say it once.
                let same_as_reader =
                    *t == "list" && keymap.keys_label("reader", *action).as_deref() == Some(&keys);
                let same_as_common = *t == "input"
                    && *action == Action::Close
                    && keymap.keys_label("common", *action) == Some(keys.clone());
                if !same_as_reader && !same_as_common {
                    out.push((Some(keys), action.describe().to_string()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> Key {
        Key::from_event(&KeyEvent::new(code, m))
    }

    #[test]
    fn builtin_parses_and_binds() {
        let km = Keymap::builtin().unwrap();
        let none = KeyModifiers::NONE;
        assert_eq!(km.action(Mode::Reader, key(KeyCode::Char('j'), none)), Some(Action::LineDown));
        assert_eq!(km.action(Mode::List, key(KeyCode::Char('j'), none)), Some(Action::Down));
        assert_eq!(
            km.action(Mode::Reader, key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            km.action(Mode::Input, key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(km.action(Mode::Input, key(KeyCode::Char('q'), none)), None);
        assert_eq!(
            km.action(Mode::Reader, key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(km.action(Mode::Input, key(KeyCode::Char('p'), KeyModifiers::CONTROL)), Some(Action::Up));
        assert_eq!(km.keys_label("reader", Action::LineDown).as_deref(), Some("j, ↓"));
        assert_eq!(km.read(Mode::Input, key(KeyCode::Char('q'), none)), Some(Command::Type('q')));
        assert_eq!(km.read(Mode::Letter, key(KeyCode::Char('j'), none)), Some(Command::Type('j')));
        assert_eq!(km.read(Mode::Reader, key(KeyCode::Char('§'), none)), None);
        assert_eq!(
            km.read(Mode::Input, key(KeyCode::Char('w'), KeyModifiers::CONTROL)),
            Some(Command::Act(Action::DeleteWord))
        );
    }

    #[test]
    fn overrides_replace_an_actions_keys() {
        let mut km = Keymap::builtin().unwrap();
        km.override_keys("reader", "line_down", &["ctrl-e".into()]).unwrap();
        let none = KeyModifiers::NONE;
        assert_eq!(km.action(Mode::Reader, key(KeyCode::Char('j'), none)), None);
        assert_eq!(
            km.action(Mode::Reader, key(KeyCode::Char('e'), KeyModifiers::CONTROL)),
            Some(Action::LineDown)
        );
        assert_eq!(km.keys_label("reader", Action::LineDown).as_deref(), Some("Ctrl-e"));
        assert!(km.override_keys("reader", "fly", &[]).is_err());
        assert!(km.override_keys("nowhere", "quit", &[]).is_err());
        assert!(km.override_keys("reader", "quit", &["hyper-q".into()]).is_err());
    }

    #[test]
    fn bad_keymaps_are_errors() {
        assert!(Keymap::parse("[reader]\nfly = [\"x\"]").is_err());
        assert!(Keymap::parse("[reader]\nquit = [\"hyper-x\"]").is_err());
        assert!(Keymap::parse("[nowhere]\nquit = [\"x\"]").is_err());
    }
}
