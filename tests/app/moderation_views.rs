//! What moderators and readers see of moderation: the review page's decision first, tables of
//! changes in the labels people see, revision numbers that agree, and statistics that stay
//! legible on a phone with a key to the map.

use scraper::{ElementRef, Html, Selector};

use crate::contribute::{organisation_form, submit};
use crate::helpers::{
    Browser, MODERATOR, PASSWORD, TestApp, TestResponse, approve_as_sent, as_pairs,
    create_moderator, form_values, with_token,
};

const LANGUAGES: [&str; 8] = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"];

/// A phone's viewport, in CSS pixels.
const PHONE: f64 = 390.0;
/// The smallest text the charts may show on it.
const SMALLEST_TEXT: f64 = 12.0;

async fn moderated_app() -> TestApp {
    let app = TestApp::seeded().await;
    create_moderator(&app.pool).await;
    app
}

async fn moderator(app: &TestApp) -> Browser {
    let mut moderator = Browser::new(app);
    moderator.sign_in(MODERATOR, PASSWORD).await;
    moderator
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

fn text(element: &ElementRef) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The form controls a person can operate on the page's moderation forms, in document order:
/// (the form's action, its class, the control's tag, its `name`).
fn controls(page: &TestResponse) -> Vec<(String, String, String, String)> {
    let html = page.html();
    let mut found = Vec::new();
    for form in select(&html, "main form") {
        let action = form.value().attr("action").unwrap_or_default().to_owned();
        if !action.contains("/admin/submissions/") {
            continue;
        }
        let class = form.value().attr("class").unwrap_or_default().to_owned();
        let visible =
            Selector::parse("button, textarea, select, input:not([type=hidden])").unwrap();
        for control in form.select(&visible) {
            let tag = control.value().name().to_owned();
            let name = control.value().attr("name").unwrap_or_default().to_owned();
            found.push((action.clone(), class.clone(), tag, name));
        }
    }
    found
}

#[tokio::test]
async fn the_review_page_asks_for_the_decision_before_the_edit_form() {
    let app = moderated_app().await;
    let mut public = Browser::new(&app);
    let reference = submit(&mut public, &organisation_form("Decided At The Top")).await;
    let mut moderator = moderator(&app).await;
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    assert_eq!(review.status, 200, "{}", review.body);

    let found = controls(&review);
    let approve = format!("/admin/submissions/{reference}/approve");
    let reject = format!("/admin/submissions/{reference}/reject");
    let first: Vec<(&str, &str)> = found[..3]
        .iter()
        .map(|(action, _, tag, _)| (action.as_str(), tag.as_str()))
        .collect();
    assert_eq!(
        first,
        [
            (approve.as_str(), "button"),
            (reject.as_str(), "textarea"),
            (reject.as_str(), "button")
        ],
        "Approve, then Reject with its reason, come first"
    );
    assert!(
        found[3..]
            .iter()
            .all(|(action, class, _, _)| action == &approve && class.contains("record-form")),
        "the edit form follows: {found:?}"
    );
    assert!(found.len() > 10, "the edit form has the record's fields");
    let buttons = review.texts("main form button");
    assert!(
        buttons.contains(&"Approve as it is".to_owned()),
        "{buttons:?}"
    );
    assert_eq!(
        review.texts("label[for=f-reason]"),
        ["Reason for rejecting"]
    );

    // The decision's order holds in another language too.
    let german = moderator
        .get(&format!("/de/admin/submissions/{reference}"))
        .await;
    assert_eq!(
        german.texts("form.review-approve button"),
        ["Unverändert annehmen"]
    );
    let german_tags: Vec<String> = controls(&german).into_iter().map(|c| c.2).take(3).collect();
    assert_eq!(german_tags, ["button", "textarea", "button"]);

    // "Approve as it is" publishes the submission as it was sent, without its edit form.
    let token = review.attrs("form.review-approve input[name=csrf_token]", "value")[0].clone();
    let as_is = form_values(&review, "form.review-approve");
    assert!(
        as_is
            .iter()
            .all(|(k, _)| k == "csrf_token" || k == "decision")
    );
    let response = moderator.post_form(&approve, &as_pairs(&as_is)).await;
    assert_eq!(response.status, 303, "{}", response.body);
    assert_eq!(
        response.header("location"),
        "/organisations/decided-at-the-top"
    );
    let record = app
        .get("/api/v1/organisations/decided-at-the-top")
        .await
        .json();
    assert_eq!(record["city"], "Kassel");
    assert_eq!(record["degree_note"], "Its members run it.");
    assert_eq!(record["categories"], serde_json::json!(["harm_reduction"]));

    // The top form's Reject works as before: a reason is required, then it is declined.
    let second = submit(&mut public, &organisation_form("Rejected At The Top")).await;
    let path = format!("/admin/submissions/{second}/reject");
    let refused = moderator
        .post_form(&path, &[("csrf_token", &token), ("reason", " ")])
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.texts("#f-reason-error").len(), 1);
    assert_eq!(refused.attrs("#f-reason", "aria-invalid"), ["true"]);
    assert!(
        refused.texts("title")[0].starts_with("Error: "),
        "the title says there is an error first"
    );
    let rejected = moderator
        .post_form(
            &path,
            &[("csrf_token", &token), ("reason", "Not user-led.")],
        )
        .await;
    assert_eq!(rejected.status, 303);
    assert_eq!(
        app.get("/organisations/rejected-at-the-top").await.status,
        404
    );
}

