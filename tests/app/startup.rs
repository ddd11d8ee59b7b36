use crate::helpers::{Server, organisation_count, seed_len, userled};

#[test]
fn a_fresh_start_creates_migrates_and_seeds_and_a_second_start_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist yet: the server creates it.
    let database = dir.path().join("nested/folder/userled.db");

    let server = Server::start(&database);
    assert_eq!(server.get("/healthz"), (200, "ok\n".to_owned()));
    let (status, log) = server.stop();
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
    assert!(
        log.iter().any(|line| line.contains("shutting down")),
        "{log:?}"
    );
    assert!(database.exists());
    let first = export(&database);
    assert_eq!(count_records(&first), seed_len());

    let server = Server::start(&database);
    assert_eq!(server.get("/healthz").0, 200);
    let (status, log) = server.stop();
    assert!(status.success());
    assert!(
        !log.iter().any(|line| line.contains("seeded")),
        "a second start must not seed again: {log:?}"
    );
    assert_eq!(
        export(&database),
        first,
        "the second start changed the registry"
    );
}

#[tokio::test]
async fn prepare_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    let pool = userled::prepare(&database).await.unwrap();
    let seeded = organisation_count(&pool).await;
    assert_eq!(seeded, seed_len() as i64);
    pool.close().await;

    let pool = userled::prepare(&database).await.unwrap();
    assert_eq!(organisation_count(&pool).await, seeded);
}

#[test]
fn export_refuses_a_database_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("missing.db");
    let output = userled(&database).arg("export").output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no database at"));
    assert!(!database.exists(), "export must not create a database");
}

fn export(database: &std::path::Path) -> String {
    let output = userled(database).arg("export").output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn count_records(file: &str) -> usize {
    let file: serde_json::Value = serde_json::from_str(file).unwrap();
    file["organisations"].as_array().unwrap().len()
}
