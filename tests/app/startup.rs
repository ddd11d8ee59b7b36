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

#[test]
fn personal_data_stays_out_of_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    let server = Server::start(&database);
    let email = "someone.private@example.org";
    let body = serde_json::json!({
        "name": "Logged Nowhere Group",
        "description": "Checks what the log holds.",
        "categories": ["advocacy"],
        "user_led_degree": "unclear",
        "degree_note": "Not known.",
        "sources": [{"url": "https://example.org/", "title": "Example"}],
        "contact_email": email
    })
    .to_string();
    let (status, _) = server.post_json("/api/v1/submissions", &body);
    assert_eq!(status, 202);
    let (status, _) = server.get("/organisations?q=private+search+words");
    assert_eq!(status, 200);
    let (_, log) = server.stop();
    let log = log.join("\n");
    assert!(
        log.contains("path=\"/api/v1/submissions\""),
        "requests are logged: {log}"
    );
    for private in [
        email,
        "private search words",
        "private+search",
        "127.0.0.1:",
    ] {
        let found = log
            .lines()
            .filter(|line| !line.contains("listening on"))
            .any(|line| line.contains(private));
        assert!(!found, "the log holds {private:?}:\n{log}");
    }
}

#[test]
fn admin_create_reads_the_password_from_standard_input() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    let create = |password: &str, username: &str| {
        let mut child = userled(&database)
            .args(["admin", "create", "--username", username])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // A refusal before the password is read closes the pipe first: that write may fail.
        let _ = writeln!(child.stdin.take().unwrap(), "{password}");
        child.wait_with_output().unwrap()
    };
    let short = create("short", "alice");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12 characters"));
    let bad_name = create("long enough password", "a b");
    assert!(!bad_name.status.success());
    assert!(String::from_utf8_lossy(&bad_name.stderr).contains("--username"));

    let ok = create("long enough password", "alice");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let pool = userled::db::connect(&database).await.unwrap();
        let mut conn = pool.acquire().await.unwrap();
        let account = userled::db::moderators::find(&mut conn, "ALICE")
            .await
            .unwrap()
            .expect("the account, found regardless of case");
        assert!(account.password_hash.starts_with("$argon2id$"));
        assert!(userled::auth::verify_password(
            Some(&account.password_hash),
            "long enough password"
        ));
    });
}
