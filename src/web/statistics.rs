//! The statistics page: bar charts and a tile-grid map of Europe, drawn as SVG on the server, each
//! with a table that says the same in numbers.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::AppState;
use super::error::AppError;
use super::language::Locale;
use super::pages::Layout;
use crate::domain::CountryCode;
use crate::domain::vocabulary::{Category, UserLedDegree, Vocabulary};
use crate::i18n::{Lang, Message};
use crate::statistics::{Count, Statistics};

/// Europe as a grid of equal squares, one per country: (code, column, row).
const TILES: &[(&str, u32, u32)] = &[
    ("IS", 0, 0),
    ("NO", 5, 0),
    ("SE", 6, 0),
    ("FI", 7, 0),
    ("IE", 0, 1),
    ("GB", 1, 1),
    ("DK", 5, 1),
    ("EE", 7, 1),
    ("NL", 3, 2),
    ("DE", 4, 2),
    ("PL", 5, 2),
    ("LT", 6, 2),
    ("LV", 7, 2),
    ("RU", 8, 2),
    ("BE", 2, 3),
    ("LU", 3, 3),
    ("CZ", 4, 3),
    ("SK", 5, 3),
    ("BY", 6, 3),
    ("UA", 7, 3),
    ("FR", 2, 4),
    ("CH", 3, 4),
    ("AT", 4, 4),
    ("HU", 5, 4),
    ("RO", 6, 4),
    ("MD", 7, 4),
    ("PT", 0, 5),
    ("ES", 1, 5),
    ("AD", 2, 5),
    ("IT", 3, 5),
    ("SI", 4, 5),
    ("HR", 5, 5),
    ("RS", 6, 5),
    ("BG", 7, 5),
    ("GE", 9, 5),
    ("MT", 3, 6),
    ("BA", 5, 6),
    ("ME", 6, 6),
    ("MK", 7, 6),
    ("TR", 8, 6),
    ("AL", 6, 7),
    ("GR", 7, 7),
    ("CY", 8, 7),
];
const TILE: u32 = 56;

pub struct Bar {
    pub label: String,
    /// The count as the page's language writes it.
    pub shown: String,
    pub y: u32,
    pub width: u32,
    pub href: Option<String>,
}

pub struct BarChart {
    pub id: &'static str,
    /// Where the bars start: after the longest label, as wide as its language needs.
    pub label_width: u32,
    pub title: String,
    pub caption: String,
    pub column: String,
    pub bars: Vec<Bar>,
    pub height: u32,
}

/// Labels take at least 200 of the chart's 640 units, more when a language's labels are long
/// (about 8 units a character at 14 px), and the bars the rest up to 580; rows are 28 units
/// apart. Each bar is labelled by `label` and links to `href`, if it has one.
fn chart(
    lang: Lang,
    id: &'static str,
    caption: String,
    counts: &[Count],
    label: impl Fn(&Count) -> String,
    href: impl Fn(&Count) -> Option<String>,
) -> BarChart {
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    let labels: Vec<String> = counts.iter().map(&label).collect();
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) as u32;
    let label_width = (longest * 8 + 12).clamp(200, 360);
    let area = f64::from(580 - label_width);
    BarChart {
        id,
        label_width,
        title: lang.t(&format!("stats-{id}-title")),
        caption,
        column: lang.t(&format!("stats-{id}-column")),
        bars: counts
            .iter()
            .zip(labels)
            .enumerate()
            .map(|(i, (c, label))| Bar {
                label,
                shown: lang.number(c.count),
                y: i as u32 * 28,
                width: ((c.count as f64 / max as f64) * area).round() as u32,
                href: href(c),
            })
            .collect(),
        height: counts.len() as u32 * 28,
    }
}

pub struct Tile {
    pub code: &'static str,
    /// The country's page in the page's language.
    pub href: String,
    /// What a screen reader says of the square: code, count, name and count in words.
    pub label: String,
    pub x: u32,
    pub y: u32,
    pub count: i64,
    pub shown: String,
    /// 0 for none, 1 to 4 by share of the largest count.
    pub level: u32,
}

/// A row of the table of countries.
pub struct CountryRow {
    pub name: String,
    pub href: String,
    pub shown: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "statistics.html")]
pub struct StatisticsPage {
    pub layout: Layout,
    /// The totals in a sentence.
    pub lead: String,
    pub charts: Vec<BarChart>,
    pub tiles: Vec<Tile>,
    pub map_width: u32,
    pub map_height: u32,
    pub countries: Vec<CountryRow>,
    /// The countries with organisations that the map of Europe does not show, in a sentence.
    pub elsewhere: Option<String>,
}

