//! The trust pages (contact, privacy, accessibility) and the operator's details behind them; the
//! request to change, make discreet or remove an entry, from its form through the moderators'
//! queue to its closing; a declined contribution's reason on its reference page.

use userled::i18n::Lang;
use userled::web::Operator;

use crate::contribute::{organisation_form, submit};
use crate::helpers::{Browser, MODERATOR, PASSWORD, TestApp, TestResponse, create_moderator};

const TRUST_PAGES: [(&str, &str); 3] = [
    ("/contact", "contact-title"),
    ("/privacy", "privacy-title"),
    ("/accessibility", "accessibility-title"),
];

/// The app over the seed, run by an operator who gave their details.
async fn operated_app() -> TestApp {
    let app = TestApp::seeded().await;
    let email = userled::domain::Email::parse("moderators@peer-register.example").unwrap();
    let operator = Operator::new(
        Some("Peer Register Association".to_owned()),
        Some(email),
        Some("Hauptstraße 1, 10115 Berlin".to_owned()),
    );
    let state =
        userled::AppState::new(app.pool.clone(), "https://userled.example").with_operator(operator);
    TestApp {
        router: userled::app(state),
        pool: app.pool,
    }
}

#[tokio::test]
async fn every_trust_page_speaks_every_language_and_every_page_links_to_them() {
    let app = TestApp::seeded().await;
    for lang in Lang::ALL {
        for (path, title) in TRUST_PAGES {
            let address = lang.path(path);
            let page = app.get(&address).await;
            assert_eq!(page.status, 200, "{address}: {}", page.body);
            assert_eq!(page.attrs("html", "lang"), [lang.code()], "{address}");
            assert_eq!(page.texts("h1"), [lang.t(title)], "{address}");
            assert_eq!(
                page.attrs("link[rel=canonical]", "href"),
                [format!("https://userled.example{address}")]
            );
        }
        // The footer of any page leads to all three, in the page's language.
        let home = app.get(&lang.path("/organisations")).await;
        let footer: Vec<String> = TRUST_PAGES.iter().map(|(p, _)| lang.path(p)).collect();
        assert_eq!(home.attrs(".site-footer .trust-links a", "href"), footer);
    }
    let sitemap = app.get("/sitemap.xml").await.body;
    for (path, _) in TRUST_PAGES {
        for lang in Lang::ALL {
            let loc = format!("<loc>https://userled.example{}</loc>", lang.path(path));
            assert!(sitemap.contains(&loc), "{loc} not in the sitemap");
        }
    }
}

/// The text of the notice that says the operator has not given their details, if shown.
fn placeholder(page: &TestResponse) -> Vec<String> {
    page.texts(".operator-missing")
}

#[tokio::test]
async fn until_the_operator_gives_their_details_the_pages_say_so_and_invent_none() {
    let app = TestApp::seeded().await;
    for lang in [Lang::En, Lang::Pl] {
        let contact = app.get(&lang.path("/contact")).await;
        assert_eq!(
            placeholder(&contact),
            [lang.t("contact-operator-missing")],
            "{lang:?}"
        );
        assert!(contact.attrs("a[href^='mailto:']", "href").is_empty());
        assert!(contact.texts(".operator dd").is_empty());
        let accessibility = app.get(&lang.path("/accessibility")).await;
        assert_eq!(
            placeholder(&accessibility),
            [lang.t("accessibility-report-missing")]
        );
        assert!(accessibility.attrs("a[href^='mailto:']", "href").is_empty());
    }
}

#[tokio::test]
async fn the_operators_details_appear_once_configured() {
    let app = operated_app().await;
    let contact = app.get("/de/contact").await;
    assert!(
        placeholder(&contact).is_empty(),
        "{:?}",
        placeholder(&contact)
    );
    assert_eq!(
        contact.texts(".operator dd"),
        [
            "Peer Register Association",
            "moderators@peer-register.example",
            "Hauptstraße 1, 10115 Berlin"
        ]
    );
    let mail = "mailto:moderators@peer-register.example";
    assert!(
        contact
            .attrs("a[href^='mailto:']", "href")
            .iter()
            .all(|h| h == mail)
    );
    assert_eq!(contact.attrs("a[href^='mailto:']", "href").len(), 2);
    let accessibility = app.get("/accessibility").await;
    assert!(placeholder(&accessibility).is_empty());
    assert_eq!(accessibility.attrs("a[href^='mailto:']", "href"), [mail]);

    // Only a name: the address to write to is still missing, and the page says so.
    let state = userled::AppState::new(app.pool.clone(), "https://userled.example").with_operator(
        Operator::new(Some("  Someone  ".into()), None, Some(" ".into())),
    );
    let named = TestApp {
        router: userled::app(state),
        pool: app.pool.clone(),
    };
    let contact = named.get("/contact").await;
    assert_eq!(contact.texts(".operator dd"), ["Someone"]);
    assert_eq!(
        placeholder(&contact),
        [Lang::En.t("contact-operator-missing")]
    );
}

