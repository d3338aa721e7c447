//! Look-alikes of dates that are not dates, one test per class of the error analysis of
//! unseen articles (discourse "Now,", figurative "today … tomorrow", scores and times, a
//! decade word as a name, a day that is a count, "May" and "March" as words, seasons as
//! words, ages, one expression split in two). Every sentence is invented; each names the
//! trap it sets, so a failure says which reading went wrong.

use super::*;
use crate::document::Format;

fn found(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    let doc = Document::from_text(text.to_string(), "test", Format::Text, "test");
    let options = Options { document_date: date.map(str::to_string) };
    let mut items = extract(&doc, &[], &options).items;
    items.sort_by_key(|i| i.span.start);
    items.into_iter().map(|i| (i.text, i.value)).collect()
}

fn none(texts: &[&str]) {
    for text in texts {
        assert_eq!(found(text, Some("2024-05-14")), vec![], "{text}");
    }
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    v.iter().map(|(t, x)| (t.to_string(), if x.is_empty() { None } else { Some(x.to_string()) })).collect()
}

#[test]
fn discourse_now_is_no_date() {
    none(&[
        "Now, Inspector, tell me what you saw on the stairs.",
        "Now, Margit, put the kettle on.",
        "Now then, who left the gate open?",
        "Now, now, there is no need to shout.",
    ]);
}

#[test]
fn figurative_today_and_tomorrow_are_no_dates() {
    none(&[
        "The rebels of today are the rulers of tomorrow.",
        "Today's headline is tomorrow's fish-and-chip paper.",
        "What is news today is history tomorrow.",
        "The country cannot pay tomorrow's wages with yesterday's promises.",
    ]);
}

#[test]
fn some_weekday_and_a_feast_kept_as_a_habit_are_no_dates() {
    none(&[
        "I did the walk on a Thursday, with a guide.",
        "The café is closed on Mondays and Tuesdays, except for Shrove Tuesday.",
    ]);
}

#[test]
fn scores_times_and_counts_are_no_dates() {
    none(&[
        "The final score was 21-14 after extra time.",
        "Doors open at 19.30 and the bar shuts at 23:00.",
        "She ran the 1500 metres in four minutes flat.",
        "Flight 2017 to Oslo was cancelled.",
        "The ward has 1,200 beds and room 1905 is empty.",
        "He bowled 2010 deliveries without a wide.",
    ]);
}

#[test]
fn a_decade_word_in_a_name_is_no_decade() {
    none(&["The Sixties Revival Band played at the Roaring Twenties Club.", "She drank at the Forties Bar."]);
}

