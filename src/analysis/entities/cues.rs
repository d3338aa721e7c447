//! Cue words: the closed-class vocabulary the extractor reads names by.
//!
//! These are short hand-written lists of English facts (titles, organization and place head
//! nouns, name particles, speech verbs, role nouns), kept in code rather than in `assets/`
//! because each list belongs to one rule of the extractor and is small enough to read at a
//! glance. Each list is written as one string of space-separated words, so it stays compact
//! and readable, and is turned into a hash set on first use, so a lookup costs one hash.

use crate::analysis::gazetteer::FastSet;
use crate::analysis::timeline::lexicon;
use std::sync::OnceLock;

/// A list of cue words, looked up by exact (case-sensitive) match.
pub struct Cue {
    words: &'static str,
    set: OnceLock<FastSet<&'static str>>,
}

impl Cue {
    pub const fn new(words: &'static str) -> Self {
        Cue { words, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.split_whitespace().collect()).contains(word)
    }
}

/// `word`, without a final dot, is in `list` ("Dr." is the title "Dr").
pub fn in_list(list: &Cue, word: &str) -> bool {
    list.contains(word.strip_suffix('.').unwrap_or(word))
}

/// `word`, lowercased, is in a list of lowercase words.
pub fn in_lower_list(list: &Cue, word: &str) -> bool {
    list.contains(&word.to_lowercase())
}

/// Titles, ranks and roles written before a name; not part of the name ("Dr. Jenna Jordan"
/// → "Jenna Jordan"), but evidence that a person follows. Compared without a final dot.
pub static TITLES: Cue = Cue::new(
    "M Mamselle Mother Goodman Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady President Vice Prime Minister Secretary \
     Chancellor Governor Gov Senator Sen Rep Representative Congressman Congresswoman General Gen Lt \
     Lieutenant Col Colonel Capt Captain Maj Sgt Sergeant Cpl Corporal Pvt Private Adm Admiral Cmdr \
     Commander Marshal Brig Brigadier Judge Justice Rev Reverend Father Bishop Archbishop Cardinal Pope \
     Rabbi Imam King Queen Prince Princess Emperor Empress Tsar Czar Sultan Duke Duchess Baron Baroness \
     Count Countess Earl Shadow Foreign Home Deputy Acting Chief Executive Chairman Chairwoman Chair \
     Director Coach Manager Ambassador Commissioner Inspector Detective Constable Officer Mayor Speaker \
     Leader Senior Junior Former Provost Superintendent Sheriff Agent Nurse Doctor Uncle Aunt Auntie \
     Grandma Grandpa Madame Monsieur Herr Frau Signor Señor Mme Mlle Hon Mister Messrs Supt Insp Det \
     Lieut Fr Sr Pres Treasurer Attorney Fellow Lecturer Researcher Correspondent Editor Reporter \
     Analyst Economist Associate Founder Strategist Adviser Advisor Consultant Spokesperson Spokesman \
     Lancer Hussar Dragoon Trooper Ensign Cornet Midshipman Cadet Gunner Sapper Grenadier \
     DI DCI DSI DCS Cllr Cr Councillor Abbot Abbess Friar Brother Blessed Pastor",
);

/// Honorifics that are part of how a person is conventionally named ("Mullah Omar"): kept
/// in the name, and evidence of a person.
pub static NAME_HONORIFICS: Cue = Cue::new(
    "Mullah Sheikh Shaikh Ayatollah Maulana Mawlana Haji Hajji Mufti Emir Monseigneur Monsignor Abbé",
);

/// Abbreviations whose final dot belongs to the word (the tokenizer keeps it).
pub static ABBREVIATIONS: Cue = Cue::new(
    "Mr Mrs Ms Dr Prof St Lt Gen Col Capt Cpt Sgt Cpl Pvt Maj Adm Cmdr Rev Sen Rep Gov Pres Jr Sr Inc Ltd \
     Co Corp Mt Ft Fr Hon Messrs Mme Mlle Esq Bros Lieut Supt Insp Det Brig Jan Feb Mar Apr Jun Jul Aug \
     Sep Sept Oct Nov Dec No Ave Blvd",
);

