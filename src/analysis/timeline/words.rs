//! The closed word classes temporal expressions are built from: month, weekday, season and
//! decade names, number and ordinal words, time units; the tense cues (which decide whether
//! a bare "Tuesday" lies before or after the document date) live in [`super::tense_words`]
//! and are re-exported here.
//!
//! Every lookup takes an already lower-cased word (the scanner lower-cases each sentence
//! once, ASCII only, so byte offsets are unchanged) and is a plain `match`, which the
//! compiler turns into a fast comparison tree.

use super::calendar::Season;

pub use super::lexicon::{month, weekday};

/// Whether a month word is an abbreviation (these need a day or year next to them).
pub fn is_month_abbrev(w: &str) -> bool {
    w.len() <= 4 && w != "may" && w != "june" && w != "july"
}

pub fn season(w: &str) -> Option<Season> {
    Some(match w {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "autumn" => Season::Autumn,
        "winter" => Season::Winter,
        _ => return None,
    })
}

/// The decade digit of a decade word: "eighties" = 8.
pub fn decade_word(w: &str) -> Option<i32> {
    Some(match w {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

/// A cardinal number word ("a" and "an" count as one).
pub fn number(w: &str) -> Option<i32> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

/// Vague counts: "several months", "a few years". They resolve at a coarser granularity.
pub fn vague_number(w: &str) -> Option<i32> {
    Some(match w {
        "several" | "some" => 6,
        "few" => 3,
        "many" => 10,
        _ => return None,
    })
}

/// Ordinal words and numerals up to the twenty-first ("nineteenth", "19th", "first").
pub fn ordinal(w: &str) -> Option<i32> {
    let n = match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        _ => {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
                return None;
            }
            return digits.parse().ok();
        }
    };
    Some(n)
}

/// A unit of time that relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

pub fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        _ => return None,
    })
}

/// Parts of a day that "this"/"last"/"the next" combine with ("this morning", "last night").
pub fn day_part(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night" | "day")
}

/// Words after which a following number is a count, a label or an amount, never a year.
pub fn number_label(w: &str) -> bool {
    matches!(
        w,
        "no" | "number"
            | "nos"
            | "page"
            | "pages"
            | "p"
            | "pp"
            | "section"
            | "sections"
            | "room"
            | "flight"
            | "route"
            | "chapter"
            | "verse"
            | "line"
            | "lines"
            | "version"
            | "model"
            | "figure"
            | "fig"
            | "table"
            | "rule"
            | "article"
            | "paragraph"
            | "item"
            | "exhibit"
            | "bus"
            | "platform"
            | "gate"
            | "level"
            | "code"
            | "size"
            | "windows"
            | "office"
            | "iphone"
            | "galaxy"
            | "type"
            | "mark"
            | "serial"
            | "ref"
            | "vol"
            | "volume"
            | "issue"
            | "patent"
            | "population"
            | "port"
            | "resolution"
            | "row"
            | "seat"
            | "highway"
            | "interstate"
            | "apartment"
            | "suite"
            | "unit"
            | "box"
            | "ext"
            | "tel"
            | "phone"
            | "squad"
    )
}

/// Nouns (singular or irregular plural) that a preceding number counts.
pub fn counted_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "feet"
            | "foot"
            | "mph"
            | "km"
            | "kg"
            | "m"
            | "cm"
            | "mm"
            | "ft"
            | "lb"
            | "miles"
            | "metres"
            | "meters"
            | "tonnes"
            | "tons"
            | "acres"
            | "hectares"
            | "calories"
            | "strong"
            | "per"
            | "percent"
            | "times"
            | "staff"
            | "personnel"
            | "troops"
            | "head"
            | "cattle"
            | "sheep"
            | "infantry"
            | "cavalry"
            | "horse"
            | "rubles"
            | "roubles"
            | "pounds"
            | "dollars"
            | "euros"
            | "million"
            | "billion"
            | "thousand"
            | "hours"
            | "hrs"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "est"
            | "pst"
            | "yen"
            | "yuan"
            | "usd"
            | "eur"
            | "gbp"
            | "minutes"
            | "seconds"
    )
}

