//! The sample article's bars for descriptions and attributed quotes (issue 16).

use dossier::analysis::{Analysis, Options, analyse};
use dossier::document::{Format, load_bytes};

fn sample() -> Analysis {
    let text = include_str!("fixtures/sample.txt");
    let doc = load_bytes(text.as_bytes(), "sample.txt", Some(Format::Text), "sample");
    analyse(&doc, &Options::default())
}

fn described(a: &Analysis, name: &str) -> Vec<String> {
    let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"));
    a.descriptions_of(e.id).iter().map(|d| d.text.clone()).collect()
}

fn speaker_of(a: &Analysis, opening: &str) -> Option<String> {
    let q =
        a.quotes.iter().find(|q| q.text.starts_with(opening)).unwrap_or_else(|| panic!("no quote {opening}"));
    q.speaker.map(|id| a.entities[id].name.clone()).or(q.source.clone())
}

#[test]
fn sample_descriptions_meet_the_bars() {
    let a = sample();
    let has = |name: &str, phrase: &str| {
        let d = described(&a, name);
        assert!(d.iter().any(|t| t == phrase), "{name}: {d:?} lacks {phrase:?}");
    };
    has("Tricia Bacon", "international relations scholar and former US government counterterrorism analyst");
    has("Cole Bunzel", "Jihadi Salafism scholar");
    has("Atiyyat Allah al-Libi", "al-Qaeda ideologue");
    has("Asfandyar Mir", "a senior expert at the United States Institute of Peace");
    has("Jalaluddin Haqqani", "top Taliban official");
    has("Osama bin Laden", "the Saudi leader of the Arab militants");
    has("Rawalpindi", "Pakistani city");
}

/// Every description of the sample, for reading with `--nocapture`.
#[test]
fn sample_descriptions_listed() {
    let a = sample();
    for d in &a.descriptions {
        println!("{:<28} {:<11} {}", a.entities[d.entity].name, d.cue, d.text);
    }
    assert!(a.descriptions.len() >= 7);
}

#[test]
fn sample_quotes_meet_the_bars() {
    let a = sample();
    let is =
        |opening: &str, who: &str| assert_eq!(speaker_of(&a, opening).as_deref(), Some(who), "{opening}");
    is("Do not turn away from us any more, but deal with us.", "Jalaluddin Haqqani");
    is("The Islamic Emirate did well", "Mullah Dadullah");
    is("Of course, the Taliban’s policy", "Atiyyat Allah al-Libi");
    is("officials working on Afghanistan", "Tricia Bacon");
    is("taking it all in", "the cable");
}