/// Lowercase particles inside personal and place names ("Osama bin Laden", "Vincent van
/// Gogh", "Dar es Salaam"), joined when a capitalised word follows.
pub static NAME_PARTICLES: Cue =
    Cue::new("bin ibn bint van von der den de da di du del della la le es al el dos das ter ten y zu ul");

/// Particles that may open a name ("bin Laden", "van Gogh", "al-Qaeda").
pub static LEADING_PARTICLES: Cue = Cue::new("bin ibn van von de da di du del della al el le la");

/// Particles joined to the next word by a hyphen ("al-Qaeda", "as-Sahab", "Jabhat-al-Nusra").
pub static HYPHEN_PARTICLES: Cue = Cue::new("al el as ad ar at ash an az ul ud ur bin ibn abu d l");

/// Lowercase words inside hyphenated place names ("Southend-on-Sea", "Trás-os-Montes",
/// "Aix-en-Provence", "Lauterbach-am-See"): the compound is one name, and a place.
pub static PLACE_HYPHEN_PARTICLES: Cue =
    Cue::new("on upon under am im an der en sur sous les os dos das do de des du la le lès");

/// Particles that mark a personal name ("bin", "van"), unlike "al" or "es" which also occur
/// in organization and place names.
pub static PERSON_PARTICLES: Cue = Cue::new("bin ibn bint van von da di du della der dos das ter zu");

/// Head nouns of organization names ("Department of Defense", "Bank of England").
pub static ORG_HEADS: Cue = Cue::new(
    "Department Ministry Institute Institution Academy University College School Agency Army Navy Corps \
     Council Party Front Emirate Company Corporation Bank Club FC Office Commission Committee \
     Organization Organisation Organizations Organisations Association Foundation Society Federation League Union Authority \
     Administration Bureau Board Service Services Police Court Parliament Senate Congress Assembly \
     Cabinet Treasury Fund Trust Group Holdings Partners Capital Industries Motors Airlines Airways \
     Systems Technologies Labs Laboratories Laboratory Pharmaceuticals Media News Press Network \
     Broadcasting Studios Records Church Brigade Brigades Regiment Battalion Division Force Forces Guard \
     Reserve Exchange Secretariat Movement Alliance Coalition Center Centre Hospital Museum Library Team \
     Ventures Energy Electric Inc Corp Ltd LLC plc PLC GmbH AG Co Bros Initiative Program Programme \
     Commonwealth Tribunal Observatory Consortium Collective Lab House Line Lines Archive Archives \
     Community Health Healthcare Pharma Therapeutics Biosciences Research Analytics Consulting Advisory \
     Securities Investments Insurance Financial Software Robotics Aerospace Dynamics Solutions Logistics \
     Shipping Railway Railways Gallery Theatre Theater Orchestra Academies Associates Brands Foods \
     Entertainment Pictures Publishing Telecom Communications Mining Steel Institutes Agencies Ministries \
     Councils Guild Guilds Chamber Conservatory Synod Fraternity Brotherhood Inn Tavern Café Cafe \
     Restaurant Bistro Brasserie Trattoria Winery Brewery Distillery Vineyard Vineyards Pub LLP Semiconductor \
     Semiconductors Electronics Chemicals Materials \
     Management Sciences Advisers Wealth Bancorp Utilities Courts Chambers Infirmary Clinic Hospice \
     Congregation Airports Hussars Lancers Dragoons Fusiliers Rifles \
     Constabulary Arms Collection Brothers Kitchen Assurance Symphony Philharmonic Sinfonia Band Choir \
     Ensemble Quartet Priory Unit Units Maritime Wholesale Promotions Forum Bottling Trading Towage \
     Devices Wings FM TV Radio Advogados Abogados Avocats Pagamentos Pagos Seguros Seguradora \
     Construcciones Construções Construcoes Inversiones Investimentos Hermanos Hijos Irmãos Irmaos Frères Freres Fils Cie \
     Compagnie Sociedad Sociedade Developments Collegiate Elementary Faculty Archdiocese Diocese",
);

