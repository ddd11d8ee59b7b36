//! The API's contract: every error under `/api/` is a problem document the OpenAPI document
//! lists; the document states the bounds the server enforces, and the server enforces exactly
//! those; a record matches exactly one branch of `OrganisationRecord`.

use serde_json::{Value, json};

use crate::helpers::{Browser, TestApp, get_with};

const PROBLEM: &str = "application/problem+json";

async fn document(app: &TestApp) -> Value {
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status, 200);
    response.json()
}

/// Asserts a problem document with `status` and `kind`, listed in the document for the operation.
fn assert_problem(
    document: &Value,
    (path, method): (&str, &str),
    response: &crate::helpers::TestResponse,
    status: u16,
    kind: &str,
) -> Value {
    assert_eq!(response.status, status, "{path}: {}", response.body);
    assert_eq!(response.header("content-type"), PROBLEM, "{path}");
    let problem = response.json();
    assert_eq!(problem["status"], status, "{path}");
    assert_eq!(problem["type"], format!("/api#problem-{kind}"), "{path}");
    assert!(!problem["detail"].as_str().unwrap().is_empty(), "{path}");
    let documented = &document["paths"][path][method]["responses"][status.to_string()];
    assert_eq!(
        documented["content"][PROBLEM]["schema"]["$ref"], "#/components/schemas/Problem",
        "{method} {path} documents its {status}"
    );
    problem
}

fn valid_submission() -> Value {
    json!({
        "name": "Contract Test Group",
        "description": "Sent to test the API's contract.",
        "categories": ["advocacy"],
        "user_led_degree": "unclear",
        "degree_note": "Not known.",
        "sources": [{"url": "https://example.org/", "title": "Example"}]
    })
}

#[tokio::test]
async fn every_error_under_the_api_is_a_documented_problem() {
    let app = TestApp::seeded().await.limited(userled::web::Limits {
        submissions_per_hour: 1,
        ..Default::default()
    });
    let document = document(&app).await;
    let one = "/api/v1/organisations/{slug}";
    let list = "/api/v1/organisations";
    let submissions = "/api/v1/submissions";

    // A path segment that is not UTF-8 once decoded is a bad parameter, named.
    let response = app.get("/api/v1/organisations/%FF").await;
    let problem = assert_problem(&document, (one, "get"), &response, 400, "invalid-parameter");
    assert_eq!(problem["parameter"], "slug");

    // A method the path does not answer.
    let mut browser = Browser::new(&app);
    let response = browser.request("DELETE", list, None, Vec::new()).await;
    assert_problem(
        &document,
        (list, "get"),
        &response,
        405,
        "method-not-allowed",
    );
    assert_eq!(response.header("allow"), "GET,HEAD");
    let response = browser.request("PUT", submissions, None, Vec::new()).await;
    assert_problem(
        &document,
        (submissions, "post"),
        &response,
        405,
        "method-not-allowed",
    );
    assert_eq!(response.header("allow"), "POST");

    // A body over the limit, and a body of another type.
    let mut big = valid_submission();
    big["description"] = json!("x".repeat(userled::web::BODY_LIMIT));
    let body = serde_json::to_vec(&big).unwrap();
    let response = browser
        .request("POST", submissions, Some("application/json"), body)
        .await;
    let problem = assert_problem(
        &document,
        (submissions, "post"),
        &response,
        413,
        "payload-too-large",
    );
    assert!(problem["detail"].as_str().unwrap().contains("64 KB"));
    let response = browser
        .request("POST", submissions, Some("text/plain"), b"hello".to_vec())
        .await;
    assert_problem(
        &document,
        (submissions, "post"),
        &response,
        415,
        "unsupported-media-type",
    );

    // Too many submissions from one address.
    let response = browser.post_json(submissions, &valid_submission()).await;
    assert_eq!(response.status, 202, "{}", response.body);
    let response = browser.post_json(submissions, &valid_submission()).await;
    assert_problem(
        &document,
        (submissions, "post"),
        &response,
        429,
        "too-many-requests",
    );
    assert!(response.header("retry-after").parse::<u64>().unwrap() > 0);

    // A language the site does not have, and an empty value, are bad parameters on every
    // operation, named.
    for (path, address) in [
        (list, "/api/v1/organisations?lang=xx"),
        ("/api/v1/vocabulary", "/api/v1/vocabulary?lang=xx"),
        ("/api/v1/statistics", "/api/v1/statistics?lang="),
        (one, "/api/v1/organisations/brugerforeningen?lang=klingon"),
    ] {
        let response = app.get(address).await;
        let problem = assert_problem(
            &document,
            (path, "get"),
            &response,
            400,
            "invalid-parameter",
        );
        assert_eq!(problem["parameter"], "lang", "{address}");
    }
    let response = app
        .get("/api/v1/organisations.csv?category=&country=DK")
        .await;
    let problem = assert_problem(
        &document,
        ("/api/v1/organisations.csv", "get"),
        &response,
        400,
        "invalid-parameter",
    );
    assert_eq!(problem["parameter"], "category");
}

