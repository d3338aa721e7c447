//! Key-sequence tests: the UI driven through its state by keys (as a user types them) with
//! the sample article and a hand-built analysis; no terminal involved.

mod common;

use common::fixture::{id, press, screen, state};
use dossier::ui::state::selection::Nav;
use dossier::ui::state::{Effect, Focus};

fn mention_of(st: &dossier::ui::state::State) -> Option<usize> {
    st.selection.mention
}

#[test]
fn scrolling_keys_move_the_text() {
    let mut st = state(80, 24);
    let first = st.reader.top;
    press(&mut st, "j j j");
    assert!(st.reader.top > first);
    press(&mut st, "k k k");
    assert_eq!(st.reader.top, first);
    press(&mut st, "space");
    assert!(!screen(&st).contains("When the political officer"));
    press(&mut st, "b");
    assert!(screen(&st).contains("When the political officer"));
    press(&mut st, "G");
    assert_eq!(st.reader.percent, 100);
    assert!(screen(&st).contains("Image credit"));
    press(&mut st, "g");
    assert_eq!(st.reader.percent, 0);
    press(&mut st, "ctrl-d");
    let half = st.reader.top;
    press(&mut st, "ctrl-u");
    assert!(st.reader.top < half);
}

#[test]
fn sections_jump_to_headings() {
    let mut st = state(80, 24);
    press(&mut st, "]");
    let s = screen(&st);
    assert!(s.lines().nth(1).unwrap().contains("Much in Common"), "{s}");
    press(&mut st, "]");
    assert!(screen(&st).lines().nth(1).unwrap().contains("Painful Truths"));
    press(&mut st, "[");
    assert!(screen(&st).lines().nth(1).unwrap().contains("Much in Common"));
}

#[test]
fn selecting_an_entity_then_n_and_n_wrap() {
    let mut st = state(120, 40);
    let bin = id(&st, "Osama bin Laden");
    let total = st.analysis.as_ref().unwrap().entities[bin].mentions.len();
    assert!(total > 3);
    // Focus the entities panel and walk to bin Laden's row.
    press(&mut st, "tab");
    assert_eq!(st.focus, Focus::Entities);
    while st.entities.selected() != Some(bin) {
        press(&mut st, "j");
    }
    press(&mut st, "enter");
    assert_eq!(st.selection.entity, Some(bin));
    assert_eq!(st.selection.nav, Nav::Entity);
    assert_eq!(mention_of(&st), Some(0));
    assert!(screen(&st).contains(&format!("Osama bin Laden · mention 1/{total}")));
    let span = st.selection.current.unwrap();
    assert!(st.reader.shows(span.start), "the mention is on screen");
    for _ in 1..total {
        press(&mut st, "n");
    }
    assert_eq!(mention_of(&st), Some(total - 1));
    press(&mut st, "n");
    assert_eq!(mention_of(&st), Some(0), "n wraps to the first");
    press(&mut st, "N");
    assert_eq!(mention_of(&st), Some(total - 1), "N wraps to the last");
    assert!(screen(&st).contains(&format!("mention {total}/{total}")));
}

#[test]
fn enter_jumps_to_the_first_mention_after_the_reading_position() {
    let mut st = state(120, 40);
    let haq = id(&st, "Jalaluddin Haqqani");
    press(&mut st, "]");
    let top = st.reader.top_byte(&st.doc.clone());
    st.select_entity(haq);
    let m = st.analysis.as_ref().unwrap().entities[haq].mentions[st.selection.mention.unwrap()];
    assert!(m.start >= top);
    assert!(st.reader.shows(m.start));
}

#[test]
fn search_as_you_type_then_n_follows_the_search() {
    let mut st = state(80, 24);
    press(&mut st, "/ zawa");
    assert!((st.prompt == Some(dossier::ui::state::prompt::Prompt::Search)));
    assert_eq!(st.search.total().unwrap(), 1);
    press(&mut st, "backspace backspace backspace backspace");
    press(&mut st, "haqqani");
    let n = st.search.total().unwrap();
    assert!(n > 5);
    press(&mut st, "enter");
    assert_eq!(st.selection.nav, Nav::Search);
    press(&mut st, "n");
    assert!(screen(&st).contains(&format!("match 2/{n}")));
    // Smart case: a capital makes it case-sensitive.
    press(&mut st, "/ Taliban enter");
    let sensitive = st.search.total().unwrap();
    press(&mut st, "/ taliban enter");
    assert!(st.search.total().unwrap() >= sensitive);
    // After an entity jump, n follows the entity.
    let bin = id(&st, "Osama bin Laden");
    st.select_entity(bin);
    press(&mut st, "n");
    assert_eq!(st.selection.nav, Nav::Entity);
    assert_eq!(mention_of(&st), Some(1));
}