/// Endings of company names: a name ending in one is an organization, and "Apple" names the
/// same company as "Apple Inc.".
pub static CORPORATE_SUFFIXES: Cue = Cue::new(
    "Inc Corp Ltd Limited Incorporated LLC LLP plc PLC Plc GmbH AG SA NV BV SE SpA AB ASA Oy Oyj KK Pty SARL SAS Srl \
     Co Company Corporation Holdings",
);

/// First words of the names of wineries, farms, restaurants and shops in Portuguese,
/// Spanish, Italian or English ("Casa do Rio", "Quinta do Vale", "Finca Alta"): the name
/// is an organization, and lowercase particles after the head ("do", "da") join it.
pub static BUSINESS_OPENERS: Cue = Cue::new(
    "Casa Quinta Tasca Taberna Adega Herdade Hacienda Trattoria Osteria Ristorante \
     Café Cafe Restaurante Restaurant Bistro Brasserie Finca Bodegas Bodega Banco Banca Banque Caixa \
     Grupo Gruppo Groupe Celler Viñedos Vinedos Domaine Maison Tenuta Cantina Fattoria Azienda \
     Compañía Compania Companhia Editorial Editora Ediciones Air",
);

/// Lowercase particles inside business names after an opener ("Casa do Rio").
pub static BUSINESS_PARTICLES: Cue = Cue::new("do da dos das de del della di du des");

/// Roles and ranks that are not surnames: a capitalised phrase ending in one with no name
/// after it is a job title ("Legal Affairs Correspondent", "Chief Investment Officer").
pub static ROLE_ENDINGS: Cue = Cue::new(
    "Correspondent Officer Editor Reporter Analyst Economist Director Secretary Minister Governor \
     Commissioner Chancellor Treasurer Strategist Adviser Advisor Consultant Spokesperson Spokesman \
     Manager Chairman Chairwoman President Member Fellow Lecturer Researcher Founder \
     Ambassador Superintendent Inspector Detective Constable Commander Professor Deputy Associate \
     Reader Legislator Legislators Lawmaker Lawmakers Congresswoman Congressman Councillor Councilor Councillors \
     Senators Assemblyman Assemblywoman Delegate Delegates Emir Commissioners Ministers Secretaries",
);

/// First words of place names ("County Kerry", "River Tamar", "Lake Tana").
pub static PLACE_OPENERS: Cue = Cue::new(
    "Mount Mt Lake Cape Fort Port County River Isle Lough Loch Glen Gulf Rue Calle Avenida Praça Plaza Piazza \
     Little Nether Market Saint Mont Monte Sierra Puerto Porto Bad Ciudad Villa Wadi Jebel Ras \
     Abbots Bishops Kings Chipping Upper Lower Combe Stoke Quai Via Viale Chemin Rua Beinn Sgeir Strath \
     Serra Pico Cabo Ilha Lago Lac Passo Playa Valle Hotel Hostal Pousada Posada Pension Pensione \
     Albergo Auberge Jalan Lebuh Lorong Pulau Gunung Bukit Sungai Tanjung Kampung Cerro Laguna Bahia \
     Bahía Punta Jabal Nahr Bahr",
);

/// Endings of sports club names ("Leeds United", "Arsenal FC").
pub static CLUB_SUFFIXES: Cue = Cue::new(
    "United FC City Rovers Wanderers Athletic Albion RFC RUFC RLFC AFC CF FK SK Rangers Harriers Hotspur",
);

