//! Moderating: sign-in, the queue, approval, rejection, corrections, history and privacy.

use crate::contribute::{organisation_form, submit};
use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, approve_as_sent, create_moderator, form_values,
    with_token,
};

async fn moderated_app() -> TestApp {
    let app = TestApp::seeded().await;
    create_moderator(&app.pool).await;
    app
}

#[tokio::test]
async fn an_approved_submission_is_published_with_a_revision() {
    let app = moderated_app().await;
    let mut public = Browser::new(&app);
    let reference = submit(&mut public, &organisation_form("Kassel Peer Network")).await;

    let mut moderator = Browser::new(&app).from("203.0.113.5");
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let queue = moderator.get("/admin").await;
    assert_eq!(queue.status, 200);
    assert_eq!(
        queue.texts(".queue tbody td a"),
        std::slice::from_ref(&reference)
    );

    let location = approve_as_sent(&mut moderator, &reference).await;
    assert_eq!(location, "/organisations/kassel-peer-network");

    assert_eq!(app.names("q=kassel").await, ["Kassel Peer Network"]);
    assert_eq!(app.get(&location).await.status, 200);
    let record = app
        .get("/api/v1/organisations/kassel-peer-network")
        .await
        .json();
    assert_eq!(record["city"], "Kassel");
    let history = app.get("/organisations/kassel-peer-network/history").await;
    assert_eq!(history.status, 200);
    let revisions = history.texts(".revision > p.muted");
    assert_eq!(revisions.len(), 1);
    assert!(revisions[0].contains(&format!("Approved contribution {reference}")));
    assert!(revisions[0].contains(MODERATOR));

    // The decision is recorded with who and when, and the queue is empty.
    let (status, by, at): (String, i64, Option<String>) =
        sqlx::query_as("SELECT status, decided_by, decided_at FROM submissions")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(status, "approved");
    assert!(by > 0 && at.is_some());
    assert!(moderator.get("/admin").await.texts(".queue").is_empty());
    // Deciding twice is refused.
    let again = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    assert!(
        again
            .attrs("form", "action")
            .iter()
            .all(|a| !a.ends_with("/approve"))
    );
}

#[tokio::test]
async fn a_rejected_submission_is_never_visible() {
    let app = moderated_app().await;
    let mut public = Browser::new(&app);
    let reference = submit(&mut public, &organisation_form("Rejected Group")).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let token = moderator
        .csrf(&format!("/admin/submissions/{reference}"))
        .await;
    let path = format!("/admin/submissions/{reference}/reject");
    let no_reason = moderator
        .post_form(&path, &[("csrf_token", &token), ("reason", " ")])
        .await;
    assert_eq!(no_reason.status, 422);
    let response = moderator
        .post_form(
            &path,
            &[
                ("csrf_token", &token),
                ("reason", "Not a user-led organisation."),
            ],
        )
        .await;
    assert_eq!(response.status, 303);

    assert_eq!(app.total("q=rejected").await, 0);
    assert_eq!(app.get("/organisations/rejected-group").await.status, 404);
    let status = public.get(&format!("/submit/received/{reference}")).await;
    assert!(status.texts("h1")[0].contains("not published"));
    let decided = moderator.get("/admin").await;
    assert!(decided.texts(".decided li")[0].contains("Not a user-led organisation."));
}

