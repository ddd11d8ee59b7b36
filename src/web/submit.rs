//! The public contribution pages: a new organisation, a correction to an existing one, and the
//! page that confirms a submission awaits review.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::form::{Audience, FormData, HONEYPOT, RecordForm, errors_by_field};
use super::pages::Layout;
use super::security::{CSRF_FIELD, ClientAddress, CsrfToken, check_csrf};
use crate::db::submissions;
use crate::domain::submission::Submission;
use crate::domain::{FieldError, Slug};
use crate::error::AppError;
use crate::moderation::{self, Candidate};

/// What the form is for.
pub enum Purpose {
    New,
    Correction { slug: String, name: String },
}

#[derive(Template, WebTemplate)]
#[template(path = "submit/form.html")]
pub struct SubmitPage {
    pub layout: Layout,
    pub purpose: Purpose,
    pub action: String,
    pub form: RecordForm,
    pub csrf: String,
    pub contact_email: String,
    pub contact_error: Option<String>,
    pub note: String,
    pub note_error: Option<String>,
    pub honeypot_error: Option<String>,
    /// Organisations the submitted one may duplicate; the submitter confirms it is different.
    pub candidates: Vec<Candidate>,
}

impl SubmitPage {
    fn new(
        purpose: Purpose,
        data: &FormData,
        errors: &BTreeMap<String, String>,
        csrf: &CsrfToken,
        candidates: Vec<Candidate>,
    ) -> Self {
        let (title, action) = match &purpose {
            Purpose::New => ("Add an organisation".to_owned(), "/submit".to_owned()),
            Purpose::Correction { slug, name } => (
                format!("Suggest a correction to {name}"),
                format!("/organisations/{slug}/suggest"),
            ),
        };
        Self {
            layout: Layout::new(
                format!("{title} – userled"),
                "Contribute to the registry of user-led drug organisations. Every contribution is \
                 reviewed before it is published.",
            ),
            purpose,
            action,
            form: RecordForm::new(data, errors, Audience::Public),
            csrf: csrf.token.clone(),
            contact_email: data.get("contact_email").to_owned(),
            contact_error: errors.get("contact_email").cloned(),
            note: data.get("note").to_owned(),
            note_error: errors.get("note").cloned(),
            honeypot_error: errors.get(HONEYPOT).cloned(),
            candidates,
        }
    }

    pub fn title(&self) -> String {
        match &self.purpose {
            Purpose::New => "Add an organisation".into(),
            Purpose::Correction { name, .. } => format!("Suggest a correction to {name}"),
        }
    }

    pub fn is_correction(&self) -> bool {
        matches!(self.purpose, Purpose::Correction { .. })
    }
}

pub async fn new_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let csrf = CsrfToken::for_request(&state, &headers);
    let data = FormData::parse(b"visibility=listed");
    let page = SubmitPage::new(Purpose::New, &data, &BTreeMap::new(), &csrf, Vec::new());
    csrf.attach(page)
}

/// A published organisation the public may see in full, for the correction form.
async fn correctable(
    state: &AppState,
    slug: &str,
) -> Result<crate::domain::Organisation, AppError> {
    let catalogue = state.catalogue.get(&state.pool).await?;
    let detail = super::views::organisation_detail(state, &catalogue, slug).await?;
    detail.record.ok_or_else(|| {
        AppError::NotFound(format!(
            "The entry \"{slug}\" is listed discreetly; corrections to it go to the moderators directly."
        ))
    })
}

pub async fn suggest_form(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let record = correctable(&state, &slug).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let purpose = Purpose::Correction {
        slug: record.slug.to_string(),
        name: record.name.clone(),
    };
    let page = SubmitPage::new(
        purpose,
        &FormData::from_record(&record),
        &BTreeMap::new(),
        &csrf,
        Vec::new(),
    );
    Ok(csrf.attach(page))
}

pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    receive(&state, &headers, &address, &body, Purpose::New).await
}

pub async fn suggest(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    let record = correctable(&state, &slug).await?;
    let purpose = Purpose::Correction {
        slug: record.slug.to_string(),
        name: record.name,
    };
    receive(&state, &headers, &address, &body, purpose).await
}

/// Validates and stores a form submission, or shows the form again with every problem.
async fn receive(
    state: &AppState,
    headers: &HeaderMap,
    address: &str,
    body: &[u8],
    purpose: Purpose,
) -> Result<Response, AppError> {
    let data = FormData::parse(body);
    check_csrf(headers, data.get(CSRF_FIELD))?;
    let csrf = CsrfToken::for_request(state, headers);
    if let Err(wait) = state.throttles.submissions.check(address) {
        return Err(AppError::TooManyRequests {
            retry_after: wait.as_secs().max(1),
        });
    }

    let (input, mut errors) = data.to_submission();
    if !data.get(HONEYPOT).is_empty() {
        errors.push(FieldError {
            field: HONEYPOT.into(),
            message: "must stay empty".into(),
        });
    }
    let corrects = match &purpose {
        Purpose::New => None,
        Purpose::Correction { slug, .. } => Slug::parse(slug).ok(),
    };
    let submission: Option<Submission> = match input.validate(corrects, crate::now().year()) {
        Ok(submission) if errors.is_empty() => Some(submission),
        Ok(_) => None,
        Err(mut record_errors) => {
            errors.append(&mut record_errors);
            None
        }
    };
    let Some(submission) = submission else {
        let page = SubmitPage::new(
            purpose,
            &data,
            &errors_by_field(&data, &errors),
            &csrf,
            Vec::new(),
        );
        return Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };

    let duplicates = match &purpose {
        Purpose::New => {
            moderation::likely_duplicates(&state.pool, &submission.record.name, None).await?
        }
        Purpose::Correction { .. } => Vec::new(),
    };
    let public: Vec<Candidate> = duplicates
        .iter()
        .filter(|c| c.is_public())
        .cloned()
        .collect();
    if !public.is_empty() && data.get("confirm_new") != "yes" {
        let page = SubmitPage::new(purpose, &data, &BTreeMap::new(), &csrf, public);
        return Ok(csrf.attach(page));
    }

    let received = moderation::submit(&state.pool, &submission, &duplicates, crate::now()).await?;
    state.throttles.submissions.record(address);
    Ok(Redirect::to(&format!("/submit/received/{}", received.reference)).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "submit/received.html")]
pub struct ReceivedPage {
    pub layout: Layout,
    pub reference: String,
    pub status: String,
    pub organisation: Option<String>,
}

pub async fn received(
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<ReceivedPage, AppError> {
    let mut conn = state.pool.acquire().await?;
    let row = submissions::by_reference(&mut conn, &reference)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("There is no submission {reference}.")))?;
    Ok(ReceivedPage {
        layout: Layout::new(
            format!("Submission {reference} – userled"),
            "Your contribution awaits review.",
        ),
        reference: row.reference,
        status: row.status,
        organisation: row.organisation_slug,
    })
}
