//! A hand-built analysis of the sample article for UI tests: a few entities and timeline
//! entries whose spans are found by string search, so screen snapshots do not change when the
//! extractors improve.
#![allow(dead_code)]

use dossier::analysis::{Analysis, DateMod, Entity, Kind, TimelineItem};
use dossier::document::{self, Document, Input};
use dossier::span::Span;
use dossier::ui::{self, state::State};
use ratatui::buffer::Buffer;
use std::sync::Arc;

pub fn sample() -> Document {
    document::load(&Input::Sample).unwrap()
}

/// Every occurrence of any of `forms` (longest first), never overlapping.
fn find(text: &str, forms: &[&str]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for f in forms {
        for (i, _) in text.match_indices(f) {
            let s = Span::new(i, i + f.len());
            if !out.iter().any(|o| o.overlaps(&s)) {
                out.push(s);
            }
        }
    }
    out.sort();
    out
}

fn entity(text: &str, id: usize, name: &str, kind: Kind, forms: &[&str], evidence: &str) -> Entity {
    Entity {
        id,
        name: name.into(),
        kind,
        aliases: forms.iter().filter(|f| **f != name).map(|f| f.to_string()).collect(),
        evidence: vec![evidence.into()],
        mentions: find(text, forms),
    }
}

fn event(doc: &Document, text: &str, value: Option<&str>, display: &str, relative: bool) -> TimelineItem {
    let at = doc.text.find(text).unwrap();
    let span = Span::new(at, at + text.len());
    TimelineItem {
        text: text.into(),
        span,
        value: value.map(String::from),
        date_mod: if relative { Some(DateMod::Approx) } else { None },
        display: display.into(),
        range: None,
        anchor: None,
        relative,
        sentence: doc.sentence_at(at).unwrap_or(span),
        entities: vec![],
    }
}

pub fn analysis(doc: &Document) -> Analysis {
    let t = &doc.text;
    let mut entities = vec![
        entity(t, 0, "al-Qaeda", Kind::Organization, &["al-Qaeda"], "cue: militant group"),
        entity(
            t,
            0,
            "Jalaluddin Haqqani",
            Kind::Person,
            &["Jalaluddin Haqqani", "Haqqani"],
            "title: official",
        ),
        entity(t, 0, "Taliban", Kind::Organization, &["Taliban"], "gazetteer: organization"),
        entity(t, 0, "Osama bin Laden", Kind::Person, &["Osama bin Laden", "bin Laden"], "given name Osama"),
        entity(t, 0, "Afghanistan", Kind::Place, &["Afghanistan"], "gazetteer: country"),
        entity(t, 0, "Rawalpindi", Kind::Place, &["Rawalpindi"], "cue: city of"),
        entity(
            t,
            0,
            "US State Department",
            Kind::Organization,
            &["US State Department"],
            "suffix: Department",
        ),
        entity(t, 0, "Ayman al-Zawahiri", Kind::Person, &["al-Zawahiri"], "title: leader"),
    ];
    entities.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    let timeline = vec![
        event(doc, "the 1980s", Some("198X"), "1980s", false),
        event(doc, "May 1999", Some("1999-05"), "May 1999", false),
        event(doc, "More than twenty-two years since", Some("2021"), "~2021", true),
        event(doc, "February 2020", Some("2020-02"), "Feb 2020", false),
    ];
    Analysis { entities, timeline, document_date: None, ..Default::default() }
}

/// The sample with the hand-built analysis, sized.
pub fn state(width: u16, height: u16) -> State {
    let doc = sample();
    let a = analysis(&doc);
    let mut st = ui::new_state(Arc::new(doc), 80, width, height).unwrap();
    st.set_analysis(Arc::new(a));
    st
}

/// The id of the entity called `name`.
pub fn id(st: &State, name: &str) -> usize {
    st.analysis.as_ref().unwrap().entities.iter().position(|e| e.name == name).unwrap()
}

/// A buffer as plain text, one line per row, trailing spaces trimmed.
pub fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Draws the state at its size.
pub fn screen(st: &State) -> String {
    text(&ui::render_to_buffer(st, st.width, st.height))
}

/// Presses keys written as in the keymap file, separated by spaces ("ctrl-p", "j", "enter").
/// Characters of a word that is not a key name are typed one by one.
pub fn press(st: &mut State, keys: &str) -> dossier::ui::state::Effect {
    use dossier::ui::keymap::Key;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let mut last = dossier::ui::state::Effect::None;
    for word in keys.split(' ').filter(|w| !w.is_empty()) {
        let keys: Vec<Key> = match Key::parse(word) {
            Ok(k) => vec![k],
            Err(_) => word.chars().map(|c| Key::parse(&c.to_string()).unwrap()).collect(),
        };
        for k in keys {
            let mut m = KeyModifiers::NONE;
            if k.ctrl {
                m |= KeyModifiers::CONTROL;
            }
            if k.alt {
                m |= KeyModifiers::ALT;
            }
            last = st.handle_key(KeyEvent::new(k.code, m));
        }
    }
    last
}

/// Settings for the UI with a given config (no state file: `remember` is off).
pub fn options(config: dossier::config::Config) -> ui::Settings {
    ui::Settings { max_width: config.text_width, config, ..ui::Settings::new(document::Input::Sample) }
}

/// The sample with the hand-built analysis, sized, with `options`' settings applied.
pub fn configured(options: &ui::Settings, width: u16, height: u16) -> State {
    let doc = sample();
    let a = analysis(&doc);
    let mut st = ui::settings::configured_state(Arc::new(doc), options, width, height).unwrap();
    st.set_analysis(Arc::new(a));
    st
}