pub async fn statistics(
    locale: Locale,
    State(state): State<AppState>,
) -> Result<StatisticsPage, AppError> {
    let lang = locale.lang;
    let statistics = state.registry.statistics().await?;
    let elsewhere: Vec<String> = statistics
        .country
        .iter()
        .filter(|c| !TILES.iter().any(|(code, _, _)| *code == c.value))
        .map(|c| {
            format!(
                "{} ({})",
                country_name(lang, &c.value, &c.label),
                lang.number(c.count)
            )
        })
        .collect();
    Ok(StatisticsPage {
        layout: Layout::new(&locale, lang.t("stats-title"), lang.t("stats-description")),
        lead: lead(lang, &statistics),
        charts: charts(lang, &statistics),
        tiles: tiles(lang, &statistics.country),
        map_width: 10 * TILE,
        map_height: 8 * TILE,
        countries: statistics
            .country
            .iter()
            .map(|c| CountryRow {
                name: country_name(lang, &c.value, &c.label),
                href: lang.path(&format!("/countries/{}", c.value)),
                shown: lang.number(c.count),
            })
            .collect(),
        elsewhere: (!elsewhere.is_empty())
            .then(|| lang.ta("stats-elsewhere", "countries", elsewhere.join(", "))),
    })
}

/// The totals: all organisations, listed, discreet and, when there are any, unlisted.
fn lead(lang: Lang, statistics: &Statistics) -> String {
    let key = if statistics.unlisted > 0 {
        "stats-lead-unlisted"
    } else {
        "stats-lead"
    };
    lang.message(
        &Message::new(key)
            .with("total", statistics.total)
            .with("listed", statistics.listed)
            .with("discreet", statistics.discreet)
            .with("unlisted", statistics.unlisted),
    )
}

/// The name in `lang` of the country `code`, or `fallback` for a code this build does not know.
fn country_name(lang: Lang, code: &str, fallback: &str) -> String {
    code.parse::<CountryCode>()
        .map_or_else(|_| fallback.to_owned(), |c| c.name_in(lang).to_owned())
}

/// A vocabulary value's label in `lang`, from its slug.
fn label_in<V: Vocabulary>(lang: Lang) -> impl Fn(&Count) -> String {
    move |c: &Count| V::parse(&c.value).map_or_else(|_| c.label.clone(), |v| v.label_in(lang))
}

fn charts(lang: Lang, statistics: &Statistics) -> Vec<BarChart> {
    vec![
        chart(
            lang,
            "categories",
            lang.t("stats-categories-caption"),
            &statistics.category,
            label_in::<Category>(lang),
            |c| Some(lang.path(&format!("/categories/{}", c.value))),
        ),
        chart(
            lang,
            "degrees",
            lang.t("stats-degrees-caption"),
            &statistics.degree,
            label_in::<UserLedDegree>(lang),
            |_| None,
        ),
        chart(
            lang,
            "decades",
            lang.message(
                &Message::new("stats-decades-caption").with("count", statistics.founded_unknown),
            ),
            &statistics.decade,
            // The years as text: they are names, not quantities to group in thousands.
            |c| {
                let until = c
                    .value
                    .parse::<i32>()
                    .map_or_else(|_| String::new(), |start| (start + 9).to_string());
                lang.ta2(
                    "stats-decade",
                    ("decade", c.value.as_str()),
                    ("until", until),
                )
            },
            |_| None,
        ),
    ]
}

/// The tile map of Europe, each country shaded in four steps up to the largest count.
fn tiles(lang: Lang, countries: &[Count]) -> Vec<Tile> {
    let max = countries.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    let count_of = |code: &str| {
        countries
            .iter()
            .find(|c| c.value == code)
            .map_or(0, |c| c.count)
    };
    TILES
        .iter()
        .map(|&(code, column, row)| {
            let count = count_of(code);
            let name = country_name(lang, code, code);
            Tile {
                code,
                href: lang.path(&format!("/countries/{code}")),
                label: lang.message(
                    &Message::new("stats-tile-label")
                        .with("code", code)
                        .with("name", name.as_str())
                        .with("count", count),
                ),
                x: column * TILE,
                y: row * TILE,
                count,
                shown: lang.number(count),
                level: match count {
                    0 => 0,
                    _ => ((count as f64 / max as f64) * 4.0).ceil().clamp(1.0, 4.0) as u32,
                },
            }
        })
        .collect()
}
