//! The organisation form to the GOV.UK standard: an error summary in the form's order and words,
//! optional fields marked, lists that grow and shrink without JavaScript, web addresses typed
//! without `https://`, countries in the page language's order, and the duplicate notice.

use crate::contribute::{organisation_form, submit};
use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, TestResponse, as_pairs, create_moderator, form_values,
    set_field, submission_count,
};

/// Every summary link's target is the id of a control on the page.
fn assert_summary_targets_exist(page: &TestResponse) {
    let ids = page.attrs("input[id], select[id], textarea[id], button[id]", "id");
    for href in page.attrs(".error-summary a", "href") {
        let id = href.strip_prefix('#').expect("an in-page link");
        assert!(ids.iter().any(|i| i == id), "{href} points at no control");
    }
}

/// A form with several errors, in a different order from the record's: a blank name, a year
/// that is no number, no evidence of the degree, a second source without a web address, and an
/// email that is none.
fn faulty_form() -> Vec<(String, String)> {
    let mut form = organisation_form("");
    set_field(&mut form, "founded_year", "19x");
    set_field(&mut form, "degree_note", "");
    set_field(&mut form, "sources[1][url]", "not a link");
    set_field(&mut form, "sources[1][title]", "A second page");
    set_field(&mut form, "contact_email", "nobody");
    form
}

async fn send_faulty(prefix: &str) -> (TestApp, TestResponse) {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let response = browser
        .send_form(&format!("{prefix}/submit"), &faulty_form())
        .await;
    assert_eq!(response.status, 422, "{}", response.body);
    (app, response)
}

#[tokio::test]
async fn the_error_summary_follows_the_form_in_its_words() {
    let (app, response) = send_faulty("").await;
    assert_eq!(submission_count(&app.pool).await, 0);
    assert_eq!(
        response.texts(".error-summary li"),
        [
            "Name – Enter the name of the organisation",
            "Year founded – Enter the year as a number, such as 1994",
            "How do you know? – Say in one sentence how you know how far it is led by people who use drugs",
            "Source 2: Web address – Enter a web address that starts with https://",
            "Your email – Enter an email address like name@example.org, or leave it empty",
        ]
    );
    assert_eq!(
        response.attrs(".error-summary a", "href"),
        [
            "#f-name",
            "#f-founded_year",
            "#f-degree_note",
            "#f-sources-1-url",
            "#f-contact_email",
        ]
    );
    assert_summary_targets_exist(&response);
    // Beside the field, the same words without the label.
    assert_eq!(
        response.texts("#f-sources-1-url-error"),
        ["Error: Enter a web address that starts with https://"]
    );
    assert!(response.texts("title")[0].starts_with("Error: Add an organisation"));
    assert!(
        !response.body.contains("relative URL"),
        "a parser's message"
    );

    // The API keeps its field paths and its own words.
    let mut api = Browser::new(&app);
    let problem = api
        .post_json(
            "/api/v1/submissions",
            &serde_json::json!({"name": "X", "website": "not a link"}),
        )
        .await;
    assert_eq!(problem.status, 422);
    assert!(
        problem
            .body
            .contains("website: \\\"not a link\\\" is not a valid URL")
            || problem.body.contains("\"field\":\"website\""),
        "{}",
        problem.body
    );
}

#[tokio::test]
async fn the_error_summary_speaks_german_on_a_german_page() {
    let (_, response) = send_faulty("/de").await;
    assert_eq!(
        response.texts(".error-summary li"),
        [
            "Name – Geben Sie den Namen der Organisation ein",
            "Gründungsjahr – Geben Sie das Jahr als Zahl ein, zum Beispiel 1994",
            "Woher wissen Sie das? – Sagen Sie in einem Satz, woher Sie wissen, wie weit sie von Menschen, die Drogen gebrauchen, geführt wird",
            "Quelle 2: Webadresse – Geben Sie eine Webadresse ein, die mit https:// beginnt",
            "Ihre E-Mail-Adresse – Geben Sie eine E-Mail-Adresse wie name@example.org ein oder lassen Sie das Feld leer",
        ]
    );
    assert_summary_targets_exist(&response);
    assert!(response.texts("title")[0].starts_with("Fehler: "));
}

