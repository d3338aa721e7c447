//! Behaviour tests of the anchors a relative needs beyond the narrative's time: an event the
//! text dated ("three years after the treaty"), an apposition, a birth for an age ("her late
//! twenties"), counted spans ("in two decades", "the five years that followed"), and the document date's harder
//! cases (a date in a line of fields, a yearless dateline's weekday, a year after "until").
//! Every text is invented.

use super::*;
use crate::document::Format;

fn doc(text: &str) -> Document {
    Document::from_text(text.to_string(), "test", Format::Text, "test")
}

fn date_of(text: &str) -> Option<String> {
    extract(&doc(text), &[], &Options::default()).document_date.value
}

fn value_of(text: &str, date: Option<&str>, phrase: &str) -> Option<String> {
    let options = Options { document_date: date.map(str::to_string) };
    let items = extract(&doc(text), &[], &options).items;
    let item = items.iter().find(|i| i.text == phrase);
    assert!(
        item.is_some(),
        "{phrase:?} not found in {:?}",
        items.iter().map(|i| &i.text).collect::<Vec<_>>()
    );
    item.and_then(|i| i.value.clone())
}

fn texts(text: &str, date: Option<&str>) -> Vec<String> {
    let options = Options { document_date: date.map(str::to_string) };
    extract(&doc(text), &[], &options).items.into_iter().map(|i| i.text).collect()
}

#[test]
fn a_count_after_a_dated_event_runs_from_the_event() {
    let text = "The Compact of Orrin was signed on 9 May 1612 after long talks.\n\nThe duke fell ill in \
                the winter of 1619. His brother died in the spring of 1620, eight years after the \
                compact, and the lands passed to a cousin.\n";
    assert_eq!(value_of(text, None, "eight years after the compact").as_deref(), Some("1620"));
    let text = "The council approved the budget on 4 March 2024 by one vote.\n\nThe mayor resigned in \
                June 2025. Two months after the budget, the first cuts were made.\n";
    assert_eq!(value_of(text, Some("2025-09-01"), "Two months after the budget").as_deref(), Some("2024-05"));
}

#[test]
fn an_apposition_restates_the_date_before_it() {
    let text = "In the spring of 1991, a year after the strike, the mill reopened.\n";
    assert_eq!(value_of(text, None, "a year after the strike").as_deref(), Some("1991"));
}

#[test]
fn a_count_from_an_event_told_beside_this_summer_dates_the_text() {
    let text = "THE LONG FEUD\n\nThe Accord of Venn, sealed on 2 June 1611, ended the feud.\n\n\
                The castle burned in the autumn of 1650. A stone unveiled this summer, four hundred \
                and fourteen years after the accord, names both families.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025"));
    assert_eq!(value_of(text, None, "this summer").as_deref(), Some("2025-SU"));
}

#[test]
fn ages_take_a_stated_birth_or_a_year_of_their_sentence() {
    let text = "Marta Ilves, engraver, was born in Tallow on 4 June 1940.\n\nAt the age of nine she \
                cut her first block. In her late twenties she moved to the coast, and in her seventies \
                she took up the cello. In her eighty-first year she gave her last show.\n";
    assert_eq!(value_of(text, None, "the age of nine").as_deref(), Some("1949"));
    assert_eq!(value_of(text, None, "her late twenties").as_deref(), Some("1968"));
    assert_eq!(value_of(text, None, "her seventies").as_deref(), Some("201X"));
    assert_eq!(value_of(text, None, "her eighty-first year").as_deref(), Some("2020"));
    // a present age with a dateline date: 52 in 2026, so in her thirties in the 2010s
    let text = "Tomas Reed, 52, ran the yard for most of his thirties.\n";
    assert_eq!(value_of(text, Some("2026-03-01"), "his thirties").as_deref(), Some("200X"));
    let text = "The shop changed hands in 1983, when Ada, then in her early forties, bought it.\n";
    assert_eq!(value_of(text, None, "her early forties").as_deref(), Some("1983"));
    // no birth and no year: no guess, no item
    let found = texts("He is now in his eighties and lives by the sea.\n", Some("2026-01-01"));
    assert!(!found.iter().any(|t| t.contains("eighties")), "{found:?}");
}

#[test]
fn counted_spans_from_the_time_told() {
    let date = Some("2026-02-01");
    let text = "The party had its worst result in two decades on Sunday.\n";
    assert_eq!(value_of(text, date, "two decades").as_deref(), Some("P20Y"));
    let text = "The rebels held the valley for a while. The five years that followed were quiet.\n";
    assert_eq!(value_of(text, date, "The five years that followed").as_deref(), Some("P5Y"));
    let text = "Sales rose 4% in the twelve months to June, the firm said.\n";
    assert_eq!(value_of(text, date, "the twelve months to June").as_deref(), Some("P12M"));
    let text = "The minister said the plan would run for the next four years.\n";
    assert_eq!(value_of(text, date, "the next four years").as_deref(), Some("P4Y"));
    let text = "The court gave the council another three weeks to reply.\n";
    assert_eq!(value_of(text, date, "three weeks").as_deref(), Some("P3W"));
}

#[test]
fn a_date_in_a_line_of_fields_is_the_document_date() {
    let text = "Hackers Claim Clinic Files\n\nTuesday 3 March 2026 | Health | 4 min read\n\nA gang said on \
                Monday it had taken the files. The clinic was founded in 2011.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-03-03"));
}

