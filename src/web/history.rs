//! An organisation's revision history, and a moderator's restore of an earlier revision.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::extract::Path;
use super::form::FormData;
use super::language::Locale;
use super::pages::{Layout, day_in};
use super::security::{CSRF_FIELD, CsrfToken, SignedIn, check_csrf};
use crate::domain::CountryCode;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, EventKind, RelationKind, Scope, Status, UserLedDegree,
    UserProfile, Visibility, Vocabulary,
};
use crate::i18n::{Lang, Message};
use crate::registry::history::{self, FieldChange, RevisionView};

#[derive(Template, WebTemplate)]
#[template(path = "organisations/history.html")]
pub struct HistoryPage {
    pub layout: Layout,
    pub name: String,
    /// The entry's page and its moderator's form, in the page's language.
    pub show_href: String,
    pub edit_href: String,
    pub revisions: Vec<Revision>,
    /// Whether values are shown: not for a discreet entry, unless to a moderator.
    pub show_values: bool,
    pub moderator: Option<String>,
    pub csrf: String,
}

/// One revision as the page shows it, in the page's language.
pub struct Revision {
    pub number: i64,
    pub current: bool,
    /// When, what, by whom and why, in one line.
    pub meta: String,
    pub restore_href: String,
    pub changes: Vec<FieldChange>,
}

impl Revision {
    fn new(view: RevisionView, slug: &str, lang: Lang) -> Self {
        let when = match view.created_at.split_once(' ') {
            Some((day, time)) => {
                lang.ta2("history-when", ("date", day_in(lang, day)), ("time", time))
            }
            None => view.created_at.clone(),
        };
        let meta = lang.message(
            &Message::new("history-revision-meta")
                .with("when", when)
                .with("action", action_in(view.action, lang))
                .with("actor", &view.actor)
                .with("summary", summary_in(&view.summary, lang)),
        );
        Self {
            number: view.number,
            current: view.current,
            meta,
            restore_href: lang.path(&format!(
                "/organisations/{slug}/history/{}/restore",
                view.number
            )),
            changes: view
                .changes
                .into_iter()
                .map(|change| change_in(change, lang))
                .collect(),
        }
    }
}

/// What kind of change a revision was, from the registry's label for it.
fn action_in(label: &str, lang: Lang) -> String {
    let key = match label {
        "Earliest recorded state" => "history-action-baseline",
        "Imported" => "history-action-import",
        "Approved contribution" => "history-action-approval",
        "Edited by a moderator" => "history-action-edit",
        "Restored" => "history-action-restore",
        other => return other.to_owned(),
    };
    lang.t(key)
}

/// A revision's summary. The registry writes a few standard ones, which read in the page's
/// language; anything else, a moderator's own words, stays as written.
fn summary_in(summary: &str, lang: Lang) -> String {
    if let Some(reference) = summary.strip_prefix("Approved contribution ") {
        return lang.ta("history-summary-approved", "reference", reference);
    }
    if let Some(number) = summary.strip_prefix("Restored revision ")
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        return lang.ta("history-summary-restored", "number", number);
    }
    let key = match summary {
        "Edited" => "history-summary-edited",
        "Loaded from the seed" => "history-summary-seed",
        "Imported from a registry file" => "history-summary-import",
        "The record as it stood before its history was kept" => "history-summary-baseline",
        other => return other.to_owned(),
    };
    lang.t(key)
}

/// The record's fields, in its order, and the parts of its lists' items.
const FIELDS: [&str; 23] = [
    "slug",
    "name",
    "aliases",
    "description",
    "categories",
    "countries",
    "city",
    "scope",
    "founded_year",
    "status",
    "ended_year",
    "user_led_degree",
    "degree_note",
    "user_profiles",
    "activities",
    "website",
    "visibility",
    "last_verified",
    "sources",
    "evaluations",
    "facts",
    "relations",
    "events",
];

/// The parts of a list item (`aliases`, `sources`...) as the registry writes them: the field's
/// name with spaces for underscores.
const PARTS: [&str; 15] = [
    "name",
    "language",
    "kind",
    "url",
    "title",
    "note",
    "citation",
    "year",
    "design",
    "sample size",
    "finding",
    "label",
    "value",
    "target",
    "source url",
];

/// One changed field with its name and values in the page's language: vocabulary values by
/// their labels, countries by their names, the parts of list items by their names.
fn change_in(change: FieldChange, lang: Lang) -> FieldChange {
    let field = match FIELDS.contains(&change.field.as_str()) {
        true => lang.t(&format!("history-field-{}", change.field.replace('_', "-"))),
        false => change.field.clone(),
    };
    let value = |text: &str| value_in(&change.field, text, lang);
    FieldChange {
        before: value(&change.before),
        after: value(&change.after),
        field,
    }
}

