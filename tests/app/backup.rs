//! `userled backup`: a consistent copy of the live database, taken while the server runs and
//! another process writes.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde_json::json;
use userled::interchange;

use crate::helpers::{Server, seed_len, userled};

/// Records written per import: one transaction each.
const BATCH: usize = 10;

fn batch(number: usize) -> String {
    let records: Vec<_> = (0..BATCH)
        .map(|i| {
            json!({
                "name": format!("Backup Batch {number} Group {i}"),
                "description": "Written while a backup is taken.",
                "categories": ["advocacy"],
                "user_led_degree": "unclear",
                "degree_note": "Made up for a test.",
                "sources": [{"url": "https://example.org/", "title": "Example"}]
            })
        })
        .collect();
    json!({"format": "userled-registry/1", "organisations": records}).to_string()
}

fn backup(database: &Path, file: &Path, extra: &[&str]) -> Output {
    userled(database)
        .arg("backup")
        .args(extra)
        .arg(file)
        .output()
        .unwrap()
}

/// What a backup holds: its integrity check and its number of organisations, read the way any
/// SQLite client would.
async fn inspect(file: &Path) -> (String, i64) {
    let pool = userled::db::open_read_only(file).await.unwrap();
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM organisations")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    (integrity, count)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_writes_go_on_is_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    let server = Server::start(&database);

    // Another process's writes: batches of records, each in one transaction.
    let pool = userled::db::connect(&database).await.unwrap();
    let committed = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn({
        let (committed, stop) = (committed.clone(), stop.clone());
        async move {
            let mut number = 0;
            while !stop.load(Ordering::SeqCst) {
                interchange::import(&pool, &batch(number), userled::now())
                    .await
                    .unwrap();
                number += 1;
                committed.store(number, Ordering::SeqCst);
            }
            pool.close().await;
        }
    });
    while committed.load(Ordering::SeqCst) < 3 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }

    let mut counts = Vec::new();
    for round in 0..5 {
        let file: PathBuf = dir.path().join(format!("backup-{round}.db"));
        let before = committed.load(Ordering::SeqCst);
        let output = {
            let (database, file) = (database.clone(), file.clone());
            tokio::task::spawn_blocking(move || backup(&database, &file, &[]))
                .await
                .unwrap()
        };
        let after = committed.load(Ordering::SeqCst);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let (integrity, count) = inspect(&file).await;
        assert_eq!(integrity, "ok");
        let written = count as usize - seed_len();
        assert_eq!(written % BATCH, 0, "a batch was half copied: {count}");
        // The copy is the registry at one moment between the start and the end of the backup
        // (a batch committing just as it begins may be in it).
        assert!(
            (before * BATCH..=(after + 1) * BATCH).contains(&written),
            "{written} records written; {before} batches before the backup, {after} after"
        );
        counts.push(written / BATCH);
    }
    stop.store(true, Ordering::SeqCst);
    writer.await.unwrap();
    eprintln!(
        "batches in the backups: {counts:?}, {} written in all",
        committed.load(Ordering::SeqCst)
    );
    assert!(
        counts.windows(2).all(|w| w[0] <= w[1]),
        "later backups hold no fewer batches: {counts:?}"
    );
    assert_eq!(server.get("/healthz").0, 200);

    // The copy is a registry userled can serve: restore it as a database of its own.
    let restored = dir.path().join("backup-4.db");
    let output = userled(&restored).arg("export").output().unwrap();
    assert!(output.status.success());
    let exported: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        exported["organisations"].as_array().unwrap().len(),
        seed_len() + counts[4] * BATCH
    );
}

#[tokio::test]
async fn a_backup_never_replaces_a_file_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("userled.db");
    let file = dir.path().join("backup.db");

    let output = backup(&database, &file, &[]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no database at"));
    assert!(!database.exists() && !file.exists());

    userled::prepare(&database).await.unwrap().close().await;
    std::fs::write(&file, "precious").unwrap();
    let output = backup(&database, &file, &[]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");

    let output = backup(&database, &file, &["--force"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(inspect(&file).await, ("ok".to_owned(), seed_len() as i64));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
