//! Behaviour tests of the document date's harder evidence (a yearless dateline dated by the
//! lead's weekday, centenaries, ages in words, an editor's closing note) and of feasts and
//! holidays. Every text is invented.

use super::*;
use crate::document::Format;

fn doc(text: &str) -> Document {
    Document::from_text(text.to_string(), "test", Format::Text, "test")
}

fn date_of(text: &str) -> Option<String> {
    extract(&doc(text), &[], &Options::default()).document_date.value
}

fn found(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    let options = Options { document_date: date.map(str::to_string) };
    let mut items = extract(&doc(text), &[], &options).items;
    items.sort_by_key(|i| i.span.start);
    items.into_iter().map(|i| (i.text, i.value)).collect()
}

#[test]
fn a_yearless_dateline_takes_the_year_its_weekday_agrees_with() {
    // 8 September is a Tuesday in 2026 (not in 2024, the latest year mentioned).
    let text = "Quire Unveils Its Fourth Phone\n\nSAN JOSE, Sept. 8 (Wirepress) – The maker unveiled its \
                fourth model on Tuesday.\n\nIt has grown fast since 2024 and was founded in 2020.\n\n\
                It has no plans to list its shares before 2028.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-09-08"));
    // The game was on Friday night; the story is filed on Saturday 12 December 2026, although
    // "the 2026-27 season" reaches into 2027.
    let text = "Harriers Rally\n\nCALDER CITY, Dec. 12 – The Harriers beat the Kings on Friday night.\n\n\
                It was their best comeback of the 2026-27 season.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-12-12"));
}

#[test]
fn a_yearless_dateline_takes_the_day_every_weekday_of_the_lead_lies_before() {
    // The vote was on Sunday, the count ended on Monday: the story is filed on a Monday,
    // 8 November 2027 (2026's is a Sunday), and 2023 is a year told in the past, a floor.
    let text = "Farmers Take the Province\n\nVALLORA, Nov 8 (Wirepress) — A farmers' party won the \
                province in Sunday's vote, officials said as counting ended on Monday morning.\n\n\
                The party was founded in 2021 and won its first seats in the 2023 local elections.\n";
    assert_eq!(date_of(text).as_deref(), Some("2027-11-08"));
}

#[test]
fn a_yearless_dateline_over_several_days_takes_the_year_that_holds_them_all() {
    // Thursday, Wednesday and Tuesday evening all lie within two days before 4 March 2027 (a
    // Thursday); 2024 is a year told in the past
    let text = "Mill Strike Goes On\n\nPORT LINDO, March 4 (Wirepress) - A strike at the mill entered \
                its third day on Thursday.\n\nThe union walked out on Wednesday after a stoppage it \
                led in 2024.\n\nThe owners said on Tuesday evening that the offer was final.\n";
    assert_eq!(date_of(text).as_deref(), Some("2027-03-04"));
}

#[test]
fn the_start_of_a_contract_term_is_no_evidence_of_the_date() {
    // "for fifteen years from 2031" is a term still to come; 10 March is a Tuesday in 2026
    let text = "Utility Signs Wind Deal\n\nDUNMORE, March 10 — The utility agreed on Tuesday to buy \
                power from the Carrow wind farm for fifteen years from 2031.\n\n\
                The farm was approved in 2024.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-03-10"));
}

#[test]
fn a_count_reported_in_the_past_is_a_floor_of_a_yearless_dateline() {
    // repairs promised after 2015 were finished nine years later (2024): 2 June is a Monday
    // in 2025, not the 2015 the text names
    let text = "Slope Gives Way Again\n\nHALDEN, June 2 — A landslide buried the valley road on \
                Monday, the second in a decade.\n\nThe same slope failed in 2015, and the repairs \
                promised then were finished nine years later.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025-06-02"));
}

#[test]
fn a_centenary_this_year_dates_the_text() {
    let text = "The weavers leased the mill in the spring of 1826.\n\nThe museum opened in 2008.\n\n\
                This year the town marks the bicentenary of that lease. The archive will be online by 2028.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026"));
}

#[test]
fn an_age_in_words_and_a_birth_year_date_the_text() {
    let text = "She was born in 1930 above the boatyard.\n\nShe married in 1953 and died in 2011.\n\n\
                This year she would have turned ninety-five.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025"));
}

