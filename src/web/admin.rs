//! The moderators' pages: sign-in, the queue, reviewing a submission, and editing an entry.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::extract::Path;
use super::form::{Audience, FormData, FormRows, RecordForm, field_label};
use super::language::Locale;
use super::pages::Layout;
use super::security::{
    CSRF_FIELD, ClientAddress, CsrfToken, SESSION_COOKIE, SignedIn, check_csrf, cookie, set_cookie,
};
use crate::domain::FieldError;
use crate::registry::Error;
use crate::registry::accounts::{self, SESSION_HOURS, SignIn};
use crate::registry::entry_requests::{self, RequestItem};
use crate::registry::history::FieldChange;
use crate::registry::moderate::{self, QueueItem};

#[derive(Template, WebTemplate)]
#[template(path = "admin/sign_in.html")]
pub struct SignInPage {
    pub layout: Layout,
    pub csrf: String,
    pub username: String,
    pub error: Option<String>,
}

fn sign_in_page(
    locale: &Locale,
    csrf: &CsrfToken,
    username: &str,
    error: Option<String>,
) -> SignInPage {
    SignInPage {
        layout: Layout::new(
            locale,
            format!("{} – userled", locale.lang.t("admin-sign-in-title")),
            locale.lang.t("admin-sign-in-description"),
        ),
        csrf: csrf.token.clone(),
        username: username.to_owned(),
        error,
    }
}

pub async fn sign_in_form(
    locale: Locale,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Response {
    let csrf = CsrfToken::for_request(&state, &headers);
    csrf.attach(sign_in_page(&locale, &csrf, "", None))
}

pub async fn sign_in(
    locale: Locale,
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let username = data.get("username").trim();
    let password = data.get("password");
    match accounts::sign_in(&state.registry, username, password, &address).await? {
        SignIn::Accepted { token } => {
            let mut response = Redirect::to(&locale.lang.path("/admin")).into_response();
            let cookie = set_cookie(&state, SESSION_COOKIE, &token, Some(SESSION_HOURS * 3600));
            response.headers_mut().append(header::SET_COOKIE, cookie);
            Ok(response)
        }
        SignIn::Refused => {
            let csrf = CsrfToken::for_request(&state, &headers);
            let error = Some(locale.lang.t("admin-sign-in-refused"));
            let page = sign_in_page(&locale, &csrf, username, error);
            Ok(csrf.attach((StatusCode::UNAUTHORIZED, page)))
        }
    }
}

pub async fn sign_out(
    locale: Locale,
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        accounts::sign_out(&state.registry, token).await?;
    }
    let mut response = Redirect::to(&locale.lang.path("/")).into_response();
    let expired = set_cookie(&state, SESSION_COOKIE, "", Some(0));
    response.headers_mut().append(header::SET_COOKIE, expired);
    Ok(response)
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/queue.html")]
pub struct QueuePage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    pub pending: Vec<QueueItem>,
    pub decided: Vec<QueueItem>,
    /// Requests to change, make discreet or remove an entry: open ones, and the latest closed.
    pub open_requests: Vec<RequestItem>,
    pub closed_requests: Vec<RequestItem>,
}

/// A submission's kind (new or correction) in the page's language.
fn kind_label(layout: &Layout, item: &QueueItem) -> String {
    layout.t(&format!("admin-kind-{}", item.kind))
}

/// A submission's status (pending, approved, rejected) in the page's language.
fn status_label(layout: &Layout, item: &QueueItem) -> String {
    layout.t(&format!("admin-status-{}", item.status))
}

impl QueuePage {
    pub fn kind_label(&self, item: &QueueItem) -> String {
        kind_label(&self.layout, item)
    }

    pub fn status_label(&self, item: &QueueItem) -> String {
        status_label(&self.layout, item)
    }

    /// What a request asks for, in the page's language.
    pub fn request_kind(&self, request: &RequestItem) -> String {
        super::requests::kind_label(self.layout.lang(), request.kind)
    }

    /// A request's status (open, done, declined), in the page's language.
    pub fn request_status(&self, request: &RequestItem) -> String {
        super::requests::status_label(self.layout.lang(), &request.status)
    }
}

