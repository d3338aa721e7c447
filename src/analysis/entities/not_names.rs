//! Capitalised forms that are no one's name: address forms ("His Majesty", "Your
//! Excellency"), kinship words used as a name ("Mamma"), foreign articles and common nouns
//! left over from place names ("Rue", "Saint", "le Maire"), number words of headings
//! ("Two").
//!
//! The candidate rules see capitals and evidence; these forms have both (a vocative, a
//! title before them, a heading in capitals) and still name nobody, so the clustering
//! drops them by what their words are. The words are data, `assets/lists/not_names.txt`,
//! in two sections: a form is not a name when its last word is an address noun, or when
//! every one of its words is a common word of the list.

use crate::analysis::gazetteer::{FastSet, fold_key};
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../assets/lists/not_names.txt");

struct Lists {
    address: FastSet<String>,
    common: FastSet<String>,
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lists { address: FastSet::default(), common: FastSet::default() };
        let mut section = "";
        for line in LIST.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if line.starts_with('[') {
                section = line.trim_matches(['[', ']']);
                continue;
            }
            let set = if section == "address" { &mut l.address } else { &mut l.common };
            set.extend(line.split_whitespace().map(fold_key));
        }
        l
    })
}

/// Whether a form, as written, names nobody.
pub fn is_not_name(form: &str) -> bool {
    let l = lists();
    let words: Vec<String> = form
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| fold_key(w.trim_end_matches(['.', ',', '’', '\''])))
        .collect();
    let Some(last) = words.last() else { return false };
    l.address.contains(last) || words.iter().all(|w| l.common.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_forms_kinship_words_and_numbers_are_not_names() {
        for f in [
            "Majesty",
            "Sardinian Majesty",
            "Your Excellency",
            "Mamma",
            "Rue",
            "Rue Saint",
            "le Maire",
            "Two",
        ] {
            assert!(is_not_name(f), "{f}");
        }
        for f in ["Grace", "Ruth Ames", "Le Corvin", "Saint Ames", "Majesty Ames", "Ames"] {
            assert!(!is_not_name(f), "{f}");
        }
    }
}
