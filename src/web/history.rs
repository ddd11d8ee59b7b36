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
use crate::domain::languages::autonym;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, ContactLinkKind, EventKind, MeetingMode, RelationKind, Scope,
    Status, UserLedDegree, UserProfile, Visibility, Vocabulary,
};
use crate::i18n::{Lang, Message};
use crate::registry::history::{self, Action, FieldChange, FieldValue, RevisionView, Summary};

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
    pub changes: Vec<ChangeRow>,
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
                .map(|change| ChangeRow::new(change, lang))
                .collect(),
        }
    }
}

/// What kind of change a revision was, in the page's language.
fn action_in(action: Action, lang: Lang) -> String {
    lang.t(match action {
        Action::Baseline => "history-action-baseline",
        Action::Import => "history-action-import",
        Action::Approval => "history-action-approval",
        Action::Edit => "history-action-edit",
        Action::Restore => "history-action-restore",
    })
}

/// A revision's summary: the registry's own in the page's language, a moderator's own words as
/// written.
fn summary_in(summary: &Summary, lang: Lang) -> String {
    match summary {
        Summary::Approval(reference) => lang.ta("history-summary-approved", "reference", reference),
        Summary::Restore(number) => {
            lang.ta("history-summary-restored", "number", number.to_string())
        }
        Summary::Edit => lang.t("history-summary-edited"),
        Summary::Seed => lang.t("history-summary-seed"),
        Summary::Import => lang.t("history-summary-import"),
        Summary::Baseline => lang.t("history-summary-baseline"),
        Summary::Note(note) => note.clone(),
    }
}

/// One row of a table of changes, in the page's language.
pub struct ChangeRow {
    /// The field's label as the form shows it: "How do you know?", not `degree_note`.
    pub label: String,
    pub before: String,
    pub after: String,
}

impl ChangeRow {
    /// A changed field in words: its label from the form, vocabulary values by their labels,
    /// countries by their names, dates as the page writes them, and each list item on its own
    /// line with its parts named.
    pub fn new(change: FieldChange, lang: Lang) -> Self {
        let value = |value: FieldValue| value_in(&change.field, value, lang);
        Self {
            label: field_label(&change.field, lang),
            before: value(change.before),
            after: value(change.after),
        }
    }
}

/// The label a person sees for a record's field: the form's (`form-degree_note`: "How do you
/// know?"), else its short name, else the history's name for it.
pub fn field_label(field: &str, lang: Lang) -> String {
    [
        format!("form-{field}"),
        format!("form-field-{field}"),
        format!("history-field-{}", field.replace('_', "-")),
    ]
    .iter()
    .find(|key| Lang::En.has(key))
    .map_or_else(|| field.replace('_', " "), |key| lang.t(key))
}

fn value_in(field: &str, value: FieldValue, lang: Lang) -> String {
    match value {
        FieldValue::Empty => String::new(),
        FieldValue::Text(text) => text_in(field, &text, lang),
        FieldValue::Codes(codes) => codes
            .iter()
            .map(|code| text_in(field, code, lang))
            .collect::<Vec<_>>()
            .join(", "),
        FieldValue::Items(items) => items
            .iter()
            .map(|item| item_in(field, item, lang))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// One stored value of `field` in words; a value this build does not know stays as stored.
fn text_in(field: &str, text: &str, lang: Lang) -> String {
    match field {
        "categories" => label_of::<Category>(text, lang),
        "scope" => label_of::<Scope>(text, lang),
        "status" => label_of::<Status>(text, lang),
        "user_led_degree" => label_of::<UserLedDegree>(text, lang),
        "user_profiles" => label_of::<UserProfile>(text, lang),
        "activities" => label_of::<Activity>(text, lang),
        "visibility" => label_of::<Visibility>(text, lang),
        "countries" => text
            .parse::<CountryCode>()
            .map_or_else(|_| text.to_owned(), |c| c.name_in(lang).to_string()),
        "last_verified" => day_in(lang, text),
        "contact.meets" => label_of::<MeetingMode>(text, lang),
        "contact.languages" => autonym(text).map_or_else(|| text.to_owned(), str::to_owned),
        _ => text.to_owned(),
    }
}

/// A list item as "Name: JES; Kind: Abbreviation": each part by its name in `lang`, kinds by
/// their labels.
fn item_in(field: &str, item: &[(String, String)], lang: Lang) -> String {
    item.iter()
        .map(|(part, value)| {
            let value = match (field, part.as_str()) {
                ("aliases", "kind") => label_of::<AliasKind>(value, lang),
                ("relations", "kind") => label_of::<RelationKind>(value, lang),
                ("events", "kind") => label_of::<EventKind>(value, lang),
                ("contact.links", "kind") => label_of::<ContactLinkKind>(value, lang),
                ("contact.address", "country") => text_in("countries", value, lang),
                _ => value.clone(),
            };
            let key = format!("history-part-{}", part.replace('_', "-"));
            let part = match Lang::En.has(&key) {
                true => lang.t(&key),
                false => part.replace('_', " "),
            };
            lang.ta2("history-part", ("part", part), ("value", value))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn label_of<V: Vocabulary>(slug: &str, lang: Lang) -> String {
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

    fn codes(values: &[&str]) -> FieldValue {
        FieldValue::Codes(values.iter().map(|v| v.to_string()).collect())
    }

    #[test]
    fn changed_values_read_in_the_page_language() {
        let categories = codes(&["harm_reduction", "mutual_aid"]);
        assert_eq!(
            value_in("categories", categories, Lang::En),
            "Harm reduction, Mutual aid"
        );
        assert_eq!(
            value_in("countries", codes(&["DE", "XX"]), Lang::En),
            "Germany, XX"
        );
        let part = |p: &str, v: &str| (p.to_owned(), v.to_owned());
        let aliases = FieldValue::Items(vec![
            vec![
                part("name", "JES"),
                part("language", "de"),
                part("kind", "abbreviation"),
            ],
            vec![part("name", "A; b"), part("kind", "other")],
        ]);
        assert_eq!(
            value_in("aliases", aliases, Lang::En),
            "Name: JES; Language: de; Kind: Abbreviation\nName: A; b; Kind: Other name"
        );
        let text = FieldValue::Text("a; b: c".into());
        assert_eq!(value_in("description", text, Lang::En), "a; b: c");
        assert_eq!(field_label("degree_note", Lang::En), "How do you know?");
        assert_eq!(field_label("slug", Lang::En), "Address (slug)");
        assert_eq!(
            summary_in(&Summary::Approval("ABC-123".into()), Lang::En),
            "Approved contribution ABC-123"
        );
        assert_eq!(
            summary_in(&Summary::Restore(2), Lang::En),
            "Restored revision 2"
        );
        assert_eq!(
            summary_in(&Summary::Note("Fixed a typo".into()), Lang::De),
            "Fixed a typo"
        );
        assert_eq!(summary_in(&Summary::Edit, Lang::De), "Bearbeitet");
        assert_eq!(action_in(Action::Restore, Lang::En), "Restored");
    }
}