#[tokio::test]
async fn the_privacy_page_names_every_cookie_the_site_sets() {
    let app = TestApp::seeded().await;
    let named = app.get("/privacy").await.texts(".cookies dt");
    // A first visit offered another language, a form, and a moderator's sign-in.
    let mut set = Vec::new();
    let suggested = crate::helpers::get_with(&app, "/about", &[("accept-language", "de")]).await;
    set.push(suggested.header("set-cookie").to_owned());
    let mut browser = Browser::new(&app);
    create_moderator(&app.pool).await;
    let form = browser.get("/submit").await;
    set.push(form.header("set-cookie").to_owned());
    browser.sign_in(MODERATOR, PASSWORD).await;
    for name in browser.cookies.keys() {
        set.push(name.clone());
    }
    for cookie in set {
        let name = cookie.split('=').next().unwrap().to_owned();
        assert!(
            named.contains(&name),
            "{name} is not on /privacy: {named:?}"
        );
    }
    assert_eq!(named.len(), 3, "{named:?}");
}

/// Opens an entry's page, follows its request link, and sends the form with `fields`.
async fn ask(browser: &mut Browser, slug: &str, fields: &[(&str, &str)]) -> TestResponse {
    let entry = browser.get(&format!("/organisations/{slug}")).await;
    let link = entry.attrs("a.request-link", "href");
    assert_eq!(link, [format!("/organisations/{slug}/request")]);
    assert_eq!(entry.texts("a.request-link"), [Lang::En.t("request-link")]);
    let token = browser.csrf(&link[0]).await;
    let mut pairs = vec![("csrf_token", token.as_str())];
    pairs.extend_from_slice(fields);
    browser.post_form(&link[0], &pairs).await
}

