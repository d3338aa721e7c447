//! Named-entity extraction: candidates, kinds and alias clusters, then every mention.
//!
//! The pipeline is rule-based and linear in the size of the text, in five stages, one file
//! each: [`tokens`] cuts the text into words with their context; [`candidates`] finds the
//! spans that are names (runs of capitalised words, trimmed of sentence-initial ordinary
//! words and titles); [`kinds`] turns what each mention is and where it stands into votes
//! for a kind, with reasons; [`aliases`] groups forms into one cluster per referent
//! (surnames, acronyms, country aliases, variants); [`scan`] finds every occurrence of every
//! accepted form, so a name is caught even where the candidate rules could not see it.
//! Two helpers of the candidate stage have files of their own: [`works`] (quoted titles of
//! works) and [`long_forms`] (long names joined by the acronym after them), and
//! [`book_stats`] cuts one-off runs of names that are frequent alone. The shared document
//! context and candidate type live in [`context`], so no stage imports another for them.
//! After the scan, [`naming`] names each person by the full name the text uses most;
//! [`not_names`] lists the capitalised forms that name nobody ("His Majesty", "Mamma");
//! [`nicknames`] joins the second names a sentence introduces (nicknames, maiden names,
//! a party's plural, a ticker after its exchange).
//! Word lists come from [`crate::analysis::gazetteer`], cue words from [`cues`]; the kind
//! votes are the rows of one evidence table ([`evidence`], tests in [`rules`]).

pub mod aliases;
pub mod book_stats;
pub mod boundaries;
pub mod candidates;
pub mod context;
pub mod cues;
pub mod evidence;
pub mod kinds;
pub mod long_forms;
pub mod name_parts;
pub mod naming;
mod nicknames;
pub mod not_names;
mod passes;
mod person_links;
pub mod rules;
pub mod rules_context;
mod rules_lists;
pub mod scan;
mod short_forms;
pub mod tokens;
pub mod works;

use super::Entity;
use crate::document::Document;
use crate::document::segment::clean_line;

/// Finds the people, organizations, places and other names of a document, sorted by mention
/// count (most first; ties by first mention), each with its aliases, the evidence for its
/// kind and every mention in text order.
pub fn extract(doc: &Document) -> Vec<Entity> {
    extract_with_rows(doc).into_iter().map(|(e, _)| e).collect()
}

