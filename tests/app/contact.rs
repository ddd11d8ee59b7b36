//! Contact channels: through the registry file, the API, the form, the entry page, the CSV and
//! JSON-LD, and never shown for a discreet organisation.

use serde_json::{Value, json};
use userled::interchange;

use crate::contribute::{organisation_form, submit};
use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, TestResponse, approve_as_sent, create_moderator,
    empty_pool, set_field,
};

const EMAIL: &str = "kontakt@nachbarschaft.example";
const TELEPHONE: &str = "+49 561 123 4567";
const STREET: &str = "Friedrich-Ebert-Straße 12";
const TELEGRAM: &str = "https://t.me/nachbarschaft_peers";

/// A record with every contact detail; `visibility` listed or discreet.
fn record(name: &str, visibility: &str) -> Value {
    json!({
        "name": name,
        "description": "Peers meeting peers, made up for this test.",
        "categories": ["mutual_aid"],
        "countries": ["DE"],
        "user_led_degree": "user_led",
        "degree_note": "Its members run it.",
        "website": "https://nachbarschaft.example/",
        "contact": {
            "email": EMAIL,
            "telephone": TELEPHONE,
            "address": {
                "street": STREET,
                "postal_code": "34117",
                "locality": "Kassel",
                "country": "DE"
            },
            "links": [
                {"kind": "messaging", "url": TELEGRAM},
                {"kind": "social", "url": "https://social.example/@peers"}
            ],
            "meets": "both",
            "languages": ["tr", "de"],
            "how_to_get_in_touch": "Tuesdays 18:00 at the café.\nAsk for Hatice."
        },
        "visibility": visibility,
        "last_verified": "2026-03-02",
        "sources": [
            {"url": "https://nachbarschaft.example/about", "title": "About us", "year": 2019},
            {"url": "https://news.example/peers", "title": "Peers in Kassel", "year": 2021}
        ]
    })
}

async fn app_with_contacts() -> TestApp {
    let pool = empty_pool().await;
    let file = json!({
        "format": "userled-registry/1",
        "organisations": [
            record("Nachbarschaft Peers", "listed"),
            record("Quiet Peers", "discreet"),
            {
                "name": "Plain Peers",
                "description": "Peers without any contact recorded.",
                "categories": ["mutual_aid"],
                "countries": ["AT"],
                "user_led_degree": "user_led",
                "degree_note": "Its members run it.",
                "sources": [{"url": "https://plain.example/", "title": "Plain"}]
            }
        ]
    });
    interchange::import(&pool, &file.to_string(), userled::now())
        .await
        .unwrap();
    TestApp::with_pool(pool).await
}

/// Every secret a discreet entry must not show.
fn assert_shows_no_contact(response: &TestResponse) {
    for secret in [EMAIL, "561 123 4567", STREET, TELEGRAM, "Hatice", "34117"] {
        assert!(
            !response.body.contains(secret),
            "{secret} shown: {}",
            response.body
        );
    }
}

#[tokio::test]
async fn contact_details_round_trip_through_the_file_and_the_api() {
    let app = app_with_contacts().await;
    let exported = interchange::export(&app.pool, 2026).await.unwrap();
    let file: Value = serde_json::from_str(&exported).unwrap();
    let listed = &file["organisations"][0];
    assert_eq!(listed["slug"], "nachbarschaft-peers");
    let expected = json!({
        "email": EMAIL,
        "telephone": TELEPHONE,
        "address": {"street": STREET, "postal_code": "34117", "locality": "Kassel", "country": "DE"},
        "links": [
            {"kind": "messaging", "url": TELEGRAM},
            {"kind": "social", "url": "https://social.example/@peers"}
        ],
        "meets": "both",
        "languages": ["de", "tr"],
        "how_to_get_in_touch": "Tuesdays 18:00 at the café.\nAsk for Hatice."
    });
    assert_eq!(listed["contact"], expected);
    assert_eq!(listed["sources"][0]["year"], 2019);
    // Every key present where nothing is known, and the file reads back to the same bytes.
    let plain = &file["organisations"][1];
    assert_eq!(plain["slug"], "plain-peers");
    assert_eq!(
        plain["contact"],
        json!({"email": null, "telephone": null, "address": null, "links": [], "meets": null,
               "languages": [], "how_to_get_in_touch": null})
    );
    let again = empty_pool().await;
    interchange::import(&again, &exported, userled::now())
        .await
        .unwrap();
    assert_eq!(interchange::export(&again, 2026).await.unwrap(), exported);

    let api = app.get("/api/v1/organisations/nachbarschaft-peers").await;
    assert_eq!(api.status, 200);
    assert_eq!(api.json()["contact"], expected);

    // A discreet organisation: its record has no contact, and neither does anything else.
    let discreet = app.get("/api/v1/organisations/quiet-peers").await;
    assert_eq!(discreet.status, 200);
    assert!(discreet.json().get("contact").is_none());
    assert_shows_no_contact(&discreet);
    let list = app.get("/api/v1/organisations?per_page=100").await;
    assert_shows_no_contact(&list);
    let csv = app.get("/api/v1/organisations.csv").await;
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let header: Vec<String> = csv::Reader::from_reader(csv.body.as_bytes())
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = |slug: &str| rows.iter().find(|r| &r[0] == slug).unwrap().clone();
    let listed_row = row("nachbarschaft-peers");
    assert_eq!(&listed_row[column("email")], EMAIL);
    // A cell starting with + would be a formula to a spreadsheet: it is defused with a quote.
    assert_eq!(&listed_row[column("telephone")], format!("'{TELEPHONE}"));
    assert_eq!(
        &listed_row[column("address")],
        format!("{STREET}, 34117 Kassel, DE")
    );
    assert_eq!(
        &listed_row[column("contact_links")],
        format!("{TELEGRAM} https://social.example/@peers")
    );
    assert_eq!(&listed_row[column("meets")], "both");
    assert_eq!(&listed_row[column("languages")], "de;tr");
    assert_eq!(&listed_row[column("last_verified")], "2026-03-02");
    assert_eq!(&listed_row[column("newest_source_year")], "2021");
    let discreet_row = row("quiet-peers");
    for name in [
        "email",
        "telephone",
        "address",
        "contact_links",
        "meets",
        "languages",
    ] {
        assert_eq!(&discreet_row[column(name)], "", "{name}");
    }
}

