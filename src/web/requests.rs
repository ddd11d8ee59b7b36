//! Asking for an entry to be changed, made discreet or removed: the public form on every entry,
//! the requester's reference page, and the moderators' page that closes a request.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;

use super::AppState;
use super::answer::redirect_or_show_errors;
use super::error::AppError;
use super::extract::Path;
use super::form::{FormData, HONEYPOT, SummaryItem};
use super::language::Locale;
use super::pages::{Layout, pieces};
use super::security::{CSRF_FIELD, ClientAddress, CsrfToken, SignedIn, check_csrf};
use crate::domain::FieldError;
use crate::i18n::Lang;
use crate::registry::entry_requests::{self, RequestInput, RequestItem, RequestKind, Target};

/// What is asked for, in the page's language.
pub fn kind_label(lang: Lang, kind: RequestKind) -> String {
    lang.t(&format!("request-kind-{}", kind.slug()))
}

/// A request's status (open, done, declined), in the page's language.
pub fn status_label(lang: Lang, status: &str) -> String {
    lang.t(&format!("request-status-{status}"))
}

/// The errors of a form: by field, and in the order of the form for the summary at its top.
#[derive(Default)]
pub struct Errors {
    pub summary: Vec<SummaryItem>,
    by_field: Vec<(String, String)>,
}

impl Errors {
    /// `order` lists the form's fields with the id of the input each error links to.
    fn new(errors: &[FieldError], order: &[(&str, &str)], lang: Lang) -> Self {
        let mut by_field = Vec::new();
        let mut summary = Vec::new();
        for (field, input) in order {
            for error in errors.iter().filter(|e| e.field == *field) {
                let text = lang.message(&error.message);
                summary.push(SummaryItem {
                    href: format!("#{input}"),
                    text: text.clone(),
                });
                by_field.push(((*field).to_owned(), text));
            }
        }
        Self { summary, by_field }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.by_field
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, message)| message.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
}

/// A page title, with "Error:" before it when the form has errors, as screen readers announce it
/// first.
fn title(lang: Lang, title: String, errors: &Errors) -> String {
    match errors.summary.is_empty() {
        true => format!("{title} – userled"),
        false => format!("{} {title} – userled", lang.t("form-error-prefix")),
    }
}

/// One choice of what to ask for.
pub struct KindChoice {
    pub slug: &'static str,
    pub label: String,
    pub hint: String,
    pub checked: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "requests/form.html")]
pub struct RequestPage {
    pub layout: Layout,
    pub csrf: String,
    pub name: String,
    pub action: String,
    pub entry_href: String,
    pub kinds: Vec<KindChoice>,
    pub reason: String,
    pub contact_email: String,
    pub errors: Errors,
}

const FORM_ORDER: [(&str, &str); 4] = [
    ("kind", "f-kind-change"),
    ("reason", "f-reason"),
    ("contact_email", "f-contact_email"),
    (HONEYPOT, "f-leave_this_empty"),
];

impl RequestPage {
    fn new(
        locale: &Locale,
        target: &Target,
        csrf: &CsrfToken,
        data: &FormData,
        errors: Errors,
    ) -> Self {
        let lang = locale.lang;
        let entry = format!("/organisations/{}", target.slug);
        Self {
            layout: Layout::new(
                locale,
                title(
                    lang,
                    lang.ta("request-title", "name", &target.name),
                    &errors,
                ),
                lang.t("request-description"),
            ),
            csrf: csrf.token.clone(),
            name: target.name.clone(),
            action: lang.path(&format!("{entry}/request")),
            entry_href: lang.path(&entry),
            kinds: RequestKind::ALL
                .into_iter()
                .map(|kind| KindChoice {
                    slug: kind.slug(),
                    label: kind_label(lang, kind),
                    hint: lang.t(&format!("request-kind-{}-hint", kind.slug())),
                    checked: data.get("kind") == kind.slug(),
                })
                .collect(),
            reason: data.get("reason").to_owned(),
            contact_email: data.get("contact_email").to_owned(),
            errors,
        }
    }
}

pub async fn form(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let target = entry_requests::target(&state.registry, &slug).await?;
    let csrf = CsrfToken::for_request(&state, &headers);
    let page = RequestPage::new(
        &locale,
        &target,
        &csrf,
        &FormData::parse(b""),
        Errors::default(),
    );
    Ok(csrf.attach(page))
}