#[test]
fn escape_cancels_a_search_and_restores_the_position() {
    let mut st = state(80, 24);
    let top = st.reader.top;
    press(&mut st, "/ painful");
    assert_ne!(st.reader.top, top, "moved to the match while typing");
    press(&mut st, "esc");
    assert_eq!(st.reader.top, top);
    assert!(!st.search.active());
}

#[test]
fn history_goes_back_after_jumps() {
    let mut st = state(80, 24);
    press(&mut st, "j j");
    let before = st.reader.top;
    press(&mut st, "G");
    press(&mut st, "backspace");
    assert_eq!(st.reader.top, before);
    let bin = id(&st, "Osama bin Laden");
    st.select_entity(bin);
    press(&mut st, "n n");
    press(&mut st, "ctrl-o ctrl-o ctrl-o");
    assert_eq!(st.reader.top, before);
    press(&mut st, "backspace");
    assert!(screen(&st).contains("no earlier position"));
}

#[test]
fn picker_selects_the_entity_so_n_continues() {
    let mut st = state(80, 24);
    press(&mut st, "ctrl-p bin space lad");
    assert!(st.picker_open());
    press(&mut st, "enter");
    assert!(!st.picker_open());
    let bin = id(&st, "Osama bin Laden");
    assert_eq!(st.selection.entity, Some(bin));
    assert!(screen(&st).contains("mention 1/"));
    press(&mut st, "n");
    assert!(screen(&st).contains("mention 2/"));
    press(&mut st, "p esc");
    assert!(!st.picker_open());
}

#[test]
fn resize_keeps_the_reading_position() {
    let mut st = state(80, 24);
    press(&mut st, "space space");
    let anchor = st.reader.anchor;
    for (w, h) in [(120, 40), (30, 10), (200, 60), (80, 24), (20, 6)] {
        st.resize(w, h);
        assert_eq!(st.reader.anchor, anchor, "{w}x{h}");
        assert!(st.reader.shows(anchor), "{w}x{h}: the sentence stays on screen");
    }
}

#[test]
fn panels_toggle_focus_and_filter() {
    let mut st = state(120, 40);
    press(&mut st, "e");
    assert!(st.layout.entities.is_none());
    press(&mut st, "e");
    assert!(st.layout.entities.is_some());
    assert_eq!(st.focus, Focus::Entities);
    press(&mut st, "/ zawa");
    assert_eq!(st.entities.rows.len(), 2, "one heading, one entity");
    press(&mut st, "enter");
    assert!(st.prompt.is_none());
    // The first Esc clears the committed filter, the second leaves the panel.
    press(&mut st, "esc esc");
    press(&mut st, "shift-tab");
    assert_eq!(st.focus, Focus::Timeline);
    let haq = id(&st, "Jalaluddin Haqqani");
    st.select_entity(haq);
    press(&mut st, "f");
    assert!(st.timeline.rows.len() < st.analysis.as_ref().unwrap().timeline.len());
    press(&mut st, "f");
    assert_eq!(st.timeline.rows.len(), st.analysis.as_ref().unwrap().timeline.len());
    press(&mut st, "h");
    assert!(!st.highlights);
}

#[test]
fn quit_keys_and_help() {
    let mut st = state(80, 24);
    press(&mut st, "?");
    assert!(st.help);
    press(&mut st, "x");
    assert!(!st.help);
    assert_eq!(press(&mut st, "q"), Effect::Quit);
    press(&mut st, "/");
    assert_eq!(press(&mut st, "q"), Effect::None, "q is typed in the search");
    assert_eq!(press(&mut st, "ctrl-c"), Effect::Quit);
}