/// Head nouns of place names ("Indian Ocean", "Helmand Province", "Mount Everest").
pub static PLACE_HEADS: Cue = Cue::new(
    "River Sea Ocean Lake Mountains Mountain Mount Mt Valley Island Islands Peninsula Desert Province \
     County Region District Street Avenue Road Square Bridge Harbour Harbor Bay Gulf Canal Strait Straits \
     Coast Heights Hills Forest Airport Station Prefecture Oblast Governorate Territory Territories Basin \
     Plateau Glacier Canyon Falls Cape Port Fort Lane Park Village Town Borough Shire Channel Delta Plain \
     Plains Reef Pass Ridge Hill \
     Sound Hotel Brook Beck Lock Cut Wynd Approach Quay Quays Wharf Pier Terminal Dam Reservoir Embankment Boulevard Crescent Parade Gardens Common Moor Fen Fell Dale Marina Stadium Arena Causeway Fjord Lagoon Atoll Archipelago Steppe Corridor Zone Republics Highlands Lowlands Wetlands Estuary Headland Peak Springs Gorge Cove Creek \
     Cross Row Walk Yard Point Head Ness Isles Reach Steps \
     Drive Motorway Highway Expressway Freeway Parkway Turnpike Trail Esplanade Promenade Range Massif \
     Volcano Inlet Firth Bight Icefield Glen Country Place Plaza Shelf Sheet Township Camp Base",
);

/// Heads of "X of Y" place names ("City of London", "Gulf of Mexico", "Isle of Man").
pub static PLACE_OF_HEADS: Cue = Cue::new(
    "City Gulf Bay Isle Sea Strait Straits Cape Republic Kingdom State Duchy Sound Firth Bight Vale",
);

/// Heads of names of events and works, kind other ("Arab Spring", "Irregular Warfare Podcast").
pub static OTHER_HEADS: Cue = Cue::new(
    "Podcast Show Series Spring War Revolution Agreement Accord Accords Treaty Act Festival Games Cup \
     Championship Championships Olympics Summit Prize Award Awards Doctrine Declaration Protocol Crisis \
     Uprising Massacre Day Album Novel Film Bible Gospel Plan Mission Operation Journal Magazine Review \
     Telescope Eve",
);

/// Heads of newspaper names ("Evening Courier", "Daily Gazette"): the paper is an
/// organization, as the annotation guidelines type media outlets.
pub static NEWSPAPER_HEADS: Cue = Cue::new(
    "Times Post Gazette Herald Tribune Chronicle Telegraph Courier Inquirer Dispatch Examiner Courant \
     Observer Gazeta Zeitung Advertiser Bulletin Wire Ledger Clarion Mercury Echo Sentinel",
);

/// Heads of the names of institutions named after their place ("Haddonshire County
/// Council", "Tarrow University", "Whitby Gazette"): the place's bare name is not a short
/// form of the institution. Lowercase keys.
pub static PLACE_INSTITUTIONS: Cue = Cue::new(
    "council university college school library museum hospital police gazette times herald courier \
     chronicle telegraph board cathedral church observatory airport station county borough district \
     assembly parliament",
);

/// Heads of the names of bodies that are often named after their place ("Carnmore Reel
/// Club"): the bare name is the place when the document itself calls it one. Lowercase keys.
pub static PLACE_BODIES: Cue =
    Cue::new("club society association trust institute academy federation union league centre center");

/// Heads of the names of firms, which "of <town>" follows as an address rather than as part
/// of the name ("Ardent Systems of Reading"), unlike "Bank of England" or "University of
/// Bergen".
pub static FIRM_HEADS: Cue = Cue::new(
    "Systems Technologies Semiconductor Semiconductors Industries Motors Labs Pharmaceuticals Studios \
     Records Software Robotics Aerospace Dynamics Solutions Logistics Electronics Chemicals Materials \
     Holdings Group Partners Capital Ventures Brands Foods Entertainment Pictures Publishing Telecom \
     Mining Steel Analytics Consulting Securities Investments Therapeutics Biosciences Inc Corp Ltd LLC \
     plc PLC GmbH AG",
);

/// Portfolio words: in "Finance Minister", "Secretary of Commerce", "Minister for Home
/// Affairs" they belong to the title, not to the name after it.
pub static PORTFOLIOS: Cue = Cue::new(
    "Finance Energy Foreign Defence Defense Health Education Interior Justice Trade Commerce Treasury \
     Transport Transportation Agriculture Environment Labour Labor Culture Housing Home Economy Economic \
     Industry Development Science Technology Sport Sports Tourism Immigration Security Communications \
     Fisheries Infrastructure Planning Welfare Employment Budget Revenue Water Mines Petroleum Oil \
     Information Affairs State War Navy Army Climate Digital Veterans Homeland Public Works \
     Social Family Women Youth Children Equality Heritage Arts Resources Natural Rural Urban Regional \
     Local Government Enterprise Innovation Research Universities Schools Skills Pensions \
     International Overseas Cooperation Aid",
);

