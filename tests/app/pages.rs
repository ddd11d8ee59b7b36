//! The HTML pages, parsed: what a person sees and the links they follow.

use crate::helpers::TestApp;

#[tokio::test]
async fn the_home_page_introduces_the_registry() {
    let app = TestApp::seeded().await;
    let page = app.get("/").await;
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").starts_with("text/html"));
    let cards = page.texts(".category-card h3");
    assert_eq!(
        cards,
        [
            "Mutual aid",
            "Recovery enterprise",
            "Harm reduction",
            "Advocacy",
            "Research"
        ]
    );
    let counts = page.texts(".category-card .count");
    assert!(
        counts
            .iter()
            .all(|c| c.ends_with("organisations") || c.ends_with("organisation"))
    );
    assert_eq!(
        page.attrs("form[role=search]", "action"),
        ["/organisations"]
    );
    assert_eq!(page.texts("#recent-heading + ol .result").len(), 6);
}

#[tokio::test]
async fn the_search_page_lists_results_with_their_key_facts() {
    let app = TestApp::fixture().await;
    let page = app.get("/organisations?q=alpha").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.texts("[role=status]"),
        ["1 organisation matching “alpha”"]
    );
    assert_eq!(page.texts(".result-name"), ["Alpha Harm Reduction Berlin"]);
    let badges = page.texts(".result .badge");
    assert_eq!(badges, ["Harm reduction", "User-led degree: User-led"]);
    assert_eq!(page.texts(".result .meta"), ["Germany Berlin Founded 1995"]);
    assert_eq!(page.attrs("#q", "value"), ["alpha"]);
}

#[tokio::test]
async fn facet_links_keep_the_other_filters_and_toggle_their_own() {
    let app = TestApp::fixture().await;
    let page = app.get("/organisations?q=a&category=harm_reduction").await;
    let hrefs = page.attrs(".facet a", "href");
    // Adding a country keeps the text and the category.
    assert!(
        hrefs.contains(&"/organisations?q=a&category=harm_reduction&country=DE".to_owned()),
        "{hrefs:?}"
    );
    // The selected category links to its own removal.
    assert!(
        hrefs.contains(&"/organisations?q=a".to_owned()),
        "{hrefs:?}"
    );
    // And a second category widens.
    assert!(
        hrefs
            .contains(&"/organisations?q=a&category=mutual_aid&category=harm_reduction".to_owned())
    );
    assert_eq!(page.attrs(".facet a.selected", "aria-current"), ["true"]);
    // The search form carries the filter along.
    assert_eq!(
        page.attrs("form.search input[type=hidden]", "name"),
        ["category"]
    );
    // Downloads for exactly this search.
    assert_eq!(
        page.attrs(".downloads a", "href"),
        [
            "/api/v1/organisations.csv?q=a&category=harm_reduction",
            "/api/v1/organisations?q=a&category=harm_reduction"
        ]
    );
}

#[tokio::test]
async fn pagination_links_lead_through_the_results() {
    let app = TestApp::fixture().await;
    let first = app.get("/organisations?per_page=3").await;
    assert_eq!(first.texts(".pagination span"), ["Page 1 of 3"]);
    assert_eq!(
        first.attrs("a[rel=next]", "href"),
        ["/organisations?page=2&per_page=3"]
    );
    assert!(first.attrs("a[rel=prev]", "href").is_empty());
    let second = app.get("/organisations?page=2&per_page=3").await;
    assert_eq!(
        second.attrs("a[rel=prev]", "href"),
        ["/organisations?per_page=3"]
    );
    assert_ne!(first.texts(".result-name"), second.texts(".result-name"));
}

#[tokio::test]
async fn an_empty_search_helps() {
    let app = TestApp::fixture().await;
    let page = app
        .get("/organisations?q=nothingmatchesthis&country=FR")
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.texts("[role=status]"),
        ["0 organisations matching “nothingmatchesthis”"]
    );
    assert_eq!(
        page.texts(".empty h3"),
        ["No organisation matches this search"]
    );
    assert!(
        page.attrs(".empty a", "href")
            .contains(&"/organisations?q=nothingmatchesthis".to_owned())
    );
}