/// Sends a correction to TripSit that adds a category, changes the user-led degree and its
/// evidence; returns its reference.
async fn correct_tripsit(app: &TestApp) -> String {
    let mut public = Browser::new(app);
    let suggest = public.get("/organisations/tripsit/suggest").await;
    assert_eq!(suggest.status, 200);
    let token = suggest.attrs("input[name=csrf_token]", "value")[0].clone();
    let mut form = form_values(&suggest, "form.record-form");
    form.retain(|(k, _)| {
        !matches!(
            k.as_str(),
            "csrf_token" | "degree_note" | "user_led_degree" | "note" | "categories"
        )
    });
    for (key, value) in [
        ("categories", "harm_reduction"),
        ("categories", "mutual_aid"),
        ("user_led_degree", "peer_delivered"),
        (
            "degree_note",
            "Its volunteers say they use psychedelics themselves.",
        ),
        ("note", "From their volunteers' page."),
    ] {
        form.push((key.into(), value.into()));
    }
    let response = public
        .post_form("/organisations/tripsit/suggest", &with_token(&token, &form))
        .await;
    assert_eq!(response.status, 303, "{}", response.body);
    response
        .header("location")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

/// The rows of a page's tables of changes: (label, the cells' text).
fn diff_rows(page: &TestResponse, table: &str) -> Vec<(String, String)> {
    let html = page.html();
    select(&html, &format!("{table} tbody tr"))
        .iter()
        .map(|row| {
            let label = select_in(row, "th").map(|th| text(&th)).unwrap_or_default();
            let cells = row
                .select(&Selector::parse("td").unwrap())
                .map(|td| text(&td))
                .collect::<Vec<_>>()
                .join(" | ");
            (label, cells)
        })
        .collect()
}

fn select_in<'a>(element: &ElementRef<'a>, selector: &str) -> Option<ElementRef<'a>> {
    element.select(&Selector::parse(selector).unwrap()).next()
}

/// No field name or vocabulary slug shows in a table of changes.
fn assert_in_words(rows: &[(String, String)]) {
    for (label, cells) in rows {
        for code in [
            "degree_note",
            "user_led_degree",
            "harm_reduction",
            "mutual_aid",
            "peer_delivered",
            "unclear",
            "categories",
        ] {
            assert!(
                !label.contains(code) && !cells.contains(code),
                "{code} in {label}: {cells}"
            );
        }
    }
}

fn row<'a>(rows: &'a [(String, String)], label: &str) -> &'a str {
    rows.iter()
        .find(|(l, _)| l == label)
        .map(|(_, cells)| cells.as_str())
        .unwrap_or_else(|| panic!("no row {label:?} in {rows:?}"))
}

