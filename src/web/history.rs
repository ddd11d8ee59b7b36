//! An organisation's revision history, and a moderator's restore of an earlier revision.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::form::FormData;
use super::language::Locale;
use super::pages::Layout;
use super::security::{CSRF_FIELD, CsrfToken, SignedIn, check_csrf};
use crate::registry::history::{self, RevisionView};

#[derive(Template, WebTemplate)]
#[template(path = "organisations/history.html")]
pub struct HistoryPage {
    pub layout: Layout,
    pub slug: String,
    pub name: String,
    pub revisions: Vec<RevisionView>,
    /// Whether values are shown: not for a discreet entry, unless to a moderator.
    pub show_values: bool,
    pub moderator: Option<String>,
    pub csrf: String,
}

pub async fn history(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    signed_in: Option<SignedIn>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let moderator = signed_in.map(|SignedIn(m)| m);
    let history = history::history(&state.registry, &slug, moderator.as_ref()).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = HistoryPage {
        layout: Layout::new(
            &locale,
            format!("History of {} – userled", history.name),
            format!("Every change to the entry for {}.", history.name),
        ),
        slug: history.slug.to_string(),
        name: history.name,
        revisions: history.revisions,
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
