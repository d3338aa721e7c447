//! Behaviour tests of the whole timeline pass: each expression family, each non-date trap,
//! document-date detection and override, ordering, anchors and entity links.

use super::*;
use crate::analysis::{DateMod, Kind};
use crate::document::Format;

fn doc(text: &str) -> Document {
    Document::from_text(text.to_string(), "test", Format::Text, "test")
}

fn run_with(text: &str, date: Option<&str>) -> Timeline {
    let options = Options { document_date: date.map(str::to_string) };
    extract(&doc(text), &[], &options)
}

/// (text, value) of every item, in text order.
fn found(text: &str) -> Vec<(String, Option<String>)> {
    found_with(text, None)
}

fn found_with(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    let mut items = run_with(text, date).items;
    items.sort_by_key(|i| i.span.start);
    items.into_iter().map(|i| (i.text, i.value)).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    v.iter().map(|(t, x)| (t.to_string(), if x.is_empty() { None } else { Some(x.to_string()) })).collect()
}

#[test]
fn full_dates_in_every_written_form() {
    let got = found(
        "We met on 14 May 1999, on May 14, 1999, on 1999-05-14, on 14/05/1999 and on 05/14/1999. \
         Not on 04/05/2010 though.",
    );
    assert_eq!(
        got,
        pairs(&[
            ("14 May 1999", "1999-05-14"),
            ("May 14, 1999", "1999-05-14"),
            ("1999-05-14", "1999-05-14"),
            ("14/05/1999", "1999-05-14"),
            ("05/14/1999", "1999-05-14"),
            ("04/05/2010", ""),
        ])
    );
}

#[test]
fn weekday_dates_months_seasons_and_years() {
    let got = found(
        "It was Saturday, 14 October 2023. In May 1999 and in February of 2020 they met. \
         In summer 2005 and the spring of 1842 it rained. A 2006 interview and an important 2018 piece.",
    );
    assert_eq!(
        got,
        pairs(&[
            ("Saturday, 14 October 2023", "2023-10-14"),
            ("May 1999", "1999-05"),
            ("February of 2020", "2020-02"),
            ("summer 2005", "2005-SU"),
            ("the spring of 1842", "1842-SP"),
            ("2006", "2006"),
            ("2018", "2018"),
        ])
    );
}

#[test]
fn ranges_decades_and_centuries() {
    let tl = run_with(
        "The 1998–99 season ran from 2001 to 2005, as in the war of 1914–18. In the 1980s, the '80s \
         and the eighties, then in the late 2000s, the early 1990s and the mid-1990s. By the end of \
         the 19th century, in the twentieth century.",
        None,
    );
    let mut items = tl.items.clone();
    items.sort_by_key(|i| i.span.start);
    let got: Vec<(&str, Option<&str>, Option<DateMod>)> =
        items.iter().map(|i| (i.text.as_str(), i.value.as_deref(), i.date_mod)).collect();
    assert_eq!(
        got,
        [
            ("1998–99", Some("1998"), None),
            ("2001", Some("2001"), None),
            ("2005", Some("2005"), None),
            ("1914–18", Some("1914"), None),
            ("the 1980s", Some("198X"), None),
            ("the '80s", Some("198X"), None),
            ("the eighties", Some("198X"), None),
            ("the late 2000s", Some("200X"), Some(DateMod::End)),
            ("the early 1990s", Some("199X"), Some(DateMod::Start)),
            ("the mid-1990s", Some("199X"), Some(DateMod::Mid)),
            ("the end of the 19th century", Some("18XX"), Some(DateMod::End)),
            ("the twentieth century", Some("19XX"), None),
        ]
    );
    let war = items.iter().find(|i| i.text == "1914–18").unwrap();
    let range = war.range.as_ref().unwrap();
    assert_eq!((range.from.as_str(), range.to.as_str()), ("1914-01-01", "1918-12-31"));
    assert_eq!(items.iter().find(|i| i.text == "the late 2000s").unwrap().display, "late 2000s");
}

#[test]
fn named_dates() {
    let got = found("Before 9/11 and after the 9/11 attacks, until Christmas Eve 1952.");
    assert_eq!(
        got,
        pairs(&[("Before 9/11", "2001-09-11"), ("9/11", "2001-09-11"), ("Christmas Eve 1952", "1952-12-24")])
    );
}

