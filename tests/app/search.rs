//! Search through the API: filters, facets, text, sorting and pagination, over `fixture.json`;
//! and relevance ranks, equal to FTS5's own, over a generated registry.

use std::sync::Arc;

use serde_json::Value;

use userled::db::{self, bm25::COLUMN_WEIGHTS};
use userled::domain::CountryCode;
use userled::domain::vocabulary::{Category, Visibility, Vocabulary};
use userled::i18n::Lang;
use userled::search::CatalogueCache;
use userled::search::hits::{self, Ranking};
use userled::search::text::TextQuery;

use crate::helpers::{TestApp, generated_pool, get_with, import_api_records};

#[tokio::test]
async fn each_filter_alone() {
    let app = TestApp::fixture().await;
    for (query, expected) in [
        ("", 7),
        ("category=harm_reduction", 5),
        ("country=DE", 4),
        ("country=de", 4),
        ("degree=user_led", 3),
        ("status=active", 3),
        ("status=inactive", 1),
        ("activity=drug_checking", 1),
        ("profile=party_drugs", 1),
        ("scope=local", 2),
        ("founded_from=2000", 2),
        ("founded_to=1994", 2),
        ("founded_from=1994&founded_to=1995", 2),
        ("has_evaluation=true", 1),
        ("has_evaluation=false", 6),
    ] {
        assert_eq!(app.total(query).await, expected, "{query}");
    }
}

#[tokio::test]
async fn filters_combine_or_within_and_across() {
    let app = TestApp::fixture().await;
    assert_eq!(app.total("category=advocacy&category=research").await, 2);
    assert_eq!(app.total("category=harm_reduction&country=DE").await, 4);
    assert_eq!(
        app.names("category=harm_reduction&country=DE&degree=user_led")
            .await,
        ["Alpha Harm Reduction Berlin", "JES Osnabrück"]
    );
    assert_eq!(app.total("country=DE&country=ES&status=active").await, 2);
    assert_eq!(app.total("q=berlin&category=advocacy").await, 1);
}

