//! Many requests at once, over a real SQLite file (an in-memory database has no locking to
//! contend for): limits hold however many requests are in flight, racing decisions give one
//! success and 409s, a write that cannot get the database in time answers 503 with
//! `Retry-After`, and an import runs while the server writes. Never a 500.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tokio::sync::Barrier;
use userled::db::{self, Pool};
use userled::interchange;

use crate::contribute::{organisation_form, submit};
use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, TestResponse, create_moderator, form_values,
    import_api_records, submission_count, with_token,
};

/// The fixture in a database file of `dir`, whose writers wait `busy_timeout` for the lock.
async fn file_pool(dir: &Path, busy_timeout: Duration) -> Pool {
    let pool = db::connect_with_busy_timeout(&dir.join("userled.db"), busy_timeout)
        .await
        .unwrap();
    db::migrate(&pool).await.unwrap();
    interchange::import(&pool, include_str!("fixture.json"), userled::now())
        .await
        .unwrap();
    pool
}

/// The app over the fixture in a database file, with a moderator, and default limits unless
/// `limits` says otherwise.
async fn file_app(
    dir: &Path,
    busy_timeout: Duration,
    limits: Option<userled::web::Limits>,
) -> TestApp {
    let pool = file_pool(dir, busy_timeout).await;
    create_moderator(&pool).await;
    let app = TestApp::with_pool(pool).await;
    match limits {
        Some(limits) => app.limited(limits),
        None => app,
    }
}

fn many_submissions() -> userled::web::Limits {
    userled::web::Limits {
        submissions_per_hour: 100_000,
        ..Default::default()
    }
}

/// A valid API submission.
fn api_record(name: &str) -> serde_json::Value {
    json!({
        "name": name,
        "description": "Sent at the same time as many others.",
        "categories": ["mutual_aid"],
        "user_led_degree": "unclear",
        "degree_note": "Not known.",
        "sources": [{"url": "https://example.org/", "title": "Example"}]
    })
}

/// How many answers had each status.
fn tally(responses: &[TestResponse]) -> BTreeMap<u16, usize> {
    let mut counts = BTreeMap::new();
    for response in responses {
        *counts.entry(response.status).or_default() += 1;
    }
    counts
}

/// Runs every request at once: each task waits at a barrier until all are ready.
async fn all_at_once<F, Fut>(browsers: Vec<Browser>, request: F) -> Vec<TestResponse>
where
    F: Fn(usize, Browser) -> Fut,
    Fut: std::future::Future<Output = TestResponse> + Send + 'static,
{
    let barrier = Arc::new(Barrier::new(browsers.len()));
    let tasks: Vec<_> = browsers
        .into_iter()
        .enumerate()
        .map(|(i, browser)| {
            let barrier = barrier.clone();
            let request = request(i, browser);
            tokio::spawn(async move {
                barrier.wait().await;
                request.await
            })
        })
        .collect();
    let mut responses = Vec::new();
    for task in tasks {
        responses.push(task.await.unwrap());
    }
    responses
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_parallel_submissions_from_one_address_store_at_most_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, None).await;
    let limit = userled::web::Limits::default().submissions_per_hour;
    let mut first = Browser::new(&app);
    let token = first.csrf("/submit").await;
    let browsers = vec![first; 200];
    // Half through the form, half through the API, all from the same address.
    let responses = all_at_once(browsers, |i, mut browser| {
        let token = token.clone();
        async move {
            let name = format!("Parallel Group {i}");
            if i % 2 == 0 {
                browser
                    .post_json("/api/v1/submissions", &api_record(&name))
                    .await
            } else {
                let form = organisation_form(&name);
                browser
                    .post_form("/submit", &with_token(&token, &form))
                    .await
            }
        }
    })
    .await;
    let counts = tally(&responses);
    let stored = submission_count(&app.pool).await;
    eprintln!("200 parallel submissions from one address: {counts:?}, {stored} stored");
    assert_eq!(stored, limit as i64, "{counts:?}");
    let accepted = counts.get(&202).unwrap_or(&0) + counts.get(&303).unwrap_or(&0);
    assert_eq!(accepted, limit, "{counts:?}");
    assert_eq!(counts.get(&429), Some(&(200 - limit)), "{counts:?}");
    for response in responses.iter().filter(|r| r.status == 429) {
        assert!(response.header("retry-after").parse::<u64>().unwrap() > 0);
    }
}

