//! The public contribution pages: a new organisation, a correction to an existing one, and the
//! page that confirms a submission awaits review.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::extract::Path;
use super::form::{Audience, FormData, FormRows, HONEYPOT, RecordForm};
use super::language::Locale;
use super::pages::{Layout, pieces};
use super::security::{CSRF_FIELD, ClientAddress, CsrfToken, check_csrf};
use crate::domain::{FieldError, Slug};
use crate::i18n::Lang;
use crate::registry::contribute::{self, Candidate, Contribution, Outcome, Target};
use crate::registry::{self, detail};

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
    /// What was in the field only bots fill in, kept across "Add another" so it still counts.
    pub honeypot: String,
    pub honeypot_error: Option<String>,
    /// Organisations the submitted one may duplicate; the submitter confirms it is different.
    pub candidates: Vec<Candidate>,
}

impl SubmitPage {
    fn new(
        locale: &Locale,
        purpose: Purpose,
        data: &FormData,
        errors: &BTreeMap<String, String>,
        csrf: &CsrfToken,
        candidates: Vec<Candidate>,
    ) -> Self {
        let lang = locale.lang;
        let title = title(&purpose, lang);
        let action = match &purpose {
            Purpose::New => lang.path("/submit"),
            Purpose::Correction { slug, .. } => {
                lang.path(&format!("/organisations/{slug}/suggest"))
            }
        };
        let form = RecordForm::new(data, errors, Audience::Public, lang).with_page_fields(&[
            ("note", note_label(&purpose, lang)),
            ("contact_email", lang.t("submit-contact")),
            (HONEYPOT, lang.t("submit-honeypot")),
        ]);
        // A page with errors says so first in its title, which a screen reader reads first.
        let page_title = if form.has_errors() {
            format!("{} {title} – userled", lang.t("form-error-prefix"))
        } else {
            format!("{title} – userled")
        };
        Self {
            layout: Layout::new(locale, page_title, lang.t("submit-description")),
            purpose,
            action,
            form,
            csrf: csrf.token.clone(),
            contact_email: data.get("contact_email").to_owned(),
            contact_error: errors.get("contact_email").cloned(),
            note: data.get("note").to_owned(),
            note_error: errors.get("note").cloned(),
            honeypot: data.get(HONEYPOT).to_owned(),
            honeypot_error: errors.get(HONEYPOT).cloned(),
            candidates,
        }
    }

    pub fn title(&self) -> String {
        title(&self.purpose, self.layout.lang())
    }

    pub fn note_label(&self) -> String {
        note_label(&self.purpose, self.layout.lang())
    }

    pub fn send_label(&self) -> String {
        self.layout.lang().t(if self.is_correction() {
            "submit-send-correction"
        } else {
            "submit-send"
        })
    }

    pub fn is_correction(&self) -> bool {
        matches!(self.purpose, Purpose::Correction { .. })
    }
}

/// The label of the note to the moderators: required for a correction, which must say why.
fn note_label(purpose: &Purpose, lang: Lang) -> String {
    match purpose {
        Purpose::New => lang.t("submit-note"),
        Purpose::Correction { .. } => lang.t("submit-note-correction"),
    }
}

/// The page's heading: adding an organisation, or correcting one.
fn title(purpose: &Purpose, lang: Lang) -> String {
    match purpose {
        Purpose::New => lang.t("submit-title"),
        Purpose::Correction { name, .. } => lang.ta("submit-correction-title", "name", name),
    }
}