#[tokio::test]
async fn a_correction_shows_its_diff_and_a_revision_can_be_restored() {
    let app = moderated_app().await;
    let original = app.get("/api/v1/organisations/tripsit").await.json();
    let mut public = Browser::new(&app);
    let suggest = public.get("/organisations/tripsit/suggest").await;
    assert_eq!(suggest.status, 200);
    assert_eq!(suggest.attrs("#f-name", "value"), ["Tripsit"], "pre-filled");
    let token = suggest.attrs("input[name=csrf_token]", "value")[0].clone();
    let mut form = form_values(&suggest, "form.record-form");
    form.retain(|(k, _)| k != "description" && k != "csrf_token");
    form.push((
        "description".into(),
        "TripSit now describes itself differently.".into(),
    ));
    // Without a note the correction is refused, with the input kept.
    let response = public
        .post_form("/organisations/tripsit/suggest", &with_token(&token, &form))
        .await;
    assert_eq!(response.status, 422);
    assert_eq!(response.texts("#f-note-error").len(), 1);
    form.retain(|(k, _)| k != "note");
    form.push(("note".into(), "Their about page changed in 2026.".into()));
    let response = public
        .post_form("/organisations/tripsit/suggest", &with_token(&token, &form))
        .await;
    assert_eq!(response.status, 303, "{}", response.body);
    let reference = response
        .header("location")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();

    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    let rows: Vec<String> = review.texts(".diff tbody tr");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].starts_with("Description"));
    assert!(rows[0].contains(original["description"].as_str().unwrap()));
    assert!(rows[0].contains("TripSit now describes itself differently."));
    assert!(review.body.contains("Their about page changed in 2026."));

    approve_as_sent(&mut moderator, &reference).await;
    let live = app.get("/api/v1/organisations/tripsit").await.json();
    assert_eq!(
        live["description"],
        "TripSit now describes itself differently."
    );

    // History: the state before (a baseline) and the approval, with the change shown.
    let history = moderator.get("/organisations/tripsit/history").await;
    let headings = history.texts(".revision h2");
    assert_eq!(headings, ["Revision 2 (current)", "Revision 1"]);
    assert!(history.texts(".revision .diff td.after")[0].contains("differently"));

    let token = history.attrs("input[name=csrf_token]", "value")[0].clone();
    let response = moderator
        .post_form(
            "/organisations/tripsit/history/1/restore",
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(response.status, 303);
    let live = app.get("/api/v1/organisations/tripsit").await.json();
    assert_eq!(live["description"], original["description"]);
    let history = app.get("/organisations/tripsit/history").await;
    assert_eq!(history.texts(".revision h2")[0], "Revision 3 (current)");
    assert!(history.texts(".revision > p.muted")[0].contains("Restored revision 1"));
    // The public sees no restore buttons.
    assert!(
        history
            .attrs("form", "action")
            .iter()
            .all(|a| !a.contains("restore"))
    );
}