/// Academic roles and degrees before "in <Field>": the field is not a name ("a Reader in
/// Public Policy", "a degree in Comparative Literature"). Lowercased.
pub static ACADEMIC_ROLES: Cue = Cue::new(
    "reader professor lecturer fellow chair degree phd doctorate ma ba msc bsc mphil dphil master masters \
     bachelor bachelors diploma researcher associate instructor tutor major graduate student",
);

/// Nouns after a club's name in sport ("the Korvo side", "Velbury fans"): the name is the club.
pub static TEAM_NOUNS_AFTER: Cue = Cue::new("side sides squad fans supporters faithful outfit XV");

/// Words before a name that mark a place: "the city of X", "X province".
pub static PLACE_OF_CUES: Cue = Cue::new(
    "city town village province capital region state port island district county valley area basin \
     estuary coast river peninsula desert delta plateau mountains hills archipelago highlands lowlands \
     islands steppe districts provinces regions counties zone zones ward wards municipality \
     municipalities harbour harbor bay beach waterfront suburb suburbs hinterland",
);

/// Prepositions after which a name is more often a place.
pub static PLACE_PREPOSITIONS: Cue = Cue::new(
    "in at from to near into across throughout outside inside toward towards around via through over \
     between",
);

/// Verbs of speech and thought, and other verbs whose subject is usually a person.
pub static PERSON_VERBS: Cue = Cue::new(
    "said says told tells wrote writes added noted notes argued argues explained stated recalled insisted \
     warned asked replied answered admitted acknowledged claimed believes believed thinks thought smiled \
     laughed nodded shrugged whispered sighed looked walked knew felt died married born lamented refers \
     recalls emphasized emphasised engaged himself herself who sat stood turned frowned grinned cried \
     shouted muttered wondered remembered",
);

/// Capitalised words that are never names on their own: pronoun, months, weekdays, common
/// acronyms of things ("GDP", "CEO").
pub static NOT_NAMES: Cue = Cue::new(
    "I No GDP GNP CEO CFO CTO COO TV AM PM BC AD BCE CE OK PhD MP MPs MEP MEPs HQ PR AI IT ID UFO DNA RNA \
     GPS PDF USB CPU GPU API APIs URL FAQ DIY VIP PS RIP ASAP GMT UTC EST BST Q1 Q2 Q3 Q4 CO2 NB AGM IPO \
     IPOs R&D VAT ETF ETFs LLM LLMs SUV SUVs EV EVs MVP KPI HR OS UI PC PCs Mr Mrs Ms Dr Sir Madam God \
     Chapter Part Section Figure Table Appendix Vol Page NGO NGOs Internet People",
);

/// Month and weekday names: the timeline's lists (one place for calendar words).
pub static MONTHS: Cue = Cue::new(lexicon::MONTH_WORDS);

pub static WEEKDAYS: Cue = Cue::new(lexicon::WEEKDAY_WORDS);

/// Words that stay lowercase inside title-case titles of works.
pub static TITLE_SMALL_WORDS: Cue =
    Cue::new("a an the and or but nor of in on at to for by with from as vs via into upon is are");

/// Compass words that make a region of a place ("East Africa", "Northern Ireland").
pub static COMPASS: Cue = Cue::new(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast \
     Southwest Upper Lower Greater Inner Outer",
);

/// Words that open the names of sports clubs ("Real Madrid", "Inter Milan").
pub static CLUB_PREFIXES: Cue =
    Cue::new("Real Inter Sporting Dynamo Dinamo Olympique Borussia AC AS FC SC SV");

/// Holidays: calendar words, not entities ("Christmas Eve").
pub static HOLIDAYS: Cue = Cue::new(lexicon::HOLIDAY_WORDS);

