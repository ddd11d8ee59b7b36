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

/// Runs `userled import FILE`, which must be refused; returns what it printed on standard error.
fn refused(database: &Path, file: &Path) -> String {
    let output = userled(database).arg("import").arg(file).output().unwrap();
    assert!(!output.status.success(), "{} was accepted", file.display());
    String::from_utf8(output.stderr).unwrap()
}

/// Starts `userled import FILE` without waiting for it, its output kept.
fn start_import(database: &Path, file: &Path) -> std::process::Child {
    userled(database)
        .arg("import")
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
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

    let stderr = refused(&database, &bad);
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
fn an_export_whose_reader_stops_early_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    // Far more than a pipe holds (64 KiB), so the export is still writing when the reader goes.
    let records = (0..2_000).map(|i| record(&format!("Group {i}"))).collect();
    import(
        &database,
        &write_file(dir.path(), "many.json", &file(records)),
    );

    let mut child = userled(&database)
        .arg("export")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut start = [0u8; 100];
    std::io::Read::read_exact(&mut stdout, &mut start).unwrap();
    assert!(start.starts_with(b"{\n  \"format\": \"userled-registry/1\""));
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
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
fn a_file_that_is_not_a_registry_file_is_rejected_and_leaves_no_trace() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist: a refused import must not create it.
    let database = dir.path().join("nested/userled.db");
    let mut to_nowhere = record("Lonely Group");
    to_nowhere["relations"] = json!([{"kind": "member_of", "target": "nobody-we-know"}]);
    for (name, text, expected) in [
        (
            "broken.json",
            "{\"format\": ".to_owned(),
            "not a registry file (EOF while parsing",
        ),
        (
            "array.json",
            "[]".to_owned(),
            "the file holds a JSON list, not a registry file",
        ),
        (
            "string.json",
            "\"userled-registry/1\"".to_owned(),
            "the file holds a text, not a registry file",
        ),
        (
            "future.json",
            "{\"format\": \"userled-registry/9\", \"organisations\": []}".to_owned(),
            "format \"userled-registry/9\" is not supported",
        ),
        (
            "formatless.json",
            "{\"organisations\": []}".to_owned(),
            "the file has no \"format\"",
        ),
        (
            "one-record.json",
            "{\"format\": \"userled-registry/1\", \"organisations\": {}}".to_owned(),
            "\"organisations\" must be a list of records",
        ),
        (
            "extra.json",
            "{\"format\": \"userled-registry/1\", \"organisations\": [], \"notes\": 1}".to_owned(),
            "unknown key \"notes\"",
        ),
        (
            "invalid.json",
            file(vec![json!({"name": "Half A Record"})]),
            "record 1 (\"Half A Record\"): description: is required",
        ),
        (
            "to-nowhere.json",
            file(vec![to_nowhere]),
            "no organisation \"nobody-we-know\" in the file or the registry",
        ),
    ] {
        let path = write_file(dir.path(), name, &text);
        let stderr = refused(&database, &path);
        assert!(stderr.contains(expected), "{name}: {stderr}");
        for jargon in ["struct", "FileIn", "invalid type"] {
            assert!(!stderr.contains(jargon), "{name}: {stderr}");
        }
        assert!(
            !dir.path().join("nested").exists(),
            "{name}: a refused import created the database folder"
        );
    }
}

#[test]
fn long_values_are_shortened_and_a_hundred_problems_listed() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    let mut huge = record(&"N".repeat(1_000_000));
    huge["categories"] = json!(["c".repeat(100_000)]);
    huge["founded_year"] = json!("9".repeat(5_000));
    let mut records = vec![huge];
    for i in 0..300 {
        let mut bad = record(&format!("Bad Group {i}"));
        bad["countries"] = json!(["XX"]);
        records.push(bad);
    }
    let path = write_file(dir.path(), "huge.json", &file(records));
    let stderr = refused(&database, &path);
    let first = stderr.lines().next().unwrap();
    let name = format!("record 1 (\"{}…\")", "N".repeat(60));
    assert!(first.starts_with(&name), "{first}");
    assert!(
        stderr.contains(&format!("\"{}…\" (100000 characters)", "c".repeat(60))),
        "{stderr:.2000}"
    );
    assert!(stderr.contains("(5000 characters)"), "{stderr:.2000}");
    assert!(
        stderr.contains("name: is 1,000,000 characters long"),
        "{stderr:.2000}"
    );
    let listed = stderr.lines().filter(|l| l.starts_with("record ")).count();
    assert_eq!(listed, 100, "{stderr:.2000}");
    // Record 1 has 4 problems (name, category, year, ...); every other record one.
    let total: usize = stderr
        .lines()
        .last()
        .unwrap()
        .split(": ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(total > 300, "{stderr:.2000}");
    assert!(
        stderr.contains(&format!(
            "… and {} more problem(s), not listed",
            total - 100
        )),
        "{stderr:.2000}"
    );
    assert!(
        stderr.len() < 40_000,
        "{} bytes of report for a {} byte file",
        stderr.len(),
        std::fs::metadata(&path).unwrap().len()
    );
    assert!(!database.exists(), "a refused import created the database");
}

