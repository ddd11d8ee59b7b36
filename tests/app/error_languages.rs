//! Errors in the reader's language: the error page in the page's language, the API's problem
//! documents in the language asked for (`?lang=` or `Accept-Language`, English by default), and a
//! form's messages beside their fields. Parameter and field names stay as the API spells them.

use crate::contribute::organisation_form;
use crate::helpers::{Browser, TestApp, get_with, with_token};

#[tokio::test]
async fn a_bad_parameter_on_a_german_page_is_explained_in_german() {
    let app = TestApp::seeded().await;
    let page = app.get("/de/organisations?page=0").await;
    assert_eq!(page.status, 400, "{}", page.body);
    assert_eq!(page.attrs("html", "lang"), ["de"]);
    assert_eq!(page.texts("h1"), ["Ungültiger Parameter"]);
    assert_eq!(page.texts("title"), ["Ungültiger Parameter – userled"]);
    assert!(page.texts("p.muted").contains(&"Fehler 400".to_owned()));
    assert_eq!(
        page.texts(".error-details li"),
        ["page: „0“ ist keine Seitenzahl (1 oder mehr)"]
    );
    // The way on stays in German.
    assert_eq!(page.attrs("form.search", "action"), ["/de/organisations"]);
    assert!(page.texts("label[for=q]")[0].contains("im Register suchen"));
    for english in [
        "Invalid parameter",
        "is not a page number",
        "Search the registry",
    ] {
        assert!(!page.body.contains(english), "{english}");
    }

    let english = app.get("/organisations?page=0").await;
    assert_eq!(english.attrs("html", "lang"), ["en"]);
    assert_eq!(english.texts("h1"), ["Invalid parameter"]);
    assert_eq!(
        english.texts(".error-details li"),
        ["page: \"0\" is not a page number (1 or more)"]
    );
}

#[tokio::test]
async fn a_missing_page_says_so_in_its_language() {
    let app = TestApp::seeded().await;
    let page = app.get("/pl/organisations/no-such-group").await;
    assert_eq!(page.status, 404);
    assert_eq!(page.attrs("html", "lang"), ["pl"]);
    assert_eq!(page.texts("h1"), ["Nie znaleziono"]);
    assert_eq!(
        page.texts(".error-details li"),
        ["W rejestrze nie ma organizacji „no-such-group”."]
    );
    let page = app.get("/fr/countries/XX").await;
    assert_eq!(page.status, 404);
    // (`texts` folds white space, the no-break spaces inside the guillemets too.)
    assert_eq!(
        page.texts(".error-details li"),
        ["Il n’y a pas de pays « XX »."]
    );
    assert!(page.body.contains("pays «\u{a0}XX\u{a0}»"));
}

#[tokio::test]
async fn a_problem_document_speaks_the_language_the_request_asks_for() {
    let app = TestApp::seeded().await;

    let english = app.get("/api/v1/organisations?page=0").await;
    assert_eq!(english.status, 400);
    assert_eq!(english.header("content-type"), "application/problem+json");
    assert_eq!(english.header("content-language"), "en");
    let problem = english.json();
    assert_eq!(problem["title"], "Invalid parameter");
    assert_eq!(
        problem["detail"],
        "page: \"0\" is not a page number (1 or more)"
    );
    assert_eq!(
        problem["errors"][0]["detail"],
        "\"0\" is not a page number (1 or more)"
    );

    let french = app.get("/api/v1/organisations?page=0&lang=fr").await;
    assert_eq!(french.status, 400);
    assert_eq!(french.header("content-language"), "fr");
    let problem = french.json();
    assert_eq!(problem["type"], "/api#problem-invalid-parameter");
    assert_eq!(problem["title"], "Paramètre non valide");
    assert_eq!(
        problem["detail"],
        "page: «\u{a0}0\u{a0}» n’est pas un numéro de page (1 ou plus)"
    );
    // `lang` is not a search parameter at fault, and names stay as the API spells them.
    assert_eq!(problem["parameter"], "page");
    assert_eq!(problem["errors"].as_array().unwrap().len(), 1);
    assert_eq!(problem["errors"][0]["parameter"], "page");

    let polish = get_with(
        &app,
        "/api/v1/organisations?page=0",
        &[("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")],
    )
    .await;
    assert_eq!(polish.status, 400);
    assert_eq!(polish.header("content-language"), "pl");
    let problem = polish.json();
    assert_eq!(problem["title"], "Nieprawidłowy parametr");
    assert_eq!(
        problem["errors"][0]["detail"],
        "„0” nie jest numerem strony (1 lub więcej)"
    );
    assert!(polish.header("vary").contains("Accept-Language"));

    // `?lang=` wins over the header; an unknown language is English.
    let asked = get_with(
        &app,
        "/api/v1/organisations?page=0&lang=de",
        &[("accept-language", "pl")],
    )
    .await;
    assert_eq!(asked.json()["title"], "Ungültiger Parameter");
    let unknown = app.get("/api/v1/organisations?page=0&lang=ja").await;
    assert_eq!(unknown.json()["title"], "Invalid parameter");

    let missing = app.get("/api/v1/organisations/no-such-group?lang=es").await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["title"], "No encontrado");
    assert_eq!(
        missing.json()["detail"],
        "No hay ninguna organización «no-such-group» en el registro."
    );
}