#[test]
fn a_day_that_is_a_count_is_not_the_day_of_the_month() {
    let got = found("In April 12 members resigned from the committee.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("April", "2024-04")]));
    let got = found("In June 30 families had left the valley.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("June", "2023-06")]));
}

#[test]
fn may_as_a_name_or_a_modal_is_no_month() {
    none(&[
        "May Ellison runs the shop on the corner.",
        "May we come in?",
        "The minister, Harriet May, said nothing.",
        "Prices may 10 times over rise, he warned.",
        "It may well rain.",
    ]);
}

#[test]
fn march_as_a_verb_or_a_noun_is_no_month() {
    none(&[
        "They march on the capital at dawn.",
        "The long march through the hills took its toll.",
        "Thousands joined the March for Clean Air.",
        "Forward, march!",
    ]);
}

#[test]
fn seasons_as_words_are_no_dates() {
    none(&[
        "They stayed at the Four Seasons in the city.",
        "He drank spring water and had a spring in his step.",
        "Prices fall when the harvest comes in.",
        "Summer Okonjo scored twice.",
        "She was in the autumn of her life.",
    ]);
}

#[test]
fn ages_are_no_dates() {
    none(&[
        "A 30-year-old man was arrested.",
        "Children aged 5 to 11 can enter free.",
        "At 45, he was the oldest player on the pitch.",
        "The 2000-year-old tree still stands.",
    ]);
}

#[test]
fn one_expression_is_one_item() {
    let date = Some("2024-05-14");
    assert_eq!(
        found("It snowed in the winter of last year.", date),
        pairs(&[("the winter of last year", "2023-WI")])
    );
    assert_eq!(found("They met on the morning of 3 May 2010.", date).len(), 1);
    assert_eq!(found("The polls closed on Tuesday, March 3, 2020.", date).len(), 1);
    assert_eq!(found("The plant shut in the first week of June 2020.", date).len(), 1);
    assert_eq!(found("It happened early in the spring of 1934.", date).len(), 1);
}

#[test]
fn a_span_of_months_with_no_year_is_every_year() {
    none(&[
        "The trust lets the bothy out from May to September.",
        "The old hall was bitterly cold from November to February.",
    ]);
    // with a year it is a time on the calendar
    assert_eq!(found("The road was shut from March to June 2023.", Some("2024-05-14")).len(), 2);
}

#[test]
fn possessive_yesterday_and_tomorrow_beside_a_date_are_a_figure() {
    let got = found(
        "On Monday she said the town could not live on tomorrow's hopes and yesterday's mills.",
        Some("2024-05-14"),
    );
    assert_eq!(got, pairs(&[("Monday", "2024-05-13")]));
}

#[test]
fn weekdays_and_seasons_of_no_particular_time() {
    none(&[
        "Her uncle was really Monday Adeyemi Cole, a tailor.",
        "The Friday market fills the square with stalls.",
        "She wore her Sunday dress to the quay.",
        "The quartet, whose Friday residency ran for years, broke up.",
        "The line carries cheap power in summer and dear power in winter.",
    ]);
    let got = found("Now, this morning we have a guest in the studio.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("this morning", "2024-05-14")]));
    // introduced as days they are dates
    assert_eq!(found("On Friday Adeyemi signed the lease.", Some("2024-05-14")).len(), 1);
    assert_eq!(found("The bridge reopens by spring.", Some("2024-05-14")).len(), 1);
}

#[test]
fn habits_of_any_week_or_year_are_no_dates() {
    none(&[
        // a weekday of no particular week
        "She still answers the letters herself on Sunday evenings.",
        "The choir sang on the first Sunday of every month.",
        "We met on a wet Tuesday in August, under the arcade.",
        "It happened on a Tuesday morning, as these things do.",
        // a season as a kind of month
        "The ferry is busiest in the summer months.",
        // a weekday opening a name
        "Tuesday Ensemble, a quartet from Leeds, closed the night.",
    ]);
}

#[test]
fn a_count_earlier_or_later_than_something_is_a_comparison() {
    none(&[
        "The river dried up a month earlier than in most years.",
        "The swallows came back eleven days later than usual.",
    ]);
}

#[test]
fn a_month_of_that_year_is_one_expression() {
    let got = found("The mill burned in 1911. It was rebuilt in May of that year.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("1911", "1911"), ("May of that year", "1911-05")]));
    let got = found("The firm first traded in March of last year.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("March of last year", "2023-03")]));
}

#[test]
fn that_month_or_season_is_the_narrative_year() {
    let got = found(
        "The survey ship sailed in 1903. That summer the crew mapped the coast, and that September they came home.",
        Some("2024-05-14"),
    );
    assert_eq!(got, pairs(&[("1903", "1903"), ("That summer", "1903-SU"), ("that September", "1903-09")]));
}

#[test]
fn a_nth_weekday_of_a_month_and_year_is_a_day() {
    let got = found("The first letter came on the last Saturday of August 1971.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("the last Saturday of August 1971", "1971-08-28")]));
    let got = found("They met on the second Monday in March 2024.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("the second Monday in March 2024", "2024-03-11")]));
    // without a year, one expression of the month
    let got = found("They met on the first Sunday in March.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("the first Sunday in March", "2024-03")]));
}

#[test]
fn years_of_the_eleventh_century_are_years_where_told_as_times() {
    let got = found("The fortress fell on 23 April 1026, and again in 1030.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("23 April 1026", "1026-04-23"), ("1030", "1030")]));
    none(&["The disk holds 1024 files.", "Up to 1050 people came."]);
}

#[test]
fn then_as_the_time_of_the_story_is_a_date_and_as_a_step_is_none() {
    let got = found("The dam opened in 1961. By then the valley was empty.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("1961", "1961"), ("then", "1961")]));
    let got = found("The lab was founded in 2019 by Okafor, then a student at Leeds.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("2019", "2019"), ("then", "2019")]));
    let got = found("She left in 1988. She was then nineteen.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("1988", "1988"), ("then", "1988")]));
    none(&[
        "Then the rain came, and then the wind.",
        "We argued now and then about the boat.",
        "The barn was then sold to a neighbour.",
        "It rained, then a storm blew in from the west.",
    ]);
}

#[test]
fn the_year_restating_a_year_or_naming_the_present_one() {
    let got = found("It was their first win since 2019, the year the new stand opened.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("since 2019", "2019"), ("the year", "2019")]));
    let got = found("It was the wettest month of the year.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("the year", "2024")]));
    none(&["Streets should be designed for the worst day of the year."]);
    let got = found("The storm had come ashore as the strongest of the year.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("the year", "2024")]));
    none(&["The harvest of the year was poor, the tenants said of the year they had."]);
}

#[test]
fn that_opening_a_clause_points_at_no_time() {
    none(&[
        "Every child knows that winter is for sledging.",
        "Nobody minded that Sunday Club were late.",
        "She said that May was the wettest month she remembered.",
    ]);
}

#[test]
fn a_deictic_quoted_or_equated_with_another_is_a_figure() {
    none(&["“They keep saying tomorrow,” she said.", "“Tomorrow is now next week.”"]);
    // a real "tomorrow" and "now" stay
    let got = found("The vote is tomorrow, and the hall is now full.", Some("2024-05-14"));
    assert_eq!(got.len(), 2);
}

#[test]
fn rates_and_compared_months_are_no_dates() {
    none(&[
        "The line carried about 1,200 passengers a day before the strike.",
        "The island is busier in August, and quieter in May.",
        "The rains normally begin in the first week of November.",
    ]);
    // a day before an event, told as a time, stays
    assert_eq!(found("They met a day before the vote, on 3 May 2024.", Some("2024-05-14")).len(), 2);
}

#[test]
fn years_ago_today_is_one_expression() {
    let got = found("Fifty years ago today, on 14 March 1974, the pier burned.", Some("2024-03-14"));
    assert_eq!(got, pairs(&[("Fifty years ago today", "1974-03-14"), ("14 March 1974", "1974-03-14")]));
    let got = found("Ninety years ago this summer the pier opened.", Some("2024-03-14"));
    assert_eq!(got, pairs(&[("Ninety years ago this summer", "1934-SU")]));
}

#[test]
fn a_weekday_told_with_for_is_an_appointment_to_come() {
    // 14 May 2024 is a Tuesday
    let got = found("A public meeting has been called for Thursday in the village hall.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("Thursday", "2024-05-16")]));
    let got =
        found("The developer was sentenced by the High Court in the capital on Monday.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("Monday", "2024-05-13")]));
}

#[test]
fn sunday_week_and_weekday_headings() {
    // 14 May 2024 is a Tuesday: the coming Sunday is the 19th, "Sunday week" the 26th
    let got = found("The fair opens on Sunday week.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("Sunday week", "2024-05-26")]));
    // a weekday heading a part of a report is a day already told of
    let got = found("Festival diary\n\nSATURDAY\n\nThe rain came at noon.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("SATURDAY", "2024-05-11")]));
}

#[test]
fn centuries_as_adjectives_statute_years_and_early_years_in_ranges() {
    let got = found("The letters survive in a thirteenth-century copy.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("thirteenth-century", "12XX")]));
    let got = found("It was protected by the Landlord and Tenant Act 1954.", Some("2024-05-14"));
    assert_eq!(got, pairs(&[("1954", "1954")]));
    let got = found("Receipts rose every year from 1004 to 1019.", Some("2024-05-14"));
    assert_eq!(got.len(), 2, "{got:?}");
    none(&["The Windows 2000 machines were slow.", "Scores rose to 1019 points."]);
}

#[test]
fn a_feast_as_a_deadline_is_the_coming_one() {
    let got = found("The council said the sale would be agreed by Easter.", Some("2026-06-10"));
    assert_eq!(got, pairs(&[("Easter", "2027-03-28")]));
}

#[test]
fn names_under_a_frame_of_repetition_are_sets() {
    none(&[
        "Her column runs every other Thursday.",
        "The keepers measured the drifts each winter, so that the village could judge in April how much would melt.",
        "The ferry sails every morning from Leith and rests on Sunday.",
    ]);
    // a bound or a plain date beside a repetition is still a date
    assert_eq!(
        found("The ferry sails every morning. It ran aground on Friday.", Some("2024-05-14")).len(),
        1
    );
    assert_eq!(found("The vote was held in March.", Some("2024-05-14")).len(), 1);
}

#[test]
fn a_habit_that_ends_leaves_the_next_day_a_date() {
    let got =
        found("He rode over every Friday until Easter, and on Whit Monday he proposed.", Some("1911-08-01"));
    assert_eq!(got.len(), 2);
}
