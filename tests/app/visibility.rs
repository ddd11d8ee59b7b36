//! Discreet organisations show only name, categories and countries; unlisted ones never appear.
//! Checked on every surface: HTML, JSON, CSV and search.

use crate::helpers::{TestApp, import_api_records};

const DISCREET_SECRETS: [&str; 5] = [
    "Secretville",
    "secret.example",
    "whisperword",
    "Quietname",
    "Hidden 2010",
];
const UNLISTED: [&str; 3] = ["Zeta Hidden Union", "zeta-hidden-union", "hiddenword"];

#[tokio::test]
async fn a_discreet_organisation_shows_its_name_categories_and_countries_only() {
    let app = TestApp::fixture().await;

    let page = app.get("/organisations/epsilon-discreet-group").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.texts("h1"), ["Epsilon Discreet Group"]);
    assert!(page.body.contains("Harm reduction") && page.body.contains("Germany"));

    let record = app
        .get("/api/v1/organisations/epsilon-discreet-group")
        .await;
    let json = record.json();
    assert_eq!(json["visibility"], "discreet");
    assert_eq!(json["categories"], serde_json::json!(["harm_reduction"]));
    assert_eq!(json["countries"], serde_json::json!(["DE"]));
    for key in [
        "city",
        "website",
        "description",
        "sources",
        "evaluations",
        "user_led_degree",
        "aliases",
    ] {
        assert!(json.get(key).is_none(), "discreet record shows {key}");
    }

    let list = app.get("/api/v1/organisations?q=epsilon").await.json();
    let item = &list["items"][0];
    assert_eq!(item["name"], "Epsilon Discreet Group");
    for key in [
        "city",
        "website",
        "founded_year",
        "status",
        "user_led_degree",
    ] {
        assert!(item[key].is_null(), "discreet item shows {key}");
    }

    for response in [
        page,
        record,
        app.get("/organisations").await,
        app.get("/organisations?country=DE").await,
        app.get("/api/v1/organisations?per_page=100").await,
        app.get("/api/v1/organisations.csv").await,
        app.get("/countries/DE").await,
    ] {
        for secret in DISCREET_SECRETS {
            assert!(!response.body.contains(secret), "{secret} leaked");
        }
    }
    // Nor can a search for what is hidden find it.
    for q in ["secretville", "whisperword", "quietname"] {
        assert_eq!(app.total(&format!("q={q}")).await, 0, "{q}");
    }
    assert_eq!(
        app.total("activity=drug_checking").await,
        1,
        "its activities are hidden too"
    );
}

#[tokio::test]
async fn an_unlisted_organisation_appears_nowhere() {
    let app = TestApp::fixture().await;
    assert_eq!(
        app.get("/organisations/zeta-hidden-union").await.status,
        404
    );
    assert_eq!(
        app.get("/api/v1/organisations/zeta-hidden-union")
            .await
            .status,
        404
    );
    for response in [
        app.get("/").await,
        app.get("/organisations?per_page=100").await,
        app.get("/countries/DK").await,
        app.get("/categories/advocacy").await,
        app.get("/api/v1/organisations?per_page=100").await,
        app.get("/api/v1/organisations.csv").await,
        // A related organisation's page does not reveal it either.
        app.get("/organisations/jes-osnabruck").await,
        app.get("/api/v1/organisations/jes-osnabruck").await,
    ] {
        for secret in UNLISTED {
            assert!(!response.body.contains(secret), "{secret} leaked");
        }
    }
    assert_eq!(app.total("q=hiddenword").await, 0);
    assert_eq!(app.total("q=zeta").await, 0);
    // Nor does a suggestion for a near miss of its words.
    for typo in ["hiddenwrd", "hidenword"] {
        let answer = app
            .get(&format!("/api/v1/organisations?q={typo}"))
            .await
            .json();
        assert_eq!(answer["suggestion"], serde_json::Value::Null, "{typo}");
    }
    assert_eq!(app.total("country=DK").await, 1);
}

#[tokio::test]
async fn relations_to_discreet_organisations_show_only_their_name() {
    let app = TestApp::fixture().await;
    let page = app.get("/organisations/jes-osnabruck").await;
    let related = page.texts("#related-heading + ul li");
    assert_eq!(
        related,
        [
            "Partner of Epsilon Discreet Group",
            "Partner of Alpha Harm Reduction Berlin"
        ]
    );
}

#[tokio::test]
async fn a_change_of_visibility_shows_on_the_next_request_for_the_record() {
    let app = TestApp::fixture().await;
    let path = "/api/v1/organisations/jes-osnabruck";
    // The catalogue is built, at the registry's version before the change.
    let mut record = app.get(path).await.json();
    assert_eq!(record["visibility"], "listed");
    for (visibility, status) in [("unlisted", 404), ("discreet", 200), ("listed", 200)] {
        record["visibility"] = serde_json::Value::from(visibility);
        import_api_records(&app.pool, &[record.clone()]).await;
        for path in [path, "/organisations/jes-osnabruck"] {
            assert_eq!(app.get(path).await.status, status, "{visibility}: {path}");
        }
        if status == 200 {
            let shown = app.get(path).await.json();
            assert_eq!(shown["visibility"], visibility);
            assert_eq!(shown.get("description").is_some(), visibility == "listed");
        }
    }
}