#[test]
fn numbers_that_are_not_dates() {
    for text in [
        "The general led 2000 soldiers into the valley.",
        "The firm paid $20 million for it.",
        "It has 2,000 employees and 1,999 customers.",
        "You may leave whenever you like.",
        "The report was written by April Jones.",
        "See page 1999 and section 2010 of the code.",
        "Call 555-2013 for details.",
        "Kick-off is at 7:45pm and it ended 3-1.",
        "Python 3.11 runs on an iPhone 15.",
        "No. 5 was a perfume, and No. 1999 a lottery ticket.",
        "A crowd of 18,400 watched. The rate was 2020%.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn dateline_sets_the_document_date_for_deictic_words() {
    let text = "Aid cuts\n\nLONDON, March 13, 2024 — Ministers were accused on Tuesday of cuts. The OBR now \
                expects growth this year, after funding announced two weeks ago. It rose last year and \
                will fall next year. The vote is next Wednesday.";
    let tl = run_with(text, None);
    assert_eq!(tl.document_date.value.as_deref(), Some("2024-03-13"));
    let got = found(text);
    assert_eq!(
        got,
        pairs(&[
            ("March 13, 2024", "2024-03-13"),
            ("Tuesday", "2024-03-12"),
            ("now", "2024-03-13"),
            ("this year", "2024"),
            ("two weeks ago", "2024-02-28"),
            ("last year", "2023"),
            ("next year", "2025"),
            ("next Wednesday", "2024-03-20"),
        ])
    );
}

#[test]
fn published_line_and_standalone_date_line() {
    let text = "Webb finds a glow\n\nPublished 12 June 2023\n\nThe study, published on Wednesday, used data.";
    assert_eq!(run_with(text, None).document_date.value.as_deref(), Some("2023-06-12"));
    assert_eq!(found(text)[1], ("Wednesday".to_string(), Some("2023-06-07".to_string())));
    let text = "Brief\n\n3 March 2024 | 2 min read\n\nIt rained on Monday.";
    assert_eq!(run_with(text, None).document_date.value.as_deref(), Some("2024-03-03"));
    assert_eq!(found("He came home for Easter 2020."), pairs(&[("Easter 2020", "2020-04-12")]));
    let text = "Match report\n\nSaturday, 14 October 2023\n\nThe side won on Saturday. They travel to Leeds on Tuesday.";
    assert_eq!(found(text)[1..], pairs(&[("Saturday", "2023-10-14"), ("Tuesday", "2023-10-17")])[..]);
}

#[test]
fn datelines_under_a_byline_with_a_place_or_without_a_year() {
    let date = |t: &str| run_with(t, None).document_date.value;
    let text =
        "Storm Closes the Pass\n\nBy Ana Reyes\n\nThursday 4 June 2026\n\nThe road was shut on Wednesday.";
    assert_eq!(date(text).as_deref(), Some("2026-06-04"));
    assert_eq!(found(text)[1], ("Wednesday".to_string(), Some("2026-06-03".to_string())));
    let text = "RUGBY - HOSTS WIN\n\nPORT VESTRA 2026-01-18\n\nThe hosts won on Sunday.";
    assert_eq!(date(text).as_deref(), Some("2026-01-18"));
    let text =
        "Notice\n\nEMBARGOED until 00:01 BST, Wednesday 14 October 2026\n\nThe study was out on Monday.";
    assert_eq!(date(text).as_deref(), Some("2026-10-14"));
    // "won in 2024" is a floor, and 12 December is a Friday in 2025 (a Thursday in 2024)
    let text = "Late Rally\n\nMERTON, Dec. 12 (Wirenews) – The team, formed in 2019, won in 2024 and again on Friday.";
    assert_eq!(date(text).as_deref(), Some("2025-12-12"));
}

#[test]
fn weekdays_in_past_reports_go_back_and_flashbacks_keep_the_story_time() {
    let got = found_with(
        "Shares fell on Friday after the company said the mine would open late. It will be opened in 2028.",
        Some("2005-03-26"),
    );
    assert_eq!(got[0], ("Friday".to_string(), Some("2005-03-25".to_string())));
    let got = found_with("She died on Tuesday night at her home.", Some("2012-06-08"));
    assert_eq!(got, pairs(&[("Tuesday night", "2012-06-05")]));
    let got =
        found("The firm moved in March 1999. Twenty years before, it had been a mill. In June it reopened.");
    assert_eq!(got[2], ("June".to_string(), Some("1999-06".to_string())));
}

#[test]
fn habits_and_modifiers_are_no_dates_and_a_month_of_last_year_is_one_item() {
    let d = Some("2024-09-18");
    assert!(found_with("The ferry sails daily from May to September.", d).is_empty());
    assert!(found_with("The inn is usually full in July.", d).is_empty());
    assert!(found_with("The link would export power in summer.", d).is_empty());
    assert!(found_with("He wore his Sunday coat.", d).is_empty());
    assert_eq!(found_with("By autumn the shop was full every morning.", Some("1952")).len(), 1);
    let got = found_with("The data were taken between March and November last year.", d);
    assert_eq!(got.last(), Some(&("November last year".to_string(), Some("2023-11".to_string()))));
    let got = found_with("The festival opens on Sunday 8 November this year.", d);
    assert_eq!(got, pairs(&[("Sunday 8 November this year", "2024-11-08")]));
}

#[test]
fn document_date_option_overrides_the_text() {
    let text = "News\n\nLONDON, March 13, 2024 — It happened last year.";
    let tl = run_with(text, Some("2020-01-15"));
    assert_eq!(tl.document_date.value.as_deref(), Some("2020-01-15"));
    assert_eq!(found_with(text, Some("2020-01-15"))[1], ("last year".to_string(), Some("2019".to_string())));
}

#[test]
fn document_date_inferred_from_years_since() {
    let text = "They met in May 1999. Several months before the meeting, bombs fell. It is more than \
                twenty-two years since that meeting. Today the talks go on, as they have since then.";
    let tl = run_with(text, None);
    assert_eq!(tl.document_date.value.as_deref(), Some("2021"));
    assert_eq!(
        found(text),
        pairs(&[
            ("May 1999", "1999-05"),
            ("Several months before the meeting", "1998"),
            ("more than twenty-two years since that meeting", "2021"),
            ("Today", "2021"),
            ("since then", "1999-05"),
        ])
    );
}

#[test]
fn without_a_document_date_present_words_stay_references() {
    let text = "The firm was sold in 2019. Today it is remembered, and this year is its anniversary.";
    let tl = run_with(text, None);
    // One bare year is too little evidence: the date is unknown and nothing is counted from it.
    assert_eq!(tl.document_date.value.as_deref(), None);
    assert_eq!(tl.document_date.source, DateSource::Unknown);
    assert_eq!(
        found(text),
        pairs(&[("2019", "2019"), ("Today", "PRESENT_REF"), ("this year", "PRESENT_REF")])
    );
    assert_eq!(found("Two years later it was over."), pairs(&[("Two years later", "")]));
}

#[test]
fn narrative_anchors_and_chronological_order() {
    let text = "Angus died in 1864. Two years later the creditors came, and the following spring she \
                sailed. The line was founded in the 1840s.";
    let tl = run_with(text, None);
    let got: Vec<(&str, Option<&str>, Option<usize>)> =
        tl.items.iter().map(|i| (i.text.as_str(), i.value.as_deref(), i.anchor)).collect();
    assert_eq!(
        got,
        [
            ("the 1840s", Some("184X"), None),
            ("1864", Some("1864"), None),
            ("Two years later", Some("1866"), Some(1)),
            ("the following spring", Some("1867-SP"), Some(2)),
        ]
    );
    assert!(tl.items[2].relative && !tl.items[1].relative);
    let unresolved = run_with("In 2001 they met, on 04/05/2010 they parted.", None);
    assert_eq!(unresolved.items.last().unwrap().value, None, "unresolved items sort last");
}

#[test]
fn counted_days_start_from_the_latest_time() {
    let text = "It arrived on Thursday. In March 2022 a fault struck; engineers fixed it two weeks later.";
    assert_eq!(
        found_with(text, Some("2025-02-21")),
        pairs(&[("Thursday", "2025-02-20"), ("March 2022", "2022-03"), ("two weeks later", "2022-03")])
    );
}

#[test]
fn story_time_survives_a_flashback() {
    let text = "On Christmas Eve 1952 the lamp went dark. The ledger went back to April 1921. The next \
                morning he read it. \"I think last night was the first time,\" he said.";
    assert_eq!(
        found(text),
        pairs(&[
            ("Christmas Eve 1952", "1952-12-24"),
            ("April 1921", "1921-04"),
            ("The next morning", "1952-12-25"),
            ("last night", "1952-12-24"),
        ])
    );
}

#[test]
fn spans_leave_out_attaching_prepositions() {
    let got = found("At the moment, in recent years, for now, since 2013 and around 2030, by autumn 2020.");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["the moment", "recent years", "now", "since 2013", "around 2030", "autumn 2020"]);
}

