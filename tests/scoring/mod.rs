//! A Rust port of the evaluation scorer (`score.py` of the evaluation kit), so that CI guards
//! extraction quality on the gold fixtures in `tests/fixtures/`.
//!
//! Gold files follow the kit's schema: entities with kind, core, forms and every mention as a
//! byte span; timeline items with text, span, value (plus optional mod/alt) and core. The
//! definitions of every figure are those of the reference scorer's docstring.
#![allow(dead_code)]

pub mod entities;
pub mod timeline;
pub mod timeml;

use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub doc: String,
    /// The document date: a string ("2024-03-13") or an object with a `value` (the sample).
    #[serde(default)]
    pub dct: Option<serde_json::Value>,
    pub entities: Vec<GoldEntity>,
    pub timeline: Vec<GoldTime>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    pub kind: String,
    #[serde(default = "yes")]
    pub core: bool,
    #[serde(default)]
    pub forms: Vec<String>,
    pub mentions: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldTime {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: String,
    #[serde(default = "yes")]
    pub core: bool,
    #[serde(default, rename = "mod")]
    pub date_mod: Option<String>,
    #[serde(default)]
    pub alt: Vec<String>,
}

impl Gold {
    /// The document date as `YYYY[-MM[-DD]]`, whichever shape the file gives it in.
    pub fn dct_value(&self) -> Option<&str> {
        match self.dct.as_ref()? {
            serde_json::Value::String(s) => Some(s),
            v => v.get("value").and_then(serde_json::Value::as_str),
        }
    }
}

fn yes() -> bool {
    true
}

/// A gold file and the document text it annotates (read from beside it).
pub fn load_gold(gold_path: &Path) -> (Gold, String) {
    let gold: Gold =
        serde_json::from_str(&std::fs::read_to_string(gold_path).expect("gold file")).expect("gold json");
    let doc_path = gold_path.with_file_name(&gold.doc);
    let text = std::fs::read_to_string(&doc_path).expect("gold document");
    (gold, text)
}

/// Every `*.gold.json` under `tests/fixtures/` (recursively), sorted.
pub fn all_gold_files() -> Vec<std::path::PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.to_string_lossy().ends_with(".gold.json") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), &mut out);
    out.sort();
    out
}