#[test]
fn any_size_and_any_key_never_panics() {
    let mut st = state(80, 24);
    let keys = [
        "j",
        "G",
        "e",
        "t",
        "tab",
        "enter",
        "i",
        "n",
        "N",
        "p",
        "x",
        "esc",
        "/",
        "a",
        "enter",
        "]",
        "backspace",
    ];
    for w in [1u16, 5, 19, 20, 33, 99, 100, 160, 500] {
        for h in [1u16, 3, 6, 7, 24, 200] {
            st.resize(w, h);
            for k in keys {
                press(&mut st, k);
                let _ = screen(&st);
            }
            press(&mut st, "esc esc esc");
        }
    }
}

#[test]
fn clicking_a_row_focuses_selects_and_jumps() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut st = state(120, 40);
    let bin = id(&st, "Osama bin Laden");
    let s = screen(&st);
    let (row, line) = s.lines().enumerate().find(|(_, l)| l.contains(" Osama bin Laden ")).unwrap();
    let column = line.chars().position(|c| c == 'O').unwrap() as u16;
    let click =
        |kind, row: usize| MouseEvent { kind, column, row: row as u16, modifiers: KeyModifiers::NONE };
    st.handle_mouse(click(MouseEventKind::Down(MouseButton::Left), row));
    assert_eq!(st.focus, Focus::Entities);
    assert_eq!(st.selection.entity, Some(bin));
    assert!(screen(&st).contains("Osama bin Laden · mention 1/"));
    // The wheel over the text scrolls it.
    let top = st.reader.top;
    st.handle_mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 5,
        row: 5,
        modifiers: KeyModifiers::NONE,
    });
    assert!(st.reader.top > top);
}

#[test]
fn back_and_forward_move_the_counter_with_the_position() {
    let mut st = state(120, 40);
    let bin = id(&st, "Osama bin Laden");
    st.select_entity(bin);
    press(&mut st, "n n n");
    assert!(st.nav_status().unwrap().contains("mention 4/"), "{:?}", st.nav_status());
    let top = st.reader.top;
    press(&mut st, "backspace");
    let back = st.nav_status().unwrap();
    assert!(!back.contains("mention 4/"), "the counter follows the position: {back}");
    assert!(st.selection.mention < Some(3));
    // Forward (L) returns where Back came from, like a browser's.
    press(&mut st, "L");
    assert_eq!(st.reader.top, top);
    press(&mut st, "L");
    assert_eq!(st.message.as_deref(), Some("no later position"));
}

#[test]
fn the_wheel_over_a_panel_scrolls_it() {
    use ratatui::crossterm::event::{KeyModifiers, MouseEvent, MouseEventKind};
    let mut st = state(120, 12);
    let panel = st.layout.entities.unwrap();
    let wheel =
        |kind| MouseEvent { kind, column: panel.x + 3, row: panel.y + 3, modifiers: KeyModifiers::NONE };
    let top = st.reader.top;
    st.handle_mouse(wheel(MouseEventKind::ScrollDown));
    assert_eq!(st.entities.cursor.offset, 3, "the panel scrolled three rows");
    assert_eq!(st.reader.top, top, "the text did not move");
    st.handle_mouse(wheel(MouseEventKind::ScrollUp));
    assert_eq!(st.entities.cursor.offset, 0);
}

#[test]
fn counts_are_singular_for_one() {
    let mut st = state(120, 40);
    press(&mut st, "/");
    for c in "rawalpindi".chars() {
        press(&mut st, &c.to_string());
    }
    assert!(screen(&st).contains("(1 match)"), "{}", screen(&st));
}

#[test]
fn help_scrolls_to_its_last_binding_at_80x24_and_fits_20x6() {
    let mut st = state(80, 24);
    press(&mut st, "?");
    let first = screen(&st);
    assert!(first.contains("Reading") && first.contains("j/k, PgDn scroll"), "{first}");
    assert!(!first.contains("…"), "nothing is cut at 80 columns:\n{first}");
    press(&mut st, "j");
    assert_eq!(st.help_scroll, 1);
    press(&mut st, "G");
    let last = screen(&st);
    assert!(last.contains("clear the line") && last.contains("(cont.)"), "{last}");
    assert!(st.help, "scrolling keys keep the help open");
    press(&mut st, "x");
    assert!(!st.help);
    let mut small = state(20, 6);
    press(&mut small, "?");
    assert!(screen(&small).contains("Keys"), "{}", screen(&small));
}