#[test]
fn a_closing_editor_note_dates_the_text() {
    let mut text = String::from("The Comet Hunter\n\nShe found the comet in August 2019.\n\n");
    for _ in 0..6 {
        text += "Q: What did you see?\n\nA: A smudge of light that moved.\n\n";
    }
    text += "This interview was conducted in January 2026 and has been edited for length.\n";
    assert_eq!(date_of(&text).as_deref(), Some("2026-01"));
}

#[test]
fn release_lines_life_dates_and_years_ago_on_a_date() {
    let text = "For immediate release – 24 February 2026\n\nRadar Finds Lakes\n\nThe lakes drained in 2024 \
                and a second mission is due in 2031.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-02-24"));
    let text = "Judgment handed down: Friday 17 July 2026\n\nThe lease expired in 2025.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-07-17"));
    let text = "A Printer of Letters\n\nBorn 9 May 1931; died 18 September 2026\n\nPublished 26 September 2026\n\n\
                She drew a typeface in 1974.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-09-26"));
    let text = "Opinion\n\nSeven years ago this month, on 1 March 2019, the act came into force. A review \
                reported in December 2024.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026"));
}

#[test]
fn feasts_with_a_fixed_day() {
    let date = Some("2024-11-14");
    let got = found("The shop will stay open until Christmas. Bonfire Night was quiet.", date);
    assert_eq!(
        got,
        vec![
            ("Christmas".to_string(), Some("2024-12-25".to_string())),
            ("Bonfire Night".to_string(), Some("2024-11-05".to_string())),
        ]
    );
    let got = found("They stormed the fort on Bastille Day 1789 and feasted on May Day 1790.", None);
    assert_eq!(got[0].1.as_deref(), Some("1789-07-14"));
    assert_eq!(got[1].1.as_deref(), Some("1790-05-01"));
}

#[test]
fn movable_feasts_from_the_computus_and_the_weekday_rules() {
    let got = found("The rising began on Easter Monday 1916.", None);
    assert_eq!(got, vec![("Easter Monday 1916".to_string(), Some("1916-04-24".to_string()))]);
    let got = found("The bank closed on 4 July 1931. The rest of us went back after Labor Day.", None);
    assert_eq!(got[1].1.as_deref(), Some("1931-09-07"));
    let got = found("The ferries will run again before Easter.", Some("2026-03-13"));
    assert_eq!(got, vec![("before Easter".to_string(), Some("2026-04-05".to_string()))]);
}

#[test]
fn feast_names_as_modifiers_or_places_are_no_dates() {
    for text in [
        "She posted the Christmas cards early.",
        "They sailed to Easter Island and Christmas Island.",
        "The Easter Rising is taught in schools.",
        "He wrote on All Saints and on Palm oil.",
    ] {
        assert_eq!(found(text, Some("2024-05-14")), vec![], "{text}");
    }
}

#[test]
fn a_weekday_named_with_a_yearless_date_fixes_the_year() {
    // 2 March is a Monday in 2026 (and in 2020 and 2037), after October 2024, the latest year.
    let text = "Jury Convicts Roofer\n\nMILLBROOK, Ohio — A jury on Thursday found a roofer guilty in \
                the October 2024 shooting of his partner, ending a trial that opened on Monday, March 2.\n\n\
                The two had founded their firm in 2017.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026"));
    // "the Tuesday before Christmas" is a story's day, no clue to the year.
    let text = "Chapter One\n\nIt was the Tuesday before Christmas in the year 1851, and snow fell.\n\n\
                By 1855 the mill had closed.\n";
    assert_eq!(date_of(text), None);
}

#[test]
fn a_life_in_brackets_is_no_dateline() {
    let text = "Ada Quillfeather\n\nAda Quillfeather (14 March 1929 – 2 October 2004) was a surveyor of \
                dams.\n\nShe was born in a river town and trained in 1951.\n";
    assert_eq!(date_of(text), None);
}

#[test]
fn an_issue_month_under_the_authors_and_a_recorded_line_date_the_text() {
    let text = "WORKING PAPER No. 9\n\nRoads before rails in the lake region\n\nO. Mbeki and T. Lund\n\n\
                March 2025\n\nSummary\n\nThe survey ran in 2023 and 2024.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025-03"));
    let text = "Harbour Voices, episode 12\n\nA podcast from Tidewrack Audio. Recorded 21 August 2025 in \
                Port Selby. Edited for length.\n\nHOST: Welcome back. Last year we spoke of 2023.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025-08-21"));
}