#[tokio::test]
async fn an_invalid_record_from_the_api_is_explained_field_by_field_in_the_language_asked_for() {
    let app = TestApp::seeded().await;
    let mut browser = Browser::new(&app);
    let body = serde_json::json!({
        "name": "Gruppe ohne Quellen",
        "description": "Eine erfundene Gruppe.",
        "categories": ["mutual_aid"],
        "countries": ["UK"],
        "user_led_degree": "user_led",
        "degree_note": "Von Mitgliedern geführt.",
        "sources": []
    });
    let response = browser
        .post_json("/api/v1/submissions?lang=de", &body)
        .await;
    assert_eq!(response.status, 422, "{}", response.body);
    let problem = response.json();
    assert_eq!(problem["type"], "/api#problem-invalid-record");
    assert_eq!(problem["title"], "Ungültiger Eintrag");
    let errors = problem["errors"].as_array().unwrap();
    let by_field = |field: &str| {
        errors
            .iter()
            .find(|e| e["field"] == field)
            .unwrap_or_else(|| panic!("no error for {field}: {errors:?}"))["detail"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        by_field("countries[0]"),
        "„UK“ ist kein vergebener Ländercode nach ISO 3166-1; das Vereinigte Königreich hat den Code GB"
    );
    assert_eq!(
        by_field("sources"),
        "geben Sie mindestens eine Quelle an: einen Link, der diesen Eintrag belegt"
    );
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("sources: geben Sie mindestens eine Quelle an"),
        "{problem}"
    );
}

#[tokio::test]
async fn a_german_form_shows_german_messages_beside_its_fields() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let token = browser.csrf("/de/submit").await;
    let mut form = organisation_form("");
    let set = |form: &mut Vec<(String, String)>, key: &str, value: &str| {
        form.retain(|(k, _)| k != key);
        form.push((key.into(), value.into()));
    };
    set(&mut form, "founded_year", "19x");
    set(&mut form, "categories", "");
    set(&mut form, "sources[0][url]", "beispiel");
    set(&mut form, "contact_email", "niemand");
    let response = browser
        .post_form("/de/submit", &with_token(&token, &form))
        .await;
    assert_eq!(response.status, 422, "{}", response.body);
    assert_eq!(response.attrs("html", "lang"), ["de"]);
    for (id, message) in [
        ("f-name", "Geben Sie den Namen der Organisation ein"),
        ("f-founded_year", "Geben Sie das Jahr als Zahl ein"),
        (
            "f-sources-0-url",
            "Geben Sie eine Webadresse ein, die mit https:// beginnt",
        ),
        ("f-contact_email", "Geben Sie eine E-Mail-Adresse"),
        ("f-categories", "Wählen Sie mindestens eine Kategorie"),
    ] {
        let error = response.texts(&format!("#{id}-error"));
        assert_eq!(error.len(), 1, "no error beside {id}");
        assert!(error[0].contains(message), "{id}: {error:?}");
        // Beside its input, a message does not name the field again.
        let field = id.trim_start_matches("f-");
        assert!(!error[0].contains(&format!("{field}:")), "{id}: {error:?}");
    }
    for english in [
        "is required",
        "is not a whole number",
        "choose at least one",
    ] {
        assert!(!response.body.contains(english), "{english}");
    }
}