/// [`extract`], with the evidence-table rows that fired for each entity and how often (the
/// features the kind weights are fitted on).
pub fn extract_with_rows(doc: &Document) -> Vec<(Entity, Vec<(&'static str, u16)>)> {
    let tokens = tokens::tokenize(doc);
    let ctx = context::Ctx::new(doc, &tokens);
    let cands = candidates::find(&ctx);
    // Streamed: each candidate's votes are merged into its group's as they are cast.
    let votes = cands.iter().map(|c| kinds::local_evidence(&ctx, c));
    let clusters = aliases::cluster(&ctx, &cands, votes);
    let mentions = scan::mentions(&doc.text, &doc.sentences, &tokens, &clusters);
    let mut entities: Vec<(Entity, Vec<(&'static str, u16)>)> = clusters
        .into_iter()
        .zip(mentions)
        .filter(|(_, m)| !m.is_empty())
        .map(|(c, mentions)| {
            // Names and aliases are shown on one line: a form wrapped across lines in the
            // text ("Jean\nValjean") is shown with one space.
            let mut name = clean_line(&c.name);
            // A person named only by title and surname is shown with the title ("Mrs.
            // Harlow"), so a couple never shares a name in the panel.
            let titled_only = !c.titled.is_empty() && c.titled.len() == c.forms.len();
            if c.kind == crate::analysis::Kind::Person
                && !titled_only
                && let Some(better) = naming::person_name(&ctx, &name, &mentions)
            {
                name = better;
            }
            if c.kind == crate::analysis::Kind::Person
                && !titled_only
                && let Some(titled) =
                    naming::with_address_title(&name, c.cands.iter().map(|&ci| cands[ci].title.as_deref()))
            {
                name = titled;
            }
            let mut aliases: Vec<String> = Vec::new();
            for f in c.forms.iter().map(|f| clean_line(f)) {
                if f != name && !aliases.contains(&f) {
                    aliases.push(f);
                }
            }
            let rows = c.votes.fired_rows();
            (Entity { id: 0, name, kind: c.kind, aliases, evidence: c.votes.evidence, mentions }, rows)
        })
        .collect();
    entities.sort_by_key(|(e, _)| (std::cmp::Reverse(e.mentions.len()), e.mentions[0].start));
    for (i, (e, _)) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Kind;
    use crate::document::Format;

    fn run(s: &str) -> (Document, Vec<Entity>) {
        let doc = Document::from_text(s.to_string(), "t", Format::Text, "t");
        let e = extract(&doc);
        (doc, e)
    }

    fn find<'a>(e: &'a [Entity], name: &str) -> &'a Entity {
        e.iter().find(|x| x.name == name).unwrap_or_else(|| panic!("no entity {name} in {e:#?}"))
    }

    #[test]
    fn surname_resolves_to_full_name_and_possessive_is_outside() {
        let (doc, e) =
            run("Officials met Jalaluddin Haqqani in May. Haqqani’s guards waited. Then Haqqani said no.");
        let h = find(&e, "Jalaluddin Haqqani");
        assert_eq!(h.kind, Kind::Person);
        assert_eq!(h.mentions.len(), 3);
        assert!(h.mentions.iter().all(|m| !m.slice(&doc.text).contains('’')));
    }

    #[test]
    fn shared_surname_goes_to_its_owner_or_to_a_person_just_named() {
        let text = "Jalaluddin Haqqani spoke. Haqqani smiled. Later Sirajuddin Haqqani came. \
                    Haqqani greeted him. One. Two. Three. Four. The group once led by Haqqani stayed.";
        let (doc, e) = run(text);
        let j = find(&e, "Jalaluddin Haqqani");
        let s = find(&e, "Sirajuddin Haqqani");
        let last = text.rfind("Haqqani").unwrap();
        assert!(j.mentions.iter().any(|m| m.start == last), "{:?}", j.mentions);
        assert_eq!(
            s.mentions.len(),
            2,
            "{:?}",
            s.mentions.iter().map(|m| m.slice(&doc.text)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn acronym_introduced_in_parentheses_joins_its_long_form() {
        let (_, e) = run("The Office for Budget Responsibility (OBR) warned. Later the OBR said more.");
        let o = find(&e, "Office for Budget Responsibility");
        assert_eq!(o.kind, Kind::Organization);
        assert_eq!(o.mentions.len(), 3);
        assert!(o.aliases.contains(&"OBR".to_string()));
    }

    #[test]
    fn country_aliases_are_one_place_and_demonyms_are_other() {
        let (_, e) =
            run("The US and the United States and America differ. American officials and Afghans met.");
        let us = find(&e, "United States");
        assert_eq!(us.kind, Kind::Place);
        assert_eq!(us.mentions.len(), 3);
        assert_eq!(find(&e, "American").kind, Kind::Other);
        assert_eq!(find(&e, "Afghan").kind, Kind::Other);
    }

    #[test]
    fn hyphen_compounds_split_and_longest_name_wins() {
        let (doc, e) = run(
            "The Taliban and al-Qaeda met. A US-Taliban deal, and al-Qaeda in Iraq, then al-Qaeda–Taliban ties.",
        );
        let t = find(&e, "Taliban");
        assert_eq!(t.mentions.len(), 3);
        let q = find(&e, "al-Qaeda");
        assert!(q.mentions.iter().all(|m| m.slice(&doc.text) == "al-Qaeda"));
    }

    #[test]
    fn names_wrapped_across_lines_are_shown_on_clean_line() {
        let (_, e) = run("Then Jean\nValjean walked home, and Jean Valjean slept.");
        let j = find(&e, "Jean Valjean");
        assert_eq!(j.mentions.len(), 2);
        assert!(j.aliases.is_empty());
    }

    #[test]
    fn accented_names_wrapped_across_lines_are_one_entity() {
        let text = "It was late in the evening and the house was quiet when she and Dárya\n\
                    Kuzmínichna tried to help. Later Dárya Kuzmínichna left the room, and\n\
                    Dárya Kuzmínichna wept while the others in the hall listened and Dárya\n\
                    Kuzmínichna sang to them all until the candles had burnt down to nothing.\n";
        let (doc, e) = run(text);
        let d: Vec<&Entity> = e.iter().filter(|x| x.name.starts_with("Dárya")).collect();
        assert_eq!(d.len(), 1, "{e:#?}");
        let m: Vec<&str> = d[0].mentions.iter().map(|m| m.slice(&doc.text)).collect();
        assert_eq!(m.len(), 4, "{m:?} {:?}", d[0].aliases);
    }

    #[test]
    fn sentence_initial_ordinary_words_and_function_words_are_not_entities() {
        let (_, e) =
            run("Several analysts met. Significantly, they spoke. The meeting ended. And Haqqani left.");
        let names: Vec<&str> = e.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["Haqqani"]);
    }

    #[test]
    fn modified_name_joins_its_head() {
        let (_, e) = run("The Taliban spoke. Later the Afghan Taliban agreed with the Taliban.");
        assert_eq!(e[0].mentions.len(), 3);
        assert_eq!(e[0].kind, Kind::Organization);
    }

    fn kind_of(e: &[Entity], name: &str) -> Kind {
        find(e, name).kind
    }

    #[test]
    fn decomposed_accents_do_not_split_a_name() {
        let (_, e) = run("Yesterday Si\u{301}ofra Kelleher spoke. Later Kelleher left.");
        let k = find(&e, "Si\u{301}ofra Kelleher");
        assert_eq!(k.mentions.len(), 2);
        assert!(e.iter().all(|x| x.name != "Si" && x.name != "ofra Kelleher"));
    }

    #[test]
    fn a_name_sharing_a_persons_surname_is_a_person() {
        let (_, e) = run("Commander Yusuf Dostavi said the talks had failed. \
             Other leaders, such as Qorvash Dostavi, stayed away from the valley.");
        assert_eq!(kind_of(&e, "Yusuf Dostavi"), Kind::Person);
        assert_eq!(kind_of(&e, "Qorvash Dostavi"), Kind::Person);
        let q = find(&e, "Qorvash Dostavi");
        assert!(q.evidence.iter().any(|w| w.starts_with("family:")), "{:?}", q.evidence);
    }

    #[test]
    fn place_openers_make_places() {
        let (_, e) = run("The farm lay in County Mayo near the River Moy, under Lake Conn.");
        assert_eq!(kind_of(&e, "County Mayo"), Kind::Place);
        assert_eq!(kind_of(&e, "River Moy"), Kind::Place);
        assert_eq!(kind_of(&e, "Lake Conn"), Kind::Place);
    }

    #[test]
    fn business_names_with_foreign_heads_and_suffixes_are_organizations() {
        let (_, e) =
            run("We slept at Casa das Pedras, drank at Quinta do Monte and ate in the Mill Lane Tavern. \
             The deal went to Ashby Crane LLP and Norcott Partners.");
        for name in
            ["Casa das Pedras", "Quinta do Monte", "Mill Lane Tavern", "Ashby Crane LLP", "Norcott Partners"]
        {
            assert_eq!(kind_of(&e, name), Kind::Organization, "{name}");
        }
    }

    #[test]
    fn of_names_epithets_and_regnal_numbers() {
        let (_, e) = run("He joined the Academy of Letters and Music and the Guild of Master Bakers. \
             He wrote on Joanna of Navarre, Robert the Pious, Anne I and George IV.");
        assert_eq!(kind_of(&e, "Academy of Letters and Music"), Kind::Organization);
        assert_eq!(kind_of(&e, "Guild of Master Bakers"), Kind::Organization);
        assert_eq!(kind_of(&e, "Joanna of Navarre"), Kind::Person);
        assert_eq!(kind_of(&e, "Robert the Pious"), Kind::Person);
        assert_eq!(kind_of(&e, "Anne I"), Kind::Person);
        assert_eq!(kind_of(&e, "George IV"), Kind::Person);
    }

    #[test]
    fn an_epithet_name_does_not_make_a_given_name_ambiguous() {
        let (_, e) = run("Yesterday Robert Lacoste spoke of Robert the Pious. Later Robert smiled.");
        assert_eq!(find(&e, "Robert Lacoste").mentions.len(), 2);
        assert_eq!(kind_of(&e, "Robert the Pious"), Kind::Person);
    }

    #[test]
    fn tickers_and_double_particles_join_their_entity() {
        let (_, e) =
            run("Holloway Group (HWX) grew. HWX shares rose. Yesterday Marijke van der Linden sang. \
             Critics said van der Linden was superb.");
        assert_eq!(find(&e, "Holloway Group").mentions.len(), 3);
        assert_eq!(find(&e, "Marijke van der Linden").mentions.len(), 2);
    }

    #[test]
    fn a_band_named_after_the_band_cue_is_an_organization() {
        let (_, e) = run("She sang in the band the Copper Harbour for years.");
        assert_eq!(kind_of(&e, "Copper Harbour"), Kind::Organization);
    }

    #[test]
    fn a_surname_with_saint_joins_the_full_name() {
        let (_, e) = run("Yesterday Anna St. Clair arrived. Later St. Clair spoke to us.");
        assert_eq!(find(&e, "Anna St. Clair").mentions.len(), 2);
        assert_eq!(kind_of(&e, "Anna St. Clair"), Kind::Person);
    }

    #[test]
    fn job_titles_and_thing_acronyms_are_not_names() {
        let (_, e) = run("The Senior Markets Correspondent wrote that the Chief Operating Officer spoke. \
             Then France GDP fell, the Lord High Treasurer said.");
        let names: Vec<&str> = e.iter().map(|x| x.name.as_str()).collect();
        assert!(names.iter().all(|n| !n.contains("Correspondent") && !n.contains("Officer")), "{names:?}");
        assert!(names.iter().all(|n| !n.contains("GDP") && !n.contains("Treasurer")), "{names:?}");
        assert_eq!(kind_of(&e, "France"), Kind::Place);
    }

    #[test]
    fn quoted_dialogue_is_no_work_title() {
        let (_, e) =
            run("“Where is Ames?” asked Ruth. Later they shouted “Ruth Ames! Ruth Ames!” in the yard. \
             “Ames Returns Home” was the title of her book.");
        assert!(e.iter().all(|x| !x.name.contains('?') && !x.name.contains('!')), "{e:#?}");
        assert_eq!(kind_of(&e, "Ames Returns Home"), Kind::Other);
    }

    #[test]
    fn address_forms_are_not_names() {
        let (_, e) = run("His Majesty rode out. Ames bowed to His Majesty, and Mamma wept. Mamma said so.");
        let names: Vec<&str> = e.iter().map(|x| x.name.as_str()).collect();
        assert!(names.iter().all(|n| !n.contains("Majesty") && *n != "Mamma"), "{names:?}");
    }

    #[test]
    fn a_two_word_quoted_title_is_one_work() {
        let (_, e) = run("Their best song was \"Miller’s Lament\" and it sold well.");
        let w = find(&e, "Miller’s Lament");
        assert_eq!(w.kind, Kind::Other);
        assert_eq!(w.mentions.len(), 1);
    }
}
