//! Contributing: the public form, the API, validation, duplicates, and protection.

use serde_json::json;

use crate::helpers::{Browser, TestApp, as_pairs, set_field, submission_count, with_token};

/// A valid new organisation, as the form sends it.
pub fn organisation_form(name: &str) -> Vec<(String, String)> {
    [
        ("name", name),
        (
            "description",
            "A group of people who use drugs, made up for this test.",
        ),
        ("categories", "harm_reduction"),
        ("activities", "naloxone_training"),
        ("countries", "DE"),
        ("countries", ""),
        ("city", "Kassel"),
        ("founded_year", "2015"),
        ("status", "active"),
        ("user_led_degree", "user_led"),
        ("degree_note", "Its members run it."),
        ("sources[0][url]", "https://example.org/group"),
        ("sources[0][title]", "The group's own page"),
        ("sources[1][url]", ""),
        ("visibility", "listed"),
        ("contact_email", "person@example.org"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Sends the public form; returns the reference of the stored submission.
pub async fn submit(browser: &mut Browser, form: &[(String, String)]) -> String {
    let response = browser.send_form("/submit", form).await;
    assert_eq!(response.status, 303, "{}", response.body);
    let location = response.header("location").to_owned();
    let reference = location
        .strip_prefix("/submit/received/")
        .unwrap()
        .to_owned();
    let page = browser.get(&location).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.texts(".reference"), std::slice::from_ref(&reference));
    reference
}

#[tokio::test]
async fn a_submission_waits_unseen_for_review() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let reference = submit(&mut browser, &organisation_form("Kassel Peer Network")).await;
    assert!(reference.starts_with("UL-"));
    assert_eq!(submission_count(&app.pool).await, 1);
    let page = browser.get(&format!("/submit/received/{reference}")).await;
    assert!(page.texts("h1")[0].contains("awaits review"));

    assert_eq!(app.total("q=kassel").await, 0);
    assert_eq!(
        app.get("/organisations/kassel-peer-network").await.status,
        404
    );
    assert_eq!(
        app.get("/api/v1/organisations/kassel-peer-network")
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn every_error_is_shown_beside_its_field_with_the_input_kept() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let mut form = organisation_form("");
    set_field(&mut form, "founded_year", "2999");
    set_field(&mut form, "categories", "");
    set_field(&mut form, "sources[0][url]", "not a link");
    set_field(&mut form, "contact_email", "nobody");
    set_field(&mut form, "city", "Kassel <kept>");
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 422);
    assert_eq!(submission_count(&app.pool).await, 0);

    for (id, message) in [
        ("f-name", "Enter the name of the organisation"),
        ("f-founded_year", "Enter a year from"),
        (
            "f-sources-0-url",
            "Enter a web address that starts with https://",
        ),
        ("f-contact_email", "Enter an email address"),
    ] {
        let error = response.texts(&format!("#{id}-error"));
        assert_eq!(error.len(), 1, "no error beside {id}");
        assert!(error[0].contains(message), "{id}: {error:?}");
        let described = response.attrs(&format!("#{id}"), "aria-describedby");
        assert!(
            described[0].contains(&format!("{id}-error")),
            "{id} is not described by its error"
        );
        assert_eq!(response.attrs(&format!("#{id}"), "aria-invalid"), ["true"]);
    }
    assert!(response.texts("#f-categories-error")[0].contains("at least one"));
    // The summary links to every field at fault.
    let links = response.attrs(".error-summary a", "href");
    for target in [
        "#f-name",
        "#f-founded_year",
        "#f-sources-0-url",
        "#f-contact_email",
        "#f-categories-mutual_aid",
    ] {
        assert!(
            links.contains(&target.to_owned()),
            "{target} not in {links:?}"
        );
    }
    // What was typed is kept.
    assert_eq!(response.attrs("#f-founded_year", "value"), ["2999"]);
    assert_eq!(response.attrs("#f-city", "value"), ["Kassel <kept>"]);
    assert_eq!(response.attrs("#f-sources-0-url", "value"), ["not a link"]);
    assert_eq!(response.attrs("#f-contact_email", "value"), ["nobody"]);
    assert_eq!(
        response.attrs("#f-activities-naloxone_training", "checked"),
        [""]
    );
}

#[tokio::test]
async fn the_api_reports_the_same_errors_as_422() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let response = browser
        .post_json(
            "/api/v1/submissions",
            &json!({
                "name": "",
                "description": "A test.",
                "categories": [],
                "founded_year": 2999,
                "user_led_degree": "user_led",
                "degree_note": "Test.",
                "sources": [{"url": "not a link", "title": "x"}],
                "contact_email": "nobody"
            }),
        )
        .await;
    assert_eq!(response.status, 422);
    assert_eq!(response.header("content-type"), "application/problem+json");
    let problem = response.json();
    assert_eq!(problem["type"], "/api#problem-invalid-record");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for field in [
        "name",
        "categories",
        "founded_year",
        "sources[0].url",
        "contact_email",
    ] {
        assert!(fields.contains(&field), "{field} not in {fields:?}");
    }
    assert_eq!(submission_count(&app.pool).await, 0);

    // A body that is not JSON, or JSON of the wrong shape.
    let not_json = browser
        .request(
            "POST",
            "/api/v1/submissions",
            Some("text/plain"),
            b"hello".to_vec(),
        )
        .await;
    assert_eq!(not_json.status, 415);
    let wrong_type = browser
        .post_json(
            "/api/v1/submissions",
            &json!({"name": "X", "founded_year": "nineteen"}),
        )
        .await;
    assert_eq!(wrong_type.status, 422);
    assert_eq!(wrong_type.json()["errors"][0]["field"], "founded_year");
}

