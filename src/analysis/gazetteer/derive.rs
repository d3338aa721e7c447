//! The lookup tables of `assets/lists/keys/`, derived from the lists as written: which keys a
//! list entry is found under (through the same [`fold_key`] and [`key_for`] rules lookups
//! use), sorted, one a line. A test, so the derivation can never drift from the lookups and
//! no second folding routine exists (in Python or elsewhere): `derived_tables_are_current`
//! fails when a list was edited and its table not refreshed, and rewrites the tables when
//! run with `DOSSIER_WRITE_KEYS=1` (which `assets/tools/build_lists.py --keys` does).

use super::{PlaceType, Table, fold_key, gazetteer, is_caps_acronym};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn lists_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets").join("lists")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(lists_dir().join(name)).unwrap_or_else(|e| panic!("assets/lists/{name}: {e}"))
}

fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The key(s) a lookup through [`key_for`] may produce for `name`: short all-capital forms
/// only as acronyms, other short names both ways, longer ones folded.
fn keys_of(name: &str) -> Vec<String> {
    let key = fold_key(name);
    if is_caps_acronym(name) {
        vec![format!("^{key}")]
    } else if key.chars().filter(|c| c.is_alphabetic()).count() <= 5 {
        vec![format!("^{key}"), key]
    } else {
        vec![key]
    }
}

/// One derived table: its file name under `keys/`, the lists it comes from, its entries.
struct Derived {
    file: &'static str,
    from: &'static [&'static str],
    entries: BTreeMap<String, String>,
}

fn set(file: &'static str, from: &'static [&'static str], keys: impl Fn(&str) -> Vec<String>) -> Derived {
    let mut entries = BTreeMap::new();
    for name in from {
        for line in lines(&read(name)) {
            for k in keys(line) {
                entries.insert(k, String::new());
            }
        }
    }
    Derived { file, from, entries }
}

/// Places: the big-places lists, the head of a qualified city name ("Frankfurt am Main" →
/// "Frankfurt") unless that is an ordinary word, and every country alias; the first type
/// given to a key wins.
fn places() -> Derived {
    let words = gazetteer();
    let mut entries = BTreeMap::new();
    let (big, extra, regions) = (read("places.tsv"), read("places_extra.tsv"), read("regions.tsv"));
    for line in lines(&big).chain(lines(&extra)).chain(lines(&regions)) {
        let mut parts = line.split('\t');
        let (Some(name), Some(ty)) = (parts.next(), parts.next()) else { continue };
        let ty = PlaceType::from_label(ty);
        for k in keys_of(name) {
            entries.entry(k).or_insert(ty.label().to_string());
        }
        if ty == PlaceType::City
            && let Some((head, _)) =
                [" am ", " an der ", " im ", " upon ", " on "].iter().find_map(|q| name.split_once(q))
            && !words.words.contains(&fold_key(head))
        {
            for k in keys_of(head) {
                entries.entry(k).or_insert(ty.label().to_string());
            }
        }
    }
    for (alias, _) in lines(&read("country_aliases.tsv")).filter_map(|l| l.split_once('\t')) {
        for k in keys_of(alias) {
            entries.entry(k).or_insert(PlaceType::Country.label().to_string());
        }
    }
    Derived {
        file: "places.tsv",
        from: &["places.tsv", "places_extra.tsv", "regions.tsv", "country_aliases.tsv"],
        entries,
    }
}

fn country_aliases() -> Derived {
    let mut entries = BTreeMap::new();
    for (alias, canonical) in lines(&read("country_aliases.tsv")).filter_map(|l| l.split_once('\t')) {
        for k in keys_of(alias) {
            entries.insert(k, canonical.trim().to_string());
        }
    }
    Derived { file: "country_aliases.tsv", from: &["country_aliases.tsv"], entries }
}

/// Demonyms: every form of a line ("Afghan Afghans") → its first, singular form.
fn demonyms() -> Derived {
    let mut entries = BTreeMap::new();
    for line in lines(&read("demonyms.txt")) {
        let forms: Vec<&str> = line.split_whitespace().collect();
        for f in &forms {
            for k in keys_of(f) {
                entries.insert(k, forms[0].to_string());
            }
        }
    }
    Derived { file: "demonyms.tsv", from: &["demonyms.txt"], entries }
}

fn all() -> Vec<Derived> {
    let folded = |l: &str| vec![fold_key(l)];
    vec![
        // The sex table's names are given names too (its first column).
        set(
            "given.txt",
            &["given_names.txt", "given_names_intl.txt", "given_names_world.txt", "given_names_sex.tsv"],
            |l: &str| vec![fold_key(l.split('\t').next().unwrap_or(l))],
        ),
        set("surnames.txt", &["surnames.txt"], folded),
        set("towns.txt", &["towns.txt"], keys_of),
        places(),
        country_aliases(),
        demonyms(),
        set("organizations.txt", &["organizations.txt"], keys_of),
        set("other_names.txt", &["other_names.txt"], keys_of),
    ]
}

fn render(d: &Derived) -> String {
    let from: Vec<String> = d.from.iter().map(|f| format!("../{f}")).collect();
    let mut out = format!(
        "# lookup keys of {}, derived by `python3 assets/tools/build_lists.py --keys`: do not edit\n",
        from.join(", ")
    );
    for (k, v) in &d.entries {
        assert!(!k.is_empty() && !k.contains(['\t', '\n']), "{}: bad key {k:?}", d.file);
        out.push_str(k);
        if !v.is_empty() {
            out.push('\t');
            out.push_str(v);
        }
        out.push('\n');
    }
    out
}

#[test]
fn derived_tables_are_current() {
    let write = std::env::var_os("DOSSIER_WRITE_KEYS").is_some();
    let dir = lists_dir().join("keys");
    let mut stale = Vec::new();
    for d in all() {
        let want = render(&d);
        let path = dir.join(d.file);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            if write {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, want).unwrap();
            }
            stale.push(d.file);
        }
    }
    assert!(
        write || stale.is_empty(),
        "assets/lists/keys/{stale:?} no longer match the lists: run `python3 assets/tools/build_lists.py --keys` \
         (DOSSIER_WRITE_KEYS=1 cargo test --lib gazetteer), then rebuild"
    );
}