/// A sign-in attempt.
async fn sign_in(mut browser: Browser, username: String, password: &str) -> TestResponse {
    let token = browser.cookies["userled_csrf"].clone();
    browser
        .post_form(
            "/admin/sign-in",
            &[
                ("csrf_token", &token),
                ("username", &username),
                ("password", password),
            ],
        )
        .await
}

/// A browser from `address` that has opened the sign-in page.
async fn at_sign_in(app: &TestApp, address: &str) -> Browser {
    let mut browser = Browser::new(app).from(address);
    browser.csrf("/admin/sign-in").await;
    browser
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_reach_the_password_check_at_most_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, None).await;
    let limits = userled::web::Limits::default();

    // One username from twenty addresses: only the username's limit applies. A 401 is an answer
    // after a password check; a 429 comes before any.
    let mut browsers = Vec::new();
    for i in 0..20 {
        browsers.push(at_sign_in(&app, &format!("198.51.100.{}", i + 1)).await);
    }
    let responses = all_at_once(browsers, |_, browser| {
        sign_in(browser, MODERATOR.to_owned(), "wrong password")
    })
    .await;
    let counts = tally(&responses);
    eprintln!("20 parallel wrong passwords for one user: {counts:?}");
    assert_eq!(
        counts.get(&401),
        Some(&limits.sign_in_failures_per_user),
        "{counts:?}"
    );
    assert_eq!(
        counts.get(&429),
        Some(&(20 - limits.sign_in_failures_per_user)),
        "{counts:?}"
    );
    for response in responses.iter().filter(|r| r.status == 429) {
        assert!(response.header("retry-after").parse::<u64>().unwrap() > 0);
    }

    // Forty usernames from one address: the address's limit applies.
    let scanner = at_sign_in(&app, "203.0.113.66").await;
    let responses = all_at_once(vec![scanner; 40], |i, browser| {
        sign_in(browser, format!("user{i}"), "x")
    })
    .await;
    let counts = tally(&responses);
    eprintln!("40 parallel sign-ins for different users from one address: {counts:?}");
    assert_eq!(
        counts.get(&401),
        Some(&limits.sign_in_failures_per_address),
        "{counts:?}"
    );
    assert_eq!(
        counts.get(&429),
        Some(&(40 - limits.sign_in_failures_per_address)),
        "{counts:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_right_password_gives_back_its_reserved_failure() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, None).await;
    // More good sign-ins from one address than its failure limit (20): none counts as a failure.
    let mut browser = at_sign_in(&app, "198.51.100.20").await;
    for _ in 0..21 {
        let response = sign_in(browser.clone(), MODERATOR.to_owned(), PASSWORD).await;
        assert_eq!(response.status, 303, "{}", response.body);
    }
    browser.sign_in(MODERATOR, PASSWORD).await;
}