pub async fn queue(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let queue = moderate::queue(&state.registry).await?;
    let requests = entry_requests::queue(&state.registry).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = QueuePage {
        layout: Layout::new(
            &locale,
            format!("{} – userled", locale.lang.t("admin-queue-title")),
            locale.lang.t("admin-queue-description"),
        ),
        moderator: moderator.username,
        csrf: csrf.token.clone(),
        pending: queue.pending,
        decided: queue.decided,
        open_requests: requests.open,
        closed_requests: requests.closed,
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

impl ReviewPage {
    /// The submission's reference and when it was sent.
    pub fn meta(&self) -> String {
        self.layout.ta2(
            "admin-review-meta",
            ("reference", &self.item.reference),
            ("sent", &self.item.submitted_at),
        )
    }

    pub fn status_label(&self, item: &QueueItem) -> String {
        status_label(&self.layout, item)
    }

    /// A changed field's short name in the page's language.
    pub fn field_label(&self, change: &FieldChange) -> String {
        field_label(&change.field, self.layout.lang())
    }
}

/// What a review page shows besides the submission: the moderator's own edit with its errors,
/// or the error of a rejection without a reason.
#[derive(Default)]
struct Feedback<'a> {
    edited: Option<(&'a FormData, BTreeMap<String, String>)>,
    reason_error: Option<String>,
}

async fn review_page(
    locale: &Locale,
    state: &AppState,
    moderator: String,
    reference: &str,
    csrf: &CsrfToken,
    feedback: Feedback<'_>,
) -> Result<ReviewPage, AppError> {
    let review = moderate::review(&state.registry, reference).await?;
    let proposed = FormData::from_record(&review.record);
    let (data, errors) = feedback.edited.unwrap_or((&proposed, BTreeMap::new()));
    Ok(ReviewPage {
        layout: Layout::new(
            locale,
            format!(
                "{} – userled",
                locale.lang.ta("admin-review-title", "reference", reference)
            ),
            locale.lang.t("admin-review-description"),
        ),
        moderator,
        csrf: csrf.token.clone(),
        note: review.note,
        contact_email: review.contact_email,
        changes: review.changes,
        is_correction: review.is_correction,
        form: RecordForm::new(data, &errors, Audience::Moderator, locale.lang),
        reason_error: feedback.reason_error,
        pending: review.pending,
        item: review.item,
    })
}

pub async fn review(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let csrf = CsrfToken::for_request(&state, &headers);
    let feedback = Feedback::default();
    let page = review_page(
        &locale,
        &state,
        moderator.username,
        &reference,
        &csrf,
        feedback,
    )
    .await?;
    Ok(csrf.attach(page))
}

/// Decodes a moderator's form; a form that cannot be read is an error on the whole form.
fn decode(data: &FormData) -> (Result<crate::domain::OrganisationInput, Error>, FormRows) {
    match data.decode() {
        Ok((input, rows)) => (Ok(input.record), rows),
        Err(error) => (Err(Error::Invalid(vec![error])), FormRows::default()),
    }
}

pub async fn approve(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let (record, rows) = decode(&data);
    let outcome = match record {
        Ok(record) => moderate::approve(&state.registry, &reference, record, &moderator).await,
        Err(error) => Err(error),
    };
    match outcome {
        Ok(slug) => {
            Ok(Redirect::to(&locale.lang.path(&format!("/organisations/{slug}"))).into_response())
        }
        Err(Error::Invalid(errors)) => {
            let csrf = CsrfToken::for_request(&state, &headers);
            let edited = Some((&data, rows.errors_by_field(&errors, locale.lang)));
            let feedback = Feedback {
                edited,
                ..Feedback::default()
            };
            let page = review_page(
                &locale,
                &state,
                moderator.username,
                &reference,
                &csrf,
                feedback,
            )
            .await?;
            Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn reject(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let reason = data.get("reason");
    match moderate::reject(&state.registry, &reference, reason, &moderator).await {
        Ok(()) => Ok(Redirect::to(&locale.lang.path("/admin")).into_response()),
        Err(Error::Invalid(errors)) => {
            let csrf = CsrfToken::for_request(&state, &headers);
            let reason_error = errors
                .into_iter()
                .next()
                .map(|e| locale.lang.message(&e.message));
            let feedback = Feedback {
                reason_error,
                ..Feedback::default()
            };
            let page = review_page(
                &locale,
                &state,
                moderator.username,
                &reference,
                &csrf,
                feedback,
            )
            .await?;
            Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
        Err(other) => Err(other.into()),
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

impl EditPage {
    fn new(
        locale: &Locale,
        moderator: String,
        record: &crate::domain::Organisation,
        csrf: &CsrfToken,
        form: RecordForm,
    ) -> Self {
        Self {
            layout: Layout::new(
                locale,
                format!(
                    "{} – userled",
                    locale.lang.ta("admin-edit-title", "name", &record.name)
                ),
                locale.lang.t("admin-edit-description"),
            ),
            moderator,
            csrf: csrf.token.clone(),
            slug: record.slug.to_string(),
            name: record.name.clone(),
            form,
        }
    }
}

pub async fn edit_form(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let record = moderate::entry(&state.registry, &slug).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let data = FormData::from_record(&record);
    let form = RecordForm::new(&data, &BTreeMap::new(), Audience::Moderator, locale.lang);
    Ok(csrf.attach(EditPage::new(
        &locale,
        moderator.username,
        &record,
        &csrf,
        form,
    )))
}

pub async fn edit(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let current = moderate::entry(&state.registry, &slug).await?;
    let (record, rows) = decode(&data);
    let outcome = match record {
        Ok(record) => moderate::edit(&state.registry, &current.slug, record, &moderator).await,
        Err(error) => Err(error),
    };
    let errors = match outcome {
        Ok(()) => {
            return Ok(
                Redirect::to(&locale.lang.path(&format!("/organisations/{slug}/history")))
                    .into_response(),
            );
        }
        Err(Error::Invalid(errors)) => rows.errors_by_field(&errors, locale.lang),
        // A conflict or a missing entry is shown on the form, which keeps the edit.
        Err(Error::NotFound(message) | Error::Conflict(message)) => {
            rows.errors_by_field(&[FieldError::new("record", message)], locale.lang)
        }
        Err(other) => return Err(other.into()),
    };
    let csrf = CsrfToken::for_request(&state, &headers);
    let form = RecordForm::new(&data, &errors, Audience::Moderator, locale.lang);
    let page = EditPage::new(&locale, moderator.username, &current, &csrf, form);
    Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
}