#[tokio::test]
async fn a_moderator_edit_is_published_and_recorded() {
    let app = moderated_app().await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let page = moderator.get("/admin/organisations/synanon/edit").await;
    assert_eq!(page.status, 200);
    let mut form = form_values(&page, "form.record-form");
    form.retain(|(k, _)| k != "city");
    form.push(("city".into(), "Berlin".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = moderator
        .post_form("/admin/organisations/synanon/edit", &pairs)
        .await;
    assert_eq!(response.status, 303, "{}", response.body);
    assert_eq!(
        app.get("/api/v1/organisations/synanon").await.json()["city"],
        "Berlin"
    );
    let history = app.get("/organisations/synanon/history").await;
    assert!(history.texts(".revision > p.muted")[0].contains("Edited by a moderator"));
}

#[tokio::test]
async fn moderators_pages_need_a_session() {
    let app = moderated_app().await;
    let mut anonymous = Browser::new(&app);
    for path in [
        "/admin",
        "/admin/submissions/UL-0000-0000",
        "/admin/organisations/synanon/edit",
    ] {
        let response = anonymous.get(path).await;
        assert_eq!(response.status, 303, "{path}");
        assert_eq!(response.header("location"), "/admin/sign-in");
    }
    let token = anonymous.csrf("/submit").await;
    let restore = anonymous
        .post_form(
            "/organisations/synanon/history/1/restore",
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(restore.status, 303);
    assert_eq!(restore.header("location"), "/admin/sign-in");
}

#[tokio::test]
async fn sign_in_refuses_alike_and_sign_out_ends_the_session() {
    let app = moderated_app().await;
    let mut browser = Browser::new(&app);
    let token = browser.csrf("/admin/sign-in").await;
    let wrong_password = browser
        .post_form(
            "/admin/sign-in",
            &[
                ("csrf_token", &token),
                ("username", MODERATOR),
                ("password", "wrong password!"),
            ],
        )
        .await;
    let unknown_user = browser
        .post_form(
            "/admin/sign-in",
            &[
                ("csrf_token", &token),
                ("username", "mallory"),
                ("password", "wrong password!"),
            ],
        )
        .await;
    assert_eq!(wrong_password.status, 401);
    assert_eq!(unknown_user.status, 401);
    assert_eq!(
        wrong_password.texts(".error-summary"),
        unknown_user.texts(".error-summary")
    );
    assert!(!browser.cookies.contains_key("userled_session"));
    let sessions: i64 = sqlx::query_scalar("SELECT count(*) FROM sessions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 0);
    // Without a token nothing is even tried.
    let no_token = browser
        .post_form(
            "/admin/sign-in",
            &[("username", MODERATOR), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(no_token.status, 403);

    let token = browser.csrf("/admin/sign-in").await;
    let response = browser
        .post_form(
            "/admin/sign-in",
            &[
                ("csrf_token", &token),
                ("username", MODERATOR),
                ("password", PASSWORD),
            ],
        )
        .await;
    let cookie = response.header("set-cookie");
    assert!(cookie.starts_with("userled_session="));
    for attribute in ["HttpOnly", "SameSite=Lax", "Secure", "Max-Age=28800"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert_eq!(browser.get("/admin").await.status, 200);

    let token = browser.csrf("/admin").await;
    let out = browser
        .post_form("/admin/sign-out", &[("csrf_token", &token)])
        .await;
    assert_eq!(out.status, 303);
    assert_eq!(browser.get("/admin").await.status, 303);
    let sessions: i64 = sqlx::query_scalar("SELECT count(*) FROM sessions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 0);
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited() {
    let app = moderated_app().await;
    let mut browser = Browser::new(&app);
    for _ in 0..5 {
        let token = browser.csrf("/admin/sign-in").await;
        let status = browser
            .post_form(
                "/admin/sign-in",
                &[
                    ("csrf_token", &token),
                    ("username", MODERATOR),
                    ("password", "wrong"),
                ],
            )
            .await
            .status;
        assert_eq!(status, 401);
    }
    // Per username: even the right password waits now, from any address.
    let mut elsewhere = Browser::new(&app).from("198.51.100.9");
    let token = elsewhere.csrf("/admin/sign-in").await;
    let limited = elsewhere
        .post_form(
            "/admin/sign-in",
            &[
                ("csrf_token", &token),
                ("username", MODERATOR),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(limited.status, 429);
    assert!(!limited.header("retry-after").is_empty());

    // Per address: many usernames from one address.
    let mut scanner = Browser::new(&app).from("198.51.100.66");
    let mut statuses = Vec::new();
    for i in 0..21 {
        let token = scanner.csrf("/admin/sign-in").await;
        let username = format!("user{i}");
        statuses.push(
            scanner
                .post_form(
                    "/admin/sign-in",
                    &[
                        ("csrf_token", &token),
                        ("username", &username),
                        ("password", "x"),
                    ],
                )
                .await
                .status,
        );
    }
    assert_eq!(statuses[..20], [401; 20]);
    assert_eq!(statuses[20], 429);
}

#[tokio::test]
async fn script_in_every_text_field_comes_back_escaped() {
    let app = moderated_app().await;
    const SCRIPT: &str = "<script>alert(1)</script>";
    let mut form = organisation_form(&format!("Escaped {SCRIPT}"));
    for field in [
        "description",
        "city",
        "degree_note",
        "sources[0][title]",
        "contact_email",
    ] {
        form.retain(|(k, _)| k != field);
    }
    for (field, value) in [
        ("description", SCRIPT.to_owned()),
        ("city", SCRIPT.to_owned()),
        ("degree_note", SCRIPT.to_owned()),
        ("sources[0][title]", SCRIPT.to_owned()),
        ("sources[0][note]", SCRIPT.to_owned()),
        ("aliases[0][name]", SCRIPT.to_owned()),
        ("aliases[0][kind]", "other".to_owned()),
        ("facts[0][label]", SCRIPT.to_owned()),
        ("facts[0][value]", "3".to_owned()),
        ("facts[0][note]", SCRIPT.to_owned()),
        ("evaluations[0][citation]", SCRIPT.to_owned()),
        ("evaluations[0][design]", SCRIPT.to_owned()),
        ("evaluations[0][finding]", SCRIPT.to_owned()),
        ("events[0][year]", "2020".to_owned()),
        ("events[0][kind]", "other".to_owned()),
        ("events[0][note]", SCRIPT.to_owned()),
        ("note", SCRIPT.to_owned()),
    ] {
        form.push((field.into(), value));
    }
    let mut public = Browser::new(&app);
    // First with an error, so the form shows everything back.
    let token = public.csrf("/submit").await;
    let mut invalid = form.clone();
    invalid.push(("founded_year".into(), "2999".into()));
    invalid.retain(|(k, v)| !(k == "founded_year" && v == "2015"));
    let echoed = public
        .post_form("/submit", &with_token(&token, &invalid))
        .await;
    assert_eq!(echoed.status, 422);
    let reference = submit(&mut public, &form).await;

    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    let queue = moderator.get("/admin").await;
    let location = approve_as_sent(&mut moderator, &reference).await;
    let slug = location.rsplit('/').next().unwrap().to_owned();
    let pages = [
        echoed,
        review,
        queue,
        app.get(&location).await,
        app.get(&format!("/organisations/{slug}/history")).await,
        app.get("/organisations?q=escaped").await,
        moderator
            .get(&format!("/admin/organisations/{slug}/edit"))
            .await,
    ];
    for page in &pages {
        assert!(
            !page.body.contains(SCRIPT),
            "raw script in a page:\n{}",
            page.body
        );
        assert!(page.body.contains("&lt;script&gt;") || page.body.contains("&#60;script&#62;"));
    }
    // JSON escapes by being JSON: the text is data, served as application/json.
    let api = app.get(&format!("/api/v1/organisations/{slug}")).await;
    assert!(api.header("content-type").starts_with("application/json"));
    assert_eq!(api.json()["city"], SCRIPT);
}

#[tokio::test]
async fn the_contact_email_is_for_moderators_only_and_erased_on_decision() {
    const EMAIL: &str = "person@example.org";
    let app = moderated_app().await;
    let mut public = Browser::new(&app);
    let reference = submit(&mut public, &organisation_form("Private Contact Group")).await;
    let stored: Option<String> = sqlx::query_scalar("SELECT contact_email FROM submissions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(stored.as_deref(), Some(EMAIL));

    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    assert!(review.body.contains(EMAIL), "moderators see it");
    approve_as_sent(&mut moderator, &reference).await;

    let erased: Option<String> = sqlx::query_scalar("SELECT contact_email FROM submissions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(erased, None);
    for path in [
        format!("/submit/received/{reference}"),
        "/organisations/private-contact-group".to_owned(),
        "/organisations/private-contact-group/history".to_owned(),
        "/api/v1/organisations/private-contact-group".to_owned(),
        "/api/v1/organisations?q=private".to_owned(),
        "/api/v1/organisations.csv".to_owned(),
        "/organisations?q=private".to_owned(),
    ] {
        let response = public.get(&path).await;
        assert_eq!(response.status, 200, "{path}");
        assert!(!response.body.contains(EMAIL), "{path} shows the email");
    }
    let year = userled::now().year();
    let export = userled::interchange::export(&app.pool, year).await.unwrap();
    assert!(!export.contains(EMAIL));

    // Nor does the history. A later change keeps the approved record in a revision of its own,
    // compressed, so that every revision is read back as the history reads it, the stored copy
    // included, and none holds the e-mail.
    let mut file: serde_json::Value = serde_json::from_str(&export).unwrap();
    let record = file["organisations"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|record| record["slug"] == "private-contact-group")
        .unwrap();
    record["city"] = "Marburg".into();
    userled::interchange::import(&app.pool, &file.to_string(), userled::now())
        .await
        .unwrap();
    let id: i64 = sqlx::query_scalar("SELECT id FROM organisations WHERE slug = ?")
        .bind("private-contact-group")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let kept: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM revisions WHERE organisation_id = ? AND record_deflated IS NOT NULL",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(kept, 1, "the approved record is kept compressed");
    let mut conn = app.pool.acquire().await.unwrap();
    let revisions = userled::db::revisions::list(&mut conn, id, year)
        .await
        .unwrap();
    assert_eq!(revisions.len(), 2);
    for revision in &revisions {
        let record = serde_json::to_string(&revision.record).unwrap();
        assert!(record.contains("Private Contact Group"), "{record}");
        assert!(!record.contains(EMAIL), "revision {}", revision.number);
    }
}

#[tokio::test]
async fn a_moderator_can_edit_a_submission_before_approving_it() {
    let app = moderated_app().await;
    let (mut moderator, action, mut form) = approval_form(&app, "Edited Before Approval").await;
    form.retain(|(k, _)| k != "city" && k != "founded_year");
    form.push(("city".into(), "Kassel-Nord".into()));
    // A mistake first: the review comes back with the error and the edit kept.
    form.push(("founded_year".into(), "1850".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = moderator.post_form(&action, &pairs).await;
    assert_eq!(response.status, 422);
    assert_eq!(response.texts("#f-founded_year-error").len(), 1);
    assert_eq!(response.attrs("#f-city", "value"), ["Kassel-Nord"]);

    form.retain(|(k, _)| k != "founded_year");
    form.push(("founded_year".into(), "2016".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = moderator.post_form(&action, &pairs).await;
    assert_eq!(response.status, 303, "{}", response.body);
    let record = app
        .get("/api/v1/organisations/edited-before-approval")
        .await
        .json();
    assert_eq!(record["city"], "Kassel-Nord");
    assert_eq!(record["founded_year"], 2016);
}

#[tokio::test]
async fn an_expired_session_is_no_session() {
    let app = moderated_app().await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    assert_eq!(moderator.get("/admin").await.status, 200);
    sqlx::query("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z'")
        .execute(&app.pool)
        .await
        .unwrap();
    let response = moderator.get("/admin").await;
    assert_eq!(response.status, 303);
    assert_eq!(response.header("location"), "/admin/sign-in");
}

/// A submission sent by the public, and a signed-in moderator's approval form for it as the
/// review page fills it in: the moderator, the form's action and its values.
async fn approval_form(app: &TestApp, name: &str) -> (Browser, String, Vec<(String, String)>) {
    let mut public = Browser::new(app);
    let reference = submit(&mut public, &organisation_form(name)).await;
    let mut moderator = Browser::new(app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    let action = format!("/admin/submissions/{reference}/approve");
    // The edit form, below "Approve as it is".
    let form = form_values(&review, &format!("form.record-form[action='{action}']"));
    (moderator, action, form)
}

#[tokio::test]
async fn an_approval_error_shows_on_the_row_the_moderator_typed_in() {
    let app = moderated_app().await;
    let (mut moderator, action, mut form) = approval_form(&app, "Rows In Order").await;
    // A blank first row, a bad second one, a good third one.
    form.retain(|(k, _)| !k.starts_with("sources"));
    for (row, url, title) in [
        (0, "", ""),
        (1, "not a link", "A bad link"),
        (2, "https://example.org/good", "A good link"),
    ] {
        form.push((format!("sources[{row}][url]"), url.into()));
        form.push((format!("sources[{row}][title]"), title.into()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = moderator.post_form(&action, &pairs).await;
    assert_eq!(response.status, 422, "{}", response.body);
    assert_eq!(response.texts("#f-sources-1-url-error").len(), 1);
    assert!(response.texts("#f-sources-0-url-error").is_empty());
    assert!(response.texts("#f-sources-2-url-error").is_empty());
    assert_eq!(response.attrs("#f-sources-1-url", "value"), ["not a link"]);
}

#[tokio::test]
async fn the_registry_reads_the_time_from_its_clock() {
    let start = time::macros::datetime!(2026-03-01 09:30 UTC);
    let app = moderated_app().await.at(start);
    let mut public = Browser::new(&app);
    submit(&mut public, &organisation_form("Clockwork Collective")).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let queue = moderator.get("/admin").await;
    assert!(
        queue.body.contains("2026-03-01 09:30"),
        "the queue shows when it was sent"
    );

    // Eight hours and a minute later the same session has expired.
    let later = TestApp::with_pool(app.pool.clone())
        .await
        .at(start + time::Duration::minutes(8 * 60 + 1));
    let mut expired = Browser::new(&later);
    expired.cookies = moderator.cookies.clone();
    let response = expired.get("/admin").await;
    assert_eq!(response.status, 303);
    assert_eq!(response.header("location"), "/admin/sign-in");
}