#[test]
fn a_database_from_a_newer_userled_is_refused_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let database = seeded_database(dir.path());
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let pool = userled::db::connect(&database).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (99990101, 'from the future', 1, x'00', 0)",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
    });
    let seed = write_file(dir.path(), "seed.json", interchange::SEED);
    let commands: [&[&str]; 4] = [
        &["export"],
        &["import", seed.to_str().unwrap()],
        &["admin", "create", "--username", "bob"],
        &["serve", "--bind", "127.0.0.1:0"],
    ];
    for args in commands {
        let mut child = userled(&database)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let _ = writeln!(child.stdin.take().unwrap(), "a long enough password");
        let output = child.wait_with_output().unwrap();
        assert!(!output.status.success(), "{args:?} used a newer database");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("comes from a newer version of userled"),
            "{args:?}: {stderr}"
        );
    }
}

#[tokio::test]
async fn export_reads_a_read_only_database_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let database = seeded_database(dir.path());
    let mut permissions = std::fs::metadata(&database).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&database, permissions).unwrap();
    let before = std::fs::read(&database).unwrap();

    assert_eq!(export(&database), interchange::SEED);
    assert_eq!(std::fs::read(&database).unwrap(), before);

    // The connection export uses is read-only whoever runs it (even root, whom file modes do
    // not stop).
    let pool = userled::db::open_read_only(&database).await.unwrap();
    let write = sqlx::query("DELETE FROM organisations")
        .execute(&pool)
        .await;
    assert!(write.is_err(), "a read-only connection wrote");
    pool.close().await;
    assert_eq!(std::fs::read(&database).unwrap(), before);
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
        .listed
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
        problems.listed[2].message.contains("pages"),
        "{}",
        problems.listed[2].message
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
    assert_eq!(problems.total(), 1);
    assert_eq!(
        problems.listed[0].field.as_deref(),
        Some("relations[1].target")
    );

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
    assert_eq!(problems.total(), 1);
    assert_eq!(problems.listed[0].position, Some(2));
    assert!(
        problems.listed[0]
            .message
            .contains("already used by record 1")
    );
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
    // The seed's own event (the paper describes it as operating in 2017) is kept.
    assert_eq!(
        kinds,
        [
            (1990, EventKind::Other),
            (2017, EventKind::Other),
            (year, EventKind::DegreeChanged)
        ],
        "the new event is added, the stored one kept and the reassessment recorded"
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

/// Valid records enough for several of the batches a file on disk is written in as it is read
/// (500 records each), named by their number.
fn streamed(count: usize) -> Vec<Value> {
    (0..count)
        .map(|i| record(&format!("Streamed Group {i:04}")))
        .collect()
}

/// Imports a file on disk the way `userled import` does: written as it is read.
async fn import_file(
    pool: &userled::db::Pool,
    dir: &Path,
    records: Vec<Value>,
) -> Result<ImportReport, ImportError> {
    let path = write_file(dir, "streamed.json", &file(records));
    let opened = std::fs::File::open(path).unwrap();
    interchange::import_file(pool, opened, userled::now()).await
}

#[tokio::test]
async fn a_problem_found_after_batches_were_written_leaves_the_registry_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let pool = seeded_pool().await;
    let before = interchange::export(&pool, 2026).await.unwrap();
    let mut renamed = record("San Patrignano, renamed");
    renamed["slug"] = json!("san-patrignano");
    let mut records = streamed(1_600);
    // A change to a stored record in the first batch, new records in two more, then a problem.
    records.insert(0, renamed);
    records[1_300]["countries"] = json!(["XX"]);

    let Err(ImportError::Invalid(problems)) = import_file(&pool, dir.path(), records).await else {
        panic!("the file was accepted");
    };
    assert_eq!(problems.total(), 1, "{problems:?}");
    let problem = problems.listed[0].to_string();
    assert!(
        problem.starts_with("record 1301 (\"Streamed Group 1299\"): countries[0]: "),
        "{problem}"
    );
    assert_eq!(interchange::export(&pool, 2026).await.unwrap(), before);
}

