//! Statistics, structured data, feeds and caching.

use crate::helpers::TestApp;

fn table_counts(page: &crate::helpers::TestResponse, section: &str) -> Vec<(String, i64)> {
    let html = page.html();
    let rows = scraper::Selector::parse(&format!(
        "section[aria-labelledby='{section}'] table.numbers tbody tr"
    ))
    .unwrap();
    let th = scraper::Selector::parse("th").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    html.select(&rows)
        .map(|row| {
            let label = row.select(&th).next().unwrap().text().collect::<String>();
            let count = row.select(&td).next().unwrap().text().collect::<String>();
            (label.trim().to_owned(), count.trim().parse().unwrap())
        })
        .collect()
}

fn api_counts(json: &serde_json::Value, key: &str) -> Vec<(String, i64)> {
    json[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["label"].as_str().unwrap().to_owned(),
                c["count"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_statistics_page_says_what_the_api_says() {
    for app in [TestApp::seeded().await, TestApp::fixture().await] {
        let page = app.get("/statistics").await;
        assert_eq!(page.status, 200);
        let api = app.get("/api/v1/statistics").await.json();
        assert_eq!(
            table_counts(&page, "categories-heading"),
            api_counts(&api, "category")
        );
        assert_eq!(
            table_counts(&page, "degrees-heading"),
            api_counts(&api, "degree")
        );
        assert_eq!(
            table_counts(&page, "decades-heading"),
            api_counts(&api, "decade")
        );
        assert_eq!(
            table_counts(&page, "map-heading"),
            api_counts(&api, "country")
        );
        // The bar charts draw the same numbers.
        let bars = page.texts("svg.bars .bar-count");
        let counted: Vec<String> = ["category", "degree", "decade"]
            .iter()
            .flat_map(|k| api_counts(&api, k).into_iter().map(|(_, n)| n.to_string()))
            .collect();
        assert_eq!(bars, counted);
    }
}

#[tokio::test]
async fn statistics_count_unlisted_organisations_and_agree_with_the_search_otherwise() {
    let seeded = TestApp::seeded().await;
    let statistics = seeded.get("/api/v1/statistics").await.json();
    let search = seeded.get("/api/v1/organisations").await.json();
    assert_eq!(statistics["total"], search["total"]);
    let facet: Vec<(String, i64)> = search["facets"]["category"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["label"].as_str().unwrap().to_owned(),
                c["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(api_counts(&statistics, "category"), facet);

    let fixture = TestApp::fixture().await;
    let statistics = fixture.get("/api/v1/statistics").await.json();
    assert_eq!(statistics["total"], 8);
    assert_eq!(statistics["unlisted"], 1);
    assert_eq!(statistics["discreet"], 1);
    assert_eq!(fixture.total("").await, 7);
}

#[tokio::test]
async fn the_map_has_a_square_per_country_linking_to_its_page() {
    let app = TestApp::seeded().await;
    let page = app.get("/statistics").await;
    let links = page.attrs("svg.tiles a", "href");
    assert!(links.contains(&"/countries/DE".to_owned()));
    let labels = page.attrs("svg.tiles a", "aria-label");
    assert!(
        labels.contains(&"DE 9: Germany, 9 organisations".to_owned()),
        "{labels:?}"
    );
    assert!(
        page.texts("svg.tiles text").contains(&"IS".to_owned()),
        "empty countries are drawn"
    );
    assert!(page.body.contains("Outside the map: United States (1)"));
}

#[tokio::test]
async fn an_organisation_page_has_a_timeline_and_valid_structured_data() {
    let app = TestApp::seeded().await;
    let page = app.get("/organisations/san-patrignano").await;
    let timeline = page.texts(".timeline-item");
    assert!(timeline[0].starts_with("1978 Founded"), "{timeline:?}");
    assert!(
        timeline
            .iter()
            .any(|t| t.starts_with("2005 Evaluation Castrignano 2005"))
    );

    let html = page.html();
    let script = html
        .select(&scraper::Selector::parse("script[type='application/ld+json']").unwrap())
        .next()
        .expect("JSON-LD");
    let data: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).unwrap();
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "Organization");
    assert_eq!(data["name"], "San Patrignano");
    assert_eq!(
        data["url"],
        "https://userled.example/organisations/san-patrignano"
    );
    assert_eq!(data["foundingDate"], "1978");
    assert_eq!(data["areaServed"][0]["name"], "Italy");
    assert_eq!(data["sameAs"][0], "https://www.sanpatrignano.com/");

    assert_eq!(
        page.attrs("meta[property='og:type']", "content"),
        ["profile"]
    );
    assert_eq!(
        page.attrs("meta[property='og:title']", "content"),
        ["San Patrignano – userled"]
    );
    assert_eq!(
        page.attrs("link[rel=canonical]", "href"),
        ["https://userled.example/organisations/san-patrignano"]
    );
}

#[tokio::test]
async fn an_organisation_page_and_its_history_speak_the_page_language() {
    let app = TestApp::seeded().await;
    let page = app.get("/fr/organisations/jes-bonn").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.texts("#related-heading"), ["Organisations liées"]);
    assert_eq!(
        page.attrs("#related-heading + ul a", "href"),
        ["/fr/organisations/jes-network"]
    );
    assert!(page.texts("#related-heading + ul li")[0].starts_with("Membre de "));
    assert!(
        page.texts(".cite .citation")[0]
            .contains("https://userled.example/fr/organisations/jes-bonn")
    );
    let links = page.attrs(".improve a", "href");
    assert_eq!(
        links,
        [
            "/fr/organisations/jes-bonn/suggest",
            "/fr/organisations/jes-bonn/history",
            "/fr/organisations/jes-bonn/request"
        ]
    );

    let history = app.get("/pl/organisations/jes-bonn/history").await;
    assert_eq!(history.status, 200);
    assert_eq!(history.texts("h1"), ["Historia zmian: JES Bonn"]);
    assert_eq!(history.texts(".revision h2")[0], "Wersja 1 (bieżąca)");
    assert!(history.texts(".revision > p.muted")[0].contains("Wczytano z danych początkowych"));
    assert!(
        history
            .texts(".diff th[scope=row]")
            .contains(&"Powiązane organizacje".to_owned())
    );
}

#[tokio::test]
async fn structured_data_cannot_break_out_of_its_script() {
    let app = TestApp::fixture().await;
    let mut browser = crate::helpers::Browser::new(&app);
    crate::helpers::create_moderator(&app.pool).await;
    browser
        .sign_in(crate::helpers::MODERATOR, crate::helpers::PASSWORD)
        .await;
    let page = browser
        .get("/admin/organisations/delta-research-lyon/edit")
        .await;
    let mut form: Vec<(String, String)> = Vec::new();
    let html = page.html();
    for input in html.select(&scraper::Selector::parse("form.record-form input[type=hidden], form.record-form input[name=name], form.record-form input[name=degree_note], form.record-form input[name^=sources]").unwrap()) {
        if let Some(name) = input.value().attr("name") {
            form.push((name.into(), input.value().attr("value").unwrap_or_default().into()));
        }
    }
    form.push((
        "description".into(),
        "</script><script>alert(1)</script>".into(),
    ));
    form.push(("categories".into(), "research".into()));
    form.push(("user_led_degree".into(), "unclear".into()));
    form.push(("visibility".into(), "listed".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = browser
        .post_form("/admin/organisations/delta-research-lyon/edit", &pairs)
        .await;
    assert_eq!(response.status, 303, "{}", response.body);
    let page = app.get("/organisations/delta-research-lyon").await;
    assert!(!page.body.contains("</script><script>"));
    let html = page.html();
    let script = html
        .select(&scraper::Selector::parse("script[type='application/ld+json']").unwrap())
        .next()
        .unwrap();
    let data: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).unwrap();
    assert_eq!(data["description"], "</script><script>alert(1)</script>");
}

#[tokio::test]
async fn a_repeated_request_with_its_validator_is_not_modified() {
    let app = TestApp::fixture().await;
    for path in [
        "/",
        "/organisations?category=harm_reduction",
        "/organisations/alpha-harm-reduction-berlin",
        "/api/v1/organisations",
        "/api/v1/organisations/alpha-harm-reduction-berlin",
        "/statistics",
    ] {
        let first = app.get(path).await;
        assert_eq!(first.status, 200);
        let etag = first.header("etag").to_owned();
        assert!(etag.starts_with("W/\""), "{path}: {etag}");
        assert_eq!(first.header("cache-control"), "no-cache");
        let again = crate::helpers::get_with(&app, path, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{path}");
        assert!(again.body.is_empty());
        assert_eq!(again.header("etag"), etag);
    }
    // A change to the registry changes the validator.
    let before = app.get("/organisations").await.header("etag").to_owned();
    let text = serde_json::json!({"format": "userled-registry/1", "organisations": [{
        "name": "Theta Changes", "description": "New.", "categories": ["research"],
        "user_led_degree": "unclear", "degree_note": "Test.",
        "sources": [{"url": "https://example.org/", "title": "Example"}]}]});
    userled::interchange::import(&app.pool, &text.to_string(), userled::now())
        .await
        .unwrap();
    let after =
        crate::helpers::get_with(&app, "/organisations", &[("if-none-match", &before)]).await;
    assert_eq!(after.status, 200);
    assert_ne!(after.header("etag"), before);
}

#[tokio::test]
async fn static_files_are_fingerprinted_cached_and_compressed() {
    let app = TestApp::fixture().await;
    let page = app.get("/").await;
    let stylesheet = page.attrs("link[rel=stylesheet]", "href")[0].clone();
    assert!(
        stylesheet.starts_with("/static/style.")
            && stylesheet.ends_with(".css")
            && stylesheet.len() > "/static/style.css".len()
    );
    let css = app.get(&stylesheet).await;
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(app.get("/static/style.0000000000.css").await.status, 404);
    let icon = page.attrs("link[rel=icon]", "href")[0].clone();
    assert_eq!(app.get(&icon).await.header("content-type"), "image/svg+xml");
    assert_eq!(app.get("/favicon.ico").await.status, 200);

    for encoding in ["br", "gzip"] {
        let response =
            crate::helpers::get_with(&app, "/organisations", &[("accept-encoding", encoding)])
                .await;
        assert_eq!(response.header("content-encoding"), encoding);
    }
}

#[tokio::test]
async fn private_pages_are_never_stored() {
    let app = TestApp::fixture().await;
    for path in [
        "/submit",
        "/admin/sign-in",
        "/organisations/alpha-harm-reduction-berlin/suggest",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.header("cache-control"), "no-store", "{path}");
        assert!(response.header("etag").is_empty(), "{path}");
    }
}

#[tokio::test]
async fn sitemap_robots_and_feed() {
    let app = TestApp::fixture().await;
    let sitemap = app.get("/sitemap.xml").await;
    assert_eq!(
        sitemap.header("content-type"),
        "application/xml; charset=utf-8"
    );
    assert!(
        sitemap.body.contains(
            "<loc>https://userled.example/organisations/alpha-harm-reduction-berlin</loc>"
        )
    );
    assert!(
        !sitemap.body.contains("epsilon-discreet-group"),
        "discreet entries stay out"
    );
    assert!(!sitemap.body.contains("zeta-hidden-union"));
    assert_eq!(
        sitemap
            .body
            .matches("<loc>https://userled.example/organisations/")
            .count(),
        6
    );
    // Every page in every language, each with its alternates in all of them.
    assert!(sitemap.body.contains(
        "<loc>https://userled.example/de/organisations/alpha-harm-reduction-berlin</loc>"
    ));
    assert_eq!(sitemap.body.matches("<loc>").count() % 8, 0);
    for alternate in [
        "<xhtml:link rel=\"alternate\" hreflang=\"pl\" href=\"https://userled.example/pl/organisations/alpha-harm-reduction-berlin\"/>",
        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://userled.example/organisations/alpha-harm-reduction-berlin\"/>",
        "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://userled.example/fr\"/>",
    ] {
        assert_eq!(sitemap.body.matches(alternate).count(), 8, "{alternate}");
    }

    let robots = app.get("/robots.txt").await;
    assert!(robots.body.contains("Disallow: /admin"));
    assert!(
        robots
            .body
            .contains("Sitemap: https://userled.example/sitemap.xml")
    );

    let feed = app.get("/feed.xml").await;
    assert_eq!(
        feed.header("content-type"),
        "application/atom+xml; charset=utf-8"
    );
    assert_eq!(feed.body.matches("<entry>").count(), 6);
    assert!(feed.body.contains("<title>Colectivo Montañés</title>"));
    assert!(!feed.body.contains("Epsilon") && !feed.body.contains("Zeta"));
    assert!(
        app.get("/")
            .await
            .attrs("link[rel=alternate]", "href")
            .contains(&"/feed.xml".to_owned())
    );

    // Each language has its feed, in its words, linking to its pages.
    let german = app.get("/de/feed.xml").await;
    assert_eq!(german.status, 200);
    assert!(german.body.contains("xml:lang=\"de\""));
    assert!(
        german
            .body
            .contains("<title>userled: neue und geänderte Organisationen</title>")
    );
    assert!(
        german
            .body
            .contains("href=\"https://userled.example/de/feed.xml\"")
    );
    assert!(
        german.body.contains(
            "href=\"https://userled.example/de/organisations/alpha-harm-reduction-berlin\""
        )
    );
    assert_eq!(german.body.matches("<entry>").count(), 6);
}