fn value_in(field: &str, text: &str, lang: Lang) -> String {
    fn terms<V: Vocabulary>(text: &str, lang: Lang) -> String {
        text.split(", ")
            .map(|slug| V::parse(slug).map_or_else(|_| slug.to_owned(), |v| v.label_in(lang)))
            .collect::<Vec<_>>()
            .join(", ")
    }
    if text.is_empty() {
        return String::new();
    }
    match field {
        "categories" => terms::<Category>(text, lang),
        "scope" => terms::<Scope>(text, lang),
        "status" => terms::<Status>(text, lang),
        "user_led_degree" => terms::<UserLedDegree>(text, lang),
        "user_profiles" => terms::<UserProfile>(text, lang),
        "activities" => terms::<Activity>(text, lang),
        "visibility" => terms::<Visibility>(text, lang),
        "countries" => text
            .split(", ")
            .map(|code| {
                code.parse::<CountryCode>()
                    .map_or_else(|_| code.to_owned(), |c| c.name_in(lang).to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
        "aliases" | "sources" | "evaluations" | "facts" | "relations" | "events" => text
            .lines()
            .map(|item| item_in(field, item, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => text.to_owned(),
    }
}

/// A list item written `name: JES; kind: abbreviation` with its parts named in `lang`, and its
/// kind by its label. A `; ` inside a value that is not followed by a part's name stays part of
/// that value.
fn item_in(field: &str, item: &str, lang: Lang) -> String {
    let mut parts: Vec<(&str, String)> = Vec::new();
    for piece in item.split("; ") {
        match piece.split_once(": ") {
            Some((part, value)) if PARTS.contains(&part) => parts.push((part, value.to_owned())),
            _ => match parts.last_mut() {
                Some((_, value)) => {
                    value.push_str("; ");
                    value.push_str(piece);
                }
                None => return item.to_owned(),
            },
        }
    }
    parts
        .into_iter()
        .map(|(part, value)| {
            let value = match (field, part) {
                ("aliases", "kind") => kind_in::<AliasKind>(&value, lang),
                ("relations", "kind") => kind_in::<RelationKind>(&value, lang),
                ("events", "kind") => kind_in::<EventKind>(&value, lang),
                _ => value,
            };
            lang.ta2(
                "history-part",
                (
                    "part",
                    lang.t(&format!("history-part-{}", part.replace(' ', "-"))),
                ),
                ("value", value),
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn kind_in<V: Vocabulary>(slug: &str, lang: Lang) -> String {
    V::parse(slug).map_or_else(|_| slug.to_owned(), |v| v.label_in(lang))
}

pub async fn history(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    signed_in: Option<SignedIn>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = locale.lang;
    let moderator = signed_in.map(|SignedIn(m)| m);
    let history = history::history(&state.registry, &slug, moderator.as_ref()).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = HistoryPage {
        layout: Layout::new(
            &locale,
            lang.ta("history-title", "name", &history.name),
            lang.ta("history-description", "name", &history.name),
        ),
        show_href: lang.path(&format!("/organisations/{}", history.slug)),
        edit_href: lang.path(&format!("/admin/organisations/{}/edit", history.slug)),
        revisions: history
            .revisions
            .into_iter()
            .map(|view| Revision::new(view, history.slug.as_str(), lang))
            .collect(),
        name: history.name,
        show_values: history.show_values,
        moderator: moderator.map(|m| m.username),
        csrf: csrf.token.clone(),
    };
    Ok(csrf.attach(page))
}

pub async fn restore(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path((slug, number)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let slug = history::restore(&state.registry, &slug, number, &moderator).await?;
    Ok(Redirect::to(&locale.lang.path(&format!("/organisations/{slug}/history"))).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_values_read_in_the_page_language() {
        assert_eq!(
            value_in("categories", "harm_reduction, mutual_aid", Lang::En),
            "Harm reduction, Mutual aid"
        );
        assert_eq!(value_in("countries", "DE, XX", Lang::En), "Germany, XX");
        assert_eq!(
            value_in(
                "aliases",
                "name: JES; language: de; kind: abbreviation\nname: A; b; kind: other",
                Lang::En
            ),
            "Name: JES; Language: de; Kind: Abbreviation\nName: A; b; Kind: Other name"
        );
        assert_eq!(value_in("description", "a; b: c", Lang::En), "a; b: c");
        assert_eq!(
            summary_in("Approved contribution ABC-123", Lang::En),
            "Approved contribution ABC-123"
        );
        assert_eq!(
            summary_in("Restored revision 2", Lang::En),
            "Restored revision 2"
        );
        assert_eq!(summary_in("Fixed a typo", Lang::De), "Fixed a typo");
    }
}
