//! How the registry is stored: a full-text index without a second copy of its text, and imports
//! written in batches that store exactly what records written one at a time store.

use std::collections::BTreeSet;

use time::OffsetDateTime;
use userled::db::revisions::{Action, Change, Summary};
use userled::db::{self, Pool, organisations};
use userled::domain::Organisation;
use userled::domain::vocabulary::UserLedDegree;
use userled::{interchange, now};

use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, TestResponse, create_moderator, empty_pool,
    generated_pool, generated_registry,
};

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
    Change::by_process(Action::Import, "import", Summary::Import)
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

#[tokio::test]
async fn an_import_gives_the_search_index_back_its_usual_memory_for_writes() {
    // An import lets FTS5 hold more of the index in memory before writing it out; the setting is
    // kept in the database, so the server's writes after it would hold as much.
    let pool = empty_pool().await;
    let hashsize = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT v FROM organisation_search_config WHERE k = 'hashsize'",
        )
        .fetch_optional(&pool)
        .await
        .unwrap()
        .unwrap_or(1 << 20)
    };
    assert_eq!(hashsize().await, 1 << 20, "FTS5's default");
    let file = interchange::to_file(&generated_registry(300)).unwrap();
    interchange::import(&pool, &file, now()).await.unwrap();
    assert_eq!(hashsize().await, 1 << 20);
}

/// One revision of a history page as read: its number, its line of when, what, who and why, and
/// its table of changes (field, before, after).
type RevisionSeen = (String, String, Vec<(String, String, String)>);

fn revisions_seen(page: &TestResponse) -> Vec<RevisionSeen> {
    let html = page.html();
    let select = |selector: &str| scraper::Selector::parse(selector).unwrap();
    let text = |element: scraper::ElementRef| {
        element
            .text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    html.select(&select("ol.revisions > li"))
        .map(|li| {
            let number = li.value().attr("value").unwrap_or_default().to_owned();
            let meta = li.select(&select("p.muted")).map(text).collect();
            let changes = li
                .select(&select("table.diff tbody tr"))
                .map(|tr| {
                    let cell = |s: &str| tr.select(&select(s)).map(text).collect::<String>();
                    (cell("th"), cell("td.before del"), cell("td.after ins"))
                })
                .collect();
            (number, meta, changes)
        })
        .collect()
}

/// A moderator's restore of revision `number` of `slug`, from its history page.
async fn restore(moderator: &mut Browser, slug: &str, number: i64) {
    let page = moderator
        .get(&format!("/organisations/{slug}/history"))
        .await;
    let token = page.attrs("input[name=csrf_token]", "value")[0].clone();
    let done = moderator
        .post_form(
            &format!("/organisations/{slug}/history/{number}/restore"),
            &[("csrf_token", token.as_str())],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
}

/// A version of the record "Old Peers" as a registry file gives it.
fn old_peers(description: &str, city: &str, categories: &[&str]) -> Organisation {
    let record = serde_json::json!({
        "slug": "old-peers",
        "name": "Old Peers",
        "description": description,
        "categories": categories,
        "countries": ["DE"],
        "city": city,
        "status": "active",
        "user_led_degree": "user_led",
        "degree_note": "Run by its members.",
        "sources": [{"url": "https://old-peers.example/", "title": "Their website", "note": null}],
    });
    let file = serde_json::json!({"format": interchange::FORMAT, "organisations": [record]});
    interchange::parse(&file.to_string(), &BTreeSet::new(), 2026)
        .unwrap()
        .remove(0)
}

/// A database as userled left it before revisions were kept compact (migrations up to 0008):
/// "Old Peers" with four revisions in the form of then, each with its record's JSON in full and
/// its summary in English words.
async fn database_from_before_compact_revisions() -> Pool {
    let pool = db::connect_in_memory().await.unwrap();
    let migrations = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
    sqlx::migrate::Migrator::new(std::path::Path::new(migrations))
        .await
        .unwrap()
        .run_to(8, &pool)
        .await
        .unwrap();
    let versions = [
        old_peers("A peer group.", "Kassel", &["mutual_aid"]),
        old_peers("A peer group meeting weekly.", "Kassel", &["mutual_aid"]),
        old_peers("A peer group meeting weekly.", "Göttingen", &["mutual_aid"]),
        old_peers(
            "A peer group meeting weekly.",
            "Göttingen",
            &["mutual_aid", "advocacy"],
        ),
    ];
    sqlx::raw_sql(
        "INSERT INTO organisations (id, slug, name, description, city, status, user_led_degree,
             degree_note, visibility, created_at, updated_at)
         VALUES (1, 'old-peers', 'Old Peers', 'A peer group meeting weekly.', 'Göttingen',
                 'active', 'user_led', 'Run by its members.', 'listed', '2025-01-01T10:00:00Z',
                 '2025-04-01T10:00:00Z');
         INSERT INTO organisation_categories VALUES (1, 'mutual_aid'), (1, 'advocacy');
         INSERT INTO organisation_countries VALUES (1, 'DE');
         INSERT INTO sources (organisation_id, position, url, title)
         VALUES (1, 0, 'https://old-peers.example/', 'Their website');",
    )
    .execute(&pool)
    .await
    .unwrap();
    let revisions = [
        ("import", "import", "Imported from a registry file"),
        ("edit", "alice", "Edited"),
        ("edit", "alice", "Phoned them; they moved."),
        ("approval", "alice", "Approved contribution ABC-123"),
    ];
    for (i, ((action, actor, summary), record)) in revisions.iter().zip(&versions).enumerate() {
        sqlx::query(
            "INSERT INTO revisions (organisation_id, number, created_at, action, actor, summary,
                 record)
             VALUES (1, ?, ?, ?, ?, ?, ?)",
        )
        .bind(i as i64 + 1)
        .bind(format!("2025-0{}-01T10:00:00Z", i + 1))
        .bind(action)
        .bind(actor)
        .bind(summary)
        .bind(serde_json::to_string(record).unwrap())
        .execute(&pool)
        .await
        .unwrap();
    }
    pool
}