/// Sends several decisions on one submission at once: approvals through the review page's own
/// form, rejections with a reason.
async fn race(
    moderator: &Browser,
    reference: &str,
    approvals: usize,
    rejections: usize,
) -> Vec<TestResponse> {
    let mut reviewer = moderator.clone();
    let review = reviewer
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    assert_eq!(review.status, 200, "{}", review.body);
    let approve = form_values(
        &review,
        &format!("form[action='/admin/submissions/{reference}/approve']"),
    );
    let token = reviewer.cookies["userled_csrf"].clone();
    let reference = reference.to_owned();
    all_at_once(
        vec![reviewer; approvals + rejections],
        move |i, mut browser| {
            let approve = approve.clone();
            let token = token.clone();
            let reference = reference.clone();
            async move {
                if i < approvals {
                    let pairs: Vec<(&str, &str)> = approve
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect();
                    browser
                        .post_form(&format!("/admin/submissions/{reference}/approve"), &pairs)
                        .await
                } else {
                    browser
                        .post_form(
                            &format!("/admin/submissions/{reference}/reject"),
                            &[("csrf_token", &token), ("reason", "Not user-led.")],
                        )
                        .await
                }
            }
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_decisions_give_one_success_and_409s() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, Some(many_submissions())).await;
    let mut moderator = Browser::new(&app).from("203.0.113.5");
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let mut public = Browser::new(&app);
    let mut all = BTreeMap::new();
    // Two approvals; an approval and a rejection; and four deciders at once, two of each.
    for (round, (approvals, rejections)) in [(2, 0), (1, 1), (2, 2), (2, 0), (1, 1), (2, 2)]
        .into_iter()
        .enumerate()
    {
        // Names unlike each other: an earlier round's published entry is no likely duplicate.
        let name = [
            "Kassel Peer Network",
            "Lisbon Users Union",
            "Gdansk Night Collective",
            "Torino Drug Checking",
            "Utrecht Ervaringsdeskundigen",
            "Nantes Advocacy Circle",
        ][round]
            .to_owned();
        let reference = submit(&mut public, &organisation_form(&name)).await;
        let responses = race(&moderator, &reference, approvals, rejections).await;
        let counts = tally(&responses);
        for (status, n) in &counts {
            *all.entry(*status).or_insert(0) += n;
        }
        assert_eq!(counts.get(&303), Some(&1), "round {round}: {counts:?}");
        assert_eq!(
            counts.get(&409),
            Some(&(approvals + rejections - 1)),
            "round {round}: {counts:?}"
        );
        let (status,): (String,) =
            sqlx::query_as("SELECT status FROM submissions WHERE reference = ?")
                .bind(&reference)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        // The loser is told what happened: which decision, by whom.
        for response in responses.iter().filter(|r| r.status == 409) {
            let expected =
                format!("Submission {reference} has already been {status} by {MODERATOR}");
            assert!(response.body.contains(&expected), "{}", response.body);
        }
        // One decision, and an approval published exactly one organisation.
        let published: i64 =
            sqlx::query_scalar("SELECT count(*) FROM organisations WHERE name = ?")
                .bind(&name)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        assert_eq!(published, i64::from(status == "approved"), "round {round}");
    }
    eprintln!("racing decisions, six rounds: {all:?}");
    assert!(!all.contains_key(&500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_write_that_cannot_get_the_lock_in_time_answers_503_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let busy = Duration::from_millis(200);
    let app = file_app(
        dir.path(),
        busy,
        Some(userled::web::Limits {
            submissions_per_hour: 1,
            ..Default::default()
        }),
    )
    .await;
    let mut public = Browser::new(&app);
    let mut moderator = Browser::new(&app).from("203.0.113.5");
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let reference = {
        let mut other = Browser::new(&app).from("198.51.100.30");
        submit(&mut other, &organisation_form("Waiting Group")).await
    };
    let token = public.csrf("/submit").await;
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    let approve = form_values(
        &review,
        &format!("form[action='/admin/submissions/{reference}/approve']"),
    );
    let approve: Vec<(&str, &str)> = approve
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();

    // Another process holds the write lock, for much longer than the app's busy timeout.
    let holder = db::connect(&dir.path().join("userled.db")).await.unwrap();
    let lock = holder.begin_with("BEGIN IMMEDIATE").await.unwrap();

    let api = public
        .post_json("/api/v1/submissions", &api_record("Locked Out Group"))
        .await;
    assert_eq!(api.status, 503, "{}", api.body);
    assert_eq!(api.header("content-type"), "application/problem+json");
    assert!(api.header("retry-after").parse::<u64>().unwrap() > 0);
    assert_eq!(api.json()["type"], "/api#problem-busy");
    assert!(
        api.json()["detail"]
            .as_str()
            .unwrap()
            .contains("nothing was saved")
    );

    let form = organisation_form("Locked Out Form Group");
    let page = public
        .post_form("/submit", &with_token(&token, &form))
        .await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.header("retry-after").parse::<u64>().unwrap() > 0);
    assert!(page.body.contains("The registry is busy"), "{}", page.body);

    let approval = moderator
        .post_form(&format!("/admin/submissions/{reference}/approve"), &approve)
        .await;
    assert_eq!(approval.status, 503, "{}", approval.body);
    assert!(approval.header("retry-after").parse::<u64>().unwrap() > 0);

    let signing_in = at_sign_in(&app, "198.51.100.31").await;
    let session = sign_in(signing_in, MODERATOR.to_owned(), PASSWORD).await;
    assert_eq!(session.status, 503, "{}", session.body);

    // Reading goes on meanwhile.
    assert_eq!(app.get("/organisations").await.status, 200);
    assert_eq!(app.get("/api/v1/organisations").await.status, 200);

    lock.rollback().await.unwrap();
    assert_eq!(submission_count(&app.pool).await, 1);
    // Nothing was written, and the refused submissions did not use up the address's limit of 1.
    let again = public
        .post_json("/api/v1/submissions", &api_record("Locked Out Group"))
        .await;
    assert_eq!(again.status, 202, "{}", again.body);
    let approval = moderator
        .post_form(&format!("/admin/submissions/{reference}/approve"), &approve)
        .await;
    assert_eq!(approval.status, 303, "{}", approval.body);
}

/// A registry file of `n` new organisations.
fn registry_file(n: usize) -> String {
    let records: Vec<_> = (0..n)
        .map(|i| {
            json!({
                "name": format!("Imported Group {i:05}"),
                "description": "A group imported while the server writes.",
                "categories": ["advocacy"],
                "countries": ["NL"],
                "user_led_degree": "unclear",
                "degree_note": "Made up for a test.",
                "sources": [{"url": "https://example.org/", "title": "Example"}]
            })
        })
        .collect();
    json!({"format": "userled-registry/1", "organisations": records}).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_import_succeeds_while_the_server_writes_and_no_write_fails() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, Some(many_submissions())).await;
    let mut moderator = Browser::new(&app).from("203.0.113.5");
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let mut public = Browser::new(&app);
    let mut references = Vec::new();
    for i in 0..40 {
        let name = format!("Waiting Group {i}");
        references.push(submit(&mut public, &organisation_form(&name)).await);
    }
    let before = submission_count(&app.pool).await;

    // The import runs as `userled import` would: its own connections to the same file.
    let importer = db::connect(&dir.path().join("userled.db")).await.unwrap();
    let text = registry_file(1_500);
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));

    // Submissions and approvals go on until the import is over, and a little after.
    let writers: Vec<_> = (0..2)
        .map(|kind| {
            let mut browser = if kind == 0 {
                public.clone()
            } else {
                moderator.clone()
            };
            let done = done.clone();
            let mut references = references.clone();
            tokio::spawn(async move {
                let mut responses = Vec::new();
                let mut after = 0;
                while after < 3 {
                    if done.load(std::sync::atomic::Ordering::SeqCst) {
                        after += 1;
                    }
                    let response = if kind == 0 {
                        let name = format!("During Import {}", responses.len());
                        browser
                            .post_json("/api/v1/submissions", &api_record(&name))
                            .await
                    } else {
                        let Some(reference) = references.pop() else {
                            break;
                        };
                        decide(&mut browser, &reference).await
                    };
                    responses.push(response);
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                responses
            })
        })
        .collect();
    let started = std::time::Instant::now();
    let report = interchange::import(&importer, &text, userled::now()).await;
    let took = started.elapsed();
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let mut responses = Vec::new();
    for writer in writers {
        responses.extend(writer.await.unwrap());
    }
    let report = report.expect("the import succeeds while the server writes");
    assert_eq!(report.created, 1_500);
    let counts = tally(&responses);
    eprintln!("an import of 1,500 records ({took:.1?}) while the server wrote: {counts:?}");
    for response in &responses {
        assert!(
            matches!(response.status, 202 | 303 | 503),
            "{}: {}",
            response.status,
            response.body
        );
    }
    let written = counts.get(&202).unwrap_or(&0) + counts.get(&303).unwrap_or(&0);
    assert!(written > 0, "{counts:?}");
    let submitted = *counts.get(&202).unwrap_or(&0) as i64;
    assert_eq!(submission_count(&app.pool).await, before + submitted);
    assert_eq!(app.total("q=imported").await, 1_500);
}

