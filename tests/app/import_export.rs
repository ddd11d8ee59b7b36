use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use serde_json::{Value, json};
use userled::domain::{Slug, vocabulary::EventKind, vocabulary::UserLedDegree};
use userled::interchange::{self, ImportError, ImportReport};

use crate::helpers::{empty_pool, organisation_count, seed_len, seeded_pool, userled};

/// A valid record with only the required fields.
fn record(name: &str) -> Value {
    json!({
        "name": name,
        "description": "A group used in tests.",
        "categories": ["advocacy"],
        "user_led_degree": "unclear",
        "degree_note": "Made up for a test.",
        "sources": [{"url": "https://example.org/", "title": "Example"}]
    })
}

fn file(records: Vec<Value>) -> String {
    json!({"format": "userled-registry/1", "organisations": records}).to_string()
}

fn write_file(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `userled import FILE`, which must succeed.
fn import(database: &Path, file: &Path) {
    let output = userled(database).arg("import").arg(file).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A database file holding the seed, made with `import` itself.
fn seeded_database(dir: &Path) -> std::path::PathBuf {
    let database = dir.join("userled.db");
    let seed = write_file(dir, "seed.json", interchange::SEED);
    import(&database, &seed);
    database
}

fn export(database: &Path) -> String {
    let output = userled(database).arg("export").output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn an_invalid_file_reports_every_problem_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let database = seeded_database(dir.path());
    let before = export(&database);

    let mut unknown_category = record("Unknown Category Group");
    unknown_category["categories"] = json!(["advocacy", "self_help"]);
    let mut bad_country = record("Bad Country Group");
    bad_country["countries"] = json!(["XX"]);
    let mut future = record("Future Group");
    future["founded_year"] = json!(2999);
    let mut sourceless = record("Sourceless Group");
    sourceless["sources"] = json!([]);
    // A valid new record and a valid change to a stored one: neither may be written.
    let mut renamed = record("San Patrignano, renamed");
    renamed["slug"] = json!("san-patrignano");
    let bad = write_file(
        dir.path(),
        "bad.json",
        &file(vec![
            record("A Valid Newcomer"),
            unknown_category,
            bad_country,
            future,
            sourceless,
            renamed,
        ]),
    );

    let output = userled(&database).arg("import").arg(&bad).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let current_year = userled::now().year();
    for expected in [
        "record 2 (\"Unknown Category Group\"): categories[1]: unknown value \"self_help\"; \
         expected one of: mutual_aid, recovery_enterprise, harm_reduction, advocacy, research",
        "record 3 (\"Bad Country Group\"): countries[0]: \"XX\" is not an assigned ISO 3166-1 \
         country code",
        &format!(
            "record 4 (\"Future Group\"): founded_year: 2999 is not a year from 1900 to {current_year}"
        ),
        "record 5 (\"Sourceless Group\"): sources: give at least one source",
        "4 problem(s); nothing was imported",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert!(!stderr.contains("record 1 "), "{stderr}");
    assert!(!stderr.contains("record 6 "), "{stderr}");

    assert_eq!(
        export(&database),
        before,
        "a rejected import changed the registry"
    );
}

#[test]
fn export_import_export_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first = export(&seeded_database(dir.path()));

    let exported = write_file(dir.path(), "exported.json", &first);
    let fresh = dir.path().join("fresh.db");
    import(&fresh, &exported);
    let second = export(&fresh);

    assert_eq!(first, second);
    // The committed seed is itself in canonical form, so diffs of it stay meaningful.
    assert_eq!(first, interchange::SEED);
}

#[test]
fn import_reads_standard_input_and_reports_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let database = seeded_database(dir.path());
    let mut child = userled(&database)
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(interchange::SEED.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let n = seed_len();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        format!("imported {n} record(s): 0 created, 0 updated, {n} unchanged\n")
    );
}

#[test]
fn a_file_that_is_not_a_registry_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    for (name, text, expected) in [
        ("broken.json", "{\"format\": ", "not a registry file"),
        ("array.json", "[]", "not a registry file"),
        (
            "future.json",
            "{\"format\": \"userled-registry/9\", \"organisations\": []}",
            "format \"userled-registry/9\" is not supported",
        ),
    ] {
        let path = write_file(dir.path(), name, text);
        let output = userled(&database)
            .arg("import")
            .arg(&path)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{name} was accepted");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{name}: {stderr}");
    }
}