#[tokio::test]
async fn revisions_written_before_the_migration_read_diff_and_restore_as_before() {
    let pool = database_from_before_compact_revisions().await;
    db::migrate(&pool).await.unwrap();
    let kinds: Vec<(i64, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT number, summary_kind, summary_argument FROM revisions ORDER BY number",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let kind = |n: i64, kind: Option<&str>, argument: Option<&str>| {
        (n, kind.map(str::to_owned), argument.map(str::to_owned))
    };
    assert_eq!(
        kinds,
        [
            kind(1, Some("import"), None),
            kind(2, Some("edit"), None),
            kind(3, None, None),
            kind(4, Some("approval"), Some("ABC-123")),
        ]
    );
    create_moderator(&pool).await;
    let app = TestApp::with_pool(pool.clone()).await;
    assert_eq!(
        app.names("q=gottingen").await,
        ["Old Peers"],
        "indexed again"
    );

    let change = |field: &str, before: &str, after: &str| {
        (field.to_owned(), before.to_owned(), after.to_owned())
    };
    let history = app.get("/de/organisations/old-peers/history").await;
    let seen = revisions_seen(&history);
    let numbers: Vec<&str> = seen.iter().map(|(n, ..)| n.as_str()).collect();
    assert_eq!(numbers, ["4", "3", "2", "1"]);
    let metas: Vec<&str> = seen.iter().map(|(_, meta, _)| meta.as_str()).collect();
    for (meta, words) in metas.iter().zip([
        "Beitrag ABC-123 freigegeben",
        "Phoned them; they moved.",
        "Bearbeitet",
        "Aus einer Registerdatei importiert",
    ]) {
        assert!(meta.contains(words), "{meta}");
    }
    assert!(metas[0].contains("Beitrag freigegeben") && metas[3].contains("Importiert"));
    assert_eq!(
        seen[0].2,
        [change(
            "Kategorien",
            "Selbsthilfe",
            "Selbsthilfe, Interessenvertretung"
        )]
    );
    assert_eq!(
        seen[1].2,
        [change("Stadt oder Region", "Kassel", "Göttingen")]
    );
    assert_eq!(
        seen[2].2,
        [change(
            "Beschreibung",
            "A peer group.",
            "A peer group meeting weekly."
        )]
    );
    assert!(seen[3].2.len() > 5, "the first lists every field filled in");

    // Restoring the first: a new revision, whose record is the organisation as now stored.
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    restore(&mut moderator, "old-peers", 1).await;
    let api = app.get("/api/v1/organisations/old-peers").await.json();
    assert_eq!(
        (&api["city"], &api["description"]),
        (
            &serde_json::json!("Kassel"),
            &serde_json::json!("A peer group.")
        )
    );
    let seen = revisions_seen(&app.get("/de/organisations/old-peers/history").await);
    assert_eq!(seen.len(), 5);
    assert!(
        seen[0].1.contains("Version 1 wiederhergestellt"),
        "{}",
        seen[0].1
    );
    assert_eq!(
        seen[0].2,
        [
            change(
                "Kategorien",
                "Selbsthilfe, Interessenvertretung",
                "Selbsthilfe"
            ),
            change("Stadt oder Region", "Göttingen", "Kassel"),
            change(
                "Beschreibung",
                "A peer group meeting weekly.",
                "A peer group."
            ),
        ]
    );

    // Restoring the last of before: revision 5 keeps its record now, compressed, and reads the
    // same.
    restore(&mut moderator, "old-peers", 4).await;
    let stored: (String, Option<Vec<u8>>) =
        sqlx::query_as("SELECT record, record_deflated FROM revisions WHERE number = 5")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(stored.0.is_empty() && stored.1.is_some_and(|b| !b.is_empty()));
    let after = revisions_seen(&app.get("/de/organisations/old-peers/history").await);
    assert_eq!(after.len(), 6);
    assert_eq!(after[1..], seen[..]);
    let api = app.get("/api/v1/organisations/old-peers").await.json();
    assert_eq!(api["city"], "Göttingen");
}

