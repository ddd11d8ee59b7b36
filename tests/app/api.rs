//! The JSON API's contract: shapes, errors, CSV, open-data terms and the OpenAPI document.

use serde_json::Value;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_list_answer_has_the_documented_shape() {
    let app = TestApp::seeded().await;
    let response = app.get("/api/v1/organisations?country=DK").await;
    assert_eq!(response.status, 200);
    assert!(
        response
            .header("content-type")
            .starts_with("application/json")
    );
    assert!(response.header("link").contains("rel=\"license\""));
    let body = response.json();
    for key in [
        "total",
        "page",
        "per_page",
        "items",
        "facets",
        "links",
        "licence",
        "attribution",
        "last_changed",
    ] {
        assert!(body.get(key).is_some(), "missing {key}");
    }
    for facet in [
        "category", "country", "degree", "status", "activity", "decade",
    ] {
        assert!(body["facets"][facet].is_array(), "facet {facet}");
    }
    let item = &body["items"][0];
    assert_eq!(item["slug"], "brugerforeningen");
    for key in [
        "slug",
        "name",
        "categories",
        "countries",
        "city",
        "founded_year",
        "status",
        "user_led_degree",
        "website",
        "url",
    ] {
        assert!(item.get(key).is_some(), "item lacks {key}");
    }
    assert_eq!(item["url"], "/organisations/brugerforeningen");
    assert_eq!(body["licence"]["name"], "CC BY 4.0");
}

#[tokio::test]
async fn a_full_record_has_sources_evaluations_facts_and_relations() {
    let app = TestApp::seeded().await;
    let body = app.get("/api/v1/organisations/san-patrignano").await.json();
    assert_eq!(body["name"], "San Patrignano");
    assert_eq!(body["evaluations"][0]["citation"], "Castrignano 2005");
    assert!(body["facts"].as_array().unwrap().len() >= 2);
    assert!(body["sources"].as_array().unwrap().len() >= 2);
    assert!(body["created_at"].is_string() && body["updated_at"].is_string());
    assert!(body["last_changed"].is_string());

    let bonn = app.get("/api/v1/organisations/jes-bonn").await.json();
    assert_eq!(
        bonn["relations"][0],
        serde_json::json!({"kind": "member_of", "target": "jes-network"})
    );
    let network = app.get("/api/v1/organisations/jes-network").await.json();
    let members: Vec<&str> = network["related"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "member_of" && r["direction"] == "incoming")
        .map(|r| r["slug"].as_str().unwrap())
        .collect();
    assert_eq!(members.len(), 6, "{members:?}");
}

#[tokio::test]
async fn bad_parameters_answer_400_problems_that_name_them() {
    let app = TestApp::fixture().await;
    for (query, parameter) in [
        ("category=foo", "category"),
        ("page=0", "page"),
        ("per_page=1000", "per_page"),
        ("founded_from=abc", "founded_from"),
        ("country=XX", "country"),
        ("sort=random", "sort"),
        ("has_evaluation=maybe", "has_evaluation"),
        ("colour=red", "colour"),
    ] {
        for path in ["/api/v1/organisations", "/api/v1/organisations.csv"] {
            let response = app.get(&format!("{path}?{query}")).await;
            assert_eq!(response.status, 400, "{path}?{query}");
            assert_eq!(response.header("content-type"), "application/problem+json");
            let problem = response.json();
            assert_eq!(problem["status"], 400);
            assert_eq!(problem["type"], "/api#problem-invalid-parameter");
            assert_eq!(problem["parameter"], parameter, "{query}");
            assert!(problem["detail"].as_str().unwrap().starts_with(parameter));
        }
    }
}

#[tokio::test]
async fn unknown_slugs_and_paths_answer_404_problems() {
    let app = TestApp::fixture().await;
    for path in [
        "/api/v1/organisations/nobody",
        "/api/v1/nothing",
        "/api/v2/organisations",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, 404, "{path}");
        assert_eq!(response.header("content-type"), "application/problem+json");
        let problem = response.json();
        assert_eq!(problem["status"], 404);
        assert_eq!(problem["type"], "/api#problem-not-found");
        assert!(problem["title"].is_string() && problem["detail"].is_string());
    }
}

