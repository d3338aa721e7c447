//! The calendar's own words — month, weekday, season and holiday names — in one place, for
//! the timeline (which reads them as dates) and for the entity extractor (which must not take
//! "May", "Monday" or "Christmas" for names; `entities::cues` uses these lists).
//!
//! Each list is one string of space-separated words as written (capitalised), so it reads at
//! a glance and can be handed to the entity extractor's cue sets as it is; the timeline's
//! lookups go through a lower-case table built from the same strings on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Month names, the twelve full names first (in order), then the abbreviations.
pub const MONTH_WORDS: &str = "January February March April May June July August September October November December \
     Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";

/// Weekday names, Monday first.
pub const WEEKDAY_WORDS: &str = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

/// Holidays and festivals: calendar words, not entities ("Christmas Eve").
pub const HOLIDAY_WORDS: &str = "Christmas Easter Ramadan Eid Hanukkah Thanksgiving Halloween Lent Advent Passover \
     Diwali Whitsun Michaelmas";

/// Lower-case month word → month number.
fn months() -> &'static HashMap<String, u32> {
    static MAP: OnceLock<HashMap<String, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let full: Vec<String> = MONTH_WORDS.split_whitespace().take(12).map(str::to_lowercase).collect();
        MONTH_WORDS
            .split_whitespace()
            .map(str::to_lowercase)
            .filter_map(|w| {
                let m = full.iter().position(|f| f.starts_with(&w))?;
                Some((w, m as u32 + 1))
            })
            .collect()
    })
}

/// Month number of a lower-case full month name or common abbreviation ("sept", "jan").
pub fn month(w: &str) -> Option<u32> {
    months().get(w).copied()
}

/// Weekday number of a lower-case weekday name, 0 = Monday.
pub fn weekday(w: &str) -> Option<u32> {
    WEEKDAY_WORDS.split_whitespace().position(|d| d.eq_ignore_ascii_case(w)).map(|i| i as u32)
}

/// Whether a lower-case word is a holiday name.
pub fn holiday(w: &str) -> bool {
    HOLIDAY_WORDS.split_whitespace().any(|h| h.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays_from_one_list() {
        assert_eq!(month("january"), Some(1));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("sep"), Some(9));
        assert_eq!(month("may"), Some(5));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("mayday"), None);
        assert_eq!(months().len(), 24);
        assert_eq!(weekday("monday"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
        assert!(holiday("christmas") && !holiday("december"));
    }
}