#[tokio::test]
async fn history_keeps_no_copy_of_the_stored_record_and_a_compressed_one_of_each_replaced() {
    let app = TestApp::seeded().await;
    let copies = || async {
        sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT count(*), count(NULLIF(record, '')), count(record_deflated) FROM revisions",
        )
        .fetch_one(&app.pool)
        .await
        .unwrap()
    };
    let (revisions, texts, deflated) = copies().await;
    assert_eq!((texts, deflated), (0, 0), "{revisions} revisions");
    assert_eq!(revisions as usize, crate::helpers::seed_len());

    // A change keeps the record it replaces, and history shows it as before.
    let mut seed: serde_json::Value = serde_json::from_str(interchange::SEED).unwrap();
    let first = &mut seed["organisations"][0];
    let slug = first["slug"].as_str().unwrap().to_owned();
    first["description"] = "Changed.".into();
    let file = serde_json::json!({"format": interchange::FORMAT, "organisations": [first]});
    interchange::import(&app.pool, &file.to_string(), now())
        .await
        .unwrap();
    assert_eq!(copies().await, (revisions + 1, 0, 1));
    let seen = revisions_seen(&app.get(&format!("/organisations/{slug}/history")).await);
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].2.len(), 1);
    assert_eq!(seen[0].2[0].2, "Changed.");
    assert!(seen[1].2.len() > 5);
}

#[tokio::test]
async fn a_registry_takes_less_than_twice_as_much_room_in_the_database_as_in_its_file() {
    let records = generated_registry(2500);
    let mut file = Vec::new();
    interchange::write_compact(&mut file, &records).unwrap();
    let pool = empty_pool().await;
    let empty: i64 = sqlx::query_scalar(
        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    interchange::import(&pool, std::str::from_utf8(&file).unwrap(), now())
        .await
        .unwrap();
    let size: i64 = sqlx::query_scalar(
        "SELECT (page_count - freelist_count) * page_size
         FROM pragma_page_count(), pragma_freelist_count(), pragma_page_size()",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let tables: Vec<(String, i64)> = sqlx::query_as(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    // Records in full in the file; in the database, a full-text index, indexes and history too
    // (before: a copy of every record in its revision, and of the indexed text: three times).
    let ratio = (size - empty) as f64 / file.len() as f64;
    assert!(ratio < 1.6, "{ratio:.2}: {tables:?}");
}

#[tokio::test]
async fn an_export_read_a_batch_at_a_time_writes_the_file_of_all_the_records() {
    let at = now();
    let pool = empty_pool().await;
    assert_eq!(
        interchange::export(&pool, at.year()).await.unwrap(),
        interchange::to_file(&[]).unwrap()
    );
    // More than two batches, the last one short.
    let file = interchange::to_file(&generated_registry(2_100)).unwrap();
    interchange::import(&pool, &file, at).await.unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let all = userled::db::organisations::load_all(&mut conn, at.year())
        .await
        .unwrap();
    drop(conn);
    assert!(all.len() > 2_000, "{}", all.len());
    assert_eq!(
        interchange::export(&pool, at.year()).await.unwrap(),
        interchange::to_file(&all).unwrap()
    );
}

/// A record reads back exactly as it was written: every list in its own order, not sorted, and
/// relations in theirs, whatever order their targets' ids and slugs run in.
#[tokio::test]
async fn every_record_reads_back_as_it_was_written() {
    let (pool, mut records) = generated_pool(600).await;
    let year = now().year();
    records.sort_by(|a, b| a.slug.cmp(&b.slug));
    // The registry holds what the test is about: lists whose order no sort would give.
    let out_of_order = |lists: Vec<Vec<String>>| lists.iter().filter(|l| !l.is_sorted()).count();
    let relations = records
        .iter()
        .map(|org| {
            org.relations
                .iter()
                .map(|r| r.target.as_str().to_owned())
                .collect()
        })
        .collect();
    let sources = records
        .iter()
        .map(|org| org.sources.iter().map(|s| s.url.to_string()).collect())
        .collect();
    let (relations, sources) = (out_of_order(relations), out_of_order(sources));
    assert!(relations > 5 && sources > 5, "{relations}, {sources}");

    let mut conn = pool.acquire().await.unwrap();
    let stored = organisations::load_all(&mut conn, year).await.unwrap();
    assert_eq!(stored.len(), records.len());
    for (stored, written) in stored.iter().zip(&records) {
        assert_eq!(stored, written, "{}", written.slug);
        let page = organisations::page_by_slug(&mut conn, written.slug.as_str(), year)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(&page.record, written, "{}", written.slug);
        assert!(page.incoming.is_sorted_by_key(|(source, _)| *source));
    }
}
