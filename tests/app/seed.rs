use std::collections::BTreeSet;

use userled::db::organisations;
use userled::domain::vocabulary::{Category, RelationKind};
use userled::domain::{CountryCode, Organisation, Slug};

use crate::helpers::seeded_pool;

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
