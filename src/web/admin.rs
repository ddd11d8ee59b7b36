//! The moderators' pages: sign-in, the queue, reviewing a submission, editing an entry, the links
//! that did not work, and the entries due for checking.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::answer::redirect_or_show_errors;
use super::error::AppError;
use super::extract::Path;
use super::form::{Audience, FormData, FormRows, RecordForm};
use super::history::ChangeRow;
use super::language::Locale;
use super::pages::{Layout, day_in};
use super::security::{
    CSRF_FIELD, ClientAddress, CsrfToken, SESSION_COOKIE, SignedIn, check_csrf, cookie, set_cookie,
};
use crate::domain::FieldError;
use crate::domain::vocabulary::{Visibility, Vocabulary};
use crate::i18n::Lang;
use crate::registry::Error;
use crate::registry::accounts::{self, SESSION_HOURS, SignIn};
use crate::registry::entry_requests::{self, RequestItem};
use crate::registry::links::{self, LinkStatus, ProblemLink};
use crate::registry::moderate::{self, QueueItem};
use crate::registry::verification;

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
    /// For a correction: what it changes; for a new entry: every field given; in words.
    pub changes: Vec<ChangeRow>,
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
}

/// What a review page shows besides the submission: the moderator's own edit, the errors of an
/// approval by field, or the error of a rejection without a reason.
#[derive(Default)]
struct Feedback<'a> {
    edited: Option<&'a FormData>,
    errors: BTreeMap<String, String>,
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
    let data = feedback.edited.unwrap_or(&proposed);
    let title = locale.lang.ta("admin-review-title", "reference", reference);
    // A page with errors says so first in its title, which a screen reader reads first.
    let title = match feedback.errors.is_empty() && feedback.reason_error.is_none() {
        true => format!("{title} – userled"),
        false => format!("{} {title} – userled", locale.lang.t("form-error-prefix")),
    };
    Ok(ReviewPage {
        layout: Layout::new(locale, title, locale.lang.t("admin-review-description")),
        moderator,
        csrf: csrf.token.clone(),
        note: review.note,
        contact_email: review.contact_email,
        changes: review
            .changes
            .into_iter()
            .map(|change| ChangeRow::new(change, locale.lang))
            .collect(),
        is_correction: review.is_correction,
        form: RecordForm::new(data, &feedback.errors, Audience::Moderator, locale.lang),
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

/// The field of the review page's first form, "Approve as it is", and its value: the submission
/// is approved as it was sent, without the edit form below it.
const DECISION_FIELD: &str = "decision";
const AS_SUBMITTED: &str = "as_submitted";

/// The record of submission `reference` as it was sent, to approve it unchanged.
async fn as_submitted(
    state: &AppState,
    reference: &str,
) -> Result<crate::domain::OrganisationInput, Error> {
    let review = moderate::review(&state.registry, reference).await?;
    // A validated record reads back as the input it came from: the registry file's own round trip.
    serde_json::to_value(&review.record)
        .and_then(serde_json::from_value)
        .map_err(|err| Error::Internal(err.into()))
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
    // "Add another" or "Remove" in the edit form: the page again, nothing approved.
    if let Some(changed) = data.with_rows_changed() {
        let csrf = CsrfToken::for_request(&state, &headers);
        let feedback = Feedback {
            edited: Some(&changed),
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
        return Ok(csrf.attach(page));
    }
    let unchanged = data.get(DECISION_FIELD) == AS_SUBMITTED;
    let (record, rows) = match unchanged {
        true => (as_submitted(&state, &reference).await, FormRows::default()),
        false => decode(&data),
    };
    let outcome = match record {
        Ok(record) => moderate::approve(&state.registry, &reference, record, &moderator).await,
        Err(error) => Err(error),
    };
    let published = outcome.map(|slug| locale.lang.path(&format!("/organisations/{slug}")));
    redirect_or_show_errors(&state, &headers, published, async |csrf, errors| {
        // Approved as sent, the errors show on the form filled in as sent.
        let feedback = Feedback {
            edited: (!unchanged).then_some(&data),
            errors: rows.errors_by_field(&errors, locale.lang),
            ..Feedback::default()
        };
        let moderator = moderator.username;
        review_page(&locale, &state, moderator, &reference, csrf, feedback).await
    })
    .await
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
    let outcome = moderate::reject(&state.registry, &reference, reason, &moderator).await;
    let queue = outcome.map(|()| locale.lang.path("/admin"));
    redirect_or_show_errors(&state, &headers, queue, async |csrf, errors| {
        let feedback = Feedback {
            reason_error: errors.first().map(|e| locale.lang.message(&e.message)),
            ..Feedback::default()
        };
        let moderator = moderator.username;
        review_page(&locale, &state, moderator, &reference, csrf, feedback).await
    })
    .await
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
    /// The moderator's reason for the change, shown again with its error.
    pub note: String,
    pub note_error: Option<String>,
}

impl EditPage {
    fn new(
        locale: &Locale,
        moderator: String,
        record: &crate::domain::Organisation,
        csrf: &CsrfToken,
        form: RecordForm,
    ) -> Self {
        let lang = locale.lang;
        let form = form.with_page_fields(&[("note", lang.t("currency-edit-reason"))]);
        let title = lang.ta("admin-edit-title", "name", &record.name);
        let title = if form.has_errors() {
            format!("{} {title} – userled", lang.t("form-error-prefix"))
        } else {
            format!("{title} – userled")
        };
        Self {
            layout: Layout::new(locale, title, lang.t("admin-edit-description")),
            moderator,
            csrf: csrf.token.clone(),
            slug: record.slug.to_string(),
            name: record.name.clone(),
            form,
            note: String::new(),
            note_error: None,
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
    // "Add another" or "Remove": the form again, nothing saved.
    if let Some(changed) = data.with_rows_changed() {
        let csrf = CsrfToken::for_request(&state, &headers);
        let form = RecordForm::new(&changed, &BTreeMap::new(), Audience::Moderator, locale.lang);
        let page = EditPage {
            note: changed.get("note").to_owned(),
            ..EditPage::new(&locale, moderator.username, &current, &csrf, form)
        };
        return Ok(csrf.attach(page));
    }
    let (record, rows) = decode(&data);
    let outcome = match record {
        Ok(record) => {
            let reason = data.get("note");
            moderate::edit(&state.registry, &current.slug, record, reason, &moderator).await
        }
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
    let page = EditPage {
        note: data.get("note").to_owned(),
        note_error: errors.get("note").cloned(),
        ..EditPage::new(&locale, moderator.username, &current, &csrf, form)
    };
    Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// One link on the moderators' list of links that did not work, in the page's language.
pub struct LinkRow {
    pub name: String,
    pub edit_href: String,
    /// Where the entry names it: its website, a source, an event's source.
    pub place: String,
    pub url: String,
    /// What the check found: the error code, or why there was no answer.
    pub result: String,
    /// Where a redirected link now leads.
    pub moved_to: Option<String>,
    pub checked: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/links.html")]
pub struct LinksPage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    /// Broken or unreachable.
    pub failing: Vec<LinkRow>,
    pub redirected: Vec<LinkRow>,
}

fn link_row(link: ProblemLink, lang: Lang) -> LinkRow {
    let (result, moved_to) = match link.status {
        LinkStatus::Broken { code } => (
            lang.ta("currency-result-broken", "code", code.to_string()),
            None,
        ),
        LinkStatus::Unreachable(failure) => {
            (lang.t(&format!("currency-result-{}", failure.slug())), None)
        }
        LinkStatus::Redirected { to } => (lang.t("currency-result-redirected"), Some(to)),
        LinkStatus::Ok => (lang.t("currency-result-ok"), None),
    };
    LinkRow {
        edit_href: lang.path(&format!("/admin/organisations/{}/edit", link.slug)),
        name: link.name,
        place: lang.t(&format!("currency-place-{}", link.place)),
        url: link.url,
        result,
        moved_to,
        checked: day_in(lang, &link.checked_on.to_string()),
    }
}

/// The links whose last check by `userled check-links` did not find them working where they
/// point: broken or unreachable, then redirected.
pub async fn links(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = locale.lang;
    let problems = links::problem_links(&state.registry).await?;
    let (failing, redirected): (Vec<_>, Vec<_>) =
        problems.into_iter().partition(|p| p.status.failed());
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = LinksPage {
        layout: Layout::new(
            &locale,
            format!("{} – userled", lang.t("currency-links-title")),
            lang.t("currency-links-description"),
        ),
        moderator: moderator.username,
        csrf: csrf.token.clone(),
        failing: failing.into_iter().map(|p| link_row(p, lang)).collect(),
        redirected: redirected.into_iter().map(|p| link_row(p, lang)).collect(),
    };
    Ok(csrf.attach(page))
}

/// One entry on the list of entries due for checking, with its form.
pub struct DueRow {
    pub name: String,
    pub slug: String,
    pub edit_href: String,
    pub action: String,
    /// When it was last checked, in words, or that it never was.
    pub last_checked: String,
    /// Its visibility, if it is not simply listed.
    pub visibility: Option<String>,
    /// The note typed, shown again with its error.
    pub note: String,
    pub error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/due.html")]
pub struct DuePage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    /// Which entries are due, in a sentence.
    pub lead: String,
    pub rows: Vec<DueRow>,
    /// How many more are due than are listed, in a sentence.
    pub more: Option<String>,
}

/// A note typed for one entry and what was wrong with it.
struct NoteError<'a> {
    slug: &'a str,
    note: &'a str,
    error: String,
}

async fn due_page(
    locale: &Locale,
    state: &AppState,
    moderator: String,
    csrf: &CsrfToken,
    note_error: Option<NoteError<'_>>,
) -> Result<DuePage, AppError> {
    let lang = locale.lang;
    let due = verification::due(&state.registry).await?;
    let listed = due.entries.len();
    let rows = due
        .entries
        .into_iter()
        .map(|entry| {
            let (note, error) = match &note_error {
                Some(e) if e.slug == entry.slug => (e.note.to_owned(), Some(e.error.clone())),
                _ => (String::new(), None),
            };
            DueRow {
                edit_href: lang.path(&format!("/admin/organisations/{}/edit", entry.slug)),
                action: lang.path(&format!("/admin/organisations/{}/checked", entry.slug)),
                last_checked: match entry.last_verified {
                    Some(day) => day_in(lang, &day.to_string()),
                    None => lang.t("currency-due-never"),
                },
                visibility: Visibility::ALL
                    .iter()
                    .find(|v| v.slug() == entry.visibility && **v != Visibility::Listed)
                    .map(|v| v.label_in(lang)),
                name: entry.name,
                slug: entry.slug,
                note,
                error,
            }
        })
        .collect();
    let more = usize::try_from(due.total)
        .ok()
        .filter(|&total| total > listed)
        .map(|total| lang.tn("currency-due-more", total - listed));
    Ok(DuePage {
        layout: Layout::new(
            locale,
            format!("{} – userled", lang.t("currency-due-title")),
            lang.t("currency-due-description"),
        ),
        moderator,
        csrf: csrf.token.clone(),
        lead: format!(
            "{} {}",
            lang.tn("currency-due-lead", due.verify_after_days as usize),
            lang.tn(
                "currency-due-count",
                usize::try_from(due.total).unwrap_or_default()
            )
        ),
        rows,
        more,
    })
}

/// The entries never checked against the organisation, or checked too long ago, oldest first;
/// each with a form to mark it checked today.
pub async fn due(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = due_page(&locale, &state, moderator.username, &csrf, None).await?;
    Ok(csrf.attach(page))
}

/// Marks an entry checked against the organisation today, with the moderator's note.
pub async fn mark_checked(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let note = data.get("note");
    let outcome = verification::mark_checked(&state.registry, &slug, note, &moderator).await;
    let due_list = outcome.map(|()| locale.lang.path("/admin/due"));
    redirect_or_show_errors(&state, &headers, due_list, async |csrf, errors| {
        let error = errors
            .first()
            .map(|e| locale.lang.message(&e.message))
            .unwrap_or_default();
        let note_error = NoteError {
            slug: &slug,
            note,
            error,
        };
        due_page(&locale, &state, moderator.username, csrf, Some(note_error)).await
    })
    .await
}