#[tokio::test]
async fn changes_read_in_the_form_labels_and_the_vocabulary_words() {
    let app = moderated_app().await;
    let reference = correct_tripsit(&app).await;
    let mut moderator = moderator(&app).await;

    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    let rows = diff_rows(&review, "table.diff");
    assert_in_words(&rows);
    assert!(row(&rows, "How do you know?").contains("use psychedelics themselves"));
    assert!(
        row(&rows, "Categories").contains("Mutual aid, Harm reduction"),
        "{rows:?}"
    );
    let degree = row(&rows, "How far is it led by people who use or used drugs?");
    assert!(
        degree.contains("Unclear") && degree.contains("Peer-delivered"),
        "{degree}"
    );

    let review = moderator
        .get(&format!("/de/admin/submissions/{reference}"))
        .await;
    let rows = diff_rows(&review, "table.diff");
    assert_in_words(&rows);
    assert!(row(&rows, "Woher wissen Sie das?").contains("use psychedelics themselves"));
    assert!(row(&rows, "Kategorien").contains("Selbsthilfe, Schadensminimierung"));
    assert!(
        row(&rows, "Kategorien").contains("Vorschlag"),
        "each value is named"
    );

    // Approved, the public history shows the same change in the same words.
    approve_as_sent(&mut moderator, &reference).await;

    let history = app.get("/organisations/tripsit/history").await;
    let latest = ".revision:first-child table.diff";
    let rows = diff_rows(&history, latest);
    assert_in_words(&rows);
    assert!(row(&rows, "How do you know?").contains("use psychedelics themselves"));
    assert!(
        row(&rows, "Categories")
            .starts_with("Before Harm reduction | After Mutual aid, Harm reduction")
    );
    let history = app.get("/de/organisations/tripsit/history").await;
    let rows = diff_rows(&history, latest);
    assert_in_words(&rows);
    assert!(row(&rows, "Woher wissen Sie das?").contains("use psychedelics themselves"));
    assert!(row(&rows, "Kategorien").contains("Nachher Selbsthilfe, Schadensminimierung"));
}

/// The (list number, heading number, anchor number, restore number) of each revision listed.
fn revision_numbers(page: &TestResponse) -> Vec<(String, String, String, Option<String>)> {
    let html = page.html();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    select(&html, "ol.revisions > li")
        .iter()
        .map(|li| {
            let value = li.value().attr("value").unwrap_or_default().to_owned();
            let heading = select_in(li, "h2")
                .map(|h| digits(&text(&h)))
                .unwrap_or_default();
            let anchor = digits(li.value().attr("id").unwrap_or_default());
            let restore = select_in(li, "form").and_then(|f| f.value().attr("action").map(digits));
            (value, heading, anchor, restore)
        })
        .collect()
}

#[tokio::test]
async fn revision_numbers_agree_between_the_list_and_each_revision() {
    let app = moderated_app().await;
    let reference = correct_tripsit(&app).await;
    let mut moderator = moderator(&app).await;
    approve_as_sent(&mut moderator, &reference).await;
    let history = moderator.get("/organisations/tripsit/history").await;
    let token = history.attrs("input[name=csrf_token]", "value")[0].clone();
    let restored = moderator
        .post_form(
            "/organisations/tripsit/history/1/restore",
            &[("csrf_token", token.as_str())],
        )
        .await;
    assert_eq!(restored.status, 303);

    let history = moderator.get("/organisations/tripsit/history").await;
    let numbers = revision_numbers(&history);
    let expected = |n: &str, restore: Option<&str>| {
        (
            n.to_owned(),
            n.to_owned(),
            n.to_owned(),
            restore.map(str::to_owned),
        )
    };
    assert_eq!(
        numbers,
        [
            expected("3", None),
            // "Restore revision 2" in words and in the form's address alike.
            expected("2", Some("2")),
            expected("1", Some("1")),
        ]
    );
    assert!(history.texts(".revision > p.muted")[0].contains("Restored revision 1"));

    // A revision whose record no longer reads is left out: the list does not renumber the rest.
    sqlx::query("UPDATE revisions SET record = '{}' WHERE number = 2")
        .execute(&app.pool)
        .await
        .unwrap();
    let history = moderator.get("/organisations/tripsit/history").await;
    let numbers: Vec<_> = revision_numbers(&history)
        .into_iter()
        .map(|(value, heading, anchor, _)| (value, heading, anchor))
        .collect();
    let same = |n: &str| (n.to_owned(), n.to_owned(), n.to_owned());
    assert_eq!(numbers, [same("3"), same("1")]);
}

#[tokio::test]
async fn tables_of_changes_stack_on_a_phone_with_each_value_named() {
    let app = moderated_app().await;
    let history = app.get("/organisations/jes-bonn/history").await;
    let css = stylesheet(&app, &history).await;
    let stacked = rules(&css)
        .into_iter()
        .filter(|rule| {
            rule.media
                .as_deref()
                .is_some_and(|m| max_width_px(m) >= PHONE)
        })
        .any(|rule| {
            rule.selectors.iter().any(|s| s == "table.diff td")
                && rule.declarations.contains("display: block")
        });
    assert!(stacked, "table.diff cells are blocks at 390 px");
    let html = history.html();
    for cell in select(&html, "table.diff td") {
        assert!(
            select_in(&cell, ".diff-heading").is_some(),
            "each value says whether it is before or after"
        );
    }
}