/// Nouns for people, before a name or in an apposition ("scholar Cole Bunzel", "X, a former
/// finance director").
pub static PERSON_NOUNS: Cue = Cue::new(
    "director officer executive chief minister secretary analyst scholar professor spokesperson spokesman \
     spokeswoman founder president chairman chairwoman author writer researcher economist scientist \
     engineer lawyer judge captain manager coach player striker midfielder goalkeeper defender winger \
     forward doctor teacher student reporter journalist editor historian astronomer physicist biologist \
     chemist pilot sailor carpenter merchant banker investor member leader official diplomat ambassador \
     commander soldier ideologue cleric politician lawmaker senator candidate actor actress artist singer \
     novelist poet widow nephew niece son daughter wife husband brother sister mother father grandson \
     granddaughter colleague expert activist organiser organizer campaigner chair deputy adviser advisor \
     consultant fellow lecturer partner owner boss designer programmer inventor entrepreneur philosopher \
     priest bishop imam rabbi nurse surgeon detective inspector head principal dean cofounder co-founder \
     treasurer mayor governor ceo cfo half hooker flanker fullback keeper prop scrum-half fly-half \
     guitarist drummer bassist pianist violinist cellist curator regent promoter driver farmer \
     fisherman boxer trainer rider cyclist runner sprinter bowler batsman umpire chef cook tailor \
     midwife premier prosecutor barrister solicitor grandmother grandfather villager businessman \
     businesswoman defenceman defenseman gendarme shearer climber mountaineer guide monk nun abbot \
     emperor king queen prince princess sultan emir duke earl baron knight general colonel lieutenant \
     sergeant metropolitan patriarch strategos chancellor vocalist frontman frontwoman rapper composer \
     conductor playwright photographer painter sculptor architect magistrate clerk opener spinner \
     batter wicketkeeper all-rounder seamer paceman skipper jockey controller ranger warden",
);

/// Nouns for organizations, before a name or in an apposition ("the water charity WaterBridge").
pub static ORG_NOUNS: Cue = Cue::new(
    "company firm group startup start-up maker bank agency charity organisation organization party club \
     team university institute network manufacturer retailer airline insurer lender publisher broadcaster \
     supplier provider operator giant conglomerate fund foundation regulator watchdog consultancy \
     vehicle partnership subsidiary brand chain developer exchange outlet wing movement militia union association body \
     ministry department council committee lab laboratory side rivals shipbuilder carrier think-tank \
     nonprofit band orchestra choir ensemble quartet trio \
     service gang crew unit rival restaurant taverna bistro pub bakery shop store practice \
     school college hospital museum gallery theatre website publication studio label custodian \
     brokerage utility utilities carmaker automaker chipmaker drugmaker miner producer refiner grocer supermarket newspaper magazine tabloid daily insurer broker lender airline hedge outfit franchise squad",
);

/// Nouns for places in an apposition ("X, a fishing town").
pub static PLACE_NOUNS: Cue = Cue::new(
    "city town village port island region province country state county suburb district capital harbour \
     harbor river valley hamlet settlement borough parish municipality commune \
     neighbourhood neighborhood quarter resort peninsula lake peak mountain",
);

/// Nouns owned by organizations ("Lumenfold’s chief executive", "Corvane’s shares").
pub static ORG_POSSESSIONS: Cue = Cue::new(
    "shares board headquarters employees staff revenue revenues profits profit customers products \
     shareholders chairman founder investors stock subsidiary rivals competitors offices factory plant \
     platform engineers executives management annual quarterly sales earnings chief spokesperson \
     spokesman members leadership ships fleet squad manager fans stadium players \
     director coach captain supporters forwards backs pack directors owners spokeswoman statement lawyers",
);

/// Nouns owned by people ("Haqqani’s beard").
pub static PERSON_POSSESSIONS: Cue = Cue::new(
    "wife husband son daughter mother father brother sister career death birth life friend friends \
     childhood widow own hands face eyes voice mind body beard nephew niece memoir funeral",
);

/// Nouns owned by places ("Ostrava’s capital", "Kessum’s residents").
pub static PLACE_POSSESSIONS: Cue = Cue::new(
    "capital population residents inhabitants mayor coastline coast outskirts suburbs streets harbour \
     harbor borders border citizens townspeople villagers province provinces districts neighbourhoods \
     neighborhoods skyline climate economy parliament army military navy airspace territory towns \
     cities villages regions",
);