#[tokio::test]
async fn errors_without_a_control_of_their_own_link_to_the_nearest() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    // A category given that no checkbox offers shows on the group, linked at its first box.
    let mut form = organisation_form("Nearest Control Group");
    set_field(&mut form, "categories", "astrology");
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 422);
    assert_eq!(
        response.attrs(".error-summary a", "href"),
        ["#f-categories-mutual_aid"]
    );
    assert_eq!(
        response.texts(".error-summary li"),
        ["Categories – Choose one of the options listed"]
    );
    // A field no form has: the form cannot be read, said plainly, linked to its first field.
    let mut form = organisation_form("Nearest Control Group");
    form.push(("sources[0][pages]".into(), "12".into()));
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 422);
    assert_eq!(response.attrs(".error-summary a", "href"), ["#f-name"]);
    assert_eq!(
        response.texts(".error-summary li"),
        ["Part of the form could not be read: check what you entered and send it again"]
    );
    assert_summary_targets_exist(&response);
}

#[tokio::test]
async fn an_address_without_https_is_accepted_by_the_form_and_stored_with_it() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let mut form = organisation_form("Bare Host Collective");
    set_field(&mut form, "website", "www.example.org");
    set_field(&mut form, "sources[0][url]", "www.example.org/about");
    submit(&mut browser, &form).await;
    let (website, source): (String, String) = sqlx::query_as(
        "SELECT json_extract(record, '$.website'), json_extract(record, '$.sources[0].url') \
         FROM submissions",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(website, "https://www.example.org");
    assert_eq!(source, "https://www.example.org/about");

    // The API takes addresses exactly as given: a program sending a bare host hears of it.
    let response = browser
        .post_json(
            "/api/v1/submissions",
            &serde_json::json!({
                "name": "Bare Host Api Group",
                "description": "Sent by a program.",
                "categories": ["mutual_aid"],
                "user_led_degree": "unclear",
                "degree_note": "Not known.",
                "website": "www.example.org",
                "sources": [{"url": "https://example.org/", "title": "Example"}]
            }),
        )
        .await;
    assert_eq!(response.status, 422, "{}", response.body);
    assert!(response.body.contains("website"), "{}", response.body);
}

#[tokio::test]
async fn optional_fields_say_so_and_rules_are_stated_before_sending() {
    let app = TestApp::fixture().await;
    let page = app.get("/submit").await;
    let label = |id: &str| page.texts(&format!("label[for={id}]"))[0].clone();
    for id in [
        "f-website",
        "f-city",
        "f-founded_year",
        "f-sources-0-note",
        "f-contact_email",
        "f-note",
    ] {
        assert!(label(id).ends_with("(optional)"), "{id}: {}", label(id));
    }
    for id in [
        "f-name",
        "f-description",
        "f-degree_note",
        "f-sources-0-url",
        "f-sources-0-title",
    ] {
        assert!(!label(id).contains("(optional)"), "{id}: {}", label(id));
        assert_eq!(page.attrs(&format!("#{id}"), "aria-required"), ["true"]);
    }
    let legends = page.texts("legend");
    assert!(legends.contains(&"Activities (optional)".to_owned()));
    assert!(legends.contains(&"Other names (optional)".to_owned()));
    assert!(legends.contains(&"Countries (optional)".to_owned()));
    assert_eq!(
        label("f-countries-0"),
        "Country 1",
        "its list's legend says it"
    );
    assert!(legends.contains(&"Categories".to_owned()));
    // The source title's rule, before anything is sent.
    assert_eq!(
        page.texts("#f-sources-0-title-hint"),
        ["Its title as written there, on one line, at most 200 characters."]
    );
    // One "not known" for the status: the status is one of three, unknown until chosen.
    let status: Vec<String> = page.attrs("#f-status option", "value");
    assert_eq!(status, ["active", "inactive", "unknown"]);
    assert_eq!(
        page.attrs("#f-status option[selected]", "value"),
        ["unknown"]
    );
    let known_not: usize = page
        .texts("#f-status option, #f-scope option")
        .iter()
        .filter(|t| *t == "Not known" || *t == "Unknown")
        .count();
    assert_eq!(known_not, 2, "one in each select, not two in one");
}