/// One rule of a stylesheet: the media query it sits in, its selectors and declarations.
struct Rule {
    media: Option<String>,
    selectors: Vec<String>,
    declarations: String,
}

/// The rules of a stylesheet without comments, one level of `@media` deep.
fn rules(css: &str) -> Vec<Rule> {
    let css = regex::Regex::new(r"(?s)/\*.*?\*/")
        .unwrap()
        .replace_all(css, "");
    let mut rules = Vec::new();
    let mut rest: &str = &css;
    let mut media: Option<(String, usize)> = None;
    let mut depth = 0;
    while let Some(brace) = rest.find(['{', '}']) {
        let head = rest[..brace].trim().to_owned();
        let after = &rest[brace + 1..];
        if rest.as_bytes()[brace] == b'}' {
            depth -= 1;
            if media.as_ref().is_some_and(|(_, d)| *d == depth) {
                media = None;
            }
            rest = after;
            continue;
        }
        if head.starts_with("@media") {
            media = Some((head, depth));
            depth += 1;
            rest = after;
            continue;
        }
        let close = after.find('}').expect("a closed rule");
        rules.push(Rule {
            media: media.as_ref().map(|(m, _)| m.clone()),
            selectors: head.split(',').map(|s| s.trim().to_owned()).collect(),
            declarations: after[..close].trim().to_owned(),
        });
        rest = &after[close + 1..];
    }
    rules
}

/// A media query's `max-width` in px (`40rem` is 640 px), or 0 without one.
fn max_width_px(media: &str) -> f64 {
    regex::Regex::new(r"max-width:\s*([\d.]+)(px|rem)")
        .unwrap()
        .captures(media)
        .map_or(0.0, |c| length_px(&c[1], &c[2]))
}

fn length_px(number: &str, unit: &str) -> f64 {
    let number: f64 = number.parse().unwrap();
    match unit {
        "px" => number,
        "rem" => number * 16.0,
        other => panic!("a length in {other}"),
    }
}

/// The value of `property` in the rule for exactly `selector` outside any media query.
fn declaration(rules: &[Rule], selector: &str, property: &str) -> Option<String> {
    let pattern = regex::Regex::new(&format!(r"(?:^|;)\s*{property}\s*:\s*([^;]+)")).unwrap();
    rules
        .iter()
        .filter(|r| r.media.is_none() && r.selectors.iter().any(|s| s == selector))
        .find_map(|r| {
            pattern
                .captures(&r.declarations)
                .map(|c| c[1].trim().to_owned())
        })
}

async fn stylesheet(app: &TestApp, page: &TestResponse) -> String {
    let href = page.attrs("link[rel=stylesheet]", "href")[0].clone();
    let css = app.get(&href).await;
    assert_eq!(css.status, 200);
    css.body
}

/// How wide an SVG of class `class` is drawn on a 390 px phone: the width inside the page's
/// side padding (`.wrap`), or less if the stylesheet caps it (`max-width`).
fn drawn_width(rules: &[Rule], class: &str) -> f64 {
    let padding = declaration(rules, ".wrap", "padding").expect("the page's padding");
    let side = padding.split_whitespace().nth(1).expect("a side padding");
    let side = regex::Regex::new(r"^([\d.]+)(px|rem)$")
        .unwrap()
        .captures(side)
        .map_or(0.0, |c| length_px(&c[1], &c[2]));
    let inside = PHONE - 2.0 * side;
    let cap = declaration(rules, &format!("svg.{class}"), "max-width")
        .map(|v| {
            let c = regex::Regex::new(r"^([\d.]+)(px|rem)$")
                .unwrap()
                .captures(&v)
                .expect("a length");
            length_px(&c[1], &c[2])
        })
        .unwrap_or(f64::INFINITY);
    inside.min(cap)
}