/// Approves a submission through its review page.
async fn decide(moderator: &mut Browser, reference: &str) -> TestResponse {
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    assert_eq!(review.status, 200, "{}", review.body);
    let form = form_values(
        &review,
        &format!("form[action='/admin/submissions/{reference}/approve']"),
    );
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    moderator
        .post_form(&format!("/admin/submissions/{reference}/approve"), &pairs)
        .await
}

#[test]
fn the_answers_under_contention_are_in_every_language() {
    use userled::i18n::{Lang, Message};
    let conflict = |lang: Lang, decision: &str| {
        let message = Message::new("conflict-already-decided")
            .with("reference", "UL-ABCD-EFGH")
            .with("decision", decision)
            .with("moderator", "alice");
        lang.message(&message)
    };
    for lang in Lang::ALL {
        for key in ["problem-busy", "busy-problem"] {
            assert!(lang.has(key), "{lang} lacks {key}");
        }
        for count in [1, 2, 5, 22] {
            let detail = lang.tn("busy-detail", count);
            assert!(detail.contains(&count.to_string()), "{lang}: {detail}");
            if lang != Lang::En {
                assert_ne!(detail, Lang::En.tn("busy-detail", count), "{lang}");
            }
        }
        for decision in ["approved", "rejected"] {
            let text = conflict(lang, decision);
            assert!(
                text.contains("UL-ABCD-EFGH") && text.contains("alice"),
                "{lang}: {text}"
            );
            if lang != Lang::En {
                assert_ne!(text, conflict(Lang::En, decision), "{lang}");
            }
        }
        assert_ne!(
            conflict(lang, "approved"),
            conflict(lang, "rejected"),
            "{lang}"
        );
        if lang != Lang::En {
            assert_ne!(lang.t("problem-busy"), Lang::En.t("problem-busy"));
        }
    }
}