#[tokio::test]
async fn problems_made_outside_the_handlers_speak_the_language_asked_for() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    // Under /api, Accept-Language or ?lang= chooses.
    let response = browser
        .request("DELETE", "/api/v1/vocabulary?lang=de", None, Vec::new())
        .await;
    assert_eq!(response.status, 405);
    assert_eq!(response.header("content-language"), "de");
    assert_eq!(response.json()["title"], "Methode nicht erlaubt");
    let response = get_with(
        &app,
        "/api/v1/organisations/%C3",
        &[("accept-language", "pl")],
    )
    .await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["title"], "Nieprawidłowy parametr");
    assert!(
        response.json()["detail"]
            .as_str()
            .unwrap()
            .starts_with("slug: ")
    );
}

#[tokio::test]
async fn bare_errors_on_pages_are_pages_in_the_pages_language() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    let response = browser
        .request("DELETE", "/de/about", None, Vec::new())
        .await;
    assert_eq!(response.status, 405);
    assert!(response.header("content-type").starts_with("text/html"));
    assert_eq!(response.header("allow"), "GET,HEAD");
    let html = response.html();
    let lang = html
        .select(&scraper::Selector::parse("html").unwrap())
        .next()
        .unwrap()
        .attr("lang");
    assert_eq!(lang, Some("de"));
    assert!(
        response
            .texts("h1")
            .concat()
            .contains("Methode nicht erlaubt")
    );

    let response = app.get("/organisations/%FF").await;
    assert_eq!(response.status, 400);
    assert!(response.header("content-type").starts_with("text/html"));
    assert!(
        response
            .texts("main li, main p")
            .join(" ")
            .contains("slug: "),
        "the page names the segment: {}",
        response.body
    );

    // A form body over the limit is refused before it is read, with a page that says so.
    let token = browser.csrf("/submit").await;
    let big = "x".repeat(userled::web::BODY_LIMIT);
    let response = browser
        .post_form("/submit", &[("csrf_token", &token), ("description", &big)])
        .await;
    assert_eq!(response.status, 413);
    assert!(response.header("content-type").starts_with("text/html"));
    assert!(response.body.contains("64 KB"), "{}", response.body);
}