#[tokio::test]
async fn chart_text_is_at_least_12_px_on_a_390_px_phone_in_every_language() {
    let app = TestApp::seeded().await;
    for lang in LANGUAGES {
        let path = match lang {
            "en" => "/statistics".to_owned(),
            other => format!("/{other}/statistics"),
        };
        let page = app.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        let rules = rules(&stylesheet(&app, &page).await);
        // The font sizes are the SVG's own: no rule of the stylesheet sets one for chart text.
        for rule in &rules {
            let about_charts = rule
                .selectors
                .iter()
                .any(|s| s.contains("svg") || s.contains(".tile") || s.contains(".bar"));
            assert!(
                !(about_charts && rule.declarations.contains("font-size")),
                "{:?} sets a font size",
                rule.selectors
            );
        }
        let html = page.html();
        let mut checked = 0;
        for class in ["bars", "tiles"] {
            let width = drawn_width(&rules, class);
            for svg in select(&html, &format!("svg.{class}")) {
                assert_eq!(svg.value().attr("width"), Some("100%"));
                let view_box: Vec<f64> = svg
                    .value()
                    .attr("viewBox")
                    .expect("a viewBox")
                    .split_whitespace()
                    .map(|n| n.parse().unwrap())
                    .collect();
                let scale = width / view_box[2];
                for text in svg.select(&Selector::parse("text, tspan").unwrap()) {
                    let size: f64 = text
                        .value()
                        .attr("font-size")
                        .expect("every text sets its size")
                        .parse()
                        .unwrap();
                    assert!(
                        size * scale >= SMALLEST_TEXT,
                        "{path}: {class} text {:?} is {:.1} px at {PHONE} px",
                        text.text().collect::<String>(),
                        size * scale
                    );
                    checked += 1;
                }
                // A label line longer than the chart would run off its edge.
                for label in svg.select(&Selector::parse("text.bar-label").unwrap()) {
                    for line in label.text() {
                        assert!(
                            line.chars().count() as f64 * 8.0 <= view_box[2],
                            "{path}: {line:?} is wider than the chart"
                        );
                    }
                }
            }
        }
        assert!(checked > 50, "{path}: the charts' texts were found");
    }
}

#[tokio::test]
async fn the_map_has_a_key_to_its_shades_in_every_language() {
    let app = TestApp::seeded().await;
    let english = app.get("/statistics").await;
    let key = english.texts(".tile-legend li");
    // The United Kingdom has the most organisations, 10: four shades of a quarter each.
    assert_eq!(
        key,
        [
            "No organisations",
            "1 to 2 organisations",
            "3 to 5 organisations",
            "6 to 7 organisations",
            "8 to 10 organisations"
        ]
    );
    assert_eq!(english.texts(".tile-legend p"), ["What the shades mean"]);
    let german = app.get("/de/statistics").await;
    assert_eq!(
        german.texts(".tile-legend li"),
        [
            "Keine Organisationen",
            "1 bis 2 Organisationen",
            "3 bis 5 Organisationen",
            "6 bis 7 Organisationen",
            "8 bis 10 Organisationen"
        ]
    );
    for lang in LANGUAGES {
        let path = match lang {
            "en" => "/statistics".to_owned(),
            other => format!("/{other}/statistics"),
        };
        let page = app.get(&path).await;
        let items = page.texts(".tile-legend li");
        assert_eq!(items.len(), 5, "{path}");
        let heading = page.texts(".tile-legend p");
        assert_eq!(heading.len(), 1, "{path}");
        if lang != "en" {
            assert_ne!(heading, english.texts(".tile-legend p"), "{path}");
            for (item, english) in items.iter().zip(&key) {
                assert_ne!(item, english, "{path} left the key in English");
            }
        }
        // Every square is shaded as the key says of its count.
        let html = page.html();
        let swatches: Vec<String> = select(&html, ".tile-legend .swatch")
            .iter()
            .map(|s| s.value().attr("class").unwrap().to_owned())
            .collect();
        assert_eq!(
            swatches,
            (0..5)
                .map(|l| format!("swatch level-{l}"))
                .collect::<Vec<_>>()
        );
        for square in select(&html, "svg.tiles a") {
            let shade = select_in(&square, "rect")
                .unwrap()
                .value()
                .attr("class")
                .unwrap();
            let count: i64 = select_in(&square, "tspan")
                .map(|t| text(&t))
                .unwrap()
                .parse()
                .unwrap();
            let level = match count {
                1..=2 => 1,
                3..=5 => 2,
                6..=7 => 3,
                _ => 4,
            };
            assert_eq!(shade, format!("tile level-{level}"), "{path}: {count}");
        }
    }
}