#[tokio::test]
async fn the_entry_page_leads_with_how_to_reach_the_organisation() {
    let app = app_with_contacts().await;
    let page = app.get("/organisations/nachbarschaft-peers").await;
    assert_eq!(page.status, 200);
    // The block comes right after the heading, before the description.
    let reach = page.body.find("class=\"reach\"").unwrap();
    assert!(reach < page.body.find("class=\"description\"").unwrap());
    assert_eq!(
        page.attrs(".reach-actions a", "href"),
        [
            "https://nachbarschaft.example/",
            &format!("mailto:{EMAIL}"),
            "tel:+495611234567"
        ]
    );
    assert_eq!(
        page.texts(".reach-actions .reach-kind"),
        ["Website", "E-mail", "Telephone"]
    );
    assert_eq!(
        page.texts(".reach-actions .reach-value")[0],
        "nachbarschaft.example"
    );
    assert_eq!(
        page.texts(".reach-how"),
        ["Tuesdays 18:00 at the café. Ask for Hatice."]
    );
    assert_eq!(
        page.texts(".reach-details dt"),
        [
            "Meets people",
            "Works in",
            "Social media and messaging",
            "Postal address"
        ]
    );
    assert_eq!(page.texts(".reach-details dd")[0], "In person and online");
    // Languages named in themselves, each marked with its language for screen readers.
    assert_eq!(
        page.attrs(".reach-details span[lang]", "lang"),
        ["de", "tr"]
    );
    assert_eq!(
        page.texts(".reach-details span[lang]"),
        ["Deutsch", "Türkçe"]
    );
    assert!(
        page.body.contains(&format!(
            "<address>{STREET}<br>34117 Kassel<br>Germany</address>"
        )),
        "one line each: street, postcode and town, country"
    );
    assert_eq!(
        page.attrs(".reach-details ul a", "href"),
        [TELEGRAM, "https://social.example/@peers"]
    );
    // How current it is: checked in March 2026, its newest dated source from 2021.
    assert!(
        page.texts(".key-facts dd")
            .iter()
            .any(|t| t.contains("described in a 2021 source"))
    );

    // The same as schema.org data.
    let json_ld: Value =
        serde_json::from_str(&page.texts("script[type=\"application/ld+json\"]")[0]).unwrap();
    assert_eq!(json_ld["email"], EMAIL);
    assert_eq!(json_ld["contactPoint"]["@type"], "ContactPoint");
    assert_eq!(json_ld["contactPoint"]["telephone"], TELEPHONE);
    assert_eq!(
        json_ld["contactPoint"]["availableLanguage"],
        json!(["de", "tr"])
    );
    assert_eq!(
        json_ld["address"],
        json!({"@type": "PostalAddress", "streetAddress": STREET, "postalCode": "34117",
               "addressLocality": "Kassel", "addressCountry": "DE"})
    );
    assert_eq!(
        json_ld["sameAs"],
        json!([
            "https://nachbarschaft.example/",
            TELEGRAM,
            "https://social.example/@peers"
        ])
    );

    // In German, the block speaks German; the languages keep their own names.
    let german = app.get("/de/organisations/nachbarschaft-peers").await;
    assert_eq!(
        german.texts("#reach-heading"),
        ["So nehmen Sie Kontakt auf"]
    );
    assert_eq!(german.texts(".reach-details dd")[0], "Vor Ort und online");
    assert_eq!(
        german.texts(".reach-details span[lang]"),
        ["Deutsch", "Türkçe"]
    );

    // Nothing recorded: the block says so and asks for one.
    let plain = app.get("/organisations/plain-peers").await;
    assert!(plain.attrs(".reach-actions a", "href").is_empty());
    assert_eq!(
        plain.attrs(".reach a", "href"),
        ["/organisations/plain-peers/suggest"]
    );

    // A discreet entry: no block, no details, not in its JSON-LD either.
    let discreet = app.get("/organisations/quiet-peers").await;
    assert_eq!(discreet.status, 200);
    assert!(discreet.texts(".reach").is_empty());
    assert_shows_no_contact(&discreet);
}

