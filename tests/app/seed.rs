use std::collections::BTreeSet;

use userled::db::organisations;
use userled::domain::vocabulary::{
    AliasKind, Category, EventKind, RelationKind, Scope, Status, UserLedDegree,
};
use userled::domain::{CountryCode, Organisation, Slug};

use crate::helpers::{TestApp, seeded_pool};

const PAPER: &str = "https://www.drugsandalcohol.ie/28067/";

async fn all() -> Vec<Organisation> {
    let pool = seeded_pool().await;
    let mut conn = pool.acquire().await.unwrap();
    organisations::load_all(&mut conn, userled::now().year())
        .await
        .unwrap()
}

fn find<'a>(all: &'a [Organisation], slug: &str) -> &'a Organisation {
    all.iter()
        .find(|o| o.slug.as_str() == slug)
        .unwrap_or_else(|| panic!("{slug} is not in the seed"))
}

fn countries(codes: &[&str]) -> BTreeSet<CountryCode> {
    codes.iter().map(|c| c.parse().unwrap()).collect()
}

fn has_source(org: &Organisation, url: &str) -> bool {
    org.sources.iter().any(|s| s.url.as_str() == url)
}

#[tokio::test]
async fn the_seed_holds_the_papers_organisations() {
    let all = all().await;
    assert!((35..=45).contains(&all.len()), "{} records", all.len());

    let san_patrignano = find(&all, "san-patrignano");
    assert_eq!(san_patrignano.countries, countries(&["IT"]));
    assert_eq!(san_patrignano.city.as_deref(), Some("Rimini"));
    assert_eq!(san_patrignano.founded_year.map(|y| y.get()), Some(1978));
    assert!(
        san_patrignano
            .categories
            .contains(&Category::RecoveryEnterprise)
    );
    let evaluation = &san_patrignano.evaluations[0];
    assert_eq!(evaluation.citation, "Castrignano 2005");
    assert_eq!(evaluation.year.map(|y| y.get()), Some(2005));
    assert_eq!(evaluation.sample_size, Some(97));
    assert!(evaluation.finding.contains("60 %"));
    assert!(has_source(
        san_patrignano,
        "https://www.sanpatrignano.com/about-us/"
    ));

    let bf = find(&all, "brugerforeningen");
    assert_eq!(bf.countries, countries(&["DK"]));
    assert_eq!(bf.founded_year.map(|y| y.get()), Some(1994));
    assert!(bf.categories.contains(&Category::Advocacy));
    assert!(bf.aliases.iter().any(|a| a.name == "BF"));
    assert!(has_source(bf, "http://brugerforeningen.dk/"));

    let tripsit = find(&all, "tripsit");
    assert_eq!(tripsit.founded_year.map(|y| y.get()), Some(2011));
    assert!(tripsit.categories.contains(&Category::HarmReduction));
    assert!(has_source(tripsit, "https://tripsit.me/"));

    let na = find(&all, "narcotics-anonymous");
    assert_eq!(na.founded_year.map(|y| y.get()), Some(1953));
    assert!(na.categories.contains(&Category::MutualAid));
    assert!(has_source(na, "https://www.na.org/"));
    assert!(na.facts.iter().any(|f| f.value == 67_000));
}

#[tokio::test]
async fn every_record_cites_the_paper() {
    for org in all().await {
        assert!(
            has_source(&org, PAPER),
            "{} does not cite the paper",
            org.slug
        );
    }
}

#[tokio::test]
async fn the_seed_records_the_papers_relations() {
    let all = all().await;
    let relation = |from: &str, kind: RelationKind, to: &str| {
        find(&all, from)
            .relations
            .iter()
            .any(|r| r.kind == kind && r.target == Slug::parse(to).unwrap())
    };
    for group in [
        "jes-bonn",
        "jes-braunschweig",
        "jes-cologne",
        "jes-oldenburg",
        "jes-osnabruck",
        "jes-stuttgart",
    ] {
        assert!(
            relation(group, RelationKind::MemberOf, "jes-network"),
            "{group}"
        );
    }
    assert!(relation(
        "emerging-futures",
        RelationKind::FoundedBy,
        "emerging-horizons"
    ));
    assert!(relation(
        "lisola-di-arran",
        RelationKind::PartnerOf,
        "indifference-busters"
    ));
}