#[tokio::test]
async fn the_document_states_the_bounds_the_server_enforces() {
    let app = TestApp::seeded().await;
    let document = document(&app).await;
    let year = time::OffsetDateTime::now_utc().year();
    let parameter = |name: &str| {
        document["paths"]["/api/v1/organisations"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name} is documented"))["schema"]
            .clone()
    };
    assert_eq!(parameter("page")["minimum"], 1);
    assert_eq!(parameter("per_page")["minimum"], 1);
    assert_eq!(parameter("per_page")["maximum"], 100);
    assert_eq!(parameter("founded_from")["minimum"], 1900);
    assert_eq!(parameter("founded_to")["maximum"], year);
    assert_eq!(parameter("q")["maxLength"], 200);
    // Each bound is where the server draws the line: on it is accepted, past it refused.
    let status = |query: String| {
        let app = &app;
        async move {
            app.get(&format!("/api/v1/organisations?{query}"))
                .await
                .status
        }
    };
    assert_eq!(status("page=1".into()).await, 200);
    assert_eq!(status("page=0".into()).await, 400);
    assert_eq!(status("per_page=100".into()).await, 200);
    assert_eq!(status("per_page=101".into()).await, 400);
    assert_eq!(status("per_page=0".into()).await, 400);
    assert_eq!(
        status(format!("founded_from=1900&founded_to={year}")).await,
        200
    );
    assert_eq!(status("founded_from=1899".into()).await, 400);
    assert_eq!(status(format!("founded_to={}", year + 1)).await, 400);
    assert_eq!(status(format!("q={}", "a".repeat(200))).await, 200);
    assert_eq!(status(format!("q={}", "a".repeat(201))).await, 400);

    let body = &document["components"]["schemas"]["SubmissionBody"];
    let mut required: Vec<&str> = body["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    required.sort_unstable();
    assert_eq!(
        required,
        [
            "categories",
            "degree_note",
            "description",
            "name",
            "sources",
            "user_led_degree"
        ]
    );
    let property = |name: &str| body["properties"][name].clone();
    assert_eq!(property("name")["minLength"], 1);
    assert_eq!(property("name")["maxLength"], 200);
    assert_eq!(property("description")["minLength"], 1);
    assert_eq!(property("categories")["minItems"], 1);
    assert_eq!(property("sources")["minItems"], 1);
    assert_eq!(body["dependentRequired"]["slug"], json!(["note"]));
    assert_eq!(body["additionalProperties"], false);
}

/// Whether `instance` is valid against the component schema `name` of `document`.
fn matches(document: &Value, name: &str, instance: &Value) -> bool {
    let schema = json!({
        "$ref": format!("#/components/schemas/{name}"),
        "components": document["components"],
    });
    jsonschema::draft202012::new(&schema)
        .unwrap_or_else(|err| panic!("{name}: {err}"))
        .is_valid(instance)
}

#[tokio::test]
async fn answers_and_submissions_are_valid_against_the_document() {
    let app = TestApp::fixture().await;
    let document = document(&app).await;
    let full = app
        .get("/api/v1/organisations/alpha-harm-reduction-berlin")
        .await;
    assert_eq!(full.status, 200, "{}", full.body);
    let full = full.json();
    let discreet = app
        .get("/api/v1/organisations/epsilon-discreet-group")
        .await
        .json();
    assert_eq!(discreet["visibility"], "discreet");
    // Each record matches exactly one branch, so a strict oneOf accepts both.
    assert!(matches(&document, "FullRecord", &full));
    assert!(!matches(&document, "DiscreetRecord", &full));
    assert!(matches(&document, "DiscreetRecord", &discreet));
    assert!(!matches(&document, "FullRecord", &discreet));
    assert!(matches(&document, "OrganisationRecord", &full));
    assert!(matches(&document, "OrganisationRecord", &discreet));
    let list = app.get("/api/v1/organisations?per_page=100").await.json();
    assert!(matches(&document, "OrganisationList", &list));

    // What the document allows in a submission is what the server takes, field by field.
    let submission = valid_submission();
    assert!(matches(&document, "SubmissionBody", &submission));
    let mut correction = full.clone();
    correction["note"] = json!("The city changed.");
    assert!(
        matches(&document, "SubmissionBody", &correction),
        "a full record sent back, with a note, is a valid correction"
    );
    for (field, value) in [
        ("name", json!("")),
        ("categories", json!([])),
        ("sources", json!([])),
        ("unknown_field", json!(1)),
        ("founded_year", json!(1899)),
    ] {
        let mut body = valid_submission();
        body[field] = value;
        assert!(!matches(&document, "SubmissionBody", &body), "{field}");
        let response = Browser::new(&app)
            .post_json("/api/v1/submissions", &body)
            .await;
        assert_eq!(response.status, 422, "{field}: {}", response.body);
        assert_eq!(response.json()["errors"][0]["field"], field);
    }
    let mut without_note = valid_submission();
    without_note["slug"] = json!("alpha-harm-reduction-berlin");
    assert!(!matches(&document, "SubmissionBody", &without_note));
    let response = Browser::new(&app)
        .post_json("/api/v1/submissions", &without_note)
        .await;
    assert_eq!(response.status, 422);
    assert_eq!(response.json()["errors"][0]["field"], "note");
}