#[tokio::test]
async fn what_the_api_returns_it_accepts_as_a_correction() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    let mut record = app.get("/api/v1/organisations/tripsit").await.json();
    record["description"] = json!("A corrected description.");
    let response = browser.post_json("/api/v1/submissions", &record).await;
    assert_eq!(response.status, 422, "a correction needs a note");
    assert_eq!(response.json()["errors"][0]["field"], "note");

    record["note"] = json!("Their website says so.");
    let response = browser.post_json("/api/v1/submissions", &record).await;
    assert_eq!(response.status, 202, "{}", response.body);
    let receipt = response.json();
    assert_eq!(receipt["status"], "pending");
    let reference = receipt["reference"].as_str().unwrap();
    assert_eq!(
        response.header("location"),
        format!("/submit/received/{reference}")
    );
    let kind: String = sqlx::query_scalar("SELECT kind FROM submissions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(kind, "correction");

    // A new organisation through the API.
    let response = browser
        .post_json(
            "/api/v1/submissions",
            &json!({
                "name": "Api Newcomers",
                "description": "Sent through the API.",
                "categories": ["research"],
                "user_led_degree": "unclear",
                "degree_note": "Not known.",
                "sources": [{"url": "https://example.org/", "title": "Example"}]
            }),
        )
        .await;
    assert_eq!(response.status, 202);
    assert_eq!(submission_count(&app.pool).await, 2);
}

#[tokio::test]
async fn a_likely_duplicate_is_shown_before_it_is_stored() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    let mut form = organisation_form("Bruger Foreningen");
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 200);
    assert_eq!(submission_count(&app.pool).await, 0);
    assert!(
        response
            .attrs(".notice a", "href")
            .contains(&"/organisations/brugerforeningen".to_owned())
    );
    assert_eq!(
        response.attrs("#f-name", "value"),
        ["Bruger Foreningen"],
        "input kept"
    );

    set_field(&mut form, "confirm_new", "yes");
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 303);
    let duplicates: String = sqlx::query_scalar("SELECT duplicates FROM submissions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(duplicates, "[\"brugerforeningen\"]");
}

#[tokio::test]
async fn a_missing_or_wrong_csrf_token_is_refused_and_stores_nothing() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let form = organisation_form("No Token Group");
    // No cookie, no field.
    assert_eq!(
        browser.post_form("/submit", &as_pairs(&form)).await.status,
        403
    );
    // A cookie, but the wrong field.
    browser.csrf("/submit").await;
    let wrong = with_token(
        "0000000000000000000000000000000000000000000000000000000000000000",
        &form,
    );
    assert_eq!(browser.post_form("/submit", &wrong).await.status, 403);
    // A field, but no cookie.
    let token = browser.csrf("/submit").await;
    browser.cookies.clear();
    assert_eq!(
        browser
            .post_form("/submit", &with_token(&token, &form))
            .await
            .status,
        403
    );
    assert_eq!(submission_count(&app.pool).await, 0);
}