/// words.txt is searched as written, so it must stay sorted in byte order, one word a line.
#[test]
fn words_are_sorted_and_unique() {
    let words = read("words.txt");
    let body: Vec<&str> = words.lines().skip(1).collect();
    assert!(words.starts_with('#'), "words.txt starts with its header line");
    for pair in body.windows(2) {
        assert!(pair[0] < pair[1], "words.txt is not sorted or has a duplicate at {pair:?}");
    }
    assert!(body.iter().all(|w| !w.is_empty() && w.trim() == *w && !w.contains('\t')));
}

#[test]
fn tables_find_every_key_and_nothing_between() {
    for d in all() {
        let table = Table::new(Box::leak(render(&d).into_boxed_str()));
        for (k, v) in &d.entries {
            assert_eq!(table.get(k), Some(v.as_str()), "{}: {k}", d.file);
            assert_eq!(table.get(&format!("{k}~")), d.entries.get(&format!("{k}~")).map(String::as_str));
        }
        assert_eq!(table.get(""), None);
    }
    assert_eq!(Table::new("# header\n").get("a"), None);
    assert_eq!(Table::new("").get("a"), None);
    let t = Table::new("# h\na\nb\tx\r\nba\nc\n\u{e9}t\u{e9}");
    assert_eq!(
        (t.get("b"), t.get("ba"), t.get("c"), t.get("\u{e9}t\u{e9}")),
        (Some("x"), Some(""), Some(""), Some(""))
    );
    assert_eq!((t.get("bb"), t.get("d"), t.get("\u{e9}")), (None, None, None));
}
