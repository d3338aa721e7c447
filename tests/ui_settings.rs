//! Settings applied in the UI: key overrides (bad ones become a status-bar warning), marks,
//! panel width, theme and start-up warnings.

mod common;

use common::fixture::{configured, options, press};
use dossier::config::{Config, Theme};

#[test]
fn key_overrides_apply_and_bad_ones_warn() {
    let mut config = Config::default();
    let reader = config.keys.entry("reader".into()).or_default();
    reader.insert("line_down".into(), vec!["ctrl-e".into()]);
    reader.insert("fly".into(), vec!["x".into()]);
    let mut st = configured(&options(config), 120, 40);
    let msg = st.message.clone().unwrap_or_default();
    assert!(msg.contains("keys.reader.fly") && msg.contains("unknown action"), "{msg}");
    let top = st.reader.top;
    press(&mut st, "j");
    assert_eq!(st.reader.top, top, "j no longer scrolls");
    press(&mut st, "ctrl-e");
    assert!(st.reader.top > top);
}

#[test]
fn marks_panel_width_theme_and_warnings() {
    let config = Config { marks: false, panel_width: Some(30), theme: Theme::Mono, ..Config::default() };
    let mut opts = options(config);
    opts.warnings.push("config line 3: something".into());
    let mut st = configured(&opts, 120, 40);
    assert!(!st.highlights);
    assert_eq!(st.layout.entities.unwrap().width, 30);
    assert!(!st.theme.color);
    assert!(st.message.as_deref().unwrap_or("").contains("config line 3"));
    press(&mut st, "h");
    assert!(st.highlights);
    let hc = configured(&options(Config { theme: Theme::HighContrast, ..Config::default() }), 120, 40);
    assert!(hc.theme.contrast);
}