pub async fn new_form(
    locale: Locale,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Response {
    let csrf = CsrfToken::for_request(&state, &headers);
    let data = FormData::parse(b"visibility=listed");
    let page = SubmitPage::new(
        &locale,
        Purpose::New,
        &data,
        &BTreeMap::new(),
        &csrf,
        Vec::new(),
    );
    csrf.attach(page)
}

pub async fn suggest_form(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let record = detail::correctable(&state.registry, &slug).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let purpose = Purpose::Correction {
        slug: record.slug.to_string(),
        name: record.name.clone(),
    };
    let data = FormData::from_record(&record);
    let page = SubmitPage::new(&locale, purpose, &data, &BTreeMap::new(), &csrf, Vec::new());
    Ok(csrf.attach(page))
}

pub async fn submit(
    locale: Locale,
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    receive(&locale, &state, &headers, &address, &body, Purpose::New).await
}

pub async fn suggest(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    let record = detail::correctable(&state.registry, &slug).await?;
    let purpose = Purpose::Correction {
        slug: record.slug.to_string(),
        name: record.name,
    };
    receive(&locale, &state, &headers, &address, &body, purpose).await
}

/// Stores a form's contribution, or shows the form again with every problem or with the
/// organisations it may duplicate.
async fn receive(
    locale: &Locale,
    state: &AppState,
    headers: &HeaderMap,
    address: &str,
    body: &[u8],
    purpose: Purpose,
) -> Result<Response, AppError> {
    let data = FormData::parse(body);
    check_csrf(headers, data.get(CSRF_FIELD))?;
    let csrf = CsrfToken::for_request(state, headers);
    // "Add another" or "Remove": the form again with one row more or fewer, nothing stored,
    // nothing checked (so no errors on rows not yet filled in).
    if let Some(changed) = data.with_rows_changed() {
        let page = SubmitPage::new(
            locale,
            purpose,
            &changed,
            &BTreeMap::new(),
            &csrf,
            Vec::new(),
        );
        return Ok(csrf.attach(page));
    }
    let (contribution, rows) = match read(&data, &purpose) {
        Ok(read) => read,
        Err(error) => {
            return Ok(invalid(
                locale,
                purpose,
                &data,
                &FormRows::default(),
                &[error],
                &csrf,
            ));
        }
    };
    match contribute::contribute(&state.registry, address, contribution).await {
        Ok(Outcome::Received { reference, .. }) => Ok(Redirect::to(
            &locale.lang.path(&format!("/submit/received/{reference}")),
        )
        .into_response()),
        Ok(Outcome::LikelyDuplicate(candidates)) => {
            let page = SubmitPage::new(locale, purpose, &data, &BTreeMap::new(), &csrf, candidates);
            Ok(csrf.attach(page))
        }
        Err(registry::Error::Invalid(errors)) => {
            Ok(invalid(locale, purpose, &data, &rows, &errors, &csrf))
        }
        Err(other) => Err(other.into()),
    }
}

/// The contribution a form describes, and where its rows stood.
fn read(data: &FormData, purpose: &Purpose) -> Result<(Contribution, FormRows), FieldError> {
    let (input, rows) = data.decode()?;
    let mut reading_errors = Vec::new();
    if !data.get(HONEYPOT).is_empty() {
        reading_errors.push(FieldError::new(
            HONEYPOT,
            crate::i18n::Message::new("field-honeypot"),
        ));
    }
    let target = match purpose {
        Purpose::New => Target::New,
        Purpose::Correction { slug, .. } => {
            Slug::parse(slug).map_or(Target::New, Target::Correction)
        }
    };
    let contribution = Contribution {
        input,
        target,
        reading_errors,
        despite_duplicates: data.get("confirm_new") == "yes",
    };
    Ok((contribution, rows))
}

/// The form again, with every error beside the input it belongs to.
fn invalid(
    locale: &Locale,
    purpose: Purpose,
    data: &FormData,
    rows: &FormRows,
    errors: &[FieldError],
    csrf: &CsrfToken,
) -> Response {
    let errors = rows.errors_by_field(errors, locale.lang);
    let page = SubmitPage::new(locale, purpose, data, &errors, csrf, Vec::new());
    csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page))
}

#[derive(Template, WebTemplate)]
#[template(path = "submit/received.html")]
pub struct ReceivedPage {
    pub layout: Layout,
    pub reference: String,
    pub status: String,
    pub organisation: Option<String>,
    /// Why a moderator declined it, for a rejected contribution.
    pub reason: Option<String>,
}

pub async fn received(
    locale: Locale,
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<ReceivedPage, AppError> {
    let status = contribute::status(&state.registry, &reference).await?;
    Ok(ReceivedPage {
        layout: Layout::new(
            &locale,
            format!(
                "{} – userled",
                locale
                    .lang
                    .ta("received-title", "reference", &status.reference)
            ),
            locale.lang.t("received-description"),
        ),
        reference: status.reference,
        status: status.status,
        organisation: status.organisation,
        reason: status.reason,
    })
}