#[test]
fn items_link_the_entities_of_their_sentence() {
    let text = "Haqqani met bin Laden in May 1999. Nobody else came in 2001.";
    let d = doc(text);
    let entity = |id: usize, name: &str| Entity {
        id,
        name: name.to_string(),
        kind: Kind::Person,
        aliases: Vec::new(),
        evidence: Vec::new(),
        mentions: vec![Span::new(text.find(name).unwrap(), text.find(name).unwrap() + name.len())],
    };
    let entities = [entity(0, "bin Laden"), entity(1, "Haqqani")];
    let tl = extract(&d, &entities, &Options::default());
    let may = tl.items.iter().find(|i| i.text == "May 1999").unwrap();
    assert_eq!(may.entities, [0, 1]);
    assert_eq!(may.sentence.slice(text), "Haqqani met bin Laden in May 1999.");
    assert!(tl.items.iter().find(|i| i.text == "2001").unwrap().entities.is_empty());
}

#[test]
fn every_span_is_its_text() {
    let text = "“In the ’80s,” she said — on 3 March 2020 — “and since then.”";
    for it in run_with(text, None).items {
        assert_eq!(it.span.slice(text), it.text);
    }
}

#[test]
fn ordinal_days_in_words_and_weeks() {
    assert_eq!(
        found("On the eleventh of July, 1812 and on the twenty-fourth of August they marched."),
        pairs(&[("the eleventh of July, 1812", "1812-07-11"), ("the twenty-fourth of August", "1812-08-24")])
    );
    assert_eq!(
        found_with("It rained last week and will rain next week.", Some("2024-03-13")),
        pairs(&[("last week", "2024-W10"), ("next week", "2024-W12")])
    );
}

