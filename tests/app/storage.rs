//! How the registry is stored: a full-text index without a second copy of its text, and imports
//! written in batches that store exactly what records written one at a time store.

use std::collections::BTreeSet;

use time::OffsetDateTime;
use userled::db::revisions::{Action, Change};
use userled::db::{self, Pool, organisations};
use userled::domain::Organisation;
use userled::domain::vocabulary::UserLedDegree;
use userled::{interchange, now};

use crate::helpers::{TestApp, empty_pool};

#[tokio::test]
async fn the_search_index_keeps_no_copy_of_its_text_and_still_finds_and_ranks() {
    let app = TestApp::fixture().await;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE name LIKE 'organisation_search%' ORDER BY name",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(
        tables.contains(&"organisation_search".to_owned())
            && !tables.contains(&"organisation_search_content".to_owned()),
        "{tables:?}"
    );
    // Every indexed organisation has its row, yet none of its text can be read back.
    let (rows, texts): (i64, i64) = sqlx::query_as(
        "SELECT count(*), count(name) + count(aliases) + count(description) + count(city)
                          + count(activities) + count(sources)
         FROM organisation_search",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((rows, texts), (7, 0), "the unlisted one has no row");

    // Words, prefixes, diacritics, a discreet entry's name only, the ranking and the column
    // filter of city names all work from the index alone.
    assert_eq!(app.names("q=osnabruck").await, ["JES Osnabrück"]);
    assert_eq!(app.names("q=montan").await, ["Colectivo Montañés"]);
    assert_eq!(app.names("q=Epsilon").await, ["Epsilon Discreet Group"]);
    assert_eq!(app.total("q=Quietname").await, 0);
    assert_eq!(app.total("q=Secretville").await, 0);
    assert_eq!(app.total("q=Aarhus").await, 0);
    assert_eq!(
        app.names("q=berlin").await.first().map(String::as_str),
        Some("Alpha Harm Reduction Berlin")
    );
    let terms: i64 =
        sqlx::query_scalar("SELECT doc FROM organisation_search_terms WHERE term = 'osnabruck'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(terms, 1);
}

/// The benchmark's generator of plausible organisations, for a registry of a few thousand.
#[allow(dead_code)]
#[path = "../../benches/synthetic.rs"]
mod synthetic;

/// A generated registry and the seed's records, which have contact details and relations.
fn generated_registry(count: usize) -> Vec<Organisation> {
    let mut records = synthetic::Generator::new(0x5EED_0012)
        .generate(count)
        .unwrap();
    let seed = interchange::parse(interchange::SEED, &BTreeSet::new(), now().year()).unwrap();
    // A generated name may be the seed's: that record gives way (relations to it then point at
    // the seed's).
    let taken: BTreeSet<&str> = seed.iter().map(|org| org.slug.as_str()).collect();
    records.retain(|org| !taken.contains(org.slug.as_str()));
    records.extend(seed);
    records
}

/// The same records with some changed: descriptions, degrees (which add an event), aliases.
fn changed(records: &[Organisation]) -> Vec<Organisation> {
    records
        .iter()
        .enumerate()
        .map(|(i, org)| {
            let mut org = org.clone();
            if i % 7 == 0 {
                org.description.push_str(" It also runs a helpline.");
            }
            if i % 11 == 0 {
                org.user_led_degree = match org.user_led_degree {
                    UserLedDegree::UserLed => UserLedDegree::JointlyLed,
                    _ => UserLedDegree::UserLed,
                };
            }
            if i % 13 == 0 {
                org.aliases.clear();
            }
            org
        })
        .collect()
}

fn import_change() -> Change {
    Change::by_process(Action::Import, "import", "Imported from a registry file")
}

/// Stores records one at a time, as moderation does (`upsert`, its search row refreshed each
/// time), relations once all exist.
async fn store_one_by_one(pool: &Pool, records: &[Organisation], at: OffsetDateTime) {
    let mut tx = db::begin_write(pool).await.unwrap();
    let mut stored = Vec::new();
    for org in records {
        let (id, _, org) = organisations::upsert(&mut tx, org, at, &import_change())
            .await
            .unwrap();
        stored.push((id, org));
    }
    for (id, org) in &stored {
        organisations::replace_relations(&mut tx, *id, org)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// Everything a reader can tell about a registry: its export, the words of its full-text index
/// with their counts, its revisions, and the answers to a set of searches.
async fn everything(pool: &Pool, at: OffsetDateTime) -> Vec<String> {
    let mut seen = vec![interchange::export(pool, at.year()).await.unwrap()];
    let terms: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT term, doc, cnt FROM organisation_search_terms ORDER BY term")
            .fetch_all(pool)
            .await
            .unwrap();
    assert!(terms.len() > 1000, "{} words", terms.len());
    seen.push(format!("{terms:?}"));
    let revisions: Vec<(String, i64, String, String, String)> = sqlx::query_as(
        "SELECT o.slug, r.number, r.created_at, r.action, r.summary FROM revisions r
         JOIN organisations o ON o.id = r.organisation_id ORDER BY o.slug, r.number",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    seen.push(format!("{revisions:?}"));
    let app = TestApp::with_pool(pool.clone()).await.at(at);
    for query in SEARCHES {
        let response = app.get(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(response.status, 200, "{query}");
        seen.push(response.body);
    }
    seen
}

/// Fails at the first part that differs, showing where.
fn assert_same(left: &[String], right: &[String]) {
    assert_eq!(left.len(), right.len());
    for (i, (left, right)) in left.iter().zip(right).enumerate() {
        if let Some(at) = left.bytes().zip(right.bytes()).position(|(l, r)| l != r) {
            let around = |text: &str| {
                let start = text.floor_char_boundary(at.saturating_sub(200));
                let end = text.ceil_char_boundary((at + 200).min(text.len()));
                text[start..end].to_owned()
            };
            panic!(
                "part {i} differs at byte {at}:\n{}\n---\n{}",
                around(left),
                around(right)
            );
        }
        assert_eq!(left.len(), right.len(), "part {i} differs in length");
    }
}

/// Searches whose totals, facets and first pages must not depend on how records were written.
const SEARCHES: &[&str] = &[
    "",
    "q=peer",
    "q=naloxone&category=harm_reduction",
    "q=Dortmund",
    "q=osnabruck",
    "q=festival&country=DE",
    "q=drug%20checking",
    "q=Selbsthilfe&page=2",
    "q=JES",
    "q=Schadensminimierung%20Deutschland",
    "q=nalxone",
    "q=wohnprojekt&sort=name",
    "country=PL&degree=user_led",
];

#[tokio::test]
async fn an_import_stores_exactly_what_records_written_one_at_a_time_store() {
    let at = now();
    let records = generated_registry(1200);
    let file = interchange::to_file(&records).unwrap();
    let imported = empty_pool().await;
    let report = interchange::import(&imported, &file, at).await.unwrap();
    assert_eq!(report.created, records.len());
    let one_by_one = empty_pool().await;
    store_one_by_one(&one_by_one, &records, at).await;
    let first = everything(&imported, at).await;
    assert_same(&first, &everything(&one_by_one, at).await);

    // The same file again changes nothing.
    let report = interchange::import(&imported, &file, at).await.unwrap();
    assert_eq!(report.unchanged, records.len());
    assert_same(&everything(&imported, at).await, &first);

    // Changed records, some from before history was kept (no revision yet): their stored state
    // becomes a baseline revision first, in either way of writing.
    for pool in [&imported, &one_by_one] {
        sqlx::query(
            "DELETE FROM revisions WHERE organisation_id IN
                 (SELECT id FROM organisations WHERE id % 5 = 0)",
        )
        .execute(pool)
        .await
        .unwrap();
    }
    let later = at + time::Duration::days(30);
    let changed = changed(&records);
    let report = interchange::import(&imported, &interchange::to_file(&changed).unwrap(), later)
        .await
        .unwrap();
    assert!(report.updated > records.len() / 5, "{report}");
    store_one_by_one(&one_by_one, &changed, later).await;
    let after = everything(&imported, later).await;
    assert_ne!(after, first);
    assert_same(&after, &everything(&one_by_one, later).await);
    let baselines: i64 =
        sqlx::query_scalar("SELECT count(*) FROM revisions WHERE action = 'baseline'")
            .fetch_one(&imported)
            .await
            .unwrap();
    assert!(baselines > 0);
}

#[tokio::test]
async fn the_search_rows_an_import_writes_are_those_the_migration_backfills() {
    let at = now();
    let pool = empty_pool().await;
    let file = interchange::to_file(&generated_registry(500)).unwrap();
    interchange::import(&pool, &file, at).await.unwrap();
    let terms = || async {
        sqlx::query_as::<_, (String, i64, i64)>(
            "SELECT term, doc, cnt FROM organisation_search_terms ORDER BY term",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    let imported = terms().await;
    sqlx::raw_sql(include_str!("../../migrations/0009_contentless_search.sql"))
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(terms().await, imported);
}