#[tokio::test]
async fn cards_say_how_current_an_entry_is_and_how_it_meets() {
    let app = app_with_contacts().await;
    let list = app.get("/organisations").await;
    let cards = list.texts(".result");
    let card = cards
        .iter()
        .find(|c| c.contains("Nachbarschaft Peers"))
        .unwrap();
    assert!(card.contains("Meets: In person and online"), "{card}");
    assert!(card.contains("Checked March 2026"), "{card}");
    assert!(card.contains("Described in a 2021 source"), "{card}");
    let quiet = cards.iter().find(|c| c.contains("Quiet Peers")).unwrap();
    assert!(!quiet.contains("Checked"), "{quiet}");
    assert!(!quiet.contains("Meets"), "{quiet}");
    let polish = app.get("/pl/organisations").await;
    assert!(
        polish
            .texts(".result .currency")
            .iter()
            .any(|t| t.contains("Sprawdzono: marzec 2026")),
        "{:?}",
        polish.texts(".result .currency")
    );
}

#[tokio::test]
async fn the_meets_facet_counts_and_filters_the_way_people_meet() {
    let app = app_with_contacts().await;
    // One that meets both ways answers a search for either; a discreet one shows no way.
    assert_eq!(app.names("meets=online").await, ["Nachbarschaft Peers"]);
    assert_eq!(app.names("meets=in_person").await, ["Nachbarschaft Peers"]);
    assert_eq!(app.names("meets=both").await, ["Nachbarschaft Peers"]);
    let facets = app.get("/api/v1/organisations").await.json()["facets"]["meets"].clone();
    let counts: Vec<(String, u64)> = facets
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["value"].as_str().unwrap().to_owned(),
                v["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("in_person".into(), 1),
            ("online".into(), 1),
            ("both".into(), 1)
        ]
    );
    let bad = app.get("/api/v1/organisations?meets=sometimes").await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["parameter"], "meets");

    let page = app.get("/organisations").await;
    assert_eq!(page.texts("#facet-meets-name"), ["How it meets"]);

    // A country with nothing of its own points to those that meet online.
    let empty = app.get("/countries/MT").await;
    assert_eq!(empty.status, 200);
    assert_eq!(
        empty.texts(".elsewhere a.online"),
        ["One organisation that meets online"]
    );
    let online = app
        .get(&empty.attrs(".elsewhere a.online", "href")[0])
        .await;
    assert_eq!(online.texts(".result-name"), ["Nachbarschaft Peers"]);
}

#[tokio::test]
async fn bad_contact_details_are_refused_naming_each_field() {
    let app = TestApp::fixture().await;
    let mut browser = Browser::new(&app);
    let mut body = record("Refused Peers", "listed");
    body["contact"] = json!({
        "email": "someone@example",
        "telephone": "0561 123 4567",
        "address": {"street": "Somewhere 1"},
        "links": [{"kind": "social", "url": "javascript:alert(1)"}],
        "meets": "sometimes",
        "languages": ["de", "xx"],
        "how_to_get_in_touch": "Ring the bell"
    });
    let response = browser.post_json("/api/v1/submissions", &body).await;
    assert_eq!(response.status, 422, "{}", response.body);
    let fields: Vec<String> = response.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        fields,
        [
            "contact.email",
            "contact.telephone",
            "contact.address.locality",
            "contact.address.country",
            "contact.links[0].url",
            "contact.meets",
            "contact.languages[1]",
        ]
    );
    // A key the contact does not know is named too, and nothing was stored.
    body["contact"] = json!({"fax": "+49 561 1"});
    let response = browser.post_json("/api/v1/submissions", &body).await;
    assert_eq!(response.status, 422, "{}", response.body);
    assert!(response.body.contains("fax"), "{}", response.body);
    assert_eq!(crate::helpers::submission_count(&app.pool).await, 0);
}

