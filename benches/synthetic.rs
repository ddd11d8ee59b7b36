//! A deterministic synthetic registry for the benchmark: plausible organisations from word lists in
//! several European languages, every field of the record filled in realistic proportions. Records
//! are built as the library's `OrganisationInput`, validated as `userled import` validates them,
//! and written by the library's own registry-file writer.
//!
//! The same seed and count always give the same file, byte for byte: nothing here reads the clock,
//! and all years and dates lie in 1970..=2025.

use std::collections::HashSet;
use std::path::Path;

use userled::domain::organisation::{
    AliasInput, EvaluationInput, EventInput, FactInput, RelationInput, SourceInput,
};
use userled::domain::{Organisation, OrganisationInput};

/// The latest year the generator uses, so that no date is ever in the future.
const LAST_YEAR: i64 = 2025;
/// Records are validated as of the last year they use, so that the file does not depend on the
/// clock either.
const VALIDATION_YEAR: i32 = LAST_YEAR as i32;

// ---------------------------------------------------------------------------------------------
// Randomness: splitmix64, small and good enough for test data.
// ---------------------------------------------------------------------------------------------

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next_u64() % (high - low + 1) as u64) as i64
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Picks one of a list of words.
    pub fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// Picks from `(item, weight)` pairs in proportion to the weights.
    pub fn weighted<'a, T>(&mut self, items: &'a [(T, u32)]) -> &'a T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut ticket = self.below(total as usize) as u32;
        for (item, weight) in items {
            if ticket < *weight {
                return item;
            }
            ticket -= weight;
        }
        &items[items.len() - 1].0
    }
}

// ---------------------------------------------------------------------------------------------
// The registry file.
// ---------------------------------------------------------------------------------------------

/// Writes `records` as a registry file, compact: a hundred thousand records indented would add a
/// third to the file that the import reads.
pub fn write_registry(path: &Path, records: &[Organisation]) -> std::io::Result<()> {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    userled::interchange::write_compact(&mut file, records)?;
    std::io::Write::flush(&mut file)
}

/// Owned copies of a list of words, as the record input takes them.
fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|&word| word.to_owned()).collect()
}

// ---------------------------------------------------------------------------------------------
// Word lists.
// ---------------------------------------------------------------------------------------------

const MUTUAL_AID: &str = "mutual_aid";
const RECOVERY: &str = "recovery_enterprise";
const HARM_REDUCTION: &str = "harm_reduction";
const ADVOCACY: &str = "advocacy";
const RESEARCH: &str = "research";

/// Primary categories: harm reduction and mutual aid are the most common.
const CATEGORY_WEIGHTS: &[(&str, u32)] = &[
    (HARM_REDUCTION, 34),
    (MUTUAL_AID, 30),
    (ADVOCACY, 16),
    (RECOVERY, 12),
    (RESEARCH, 8),
];

/// A name template (`{}` is the place) and the category it suggests.
type Template = (&'static str, &'static str);

const GERMAN: &[Template] = &[
    ("JES {}", HARM_REDUCTION),
    ("Eve & Rave {}", HARM_REDUCTION),
    ("Drugchecking-Initiative {}", HARM_REDUCTION),
    ("Safer-Use-Team {}", HARM_REDUCTION),
    ("Drogenselbsthilfe {}", MUTUAL_AID),
    ("Selbsthilfe Drogenkonsumierender {}", MUTUAL_AID),
    ("Narcotics Anonymous Gruppe {}", MUTUAL_AID),
    ("Junkiebund {}", ADVOCACY),
    ("Substituiertenforum {}", ADVOCACY),
    ("Netzwerk Akzeptierende Drogenpolitik {}", ADVOCACY),
    ("Genesungscafé {}", RECOVERY),
    ("Wohnprojekt Neustart {}", RECOVERY),
    ("Peer-Forschungsgruppe {}", RESEARCH),
];

const ENGLISH: &[Template] = &[
    ("{} Harm Reduction Collective", HARM_REDUCTION),
    ("{} Peer Naloxone Project", HARM_REDUCTION),
    ("{} Needle Exchange Peers", HARM_REDUCTION),
    ("{} Peer Support Group", MUTUAL_AID),
    ("Narcotics Anonymous {} Area", MUTUAL_AID),
    ("SMART Recovery {}", MUTUAL_AID),
    ("{} Drug Users Union", ADVOCACY),
    ("{} Drug Users Forum", ADVOCACY),
    ("{} Service User Involvement Group", ADVOCACY),
    ("Peer Recovery Network {}", RECOVERY),
    ("{} Recovery Community", RECOVERY),
    ("{} Recovery Café", RECOVERY),
    ("{} Peer Research Collective", RESEARCH),
];

const FRENCH: &[Template] = &[
    ("Collectif d'Auto-Support {}", MUTUAL_AID),
    ("Groupe d'Entraide {}", MUTUAL_AID),
    ("Narcotiques Anonymes {}", MUTUAL_AID),
    ("Association d'Usagers de Drogues {}", ADVOCACY),
    ("ASUD {}", ADVOCACY),
    ("Techno Plus {}", HARM_REDUCTION),
    ("Collectif Réduction des Risques {}", HARM_REDUCTION),
    ("Programme d'Échange de Seringues {}", HARM_REDUCTION),
    ("Réseau Pair-Aidance {}", RECOVERY),
    ("Café Rétablissement {}", RECOVERY),
    ("Observatoire Pair des Drogues {}", RESEARCH),
];

const SPANISH: &[Template] = &[
    ("Asociación de Usuarios de Drogas {}", ADVOCACY),
    ("Red de Personas Usuarias {}", ADVOCACY),
    ("Colectivo de Apoyo Mutuo {}", MUTUAL_AID),
    ("Grupo de Autoayuda {}", MUTUAL_AID),
    ("Narcóticos Anónimos {}", MUTUAL_AID),
    ("Energy Control {}", HARM_REDUCTION),
    ("Colectivo de Reducción de Daños {}", HARM_REDUCTION),
    ("Programa de Pares {}", HARM_REDUCTION),
    ("Cooperativa de Recuperación {}", RECOVERY),
    ("Observatorio Comunitario de Drogas {}", RESEARCH),
];

