//! `--export timelinejs`: the timeline in TimelineJS's JSON format, so a reader can publish
//! an interactive timeline of the article. `display_date` keeps each expression as written
//! ("the 1980s"), while `start_date`/`end_date` carry the normalised calendar values at the
//! precision the text gives (year, month or day). Unresolved expressions are left out.

use crate::analysis::{Analysis, TimelineItem};
use crate::document::Document;
use crate::document::segment::clean_line;
use serde::Serialize;

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Event>,
}

#[derive(Serialize)]
struct Slide {
    text: Text,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct Event {
    start_date: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    display_date: String,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
}

#[derive(Serialize, PartialEq, Eq, Debug)]
struct Date {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
}

pub fn render(doc: &Document, analysis: &Analysis) -> String {
    let events = analysis
        .timeline
        .iter()
        .filter_map(|t| {
            let (start_date, end_date) = dates(t)?;
            let names: Vec<&str> = t
                .entities
                .iter()
                .filter_map(|&id| analysis.entities.get(id))
                .map(|e| e.name.as_str())
                .collect();
            Some(Event {
                start_date,
                end_date,
                display_date: clean_line(&t.text),
                text: Text { headline: t.display.clone(), text: clean_line(t.sentence.slice(&doc.text)) },
                group: names.first().map(|n| n.to_string()),
            })
        })
        .collect();
    let timeline = Timeline {
        title: Slide {
            text: Text {
                headline: doc.title.clone(),
                text: format!("Timeline of {} extracted by dossier", doc.title),
            },
        },
        events,
    };
    let json = serde_json::to_string_pretty(&timeline).unwrap_or_default();
    crate::display::sanitize(&json).into_owned() + "\n"
}

/// Start and end dates at the precision of the value: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
/// give one date; anything else (decades, seasons, ranges) uses the item's range by year.
fn dates(t: &TimelineItem) -> Option<(Date, Option<Date>)> {
    let value = t.value.as_deref()?;
    let parts: Vec<&str> = value.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let trim = |s: &str| s.trim_start_matches('0').to_string();
    match parts.as_slice() {
        [y] if digits(y, 4) => return Some((Date { year: y.to_string(), month: None, day: None }, None)),
        [y, m] if digits(y, 4) && digits(m, 2) => {
            return Some((Date { year: y.to_string(), month: Some(trim(m)), day: None }, None));
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            return Some((Date { year: y.to_string(), month: Some(trim(m)), day: Some(trim(d)) }, None));
        }
        _ => {}
    }
    let range = t.range.as_ref()?;
    let year = |s: &str| s.get(..4).filter(|y| digits(y, 4)).map(str::to_string);
    let from = Date { year: year(&range.from)?, month: None, day: None };
    let to = Date { year: year(&range.to)?, month: None, day: None };
    let end = (to != from).then_some(to);
    Some((from, end))
}
