//! The moderators' pages: sign-in, the queue, reviewing a submission, and editing an entry.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use time::Duration;
use time::format_description::well_known::Rfc3339;

use super::AppState;
use super::form::{Audience, FormData, RecordForm, errors_by_field};
use super::pages::Layout;
use super::security::{
    CSRF_FIELD, ClientAddress, CsrfToken, SESSION_COOKIE, SESSION_HOURS, SignedIn, check_csrf,
    cookie, set_cookie,
};
use crate::auth;
use crate::db::moderators;
use crate::db::organisations;
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::{Organisation, Slug};
use crate::error::AppError;
use crate::moderation::{self, FieldChange};

#[derive(Template, WebTemplate)]
#[template(path = "admin/sign_in.html")]
pub struct SignInPage {
    pub layout: Layout,
    pub csrf: String,
    pub username: String,
    pub error: Option<String>,
}

fn sign_in_page(csrf: &CsrfToken, username: &str, error: Option<&str>) -> SignInPage {
    SignInPage {
        layout: Layout::new("Sign in – userled", "Sign in to moderate the registry."),
        csrf: csrf.token.clone(),
        username: username.to_owned(),
        error: error.map(str::to_owned),
    }
}

pub async fn sign_in_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let csrf = CsrfToken::for_request(&state, &headers);
    csrf.attach(sign_in_page(&csrf, "", None))
}

pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let username = data.get("username").trim().to_owned();
    let user_key = username.to_lowercase();
    let throttles = &state.throttles;
    if let Err(wait) = throttles
        .sign_in_user
        .check(&user_key)
        .and(throttles.sign_in_address.check(&address))
    {
        return Err(AppError::TooManyRequests {
            retry_after: wait.as_secs().max(1),
        });
    }

    let mut conn = state.pool.acquire().await?;
    let account = moderators::find(&mut conn, &username).await?;
    // An unknown user is checked against a throwaway hash: the same answer in the same time.
    let password = data.get("password");
    let verified = tokio::task::spawn_blocking({
        let hash = account.as_ref().map(|a| a.password_hash.clone());
        let password = password.to_owned();
        move || auth::verify_password(hash.as_deref(), &password)
    })
    .await
    .map_err(|err| AppError::Internal(err.into()))?;
    let Some(account) = account.filter(|_| verified) else {
        throttles.sign_in_user.record(&user_key);
        throttles.sign_in_address.record(&address);
        let page = sign_in_page(
            &csrf,
            &username,
            Some("The username or the password is wrong."),
        );
        return Ok(csrf.attach((StatusCode::UNAUTHORIZED, page)));
    };
    throttles.sign_in_user.reset(&user_key);

    let token = auth::random_token();
    let now = crate::now();
    let expires = now + Duration::hours(SESSION_HOURS);
    let text = |t: time::OffsetDateTime| {
        t.format(&Rfc3339)
            .map_err(|err| AppError::Internal(err.into()))
    };
    moderators::create_session(
        &mut conn,
        &auth::token_hash(&token),
        account.id,
        &text(now)?,
        &text(expires)?,
    )
    .await?;
    tracing::info!(moderator = account.id, "moderator signed in");
    let mut response = Redirect::to("/admin").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, &token, Some(SESSION_HOURS * 3600)),
    );
    Ok(response)
}

pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let mut conn = state.pool.acquire().await?;
        moderators::end_session(&mut conn, &auth::token_hash(token)).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", Some(0)),
    );
    Ok(response)
}

/// A submission in the queue.
pub struct QueueItem {
    pub reference: String,
    pub kind: String,
    pub name: String,
    pub target: Option<String>,
    pub submitted_at: String,
    pub duplicates: Vec<String>,
    pub status: String,
    pub decided_by: Option<String>,
    pub decision_reason: Option<String>,
}