#[test]
fn a_yearless_dateline_prefers_the_year_its_weekday_falls_on() {
    // 30 October is a Thursday in 2025 (a Friday in 2026, the latest year, a postponement);
    // the full-year forecast "for 2025" is made in 2025.
    let text = "Maker Cuts Outlook\n\nLEIPZIG, Oct 30 (Newsline) - The maker cut its forecast on Thursday, \
                saying buyers had delayed orders until 2026. It now expects revenue of 2 billion euros \
                for 2025. Its shares were at their lowest since March 2023.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025-10-30"));
}

#[test]
fn a_year_after_until_is_no_evidence_of_the_date() {
    // a retrospective story: the town's year is 1952; the claims dragged on until 1956
    let text = "The Flood Year\n\nThe river broke its banks on 3 March 1952, the night of the dance. \
                It took the farmers until the summer of 1956 to be paid. That spring the mill was \
                rebuilt, and in May 1952 it reopened.\n";
    // The latest year reported (1952, not 1956) is a lower bound only: the date is unknown.
    assert_eq!(date_of(text).as_deref(), None);
    // Under a yearless dateline it is the year: 3 March 1952 was a Monday.
    let text = format!(
        "The Flood Year\n\nMARSHTON, March 4 – The river broke its banks on Monday night.\n\n{}",
        &text[16..]
    );
    assert_eq!(date_of(&text).as_deref(), Some("1952-03-04"));
}

#[test]
fn a_forecast_for_a_season_puts_the_present_near_it() {
    // 4 March is a Thursday in 2021 and 2027; the forecast for the 2026/27 season is current
    let text = "COCOA STRIKE GOES ON\n\nABIDJAN, March 4 (Newsline) - A strike entered its second week on \
                Thursday.\n\nThe union led a stoppage in 2019. The board cut its forecast for the 2026/27 \
                season.\n";
    assert_eq!(date_of(text).as_deref(), Some("2027-03-04"));
}

#[test]
fn a_year_after_an_undertaking_is_a_forecast() {
    // "has committed to reaching … by 2050" looks ahead although "committed" is past
    let text = "The Grid Plan\n\nThe state has committed to reaching net zero by 2050. Its first wind farm \
                opened in 2021, and a second was finished in 2024.\n";
    // 2024 is the latest year reported, a lower bound only: unknown, never 2050.
    assert_eq!(date_of(text).as_deref(), None);
}

#[test]
fn a_title_counting_years_from_a_life_told_later_dates_the_text() {
    // the subject's birth is the first told (a child's comes later)
    let text = "The Woman Who Named the Mosses\n\nTwo hundred years after her birth, the botanist is \
                celebrated in the town where she worked.\n\nMarta Selby was born in the spring of 1826 \
                above a mill. Her son was born in 1860. She died in 1894.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026"));
    // the subject's death is the last told (a teacher's comes first)
    let text = "The Organist of Brede\n\nThree hundred years after his death, the organist's music is \
                being played again.\n\nHis teacher died in 1701. He was born in 1680 and died in the \
                winter of 1726.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026"));
}

#[test]
fn a_count_of_years_runs_from_the_last_year_told_not_from_a_weekday() {
    let text = "The valley has not shaken like this since April 2015. On Monday the river rose. \
                Eleven years on, the houses that cracked then are still empty.";
    // (at the month of the year it counts from, as the resolver keeps a count's base precision)
    assert_eq!(value_of(text, Some("2026-02-17"), "Eleven years on").as_deref(), Some("2026-04"));
    let text = "She left Oslo in 1990. Two years later she married. Three years later she died.";
    assert_eq!(value_of(text, Some("2026-02-17"), "Three years later").as_deref(), Some("1995"));
}

#[test]
fn the_following_weekday_or_month_comes_after_the_narrative_time() {
    let text = "The bank was robbed on Tuesday 9 March 1976. The front page the following Thursday \
                carried a photograph.";
    assert_eq!(value_of(text, Some("2026-03-14"), "following Thursday").as_deref(), Some("1976-03-11"));
    let text = "The mill closed in March 1931 and reopened the following January.";
    assert_eq!(value_of(text, Some("2026-03-14"), "following January").as_deref(), Some("1932-01"));
}

#[test]
fn an_ordinal_day_is_a_day_of_the_narrative_month() {
    let text = "The expedition reached the col in July 2026. The porters left on the 20th, and the \
                climbers stopped on the evening of the 27th.";
    assert_eq!(value_of(text, Some("2026-10-09"), "the 27th").as_deref(), Some("2026-07-27"));
    let text = "Lima, 18 April 1847. We buried them ashore on the 2nd inst., and the mail of the \
                14th ult. came yesterday.";
    assert_eq!(value_of(text, None, "the 2nd inst.").as_deref(), Some("1847-04-02"));
    assert_eq!(value_of(text, None, "the 14th ult.").as_deref(), Some("1847-03-14"));
    let text = "On the night of Tuesday the 30th ult. a boat was lost.";
    assert_eq!(value_of(text, Some("1847-04-18"), "Tuesday the 30th ult.").as_deref(), Some("1847-03-30"));
    // a noun after it: no day
    let texts = texts("She lives on the 27th floor of the tower.", Some("2026-10-09"));
    assert!(texts.is_empty(), "{texts:?}");
}