#[tokio::test]
async fn type_errors_and_unknown_keys_name_their_field() {
    let pool = empty_pool().await;
    let mut wrong_type = record("Wrong Type");
    wrong_type["founded_year"] = json!("nineteen");
    let mut typo = record("Typo");
    typo["countrys"] = json!(["DK"]);
    let mut nested = record("Nested");
    nested["sources"] = json!([{"url": "https://example.org/", "title": "x", "pages": 3}]);

    let Err(ImportError::Invalid(problems)) =
        interchange::import(&pool, &file(vec![wrong_type, typo, nested]), userled::now()).await
    else {
        panic!("the file was accepted");
    };
    let located: Vec<_> = problems
        .iter()
        .map(|p| (p.position, p.field.as_deref()))
        .collect();
    assert_eq!(
        located,
        [
            (Some(1), Some("founded_year")),
            (Some(2), Some("countrys")),
            (Some(3), Some("sources[0].pages"))
        ]
    );
    assert!(
        problems[2].message.contains("pages"),
        "{}",
        problems[2].message
    );
    assert_eq!(organisation_count(&pool).await, 0);
}

#[test]
fn numbers_may_be_written_as_text() {
    let mut counted = record("Counted Group");
    counted["founded_year"] = json!("1994");
    counted["facts"] = json!([{"label": "Members", "value": "67 000", "year": ""}]);
    let records = interchange::parse(&file(vec![counted]), &Default::default(), 2026).unwrap();
    assert_eq!(records[0].founded_year.map(|y| y.get()), Some(1994));
    let fact = &records[0].facts[0];
    assert_eq!((fact.value, fact.year), (67_000, None));
}

#[tokio::test]
async fn relations_must_point_at_a_known_organisation() {
    let pool = seeded_pool().await;
    let mut member = record("New Local Group");
    member["relations"] = json!([
        {"kind": "member_of", "target": "jes-network"},
        {"kind": "partner_of", "target": "nobody-we-know"}
    ]);
    let Err(ImportError::Invalid(problems)) =
        interchange::import(&pool, &file(vec![member.clone()]), userled::now()).await
    else {
        panic!("the file was accepted");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field.as_deref(), Some("relations[1].target"));

    // A target stored earlier, or one in the same file, is fine.
    member["relations"] = json!([
        {"kind": "member_of", "target": "jes-network"},
        {"kind": "partner_of", "target": "newer-group"}
    ]);
    let report = interchange::import(
        &pool,
        &file(vec![member, record("Newer Group")]),
        userled::now(),
    )
    .await
    .unwrap();
    assert_eq!(report.created, 2);
}

#[tokio::test]
async fn duplicate_slugs_in_one_file_are_rejected() {
    let pool = empty_pool().await;
    let Err(ImportError::Invalid(problems)) = interchange::import(
        &pool,
        &file(vec![record("Twins"), record("twins")]),
        userled::now(),
    )
    .await
    else {
        panic!("the file was accepted");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].position, Some(2));
    assert!(problems[0].message.contains("already used by record 1"));
}

#[tokio::test]
async fn import_updates_by_slug_and_never_loses_history() {
    let pool = seeded_pool().await;
    let slug = Slug::parse("san-patrignano").unwrap();
    let year = userled::now().year();
    let stored = {
        let mut conn = pool.acquire().await.unwrap();
        userled::db::organisations::find_by_slug(&mut conn, &slug, year)
            .await
            .unwrap()
            .unwrap()
    };
    // The same record with a new degree and no events at all.
    let mut changed: Value = serde_json::to_value(&stored).unwrap();
    changed["user_led_degree"] = json!("formalised");
    changed["events"] =
        json!([{"year": 1990, "kind": "other", "note": "Something new.", "source_url": null}]);

    let report = interchange::import(&pool, &file(vec![changed]), userled::now())
        .await
        .unwrap();
    assert_eq!(
        report,
        ImportReport {
            created: 0,
            updated: 1,
            unchanged: 0
        }
    );
    assert_eq!(organisation_count(&pool).await, seed_len() as i64);

    let mut conn = pool.acquire().await.unwrap();
    let updated = userled::db::organisations::find_by_slug(&mut conn, &slug, year)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(updated.user_led_degree, UserLedDegree::Formalised);
    assert_eq!(updated.evaluations, stored.evaluations);
    let kinds: Vec<(i32, EventKind)> = updated
        .events
        .iter()
        .map(|e| (e.year.get(), e.kind))
        .collect();
    assert_eq!(
        kinds,
        [(1990, EventKind::Other), (year, EventKind::DegreeChanged)],
        "the new event is added and the reassessment recorded"
    );
}

#[tokio::test]
async fn a_relation_survives_when_its_target_is_updated() {
    let pool = seeded_pool().await;
    let year = userled::now().year();
    let network = Slug::parse("jes-network").unwrap();
    let bonn = Slug::parse("jes-bonn").unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let stored = userled::db::organisations::find_by_slug(&mut conn, &network, year)
        .await
        .unwrap()
        .unwrap();
    drop(conn);
    let mut changed = serde_json::to_value(&stored).unwrap();
    changed["description"] = json!("A new description.");
    interchange::import(&pool, &file(vec![changed]), userled::now())
        .await
        .unwrap();

    let mut conn = pool.acquire().await.unwrap();
    let member = userled::db::organisations::find_by_slug(&mut conn, &bonn, year)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(member.relations.len(), 1);
    assert_eq!(member.relations[0].target, network);
}