impl From<&SubmissionRow> for QueueItem {
    fn from(row: &SubmissionRow) -> Self {
        let name = serde_json::from_str::<serde_json::Value>(&row.record)
            .ok()
            .and_then(|v| v["name"].as_str().map(str::to_owned))
            .unwrap_or_default();
        Self {
            reference: row.reference.clone(),
            kind: row.kind.clone(),
            name,
            target: row.target_slug.clone(),
            submitted_at: row
                .submitted_at
                .get(..16)
                .unwrap_or_default()
                .replace('T', " "),
            duplicates: serde_json::from_str(&row.duplicates).unwrap_or_default(),
            status: row.status.clone(),
            decided_by: row.decided_by.clone(),
            decision_reason: row.decision_reason.clone(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/queue.html")]
pub struct QueuePage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    pub pending: Vec<QueueItem>,
    pub decided: Vec<QueueItem>,
}

pub async fn queue(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let mut conn = state.pool.acquire().await?;
    let pending = submissions::pending(&mut conn).await?;
    let decided = submissions::decided(&mut conn, 20).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = QueuePage {
        layout: Layout::new(
            "Moderation queue – userled",
            "Submissions waiting for review.",
        ),
        moderator: moderator.username,
        csrf: csrf.token.clone(),
        pending: pending.iter().map(QueueItem::from).collect(),
        decided: decided.iter().map(QueueItem::from).collect(),
    };
    Ok(csrf.attach(page))
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/review.html")]
pub struct ReviewPage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    pub item: QueueItem,
    pub note: Option<String>,
    pub contact_email: Option<String>,
    /// For a correction: what it changes; for a new entry: every field given.
    pub changes: Vec<FieldChange>,
    pub is_correction: bool,
    pub form: RecordForm,
    pub reason_error: Option<String>,
    pub pending: bool,
}

async fn review_page(
    state: &AppState,
    moderator: String,
    reference: &str,
    csrf: &CsrfToken,
    edited: Option<(&FormData, &BTreeMap<String, String>)>,
    reason_error: Option<String>,
) -> Result<ReviewPage, AppError> {
    let review = moderation::review(&state.pool, reference, crate::now()).await?;
    let changes = moderation::changes(review.live.as_ref(), &review.record);
    let proposed = FormData::from_record(&review.record);
    let no_errors = BTreeMap::new();
    let (data, errors) = edited.unwrap_or((&proposed, &no_errors));
    Ok(ReviewPage {
        layout: Layout::new(
            format!("Review {reference} – userled"),
            "Review a submission.",
        ),
        moderator,
        csrf: csrf.token.clone(),
        item: QueueItem::from(&review.row),
        note: review.row.note.clone(),
        contact_email: review.row.contact_email.clone(),
        changes,
        is_correction: review.row.kind == "correction",
        form: RecordForm::new(data, errors, Audience::Moderator),
        reason_error,
        pending: review.row.status == "pending",
    })
}

pub async fn review(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = review_page(&state, moderator.username, &reference, &csrf, None, None).await?;
    Ok(csrf.attach(page))
}

/// Validates the record in a moderator's form: the record, or the form's errors by field.
fn record_from_form(
    data: &FormData,
    slug: Option<&Slug>,
) -> Result<Organisation, BTreeMap<String, String>> {
    let (input, mut errors) = data.to_submission();
    let mut record = input.record;
    record.slug = slug.map(ToString::to_string);
    match record.validate(crate::now().year()) {
        Ok(record) if errors.is_empty() => Ok(record),
        Ok(_) => Err(errors_by_field(data, &errors)),
        Err(mut more) => {
            errors.append(&mut more);
            Err(errors_by_field(data, &errors))
        }
    }
}

pub async fn approve(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let outcome = match record_from_form(&data, None) {
        Ok(record) => {
            moderation::approve(&state.pool, &reference, record, &moderator, crate::now()).await
        }
        Err(errors) => Err(AppError::Unprocessable(
            errors
                .into_iter()
                .map(|(field, message)| crate::domain::FieldError { field, message })
                .collect(),
        )),
    };
    match outcome {
        Ok(slug) => Ok(Redirect::to(&format!("/organisations/{slug}")).into_response()),
        Err(AppError::Unprocessable(errors)) => {
            let by_field = errors_by_field(&data, &errors);
            let page = review_page(
                &state,
                moderator.username,
                &reference,
                &csrf,
                Some((&data, &by_field)),
                None,
            )
            .await?;
            Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
        Err(other) => Err(other),
    }
}

pub async fn reject(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    match moderation::reject(
        &state.pool,
        &reference,
        data.get("reason"),
        &moderator,
        crate::now(),
    )
    .await
    {
        Ok(()) => Ok(Redirect::to("/admin").into_response()),
        Err(AppError::Unprocessable(errors)) => {
            let csrf = CsrfToken::for_request(&state, &headers);
            let reason = errors.into_iter().next().map(|e| e.message);
            let page =
                review_page(&state, moderator.username, &reference, &csrf, None, reason).await?;
            Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
        Err(other) => Err(other),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/edit.html")]
pub struct EditPage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    pub slug: String,
    pub name: String,
    pub form: RecordForm,
}

async fn stored(state: &AppState, slug: &str) -> Result<Organisation, AppError> {
    let not_found = || AppError::NotFound(format!("There is no organisation \"{slug}\"."));
    let slug = Slug::parse(slug).map_err(|_| not_found())?;
    let mut conn = state.pool.acquire().await?;
    organisations::find_by_slug(&mut conn, &slug, crate::now().year())
        .await?
        .ok_or_else(not_found)
}

pub async fn edit_form(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let record = stored(&state, &slug).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = EditPage {
        layout: Layout::new(format!("Edit {} – userled", record.name), "Edit an entry."),
        moderator: moderator.username,
        csrf: csrf.token.clone(),
        slug: record.slug.to_string(),
        name: record.name.clone(),
        form: RecordForm::new(
            &FormData::from_record(&record),
            &BTreeMap::new(),
            Audience::Moderator,
        ),
    };
    Ok(csrf.attach(page))
}

pub async fn edit(
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let current = stored(&state, &slug).await?;
    let outcome = match record_from_form(&data, Some(&current.slug)) {
        Ok(record) => {
            moderation::edit(&state.pool, &current.slug, record, &moderator, crate::now())
                .await
                .map_err(|err| match err {
                    AppError::Unprocessable(errors) => errors_by_field(&data, &errors),
                    other => {
                        let mut map = BTreeMap::new();
                        map.insert("record".to_owned(), other.detail());
                        map
                    }
                })
        }
        Err(errors) => Err(errors),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/organisations/{slug}/history")).into_response()),
        Err(errors) => {
            let csrf = CsrfToken::for_request(&state, &headers);
            let page = EditPage {
                layout: Layout::new(format!("Edit {} – userled", current.name), "Edit an entry."),
                moderator: moderator.username,
                csrf: csrf.token.clone(),
                slug: current.slug.to_string(),
                name: current.name,
                form: RecordForm::new(&data, &errors, Audience::Moderator),
            };
            Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}
