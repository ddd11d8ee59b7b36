//! How current entries are: `userled check-links` against servers on this machine only (200,
//! 301, 404, 500, a refused HEAD, a refused connection, a hang), what it stores, the moderators'
//! list of links that did not work and the public note; the list of entries due for checking and
//! marking one checked; a moderator's change of status recorded as a dated event.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::any;
use serde_json::json;
use time::macros::datetime;
use userled::db::{self, Pool};
use userled::{AppState, Clock, interchange};

use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, create_moderator, form_values, userled,
};

/// What the test server saw: user agents and the method of each request, by path.
#[derive(Default)]
struct Seen {
    user_agents: Mutex<Vec<String>>,
    requests: Mutex<Vec<(Method, String)>>,
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
}

/// A server on 127.0.0.1 answering `/ok` 200, `/moved` 301 to `/ok`, `/missing` 404,
/// `/failing` 500, `/head-refused` 405 to HEAD and 200 to GET, `/slow/*` 200 after 300 ms.
async fn test_server(seen: Arc<Seen>) -> SocketAddr {
    let handler = move |method: Method, uri: axum::http::Uri, headers: HeaderMap| {
        let seen = seen.clone();
        async move {
            let agent = headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            seen.user_agents.lock().unwrap().push(agent);
            let path = uri.path().to_owned();
            seen.requests
                .lock()
                .unwrap()
                .push((method.clone(), path.clone()));
            match path.as_str() {
                "/ok" => StatusCode::OK.into_response(),
                "/moved" => {
                    (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, "/ok")]).into_response()
                }
                "/missing" => StatusCode::NOT_FOUND.into_response(),
                "/failing" => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
                "/head-refused" if method == Method::HEAD => {
                    StatusCode::METHOD_NOT_ALLOWED.into_response()
                }
                "/head-refused" => StatusCode::OK.into_response(),
                slow if slow.starts_with("/slow/") => {
                    let now = seen.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    seen.most_in_flight.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    seen.in_flight.fetch_sub(1, Ordering::SeqCst);
                    StatusCode::OK.into_response()
                }
                _ => StatusCode::NOT_FOUND.into_response(),
            }
        }
    };
    let app = Router::new().fallback(any(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    address
}

/// A server that accepts connections and never answers.
async fn hanging_server() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    address
}

/// An address nothing listens on: connections are refused.
fn refused_address() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

fn organisation(name: &str, website: Option<String>, sources: &[String]) -> serde_json::Value {
    json!({
        "name": name,
        "description": format!("{name} is a test organisation."),
        "categories": ["harm_reduction"],
        "countries": ["DE"],
        "user_led_degree": "user_led",
        "degree_note": "Test data.",
        "status": "active",
        "website": website,
        "sources": sources.iter().enumerate()
            .map(|(i, url)| json!({"url": url, "title": format!("Source {}", i + 1)}))
            .collect::<Vec<_>>(),
    })
}

/// A database file holding `organisations`, closed again.
async fn database(
    folder: &tempfile::TempDir,
    organisations: Vec<serde_json::Value>,
) -> std::path::PathBuf {
    let path = folder.path().join("userled.db");
    let pool = db::connect(&path).await.unwrap();
    db::migrate(&pool).await.unwrap();
    let file = json!({"format": "userled-registry/1", "organisations": organisations});
    interchange::import(&pool, &file.to_string(), userled::now())
        .await
        .unwrap();
    pool.close().await;
    path
}

/// Runs `userled check-links` on `database`; returns whether it succeeded, what it printed and
/// how long it took.
async fn check_links(database: &std::path::Path, extra: &[&str]) -> (bool, String, Duration) {
    let mut command = userled(database);
    command
        .args(["check-links", "--public-url", "https://userled.example"])
        .args(extra);
    for proxy in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        command.env_remove(proxy);
    }
    let started = Instant::now();
    let output = tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    (output.status.success(), stdout, started.elapsed())
}

/// A row of `link_checks`: url, status, final_url, http_status, failure, checked_on.
type CheckRow = (
    String,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
    String,
);
type StoredCheck = (String, Option<String>, Option<i64>, Option<String>, String);