async fn stored_email(app: &TestApp, reference: &str) -> Option<String> {
    sqlx::query_scalar("SELECT contact_email FROM entry_requests WHERE reference = ?")
        .bind(reference)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

async fn request_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM entry_requests")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_request_goes_into_the_queue_and_is_closed_with_a_note_that_erases_the_email() {
    let app = TestApp::seeded().await;
    create_moderator(&app.pool).await;
    let mut public = Browser::new(&app);
    let reason = "We stopped meeting in person; please remove the street address.";
    let sent = ask(
        &mut public,
        "jes-osnabruck",
        &[
            ("kind", "remove"),
            ("reason", reason),
            ("contact_email", "member@jes.example"),
        ],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let mine = sent.header("location").to_owned();
    let reference = mine.strip_prefix("/requests/").unwrap().to_owned();
    assert_eq!(
        stored_email(&app, &reference).await.as_deref(),
        Some("member@jes.example")
    );
    let waiting = public.get(&mine).await;
    assert_eq!(waiting.texts("h1"), [Lang::En.t("request-open-heading")]);
    assert!(waiting.texts(".reference").contains(&reference));
    assert!(
        !waiting.body.contains(reason),
        "the reason is for moderators only"
    );
    assert!(!waiting.body.contains("member@jes.example"));
    assert_eq!(waiting.attrs("main a[href='/contact']", "href").len(), 1);

    // The queue shows it with its kind and reason; its page, with the contact email.
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let queue = moderator.get("/admin").await;
    let row = queue.texts("table.requests tbody tr");
    assert_eq!(row.len(), 1, "{row:?}");
    assert!(
        row[0].contains(&reference) && row[0].contains("Remove it"),
        "{row:?}"
    );
    assert!(
        row[0].contains(reason) && row[0].contains("JES Osnabrück"),
        "{row:?}"
    );
    let review_path = format!("/admin/requests/{reference}");
    let review = moderator.get(&review_path).await;
    assert_eq!(review.status, 200, "{}", review.body);
    assert_eq!(review.texts(".request-kind"), ["Remove it"]);
    assert_eq!(review.texts(".request-reason"), [reason]);
    assert!(
        review
            .attrs("a[href='mailto:member@jes.example']", "href")
            .len()
            == 1
    );

    // Declining needs a note, and the form says which field lacks what, in the page's title too.
    let token = moderator.cookies["userled_csrf"].clone();
    let close = format!("/admin/requests/{reference}/close");
    let bare = moderator
        .post_form(&close, &[("csrf_token", &token), ("outcome", "declined")])
        .await;
    assert_eq!(bare.status, 422, "{}", bare.body);
    assert!(
        bare.texts("title")[0].starts_with("Error:"),
        "{:?}",
        bare.texts("title")
    );
    assert_eq!(bare.attrs(".error-summary a", "href"), ["#f-note"]);
    assert_eq!(
        bare.attrs("#f-outcome-declined[checked]", "value"),
        ["declined"]
    );
    assert!(
        stored_email(&app, &reference).await.is_some(),
        "nothing closed yet"
    );

    let note = "The entry shows no street address; only the city, as the group's site does.";
    let closed = moderator
        .post_form(
            &close,
            &[
                ("csrf_token", &token),
                ("outcome", "declined"),
                ("note", note),
            ],
        )
        .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    assert_eq!(closed.header("location"), "/admin");
    assert_eq!(
        stored_email(&app, &reference).await,
        None,
        "erased on closing"
    );

    let answered = public.get(&mine).await;
    assert_eq!(
        answered.texts("h1"),
        [Lang::En.t("request-declined-heading")]
    );
    assert_eq!(answered.texts(".closing-note p"), [note]);
    let queue = moderator.get("/admin").await;
    assert!(queue.texts("table.requests tbody tr").is_empty());
    let listed = queue.texts(".closed-requests li");
    assert!(
        listed[0].contains("declined") && listed[0].contains(MODERATOR),
        "{listed:?}"
    );
    let review = moderator.get(&review_path).await;
    assert!(review.attrs("a[href^='mailto:']", "href").is_empty());
    assert!(
        review
            .attrs(&format!("form[action='{close}']"), "action")
            .is_empty()
    );

    // A second closing, as by a moderator who had the page open, is a conflict.
    let again = moderator
        .post_form(&close, &[("csrf_token", &token), ("outcome", "done")])
        .await;
    assert_eq!(again.status, 409, "{}", again.body);
}

#[tokio::test]
async fn a_request_form_without_its_token_is_refused_and_stores_nothing() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    browser.csrf("/organisations/jes-osnabruck/request").await;
    let forged = browser
        .post_form(
            "/organisations/jes-osnabruck/request",
            &[
                ("csrf_token", "forged"),
                ("kind", "remove"),
                ("reason", "Go away."),
            ],
        )
        .await;
    assert_eq!(forged.status, 403, "{}", forged.body);
    let mut stranger = Browser::new(&app);
    let no_cookie = stranger
        .post_form(
            "/organisations/jes-osnabruck/request",
            &[("kind", "remove"), ("reason", "Go away.")],
        )
        .await;
    assert_eq!(no_cookie.status, 403);
    assert_eq!(request_count(&app).await, 0);

    // Closing needs the token too.
    create_moderator(&app.pool).await;
    let sent = ask(
        &mut browser,
        "jes-osnabruck",
        &[("kind", "change"), ("reason", "Moved.")],
    )
    .await;
    let reference = sent
        .header("location")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let refused = moderator
        .post_form(
            &format!("/admin/requests/{reference}/close"),
            &[("csrf_token", "forged"), ("outcome", "done")],
        )
        .await;
    assert_eq!(refused.status, 403);
    let open: String = sqlx::query_scalar("SELECT status FROM entry_requests")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(open, "open");
}

#[tokio::test]
async fn a_request_names_every_problem_in_the_order_of_the_form_and_keeps_what_was_typed() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    let sent = ask(
        &mut browser,
        "jes-osnabruck",
        &[("reason", "  "), ("contact_email", "not-an-address")],
    )
    .await;
    assert_eq!(sent.status, 422, "{}", sent.body);
    assert_eq!(
        sent.attrs(".error-summary a", "href"),
        ["#f-kind-change", "#f-reason", "#f-contact_email"]
    );
    assert_eq!(
        sent.texts(".error-summary a")[..2],
        [
            Lang::En.t("request-kind-required"),
            Lang::En.t("request-reason-required")
        ]
    );
    assert!(sent.texts("title")[0].starts_with("Error: "));
    assert_eq!(sent.attrs("#f-contact_email", "value"), ["not-an-address"]);
    assert_eq!(
        sent.attrs("#f-reason[aria-invalid=true]", "id"),
        ["f-reason"]
    );

    // In German, in German.
    let token = browser.cookies["userled_csrf"].clone();
    let german = browser
        .post_form(
            "/de/organisations/jes-osnabruck/request",
            &[("csrf_token", &token), ("kind", "discreet")],
        )
        .await;
    assert_eq!(german.status, 422);
    assert_eq!(
        german.texts(".error-summary a"),
        [Lang::De.t("request-reason-required")]
    );
    assert_eq!(
        german.attrs("#f-kind-discreet[checked]", "value"),
        ["discreet"]
    );

    // A robot that fills the hidden field stores nothing.
    let robot = browser
        .post_form(
            "/organisations/jes-osnabruck/request",
            &[
                ("csrf_token", &token),
                ("kind", "remove"),
                ("reason", "Spam."),
                ("leave_this_empty", "http://spam.example"),
            ],
        )
        .await;
    assert_eq!(robot.status, 422);
    assert_eq!(request_count(&app).await, 0);
}

