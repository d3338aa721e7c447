//! Dense text, whole analysis: one sentence that runs for hundreds of kilobytes and holds
//! thousands of dates, ages and names (a table flattened into prose, a log pasted as one
//! line). Each date, age and name must cost a bounded amount of work and memory, never one
//! proportional to the sentence: such texts once took gigabytes (every date listed all the
//! sentence's mentions again), or seconds of quadratic scans (each age looked at every date,
//! each date read its whole block for field marks, each count after an event read every
//! earlier date). The figures here are the results; the sizes are chosen so that a quadratic
//! pass would not finish.

use dossier::analysis::{Options, analyse};
use dossier::document::{Format, load_bytes};

fn analysed(text: &str) -> dossier::analysis::Analysis {
    let doc = load_bytes(text.as_bytes(), "dense.txt", Some(Format::Text), "test");
    analyse(&doc, &Options::default())
}

#[test]
fn a_sentence_of_names_and_dates_lists_its_entities_once_per_date() {
    let text = "Ada Lusk (née Brill), born 1950, met Tomas Verno in May 1999 | News, and ".repeat(10_000);
    let a = analysed(&text);
    assert!(a.timeline.len() >= 10_000, "{} items", a.timeline.len());
    let named = a.entities.len();
    assert!(named >= 2, "{named} entities");
    // Each date's entity list is the sentence's distinct entities, not its mentions.
    assert!(a.timeline.iter().all(|i| i.entities.len() <= named));
}

#[test]
fn a_sentence_of_ages_is_valued_or_left_out_date_by_date() {
    let text =
        "in her late twenties, at the age of six, in her eighty-first year she came, and ".repeat(10_000);
    let a = analysed(&text);
    // No birth is given, so no age has a value and none is kept as an item.
    assert!(a.timeline.iter().all(|i| i.value.is_some() || !i.text.contains("age")));
}

#[test]
fn counts_after_an_event_read_the_earlier_dates_once() {
    // Thousands of short sentences, each count looking back for its event's date: every count
    // once read all the dates before it.
    let text = "The war ended in May 1990. Two years after the war they left. ".repeat(10_000);
    let a = analysed(&text);
    let counts: Vec<_> = a.timeline.iter().filter(|i| i.text == "Two years after the war").collect();
    assert_eq!(counts.len(), 10_000);
    assert!(counts.iter().all(|i| i.value.as_deref() == Some("1992")));
}