#[test]
fn names_and_measures_around_numbers_are_not_years() {
    for text in [
        "The galaxy NGC 1300 is barred.",
        "The plan, Vision 2030, was launched.",
        "It ran Windows 2000 and Office 2019.",
        "The city fell in 1500 BC.",
        "The kiln reached 1200°C.",
        "They fired at 1430 GMT.",
        "He read the Sunday Times.",
        "Athens grew in the 5th century BC.",
        "He went to mass every Sunday and each spring.",
        "The probe reached asteroid 2019 GT3.",
        "Since May became prime minister, little changed.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
    assert_eq!(
        found("Since 2020’s pandemic, in the 1980’s."),
        pairs(&[("Since 2020", "2020"), ("the 1980’s", "198X")])
    );
}

#[test]
fn a_heading_month_is_not_the_document_date() {
    let text = "The Blitz\n\nMay 1940\n\nThe bombing began in September. Today the city remembers.";
    let tl = run_with(text, None);
    // A heading is no dateline, and one year is too little to estimate from.
    assert_eq!(tl.document_date.value.as_deref(), None);
    assert_eq!(found(text)[1], ("September".to_string(), Some("1940-09".to_string())));
}

#[test]
fn spans_up_to_now_and_the_future() {
    let text = "Over the past decade and in the last five years prices rose; in the coming months they \
                may fall. In the last year of the war they fell. Years later prices rose in May and you \
                may see why.";
    assert_eq!(
        found_with(text, Some("2025-06-05")),
        pairs(&[("the past decade", "P10Y"), ("the last five years", "P5Y"), ("May", "2025-05"),])
    );
    let tl = run_with("Over the past decade it grew.", Some("2025-06-05"));
    let r = tl.items[0].range.as_ref().unwrap();
    assert_eq!((r.from.as_str(), r.to.as_str()), ("2016-01-01", "2025-06-05"));
}

#[test]
fn odd_input_never_panics_and_spans_stay_on_characters() {
    let texts = [
        "",
        "2024",
        "’",
        "May",
        "9/11/",
        "1999-",
        "the",
        "Saturday, 31 February 2023",
        "On 29 February they met. In 1999 it ended.",
        "ééé 1999 ééé — 14 May 1999 — ’80s",
        "\u{0}\u{7}2020\u{1b}[31m",
        "the the the 1980s 1980s",
    ];
    for text in texts {
        for date in [None, Some("2024-03-13"), Some("99999999"), Some("2021")] {
            for it in run_with(text, date).items {
                assert_eq!(it.span.slice(text), it.text);
                assert!(text.is_char_boundary(it.span.start) && text.is_char_boundary(it.span.end));
            }
        }
    }
    assert_eq!(parse_date("99999999"), None);
    assert_eq!(parse_date("2021-02-30"), None);
    assert_eq!(parse_date("2021-02"), Some(Point::Month(2021, 2)));
}

#[test]
fn a_run_on_line_of_dates_stays_linear() {
    // 20 000 matches in one sentence: each looks at a bounded window for its tense.
    let text = "in May 1999 and ".repeat(20_000);
    assert_eq!(run_with(&text, None).items.len(), 20_000);
}

#[test]
fn forecast_years_are_no_evidence_of_the_document_date() {
    let text = "Harbour trade\n\nThe port handled 3m tonnes in March 2004, up from 2003, and it rose again in \
                2005. Planners said the volume is projected to triple by 2050, and the new quay will open in \
                2030. The board met in June 2005 and agreed the plan last year.";
    let tl = run_with(text, None);
    // The latest year reported is a lower bound, not a date: unknown, never 2030 or 2050.
    assert_eq!(tl.document_date.value.as_deref(), None, "{:?}", tl.document_date);
    assert_eq!(tl.document_date.source, DateSource::Unknown);
    assert!(tl.document_date.confidence > 0.5, "{:?}", tl.document_date);
}

#[test]
fn an_age_and_a_birth_year_imply_the_present() {
    let text = "Obituary\n\nThe engraver Ilse Marrow, who has died at 92, was born in 1913 in a mill town. \
                She opened her workshop in 1946 and closed it in 1987.";
    let tl = run_with(text, None);
    assert_eq!(tl.document_date.value.as_deref(), Some("2005"), "{:?}", tl.document_date);
    let text = "Profile\n\nThe Potter, a 71-Year-Old from the coast, was Born in 1930 near the \
                harbour. She opened her kiln in 1956 and moved it in 1988.";
    let tl = run_with(text, None);
    assert_eq!(tl.document_date.value.as_deref(), Some("2001"), "{:?}", tl.document_date);
}

#[test]
fn a_signed_letter_is_dated_by_its_last_lines() {
    let text = "A letter to the editor\n\nSir, the new bridge is a disgrace.\n\nIt was promised for \
                1998.\n\nThe council has ignored us since.\n\nWe ask again that it act now.\n\n\
                The residents will meet on Friday.\n\nYours faithfully,\n\nA. Tennant\n\n14 October 2001";
    let tl = run_with(text, None);
    assert_eq!(tl.document_date.value.as_deref(), Some("2001-10-14"));
    assert_eq!(tl.document_date.source, DateSource::Dateline);
}

#[test]
fn metadata_date_from_markdown_front_matter() {
    let text = "---\ntitle: Quay Notes\ndate: 2019-04-02\n---\n\nThe quay opened last year.\n";
    let doc = Document::from_text(text.to_string(), "t.md", Format::Markdown, "t");
    assert_eq!(doc.title, "Quay Notes");
    assert!(!doc.text.contains("title:"), "{}", doc.text);
    let tl = extract(&doc, &[], &Options::default());
    assert_eq!(tl.document_date.value.as_deref(), Some("2019-04-02"));
    assert_eq!(tl.document_date.source, DateSource::Metadata);
    assert_eq!(tl.items[0].value.as_deref(), Some("2018"));
}

#[test]
fn present_and_recent_words_and_event_anchors() {
    let text = "LONDON, 14 March 2024 — The agency is currently reviewing the rules, as it has done of late. \
                In recent months the board met twice; these days it meets weekly. The vote was held on \
                3 March. Three days after the vote, the minister resigned, and on the eve of the summit \
                she spoke. Prices have risen ever since.";
    let got = found(text);
    let want = pairs(&[
        ("14 March 2024", "2024-03-14"),
        ("currently", "2024-03-14"),
        ("of late", "2024-03"),
        ("recent months", "2024-03"),
        ("these days", "2024-03-14"),
        ("3 March", "2024-03-03"),
        ("Three days after the vote", "2024-03-06"),
        ("the eve of the summit", "2024-03-02"),
        ("ever since", "2024-03-03"),
    ]);
    assert_eq!(got, want);
}

#[test]
fn discourse_now_figures_and_one_season_phrase_are_not_split_or_dated() {
    assert_eq!(found("Now, Watson, look at the mud on his boots."), vec![]);
    assert_eq!(found("The dreamers of today are the builders of tomorrow."), vec![]);
    let got = found_with("It flooded in the summer of last year.", Some("2024-03-14"));
    assert_eq!(got, pairs(&[("the summer of last year", "2023-SU")]));
    let got = found_with(
        "Three weeks into her tenure, the minister resigned. The fleet will double by mid-century.",
        Some("2005-05-01"),
    );
    assert_eq!(got, pairs(&[("Three weeks into her tenure", ""), ("mid-century", "2050")]));
    // Counted from an unknown present: only the side of it.
    assert_eq!(found("The deal was signed ten days ago."), pairs(&[("ten days ago", "PAST_REF")]));
}

#[test]
fn forecast_years_never_become_the_narrative_time() {
    let text = "The rover landed in March 2011. Engineers expect a third mission by 2030. Its twin arrived on \
                21 March, two weeks later.";
    let got = found(text);
    assert_eq!(got[2], ("21 March".to_string(), Some("2011-03-21".to_string())));
}

#[test]
fn anchored_durations_and_parts_of_periods() {
    let got = found(
        "She chaired the board for eleven years before retiring in 2016. He spent six years building boats.",
    );
    assert_eq!(got, pairs(&[("eleven years", "P11Y"), ("2016", "2016")]));
    let got = found("The group has been weakened by two decades of targeting. Five years have passed since.");
    assert_eq!(got, pairs(&[("two decades", "P20Y"), ("Five years", "P5Y")]));
    let got = found("The war began in 2003. In the early years of the war, prices rose.");
    assert_eq!(got, pairs(&[("2003", "2003"), ("the early years of the war", "200X")]));
}

#[test]
fn anniversary_words_that_imply_nothing_end_the_search() {
    // A "centenary"-type word whose count puts the present nowhere near the reported years
    // once sent the search back to the same word for ever; one after a curly quote (three
    // bytes) once split that quote.
    let text = "The society was chartered in 1791 and held its ‘bicentenary’ dinner in 1991. Its \
                sesquicentennial had passed in 1941. The archive was catalogued in 1803 and 1804.";
    let tl = run_with(text, None);
    assert_ne!(tl.document_date.value.as_deref(), Some("2004"));
    let text = "On the centenary of the 1875 fire, in 1975, the hall reopened. It closed in 1988.";
    assert!(run_with(text, None).items.iter().any(|i| i.text == "1975"));
}

#[test]
fn a_span_in_which_nothing_is_counted_is_how_long_a_thing_took() {
    // How long a thing took: no time of the story.
    let got = found("The ferry crew rowed back to the harbour in seven days, towing the wreck.");
    assert_eq!(got, pairs(&[]));
    let got = found("The 2019 vintage sold out in eleven days. The roof can be mended in three weeks.");
    assert_eq!(got, pairs(&[("2019", "2019")]));
    // A count, a rank or a negation inside the span makes it the sentence's reach back.
    let got = found("It was the fourth break-in at the depot in three years.");
    assert_eq!(got, pairs(&[("three years", "P3Y")]));
    let got = found("The union collected 9,000 names in five weeks. The side hasn't won in four weeks.");
    assert_eq!(got, pairs(&[("five weeks", "P5W"), ("four weeks", "P4W")]));
}

#[test]
fn a_span_opening_its_clause_or_ahead_in_time_is_kept() {
    let got = found("They wed in 1902, and in thirty years he had never once raised his voice.");
    assert_eq!(got[1], ("thirty years".to_string(), Some("P30Y".to_string())));
    let got = found("The dam will cost more in three years.");
    assert_eq!(got.len(), 1);
}