/// The note of the record's citation of the paper.
fn paper_note(org: &Organisation) -> &str {
    org.sources
        .iter()
        .find(|s| s.url.as_str() == PAPER)
        .and_then(|s| s.note.as_deref())
        .unwrap_or_default()
}

#[tokio::test]
async fn degrees_are_the_papers() {
    let all = all().await;
    for (slug, degree, words) in [
        (
            "emerging-horizons",
            UserLedDegree::Unclear,
            "'a private training and consultancy organisation set up by ex-users'",
        ),
        (
            "in-mouraria",
            UserLedDegree::JointlyLed,
            "decisions about the project are taken by the whole team, which comprises both paid \
             workers and peer workers",
        ),
        (
            "revolving-doors-agency",
            UserLedDegree::PeerDelivered,
            "led and organised by academic or other ‘professional’ researchers who train and \
             support peer researchers",
        ),
    ] {
        let org = find(&all, slug);
        assert_eq!(org.user_led_degree, degree, "{slug}");
        assert!(
            org.degree_note.contains(words),
            "{slug}: {}",
            org.degree_note
        );
    }
}

#[tokio::test]
async fn scopes_are_only_those_the_paper_supports() {
    let all = all().await;
    for slug in ["emerging-futures", "the-well"] {
        assert_eq!(find(&all, slug).scope, Some(Scope::Regional), "{slug}");
    }
    assert!(paper_note(find(&all, "emerging-futures")).contains("in north and central England"));
    assert!(
        paper_note(find(&all, "the-well"))
            .contains("in several locations in the north-west of England")
    );
    // The paper places these without saying how widely they work.
    for slug in [
        "act-up-paris",
        "kosmicaid",
        "daath",
        "lisola-di-arran",
        "san-patrignano",
        "synanon",
        "scottish-drug-forum-naloxone-peer-educator-initiative",
    ] {
        assert_eq!(find(&all, slug).scope, None, "{slug}");
    }
}

#[tokio::test]
async fn regional_organisations_are_found_and_labelled() {
    let app = TestApp::seeded().await;
    let mut names = app.names("scope=regional").await;
    names.sort();
    assert_eq!(names, ["Emerging Futures", "The Well"]);
    let page = app.get("/fr/organisations/the-well").await;
    assert_eq!(page.status, 200);
    assert!(
        page.texts(".key-facts dd").iter().any(|t| t == "Régional"),
        "{:?}",
        page.texts(".key-facts dd")
    );
}

#[tokio::test]
async fn names_follow_one_rule() {
    let all = all().await;
    // The name the organisation uses for itself; its written-out form is a `full_name` alias.
    for (slug, full_name) in [
        ("asud", "Autosupport des usagers de drogues"),
        ("caso", "Consumidores Associados Sobrevivem Organizados"),
        ("inpud", "International Network of People who Use Drugs"),
        ("euronpud", "European Network of People who Use Drugs"),
        (
            "basics",
            "European Network for Rave Culture and Drug Awareness",
        ),
        ("jes-network", "Junkies, Ehemalige, Substituierte"),
    ] {
        let org = find(&all, slug);
        assert!(
            org.aliases
                .iter()
                .any(|a| a.name == full_name && a.kind == AliasKind::FullName),
            "{slug}: {:?}",
            org.aliases
        );
    }
    // Abbreviations are aliases of kind `abbreviation`, never the kind that says nothing.
    for org in &all {
        for alias in &org.aliases {
            let short = alias.name.chars().all(|c| c.is_ascii_uppercase());
            assert!(
                !short || alias.kind == AliasKind::Abbreviation,
                "{}: {alias:?}",
                org.slug
            );
        }
    }
    // Names the paper does not use say so.
    for slug in [
        "jes-bonn",
        "jes-braunschweig",
        "jes-cologne",
        "jes-oldenburg",
        "jes-osnabruck",
        "jes-stuttgart",
        "aids-hilfe-oldenburg",
    ] {
        let org = find(&all, slug);
        let note = paper_note(org);
        assert!(
            note.contains(&format!("'{}' is the registry's name", org.name)),
            "{slug}: {note}"
        );
    }
    assert!(
        paper_note(find(&all, "jes-network")).contains("The project ‘JES-Seminars’"),
        "the JES-Seminars project"
    );
    assert!(
        paper_note(find(
            &all,
            "scottish-drug-forum-naloxone-peer-educator-initiative"
        ))
        .contains("The Scottish Drug Forum (SDF) has run a peer naloxone training programme"),
        "the body that runs the naloxone programme"
    );
}

