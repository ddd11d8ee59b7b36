//! The interface in eight languages: every locale has exactly English's messages, templates hold
//! no English of their own, and every page type renders in each language with its `lang` set and
//! no English sentence left from the interface.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use userled::i18n::Lang;

use crate::helpers::*;

/// Every message of one locale: `key` or `key.attribute` → its text when it is plain text.
fn messages(lang: Lang) -> BTreeMap<String, Option<String>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code());
    let mut messages = BTreeMap::new();
    for file in std::fs::read_dir(&folder).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let id = message.id.name;
                    if let Some(value) = &message.value {
                        let fresh = messages.insert(id.to_owned(), plain(value));
                        assert!(fresh.is_none(), "{}: {id} twice", path.display());
                    }
                    for attribute in &message.attributes {
                        let key = format!("{id}.{}", attribute.id.name);
                        messages.insert(key, plain(&attribute.value));
                    }
                }
                Entry::Junk { content } => panic!("{}: cannot parse {content}", path.display()),
                _ => {}
            }
        }
    }
    messages
}

/// The pattern's text, if it has no placeables.
fn plain(pattern: &Pattern<&str>) -> Option<String> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect::<Option<String>>()
}

#[test]
fn every_locale_has_exactly_the_messages_english_has() {
    let english: BTreeSet<String> = messages(Lang::En).into_keys().collect();
    assert!(english.len() > 100, "{} English messages", english.len());
    for lang in Lang::ALL {
        let keys: BTreeSet<String> = messages(lang).into_keys().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
    }
}

#[test]
fn every_vocabulary_value_has_a_label_and_definition_in_every_language() {
    use userled::domain::vocabulary::*;
    fn check<V: Vocabulary>() {
        for lang in Lang::ALL {
            for value in V::ALL {
                let key = format!("{}-{}", V::NAME.replace(' ', "_"), value.slug());
                assert!(lang.has(&key), "{lang}: {key}");
                assert!(
                    lang.has(&format!("{key}.definition")),
                    "{lang}: {key}.definition"
                );
            }
        }
        // English's file says what the code says, for the OpenAPI document.
        for value in V::ALL {
            assert_eq!(value.label_in(Lang::En), value.label());
            assert_eq!(value.definition_in(Lang::En), value.definition());
        }
    }
    check::<Category>();
    check::<Scope>();
    check::<Status>();
    check::<UserLedDegree>();
    check::<UserProfile>();
    check::<Activity>();
    check::<Visibility>();
    check::<EventKind>();
    check::<RelationKind>();
    check::<AliasKind>();
}

/// Every template file, with its path.
fn templates() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
        &mut out,
    );
    out
}

/// The parts of `text` between `open` and `close`, and the text without them.
fn cut(text: &str, open: &str, close: &str) -> (Vec<String>, String) {
    let (mut inside, mut outside, mut rest) = (Vec::new(), String::new(), text);
    while let Some(start) = rest.find(open) {
        outside.push_str(&rest[..start]);
        let after = &rest[start + open.len()..];
        let end = after.find(close).unwrap_or(after.len());
        inside.push(after[..end].to_owned());
        outside.push(' ');
        rest = after.get(end + close.len()..).unwrap_or_default();
    }
    outside.push_str(rest);
    (inside, outside)
}

/// Words a template may hold as they are: names, formats and standards, the same in every
/// language.
const NOT_ENGLISH: &[&str] = &[
    "userled", "user", "led", "CC", "BY", "JSON", "LD", "CSV", "API", "OpenAPI", "Atom", "ISO",
    "URL", "DOI",
];

