//! An organisation's revision history, and a moderator's restore of an earlier revision.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::form::FormData;
use super::pages::Layout;
use super::security::{CSRF_FIELD, CsrfToken, SignedIn, check_csrf};
use crate::db::{organisations, revisions};
use crate::domain::Slug;
use crate::domain::vocabulary::Visibility;
use crate::error::AppError;
use crate::moderation::{self, FieldChange};

pub struct RevisionView {
    pub number: i64,
    pub created_at: String,
    pub action: &'static str,
    pub actor: String,
    pub summary: String,
    /// What this revision changed from the one before; empty where values are not shown.
    pub changes: Vec<FieldChange>,
    pub current: bool,
}

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
    State(state): State<AppState>,
    Path(slug): Path<String>,
    signed_in: Option<SignedIn>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let not_found = || {
        AppError::NotFound(format!(
            "There is no organisation \"{slug}\" in the registry."
        ))
    };
    let parsed = Slug::parse(&slug).map_err(|_| not_found())?;
    let year = crate::now().year();
    let mut conn = state.pool.acquire().await?;
    let record = organisations::find_by_slug(&mut conn, &parsed, year)
        .await?
        .ok_or_else(not_found)?;
    let moderator = signed_in.map(|SignedIn(m)| m.username);
    if record.visibility == Visibility::Unlisted && moderator.is_none() {
        return Err(not_found());
    }
    let show_values = record.visibility == Visibility::Listed || moderator.is_some();
    let id = organisations::id_by_slug(&mut conn, &parsed)
        .await?
        .ok_or_else(not_found)?;
    let list = revisions::list(&mut conn, id, year).await?;
    let views = list
        .iter()
        .enumerate()
        .map(|(i, revision)| RevisionView {
            number: revision.number,
            created_at: revision
                .created_at
                .get(..16)
                .unwrap_or_default()
                .replace('T', " "),
            action: revision.action.label(),
            actor: revision.actor.clone(),
            summary: revision.summary.clone(),
            changes: if show_values {
                moderation::changes(list.get(i + 1).map(|r| &r.record), &revision.record)
            } else {
                Vec::new()
            },
            current: i == 0,
        })
        .collect();
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = HistoryPage {
        layout: Layout::new(
            format!("History of {} – userled", record.name),
            format!("Every change to the entry for {}.", record.name),
        ),
        slug: record.slug.to_string(),
        name: record.name,
        revisions: views,
        show_values,
        moderator,
        csrf: csrf.token.clone(),
    };
    Ok(csrf.attach(page))
}

pub async fn restore(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path((slug, number)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let slug = Slug::parse(&slug)
        .map_err(|_| AppError::NotFound(format!("There is no organisation \"{slug}\".")))?;
    moderation::restore(&state.pool, &slug, number, &moderator, crate::now()).await?;
    Ok(Redirect::to(&format!("/organisations/{slug}/history")).into_response())
}