#[tokio::test]
async fn an_organisation_page_shows_everything_known() {
    let app = TestApp::seeded().await;
    let page = app.get("/organisations/san-patrignano").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.texts("h1"), ["San Patrignano"]);
    assert!(
        page.texts(".evaluation h3")
            .contains(&"Castrignano 2005".to_owned())
    );
    let sources = page.attrs(".sources a", "href");
    assert!(sources.contains(&"https://www.sanpatrignano.com/about-us/".to_owned()));
    assert!(
        page.texts(".figures dt")
            .iter()
            .any(|t| t.starts_with("Residents"))
    );
    assert!(
        page.texts(".key-facts dt")
            .contains(&"Last verified".to_owned())
    );
    assert!(
        page.texts(".cite .citation")[0]
            .contains("https://userled.example/organisations/san-patrignano")
    );

    let bonn = app.get("/organisations/jes-bonn").await;
    assert_eq!(
        bonn.attrs("#related-heading + ul a", "href"),
        ["/organisations/jes-network"]
    );
}

#[tokio::test]
async fn browse_pages_filter_by_category_and_country() {
    let app = TestApp::seeded().await;
    let category = app.get("/categories/research").await;
    assert_eq!(category.status, 200);
    assert_eq!(category.texts("h1"), ["Research"]);
    assert_eq!(
        category.texts(".result-name"),
        ["Revolving Doors Agency", "User Voice"]
    );
    assert!(category.texts(".lead")[0].ends_with("The registry lists 2."));

    let country = app.get("/countries/DK").await;
    assert_eq!(country.texts("h1"), ["Denmark"]);
    assert_eq!(
        country.texts(".result-name"),
        ["Brugerforeningen", "SMART Recovery"]
    );
    assert!(
        !country.texts(".facet summary").is_empty(),
        "the same facets"
    );

    assert_eq!(app.get("/categories/self_help").await.status, 404);
    assert_eq!(app.get("/countries/XX").await.status, 404);
}

#[tokio::test]
async fn the_about_and_api_pages_explain() {
    let app = TestApp::fixture().await;
    let about = app.get("/about").await;
    assert_eq!(about.status, 200);
    assert!(
        about
            .body
            .contains("predominantly designed and delivered by current")
    );
    assert_eq!(about.texts("#degree ~ dl dt").len(), 5);
    let api = app.get("/api").await;
    assert_eq!(api.status, 200);
    assert!(
        api.attrs("a", "href")
            .contains(&"/api/openapi.json".to_owned())
    );
    assert_eq!(api.texts("#problem-invalid-parameter dt").len(), 1);
}

#[tokio::test]
async fn errors_are_pages_with_the_right_status_and_a_way_on() {
    let app = TestApp::fixture().await;
    for (path, status) in [
        ("/no/such/page", 404),
        ("/organisations/nobody", 404),
        ("/organisations?page=0", 400),
        ("/organisations?founded_from=abc", 400),
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, status, "{path}");
        assert!(
            page.header("content-type").starts_with("text/html"),
            "{path}"
        );
        assert_eq!(
            page.attrs("main form[role=search]", "action"),
            ["/organisations"],
            "{path}"
        );
    }
    let bad = app.get("/organisations?founded_from=abc").await;
    assert!(bad.texts(".error-details li")[0].starts_with("founded_from:"));
    // Pages ignore parameters they do not know, such as a campaign tag.
    assert_eq!(
        app.get("/organisations?utm_source=newsletter").await.status,
        200
    );
}

#[tokio::test]
async fn text_is_escaped() {
    let app = TestApp::fixture().await;
    let page = app
        .get("/organisations?q=%3Cscript%3Ealert(1)%3C/script%3E")
        .await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("<script>alert(1)</script>"));
    assert!(page.body.contains("&lt;script&gt;") || page.body.contains("&#60;script&#62;"));
}