#[tokio::test]
async fn the_form_takes_contact_details_and_says_what_to_fix() {
    let pool = empty_pool().await;
    interchange::import(&pool, include_str!("fixture.json"), userled::now())
        .await
        .unwrap();
    create_moderator(&pool).await;
    let app = TestApp::with_pool(pool).await;
    let mut browser = Browser::new(&app);

    // The form has the section, with a list of links that grows without JavaScript.
    let page = browser.get("/submit").await;
    assert_eq!(
        page.attrs("#f-contact_links-add", "value"),
        ["add:contact_links"]
    );
    assert_eq!(
        page.attrs("input[name=contact_languages][value=pl] + label", "lang"),
        ["pl"]
    );
    let mut form = organisation_form("Telefon Peers");
    form.push(("contact_links[0][kind]".into(), String::new()));
    form.push(("contact_links[0][url]".into(), String::new()));
    let token = browser.csrf("/submit").await;
    let mut pairs: Vec<(&str, &str)> =
        vec![("csrf_token", &token), ("row_action", "add:contact_links")];
    pairs.extend(form.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let grown = browser.post_form("/submit", &pairs).await;
    assert_eq!(grown.status, 200);
    assert!(grown.texts(".error-summary").is_empty());
    assert_eq!(
        grown.attrs("#f-contact_links-1-url", "name"),
        ["contact_links[1][url]"]
    );

    // Wrong details: each error in plain words, in the summary in the form's order, linked to
    // its input.
    set_field(&mut form, "contact[email]", "kontakt@");
    set_field(&mut form, "contact[telephone]", "0561 123");
    set_field(&mut form, "contact[address][locality]", "Kassel");
    set_field(&mut form, "contact_links[0][kind]", "social");
    set_field(&mut form, "contact_links[0][url]", "javascript:alert(1)");
    let response = browser.send_form("/submit", &form).await;
    assert_eq!(response.status, 422, "{}", response.body);
    assert_eq!(
        response.attrs(".error-summary a", "href"),
        [
            "#f-contact-email",
            "#f-contact-telephone",
            "#f-contact-address-street",
            "#f-contact-address-country",
            "#f-contact_links-0-url",
        ]
    );
    let summary = response.texts(".error-summary li");
    assert_eq!(
        summary[1],
        "Telephone – Enter a telephone number that starts with + and the country code, like +44 20 7946 0000, or leave it empty"
    );
    assert!(
        summary[2].starts_with("Street and number, or post box – Enter the street"),
        "{summary:?}"
    );
    assert!(
        summary[4].starts_with("Link 1: Web address – Enter a web address"),
        "{summary:?}"
    );
    assert_eq!(
        response.attrs("#f-contact-telephone", "value"),
        ["0561 123"],
        "what was typed is kept"
    );

    // Put right (a link typed without https://, two languages), sent, approved, shown.
    set_field(&mut form, "contact[email]", EMAIL);
    set_field(&mut form, "contact[telephone]", TELEPHONE);
    set_field(&mut form, "contact[address][street]", STREET);
    set_field(&mut form, "contact[address][country]", "DE");
    set_field(
        &mut form,
        "contact_links[0][url]",
        "www.facebook.com/telefonpeers",
    );
    set_field(&mut form, "contact[meets]", "in_person");
    form.push(("contact_languages".into(), "de".into()));
    form.push(("contact_languages".into(), "ar".into()));
    set_field(
        &mut form,
        "contact[how_to_get_in_touch]",
        "Call us on weekdays.",
    );
    let reference = submit(&mut browser, &form).await;
    let mut moderator = Browser::new(&app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    approve_as_sent(&mut moderator, &reference).await;
    let record = app.get("/api/v1/organisations/telefon-peers").await.json();
    assert_eq!(
        record["contact"],
        json!({
            "email": EMAIL,
            "telephone": TELEPHONE,
            "address": {"street": STREET, "postal_code": null, "locality": "Kassel", "country": "DE"},
            "links": [{"kind": "social", "url": "https://www.facebook.com/telefonpeers"}],
            "meets": "in_person",
            "languages": ["ar", "de"],
            "how_to_get_in_touch": "Call us on weekdays."
        })
    );
    let page = app.get("/organisations/telefon-peers").await;
    assert_eq!(
        page.attrs(".reach-details span[lang]", "lang"),
        ["ar", "de"]
    );

    // The correction form opens with them filled in, so a correction keeps them.
    let suggest = browser.get("/organisations/telefon-peers/suggest").await;
    assert_eq!(suggest.attrs("#f-contact-email", "value"), [EMAIL]);
    assert_eq!(
        suggest.attrs("#f-contact_links-0-url", "value"),
        ["https://www.facebook.com/telefonpeers"]
    );
    let mut checked = suggest.attrs("input[name=contact_languages][checked]", "value");
    checked.sort();
    assert_eq!(checked, ["ar", "de"]);
}