const ITALIAN: &[Template] = &[
    ("Associazione Consumatori di Sostanze {}", ADVOCACY),
    ("Gruppo di Auto-Aiuto {}", MUTUAL_AID),
    ("Rete dei Pari {}", MUTUAL_AID),
    ("Narcotici Anonimi {}", MUTUAL_AID),
    ("Unità di Strada {}", HARM_REDUCTION),
    ("Progetto Riduzione del Danno {}", HARM_REDUCTION),
    ("Cooperativa Sociale Ripartire {}", RECOVERY),
    ("Comunità di Recupero {}", RECOVERY),
    ("Osservatorio Pari sulle Droghe {}", RESEARCH),
];

const DUTCH: &[Template] = &[
    ("Junkiebond {}", ADVOCACY),
    ("Belangenvereniging Druggebruikers {}", ADVOCACY),
    ("Zelfhulpgroep {}", MUTUAL_AID),
    ("Anonieme Verslaafden {}", MUTUAL_AID),
    ("Unity {}", HARM_REDUCTION),
    ("Drugsinfo Peers {}", HARM_REDUCTION),
    ("Herstelcafé {}", RECOVERY),
    ("Ervaringsdeskundigen Netwerk {}", RECOVERY),
    ("Onderzoekscollectief Gebruikers {}", RESEARCH),
];

const DANISH: &[Template] = &[
    ("Brugerforeningen {}", ADVOCACY),
    ("Brugernes Akademi {}", RESEARCH),
    ("Selvhjælpsgruppe {}", MUTUAL_AID),
    ("Anonyme Narkomaner {}", MUTUAL_AID),
    ("Brugerdrevet Værested {}", HARM_REDUCTION),
    ("Recoverycafé {}", RECOVERY),
];

const SWEDISH: &[Template] = &[
    ("Brukarföreningen {}", ADVOCACY),
    ("Brukarnätverket {}", ADVOCACY),
    ("Självhjälpsgruppen {}", MUTUAL_AID),
    ("Anonyma Narkomaner {}", MUTUAL_AID),
    ("Sprutbyte Kamratstöd {}", HARM_REDUCTION),
    ("Återhämtningskafé {}", RECOVERY),
    ("Brukarforskning {}", RESEARCH),
];

const NORWEGIAN: &[Template] = &[
    ("Rusmisbrukernes Interesseorganisasjon {}", ADVOCACY),
    ("Foreningen for Human Narkotikapolitikk {}", ADVOCACY),
    ("Selvhjelpsgruppe {}", MUTUAL_AID),
    ("Anonyme Narkomane {}", MUTUAL_AID),
    ("Brukerstyrt Lavterskeltilbud {}", HARM_REDUCTION),
    ("Erfaringskonsulentene {}", RECOVERY),
];

const POLISH: &[Template] = &[
    ("Stowarzyszenie Użytkowników Substancji {}", ADVOCACY),
    ("Grupa Wsparcia {}", MUTUAL_AID),
    ("Anonimowi Narkomani {}", MUTUAL_AID),
    ("Program Redukcji Szkód {}", HARM_REDUCTION),
    ("Streetworking {}", HARM_REDUCTION),
    ("Spółdzielnia Socjalna Zdrowienie {}", RECOVERY),
    ("Pracownia Badań Rówieśniczych {}", RESEARCH),
];

const PORTUGUESE: &[Template] = &[
    ("Associação de Utilizadores de Drogas {}", ADVOCACY),
    ("Grupo de Ajuda Mútua {}", MUTUAL_AID),
    ("Narcóticos Anónimos {}", MUTUAL_AID),
    ("Equipa de Rua {}", HARM_REDUCTION),
    ("Kosmicare {}", HARM_REDUCTION),
    ("Cooperativa de Recuperação {}", RECOVERY),
    ("Observatório Comunitário {}", RESEARCH),
];

const CZECH: &[Template] = &[
    ("Sdružení Uživatelů Drog {}", ADVOCACY),
    ("Svépomocná Skupina {}", MUTUAL_AID),
    ("Anonymní Narkomani {}", MUTUAL_AID),
    ("Terénní Program {}", HARM_REDUCTION),
    ("Kontaktní Centrum {}", HARM_REDUCTION),
    ("Sociální Podnik Návrat {}", RECOVERY),
    ("Výzkumná Skupina Vrstevníků {}", RESEARCH),
];

const FINNISH: &[Template] = &[
    ("Käyttäjäyhdistys {}", ADVOCACY),
    ("Vertaistukiryhmä {}", MUTUAL_AID),
    ("Nimettömät Narkomaanit {}", MUTUAL_AID),
    ("Terveysneuvonta Vertaiset {}", HARM_REDUCTION),
    ("Toipumiskahvila {}", RECOVERY),
    ("Vertaistutkimus {}", RESEARCH),
];

/// A country's names and places. The first country of every record is a locale's.
struct Locale {
    country: &'static str,
    /// ISO 639-1 code of the names.
    language: &'static str,
    templates: &'static [Template],
    cities: &'static [&'static str],
    regions: &'static [&'static str],
    qualifiers: &'static [&'static str],
    tld: &'static str,
}

const GERMAN_QUALIFIERS: &[&str] = &["e.V.", "Nord", "Süd", "Ost", "West", "Mitte"];
const ENGLISH_QUALIFIERS: &[&str] = &["North", "South", "East", "West", "Central", "CIC"];
const FRENCH_QUALIFIERS: &[&str] = &["Nord", "Sud", "Est", "Ouest", "Centre"];
const SPANISH_QUALIFIERS: &[&str] = &["Norte", "Sur", "Este", "Oeste", "Centro"];
const ITALIAN_QUALIFIERS: &[&str] = &["Nord", "Sud", "Est", "Ovest", "Centro", "APS"];
const DUTCH_QUALIFIERS: &[&str] = &["Noord", "Zuid", "Oost", "West", "Centrum"];
const NORDIC_QUALIFIERS: &[&str] = &["Nord", "Syd", "Øst", "Vest", "Centrum"];
const SWEDISH_QUALIFIERS: &[&str] = &["Norra", "Södra", "Östra", "Västra", "City"];
const POLISH_QUALIFIERS: &[&str] = &["Północ", "Południe", "Wschód", "Zachód", "Centrum"];
const PORTUGUESE_QUALIFIERS: &[&str] = &["Norte", "Sul", "Leste", "Oeste", "Centro"];
const CZECH_QUALIFIERS: &[&str] = &["Sever", "Jih", "Východ", "Západ", "Střed", "z.s."];
const FINNISH_QUALIFIERS: &[&str] = &["Pohjoinen", "Etelä", "Itä", "Länsi", "Keskusta", "ry"];