pub async fn ask(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let input = RequestInput {
        kind: data.get("kind").to_owned(),
        reason: data.get("reason").to_owned(),
        contact_email: data.get("contact_email").to_owned(),
        honeypot_filled: !data.get(HONEYPOT).is_empty(),
    };
    let asked = entry_requests::ask(&state.registry, &address, &slug, input).await;
    let its_page = asked.map(|reference| locale.lang.path(&format!("/requests/{reference}")));
    redirect_or_show_errors(&state, &headers, its_page, async |csrf, errors| {
        let target = entry_requests::target(&state.registry, &slug).await?;
        let errors = Errors::new(&errors, &FORM_ORDER, locale.lang);
        Ok(RequestPage::new(&locale, &target, csrf, &data, errors))
    })
    .await
}

#[derive(Template, WebTemplate)]
#[template(path = "requests/received.html")]
pub struct ReceivedPage {
    pub layout: Layout,
    pub reference: String,
    pub name: String,
    pub entry_href: String,
    pub kind: String,
    pub status: String,
    pub closing_note: Option<String>,
}

/// The requester's page: what they asked, whether it is closed, and the moderator's note.
pub async fn received(
    locale: Locale,
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<ReceivedPage, AppError> {
    let lang = locale.lang;
    let status = entry_requests::status(&state.registry, &reference).await?;
    Ok(ReceivedPage {
        layout: Layout::new(
            &locale,
            format!(
                "{} – userled",
                lang.ta("request-received-title", "reference", &status.reference)
            ),
            lang.t("request-received-description"),
        ),
        entry_href: lang.path(&format!("/organisations/{}", status.slug)),
        kind: kind_label(lang, status.kind),
        reference: status.reference,
        name: status.name,
        status: status.status,
        closing_note: status.closing_note,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "requests/review.html")]
pub struct ReviewPage {
    pub layout: Layout,
    pub moderator: String,
    pub csrf: String,
    pub item: RequestItem,
    pub kind: String,
    pub status: String,
    pub entry_href: String,
    pub edit_href: String,
    pub action: String,
    pub outcome: String,
    pub note: String,
    pub errors: Errors,
}

const CLOSE_ORDER: [(&str, &str); 2] = [("outcome", "f-outcome-done"), ("note", "f-note")];

impl ReviewPage {
    pub fn meta(&self) -> String {
        self.layout.ta2(
            "admin-review-meta",
            ("reference", &self.item.reference),
            ("sent", &self.item.requested_at),
        )
    }
}

async fn review_page(
    locale: &Locale,
    state: &AppState,
    moderator: String,
    reference: &str,
    csrf: &CsrfToken,
    data: &FormData,
    errors: Errors,
) -> Result<ReviewPage, AppError> {
    let lang = locale.lang;
    let item = entry_requests::review(&state.registry, reference).await?;
    Ok(ReviewPage {
        layout: Layout::new(
            locale,
            title(
                lang,
                lang.ta("request-review-title", "reference", &item.reference),
                &errors,
            ),
            lang.t("request-review-description"),
        ),
        moderator,
        csrf: csrf.token.clone(),
        kind: kind_label(lang, item.kind),
        status: status_label(lang, &item.status),
        entry_href: lang.path(&format!("/organisations/{}", item.slug)),
        edit_href: lang.path(&format!("/admin/organisations/{}/edit", item.slug)),
        action: lang.path(&format!("/admin/requests/{}/close", item.reference)),
        outcome: data.get("outcome").to_owned(),
        note: data.get("note").to_owned(),
        errors,
        item,
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
    let page = review_page(
        &locale,
        &state,
        moderator.username,
        &reference,
        &csrf,
        &FormData::parse(b""),
        Errors::default(),
    )
    .await?;
    Ok(csrf.attach(page))
}

pub async fn close(
    locale: Locale,
    State(state): State<AppState>,
    SignedIn(moderator): SignedIn,
    Path(reference): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let data = FormData::parse(&body);
    check_csrf(&headers, data.get(CSRF_FIELD))?;
    let outcome = data.get("outcome");
    let note = data.get("note");
    let closed =
        entry_requests::close(&state.registry, &reference, outcome, note, &moderator).await;
    let queue = closed.map(|()| locale.lang.path("/admin"));
    redirect_or_show_errors(&state, &headers, queue, async |csrf, errors| {
        let errors = Errors::new(&errors, &CLOSE_ORDER, locale.lang);
        let moderator = moderator.username;
        review_page(&locale, &state, moderator, &reference, csrf, &data, errors).await
    })
    .await
}
