//! The evidence table for entity kinds: rows of (name, kind, weight, test), parsed once.
//!
//! The kind each row votes for, its weight and its one-line description are data, in
//! `assets/lists/kind_weights.tsv` (embedded with `include_str!`), written by hand first and
//! refitted by `assets/tools/fit_kind_weights.py`; the test of each row is a function in
//! [`super::rules`], found by the row's name. Joining the two by name at load keeps the
//! weights out of code (they can be refitted without a rebuild of the logic) while every
//! test stays type-checked Rust. A row named in one place and not the other is a bug the
//! tests below catch. Rows whose description starts with "(list)" restate a word list: they
//! count once per entity rather than once per mention. Rows of kind `param` are constants
//! of the decision (see [`super::kinds::decide`]).

use super::rules::{TESTS, Test};
use super::rules_context::TESTS as MORE_TESTS;
use crate::analysis::Kind;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../assets/lists/kind_weights.tsv");

/// One row of the table.
pub struct Row {
    pub name: &'static str,
    pub kind: Kind,
    pub weight: f32,
    /// Says the same thing at every mention (a word list): counts once per entity.
    pub listed: bool,
    pub test: Test,
}

/// The parsed table: the voting rows in file order, and the decision constants.
pub struct Table {
    pub rows: Vec<Row>,
    /// The kind and weight given to an entity with no evidence: one word, several words.
    pub default_single: (Kind, f32),
    /// The same for one word that is a listed given name or surname.
    pub default_single_name: (Kind, f32),
    pub default_multi: (Kind, f32),
    /// Factor on the person score of a name with no evidence of a personal name.
    pub person_without_name: f32,
    /// Row indices of the rules that show a personal name (given name, honorific, ...).
    pub name_rows: Vec<usize>,
}

/// Rows that show the name is a personal name: without one of them, the person score is
/// scaled by `person_without_name` (a speech verb alone does not make a club a person).
const NAME_ROWS: &[&str] = &[
    "handle",
    "title",
    "honorific",
    "given_name",
    "person_particle",
    "initials",
    "regnal_number",
    "byline",
    "age_apposition",
    "saint_person",
];

fn parse_kind(s: &str) -> Option<Kind> {
    Some(match s {
        "person" => Kind::Person,
        "organization" => Kind::Organization,
        "place" => Kind::Place,
        "other" => Kind::Other,
        _ => return None,
    })
}

/// The embedded table, parsed on first use.
pub fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(TABLE))
}

fn parse(text: &'static str) -> Table {
    let mut t = Table {
        rows: Vec::new(),
        default_single: (Kind::Person, 0.5),
        default_single_name: (Kind::Person, 0.5),
        default_multi: (Kind::Person, 0.5),
        person_without_name: 1.0,
        name_rows: Vec::new(),
    };
    for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, kind, weight, doc, ..] = cols[..] else { continue };
        let Ok(weight) = weight.trim().parse::<f32>() else { continue };
        let kind = parse_kind(kind.trim());
        match (name, kind) {
            ("person_without_name", _) => t.person_without_name = weight,
            ("default_single", Some(k)) => t.default_single = (k, weight),
            ("default_single_name", Some(k)) => t.default_single_name = (k, weight),
            ("default_multi", Some(k)) => t.default_multi = (k, weight),
            (_, Some(kind)) => {
                if let Some(&(_, test)) = TESTS.iter().chain(MORE_TESTS).find(|(n, _)| *n == name) {
                    let listed = doc.starts_with("(list)");
                    t.rows.push(Row { name, kind, weight, listed, test });
                }
            }
            _ => {}
        }
    }
    t.name_rows =
        t.rows.iter().enumerate().filter(|(_, r)| NAME_ROWS.contains(&r.name)).map(|(i, _)| i).collect();
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_test_has_a_row_and_every_row_a_test() {
        let t = table();
        for (name, _) in TESTS.iter().chain(MORE_TESTS) {
            assert!(t.rows.iter().any(|r| r.name == *name), "no row in kind_weights.tsv for {name}");
        }
        let named = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .filter(|n| {
                !matches!(
                    *n,
                    "person_without_name" | "default_single" | "default_single_name" | "default_multi"
                )
            });
        for n in named {
            assert!(TESTS.iter().chain(MORE_TESTS).any(|(t, _)| *t == n), "row {n} has no test in rules.rs");
        }
        assert_eq!(t.name_rows.len(), NAME_ROWS.len());
        assert!(t.rows.iter().all(|r| r.weight >= 0.0));
    }
}