/// What a search answers: its total, its items in order and its facets.
fn answer(response: &TestResponse) -> serde_json::Value {
    assert_eq!(response.status, 200, "{}", response.body);
    let body = response.json();
    let slugs: Vec<&str> = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["slug"].as_str().unwrap())
        .collect();
    json!({"total": body["total"], "slugs": slugs, "facets": body["facets"]})
}

/// A hundred searches at once on a server that has not built its catalogue yet: they race to
/// build it and to read and keep the same queries' text matches (some kept ranked, some not),
/// and each answers exactly what the same search asked alone answers.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_parallel_searches_answer_as_each_would_alone() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, None).await;
    let queries = [
        "q=test",
        "q=test&sort=-founded",
        "q=test&category=harm_reduction",
        "q=organisation&country=DE",
        "q=berlin",
        "q=drug+users",
        "q=osnabruck",
        "q=Test",
        "",
        "category=mutual_aid",
        "q=nothingmatchesthis",
    ];
    let path = |i: usize| format!("/api/v1/organisations?per_page=100&{}", queries[i % 11]);
    let browsers: Vec<Browser> = (0..100).map(|_| Browser::new(&app)).collect();
    let responses = all_at_once(browsers, |i, mut browser| {
        let path = path(i);
        async move { browser.get(&path).await }
    })
    .await;

    let alone = TestApp::fixture().await;
    let mut matched = 0;
    for (i, response) in responses.iter().enumerate() {
        let expected = answer(&alone.get(&path(i)).await);
        assert_eq!(answer(response), expected, "{}", path(i));
        matched += usize::from(expected["total"].as_u64().unwrap() > 0);
    }
    // The searches found something, or the comparison would prove little.
    assert!(matched >= 80, "{matched} of 100 searches found something");
}

/// A hundred requests for records at once, right after a change the catalogue has not seen:
/// each reads the registry's version with its record, so each answers the registry as changed
/// (the catalogue rebuilt once for all of them, its rebuilds being one at a time).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_parallel_record_requests_after_a_change_all_see_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = file_app(dir.path(), db::BUSY_TIMEOUT, None).await;
    let hidden = "/api/v1/organisations/jes-osnabruck";
    let renamed = "/api/v1/organisations/alpha-harm-reduction-berlin";
    let mut hiding = app.get(hidden).await.json();
    let mut renaming = app.get(renamed).await.json();
    hiding["visibility"] = json!("unlisted");
    renaming["name"] = json!("Alpha Schadensminderung Berlin");
    import_api_records(&app.pool, &[hiding, renaming]).await;

    let paths = [hidden, renamed, "/organisations/jes-osnabruck"];
    let browsers: Vec<Browser> = (0..100).map(|_| Browser::new(&app)).collect();
    let responses = all_at_once(browsers, |i, mut browser| async move {
        browser.get(paths[i % paths.len()]).await
    })
    .await;
    for (i, response) in responses.iter().enumerate() {
        let path = paths[i % paths.len()];
        match path == renamed {
            true => {
                assert_eq!(response.status, 200, "{path}");
                assert_eq!(response.json()["name"], "Alpha Schadensminderung Berlin");
            }
            false => assert_eq!(response.status, 404, "{path}"),
        }
    }
}