fn counts(facet: &Value) -> Vec<(String, u64)> {
    facet
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["count"].as_u64().unwrap() > 0)
        .map(|v| {
            (
                v["value"].as_str().unwrap().to_owned(),
                v["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn each_facet_ignores_its_own_filter() {
    let app = TestApp::fixture().await;
    let body = app
        .get("/api/v1/organisations?category=harm_reduction&country=DE")
        .await
        .json();
    let facets = &body["facets"];
    // Categories counted with the country filter only: widening is one click away.
    assert_eq!(
        counts(&facets["category"]),
        [("mutual_aid".into(), 1), ("harm_reduction".into(), 4)]
    );
    // Countries counted with the category filter only.
    assert_eq!(
        counts(&facets["country"]),
        [("DE".into(), 4), ("ES".into(), 1)]
    );
    // Other facets apply both filters. The discreet organisation has no degree to count.
    assert_eq!(
        counts(&facets["degree"]),
        [("user_led".into(), 2), ("jointly_led".into(), 1)]
    );
    assert_eq!(
        counts(&facets["decade"]),
        [("1990".into(), 2), ("2000".into(), 1)]
    );
    let selected: Vec<&str> = facets["country"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["selected"] == true)
        .map(|v| v["value"].as_str().unwrap())
        .collect();
    assert_eq!(selected, ["DE"]);
}

#[tokio::test]
async fn the_decade_facet_ignores_the_founding_filter() {
    let app = TestApp::fixture().await;
    let body = app
        .get("/api/v1/organisations?founded_from=1990&founded_to=1999")
        .await
        .json();
    assert_eq!(body["total"], 3);
    assert_eq!(
        counts(&body["facets"]["decade"]),
        [("1990".into(), 3), ("2000".into(), 1), ("2010".into(), 1)]
    );
}

#[tokio::test]
async fn text_search_folds_case_and_diacritics_and_matches_prefixes() {
    let app = TestApp::fixture().await;
    assert_eq!(app.names("q=osnabruck").await, ["JES Osnabrück"]);
    assert_eq!(app.names("q=OSNABR%C3%9CCK").await, ["JES Osnabrück"]);
    assert_eq!(app.names("q=montanes").await, ["Colectivo Montañés"]);
    assert_eq!(app.names("q=malaga").await, ["Colectivo Montañés"], "city");
    assert_eq!(
        app.names("q=colect").await,
        ["Colectivo Montañés"],
        "prefix"
    );
    assert_eq!(app.names("q=cm").await, ["Colectivo Montañés"], "alias");
    assert_eq!(
        app.names("q=handbook").await,
        ["Delta Research Lyon"],
        "source title"
    );
    assert_eq!(
        app.names("q=naloxone").await,
        ["Alpha Harm Reduction Berlin"],
        "activity"
    );
    assert_eq!(
        app.names("q=alpha+berl").await,
        ["Alpha Harm Reduction Berlin"]
    );
}

#[tokio::test]
async fn the_seed_is_found_as_people_type() {
    let app = TestApp::seeded().await;
    assert_eq!(app.names("q=narco").await[0], "Narcotics Anonymous");
    assert_eq!(app.names("q=osnabruck").await, ["JES Osnabrück"]);
}

#[tokio::test]
async fn matches_in_the_name_rank_first() {
    let app = TestApp::fixture().await;
    // Beta mentions Berlin in its description only.
    assert_eq!(
        app.names("q=berlin").await,
        ["Alpha Harm Reduction Berlin", "Beta Advocacy Copenhagen"]
    );
    // Name order unless asked for relevance.
    assert_eq!(
        app.names("q=berlin&sort=name").await,
        ["Alpha Harm Reduction Berlin", "Beta Advocacy Copenhagen"]
    );
}

#[tokio::test]
async fn query_syntax_is_just_text() {
    let app = TestApp::fixture().await;
    for q in [
        "\"",
        "*",
        "NEAR(",
        "-x",
        "a:b",
        "(((",
        "AND OR",
        "\"unterminated",
        "^",
        "name:alpha",
        "ﬀ",
        "%",
    ] {
        let encoded: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
        for path in [
            "/api/v1/organisations",
            "/api/v1/organisations.csv",
            "/organisations",
        ] {
            let response = app.get(&format!("{path}?q={encoded}")).await;
            assert_eq!(response.status, 200, "{path}?q={q}: {}", response.body);
        }
    }
    // Operators are words: nobody is named "and or".
    assert_eq!(app.total("q=AND%20OR").await, 0);
    // Punctuation alone searches for nothing in particular.
    assert_eq!(app.total("q=%28%28%28").await, 7);
}

#[tokio::test]
async fn sorting() {
    let app = TestApp::fixture().await;
    let names = app.names("").await;
    assert_eq!(
        names.first().map(String::as_str),
        Some("Alpha Harm Reduction Berlin")
    );
    assert_eq!(names.last().map(String::as_str), Some("JES Osnabrück"));
    let founded = app.names("sort=founded").await;
    assert_eq!(
        &founded[..4],
        [
            "JES Osnabrück",
            "Beta Advocacy Copenhagen",
            "Alpha Harm Reduction Berlin",
            "Gamma Mutual Aid Munich"
        ]
    );
    let newest = app.names("sort=-founded").await;
    assert_eq!(newest[0], "Colectivo Montañés");
    // Unknown founding years come last both ways.
    assert_eq!(founded.last().unwrap(), newest.last().unwrap());
}

#[tokio::test]
async fn next_and_prev_links_walk_the_pages() {
    let app = TestApp::fixture().await;
    let first = app
        .get("/api/v1/organisations?category=harm_reduction&per_page=2")
        .await
        .json();
    assert_eq!(first["total"], 5);
    assert_eq!(
        first["links"]["self"],
        "/api/v1/organisations?category=harm_reduction&per_page=2"
    );
    assert_eq!(first["links"]["prev"], Value::Null);
    let next = first["links"]["next"].as_str().unwrap();
    assert_eq!(
        next,
        "/api/v1/organisations?category=harm_reduction&page=2&per_page=2"
    );

    let mut seen = Vec::new();
    let mut page = first;
    loop {
        for item in page["items"].as_array().unwrap() {
            seen.push(item["slug"].as_str().unwrap().to_owned());
        }
        match page["links"]["next"].as_str() {
            Some(next) => page = app.get(next).await.json(),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 5, "every match exactly once");

    let last = app
        .get("/api/v1/organisations?category=harm_reduction&per_page=2&page=3")
        .await
        .json();
    assert_eq!(last["links"]["next"], Value::Null);
    let prev = last["links"]["prev"].as_str().unwrap();
    assert_eq!(
        prev,
        "/api/v1/organisations?category=harm_reduction&page=2&per_page=2"
    );
    assert_eq!(app.get(prev).await.json()["page"], 2);

    // Beyond the last page: empty, and prev leads back to the last page.
    let beyond = app
        .get("/api/v1/organisations?category=harm_reduction&per_page=2&page=9")
        .await
        .json();
    assert_eq!(beyond["items"].as_array().unwrap().len(), 0);
    assert_eq!(
        beyond["links"]["prev"],
        "/api/v1/organisations?category=harm_reduction&page=3&per_page=2"
    );
}

#[tokio::test]
async fn a_change_made_beside_the_server_is_seen_at_once() {
    let app = TestApp::fixture().await;
    assert_eq!(app.total("").await, 7);
    let text = serde_json::json!({
        "format": "userled-registry/1",
        "organisations": [{
            "name": "Eta Newcomers",
            "description": "Added while the server runs.",
            "categories": ["research"],
            "user_led_degree": "unclear",
            "degree_note": "Test.",
            "sources": [{"url": "https://example.org/", "title": "Example"}]
        }]
    })
    .to_string();
    userled::interchange::import(&app.pool, &text, userled::now())
        .await
        .unwrap();
    assert_eq!(app.total("").await, 8);
    assert_eq!(app.names("q=newcomers").await, ["Eta Newcomers"]);
}

#[tokio::test]
async fn a_country_or_a_category_named_in_the_query_becomes_its_filter() {
    let app = TestApp::seeded().await;
    let in_germany = app.names("country=DE").await;
    assert!(in_germany.len() > 2, "the seed has several German entries");
    for name in [
        "germany",
        "Germany",
        "Deutschland",
        "Allemagne",
        "Alemania",
        "Germania",
        "Alemanha",
        "Duitsland",
        "Niemcy",
    ] {
        assert_eq!(app.names(&format!("q={name}")).await, in_germany, "{name}");
    }
    assert_eq!(
        app.names("q=harm+reduction+germany").await,
        app.names("category=harm_reduction&country=DE").await
    );
    assert_eq!(app.names("q=Portugal").await, app.names("country=PT").await);

    // The API says which words became which filter, and the links carry the filters.
    let response = app.get("/api/v1/organisations?q=naloxone+Niemcy").await;
    let body = response.json();
    assert_eq!(body["understood"][0]["words"], "Niemcy");
    assert_eq!(body["understood"][0]["parameter"], "country");
    assert_eq!(body["understood"][0]["value"], "DE");
    assert!(
        body["links"]["self"]
            .as_str()
            .unwrap()
            .contains("country=DE")
    );
    assert_eq!(
        body["total"],
        app.total("q=naloxone&country=DE").await,
        "the other words stay text"
    );

    // The page shows the filter as a removable chip, and keeps the other words in the box.
    let page = app.get("/organisations?q=naloxone+Deutschland").await;
    assert_eq!(page.status, 200);
    let chips = page.texts(".active-filters a");
    assert!(
        chips.iter().any(|c| c.contains("Germany")),
        "no chip for Germany in {chips:?}"
    );
    assert_eq!(page.attrs("input[name=q]", "value")[0], "naloxone");
}

#[tokio::test]
async fn a_category_and_a_country_named_in_any_language_become_their_filters() {
    let app = TestApp::seeded().await;
    let germany: CountryCode = "DE".parse().unwrap();
    let expected = app.names("category=harm_reduction&country=DE").await;
    assert!(
        !expected.is_empty(),
        "the seed has harm reduction in Germany"
    );
    for lang in Lang::ALL {
        let q = format!(
            "{} {}",
            Category::HarmReduction.label_in(lang),
            germany.name_in(lang)
        );
        assert_eq!(app.names(&query(&q)).await, expected, "{q} ({lang})");
    }
    for q in [
        "harm reduction germany",
        "Schadensminimierung Deutschland",
        "réduction des risques Allemagne",
        "reducción de daños Alemania",
        "riduzione del danno Germania",
        "redução de danos Alemanha",
        "schadebeperking Duitsland",
        "redukcja szkód Niemcy",
    ] {
        assert_eq!(app.names(&query(q)).await, expected, "{q}");
    }
    // The same names for activities and profiles, in the API's own words too.
    let body = app
        .get(&format!(
            "/api/v1/organisations?{}",
            query("Spritzenvergabe Niemcy")
        ))
        .await
        .json();
    let understood: Vec<(&str, &str)> = body["understood"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["parameter"].as_str().unwrap(),
                u["value"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        understood,
        [("activity", "syringe_distribution"), ("country", "DE")]
    );
}

#[tokio::test]
async fn a_city_is_found_by_any_of_its_names() {
    let seeded = TestApp::seeded().await;
    let fixture = TestApp::fixture().await;
    for (app, names) in [
        (&seeded, &["Cologne", "Köln", "Koeln", "koln"][..]),
        (&seeded, &["Lisbon", "Lisboa", "Lissabon"]),
        (&seeded, &["Turin", "Torino"]),
        (&fixture, &["Munich", "München", "Muenchen", "Monachium"]),
    ] {
        let expected = app.names(&query(names[0])).await;
        assert!(!expected.is_empty(), "{} finds something", names[0]);
        for name in &names[1..] {
            assert_eq!(app.names(&query(name)).await, expected, "{name}");
        }
    }
    // With other words and filters: the city is one of the words.
    assert_eq!(
        seeded.names(&query("Lisboa hepatitis")).await,
        ["IN-Mouraria"]
    );
    assert_eq!(
        seeded
            .names(&format!("{}&category=harm_reduction", query("Köln")))
            .await,
        seeded
            .names(&format!("{}&category=harm_reduction", query("Cologne")))
            .await
    );

    // Cities the registry has no organisation in are still understood, by their GeoNames name.
    for (q, city) in [
        ("Den Haag", "The Hague"),
        ("The Hague", "The Hague"),
        ("Kraków", "Kraków"),
        ("Cracow", "Kraków"),
        ("Lisboa", "Lisbon"),
        ("Köln", "Köln"),
    ] {
        let body = seeded
            .get(&format!("/api/v1/organisations?{}", query(q)))
            .await
            .json();
        assert_eq!(body["understood"][0]["parameter"], "city", "{q}");
        assert_eq!(body["understood"][0]["value"], city, "{q}");
        assert_eq!(body["understood"][0]["words"], q, "{q}");
        // The words stay the text searched for.
        assert!(
            body["links"]["self"].as_str().unwrap().contains("q="),
            "{q}"
        );
    }
}

#[tokio::test]
async fn the_api_labels_in_the_language_asked_for() {
    let app = TestApp::seeded().await;
    let term = |body: &Value, vocabulary: &str, value: &str, field: &str| -> String {
        body[vocabulary]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["value"] == value)
            .unwrap_or_else(|| panic!("{vocabulary} {value}"))[field]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let english = app.get("/api/v1/vocabulary").await.json();
    assert_eq!(
        term(&english, "category", "harm_reduction", "label"),
        "Harm reduction"
    );
    assert_eq!(term(&english, "country", "DE", "label"), "Germany");

    let german = app.get("/api/v1/vocabulary?lang=de").await;
    assert_eq!(german.status, 200);
    let german = german.json();
    assert_eq!(
        term(&german, "category", "harm_reduction", "label"),
        "Schadensminimierung"
    );
    assert_eq!(
        term(&german, "degree", "user_led", "definition"),
        "Überwiegend von aktuellen oder ehemaligen Drogengebrauchenden gestaltet und umgesetzt."
    );
    assert_eq!(term(&german, "country", "DE", "label"), "Deutschland");
    assert_eq!(
        term(&german, "activity", "naloxone_training", "label"),
        "Naloxon-Schulung"
    );
    // Every label and definition is German, none English.
    for vocabulary in [
        "category",
        "degree",
        "status",
        "activity",
        "profile",
        "event_kind",
    ] {
        for (en, de) in english[vocabulary]
            .as_array()
            .unwrap()
            .iter()
            .zip(german[vocabulary].as_array().unwrap())
        {
            assert_eq!(en["value"], de["value"], "values stay slugs");
            assert_ne!(
                en["definition"], de["definition"],
                "{vocabulary} {}",
                de["value"]
            );
        }
    }

    // Accept-Language, when no lang is given.
    let polish = get_with(
        &app,
        "/api/v1/vocabulary",
        &[("accept-language", "pl, en;q=0.5")],
    )
    .await
    .json();
    assert_eq!(
        term(&polish, "category", "harm_reduction", "label"),
        "Redukcja szkód"
    );
    let asked = get_with(
        &app,
        "/api/v1/vocabulary?lang=fr",
        &[("accept-language", "pl")],
    )
    .await
    .json();
    assert_eq!(
        term(&asked, "category", "harm_reduction", "label"),
        "Réduction des risques"
    );

    // Facets too; lang is a parameter the strict search accepts, and the links keep it.
    let list = app
        .get("/api/v1/organisations?lang=de&country=DE&per_page=1")
        .await;
    assert_eq!(list.status, 200, "{}", list.body);
    let list = list.json();
    let facet = |kind: &str, value: &str| -> String {
        list["facets"][kind]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["value"] == value)
            .unwrap()["label"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(facet("category", "harm_reduction"), "Schadensminimierung");
    assert_eq!(facet("country", "DE"), "Deutschland");
    assert_eq!(
        facet("degree", "user_led"),
        "Von Drogengebrauchenden geführt"
    );
    assert!(
        list["links"]["next"]
            .as_str()
            .unwrap()
            .ends_with("&lang=de"),
        "{}",
        list["links"]
    );
    // A language the site does not speak is a bad parameter, named, not a silent fallback.
    let unknown = app.get("/api/v1/organisations?lang=xx").await;
    assert_eq!(unknown.status, 400, "{}", unknown.body);
    assert_eq!(unknown.json()["parameter"], "lang");
    assert!(
        unknown.json()["detail"]
            .as_str()
            .unwrap()
            .contains("en, de, fr, es, it, pt, nl, pl")
    );
    assert_eq!(
        app.get("/api/v1/organisations.csv?lang=pl").await.status,
        200
    );
}

/// `q=<text>` for a query string.
fn query(text: &str) -> String {
    let encoded: String = url::form_urlencoded::byte_serialize(text.as_bytes()).collect();
    format!("q={encoded}")
}

#[tokio::test]
async fn a_typo_gets_a_suggestion_that_finds_something() {
    let app = TestApp::seeded().await;
    let answer = app.get("/api/v1/organisations?q=nalxone").await.json();
    assert_eq!(answer["total"], 0);
    assert_eq!(answer["suggestion"], "naloxone");
    assert!(app.total("q=naloxone").await > 0);

    let page = app.get("/organisations?q=nalxone").await;
    assert_eq!(page.texts(".suggestion a"), ["naloxone"]);
    let link = page.attrs(".suggestion a", "href")[0].clone();
    let followed = app.get(&link).await;
    assert_eq!(followed.status, 200);
    assert!(
        !followed.texts(".result-list li").is_empty(),
        "{link} finds nothing"
    );

    // A search that finds something, or words with no near neighbour, get no suggestion.
    for query in ["q=naloxone", "q=zzxqvj", "q=nalxone&country=IS"] {
        let answer = app
            .get(&format!("/api/v1/organisations?{query}"))
            .await
            .json();
        assert_eq!(answer["suggestion"], Value::Null, "{query}");
    }

    // The words suggested are the registry's as it is now: a word that arrives after the first
    // suggestion is suggested too.
    assert_eq!(
        app.get("/api/v1/organisations?q=zwerchfelwerkstatt")
            .await
            .json()["suggestion"],
        Value::Null
    );
    let mut record = app.get("/api/v1/organisations/jes-cologne").await.json();
    record["description"] = Value::from("Runs the Zwerchfellwerkstatt, a peer workshop.");
    import_api_records(&app.pool, &[record]).await;
    let answer = app
        .get("/api/v1/organisations?q=zwerchfelwerkstatt")
        .await
        .json();
    assert_eq!(answer["total"], 0);
    assert_eq!(answer["suggestion"], "zwerchfellwerkstatt");
}

#[tokio::test]
async fn a_search_in_another_language_speaks_it_and_stays_in_it() {
    let app = TestApp::seeded().await;
    let page = app.get("/de/organisations?q=naloxone+Deutschland").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.attrs("html", "lang"), ["de"]);
    assert_eq!(page.attrs("form.search", "action"), ["/de/organisations"]);
    let count = page.texts("[role=status]");
    assert!(count[0].ends_with("zu „naloxone“"), "{count:?}");
    // The words that became a filter are a chip of their own, titled with the words typed.
    assert_eq!(
        page.attrs(".active-filters a.understood", "title"),
        ["Aus den Suchwörtern „Deutschland“"]
    );
    assert_eq!(
        page.attrs(".active-filters a.understood", "href"),
        ["/de/organisations?q=naloxone"]
    );
    for href in page
        .attrs(".facet a", "href")
        .into_iter()
        .chain(page.attrs(".result-name a", "href"))
    {
        assert!(href.starts_with("/de/organisations"), "{href}");
    }

    let polish = app.get("/pl/organisations?per_page=5").await;
    let total = app.total("").await;
    assert_eq!(
        polish.texts("[role=status]"),
        [format!("{total} organizacji")]
    );
    assert_eq!(
        polish.texts(".pagination span")[0],
        format!("Strona 1 z {}", total.div_ceil(5))
    );
    assert_eq!(
        polish.attrs("a[rel=next]", "href"),
        ["/pl/organisations?page=2&per_page=5"]
    );

    let empty = app.get("/fr/organisations?q=nalxone").await;
    // (The narrow space before the question mark reads as a space here.)
    assert_eq!(
        empty.texts(".suggestion")[0],
        "Vouliez-vous dire naloxone ?"
    );
    assert_eq!(
        empty.attrs(".suggestion a", "href"),
        ["/fr/organisations?q=naloxone"]
    );
}

/// FTS5's own bm25 of each match, with the search's column weights, by row id: what
/// `userled_bm25` must equal.
async fn fts5_bm25(pool: &userled::db::Pool, fts_query: &str) -> Vec<(i64, f64)> {
    let weights: Vec<String> = COLUMN_WEIGHTS.iter().map(|w| format!("{w:?}")).collect();
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT rowid, bm25(organisation_search, {}) FROM organisation_search
         WHERE organisation_search MATCH ? ORDER BY rowid",
        weights.join(", ")
    )))
    .bind(fts_query)
    .fetch_all(pool)
    .await
    .unwrap()
}

/// The same rank: to the bit where the C library and Rust compute alike (x86-64 does not fuse a
/// multiplication and an addition unless told to); elsewhere to twelve digits.
fn assert_same_rank(ours: f64, fts5: f64, context: &str) {
    if cfg!(target_arch = "x86_64") {
        assert_eq!(
            ours.to_bits(),
            fts5.to_bits(),
            "{context}: {ours} against {fts5}"
        );
    } else {
        assert!(
            (ours - fts5).abs() <= fts5.abs() * 1e-12,
            "{context}: {ours} against {fts5}"
        );
    }
}

#[tokio::test]
async fn matches_rank_exactly_as_fts5s_bm25_ranks_them() {
    let (pool, _) = generated_pool(2_000).await;
    // Ranked before the entries' lengths are read (each match's looked up by the statement),
    // then after.
    let unwarmed = CatalogueCache::default().get(&pool).await.unwrap();
    let warmed = CatalogueCache::default().get(&pool).await.unwrap();
    hits::warm(Arc::downgrade(&warmed), &pool).await.unwrap();
    // Words common and rare, prefixes expanded to many words, and cities (several names each,
    // which the statement counts itself), alone and among words.
    for (catalogue, typed) in [unwarmed, warmed].iter().flat_map(|catalogue| {
        [
            "peer",
            "peer support",
            "users peer",
            "drug users",
            "harm reduction naloxone",
            "nalox",
            "s",
            "Köln",
            "peer Köln support",
            "Den Haag",
            "drug Den Haag users",
            "Lisboa harm",
            "support osnabrück",
        ]
        .map(|typed| (catalogue, typed))
    }) {
        let query = TextQuery::new(typed).unwrap();
        let fts5 = fts5_bm25(&pool, &query.whole()).await;
        let hits = catalogue.text_hits(&pool, &query).await.unwrap();
        let Ranking::Bm25(ranks) = &hits.ranking else {
            panic!("{typed}: {} matches, ranked in tiers", hits.matched.len());
        };
        let mut expected: Vec<(u32, f64)> = fts5
            .iter()
            .filter_map(|&(id, rank)| Some((catalogue.position_of_id(id)?, rank)))
            .filter(|(position, _)| hits.matched.contains(*position))
            .collect();
        expected.sort_by_key(|&(position, _)| position);
        assert_eq!(ranks.len(), expected.len(), "{typed}");
        for (&(position, ours), &(expected_position, fts5)) in ranks.iter().zip(&expected) {
            assert_eq!(position, expected_position, "{typed}");
            assert_same_rank(ours, fts5, typed);
        }
    }
}

#[tokio::test]
async fn the_rank_function_counts_what_it_is_not_told_and_refuses_a_wrong_count() {
    let (pool, records) = generated_pool(2_000).await;
    let query = TextQuery::new("drug Den Haag").unwrap().whole();
    let fts5 = fts5_bm25(&pool, &query).await;
    assert!(!fts5.is_empty(), "{query}");
    let phrases = query.matches('"').count() / 2;
    // Every row's length, some, or none (each looked up by the statement).
    let lengths = db::catalogue::row_lengths(&pool).await.unwrap();
    let indexed = records
        .iter()
        .filter(|org| org.visibility != Visibility::Unlisted);
    assert_eq!(lengths.len(), indexed.count());
    let some: Vec<(i64, u32)> = lengths.iter().copied().step_by(3).collect();
    for given in [lengths, some, Vec::new()] {
        let mut ours = db::catalogue::bm25_matches(&pool, &query, &vec![None; phrases], given)
            .await
            .unwrap();
        ours.sort_by_key(|&(id, _)| id);
        assert_eq!(ours.len(), fts5.len());
        for (&(id, rank), &(expected_id, expected)) in ours.iter().zip(&fts5) {
            assert_eq!(id, expected_id);
            assert_same_rank(rank, expected, &query);
        }
    }
    // Counts that do not fit the query are an error, never a wrong rank.
    for counts in [vec![Some(3)], vec![None; phrases + 1]] {
        let err = db::catalogue::bm25_matches(&pool, &query, &counts, Vec::new())
            .await
            .unwrap_err();
        assert!(err.to_string().contains("one per phrase"), "{err}");
    }
}