/// The countries offered by the first country select, by name.
async fn country_names(app: &TestApp, prefix: &str) -> Vec<String> {
    let page = app.get(&format!("{prefix}/submit")).await;
    page.texts("#f-countries-0 option")
        .into_iter()
        .skip(1)
        .collect()
}

#[tokio::test]
async fn countries_are_in_the_order_of_their_names_in_the_page_language() {
    let app = TestApp::fixture().await;
    let german = country_names(&app, "/de").await;
    let at = |names: &[String], name: &str| {
        names
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("{name} not offered"))
    };
    assert!(at(&german, "Oman") < at(&german, "Österreich"));
    assert!(at(&german, "Österreich") < at(&german, "Pakistan"));
    assert!(at(&german, "Dänemark") < at(&german, "Deutschland"));
    let polish = country_names(&app, "/pl").await;
    assert!(at(&polish, "Litwa") < at(&polish, "Łotwa"));
    assert!(at(&polish, "Łotwa") < at(&polish, "Luksemburg"));
    assert!(at(&polish, "Niemcy") < at(&polish, "Norwegia"));
    assert_eq!(german.len(), polish.len());
}

/// The page a form's "Add another" or "Remove" button brings.
async fn press(
    browser: &mut Browser,
    path: &str,
    form: &[(String, String)],
    action: &str,
) -> TestResponse {
    let mut form = form.to_vec();
    form.push(("row_action".into(), action.into()));
    browser.send_form(path, &form).await
}

#[tokio::test]
async fn add_another_and_remove_change_the_rows_without_storing_or_scolding() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let page = browser.get("/submit").await;
    assert_eq!(
        page.attrs("button[name=row_action]", "value")
            .iter()
            .filter(|v| v.starts_with("add:"))
            .count(),
        8,
        "one Add another per list"
    );
    assert!(page.texts("#f-sources-add")[0] == "Add another source");
    assert!(page.attrs("#f-sources-1-url", "id").is_empty());

    // A form half filled in: one source, a name, nothing else. Adding a source row shows
    // the form again with an empty second row and no errors, and stores nothing.
    let mut form = vec![
        ("name".to_owned(), "Half Filled Group".to_owned()),
        (
            "sources[0][url]".to_owned(),
            "https://example.org/a".to_owned(),
        ),
        ("leave_this_empty".to_owned(), String::new()),
    ];
    let added = press(&mut browser, "/submit", &form, "add:sources").await;
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(submission_count(&app.pool).await, 0);
    assert!(added.texts(".error-summary").is_empty());
    assert!(added.texts(".error").is_empty());
    assert!(!added.texts("title")[0].starts_with("Error"));
    assert_eq!(
        added.attrs("#f-sources-0-url", "value"),
        ["https://example.org/a"]
    );
    assert_eq!(added.attrs("#f-sources-1-url", "value"), [""]);
    assert_eq!(added.attrs("#f-name", "value"), ["Half Filled Group"]);
    assert_eq!(added.attrs("input[name=csrf_token]", "value").len(), 1);
    assert!(added.texts("legend").contains(&"Source 2".to_owned()));

    // Remove the middle one of three: the third moves up.
    form.extend([
        (
            "sources[1][url]".to_owned(),
            "https://example.org/b".to_owned(),
        ),
        (
            "sources[2][url]".to_owned(),
            "https://example.org/c".to_owned(),
        ),
    ]);
    let removed = press(&mut browser, "/submit", &form, "remove:sources:1").await;
    assert_eq!(removed.status, 200);
    assert_eq!(
        removed.attrs("#f-sources-0-url", "value"),
        ["https://example.org/a"]
    );
    assert_eq!(
        removed.attrs("#f-sources-1-url", "value"),
        ["https://example.org/c"]
    );
    assert!(removed.attrs("#f-sources-2-url", "id").is_empty());
    assert_eq!(
        removed.texts("button[value='remove:sources:1']"),
        ["Remove Source 2"],
        "the button names its row for screen readers"
    );

    // A country more, and one fewer.
    let countries = vec![("countries".to_owned(), "DE".to_owned())];
    let more = press(&mut browser, "/submit", &countries, "add:countries").await;
    assert_eq!(more.attrs("select[name=countries]", "id").len(), 2);
    let two = vec![
        ("countries".to_owned(), "DE".to_owned()),
        ("countries".to_owned(), "FR".to_owned()),
    ];
    let fewer = press(&mut browser, "/submit", &two, "remove:countries:0").await;
    assert_eq!(
        fewer.attrs("#f-countries-0 option[selected]", "value"),
        ["FR"]
    );
    assert!(fewer.attrs("#f-countries-1", "id").is_empty());
    assert_eq!(submission_count(&app.pool).await, 0);

    // A row added behind "More" opens it.
    assert!(page.attrs("details.more", "open").is_empty());
    let evaluation = press(&mut browser, "/submit", &[], "add:evaluations").await;
    assert_eq!(evaluation.attrs("details.more", "open"), [""]);
    assert_eq!(evaluation.attrs("#f-evaluations-0-citation", "value"), [""]);

    // Without the CSRF token, no round trip either.
    let pairs = [("name", "X"), ("row_action", "add:sources")];
    let mut stranger = Browser::new(&app);
    assert_eq!(stranger.post_form("/submit", &pairs).await.status, 403);
}