async fn stored_checks(pool: &Pool) -> std::collections::BTreeMap<String, StoredCheck> {
    let rows: Vec<CheckRow> = sqlx::query_as(
        "SELECT url, status, final_url, http_status, failure, checked_on FROM link_checks",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    rows.into_iter()
        .map(|(url, status, to, code, failure, day)| (url, (status, to, code, failure, day)))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_links_stores_what_each_address_answered() {
    let seen = Arc::new(Seen::default());
    let server = test_server(seen.clone()).await;
    let hang = format!("http://{}/hang", hanging_server().await);
    let refused = format!("http://{}/refused", refused_address());
    let at = |path: &str| format!("http://{server}{path}");
    let folder = tempfile::tempdir().unwrap();
    let path = database(
        &folder,
        vec![
            organisation(
                "Alpha Peers",
                Some(at("/ok")),
                &[at("/moved"), at("/missing"), at("/head-refused")],
            ),
            {
                // A contact link is checked too: here one that a source of Alpha's also names.
                let mut beta = organisation(
                    "Beta Peers",
                    Some(at("/failing")),
                    &[hang.clone(), refused.clone()],
                );
                beta["contact"] = json!({"links": [{"kind": "social", "url": at("/missing")}]});
                beta
            },
        ],
    )
    .await;

    let (_, printed, took) = check_links(&path, &["--timeout", "1", "--concurrency", "4"]).await;

    // The hang is given up after the timeout, once: no GET follows a HEAD that timed out.
    assert!(took < Duration::from_secs(8), "took {took:?}");
    assert!(
        printed.starts_with("checked 7 address(es): broken 2, ok 2, redirected 1, unreachable 2\n"),
        "{printed}"
    );
    assert!(
        printed.contains(&format!("  broken 404  {}", at("/missing"))),
        "{printed}"
    );
    assert!(
        printed.contains(&format!("  unreachable (timeout)  {hang}")),
        "{printed}"
    );
    assert!(
        printed.contains(&format!("  unreachable (connect)  {refused}")),
        "{printed}"
    );

    let pool = db::connect(&path).await.unwrap();
    let checks = stored_checks(&pool).await;
    let today = userled::now().date().to_string();
    let status = |url: &str| {
        let (status, to, code, failure, day) = checks[url].clone();
        assert_eq!(day, today, "{url} is dated today");
        (status, to, code, failure)
    };
    assert_eq!(status(&at("/ok")), ("ok".into(), None, Some(200), None));
    assert_eq!(
        status(&at("/moved")),
        ("redirected".into(), Some(at("/ok")), Some(200), None)
    );
    assert_eq!(
        status(&at("/missing")),
        ("broken".into(), None, Some(404), None)
    );
    assert_eq!(
        status(&at("/failing")),
        ("broken".into(), None, Some(500), None)
    );
    assert_eq!(
        status(&at("/head-refused")),
        ("ok".into(), None, Some(200), None)
    );
    assert_eq!(
        status(&hang),
        ("unreachable".into(), None, None, Some("timeout".into()))
    );
    assert_eq!(
        status(&refused),
        ("unreachable".into(), None, None, Some("connect".into()))
    );
    assert_eq!(checks.len(), 7);

    // HEAD first; GET only where HEAD was refused with an error.
    let requests = seen.requests.lock().unwrap().clone();
    let gets: Vec<&str> = requests
        .iter()
        .filter(|(method, _)| method == Method::GET)
        .map(|(_, path)| path.as_str())
        .collect();
    let mut gets = gets;
    gets.sort();
    assert_eq!(gets, ["/failing", "/head-refused", "/missing"]);
    assert!(
        requests
            .iter()
            .any(|(m, p)| m == Method::HEAD && p == "/ok"),
        "{requests:?}"
    );
    // A polite user agent: who asks, and where to ask back.
    let agents = seen.user_agents.lock().unwrap().clone();
    assert!(!agents.is_empty());
    for agent in agents {
        assert!(agent.starts_with("userled-link-checker/"), "{agent}");
        assert!(agent.contains("(+https://userled.example)"), "{agent}");
    }

    failing_links_are_shown(pool, &at, &hang).await;
}

/// The moderators' list and the public notes, from what the checker stored.
async fn failing_links_are_shown(pool: Pool, at: &dyn Fn(&str) -> String, hang: &str) {
    create_moderator(&pool).await;
    let app = TestApp::with_pool(pool).await;
    let day = today_in_words();

    // Public: a quiet note beside each link that did not work, none beside the others.
    let alpha = app.get("/organisations/alpha-peers").await;
    assert_eq!(alpha.status, 200);
    assert_eq!(
        alpha.texts(".sources li .link-note"),
        [format!(
            "This link gave an error (404) when checked on {day}."
        )]
    );
    assert!(alpha.texts(".reach .link-note").is_empty());
    let beta = app.get("/organisations/beta-peers").await;
    assert_eq!(
        beta.texts(".reach .link-note"),
        [
            format!("This link gave an error (500) when checked on {day}."),
            format!("This link gave an error (404) when checked on {day}."),
        ],
        "beside the website and beside the contact link"
    );
    assert_eq!(
        beta.texts(".sources li .link-note"),
        vec![format!("This link did not answer when checked on {day}."); 2]
    );
    let german = app.get("/de/organisations/beta-peers").await;
    assert!(
        german.texts(".sources li .link-note")[0]
            .starts_with("Dieser Link antwortete bei der Prüfung am "),
        "{:?}",
        german.texts(".sources li .link-note")
    );

    // Moderators only.
    let mut visitor = Browser::new(&app);
    let refused = visitor.get("/admin/links").await;
    assert_eq!(refused.status, 303);
    assert_eq!(refused.header("location"), "/admin/sign-in");

    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let queue = moderator.get("/admin").await;
    assert!(
        queue
            .attrs(".admin-more a", "href")
            .contains(&"/admin/links".to_owned())
    );
    let list = moderator.get("/admin/links").await;
    assert_eq!(list.status, 200, "{}", list.body);
    // By organisation, its website before its sources.
    let urls = list.texts("table.failing tbody tr td.url");
    let results = list.texts("table.failing tbody tr td.result");
    assert_eq!(urls.len(), 5, "{urls:?}");
    assert_eq!(urls[..3], [at("/missing"), at("/failing"), at("/missing")]);
    assert_eq!(results[..3], ["Error 404", "Error 500", "Error 404"]);
    assert_eq!(
        list.texts("table.failing tbody tr td:nth-child(2)")[..3],
        ["Source", "Website", "Social media or messaging link"]
    );
    let mut unreachable: Vec<(&str, &str)> = urls[3..]
        .iter()
        .zip(&results[3..])
        .map(|(url, result)| {
            (
                result.as_str(),
                if url == hang { "hang" } else { "refused" },
            )
        })
        .collect();
    unreachable.sort();
    assert_eq!(
        unreachable,
        [("No answer in time", "hang"), ("No connection", "refused")]
    );
    assert_eq!(
        list.attrs("table.failing tbody tr td:first-child a", "href")[0],
        "/admin/organisations/alpha-peers/edit"
    );
    assert_eq!(
        list.texts("table.redirected tbody tr td.url"),
        [at("/moved"), at("/ok")]
    );
    let polish = moderator.get("/pl/admin/links").await;
    assert_eq!(polish.texts("h1"), ["Linki, które nie działały"]);
}

/// Today, as the English pages write a day.
pub fn today_in_words() -> String {
    let today = userled::now().date();
    format!("{} {} {}", today.day(), today.month(), today.year())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_links_asks_no_more_than_the_concurrency_at_once() {
    let seen = Arc::new(Seen::default());
    let server = test_server(seen.clone()).await;
    let sources: Vec<String> = (1..=6)
        .map(|i| format!("http://{server}/slow/{i}"))
        .collect();
    let folder = tempfile::tempdir().unwrap();
    let path = database(&folder, vec![organisation("Slow Peers", None, &sources)]).await;

    let (_, printed, _) = check_links(&path, &["--concurrency", "2"]).await;

    assert!(
        printed.starts_with("checked 6 address(es): broken 0, ok 6,"),
        "{printed}"
    );
    assert_eq!(seen.most_in_flight.load(Ordering::SeqCst), 2);
    assert_eq!(seen.requests.lock().unwrap().len(), 6, "one HEAD each");
}

#[tokio::test]
async fn check_links_refuses_a_bad_public_url_and_a_missing_database() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("none.db");
    let output = userled(&missing)
        .args(["check-links", "--public-url", "https://userled.example"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no database at"));

    let path = database(
        &folder,
        vec![organisation(
            "Quiet Peers",
            None,
            &["https://example.org/".into()],
        )],
    )
    .await;
    let output = userled(&path)
        .args(["check-links", "--public-url", "userled.example"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("--public-url"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = userled(&path)
        .args([
            "check-links",
            "--public-url",
            "https://userled.example",
            "--concurrency",
            "0",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
}

/// The fixed day of the due-list tests: 3 March 2026.
const NOW: time::OffsetDateTime = datetime!(2026-03-03 12:00 UTC);

/// A registry of four entries checked at different times, and a moderator.
async fn verification_app(verify_after_days: u32) -> TestApp {
    let pool = crate::helpers::empty_pool().await;
    let checked = |name: &str, day: Option<&str>| {
        let mut record = organisation(name, None, &["https://example.org/".into()]);
        record["last_verified"] = json!(day);
        record
    };
    let file = json!({"format": "userled-registry/1", "organisations": [
        checked("Recent Peers", Some("2026-01-10")),
        checked("Old Peers", Some("2024-05-01")),
        checked("Never Peers", None),
        checked("Autumn Peers", Some("2025-10-01")),
    ]});
    interchange::import(&pool, &file.to_string(), NOW)
        .await
        .unwrap();
    create_moderator(&pool).await;
    let mut state =
        AppState::new(pool.clone(), "https://userled.example").with_clock(Clock::Fixed(NOW));
    state.registry = state.registry.with_verify_after_days(verify_after_days);
    TestApp {
        router: userled::app(state),
        pool,
    }
}

#[tokio::test]
async fn the_due_list_is_oldest_first_within_the_configured_age() {
    let app = verification_app(365).await;
    let mut moderator = Browser::new(&app);
    assert_eq!(
        moderator.get("/admin/due").await.status,
        303,
        "moderators only"
    );
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let queue = moderator.get("/admin").await;
    assert!(
        queue
            .attrs(".admin-more a", "href")
            .contains(&"/admin/due".to_owned())
    );

    let due = moderator.get("/admin/due").await;
    assert_eq!(due.status, 200, "{}", due.body);
    assert_eq!(due.texts(".due-entry h2 a"), ["Never Peers", "Old Peers"]);
    assert_eq!(
        due.texts(".due-entry .last-checked"),
        ["Last checked: never", "Last checked: 1 May 2024"]
    );
    assert_eq!(
        due.texts(".lead"),
        [
            "Entries never checked against the organisation itself, or last checked more than 365 days ago, oldest first. 2 entries are due."
        ]
    );

    // A shorter age brings the entry checked in October in, after the older ones.
    let app = verification_app(100).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let due = moderator.get("/admin/due").await;
    assert_eq!(
        due.texts(".due-entry h2 a"),
        ["Never Peers", "Old Peers", "Autumn Peers"]
    );
    let german = moderator.get("/de/admin/due").await;
    assert_eq!(german.texts("h1"), ["Zu überprüfen"]);
    assert_eq!(
        german.attrs("form[action^='/de/admin/organisations/']", "action")[0],
        "/de/admin/organisations/never-peers/checked"
    );
}

#[tokio::test]
async fn marking_an_entry_checked_needs_the_token_and_a_note_and_leaves_a_revision() {
    let app = verification_app(365).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let token = moderator.csrf("/admin/due").await;
    let action = "/admin/organisations/never-peers/checked";

    let forged = moderator
        .post_form(
            action,
            &[("csrf_token", "forged"), ("note", "Phoned them.")],
        )
        .await;
    assert_eq!(forged.status, 403);

    let blank = moderator
        .post_form(action, &[("csrf_token", &token), ("note", "  ")])
        .await;
    assert_eq!(blank.status, 422);
    assert_eq!(
        blank.texts("#due-never-peers .error"),
        ["Error: Say how you checked the entry."]
    );
    assert_eq!(blank.attrs("#f-note-never-peers", "aria-invalid"), ["true"]);
    let unchanged: Option<String> =
        sqlx::query_scalar("SELECT last_verified FROM organisations WHERE slug = 'never-peers'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(unchanged, None);

    let done = moderator
        .post_form(
            action,
            &[
                ("csrf_token", &token),
                ("note", "Phoned them; meetings go on."),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.header("location"), "/admin/due");
    let due = moderator.get("/admin/due").await;
    assert_eq!(due.texts(".due-entry h2 a"), ["Old Peers"]);

    let verified: Option<String> =
        sqlx::query_scalar("SELECT last_verified FROM organisations WHERE slug = 'never-peers'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(verified.as_deref(), Some("2026-03-03"));
    let (action_kind, actor, summary): (String, String, String) = sqlx::query_as(
        "SELECT r.action, r.actor, r.summary FROM revisions r
         JOIN organisations o ON o.id = r.organisation_id
         WHERE o.slug = 'never-peers' ORDER BY r.number DESC LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        (action_kind.as_str(), actor.as_str(), summary.as_str()),
        ("edit", MODERATOR, "Phoned them; meetings go on.")
    );
    let history = app.get("/organisations/never-peers/history").await;
    assert!(
        history.body.contains("Phoned them; meetings go on.") && history.body.contains(MODERATOR),
        "the public history shows who checked and how"
    );

    // The entry's page says when, to the month, in the page's language.
    let show = app.get("/organisations/never-peers").await;
    assert!(
        show.texts(".key-facts dd")
            .contains(&"March 2026".to_owned())
    );
    let polish = app.get("/pl/organisations/never-peers").await;
    assert!(
        polish
            .texts(".key-facts dd")
            .contains(&"marzec 2026".to_owned())
    );

    // Twice on one day would lose the second note: refused.
    let again = moderator
        .post_form(
            action,
            &[("csrf_token", &token), ("note", "Checked again.")],
        )
        .await;
    assert_eq!(again.status, 409);
}

/// The edit form of `slug` as a browser would send it, with `changes` applied.
async fn edit_form(
    moderator: &mut Browser,
    slug: &str,
    changes: &[(&str, &str)],
) -> Vec<(String, String)> {
    let page = moderator
        .get(&format!("/admin/organisations/{slug}/edit"))
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let mut values = form_values(
        &page,
        &format!("form[action='/admin/organisations/{slug}/edit']"),
    );
    for (name, value) in changes {
        match values.iter_mut().find(|(n, _)| n == name) {
            Some(pair) => pair.1 = (*value).to_owned(),
            None => values.push(((*name).to_owned(), (*value).to_owned())),
        }
    }
    values
}

#[tokio::test]
async fn a_moderators_change_of_status_is_recorded_with_its_reason() {
    let app = verification_app(365).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let action = "/admin/organisations/recent-peers/edit";

    // Without a reason: refused, said beside the status.
    let form = edit_form(&mut moderator, "recent-peers", &[("status", "inactive")]).await;
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = moderator.post_form(action, &pairs).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .texts("#f-status-error")
            .iter()
            .any(|e| e.contains("You changed the status")),
        "{:?}",
        refused.texts(".error")
    );

    let reason = "Their website says the group stopped meeting in 2025.";
    let form = edit_form(
        &mut moderator,
        "recent-peers",
        &[("status", "inactive"), ("note", reason)],
    )
    .await;
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = moderator.post_form(action, &pairs).await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let record = app.get("/api/v1/organisations/recent-peers").await.json();
    assert_eq!(record["status"], "inactive");
    let events = record["events"].as_array().unwrap();
    assert_eq!(
        events,
        &vec![json!({"year": 2026, "kind": "status_changed", "note": reason, "source_url": null})]
    );
    let summary: String = sqlx::query_scalar(
        "SELECT r.summary FROM revisions r JOIN organisations o ON o.id = r.organisation_id
         WHERE o.slug = 'recent-peers' ORDER BY r.number DESC LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(summary, reason);
    // The timeline names the kind in the page's language; the note is the moderator's words.
    let show = app.get("/organisations/recent-peers").await;
    assert!(
        show.texts(".timeline-item")
            .contains(&format!("2026 Status changed {reason}"))
    );
    let french = app.get("/fr/organisations/recent-peers").await;
    assert!(
        french
            .texts(".timeline-item")
            .contains(&format!("2026 Statut modifié {reason}"))
    );

    // Another edit that keeps the status adds no event, and needs no reason.
    let form = edit_form(&mut moderator, "recent-peers", &[("city", "Kassel")]).await;
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(moderator.post_form(action, &pairs).await.status, 303);
    let record = app.get("/api/v1/organisations/recent-peers").await.json();
    assert_eq!(record["events"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_moderators_pages_speak_every_language() {
    let app = verification_app(365).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let english_due = moderator.get("/admin/due").await;
    let english_links = moderator.get("/admin/links").await;
    for lang in userled::i18n::Lang::ALL
        .into_iter()
        .filter(|&l| l != userled::i18n::Lang::En)
    {
        for (path, english) in [
            ("/admin/due", &english_due),
            ("/admin/links", &english_links),
        ] {
            let page = moderator.get(&lang.path(path)).await;
            assert_eq!(page.status, 200, "{}", lang.path(path));
            for selector in ["h1", ".lead", "label", "button[type=submit]", "p"] {
                let texts = page.texts(selector);
                for text in english.texts(selector) {
                    assert!(
                        !texts.contains(&text) || text == MODERATOR,
                        "{}: {selector} still reads {text:?}",
                        lang.path(path)
                    );
                }
            }
        }
    }
}