#[tokio::test]
async fn relations_are_checked_once_the_whole_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let pool = seeded_pool().await;
    let before = interchange::export(&pool, 2026).await.unwrap();

    // The first record names one in the third batch, and a stored one: both are known.
    let mut records = streamed(1_100);
    records[0]["relations"] = json!([
        {"kind": "member_of", "target": "streamed-group-1050"},
        {"kind": "partner_of", "target": "jes-network"}
    ]);
    // The last names one that is nowhere: the file is refused after every batch was written.
    let mut nowhere = records.clone();
    nowhere[1_099]["relations"] = json!([{"kind": "partner_of", "target": "nobody-we-know"}]);
    let Err(ImportError::Invalid(problems)) = import_file(&pool, dir.path(), nowhere).await else {
        panic!("the file was accepted");
    };
    assert_eq!(
        problems
            .listed
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "record 1100 (\"Streamed Group 1099\"): relations[0].target: no organisation \
          \"nobody-we-know\" in the file or the registry"
        ]
    );
    assert_eq!(interchange::export(&pool, 2026).await.unwrap(), before);

    let report = import_file(&pool, dir.path(), records).await.unwrap();
    assert_eq!(report.created, 1_100);
    assert_eq!(organisation_count(&pool).await as usize, seed_len() + 1_100);
    let exported: Value =
        serde_json::from_str(&interchange::export(&pool, 2026).await.unwrap()).unwrap();
    let first = exported["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|org| org["slug"] == "streamed-group-0000")
        .unwrap();
    assert_eq!(
        first["relations"],
        json!([
            {"kind": "member_of", "target": "streamed-group-1050"},
            {"kind": "partner_of", "target": "jes-network"}
        ])
    );
}

#[tokio::test]
async fn a_slug_used_again_batches_later_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pool = empty_pool().await;
    let mut records = streamed(1_200);
    records[1_150] = record("Streamed Group 0003");
    let Err(ImportError::Invalid(problems)) = import_file(&pool, dir.path(), records).await else {
        panic!("the file was accepted");
    };
    assert_eq!(problems.total(), 1, "{problems:?}");
    assert_eq!(problems.listed[0].position, Some(1_151));
    assert!(
        problems.listed[0]
            .message
            .contains("\"streamed-group-0003\" is already used by record 4"),
        "{problems:?}"
    );
    assert_eq!(organisation_count(&pool).await, 0);
}

#[test]
fn a_file_refused_after_batches_were_written_leaves_no_database_behind() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("nested").join("deeper").join("userled.db");
    let mut records = streamed(1_200);
    records[1_199]["categories"] = json!(["self_help"]);
    let path = write_file(dir.path(), "late-problem.json", &file(records));
    let stderr = refused(&database, &path);
    assert!(
        stderr.contains("record 1200 (\"Streamed Group 1199\"): categories[0]: unknown value"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("nested").exists(),
        "a refused import left the database it created: {stderr}"
    );

    // Into a database that exists, the same file changes nothing, and the database stays.
    let database = seeded_database(dir.path());
    let before = export(&database);
    refused(&database, &path);
    assert_eq!(export(&database), before);
    // The database the seed's import created carries the name asked for, and the name it was
    // built under is gone.
    let beside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(beside.contains(&"userled.db".to_owned()), "{beside:?}");
    assert!(
        !beside.iter().any(|name| name.contains("importing")),
        "{beside:?}"
    );
}

#[test]
fn a_refused_import_into_a_new_database_spares_one_that_lands_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("new").join("userled.db");
    let mut bad = streamed(1_200);
    bad[1_199]["countries"] = json!(["XX"]);
    let bad = write_file(dir.path(), "bad.json", &file(bad));
    let good = write_file(dir.path(), "good.json", &file(streamed(700)));
    let running = [&bad, &good].map(|path| start_import(&database, path));
    let [refusal, success] = running.map(|child| child.wait_with_output().unwrap());
    assert!(!refusal.status.success());
    assert!(
        success.status.success(),
        "{}",
        String::from_utf8_lossy(&success.stderr)
    );
    let exported: Value = serde_json::from_str(&export(&database)).unwrap();
    assert_eq!(exported["organisations"].as_array().unwrap().len(), 700);
}

#[test]
fn imports_at_once_into_one_database_wait_for_each_other_and_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let database = seeded_database(dir.path());
    let files: Vec<_> = ["a", "b", "c"]
        .iter()
        .map(|part| {
            let records = (0..600)
                .map(|i| record(&format!("Parallel {part} {i:03}")))
                .collect();
            write_file(dir.path(), &format!("{part}.json"), &file(records))
        })
        .collect();
    let running: Vec<_> = files
        .iter()
        .map(|path| start_import(&database, path))
        .collect();
    for child in running {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "imported 600 record(s): 600 created, 0 updated, 0 unchanged"
        );
    }
    let exported: Value = serde_json::from_str(&export(&database)).unwrap();
    let organisations = exported["organisations"].as_array().unwrap();
    assert_eq!(organisations.len(), seed_len() + 1_800);
    for part in ["a", "b", "c"] {
        let prefix = format!("parallel-{part}-");
        let count = organisations
            .iter()
            .filter(|org| org["slug"].as_str().unwrap().starts_with(&prefix))
            .count();
        assert_eq!(count, 600, "{prefix}");
    }
}