#[tokio::test]
async fn a_discreet_entry_can_be_asked_about_and_an_unlisted_one_cannot_be_found() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let sent = ask(
        &mut browser,
        "epsilon-discreet-group",
        &[
            ("kind", "remove"),
            ("reason", "We speak for the group: please remove us."),
        ],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let page = browser.get(sent.header("location")).await;
    assert_eq!(page.texts(".key-facts a"), ["Epsilon Discreet Group"]);
    assert_eq!(
        app.get("/organisations/zeta-hidden-union/request")
            .await
            .status,
        404
    );
    let token = browser.cookies["userled_csrf"].clone();
    let hidden = browser
        .post_form(
            "/organisations/zeta-hidden-union/request",
            &[
                ("csrf_token", &token),
                ("kind", "remove"),
                ("reason", "Why?"),
            ],
        )
        .await;
    assert_eq!(hidden.status, 404);
    assert_eq!(request_count(&app).await, 1);
    assert_eq!(app.get("/requests/UL-0000-0000").await.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_requests_from_one_address_share_the_submissions_limit() {
    let app = TestApp::seeded().await.limited(userled::web::Limits {
        submissions_per_hour: 3,
        ..Default::default()
    });
    let mut browser = Browser::new(&app);
    let token = browser.csrf("/organisations/jes-osnabruck/request").await;
    let send = |n: usize| {
        let mut browser = browser.clone();
        let token = token.clone();
        async move {
            let reason = format!("Request number {n}.");
            browser
                .post_form(
                    "/organisations/jes-osnabruck/request",
                    &[
                        ("csrf_token", &token),
                        ("kind", "change"),
                        ("reason", &reason),
                    ],
                )
                .await
                .status
        }
    };
    let statuses = tokio::join!(
        send(0),
        send(1),
        send(2),
        send(3),
        send(4),
        send(5),
        send(6),
        send(7),
        send(8),
        send(9),
        send(10),
        send(11)
    );
    let statuses = [
        statuses.0,
        statuses.1,
        statuses.2,
        statuses.3,
        statuses.4,
        statuses.5,
        statuses.6,
        statuses.7,
        statuses.8,
        statuses.9,
        statuses.10,
        statuses.11,
    ];
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        3,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        9,
        "{statuses:?}"
    );
    assert_eq!(request_count(&app).await, 3);
    // The same limit holds for contributions from that address.
    let token = browser.csrf("/submit").await;
    let form = organisation_form("One Too Many");
    let refused = browser
        .post_form("/submit", &crate::helpers::with_token(&token, &form))
        .await;
    assert_eq!(refused.status, 429);
    // Another address is not held back.
    let mut other = Browser::new(&app).from("198.51.100.9");
    let sent = ask(
        &mut other,
        "jes-osnabruck",
        &[("kind", "change"), ("reason", "Other.")],
    )
    .await;
    assert_eq!(sent.status, 303);
}

#[tokio::test]
async fn a_declined_contribution_shows_the_moderators_reason_and_the_way_to_them() {
    let app = TestApp::seeded().await;
    create_moderator(&app.pool).await;
    let mut public = Browser::new(&app);
    let reference = submit(&mut public, &organisation_form("Not Quite A Group")).await;
    let pending = public.get(&format!("/submit/received/{reference}")).await;
    assert!(pending.texts(".decision-reason").is_empty());
    assert_eq!(pending.attrs("main a[href='/contact']", "href").len(), 1);

    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    let token = moderator
        .csrf(&format!("/admin/submissions/{reference}"))
        .await;
    let reason =
        "The sources describe a service run by professionals, not by people who use drugs.";
    let rejected = moderator
        .post_form(
            &format!("/admin/submissions/{reference}/reject"),
            &[("csrf_token", &token), ("reason", reason)],
        )
        .await;
    assert_eq!(rejected.status, 303, "{}", rejected.body);
    for lang in [Lang::En, Lang::Fr] {
        let page = public
            .get(&lang.path(&format!("/submit/received/{reference}")))
            .await;
        assert_eq!(page.texts("h1"), [lang.t("received-rejected-title")]);
        assert_eq!(
            page.texts(".decision-reason"),
            [format!("{} {reason}", lang.t("trust-received-reason"))]
        );
        assert_eq!(
            page.attrs("main a[href$='/contact']", "href"),
            [lang.path("/contact")]
        );
    }
}