fn csv_rows(body: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn the_csv_has_every_match_and_agrees_with_the_json() {
    let app = TestApp::seeded().await;
    for query in [
        "",
        "category=harm_reduction",
        "q=drug",
        "country=DE&degree=user_led",
        "category=research&category=advocacy",
    ] {
        let csv = app.get(&format!("/api/v1/organisations.csv?{query}")).await;
        assert_eq!(csv.status, 200);
        assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
        assert!(csv.header("link").contains("creativecommons"));
        assert!(!csv.header("x-attribution").is_empty());
        assert!(!csv.header("x-last-changed").is_empty());
        assert_eq!(
            csv.body.lines().next().unwrap(),
            "slug,name,url,visibility,categories,countries,city,scope,founded_year,ended_year,status,user_led_degree,website,email,telephone,address,contact_links,meets,languages,how_to_get_in_touch,last_verified,newest_source_year,has_evaluation"
        );
        let json = app
            .get(&format!("/api/v1/organisations?per_page=1&{query}"))
            .await
            .json();
        assert_eq!(
            csv_rows(&csv.body).len() as u64,
            json["total"].as_u64().unwrap(),
            "{query}"
        );
    }
}

#[tokio::test]
async fn the_vocabulary_lists_every_value() {
    let app = TestApp::fixture().await;
    let body = app.get("/api/v1/vocabulary").await.json();
    assert_eq!(body["category"].as_array().unwrap().len(), 5);
    assert_eq!(body["degree"][0]["value"], "user_led");
    assert!(body["activity"].as_array().unwrap().len() >= 24);
    assert_eq!(body["country"].as_array().unwrap().len(), 249);
    assert!(body["licence"].is_object());
}

#[tokio::test]
async fn every_api_route_is_in_the_openapi_document() {
    let app = TestApp::seeded().await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status, 200);
    let document = response.json();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    let mut paths: Vec<&str> = document["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "/api/openapi.json",
            "/api/v1/organisations",
            "/api/v1/organisations.csv",
            "/api/v1/organisations/{slug}",
            "/api/v1/statistics",
            "/api/v1/submissions",
            "/api/v1/vocabulary"
        ]
    );
    // Every documented operation answers as documented.
    for (path, item) in document["paths"].as_object().unwrap() {
        let concrete = path.replace("{slug}", "san-patrignano");
        for (method, operation) in item.as_object().unwrap() {
            assert!(
                operation["summary"].is_string() || operation["description"].is_string(),
                "{path}"
            );
            match method.as_str() {
                "get" => {
                    let response = app.get(&concrete).await;
                    assert_eq!(response.status, 200, "{path}");
                    assert!(
                        operation["responses"]["200"].is_object(),
                        "{path} documents its 200"
                    );
                }
                "post" => {
                    let mut browser = crate::helpers::Browser::new(&app);
                    let response = browser
                        .post_json(
                            &concrete,
                            &serde_json::json!({
                                "name": "Documented Group",
                                "description": "Sent to check the document.",
                                "categories": ["advocacy"],
                                "user_led_degree": "unclear",
                                "degree_note": "Not known.",
                                "sources": [{"url": "https://example.org/", "title": "Example"}]
                            }),
                        )
                        .await;
                    assert_eq!(response.status, 202, "{path}: {}", response.body);
                    assert!(operation["responses"]["202"].is_object());
                    assert!(operation["responses"]["422"].is_object());
                }
                other => panic!("{path}: undocumented method {other}"),
            }
        }
    }
    // The search operations document every parameter the search accepts.
    let documented: Vec<&str> = document["paths"]["/api/v1/organisations"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for parameter in userled::search::params::PARAMETERS
        .iter()
        .filter(|p| **p != "format")
    {
        assert!(
            documented.contains(parameter),
            "{parameter} is not documented"
        );
    }
    // The component schemas the answers refer to exist.
    let schemas = document["components"]["schemas"].as_object().unwrap();
    for schema in [
        "OrganisationList",
        "OrganisationRecord",
        "Problem",
        "Category",
        "UserLedDegree",
    ] {
        assert!(schemas.contains_key(schema), "{schema}");
    }
    let _: &Value = &document["info"]["license"];
}