#[test]
fn a_yearless_dateline_takes_no_year_after_a_forecast() {
    // "the 2035 bond" and "easing in 2026" (expected) come after the present; 18 November is
    // a Tuesday in 2025.
    let text = "Bank holds rates\n\nKESTREL BAY, Nov 18 (Tidewire) - The central bank held its rate on \
                Tuesday after three cuts earlier in 2025.\n\nYields on the 2035 bond fell.\n\nOne analyst \
                expects a cut at the next meeting, scheduled for January 26, and more easing in 2026.\n";
    assert_eq!(date_of(text).as_deref(), Some("2025-11-18"));
}

#[test]
fn the_latest_year_alone_never_reaches_its_bar() {
    use super::bars::{BARS, Kind, bar};
    use super::dct::EVIDENCE;
    let w = |n: &str| EVIDENCE.iter().find(|e| e.name == n).map_or(0.0, |e| e.weight);
    let most = w("base") + 2.0 * w("repeated") + w("reported") + w("cluster");
    assert!(bar(Kind::Latest) > most, "{} <= {most}", bar(Kind::Latest));
    assert!(bar(Kind::Implied) <= w("implied"));
    assert!(BARS.iter().all(|b| !b.why.is_empty() && (0.0..=1.0).contains(&b.bar)));
}

#[test]
fn far_future_years_are_dates_when_written_like_dates() {
    let text = "Log of the Skerrow\n\nOn 17 April 2291 the ship docked at the ring. Its pilot had died \
                in 2283, long before the plan for 2300 was drawn.\n\nThe pumps ran at 2400 volts and \
                lifted 2400–2600 litres an hour.\n";
    let got = found(text, Some("2291-04-20"));
    let values: Vec<Option<&str>> = got.iter().map(|(_, v)| v.as_deref()).collect();
    assert!(got.iter().any(|(t, v)| t == "17 April 2291" && v.as_deref() == Some("2291-04-17")), "{got:?}");
    assert!(values.contains(&Some("2283")), "{got:?}");
    assert!(!got.iter().any(|(t, _)| t.contains("2400")), "{got:?}");
}

#[test]
fn a_month_closing_a_field_line_dates_a_paper() {
    let text = "Rivers and ledgers\n\nDiscussion Paper No. 31-02, June 2024\n\nWe study the floods of 2019 \
                and 2021.\n";
    assert_eq!(date_of(text).as_deref(), Some("2024-06"));
}

#[test]
fn a_stint_of_one_short_unit_is_no_timeline_item_but_a_decade_is() {
    let text = "Cellars\n\nIn 2019 she came to the valley for a week and stayed for a year. The band had \
                gone quiet for a decade before it played again in 2019.\n";
    let got = found(text, Some("2024-05-01"));
    assert!(!got.iter().any(|(t, _)| t == "a week" || t == "a year"), "{got:?}");
    assert!(got.iter().any(|(t, _)| t == "a decade"), "{got:?}");
}

#[test]
fn days_listed_before_their_month_are_each_a_date() {
    let text = "Hearing\n\nHeard on: 2, 3 and 4 September 2025 at the Lowfield court. The sides met on \
                9 and 10 May.\n\nShe scored 3, 2 and 1 goals in March.\n";
    let got = found(text, Some("2025-10-09"));
    let has = |t: &str, v: &str| got.iter().any(|(a, b)| a == t && b.as_deref() == Some(v));
    assert!(has("2", "2025-09-02") && has("3", "2025-09-03"), "{got:?}");
    assert!(has("4 September 2025", "2025-09-04"), "{got:?}");
    assert!(has("9", "2025-05-09"), "{got:?}");
    assert!(!got.iter().any(|(a, _)| a == "1" || a == "2 and 1"), "{got:?}");
}

#[test]
fn a_labelled_field_of_a_report_line_dates_it() {
    let text = "Lakeshore Update No. 3\n\nKivu Aid | Field report | Period covered: 1–15 May 2026\n\n\
                Arrivals rose in April, and 300 came on 9 May.\n";
    assert_eq!(date_of(text).as_deref(), Some("2026-05-15"));
}
