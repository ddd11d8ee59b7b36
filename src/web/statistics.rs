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
/// The map's text, in its units. The map is 560 units wide and drawn at most 560 px wide
/// (`svg.tiles`); on a 390 px phone (358 px inside the page's margins) a unit is 0.64 px, so
/// 20 units of text are 12.8 px.
const TILE_FONT: u32 = 20;

pub struct Bar {
    pub label: String,
    /// The label's lines, each with its baseline: long labels wrap rather than shrink.
    pub lines: Vec<(u32, String)>,
    /// The count as the page's language writes it.
    pub shown: String,
    /// The bar's top.
    pub bar_y: u32,
    pub width: u32,
    pub href: Option<String>,
}

pub struct BarChart {
    pub id: &'static str,
    pub title: String,
    pub caption: String,
    pub column: String,
    pub bars: Vec<Bar>,
    pub width: u32,
    pub height: u32,
    /// The size of every text in the chart, in the chart's units.
    pub font_size: u32,
}

/// The bar charts' width in their own units. The stylesheet never draws them wider than this
/// (`svg.bars`), so a unit is at most a pixel, and on a 390 px phone (358 px inside the page's
/// margins) it is 0.895 px: 14 units of text stay above 12 px.
const CHART_WIDTH: u32 = 400;
const CHART_FONT: u32 = 14;
/// A label's line: the font and the space between lines.
const LINE: u32 = 18;
/// Room kept right of the longest bar for its count.
const COUNT_ROOM: u32 = 56;
/// About the widest a character of a label is, in the chart's units, to wrap lines in time.
const CHARACTER: u32 = 8;

/// Each bar under its label, as wide as the count's share of the largest, its count after its
/// end; a label longer than the chart is wide wraps onto more lines. Each bar is labelled by
/// `label` and links to `href`, if it has one.
fn chart(
    lang: Lang,
    id: &'static str,
    caption: String,
    counts: &[Count],
    label: impl Fn(&Count) -> String,
    href: impl Fn(&Count) -> Option<String>,
) -> BarChart {
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    let area = f64::from(CHART_WIDTH - COUNT_ROOM);
    let mut y = 0;
    let mut bars = Vec::new();
    for count in counts {
        let label = label(count);
        let lines: Vec<(u32, String)> = wrap(&label, (CHART_WIDTH / CHARACTER) as usize)
            .into_iter()
            .zip(0..)
            .map(|(line, i)| (y + 15 + i * LINE, line))
            .collect();
        let bar_y = y + lines.len() as u32 * LINE + 4;
        bars.push(Bar {
            label,
            lines,
            shown: lang.number(count.count),
            bar_y,
            width: ((count.count as f64 / max as f64) * area).round() as u32,
            href: href(count),
        });
        y = bar_y + 16 + 12;
    }
    BarChart {
        id,
        title: lang.t(&format!("stats-{id}-title")),
        caption,
        column: lang.t(&format!("stats-{id}-column")),
        bars,
        width: CHART_WIDTH,
        height: y,
        font_size: CHART_FONT,
    }
}

/// `text` in lines of at most `width` characters, broken between words (a longer word keeps
/// its own line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
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

/// One shade of the map and what it means: "No organisations", "4 to 6 organisations".
pub struct LegendItem {
    pub level: u32,
    pub text: String,
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
    /// What each shade of the map stands for, lightest first.
    pub legend: Vec<LegendItem>,
    pub tile_font: u32,
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
        legend: legend(lang, largest(&statistics.country)),
        tile_font: TILE_FONT,
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

/// The largest count of a country, which the map's darkest shade stands for; at least 1.
fn largest(countries: &[Count]) -> i64 {
    countries.iter().map(|c| c.count).max().unwrap_or(0).max(1)
}

/// A country's shade: 0 for none, then 1 to 4 by quarters of the largest count.
fn level(count: i64, max: i64) -> u32 {
    match count {
        ..=0 => 0,
        _ => ((count as f64 / max as f64) * 4.0).ceil().clamp(1.0, 4.0) as u32,
    }
}

/// The counts each shade stands for, from `level`: the quarter `(level - 1) * max / 4` (not
/// included) to `level * max / 4`. With fewer than four organisations in the largest country
/// some shades stand for no count, and are left out.
fn level_range(level: u32, max: i64) -> Option<(i64, i64)> {
    let level = i64::from(level);
    let from = (level - 1) * max / 4 + 1;
    let to = level * max / 4;
    (from <= to).then_some((from, to))
}

/// The map's key: each shade used and the counts it stands for, in words.
fn legend(lang: Lang, max: i64) -> Vec<LegendItem> {
    let none = LegendItem {
        level: 0,
        text: lang.t("moderation-map-legend-none"),
    };
    let shades = (1..=4).filter_map(|shade| {
        let (from, to) = level_range(shade, max)?;
        let message = match from == to {
            true => Message::new("moderation-map-legend-exactly").with("count", from),
            false => Message::new("moderation-map-legend-range")
                .with("from", from)
                .with("to", to),
        };
        Some(LegendItem {
            level: shade,
            text: lang.message(&message),
        })
    });
    std::iter::once(none).chain(shades).collect()
}

/// The tile map of Europe, each country shaded in four steps up to the largest count.
fn tiles(lang: Lang, countries: &[Count]) -> Vec<Tile> {
    let max = largest(countries);
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
                level: level(count, max),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shade_of_the_legend_holds_exactly_the_counts_drawn_in_it() {
        for max in 1..=40 {
            for count in 1..=max {
                let shade = level(count, max);
                let (from, to) = level_range(shade, max).expect("a shade in use has a range");
                assert!(
                    from <= count && count <= to,
                    "{count} of {max}: {from}..{to}"
                );
            }
            let ranges: Vec<_> = (1..=4).filter_map(|l| level_range(l, max)).collect();
            assert_eq!(ranges.first().map(|r| r.0), Some(1));
            assert_eq!(ranges.last().map(|r| r.1), Some(max));
            assert!(ranges.windows(2).all(|w| w[0].1 + 1 == w[1].0));
        }
    }

    #[test]
    fn long_labels_wrap_between_words() {
        assert_eq!(wrap("Harm reduction", 50), ["Harm reduction"]);
        assert_eq!(
            wrap("prowadzone przez osoby używające narkotyków", 20),
            ["prowadzone przez", "osoby używające", "narkotyków"]
        );
        assert_eq!(wrap("", 20), [""]);
    }
}