/// Determiners and possessives: "the 2020 elections" is a year used as an adjective.
pub fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "my" | "your" | "this" | "that" | "s"
    )
}

/// A word that is no noun or adjective — a conjunction, preposition, auxiliary, pronoun,
/// relative or determiner — so it ends a noun phrase ("three days after the vote | was"), and a number word
/// before it is no ordinal ("for a second | and"). One list for the whole timeline.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "by"
            | "from"
            | "since"
            | "until"
            | "as"
            | "was"
            | "were"
            | "is"
            | "had"
            | "has"
            | "when"
            | "that"
            | "which"
            | "who"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
    )
}

pub use super::tense_words::{
    forecast_cue, future_cue, habitual_cue, intention_cue, modal, past_cue, regular_past,
};

/// Whether a word can begin a temporal expression at all: the scanner tries its shapes only
/// at such words (and at numbers), which keeps the pass over a long book fast. One `match`
/// (a single comparison tree) over every starting word: months and their abbreviations,
/// weekdays, seasons, number words and the relative and modifier words.
pub fn may_start(w: &str) -> bool {
    let calendar_word = || (3..=9).contains(&w.len()) && (month(w).is_some() || weekday(w).is_some());
    calendar_word() || MAY_START.binary_search(&w).is_ok()
}

/// The words besides month and weekday names that may open a temporal expression: articles,
/// parts of a period, feast names, possessives, deictic words, approximators, seasons, counts.
/// Sorted, so that [`may_start`] can bisect it (a test keeps it so).
const MAY_START: &[&str] = &[
    "a",
    "about",
    "all",
    "almost",
    "an",
    "approximately",
    "armistice",
    "around",
    "ascension",
    "ash",
    "autumn",
    "back",
    "bastille",
    "bonfire",
    "boxing",
    "candlemas",
    "christmas",
    "currently",
    "earlier",
    "early",
    "easter",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "epiphany",
    "ever",
    "fall",
    "few",
    "fewer",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "good",
    "guy",
    "halloween",
    "her",
    "his",
    "hogmanay",
    "hundred",
    "just",
    "labor",
    "lammas",
    "last",
    "late",
    "later",
    "less",
    "many",
    "maundy",
    "memorial",
    "michaelmas",
    "mid",
    "middle",
    "midsummer",
    "more",
    "nearly",
    "new",
    "next",
    "nine",
    "nineteen",
    "ninety",
    "now",
    "nowadays",
    "one",
    "over",
    "palm",
    "pentecost",
    "present",
    "presently",
    "q1",
    "q2",
    "q3",
    "q4",
    "recent",
    "remembrance",
    "roughly",
    "saint",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "shrove",
    "since",
    "six",
    "sixteen",
    "sixty",
    "some",
    "spring",
    "st",
    "summer",
    "ten",
    "thanksgiving",
    "that",
    "the",
    "their",
    "then",
    "these",
    "thirteen",
    "thirty",
    "this",
    "three",
    "today",
    "tomorrow",
    "tonight",
    "twelfth",
    "twelve",
    "twenty",
    "two",
    "valentine",
    "well",
    "whit",
    "whitsunday",
    "winter",
    "yesterday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opening_words_stay_sorted_for_bisection() {
        assert!(MAY_START.windows(2).all(|w| w[0] < w[1]), "MAY_START must be sorted and unique");
    }

    #[test]
    fn every_word_class_member_may_start() {
        let classes: [&[&str]; 4] = [
            &["january", "sept", "may", "dec"],
            &["monday", "sunday"],
            &["spring", "autumn"],
            &["a", "twenty", "hundred", "several", "few"],
        ];
        for w in classes.iter().flat_map(|c| c.iter()) {
            assert!(may_start(w), "{w}");
        }
        for m in [
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december",
        ] {
            assert!(month(m).is_some() && may_start(m), "{m}");
        }
        for n in [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "an",
        ] {
            assert!(number(n).is_some() && may_start(n), "{n}");
        }
        assert!(!may_start("soldiers"));
    }
}