#[tokio::test]
async fn figures_dated_by_the_paper_carry_its_year() {
    let all = all().await;
    let year_of = |slug: &str, value: i64| {
        find(&all, slug)
            .facts
            .iter()
            .find(|f| f.value == value)
            .unwrap_or_else(|| panic!("{slug} has no figure {value}"))
            .year
            .map(|y| y.get())
    };
    assert_eq!(year_of("narcotics-anonymous", 67_000), Some(2017));
    assert_eq!(year_of("narcotics-anonymous", 139), Some(2017));
    assert_eq!(year_of("synanon", 25_000), Some(2017));
    assert_eq!(year_of("synanon", 150), Some(2017));
    assert_eq!(year_of("jes-oldenburg", 10), Some(2017));
    // Any figure the paper dates by "today", "currently" or "for the past N years".
    for org in &all {
        for fact in &org.facts {
            let note = fact.note.as_deref().unwrap_or_default().to_lowercase();
            if note.contains("today") || note.contains("currently") || note.contains("the past ") {
                assert_eq!(
                    fact.year.map(|y| y.get()),
                    Some(2017),
                    "{}: {fact:?}",
                    org.slug
                );
            }
        }
    }
}

#[tokio::test]
async fn the_missing_figures_are_recorded() {
    let all = all().await;
    let synanon = find(&all, "synanon");
    assert!(
        paper_note(synanon).contains("'Many residents stay with Synanon for two or three years")
    );
    assert!(
        synanon
            .description
            .contains("many residents stay two or three years")
    );

    let directory = find(&all, "euronpud")
        .facts
        .iter()
        .find(|f| f.value == 30 && f.year.map(|y| y.get()) == Some(2011))
        .expect("the directory of 30 user organisations (Albers, 2011)");
    let note = directory.note.as_deref().unwrap_or_default();
    for share in [
        "syringe patrol and distribution 64.3 %",
        "advice on safe drug use/harm reduction 85.7 %",
        "help with treatment 64.3 %",
        "help with housing 35.7 %",
        "help with training 71.4 %",
        "nursing 21.4 %",
        "wound care and basic healthcare 57.1 %",
        "food 42.9 %",
        "legal aid 50.0 %",
    ] {
        assert!(note.contains(share), "{share}: {note}");
    }
}

#[tokio::test]
async fn what_the_paper_describes_as_operating_is_dated_not_active() {
    let all = all().await;
    // The paper gives no reason to call any of them active today.
    for org in &all {
        assert_ne!(org.status, Status::Active, "{}", org.slug);
    }
    let described = |org: &Organisation| {
        org.events.iter().any(|e| {
            e.year.get() == 2017
                && e.kind == EventKind::Other
                && e.note.starts_with("Described as operating in 2017")
                && e.source_url.as_ref().map(|u| u.as_str()) == Some(PAPER)
        })
    };
    // Those the paper tells of only in the past, or only by one act of theirs.
    let past = [
        "emerging-horizons",
        "landelijk-steunpunt-druggebruikers",
        "mdhg-belangenvereniging-druggebruikers",
        "rotterdam-junkie-union",
        "user-voice",
    ];
    for org in &all {
        assert_eq!(
            described(org),
            !past.contains(&org.slug.as_str()),
            "{}",
            org.slug
        );
    }
}