#[rustfmt::skip]
const LOCALES: &[(Locale, u32)] = &[
    (Locale { country: "DE", language: "de", templates: GERMAN, tld: "de", qualifiers: GERMAN_QUALIFIERS,
        cities: &["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
            "Dortmund", "Essen", "Leipzig", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg",
            "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster", "Osnabrück", "Oldenburg",
            "Göttingen", "Lübeck", "Kiel", "Freiburg im Breisgau", "Saarbrücken", "Würzburg",
            "Regensburg", "Kassel"],
        regions: &["Bayern", "Baden-Württemberg", "Nordrhein-Westfalen", "Niedersachsen", "Sachsen",
            "Thüringen", "Schleswig-Holstein", "Brandenburg", "Hessen", "Rheinland-Pfalz"] }, 14),
    (Locale { country: "AT", language: "de", templates: GERMAN, tld: "at", qualifiers: GERMAN_QUALIFIERS,
        cities: &["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach"],
        regions: &["Tirol", "Steiermark", "Kärnten", "Vorarlberg", "Niederösterreich"] }, 3),
    (Locale { country: "CH", language: "de", templates: GERMAN, tld: "ch", qualifiers: GERMAN_QUALIFIERS,
        cities: &["Zürich", "Basel", "Bern", "Luzern", "St. Gallen", "Winterthur"],
        regions: &["Aargau", "Graubünden", "Thurgau", "Zentralschweiz"] }, 2),
    (Locale { country: "CH", language: "fr", templates: FRENCH, tld: "ch", qualifiers: FRENCH_QUALIFIERS,
        cities: &["Genève", "Lausanne", "Neuchâtel", "Fribourg", "Sion"],
        regions: &["Valais", "Jura", "Vaud"] }, 1),
    (Locale { country: "GB", language: "en", templates: ENGLISH, tld: "org.uk", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["London", "Manchester", "Leeds", "Liverpool", "Glasgow", "Edinburgh", "Bristol",
            "Birmingham", "Sheffield", "Newcastle upon Tyne", "Cardiff", "Belfast", "Nottingham",
            "Brighton", "Dundee", "Aberdeen", "Swansea", "Leicester", "Hull", "Plymouth", "Norwich"],
        regions: &["Yorkshire", "Scotland", "Wales", "Cornwall", "Merseyside", "Kent",
            "Northern Ireland", "Cumbria"] }, 12),
    (Locale { country: "IE", language: "en", templates: ENGLISH, tld: "ie", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Dublin", "Cork", "Galway", "Limerick", "Waterford"],
        regions: &["Munster", "Connacht", "Leinster"] }, 2),
    (Locale { country: "FR", language: "fr", templates: FRENCH, tld: "fr", qualifiers: FRENCH_QUALIFIERS,
        cities: &["Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg",
            "Montpellier", "Bordeaux", "Lille", "Rennes", "Reims", "Le Havre", "Saint-Étienne",
            "Toulon", "Grenoble", "Dijon", "Angers", "Nîmes", "Besançon", "Perpignan", "Orléans"],
        regions: &["Île-de-France", "Bretagne", "Occitanie", "Normandie",
            "Provence-Alpes-Côte d'Azur", "Auvergne-Rhône-Alpes", "Hauts-de-France", "Grand Est"] }, 9),
    (Locale { country: "BE", language: "fr", templates: FRENCH, tld: "be", qualifiers: FRENCH_QUALIFIERS,
        cities: &["Bruxelles", "Liège", "Charleroi", "Namur", "Mons"],
        regions: &["Wallonie", "Brabant wallon"] }, 2),
    (Locale { country: "BE", language: "nl", templates: DUTCH, tld: "be", qualifiers: DUTCH_QUALIFIERS,
        cities: &["Antwerpen", "Gent", "Brugge", "Leuven", "Hasselt"],
        regions: &["Vlaanderen", "Limburg"] }, 2),
    (Locale { country: "ES", language: "es", templates: SPANISH, tld: "es", qualifiers: SPANISH_QUALIFIERS,
        cities: &["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma",
            "Bilbao", "Alicante", "Córdoba", "Valladolid", "Vigo", "Gijón", "A Coruña", "Granada",
            "Cádiz", "Donostia", "Pamplona"],
        regions: &["Andalucía", "Cataluña", "Galicia", "Castilla y León", "Aragón", "Asturias",
            "País Vasco", "Extremadura"] }, 7),
    (Locale { country: "IT", language: "it", templates: ITALIAN, tld: "it", qualifiers: ITALIAN_QUALIFIERS,
        cities: &["Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze", "Bari",
            "Catania", "Venezia", "Verona", "Padova", "Trieste", "Forlì", "Cagliari", "Perugia"],
        regions: &["Lombardia", "Piemonte", "Toscana", "Emilia-Romagna", "Sicilia", "Sardegna",
            "Puglia", "Veneto"] }, 7),
    (Locale { country: "NL", language: "nl", templates: DUTCH, tld: "nl", qualifiers: DUTCH_QUALIFIERS,
        cities: &["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
            "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Maastricht", "Leiden", "Zwolle"],
        regions: &["Friesland", "Drenthe", "Noord-Brabant", "Gelderland", "Zeeland"] }, 5),
    (Locale { country: "DK", language: "da", templates: DANISH, tld: "dk", qualifiers: NORDIC_QUALIFIERS,
        cities: &["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding",
            "Horsens", "Vejle", "Roskilde", "Næstved"],
        regions: &["Sjælland", "Jylland", "Fyn", "Bornholm"] }, 4),
    (Locale { country: "SE", language: "sv", templates: SWEDISH, tld: "se", qualifiers: SWEDISH_QUALIFIERS,
        cities: &["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
            "Helsingborg", "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle"],
        regions: &["Skåne", "Norrland", "Småland", "Värmland", "Dalarna"] }, 4),
    (Locale { country: "NO", language: "no", templates: NORWEGIAN, tld: "no", qualifiers: NORDIC_QUALIFIERS,
        cities: &["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Kristiansand", "Tromsø",
            "Bodø", "Ålesund"],
        regions: &["Nordland", "Finnmark", "Vestland", "Innlandet"] }, 3),
    (Locale { country: "FI", language: "fi", templates: FINNISH, tld: "fi", qualifiers: FINNISH_QUALIFIERS,
        cities: &["Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Lahti",
            "Kuopio", "Pori"],
        regions: &["Uusimaa", "Lappi", "Pirkanmaa", "Karjala"] }, 2),
    (Locale { country: "PL", language: "pl", templates: POLISH, tld: "pl", qualifiers: POLISH_QUALIFIERS,
        cities: &["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Bydgoszcz",
            "Lublin", "Katowice", "Białystok", "Gdynia", "Częstochowa", "Toruń", "Rzeszów"],
        regions: &["Mazowsze", "Małopolska", "Śląsk", "Pomorze", "Wielkopolska", "Podlasie"] }, 5),
    (Locale { country: "CZ", language: "cs", templates: CZECH, tld: "cz", qualifiers: CZECH_QUALIFIERS,
        cities: &["Praha", "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "České Budějovice",
            "Hradec Králové", "Ústí nad Labem", "Pardubice"],
        regions: &["Morava", "Čechy", "Vysočina", "Slezsko"] }, 3),
    (Locale { country: "PT", language: "pt", templates: PORTUGUESE, tld: "pt", qualifiers: PORTUGUESE_QUALIFIERS,
        cities: &["Lisboa", "Porto", "Braga", "Coimbra", "Funchal", "Setúbal", "Aveiro", "Faro",
            "Évora", "Viseu"],
        regions: &["Algarve", "Alentejo", "Minho", "Açores", "Madeira"] }, 3),
    // Countries whose groups often use English names; their places keep their own spelling.
    (Locale { country: "GR", language: "en", templates: ENGLISH, tld: "gr", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Athens", "Thessaloniki", "Patras", "Heraklion"], regions: &["Crete", "Attica"] }, 1),
    (Locale { country: "HU", language: "en", templates: ENGLISH, tld: "hu", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"], regions: &["Pest", "Baranya"] }, 1),
    (Locale { country: "RO", language: "en", templates: ENGLISH, tld: "ro", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța"],
        regions: &["Transilvania", "Moldova"] }, 1),
    (Locale { country: "BG", language: "en", templates: ENGLISH, tld: "bg", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Sofia", "Plovdiv", "Varna", "Burgas"], regions: &["Thrace"] }, 1),
    (Locale { country: "EE", language: "en", templates: ENGLISH, tld: "ee", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Tallinn", "Tartu", "Narva", "Pärnu"], regions: &["Ida-Viru"] }, 1),
    (Locale { country: "LV", language: "en", templates: ENGLISH, tld: "lv", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Rīga", "Daugavpils", "Liepāja"], regions: &["Latgale", "Kurzeme"] }, 1),
    (Locale { country: "LT", language: "en", templates: ENGLISH, tld: "lt", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"], regions: &["Žemaitija"] }, 1),
    (Locale { country: "SI", language: "en", templates: ENGLISH, tld: "si", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Ljubljana", "Maribor", "Koper"], regions: &["Štajerska"] }, 1),
    (Locale { country: "HR", language: "en", templates: ENGLISH, tld: "hr", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Zagreb", "Split", "Rijeka", "Osijek"], regions: &["Dalmacija", "Istra"] }, 1),
    (Locale { country: "SK", language: "en", templates: ENGLISH, tld: "sk", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Bratislava", "Košice", "Žilina"], regions: &["Záhorie"] }, 1),
    (Locale { country: "UA", language: "en", templates: ENGLISH, tld: "org.ua", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Kyiv", "Odesa", "Lviv", "Kharkiv", "Dnipro"], regions: &["Zakarpattia"] }, 2),
    // A few from beyond Europe.
    (Locale { country: "US", language: "en", templates: ENGLISH, tld: "org", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Baltimore", "Seattle", "Chicago", "San Francisco", "Philadelphia"],
        regions: &["Ohio", "Oregon", "Maine"] }, 2),
    (Locale { country: "CA", language: "en", templates: ENGLISH, tld: "ca", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Vancouver", "Toronto", "Ottawa"], regions: &["British Columbia", "Ontario"] }, 1),
    (Locale { country: "AU", language: "en", templates: ENGLISH, tld: "org.au", qualifiers: ENGLISH_QUALIFIERS,
        cities: &["Sydney", "Melbourne", "Brisbane", "Perth"],
        regions: &["New South Wales", "Victoria", "Queensland"] }, 1),
    (Locale { country: "MX", language: "es", templates: SPANISH, tld: "mx", qualifiers: SPANISH_QUALIFIERS,
        cities: &["Ciudad de México", "Guadalajara", "Monterrey", "Tijuana"],
        regions: &["Jalisco", "Oaxaca"] }, 1),
    (Locale { country: "BR", language: "pt", templates: PORTUGUESE, tld: "org.br", qualifiers: PORTUGUESE_QUALIFIERS,
        cities: &["São Paulo", "Rio de Janeiro", "Salvador", "Recife", "Porto Alegre"],
        regions: &["Bahia", "Pernambuco", "Minas Gerais"] }, 1),
];

/// Extra countries of organisations working across borders.
const EUROPEAN_COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "UA",
];

const STATUS_WEIGHTS: &[(&str, u32)] = &[("active", 55), ("inactive", 20), ("unknown", 25)];

const DEGREE_WEIGHTS: &[(&str, u32)] = &[
    ("user_led", 40),
    ("jointly_led", 20),
    ("formalised", 15),
    ("peer_delivered", 15),
    ("unclear", 10),
];

fn degree_notes(degree: &str) -> &'static [&'static str] {
    match degree {
        "user_led" => &[
            "Its board and all of its workers are current or former drug users, according to its website.",
            "Founded and run by people who use drugs; the sources mention no professional staff.",
            "Members decide everything at a monthly assembly open only to people with lived experience.",
            "The annual report states that every volunteer and trustee has lived experience of drug use.",
        ],
        "jointly_led" => &[
            "The board has equal numbers of people with lived experience and professionals.",
            "Run by a peer coordinator together with a social worker from the local drug service.",
            "Its constitution reserves half of the board seats for current or former drug users.",
        ],
        "formalised" => &[
            "Founded by a group of users, it now employs paid staff, most of them without lived experience.",
            "Started as a self-help group and became a registered charity with a professional management team.",
            "Users founded it; since it took public funding it has been run mainly by paid staff.",
        ],
        "peer_delivered" => &[
            "Managed by a drug service, with outreach and support delivered by trained peer workers.",
            "A municipal project that employs people with lived experience as peer workers.",
            "An agency leads the project; peers deliver the sessions and the outreach.",
        ],
        _ => &[
            "The sources do not say who leads the organisation.",
            "A directory entry lists the group but says nothing about who runs it.",
            "Only a short newspaper article mentions it, without describing its leadership.",
        ],
    }
}

const PROFILES: &[&str] = &[
    "street_drugs",
    "party_drugs",
    "psychedelics",
    "cannabis",
    "all_drugs",
];

/// Activities that fit each category, with the phrase a description uses for them.
fn activities_for(category: &str) -> &'static [&'static str] {
    match category {
        MUTUAL_AID => &[
            "twelve_step_meetings",
            "peer_support_meetings",
            "online_support",
            "live_chat_support",
            "recovery_coaching",
            "treatment_help",
            "food",
        ],
        RECOVERY => &[
            "therapeutic_community",
            "supported_housing",
            "recovery_cafe",
            "employment_training",
            "recovery_coaching",
            "peer_support_meetings",
            "housing_help",
        ],
        HARM_REDUCTION => &[
            "naloxone_training",
            "safer_use_education",
            "syringe_distribution",
            "drug_checking",
            "festival_support",
            "hiv_hepatitis_testing",
            "wound_care_health",
            "outreach",
            "drug_information",
            "food",
        ],
        ADVOCACY => &[
            "lobbying",
            "awareness_campaigns",
            "individual_advocacy",
            "legal_aid",
            "housing_help",
            "treatment_help",
            "service_audits",
        ],
        _ => &[
            "peer_research",
            "service_audits",
            "drug_information",
            "awareness_campaigns",
        ],
    }
}

fn activity_phrase(activity: &str) -> &'static str {
    match activity {
        "twelve_step_meetings" => "twelve-step meetings",
        "peer_support_meetings" => "weekly peer support meetings",
        "online_support" => "an online forum",
        "live_chat_support" => "a peer-run chat line in the evenings",
        "therapeutic_community" => "a small therapeutic community",
        "supported_housing" => "drug-free supported housing",
        "recovery_cafe" => "a recovery café",
        "employment_training" => "training and paid work in its social enterprise",
        "recovery_coaching" => "recovery coaching",
        "naloxone_training" => "naloxone training for peers and families",
        "safer_use_education" => "safer-use workshops",
        "syringe_distribution" => "syringe distribution from a mobile van",
        "drug_checking" => "drug checking at its drop-in",
        "festival_support" => "festival support teams",
        "hiv_hepatitis_testing" => "HIV and hepatitis C testing",
        "wound_care_health" => "wound care with a volunteer nurse",
        "food" => "hot meals twice a week",
        "legal_aid" => "help with legal problems",
        "housing_help" => "help to find housing",
        "treatment_help" => "help to get into substitution treatment",
        "lobbying" => "lobbying of the city council and parliament",
        "awareness_campaigns" => "public campaigns against stigma",
        "peer_research" => "peer research on drug use and services",
        "service_audits" => "mystery-shopping audits of local services",
        "outreach" => "street outreach at night",
        "individual_advocacy" => "individual advocacy with services and the police",
        "drug_information" => "a drug information website",
        _ => "peer support",
    }
}

fn kind_phrases(category: &str) -> &'static [&'static str] {
    match category {
        MUTUAL_AID => &[
            "mutual aid group of people who use or used drugs",
            "self-help fellowship",
            "peer support group run by its members",
        ],
        RECOVERY => &[
            "recovery community",
            "social enterprise run by people in recovery",
            "peer-led recovery network",
        ],
        HARM_REDUCTION => &[
            "peer-led harm reduction project",
            "drug user group doing harm reduction",
            "collective of people who use drugs offering harm reduction",
        ],
        ADVOCACY => &[
            "drug user union",
            "advocacy group of people who use drugs",
            "users' rights organisation",
        ],
        _ => &[
            "peer research collective",
            "user-led research group",
            "community research network",
        ],
    }
}

const WHO: &[&str] = &[
    "current and former drug users",
    "people who inject drugs",
    "people on opioid substitution treatment",
    "people in recovery",
    "people who use drugs at parties and festivals",
    "women who use drugs",
    "young people who use drugs",
];

const CLOSING: &[&str] = &[
    "It works closely with local drug services, outreach teams and the health department.",
    "The group meets weekly and is run entirely by volunteers.",
    "It has campaigned for drug consumption rooms and for access to substitution treatment.",
    "Most of its work is done on the street and at night.",
    "It publishes a newsletter written by and for people who use drugs.",
    "Funding comes from small grants and member contributions.",
    "Members are trained as peer workers and paid for their time.",
    "It started as a self-help group in a treatment centre and became independent later.",
    "Its peer workers also train staff of other services in harm reduction.",
];

const FACTS: &[(&str, i64, i64)] = &[
    ("members", 5, 600),
    ("volunteers", 2, 120),
    ("paid staff", 1, 25),
    ("naloxone kits distributed", 20, 5_000),
    ("syringes distributed", 1_000, 500_000),
    ("contacts per year", 100, 20_000),
    ("meetings per week", 1, 14),
    ("beds", 4, 60),
];

const FACT_NOTES: &[&str] = &[
    "Figure from the annual report.",
    "As reported on the website.",
    "Estimate given in an interview.",
];

const SURNAMES: &[&str] = &[
    "Müller",
    "Jensen",
    "García",
    "Rossi",
    "Dubois",
    "Nowak",
    "Novák",
    "Andersson",
    "Smith",
    "O'Brien",
    "de Vries",
    "Silva",
    "Virtanen",
    "Hansen",
    "Schmidt",
    "López",
    "Kowalski",
    "Murphy",
];

const STUDY_TITLES: &[&str] = &[
    "Peer naloxone distribution in {}: a process evaluation",
    "Lived experience and service use: a survey of members in {}",
    "Drug checking at festivals near {}: results of a pilot",
    "Mutual aid and recovery capital: interviews with members in {}",
    "Peer-delivered outreach in {}: reach and acceptability",
];

const DESIGNS: &[&str] = &[
    "qualitative interviews",
    "mixed methods",
    "cross-sectional survey",
    "process evaluation",
    "cohort study",
];

const FINDINGS: &[&str] = &[
    "Participants valued being supported by people with similar experiences.",
    "The service reached people that professional services did not.",
    "Overdose knowledge improved after training; most kits were carried a month later.",
    "Members reported more stable housing and fewer emergency admissions.",
    "The evaluation found the project acceptable but under-funded.",
];

const OTHER_EVENTS: &[&str] = &[
    "Opened a drop-in centre.",
    "Received its first public grant.",
    "Lost its premises and moved its meetings online.",
    "Joined a national network of drug user groups.",
    "Started a naloxone programme.",
    "Hosted a regional conference of people who use drugs.",
];

const SOURCE_NOTES: &[&str] = &[
    "Consulted for the description.",
    "Lists the organisation's activities.",
    "Mentions the founding year.",
];

/// Queries for the search scenarios: words the generator puts into German harm reduction records'
/// names, cities and descriptions, some selective (a city, a name), some common.
pub const SEARCH_WORDS: &[&str] = &[
    "peer",
    "naloxone",
    "Dortmund",
    "Osnabrück",
    "JES",
    "outreach",
    "Selbsthilfe",
    "festival",
    "Leipzig",
    "drug checking",
];

// ---------------------------------------------------------------------------------------------
// Slugs.
// ---------------------------------------------------------------------------------------------

/// The ASCII letters a diacritic folds to (a small stand-in for `deunicode`).
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' | 'ā' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ė' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ł' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ș' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => "u",
        'ý' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Lowercase ASCII letters and digits joined by single hyphens, like `Slug::from_name`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if let Some(ascii) = fold(c) {
            slug.push_str(ascii);
        } else if matches!(c, '\'' | '\u{2019}' | '.') {
            // Apostrophes and dots join what they separate.
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_owned();
    // Leave room for a numeric suffix within the 80 characters a slug may have.
    if slug.len() > 70 {
        slug.truncate(70);
        slug = slug.trim_end_matches('-').to_owned();
    }
    slug
}

/// The capitals of a name's words ("Asociación de Usuarios de Drogas Sevilla" gives "AUDS").
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The generator.
// ---------------------------------------------------------------------------------------------

pub struct Generator {
    rng: Rng,
    slugs: HashSet<String>,
    names: HashSet<String>,
    records: Vec<Organisation>,
}

/// What the later parts of a record are written around, drawn before them.
struct About<'a> {
    locale: &'static Locale,
    primary: &'static str,
    place: &'static str,
    name: &'a str,
    slug: &'a str,
    founded_year: Option<i64>,
    ended_year: Option<i64>,
}

impl Generator {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Rng::new(seed),
            slugs: HashSet::new(),
            names: HashSet::new(),
            records: Vec::new(),
        }
    }

    /// Generates `count` records, validated as `userled import` will validate them; relations
    /// only point at records generated before.
    pub fn generate(mut self, count: usize) -> Result<Vec<Organisation>, String> {
        self.records.reserve(count);
        for _ in 0..count {
            let input = self.record();
            let record = input.validate(VALIDATION_YEAR).map_err(|errors| {
                let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
                format!(
                    "generated record {} ({:?}) is not valid: {}",
                    self.records.len() + 1,
                    input.name,
                    errors.join("; ")
                )
            })?;
            self.records.push(record);
        }
        Ok(self.records)
    }

    fn unique_slug(&mut self, name: &str) -> String {
        let base = slugify(name);
        let mut slug = base.clone();
        let mut n = 2;
        while !self.slugs.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slug
    }

    /// One record. Its parts are drawn in a fixed order: reordering them would change every
    /// record after the first, and the benchmark figures with them.
    fn record(&mut self) -> OrganisationInput {
        let locale = self.rng.weighted(LOCALES);
        let categories = self.categories();
        let primary = categories[0];
        let (city, place, name) = self.place_and_name(locale, primary);
        let countries = self.countries(locale);
        let scope = self.scope(&countries, city);
        let (founded_year, status, ended_year) = self.life();
        let user_led_degree = *self.rng.weighted(DEGREE_WEIGHTS);
        let degree_note = *self.rng.pick(degree_notes(user_led_degree));
        let user_profiles = self.user_profiles();
        let activities = self.activities(&categories);
        let visibility = *self
            .rng
            .weighted(&[("listed", 90), ("discreet", 7), ("unlisted", 3)]);
        let last_verified = self.last_verified();
        let slug = self.unique_slug(&name);
        let website = self.website(&slug, locale);
        let about = About {
            locale,
            primary,
            place,
            name: &name,
            slug: &slug,
            founded_year,
            ended_year,
        };
        let description = self.description(&about, &activities);
        let sources = self.sources(&about, website.as_deref());
        let evaluations = self.evaluations(&about);
        let facts = self.facts(&about);
        let relations = self.relations();
        let events = self.events(&about, &sources[0].url);
        let aliases = self.aliases(&about);
        OrganisationInput {
            slug: Some(slug),
            name,
            aliases,
            description,
            categories: owned(&categories),
            countries: owned(&countries),
            city: city.map(str::to_owned),
            scope: scope.map(str::to_owned),
            founded_year: founded_year.map(Into::into),
            status: Some(status.to_owned()),
            ended_year: ended_year.map(Into::into),
            user_led_degree: Some(user_led_degree.to_owned()),
            degree_note: Some(degree_note.to_owned()),
            user_profiles: owned(&user_profiles),
            activities: owned(&activities),
            website,
            visibility: Some(visibility.to_owned()),
            last_verified,
            sources,
            evaluations,
            facts,
            relations,
            events,
            ..OrganisationInput::default()
        }
    }

    /// One category, sometimes two; the first is the primary one.
    fn categories(&mut self) -> Vec<&'static str> {
        let rng = &mut self.rng;
        let primary = *rng.weighted(CATEGORY_WEIGHTS);
        let mut categories = vec![primary];
        if rng.chance(0.3) {
            let second = *rng.weighted(CATEGORY_WEIGHTS);
            if second != primary {
                categories.push(second);
            }
        }
        categories
    }

    /// The city (if any), the place the name is made from, and the name.
    fn place_and_name(
        &mut self,
        locale: &'static Locale,
        primary: &str,
    ) -> (Option<&'static str>, &'static str, String) {
        let rng = &mut self.rng;
        let city = rng.chance(0.8).then(|| *rng.pick(locale.cities));
        let place = city.unwrap_or_else(|| *rng.pick(locale.regions));
        let fitting: Vec<&Template> = locale
            .templates
            .iter()
            .filter(|(_, category)| *category == primary)
            .collect();
        // Mostly a name that fits the primary category; sometimes any of the locale's names.
        let template = if fitting.is_empty() || rng.chance(0.25) {
            rng.pick(locale.templates).0
        } else {
            rng.pick(&fitting).0
        };
        let base = template.replace("{}", place);
        let mut name = base.clone();
        if self.names.contains(&name) {
            // Tell it apart with a qualifier ("Nord", "e.V.") not used yet, while one is left;
            // after that the name repeats and only the slug's number tells the two apart.
            let qualifiers = locale.qualifiers;
            let start = rng.below(qualifiers.len());
            if let Some(qualified) = (0..qualifiers.len())
                .map(|k| format!("{base} {}", qualifiers[(start + k) % qualifiers.len()]))
                .find(|candidate| !self.names.contains(candidate))
            {
                name = qualified;
            }
        }
        self.names.insert(name.clone());
        (city, place, name)
    }

    /// The locale's country, and for some organisations a country or two more.
    fn countries(&mut self, locale: &Locale) -> Vec<&'static str> {
        let rng = &mut self.rng;
        let mut countries = vec![locale.country];
        let international = rng.chance(0.1);
        if international {
            let extra = rng.range(1, 2);
            for _ in 0..extra {
                let country = *rng.pick(EUROPEAN_COUNTRIES);
                if !countries.contains(&country) {
                    countries.push(country);
                }
            }
        }
        countries
    }

    fn scope(&mut self, countries: &[&str], city: Option<&str>) -> Option<&'static str> {
        let rng = &mut self.rng;
        if countries.len() > 1 {
            Some(if rng.chance(0.75) {
                "european"
            } else {
                "international"
            })
        } else if city.is_some() {
            *rng.weighted(&[(Some("local"), 80), (Some("national"), 15), (None, 5)])
        } else {
            *rng.weighted(&[
                (Some("national"), 70),
                (Some("european"), 8),
                (Some("international"), 5),
                (None, 17),
            ])
        }
    }

    /// The founding year, the status and the year it ended.
    fn life(&mut self) -> (Option<i64>, &'static str, Option<i64>) {
        let rng = &mut self.rng;
        let founded_year = rng
            .chance(0.85)
            .then(|| 1970 + (55.0 * rng.unit().sqrt()).round() as i64);
        let status = *rng.weighted(STATUS_WEIGHTS);
        let ended_year = (status == "inactive" && rng.chance(0.65))
            .then(|| rng.range(founded_year.unwrap_or(1980).max(1975), LAST_YEAR));
        (founded_year, status, ended_year)
    }

    fn user_profiles(&mut self) -> Vec<&'static str> {
        let rng = &mut self.rng;
        let mut user_profiles = Vec::new();
        for _ in 0..*rng.weighted(&[(0, 30), (1, 50), (2, 20)]) {
            let profile = *rng.pick(PROFILES);
            if !user_profiles.contains(&profile) {
                user_profiles.push(profile);
            }
        }
        user_profiles
    }

    /// One to five activities, mostly of the primary category (the first), some of the others.
    fn activities(&mut self, categories: &[&'static str]) -> Vec<&'static str> {
        let rng = &mut self.rng;
        let mut activities = Vec::new();
        let wanted = rng.range(1, 5) as usize;
        for _ in 0..wanted * 3 {
            if activities.len() == wanted {
                break;
            }
            let pool = if rng.chance(0.8) {
                activities_for(categories[0])
            } else {
                activities_for(rng.word(categories))
            };
            let activity = *rng.pick(pool);
            if !activities.contains(&activity) {
                activities.push(activity);
            }
        }
        activities
    }

    fn last_verified(&mut self) -> Option<String> {
        let rng = &mut self.rng;
        rng.chance(0.35).then(|| {
            format!(
                "{}-{:02}-{:02}",
                rng.range(2016, LAST_YEAR),
                rng.range(1, 12),
                rng.range(1, 28)
            )
        })
    }

    fn website(&mut self, slug: &str, locale: &Locale) -> Option<String> {
        let rng = &mut self.rng;
        rng.chance(0.6).then(|| {
            if rng.chance(0.5) {
                format!("https://www.{slug}.{}/", locale.tld)
            } else {
                format!("https://{slug}.org/")
            }
        })
    }

    /// Two or three sentences.
    fn description(&mut self, about: &About, activities: &[&str]) -> String {
        let rng = &mut self.rng;
        let About { name, place, .. } = about;
        let kind = rng.pick(kind_phrases(about.primary));
        let mut description = match (about.founded_year, rng.below(3)) {
            (Some(year), 0) => format!("{name} is a {kind} in {place}, founded in {year}."),
            (Some(year), 1) => format!("Founded in {year}, {name} is a {kind} working in {place}."),
            _ => format!(
                "{name} brings together {} in {place} as a {kind}.",
                rng.pick(WHO)
            ),
        };
        let offered: Vec<&str> = activities.iter().map(|a| activity_phrase(a)).collect();
        description.push(' ');
        description.push_str(&match offered.as_slice() {
            [one] => format!("Its members offer {one}."),
            [first, rest @ ..] => format!(
                "Its members offer {first}, as well as {}.",
                rest.iter()
                    .take(2)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
            [] => "Its members support each other as peers.".to_owned(),
        });
        if rng.chance(0.6) {
            description.push(' ');
            description.push_str(rng.word(CLOSING));
        }
        description
    }

    /// One to three sources.
    fn sources(&mut self, about: &About, website: Option<&str>) -> Vec<SourceInput> {
        let rng = &mut self.rng;
        let About {
            locale, name, slug, ..
        } = about;
        let mut sources = Vec::new();
        let source_count = *rng.weighted(&[(1, 50), (2, 35), (3, 15)]);
        let year_seen = rng.range(about.founded_year.unwrap_or(2000).max(2000), LAST_YEAR);
        for i in 0..source_count {
            let source = match (i, website, rng.below(4)) {
                (0, Some(site), _) => SourceInput {
                    url: format!("{site}about/"),
                    title: format!("About {name}"),
                    year: None,
                    note: None,
                },
                (_, _, 0) => SourceInput {
                    url: "https://www.drugsandalcohol.ie/28067/".to_owned(),
                    title: "Webster R. (2017), User-led interventions: an expanding resource? \
                            EMCDDA background paper"
                        .to_owned(),
                    year: Some(2017.into()),
                    note: Some("Cited as an example of user-led work.".to_owned()),
                },
                (_, Some(site), 1) => SourceInput {
                    url: format!("{site}reports/annual-report-{year_seen}.pdf"),
                    title: format!("Annual report {year_seen}"),
                    year: Some(year_seen.into()),
                    note: Some((*rng.pick(SOURCE_NOTES)).to_owned()),
                },
                (_, _, 2) => SourceInput {
                    url: format!(
                        "https://www.drug-services-directory.eu/{}/{slug}",
                        locale.country.to_ascii_lowercase()
                    ),
                    title: "European directory of drug services".to_owned(),
                    year: None,
                    note: None,
                },
                _ => SourceInput {
                    url: format!(
                        "https://news.example.{}/local/{year_seen}/{slug}-{}",
                        locale.tld,
                        rng.range(1000, 99_999)
                    ),
                    title: format!("Local newspaper report on {name} ({year_seen})"),
                    year: Some(year_seen.into()),
                    note: Some((*rng.pick(SOURCE_NOTES)).to_owned()),
                },
            };
            sources.push(source);
        }
        sources
    }

    fn evaluations(&mut self, about: &About) -> Vec<EvaluationInput> {
        let rng = &mut self.rng;
        let mut evaluations = Vec::new();
        if rng.chance(0.1) {
            for _ in 0..rng.range(1, 2) {
                let year = rng.range(about.founded_year.unwrap_or(1995).max(1995), LAST_YEAR);
                let title = rng.pick(STUDY_TITLES).replace("{}", about.place);
                let initial = (b'A' + rng.below(26) as u8) as char;
                evaluations.push(EvaluationInput {
                    citation: format!(
                        "{} {initial}., {} {}. ({year}), {title}",
                        rng.pick(SURNAMES),
                        rng.pick(SURNAMES),
                        (b'A' + rng.below(26) as u8) as char
                    ),
                    year: rng.chance(0.9).then_some(year).map(Into::into),
                    design: rng.chance(0.8).then(|| (*rng.pick(DESIGNS)).to_owned()),
                    sample_size: rng.chance(0.7).then(|| rng.range(8, 800)).map(Into::into),
                    finding: rng.word(FINDINGS).to_owned(),
                });
            }
        }
        evaluations
    }

    fn facts(&mut self, about: &About) -> Vec<FactInput> {
        let rng = &mut self.rng;
        let mut facts: Vec<FactInput> = Vec::new();
        if rng.chance(0.2) {
            for _ in 0..rng.range(1, 3) {
                let (label, low, high) = *rng.pick(FACTS);
                if facts.iter().any(|f| f.label == label) {
                    continue;
                }
                let first_year = about.founded_year.unwrap_or(2005).max(2005);
                facts.push(FactInput {
                    label: label.to_owned(),
                    value: Some(rng.range(low, high).into()),
                    year: rng
                        .chance(0.8)
                        .then(|| rng.range(first_year, LAST_YEAR))
                        .map(Into::into),
                    note: rng.chance(0.3).then(|| (*rng.pick(FACT_NOTES)).to_owned()),
                });
            }
        }
        facts
    }

    /// Relations to records generated before, for some records.
    fn relations(&mut self) -> Vec<RelationInput> {
        let rng = &mut self.rng;
        let mut relations: Vec<RelationInput> = Vec::new();
        if !self.records.is_empty() && rng.chance(0.1) {
            for _ in 0..rng.range(1, 2) {
                let target = self.records[rng.below(self.records.len())].slug.to_string();
                let kind = if rng.chance(0.6) {
                    "member_of"
                } else {
                    "partner_of"
                };
                if !relations
                    .iter()
                    .any(|r| r.kind == kind && r.target == target)
                {
                    relations.push(RelationInput {
                        kind: kind.to_owned(),
                        target,
                    });
                }
            }
        }
        relations
    }

    /// For some records, a history in year order, its events citing the first source.
    fn events(&mut self, about: &About, source_url: &str) -> Vec<EventInput> {
        let rng = &mut self.rng;
        let About {
            name,
            place,
            founded_year,
            ended_year,
            ..
        } = *about;
        // (year, kind, note, source url): sorted on the plain year, before the year takes the
        // input's number type.
        let mut events: Vec<(i64, &str, String, Option<String>)> = Vec::new();
        if rng.chance(0.3) {
            let last = ended_year.unwrap_or(LAST_YEAR);
            let first = founded_year.unwrap_or(1980).min(last);
            if let Some(year) = founded_year.filter(|_| rng.chance(0.3)) {
                events.push((
                    year,
                    "founded",
                    format!("{name} was founded in {place}."),
                    rng.chance(0.3).then(|| source_url.to_owned()),
                ));
            }
            for _ in 0..rng.range(1, 3) {
                let year = rng.range(first, last);
                let (kind, note) = match rng.below(3) {
                    0 => (
                        "formalised",
                        "Registered as an association with a board.".to_owned(),
                    ),
                    1 => ("renamed", format!("Took the name {name}.")),
                    _ => ("other", (*rng.pick(OTHER_EVENTS)).to_owned()),
                };
                events.push((
                    year,
                    kind,
                    note,
                    rng.chance(0.3).then(|| source_url.to_owned()),
                ));
            }
            if let Some(year) = ended_year.filter(|_| rng.chance(0.5)) {
                events.push((year, "ended", "Stopped its activities.".to_owned(), None));
            }
            events.sort_by_key(|&(year, ..)| year);
        }
        events
            .into_iter()
            .map(|(year, kind, note, source_url)| EventInput {
                year: Some(year.into()),
                kind: kind.to_owned(),
                note,
                source_url,
            })
            .collect()
    }

    /// Sometimes an abbreviation, sometimes a former name.
    fn aliases(&mut self, about: &About) -> Vec<AliasInput> {
        let rng = &mut self.rng;
        let mut aliases = Vec::new();
        let abbreviation = initials(about.name);
        if abbreviation.chars().count() >= 2 && abbreviation != about.name && rng.chance(0.15) {
            aliases.push(AliasInput {
                name: abbreviation,
                language: None,
                kind: Some("abbreviation".to_owned()),
            });
        }
        if rng.chance(0.08) {
            let former = rng
                .pick(about.locale.templates)
                .0
                .replace("{}", about.place);
            if former != about.name {
                aliases.push(AliasInput {
                    name: former,
                    language: Some(about.locale.language.to_owned()),
                    kind: Some("former_name".to_owned()),
                });
            }
        }
        aliases
    }
}
