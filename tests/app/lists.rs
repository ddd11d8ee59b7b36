//! Result lists as people read them: the card's summary and degree label, long facets with
//! "Show all" as plain links, the facets of scope and user profile, empty country pages, titles
//! that say what the search is, page numbers past the last, and country codes as people type them.

use crate::helpers::*;

/// The address a page's link leads to, without its fragment (the router never sees one).
fn without_fragment(href: &str) -> &str {
    href.split('#').next().unwrap_or(href)
}

/// The number at the start of a result count such as "12 organisations".
fn leading_number(text: &str) -> u64 {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

#[tokio::test]
async fn a_card_shows_its_description_in_one_line_and_labels_the_degree() {
    let app = TestApp::seeded().await;
    let page = app.get("/organisations?q=act+up").await;
    assert_eq!(page.status, 200);
    let names = page.texts(".result-name");
    let position = names.iter().position(|n| n == "Act Up-Paris").unwrap();
    // The first sentence, not the whole description.
    assert_eq!(
        page.texts(".result .summary")[position],
        "Act Up-Paris is an organisation for people living with HIV/AIDS."
    );
    // The label is visible text of its own, before the degree, not a screen-reader-only span.
    assert_eq!(page.texts(".result .degree-label")[0], "User-led degree:");
    assert!(
        page.body
            .contains(r#"<span class="degree-label">User-led degree:</span>"#)
    );
    assert!(page.texts(".result .badge.degree")[0].starts_with("User-led degree: "));

    // A first sentence too long for a line is cut at a word, with an ellipsis.
    let page = app.get("/organisations?q=narcotics+anonymous").await;
    let names = page.texts(".result-name");
    let position = names
        .iter()
        .position(|n| n == "Narcotics Anonymous")
        .unwrap();
    let summary = &page.texts(".result .summary")[position];
    assert!(
        summary.starts_with("Narcotics Anonymous is a global, community-based"),
        "{summary}"
    );
    assert!(
        summary.ends_with("…") && summary.chars().count() <= 160,
        "{summary}"
    );
    assert!(
        !summary.ends_with(" …"),
        "cut after a whole word: {summary}"
    );

    // In German the label is German, and the home page's cards have the same parts.
    let german = app.get("/de/organisations?q=act+up").await;
    assert_eq!(
        german.texts(".result .degree-label")[0],
        "Führung durch Drogengebrauchende:"
    );
    let home = app.get("/").await;
    assert!(!home.texts(".result .summary").is_empty());
    assert!(!home.texts(".result .degree-label").is_empty());
}

#[tokio::test]
async fn a_discreet_card_has_no_summary() {
    let app = TestApp::fixture().await;
    let page = app.get("/organisations?q=epsilon").await;
    assert_eq!(page.texts(".result-name"), ["Epsilon Discreet Group"]);
    assert!(page.texts(".result .summary").is_empty());
    assert!(!page.body.contains("whisperword"));
}

#[tokio::test]
async fn a_long_facet_shows_its_top_values_and_all_of_them_by_a_plain_link() {
    let app = TestApp::seeded().await;
    let page = app.get("/organisations").await;
    let countries = page.texts("#facet-country li");
    let all = app.get("/api/v1/organisations").await.json()["facets"]["country"]
        .as_array()
        .unwrap()
        .len();
    assert!(all > 10, "the seed has {all} countries");
    assert_eq!(countries.len(), 8, "{countries:?}");
    // The link says how many there are, and is a plain link to this page with ?all=country.
    assert_eq!(
        page.texts("#facet-country .more a"),
        [format!("Show all {all}")]
    );
    let show_all = page.attrs("#facet-country .more a", "href");
    assert_eq!(show_all, ["/organisations?all=country#facet-country"]);
    // Short facets have no such link.
    assert!(page.texts("#facet-category .more").is_empty());
    // No script anywhere does it.
    assert!(!page.body.contains("<script"));

    let expanded = app.get(without_fragment(&show_all[0])).await;
    assert_eq!(expanded.status, 200);
    assert_eq!(expanded.texts("#facet-country li").len(), all);
    assert_eq!(expanded.texts("#facet-country .more a"), ["Show fewer"]);
    // The search itself is the same.
    assert_eq!(expanded.texts("[role=status]"), page.texts("[role=status]"));
    assert_eq!(expanded.texts(".result-name"), page.texts(".result-name"));
    let show_fewer = expanded.attrs("#facet-country .more a", "href");
    assert_eq!(show_fewer, ["/organisations#facet-country"]);
    let collapsed = app.get(without_fragment(&show_fewer[0])).await;
    assert_eq!(collapsed.texts("#facet-country li"), countries);

    // The rest of the query stays; the language too.
    let german = app.get("/de/organisations?sort=name&per_page=5").await;
    let href = german.attrs("#facet-country .more a", "href");
    assert_eq!(
        href,
        ["/de/organisations?sort=name&per_page=5&all=country#facet-country"]
    );
    assert_eq!(
        app.get(without_fragment(&href[0]))
            .await
            .texts("#facet-country .more a"),
        ["Weniger anzeigen"]
    );
}

#[tokio::test]
async fn a_selected_value_below_the_top_stays_in_view() {
    let app = TestApp::seeded().await;
    // The seed's last country by count, alphabetically last among equals.
    let page = app.get("/organisations").await;
    let expanded = app.get("/organisations?all=country").await;
    let last = expanded.texts("#facet-country li a .label").pop().unwrap();
    assert!(!page.texts("#facet-country .label").contains(&last));
    let href = expanded.attrs("#facet-country li a", "href").pop().unwrap();
    let selected = app.get(&href).await;
    assert_eq!(selected.texts("#facet-country a.selected .label"), [last]);
    assert_eq!(selected.texts("#facet-country li").len(), 9);
}

#[tokio::test]
async fn the_api_refuses_the_pages_show_all_parameter() {
    let app = TestApp::seeded().await;
    let response = app.get("/api/v1/organisations?all=country").await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["parameter"], "all");
}

#[tokio::test]
async fn scope_and_user_profile_facets_count_what_their_links_find() {
    let app = TestApp::seeded().await;
    for path in ["/organisations", "/organisations?category=harm_reduction"] {
        let page = app.get(path).await;
        assert_eq!(page.texts("#facet-scope-name"), ["Scope"]);
        assert_eq!(page.texts("#facet-profile-name"), ["Who it serves"]);
        for facet in ["scope", "profile"] {
            let counts = page.texts(&format!("#facet-{facet} li .count"));
            let hrefs = page.attrs(&format!("#facet-{facet} li a"), "href");
            assert!(!counts.is_empty(), "{path}: {facet}");
            assert_eq!(counts.len(), hrefs.len());
            for (count, href) in counts.iter().zip(&hrefs) {
                let query = href.split_once('?').unwrap().1;
                assert!(query.contains(&format!("{facet}=")), "{href}");
                let total = app.total(query).await;
                assert_eq!(count.parse::<u64>().unwrap(), total, "{path}: {href}");
                // And the page it links to says the same.
                let linked = app.get(href).await;
                assert_eq!(leading_number(&linked.texts("[role=status]")[0]), total);
            }
        }
    }
    // Selected, a value is a chip that removes it, named by its facet.
    let page = app.get("/organisations?scope=european").await;
    assert_eq!(page.texts("#facet-scope a.selected .label"), ["European"]);
    assert!(
        page.texts(".active-filters a")
            .iter()
            .any(|chip| chip.starts_with("Scope: European")),
        "{:?}",
        page.texts(".active-filters a")
    );
    let page = app.get("/organisations?profile=psychedelics").await;
    assert!(
        page.texts(".active-filters a")
            .iter()
            .any(|chip| chip.starts_with("Who it serves: Psychedelics")),
        "{:?}",
        page.texts(".active-filters a")
    );

    // The API has the same facets, labelled in the language asked for.
    let api = app.get("/api/v1/organisations?lang=de").await.json();
    let scope = api["facets"]["scope"].as_array().unwrap();
    let international = scope
        .iter()
        .find(|v| v["value"] == "international")
        .unwrap();
    assert_eq!(international["label"], "International");
    assert_eq!(
        international["count"].as_u64().unwrap(),
        app.total("scope=international").await
    );
    let profile = api["facets"]["profile"].as_array().unwrap();
    let street = profile
        .iter()
        .find(|v| v["value"] == "street_drugs")
        .unwrap();
    assert_eq!(
        street["count"].as_u64().unwrap(),
        app.total("profile=street_drugs").await
    );
    assert_ne!(street["label"], "Street drugs", "labelled in German");
}

#[tokio::test]
async fn an_empty_country_page_points_to_european_and_international_organisations() {
    let app = TestApp::seeded().await;
    let wider = app.total("scope=european&scope=international").await;
    assert!(wider > 0);
    let page = app.get("/countries/MT").await;
    assert_eq!(page.status, 200);
    assert!(page.texts(".result-name").is_empty());
    assert_eq!(
        page.texts(".elsewhere p")[0],
        "Organisations that work across Europe or worldwide, or meet online, may be open to people in Malta as well:"
    );
    assert_eq!(
        page.attrs(".elsewhere a.wider", "href"),
        ["/organisations?scope=european&scope=international"]
    );
    assert_eq!(
        page.texts(".elsewhere a.wider"),
        [format!("{wider} European and international organisations")]
    );
    assert_eq!(page.attrs(".elsewhere a.add", "href"), ["/submit"]);
    // The link finds what it says.
    let linked = app
        .get("/organisations?scope=european&scope=international")
        .await;
    assert_eq!(leading_number(&linked.texts("[role=status]")[0]), wider);

    // With a category, the wider search keeps it.
    let page = app.get("/countries/MT?category=harm_reduction").await;
    let href = page.attrs(".elsewhere a.wider", "href");
    if let Some(href) = href.first() {
        assert_eq!(
            href,
            "/organisations?category=harm_reduction&scope=european&scope=international"
        );
    }
    assert_eq!(page.attrs(".elsewhere a.add", "href"), ["/submit"]);

    // In Polish, the country takes its case; the links stay in Polish.
    let polish = app.get("/pl/countries/MT").await;
    assert!(
        polish.texts(".elsewhere p")[0].contains("dla osób na Malcie"),
        "{:?}",
        polish.texts(".elsewhere p")
    );
    assert_eq!(polish.attrs(".elsewhere a.add", "href"), ["/pl/submit"]);
    assert_eq!(
        polish.attrs(".elsewhere a.wider", "href"),
        ["/pl/organisations?scope=european&scope=international"]
    );

    // A page that finds something has none of this.
    let germany = app.get("/countries/DE").await;
    assert!(germany.texts(".elsewhere").is_empty());
}

#[tokio::test]
async fn an_empty_category_page_points_elsewhere_too() {
    let app = TestApp::seeded().await;
    let page = app.get("/categories/research?country=MT").await;
    assert_eq!(page.status, 200);
    assert!(page.texts(".result-name").is_empty());
    assert_eq!(page.attrs(".elsewhere a.add", "href"), ["/submit"]);
    assert!(page.texts(".elsewhere p")[0].contains("in Malta"));
}

#[tokio::test]
async fn titles_say_what_the_search_is_in_each_language() {
    let app = TestApp::seeded().await;
    let title = |path: &'static str| {
        let app = &app;
        async move { app.get(path).await.texts("title").join("") }
    };
    assert_eq!(
        title("/countries/DE?category=harm_reduction").await,
        "Harm reduction in Germany – userled"
    );
    assert_eq!(
        title("/organisations?category=harm_reduction&country=DE").await,
        "Harm reduction in Germany – userled"
    );
    assert_eq!(
        title("/organisations?q=harm+reduction+germany").await,
        "Harm reduction in Germany – userled",
        "words that became filters are named as filters"
    );
    assert_eq!(
        title("/countries/NL").await,
        "Organisations in the Netherlands – userled"
    );
    assert_eq!(title("/categories/research").await, "Research – userled");
    assert_eq!(title("/organisations").await, "Organisations – userled");
    assert_eq!(
        title("/organisations?q=peer").await,
        "Organisations matching “peer” – userled"
    );
    assert!(app.total("q=peer").await >= 2);
    assert_eq!(
        title("/organisations?q=peer&per_page=1&page=2").await,
        "Organisations matching “peer”, page 2 – userled"
    );

    assert_eq!(
        title("/de/countries/DE?category=harm_reduction").await,
        "Schadensminimierung in Deutschland – userled"
    );
    assert_eq!(
        title("/de/countries/NL").await,
        "Organisationen in den Niederlanden – userled"
    );
    assert_eq!(
        title("/de/organisations?q=peer&per_page=1&page=2").await,
        "Organisationen zu „peer“, Seite 2 – userled"
    );
    assert_eq!(
        title("/pl/countries/DE?category=harm_reduction").await,
        "Redukcja szkód w Niemczech – userled"
    );
    assert_eq!(
        title("/pl/organisations?q=peer").await,
        "Organizacje: wyniki dla „peer” – userled"
    );
    assert_eq!(
        title("/pl/categories/harm_reduction?per_page=1&page=2").await,
        "Redukcja szkód, strona 2 – userled"
    );
}