/// Words before "for X" that make X an organization ("played for X", "a spokesman for X").
pub static ROLE_FOR: Cue = Cue::new(
    "play played plays playing signed signing spokesman spokeswoman spokesperson works worked working \
     writes wrote writing reporter correspondent columnist lawyer lawyers counsel analyst analysts \
     economist economists chief captain manager appeared appearances scored striker goalkeeper \
     midfielder defender lobbyist consultant contractor auditor auditors walked walks modelled modeled \
     rides rode raced races drives drove",
);

/// Role nouns before "at X" that make X an organization ("analysts at X", "a professor at X").
pub static ROLE_AT: Cue = Cue::new(
    "analyst analysts economist economists researcher researchers engineer engineers executive \
     executives director directors professor professors lecturer lecturers scientist scientists \
     staff employees employee official officials spokesman spokeswoman spokesperson strategist \
     strategists chairman chairwoman chief head fellow fellows student students worker workers \
     manager managers partner partners investors trader traders banker bankers colleagues",
);

/// Verbs before "from X" that make X a club or employer ("signed from X", "joined from X").
pub static TRANSFER_VERBS: Cue = Cue::new(
    "signed signing joined joining moved transferred arrived recruited poached loaned released loan",
);

/// Verbs and nouns of sports results ("X beat Y 2-1", "a win over X", "lost to X").
pub static RESULT_VERBS: Cue = Cue::new(
    "beat beats defeated defeats drew draws edged thrashed hammered routed overcame outplayed \
     trounced lost loses win victory defeat \
     host hosts hosted visit visits visited face faces faced play plays played against beating \
     drawing losing",
);

/// Lowercase words of sports reports, counted to tell a sports report from other text: in
/// one, a town named beside a club cue is the club ("signed from Lorvane", "Lorvane's
/// captain").
pub static SPORT_WORDS: Cue = Cue::new(
    "beat drew match season league goal goals tries striker coach squad fixture fixtures kick-off \
     half-time scored scorer referee penalty penalties relegation promotion innings wickets overtime \
     playoff play-off play-offs semi-final quarter-final derby midfielder goalkeeper defender winger \
     runs overs bowled batting century wicket fly-half scrum-half lineout",
);

/// Words after "X’s" that make X a club in a sports report ("Lorvane’s captain").
pub static TEAM_POSSESSIONS: Cue =
    Cue::new("captain coach manager players squad fans supporters forwards backs pack defence attack");

/// Words after "X-" that make X a place ("Boston-based", "Donegal-born").
pub static PLACE_COMPOUNDS: Cue = Cue::new("born based headquartered raised bred bound area");

/// Auxiliaries and adverbs: after "the X" they show X is a noun phrase of its own ("the
/// Admiralty has"), not a modifier ("the Trump administration").
pub static AUX_VERBS: Cue = Cue::new(
    "is was has had will would said says have are were can could did does may might must should also then \
     still now",
);

/// Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries): never a
/// name on their own, even when a word list also has them as given names ("In", "So").
pub static FUNCTION_WORDS: Cue = Cue::new(
    "a an the this that these those he she it we they you i me him her us them his its our their \
     your my mine yours who whom whose which what where when why how in on at to from by with of for \
     into onto upon over under about above below after before since until till while during through \
     and but or nor so yet if then than as because though although unless whether not no yes all any \
     some each every both either neither one is are was were be been being am do does did have has had \
     will would shall should can could may might must let oh ah well here there now only even just",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_compare_without_the_final_dot() {
        assert!(in_list(&TITLES, "Dr."));
        assert!(in_list(&TITLES, "Lt."));
        assert!(!in_list(&TITLES, "Mullah"));
        assert!(in_list(&NAME_HONORIFICS, "Mullah"));
        assert!(in_lower_list(&PLACE_PREPOSITIONS, "In"));
        assert!(ORG_HEADS.contains("Department") && !ORG_HEADS.contains("department"));
    }
}