#[tokio::test]
async fn the_honeypot_survives_a_round_trip_and_still_stops_the_bot() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let mut form = organisation_form("Round Trip Bot");
    set_field(&mut form, "leave_this_empty", "https://spam.example");
    let added = press(&mut browser, "/submit", &form, "add:aliases").await;
    assert_eq!(added.status, 200);
    assert_eq!(
        added.attrs("#f-leave_this_empty", "value"),
        ["https://spam.example"]
    );
    assert_eq!(added.attrs("#f-aliases-0-name", "value"), [""]);
    // The bot sends the form as shown: refused, nothing stored.
    let sent = form_values(&added, "form.record-form");
    let response = browser.post_form("/submit", &as_pairs(&sent)).await;
    assert_eq!(response.status, 422);
    assert_eq!(submission_count(&app.pool).await, 0);
}

#[tokio::test]
async fn the_moderators_forms_add_rows_without_saving_or_approving() {
    let app = TestApp::seeded().await;
    create_moderator(&app.pool).await;
    let mut public = Browser::new(&app);
    let reference = submit(&mut public, &organisation_form("Moderated Rows Group")).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;

    // On the review page, "Add another" shows the page again; the submission stays pending.
    let review_path = format!("/admin/submissions/{reference}");
    let review = moderator.get(&review_path).await;
    let approve = format!("{review_path}/approve");
    let mut form = form_values(&review, &format!("form[action='{approve}']"));
    form.push(("row_action".into(), "add:events".into()));
    let response = moderator.post_form(&approve, &as_pairs(&form)).await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(response.attrs("#f-events-0-year", "value"), [""]);
    let pending: i64 =
        sqlx::query_scalar("SELECT count(*) FROM submissions WHERE status = 'pending'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(pending, 1);

    // On the edit page, likewise: no revision is written.
    let revisions = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM revisions")
            .fetch_one(&app.pool)
            .await
            .unwrap()
    };
    let before = revisions().await;
    let edit_path = "/admin/organisations/brugerforeningen/edit";
    let edit = moderator.get(edit_path).await;
    assert_eq!(edit.status, 200);
    let sources = edit
        .attrs("input[name$='[url]'][name^=sources]", "name")
        .len();
    let mut form = form_values(&edit, "form.record-form");
    form.push(("row_action".into(), "add:sources".into()));
    let response = moderator.post_form(edit_path, &as_pairs(&form)).await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(
        response
            .attrs("input[name$='[url]'][name^=sources]", "name")
            .len(),
        sources + 1
    );
    assert!(response.texts(".error-summary").is_empty());
    assert_eq!(revisions().await, before);
}

#[tokio::test]
async fn the_duplicate_notice_holds_its_confirm_choice() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    let mut form = organisation_form("Bruger Foreningen");
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 200);
    // The box and a button to send are inside the notice, which is inside the form.
    assert_eq!(
        response
            .attrs("form.record-form .notice #f-confirm_new", "value")
            .len(),
        1
    );
    assert_eq!(
        response.texts("form.record-form .notice button[type=submit]"),
        ["Confirm and send"]
    );
    set_field(&mut form, "confirm_new", "yes");
    assert_eq!(browser.send_form("/submit", &form).await.status, 303);
}
