//! The input line: one [`Prompt`] says what is being typed for (search, panel filter, rename,
//! the picker's query, the document date), one [`LineInput`] holds the text, and the editing actions (type,
//! delete a character or a word, clear) act on it whatever the prompt.
//!
//! Before this, each input had its own flag and its own buffer, and every entry point
//! (`mode`, typing, deleting, Enter, Esc) repeated the same priority chain over the four
//! flags. Now a prompt is a value: opening one replaces any other, [`State::prompt_edited`]
//! is the only place that says what an edit does to the rest of the state, and
//! [`State::confirm`] / [`State::close_prompt`] the only places that say how a prompt ends.
//! A new prompt is a variant here and an arm in each of those three.

use super::State;

/// What the picker is choosing, when a correction opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// The entity to merge the named one into.
    MergeInto(String),
    /// The alias of the named entity to split off.
    SplitOff(String),
}

/// What the input line is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// `/` in the reader: incremental search of the text.
    Search,
    /// `/` in the entities panel: the panel's filter.
    Filter,
    /// `R`: a new name for the entity of this (extracted) name.
    Rename(String),
    /// The fuzzy picker's query; `Some` while the picker chooses for a correction.
    Picker(Option<Choice>),
    /// `D`: the document date relative dates are resolved against.
    Date,
}

impl Prompt {
    /// The label the status bar shows before the text (the picker has its own box).
    pub fn label(&self) -> &'static str {
        match self {
            Prompt::Search => "/",
            Prompt::Filter => "filter entities: ",
            Prompt::Rename(_) => "rename to: ",
            Prompt::Picker(_) => "> ",
            Prompt::Date => "document date (YYYY[-MM[-DD]], empty: as found): ",
        }
    }
}

/// A line of typed text. Editing is at the end (type, Backspace, Ctrl-w, Ctrl-u), which is
/// all a one-line query or name needs, and keeps every view of it a plain string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
}

impl LineInput {
    /// A line holding `text` (a prefilled prompt).
    pub fn new(text: &str) -> LineInput {
        LineInput { text: text.to_string() }
    }

    /// The text typed so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Types a character at the end.
    pub fn push(&mut self, c: char) {
        self.text.push(c);
    }

    /// Deletes the last character; false when there was none.
    pub fn backspace(&mut self) -> bool {
        self.text.pop().is_some()
    }

    /// Ctrl-w: deletes the last word and the spaces after it.
    pub fn delete_word(&mut self) {
        let trimmed = self.text.trim_end().len();
        let start = self.text[..trimmed].rfind(char::is_whitespace).map_or(0, |i| i + 1);
        self.text.truncate(start);
    }

    /// Ctrl-u: clears the line.
    pub fn clear(&mut self) {
        self.text.clear();
    }
}

/// How the line is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Types a character.
    Type(char),
    /// Backspace.
    DeleteChar,
    /// Ctrl-w: the last word.
    DeleteWord,
    /// Ctrl-u: the whole line.
    Clear,
}

impl State {
    /// Opens `prompt` with `text` in the line, replacing any prompt open before.
    pub fn open_prompt(&mut self, prompt: Prompt, text: &str) {
        self.input = LineInput::new(text);
        self.prompt = Some(prompt);
    }

    /// Whether the fuzzy picker is open.
    pub fn picker_open(&self) -> bool {
        matches!(self.prompt, Some(Prompt::Picker(_)))
    }

    /// The picker's title: what picking does.
    pub fn picker_title(&self) -> String {
        let name = |n: &str| crate::display::sanitize_line(n);
        match &self.prompt {
            Some(Prompt::Picker(Some(Choice::MergeInto(n)))) => format!("Merge {} into…", name(n)),
            Some(Prompt::Picker(Some(Choice::SplitOff(n)))) => format!("Split off a name of {}", name(n)),
            _ => "Jump to".to_string(),
        }
    }

    /// Opens the picker over its current index, ranking for a reader at byte `at`; `choice`
    /// when it chooses for a correction (the caller has put the candidates in the index).
    pub fn open_picker(&mut self, choice: Option<Choice>, at: Option<usize>) {
        self.picker.at = at;
        self.open_prompt(Prompt::Picker(choice), "");
        self.prompt_edited();
    }

    /// Edits the line of the open prompt, then lets the prompt's owner follow.
    pub fn edit(&mut self, edit: Edit) {
        if self.prompt.is_none() {
            return;
        }
        match edit {
            Edit::Type(c) => self.input.push(c),
            Edit::DeleteChar => {
                self.input.backspace();
            }
            Edit::DeleteWord => self.input.delete_word(),
            Edit::Clear => self.input.clear(),
        }
        self.prompt_edited();
        self.sync();
    }

    /// What an edit of the line changes: search matches, the picker's hits, the panel's rows.
    pub fn prompt_edited(&mut self) {
        let text = self.input.text().to_string();
        match &self.prompt {
            Some(Prompt::Search) => {
                self.search.query = text;
                self.refresh_search();
            }
            Some(Prompt::Filter) => {
                self.entities.filter = text;
                if let Some(a) = self.analysis.clone() {
                    self.entities.rebuild(&a);
                }
            }
            Some(Prompt::Picker(_)) => {
                self.picker.query = text;
                self.picker.refresh();
            }
            Some(Prompt::Rename(_) | Prompt::Date) | None => {}
        }
    }

    /// Enter in the input line.
    pub fn confirm(&mut self) {
        let text = self.input.text().to_string();
        match self.prompt.take() {
            Some(Prompt::Search) => self.confirm_search(),
            Some(Prompt::Filter) => {}
            Some(Prompt::Rename(entity)) => self.finish_rename(entity, &text),
            Some(Prompt::Picker(Some(choice))) => self.finish_choice(choice),
            Some(Prompt::Picker(None)) => self.pick(),
            Some(Prompt::Date) => self.finish_date_prompt(&text),
            None => {}
        }
        self.input.clear();
    }

    /// Esc in the input line: cancels the prompt. False when no prompt was open.
    pub fn close_prompt(&mut self) -> bool {
        let Some(prompt) = self.prompt.take() else { return false };
        match prompt {
            Prompt::Search => self.cancel_search(),
            Prompt::Filter => {
                self.entities.filter.clear();
                if let Some(a) = self.analysis.clone() {
                    self.entities.rebuild(&a);
                }
            }
            Prompt::Rename(_) | Prompt::Date => {}
            Prompt::Picker(choice) => {
                if choice.is_some() {
                    self.refresh_picker_index();
                }
            }
        }
        self.input.clear();
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_editing() {
        let mut l = LineInput::new("Harbour Authority  ");
        l.delete_word();
        assert_eq!(l.text(), "Harbour ");
        l.delete_word();
        assert_eq!(l.text(), "");
        l.push('a');
        l.push('é');
        assert!(l.backspace());
        assert_eq!(l.text(), "a");
        l.clear();
        assert!(l.is_empty() && !l.backspace());
    }
}
