//! Bookmarks through the keys: `m` + letter sets one, `'` + letter jumps (Back returns), the
//! picker lists them, and a non-letter cancels.

mod common;

use common::fixture::{press, state};
use dossier::search::EntryKind;

#[test]
fn set_jump_back_and_pick_bookmarks() {
    let mut st = state(120, 40);
    press(&mut st, "] ]");
    let marked = st.here();
    assert!(marked > 0);
    press(&mut st, "m a");
    assert!(st.message.as_deref().unwrap_or("").contains("bookmark a set"));
    assert_eq!(st.marks.map.get(&'a'), Some(&marked));
    assert!(st.dirty);
    press(&mut st, "g");
    assert_eq!(st.here(), 0);
    press(&mut st, "' a");
    assert_eq!(st.here(), marked);
    press(&mut st, "backspace");
    assert_eq!(st.here(), 0);
    // Unknown letter, and a non-letter cancels without typing anything.
    press(&mut st, "' z");
    assert!(st.message.as_deref().unwrap_or("").contains("no bookmark z"));
    press(&mut st, "m 1");
    assert!(!st.marks.map.contains_key(&'1'));
    assert_eq!(st.here(), 0);
    // The picker lists the bookmark and Enter jumps there.
    press(&mut st, "p");
    for c in "bookmark a".chars() {
        let k = if c == ' ' { "space".to_string() } else { c.to_string() };
        press(&mut st, &k);
    }
    let hit = st.picker.selected().cloned().unwrap();
    assert!(matches!(st.picker.entry(&hit).unwrap().kind, EntryKind::Bookmark(_)));
    press(&mut st, "enter");
    assert_eq!(st.here(), marked);
}