#[test]
fn templates_hold_no_words_of_their_own() {
    let attribute =
        regex::Regex::new(r#"(?:aria-label|placeholder|title|alt|aria-description)="([^"]*)""#)
            .unwrap();
    let entity = regex::Regex::new(r"&[a-z]+;|&#\d+;").unwrap();
    let mut found = Vec::new();
    for (path, text) in templates() {
        let (_, text) = cut(&text, "{#", "#}");
        let (_, text) = cut(&text, "<script", "</script>");
        let (_, text) = cut(&text, "<style", "</style>");
        let (_, text) = cut(&text, "{{", "}}");
        let (_, text) = cut(&text, "{%", "%}");
        let mut readable: Vec<String> = attribute
            .captures_iter(&text)
            .map(|c| c[1].to_owned())
            .collect();
        let (_, text) = cut(&text, "<", ">");
        readable.push(text);
        for chunk in readable {
            let chunk = entity.replace_all(&chunk, " ").into_owned();
            for word in chunk.split(|c: char| !c.is_alphabetic()) {
                if !word.is_empty() && !NOT_ENGLISH.contains(&word) {
                    found.push(format!("{path}: {word}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside Fluent:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_key_a_template_names_exists_in_english() {
    let call =
        regex::Regex::new(r#"(?:\.(?:t|tn|ta|ta2)\(|pieces\(layout\.lang\(\), )"([a-z0-9_.-]+)""#)
            .unwrap();
    let english = messages(Lang::En);
    let mut missing = Vec::new();
    for (path, text) in templates() {
        for capture in call.captures_iter(&text) {
            if !english.contains_key(&capture[1]) {
                missing.push(format!("{path}: {}", &capture[1]));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys no locale has:\n{}",
        missing.join("\n")
    );
}

/// English sentences of the interface: each message, or each text between its arguments, of
/// three words or more, unless `lang` says it the same way.
fn english_sentences(lang: Lang) -> Vec<String> {
    let translated = messages(lang);
    messages(Lang::En)
        .into_iter()
        .filter(|(key, english)| translated.get(key) != Some(english))
        .filter_map(|(_, english)| english)
        .chain(english_fragments())
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| text.split(' ').count() >= 3)
        .collect()
}

/// The text between the arguments of English messages that have some.
fn english_fragments() -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut out = Vec::new();
    for file in std::fs::read_dir(folder).unwrap() {
        let source = std::fs::read_to_string(file.unwrap().path()).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                for element in &pattern.elements {
                    if let PatternElement::TextElement { value } = element {
                        out.push(value.trim().to_owned());
                    }
                }
            }
        }
    }
    out
}

/// What a reader sees of a page: its text outside scripts, and the attributes read aloud or shown.
fn readable_text(html: &scraper::Html) -> String {
    let mut out = String::new();
    for node in html.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let in_script = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "script" | "style"))
            });
            if !in_script {
                out.push_str(text);
                out.push(' ');
            }
        } else if let Some(element) = node.value().as_element() {
            for name in ["aria-label", "placeholder", "title", "alt", "content"] {
                if let Some(value) = element.attr(name) {
                    out.push_str(value);
                    out.push(' ');
                }
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn every_page_type_speaks_each_language_without_english_left_over() {
    let app = TestApp::seeded().await;
    create_moderator(&app.pool).await;
    let mut browser = Browser::new(&app);
    let receipt = browser
        .post_json(
            "/api/v1/submissions",
            &serde_json::json!({
                "name": "Kassel Peer Network",
                "description": "Peers meeting weekly in Kassel.",
                "categories": ["mutual_aid"],
                "countries": ["DE"],
                "user_led_degree": "user_led",
                "degree_note": "Run by its members.",
                "sources": [{"url": "https://example.org/kassel", "title": "Website"}],
            }),
        )
        .await;
    assert_eq!(receipt.status, 202, "{}", receipt.body);
    let reference = receipt.json()["reference"].as_str().unwrap().to_owned();
    let slug = "jes-osnabruck";
    let request = ask_about_an_entry(&mut browser, slug).await;
    let public = [
        "/".to_owned(),
        "/organisations".to_owned(),
        "/organisations?q=naloxone".to_owned(),
        "/organisations?q=nalxone".to_owned(),
        "/organisations?q=harm+reduction+germany".to_owned(),
        "/categories/harm_reduction".to_owned(),
        "/countries/DE".to_owned(),
        format!("/organisations/{slug}"),
        format!("/organisations/{slug}/history"),
        format!("/organisations/{slug}/suggest"),
        "/about".to_owned(),
        "/statistics".to_owned(),
        "/api".to_owned(),
        "/submit".to_owned(),
        format!("/submit/received/{reference}"),
        "/admin/sign-in".to_owned(),
        "/contact".to_owned(),
        "/privacy".to_owned(),
        "/accessibility".to_owned(),
        format!("/organisations/{slug}/request"),
        format!("/requests/{request}"),
    ];
    let moderators = [
        "/admin".to_owned(),
        format!("/admin/submissions/{reference}"),
        format!("/admin/organisations/{slug}/edit"),
        format!("/organisations/{slug}/history"),
        format!("/admin/requests/{request}"),
    ];
    let errors = [
        ("/nothing-here", 404),
        ("/organisations?page=0", 400),
        ("/organisations/no-such-organisation", 404),
    ];
    browser.sign_in(MODERATOR, PASSWORD).await;
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let english = english_sentences(lang);
        let mut pages = Vec::new();
        for path in &public {
            pages.push((lang.path(path), app.get(&lang.path(path)).await, 200));
        }
        for path in &moderators {
            pages.push((lang.path(path), browser.get(&lang.path(path)).await, 200));
        }
        for (path, status) in errors {
            pages.push((lang.path(path), app.get(&lang.path(path)).await, status));
        }
        for (path, page, status) in pages {
            assert_eq!(page.status, status, "{path}: {}", page.body);
            let html = page.html();
            assert_eq!(page.attrs("html", "lang"), [lang.code()], "{path}");
            if lang == Lang::En {
                continue;
            }
            let text = readable_text(&html);
            for sentence in &english {
                if text.contains(sentence.as_str()) {
                    found.push(format!("{path}: “{sentence}”"));
                }
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "English left on translated pages:\n{}",
        found.join("\n")
    );
}

/// Asks, through the form, for the entry `slug` to be changed; returns the request's reference.
async fn ask_about_an_entry(browser: &mut Browser, slug: &str) -> String {
    let form = format!("/organisations/{slug}/request");
    let token = browser.csrf(&form).await;
    let sent = browser
        .post_form(
            &form,
            &[
                ("csrf_token", &token),
                ("kind", "change"),
                ("reason", "The group now meets on Thursdays."),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let location = sent.header("location");
    location.strip_prefix("/requests/").unwrap().to_owned()
}

#[tokio::test]
async fn links_and_forms_stay_in_the_page_language() {
    let app = TestApp::seeded().await;
    for path in [
        "/de",
        "/de/organisations?q=harm",
        "/de/organisations/jes-osnabruck",
        "/de/submit",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        let mut targets = page.attrs("a[href^='/']", "href");
        targets.extend(page.attrs("form[action]", "action"));
        for target in targets {
            let english_only = [
                "/api/",
                "/static/",
                "/sitemap.xml",
                "/robots.txt",
                "/favicon",
            ];
            let in_german =
                target == "/de" || target.starts_with("/de/") || target.starts_with("/de?");
            let switcher = page.attrs(".language-switcher a", "href").contains(&target);
            assert!(
                in_german || switcher || english_only.iter().any(|p| target.starts_with(p)),
                "{path} links to {target}"
            );
        }
    }
}

#[tokio::test]
async fn the_language_is_in_the_address_and_the_browser_only_suggests() {
    let app = TestApp::seeded().await;
    let page = get_with(
        &app,
        "/about",
        &[("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")],
    )
    .await;
    assert_eq!(page.status, 200, "a shared link is never redirected");
    assert_eq!(page.attrs("html", "lang"), ["en"]);
    assert_eq!(page.attrs(".language-suggestion a", "href"), ["/pl/about"]);
    assert!(
        page.header("vary").contains("Accept-Language")
            || page
                .headers
                .get_all("vary")
                .iter()
                .any(|v| v == "Accept-Language")
    );
    assert!(
        page.header("set-cookie")
            .starts_with("userled_language_suggested=1")
    );

    let again = get_with(
        &app,
        "/about",
        &[
            ("accept-language", "pl"),
            ("cookie", "userled_language_suggested=1"),
        ],
    )
    .await;
    assert!(
        again.attrs(".language-suggestion a", "href").is_empty(),
        "suggested once"
    );

    let typed = app.get("/de/").await;
    assert_eq!((typed.status, typed.header("location")), (308, "/de"));

    let polish = get_with(&app, "/pl/about", &[("accept-language", "en")]).await;
    assert_eq!(polish.attrs("html", "lang"), ["pl"]);
    assert!(polish.attrs(".language-suggestion a", "href").is_empty());

    let switcher = app.get("/de/organisations?q=peer&country=DE").await;
    assert_eq!(
        switcher.attrs(".language-switcher a", "href"),
        [
            "/organisations?q=peer&country=DE",
            "/de/organisations?q=peer&country=DE",
            "/fr/organisations?q=peer&country=DE",
            "/es/organisations?q=peer&country=DE",
            "/it/organisations?q=peer&country=DE",
            "/pt/organisations?q=peer&country=DE",
            "/nl/organisations?q=peer&country=DE",
            "/pl/organisations?q=peer&country=DE",
        ]
    );
    let alternates = app.get("/fr/about").await;
    let hreflang: Vec<_> = alternates.attrs("link[hreflang]", "hreflang");
    assert_eq!(
        hreflang,
        ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "x-default"]
    );
    assert_eq!(
        alternates.attrs("link[hreflang=de]", "href"),
        ["https://userled.example/de/about"]
    );
    let entry = app.get("/fr/organisations/jes-osnabruck").await;
    assert_eq!(
        entry.attrs("link[rel=canonical]", "href"),
        ["https://userled.example/fr/organisations/jes-osnabruck"]
    );
    assert_eq!(
        alternates.attrs("meta[property='og:locale']", "content"),
        ["fr_FR"]
    );
}

#[tokio::test]
async fn a_city_named_in_the_query_shows_as_a_chip_that_takes_it_out() {
    let app = TestApp::seeded().await;
    let page = app.get("/de/organisations?q=K%C3%B6ln").await;
    assert_eq!(page.status, 200);
    assert!(
        page.texts(".result-name a")
            .iter()
            .any(|n| n == "JES Cologne")
    );
    let chips = page.texts("a.understood");
    assert!(chips.iter().any(|c| c.starts_with("Köln")), "{chips:?}");
    assert_eq!(page.attrs("a.understood", "href"), ["/de/organisations"]);

    let page = app.get("/pl/organisations?q=peer+Lisboa").await;
    assert_eq!(
        page.attrs("a.understood", "href"),
        ["/pl/organisations?q=peer"]
    );
}

#[test]
fn plurals_follow_each_language() {
    let polish: Vec<String> = [1, 2, 5, 22, 25]
        .iter()
        .map(|&n| Lang::Pl.tn("list-count", n))
        .collect();
    assert!(polish[0].contains("organizacja"), "{polish:?}");
    assert!(
        polish[1].contains("organizacje") && polish[3].contains("organizacje"),
        "{polish:?}"
    );
    assert!(
        polish[2].contains("organizacji") && polish[4].contains("organizacji"),
        "{polish:?}"
    );
    assert!(Lang::En.tn("list-count", 1).contains("1 organisation"));
    assert!(Lang::En.tn("list-count", 2).contains("2 organisations"));
    assert!(
        Lang::De.tn("list-count", 12345).contains("12.345"),
        "{}",
        Lang::De.tn("list-count", 12345)
    );
}
