//! The statistics page: bar charts and a tile-grid map of Europe, drawn as SVG on the server, each
//! with a table that says the same in numbers.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::AppState;
use super::error::AppError;
use super::language::Locale;
use super::pages::Layout;
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
    pub count: i64,
    pub y: u32,
    pub width: u32,
    pub href: Option<String>,
}

pub struct BarChart {
    pub id: &'static str,
    pub title: &'static str,
    pub caption: String,
    pub column: &'static str,
    pub bars: Vec<Bar>,
    pub height: u32,
}

/// Bars are drawn in a 380-unit wide area; rows are 28 units apart.
fn chart(
    id: &'static str,
    title: &'static str,
    caption: String,
    column: &'static str,
    counts: &[Count],
    href: impl Fn(&Count) -> Option<String>,
) -> BarChart {
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    BarChart {
        id,
        title,
        caption,
        column,
        bars: counts
            .iter()
            .enumerate()
            .map(|(i, c)| Bar {
                label: c.label.clone(),
                count: c.count,
                y: i as u32 * 28,
                width: ((c.count as f64 / max as f64) * 380.0).round() as u32,
                href: href(c),
            })
            .collect(),
        height: counts.len() as u32 * 28,
    }
}

pub struct Tile {
    pub code: &'static str,
    pub name: &'static str,
    pub x: u32,
    pub y: u32,
    pub count: i64,
    /// 0 for none, 1 to 4 by share of the largest count.
    pub level: u32,
}

#[derive(Template, WebTemplate)]
#[template(path = "statistics.html")]
pub struct StatisticsPage {
    pub layout: Layout,
    pub statistics: Statistics,
    pub charts: Vec<BarChart>,
    pub tiles: Vec<Tile>,
    pub map_width: u32,
    pub map_height: u32,
    /// Countries with organisations that the map of Europe does not show.
    pub elsewhere: Vec<Count>,
}

pub async fn statistics(
    locale: Locale,
    State(state): State<AppState>,
) -> Result<StatisticsPage, AppError> {
    let statistics = (*state.registry.statistics().await?).clone();
    let elsewhere = statistics
        .country
        .iter()
        .filter(|c| !TILES.iter().any(|(code, _, _)| *code == c.value))
        .cloned()
        .collect();
    Ok(StatisticsPage {
        layout: Layout::new(
            &locale,
            "Statistics – userled",
            "The registry of user-led drug organisations in numbers: per category, per user-led \
             degree, per founding decade and per country.",
        ),
        charts: charts(&statistics),
        tiles: tiles(&statistics.country),
        map_width: 10 * TILE,
        map_height: 8 * TILE,
        elsewhere,
        statistics,
    })
}

fn charts(statistics: &Statistics) -> Vec<BarChart> {
    vec![
        chart(
            "categories",
            "Organisations per category",
            "An organisation may work in more than one category.".into(),
            "Category",
            &statistics.category,
            |c| Some(format!("/categories/{}", c.value)),
        ),
        chart(
            "degrees",
            "Organisations per user-led degree",
            "How far each organisation is led by people who use or used drugs.".into(),
            "User-led degree",
            &statistics.degree,
            |_| None,
        ),
        chart(
            "decades",
            "Founding years, by decade",
            format!(
                "The founding year of {} organisations is not known.",
                statistics.founded_unknown
            ),
            "Decade",
            &statistics.decade,
            |_| None,
        ),
    ]
}

/// The tile map of Europe, each country shaded in four steps up to the largest count.
fn tiles(countries: &[Count]) -> Vec<Tile> {
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
            Tile {
                code,
                name: code
                    .parse::<crate::domain::CountryCode>()
                    .map(|c| c.name())
                    .unwrap_or(code),
                x: column * TILE,
                y: row * TILE,
                count,
                level: match count {
                    0 => 0,
                    _ => ((count as f64 / max as f64) * 4.0).ceil().clamp(1.0, 4.0) as u32,
                },
            }
        })
        .collect()
}