#[tokio::test]
async fn a_page_past_the_last_is_a_404_that_links_to_the_last() {
    let app = TestApp::seeded().await;
    let total = app.total("").await;
    let last = total.div_ceil(5);
    let page = app.get("/organisations?per_page=5&page=99").await;
    assert_eq!(page.status, 404);
    assert_eq!(page.texts("h1"), ["There is no page 99 of this search"]);
    assert_eq!(
        page.texts(".lead"),
        [format!("This search has {last} pages.")]
    );
    // No count above a "no match".
    assert!(page.texts("[role=status]").is_empty());
    assert!(page.texts(".result-name").is_empty());
    let href = page.attrs("main a", "href");
    let link = format!("/organisations?per_page=5&page={last}");
    assert!(href.contains(&link), "{href:?}");
    let last_page = app.get(&link).await;
    assert_eq!(last_page.status, 200);
    assert!(!last_page.texts(".result-name").is_empty());

    // On a country page, in German, the link keeps the page's address and language.
    let german = app.get("/de/countries/DE?page=7").await;
    assert_eq!(german.status, 404);
    assert_eq!(german.attrs("html", "lang"), ["de"]);
    assert!(
        german
            .attrs("main a", "href")
            .contains(&"/de/countries/DE".to_owned()),
        "{:?}",
        german.attrs("main a", "href")
    );
    assert_eq!(german.texts("main p a"), ["Zur ersten Seite"]);

    // Page 1 of a search that finds nothing is the search's answer: 200, "no match".
    let nothing = app.get("/organisations?q=zzqxw").await;
    assert_eq!(nothing.status, 200);
    assert_eq!(
        nothing.texts(".empty h3"),
        ["No organisation matches this search"]
    );
    let beyond = app.get("/organisations?q=zzqxw&page=2").await;
    assert_eq!(beyond.status, 404);
    assert!(
        beyond
            .attrs("main a", "href")
            .contains(&"/organisations?q=zzqxw".to_owned())
    );

    // The API answers as before: an empty page past the last.
    let api = app.get("/api/v1/organisations?per_page=5&page=99").await;
    assert_eq!(api.status, 200);
    assert_eq!(api.json()["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn country_codes_as_people_type_them_redirect_to_the_page() {
    let app = TestApp::seeded().await;
    for (path, target) in [
        ("/countries/UK", "/countries/GB"),
        ("/countries/uk", "/countries/GB"),
        ("/countries/gb", "/countries/GB"),
        (
            "/countries/dk?category=mutual_aid",
            "/countries/DK?category=mutual_aid",
        ),
        ("/countries/EL", "/countries/GR"),
        ("/de/countries/uk", "/de/countries/GB"),
        ("/de/countries/UK", "/de/countries/GB"),
        ("/de/countries/de", "/de/countries/DE"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, 308, "{path}");
        assert_eq!(response.header("location"), target, "{path}");
        assert_eq!(app.get(target).await.status, 200, "{target}");
    }
    assert_eq!(
        app.get("/countries/GB").await.texts("h1"),
        ["United Kingdom"]
    );
    assert_eq!(app.get("/countries/XX").await.status, 404);
    assert_eq!(app.get("/countries/xx").await.status, 404);
    assert_eq!(app.get("/de/countries/zz").await.status, 404);
}
