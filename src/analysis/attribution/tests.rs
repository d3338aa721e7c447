//! Descriptions and quotes on invented sentences, through the whole analysis.

use crate::analysis::{Analysis, Options, analyse};
use crate::document::{Format, load_bytes};

fn run(text: &str) -> (String, Analysis) {
    let doc = load_bytes(text.as_bytes(), "t.txt", Some(Format::Text), "t");
    let a = analyse(&doc, &Options::default());
    (doc.text, a)
}

fn descriptions(a: &Analysis, name: &str) -> Vec<String> {
    let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"));
    a.descriptions_of(e.id).iter().map(|d| d.text.clone()).collect()
}

fn speaker(a: &Analysis, quote_start: &str) -> Option<String> {
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with(quote_start))
        .unwrap_or_else(|| panic!("no quote {quote_start}"));
    q.speaker.map(|id| a.entities[id].name.clone()).or(q.source.clone())
}

#[test]
fn premodifying_roles_appositions_and_copulas() {
    let (_, a) =
        run("The veteran trade negotiator Marta Quilling met Ondrej Vasko, the deputy mayor of Brelin, \
         on Tuesday. Ivo Brandt (@ivob) is a senior fellow at the Corvin Institute. \
         Lena Posch, 54, a nurse from Tarnow, was there too.\n");
    assert_eq!(descriptions(&a, "Marta Quilling"), ["veteran trade negotiator"]);
    assert_eq!(descriptions(&a, "Ondrej Vasko"), ["the deputy mayor of Brelin"]);
    assert_eq!(descriptions(&a, "Ivo Brandt"), ["a senior fellow at the Corvin Institute"]);
    assert_eq!(descriptions(&a, "Lena Posch"), ["54, a nurse from Tarnow"]);
}

#[test]
fn clauses_after_a_comma_are_not_descriptions() {
    let (_, a) = run("After meeting Ondrej Vasko, the committee voted to adjourn. Vasko was tired.\n");
    assert!(descriptions(&a, "Ondrej Vasko").is_empty(), "{:?}", a.descriptions);
    let (_, a) = run("I wrote to Ondrej Vasko, whom I knew as a boy, and Vasko answered. Vasko came.\n");
    assert!(descriptions(&a, "Ondrej Vasko").is_empty(), "{:?}", a.descriptions);
}

#[test]
fn quotes_with_named_and_pronoun_speakers() {
    let (_, a) = run("Marta Quilling spoke first. “We will not sign this week,” Quilling said. \
         Later she added: “The terms are still wrong.”\n\n\
         “It is a good deal,” said Ondrej Vasko. According to the memo, “the talks failed twice.”\n");
    assert_eq!(speaker(&a, "We will not").as_deref(), Some("Marta Quilling"));
    assert_eq!(speaker(&a, "The terms").as_deref(), Some("Marta Quilling"));
    assert_eq!(speaker(&a, "It is a good").as_deref(), Some("Ondrej Vasko"));
    assert_eq!(speaker(&a, "the talks failed").as_deref(), Some("the memo"));
}

#[test]
fn a_pronoun_skips_a_person_of_the_other_gender() {
    let (_, a) = run("Mr Tomas Reller waited. Mrs Ilse Varga arrived late, and she was tired. \
         Reller stood up and he noted: “We start now.”\n");
    assert_eq!(speaker(&a, "We start").as_deref(), Some("Tomas Reller"));
}

#[test]
fn corrections_relink_quotes_and_descriptions() {
    let (text, mut a) = run("“Enough,” said Ondrej Vasko, the deputy mayor. Vasko left.\n");
    crate::analysis::corrections::apply(
        &mut a,
        &text,
        &[crate::analysis::corrections::Correction::Rename {
            entity: "Ondrej Vasko".into(),
            to: "O. Vasko".into(),
        }],
    );
    assert_eq!(speaker(&a, "Enough").as_deref(), Some("O. Vasko"));
    assert_eq!(descriptions(&a, "O. Vasko"), ["the deputy mayor"]);
}

#[test]
fn one_endless_sentence_stays_linear() {
    // Thousands of mentions in one block without sentence ends: each looks at a window only.
    let text = "Ondrej Vasko, the deputy mayor, and “so on,” said Vasko ".repeat(3000);
    let (_, a) = run(&text);
    assert!(!a.quotes.is_empty());
}

#[test]
fn clauses_participles_and_misfit_heads_are_not_descriptions() {
    let (_, a) = run("Tomas Reller, more intent on the road than on the map, drove on. \
         Ilse Varga, as she opened the letter, frowned. Varga smiled. Reller, without quitting his \
         chair, waved. Reller nodded. The movement Reller led had failed. Reller slept.\n");
    assert!(descriptions(&a, "Tomas Reller").is_empty(), "{:?}", a.descriptions);
    assert!(descriptions(&a, "Ilse Varga").is_empty(), "{:?}", a.descriptions);
    let (_, a) = run("Ondrej Vasko, former deputy mayor of Brelin, spoke first. Vasko left early.\n");
    assert_eq!(descriptions(&a, "Ondrej Vasko"), ["former deputy mayor of Brelin"]);
}