#[tokio::test]
async fn the_honeypot_and_the_rate_limit_stop_spam() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let mut form = organisation_form("Honey Pot Group");
    form.push(("leave_this_empty".into(), "https://spam.example".into()));
    assert_eq!(browser.send_form("/submit", &form).await.status, 422);
    assert_eq!(submission_count(&app.pool).await, 0);

    let limited = TestApp::with_pool(app.pool.clone())
        .await
        .limited(userled::web::Limits {
            submissions_per_hour: 2,
            ..Default::default()
        });
    let mut browser = Browser::new(&limited);
    submit(&mut browser, &organisation_form("First Group")).await;
    submit(&mut browser, &organisation_form("Second Group")).await;
    let third = browser
        .send_form("/submit", &organisation_form("Third Group"))
        .await;
    assert_eq!(third.status, 429);
    assert!(third.header("retry-after").parse::<u64>().unwrap() > 0);
    let api = browser
        .post_json("/api/v1/submissions", &json!({"name": "Fourth Group"}))
        .await;
    assert_eq!(api.status, 429);
    assert_eq!(submission_count(&app.pool).await, 2);
    // Another address is not held back.
    let mut other = Browser::new(&limited).from("198.51.100.7");
    submit(&mut other, &organisation_form("Other Address Group")).await;
}

#[tokio::test]
async fn fifty_submissions_at_once_are_all_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let pool = userled::prepare(&dir.path().join("userled.db"))
        .await
        .unwrap();
    let app = TestApp::with_pool(pool.clone())
        .await
        .limited(userled::web::Limits {
            submissions_per_hour: 1_000,
            ..Default::default()
        });
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let mut browser = Browser::new(&app);
            tokio::spawn(async move {
                let response = browser
                    .post_json(
                        "/api/v1/submissions",
                        &json!({
                            "name": format!("Concurrent Group {i}"),
                            "description": "Sent at the same time as 49 others.",
                            "categories": ["mutual_aid"],
                            "user_led_degree": "unclear",
                            "degree_note": "Not known.",
                            "sources": [{"url": "https://example.org/", "title": "Example"}]
                        }),
                    )
                    .await;
                assert_eq!(response.status, 202, "{}", response.body);
                response.json()["reference"].as_str().unwrap().to_owned()
            })
        })
        .collect();
    let mut references = Vec::new();
    for task in tasks {
        references.push(task.await.unwrap());
    }
    references.sort();
    references.dedup();
    assert_eq!(references.len(), 50);
    assert_eq!(submission_count(&pool).await, 50);
    let names: i64 = sqlx::query_scalar(
        "SELECT count(DISTINCT json_extract(record, '$.name')) FROM submissions",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(names, 50);
}

#[tokio::test]
async fn pages_carry_security_headers_and_bodies_are_limited() {
    let app = TestApp::fixture().await;
    for path in ["/", "/submit", "/api/v1/organisations", "/nope"] {
        let response = app.get(path).await;
        let csp = response.header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(response.header("x-content-type-options"), "nosniff");
        assert_eq!(
            response.header("referrer-policy"),
            "strict-origin-when-cross-origin"
        );
    }
    let mut browser = Browser::new(&app);
    let big = vec![b'a'; 100 * 1024];
    let response = browser
        .request("POST", "/api/v1/submissions", Some("application/json"), big)
        .await;
    assert_eq!(response.status, 413);
}

#[tokio::test]
async fn a_body_the_form_never_sends_is_refused_with_the_form_kept() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let send = |extra: (&str, &str)| {
        let mut form = organisation_form("Odd Body Collective");
        form.push((extra.0.into(), extra.1.into()));
        form
    };
    // Fields the record does not have: one error for the form, nothing stored, the input kept.
    for extra in [("sources[0][pages]", "12"), ("name[0][x]", "nested")] {
        let response = browser.send_form("/submit", &send(extra)).await;
        assert_eq!(response.status, 422, "{extra:?}: {}", response.body);
        assert_eq!(response.texts(".error-summary a").len(), 1, "{extra:?}");
        assert_eq!(response.attrs("#f-name", "value"), ["Odd Body Collective"]);
    }
    // A row numbered far beyond the others is read in order, and its error shown on it.
    let far = send(("sources[7][url]", "https://example.org/far"));
    let response = browser.send_form("/submit", &far).await;
    assert_eq!(response.status, 422, "{}", response.body);
    assert_eq!(response.texts("#f-sources-7-title-error").len(), 1);
    assert_eq!(submission_count(&app.pool).await, 0);
}
