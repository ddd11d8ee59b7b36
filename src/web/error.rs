//! The one error type of the web layer, and its two renderings: an HTML page for people and an
//! RFC 9457 `application/problem+json` body for the API. Errors carry messages (a key and its
//! arguments, [`Message`]); both renderings write them in the request's language. The problem's
//! `type`, `parameter` and `field` are the same in every language.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use std::sync::Arc;

use super::language::{Locale, Unrendered};
use super::pages::Layout;
use crate::domain::FieldError;
use crate::i18n::{Lang, Message};
use crate::registry;
use crate::search::ParamError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// One or more request parameters are invalid.
    #[error("invalid parameters")]
    BadRequest(Vec<ParamError>),
    /// Nothing here: the message says what was looked for.
    #[error("{0}")]
    NotFound(Message),
    /// A submitted record has invalid fields.
    #[error("invalid record")]
    Unprocessable(Vec<FieldError>),
    /// The request may not do this: a missing or wrong CSRF token.
    #[error("{0}")]
    Forbidden(Message),
    /// The request body is not in a format the route takes.
    #[error("{0}")]
    UnsupportedMediaType(Message),
    /// The address does not answer this method. axum adds the `Allow` header that lists the
    /// methods it does answer.
    #[error("method not allowed")]
    MethodNotAllowed { method: String },
    /// The request body is over [`super::BODY_LIMIT`].
    #[error("request body too large")]
    PayloadTooLarge,
    /// The request conflicts with the current state, such as a decision already taken.
    #[error("{0}")]
    Conflict(Message),
    /// Too many requests from this address or for this account; retry after so many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// The database stayed locked by other writes too long; retry after so many seconds.
    #[error("the database is busy")]
    Busy { retry_after: u64 },
    /// A failure of ours. Its detail is logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<registry::Error> for AppError {
    fn from(err: registry::Error) -> Self {
        match err {
            registry::Error::NotFound(what) => Self::NotFound(what),
            registry::Error::Conflict(what) => Self::Conflict(what),
            registry::Error::Invalid(errors) => Self::Unprocessable(errors),
            registry::Error::TooManyRequests { retry_after } => {
                Self::TooManyRequests { retry_after }
            }
            registry::Error::Busy { retry_after } => Self::Busy { retry_after },
            registry::Error::Internal(err) => Self::Internal(err),
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The kind of problem, as in the problem document's `type` (`/api#problem-not-found`).
    fn kind(&self) -> &'static str {
        match self {
            AppError::BadRequest(_) => "invalid-parameter",
            AppError::NotFound(_) => "not-found",
            AppError::Unprocessable(_) => "invalid-record",
            AppError::Forbidden(_) => "forbidden",
            AppError::Conflict(_) => "conflict",
            AppError::UnsupportedMediaType(_) => "unsupported-media-type",
            AppError::MethodNotAllowed { .. } => "method-not-allowed",
            AppError::PayloadTooLarge => "payload-too-large",
            AppError::TooManyRequests { .. } => "too-many-requests",
            AppError::Busy { .. } => "busy",
            AppError::Internal(_) => "internal-error",
        }
    }

    /// The short title of the kind of problem, in `lang`: "Not found".
    pub fn title(&self, lang: Lang) -> String {
        lang.t(&format!("problem-{}", self.kind()))
    }

    /// Each problem on its own, in `lang`: a bad parameter or field named before what is wrong
    /// with it ("page: …"), or the one message of the error.
    pub fn details(&self, lang: Lang) -> Vec<String> {
        match self {
            AppError::BadRequest(errors) => errors
                .iter()
                .map(|e| format!("{}: {}", e.parameter, lang.message(&e.detail)))
                .collect(),
            AppError::Unprocessable(errors) => errors
                .iter()
                .map(|e| format!("{}: {}", e.field, lang.message(&e.message)))
                .collect(),
            AppError::NotFound(what)
            | AppError::Forbidden(what)
            | AppError::Conflict(what)
            | AppError::UnsupportedMediaType(what) => vec![lang.message(what)],
            AppError::TooManyRequests { retry_after } => {
                vec![lang.tn("error-too-many-requests", *retry_after as usize)]
            }
            AppError::Busy { retry_after } => {
                vec![lang.tn("busy-detail", *retry_after as usize)]
            }
            AppError::MethodNotAllowed { method } => {
                vec![lang.ta("method-not-allowed-detail", "method", method.as_str())]
            }
            AppError::PayloadTooLarge => {
                vec![
                    lang.message(
                        &Message::new("payload-too-large-detail")
                            .with("limit", super::BODY_LIMIT / 1024),
                    ),
                ]
            }
            AppError::Internal(_) => vec![lang.t("error-internal")],
        }
    }

    /// What a person or a script should be told, in `lang`, without internal detail.
    pub fn detail(&self, lang: Lang) -> String {
        self.details(lang).join("; ")
    }

    fn log(&self) {
        if let AppError::Internal(err) = self {
            tracing::error!(error = format!("{err:#}"), "internal error");
        }
    }

    /// The problem document for this error, in `lang`.
    pub fn problem(&self, lang: Lang) -> Problem {
        let errors = match self {
            AppError::BadRequest(errors) => errors
                .iter()
                .map(|e| ProblemItem {
                    parameter: Some(e.parameter.clone()),
                    field: None,
                    detail: lang.message(&e.detail),
                })
                .collect(),
            AppError::Unprocessable(errors) => errors
                .iter()
                .map(|e| ProblemItem {
                    parameter: None,
                    field: Some(e.field.clone()),
                    detail: lang.message(&e.message),
                })
                .collect(),
            _ => Vec::new(),
        };
        Problem {
            kind: format!("/api#problem-{}", self.kind()),
            title: self.title(lang),
            status: self.status().as_u16(),
            detail: self.detail(lang),
            parameter: errors
                .first()
                .and_then(|e: &ProblemItem| e.parameter.clone()),
            errors,
        }
    }

    /// Renders this error as `application/problem+json` in `lang`, with `Content-Language`.
    pub fn problem_response(&self, lang: Lang) -> Response {
        let status = self.status();
        let mut response = (status, axum::Json(self.problem(lang))).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang.code()),
        );
        self.add_headers(&mut response);
        response
    }

    /// Headers the error's status calls for.
    pub fn add_headers(&self, response: &mut Response) {
        if let AppError::TooManyRequests { retry_after } | AppError::Busy { retry_after } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
        }
    }

    /// The error an answer made outside our handlers stands for: axum's own 405 (wrong method),
    /// 413 (body over the limit), 415 and 400 (a body that cannot be read) come with a bare text
    /// body, which this replaces with a page or a problem document like every other error.
    pub fn of_bare_answer(method: &axum::http::Method, response: &Response) -> Option<Self> {
        let status = response.status();
        if !(status.is_client_error() || status.is_server_error()) {
            return None;
        }
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        if content_type.starts_with("text/html")
            || content_type.starts_with("application/problem+json")
        {
            return None;
        }
        Some(match status {
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed {
                method: method.to_string(),
            },
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                AppError::UnsupportedMediaType(Message::new("unsupported-body-type"))
            }
            StatusCode::BAD_REQUEST => AppError::BadRequest(vec![crate::search::ParamError {
                parameter: "body".to_owned(),
                detail: Message::new("body-unreadable"),
            }]),
            _ => return None,
        })
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem, documented on the API page.
    #[serde(rename = "type")]
    pub kind: String,
    /// The kind of problem in the request's language (`?lang=` or `Accept-Language`).
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// The first invalid parameter, for a 400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// Every invalid parameter (400) or field (422).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemItem>,
}

/// One invalid parameter or field of a problem.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemItem {
    /// The query parameter at fault (400).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// The field at fault, as a path such as `sources[0].url` (422).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What is wrong, in the request's language.
    pub detail: String,
}

impl IntoResponse for AppError {
    /// The HTML page, written in the request's language by
    /// [`localise`](super::language::localise); API handlers use [`ApiError`] instead.
    fn into_response(self) -> Response {
        self.log();
        Unrendered {
            error: Arc::new(self),
            as_problem: false,
        }
        .into_response()
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub status: u16,
    pub title: String,
    pub details: Vec<String>,
}

impl AppError {
    /// The HTML page for this error, with its status code.
    pub fn page_response(&self, locale: &Locale) -> Response {
        let lang = locale.lang;
        let title = self.title(lang);
        let page = ErrorPage {
            layout: Layout::new(
                locale,
                lang.ta("error-page-title", "title", title.as_str()),
                title.as_str(),
            ),
            status: self.status().as_u16(),
            title,
            details: self.details(lang),
        };
        match page.render() {
            Ok(html) => {
                let mut response = (self.status(), axum::response::Html(html)).into_response();
                self.add_headers(&mut response);
                response
            }
            Err(err) => {
                tracing::error!(%err, "cannot render the error page");
                (StatusCode::INTERNAL_SERVER_ERROR, "Internal error").into_response()
            }
        }
    }
}

/// An [`AppError`] on an API route: rendered as problem+json.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(err: E) -> Self {
        Self(err.into())
    }
}

impl IntoResponse for ApiError {
    /// The problem document, written in the language the request asked for by
    /// [`localise`](super::language::localise).
    fn into_response(self) -> Response {
        self.0.log();
        Unrendered {
            error: Arc::new(self.0),
            as_problem: true,
        }
        .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{SearchParams, Strictness};

    #[test]
    fn a_problem_speaks_the_language_asked_for_and_keeps_its_names() {
        let errors =
            SearchParams::parse("page=0&country=UK", 2026, Strictness::Strict).unwrap_err();
        let error = AppError::BadRequest(errors);
        let english = error.problem(Lang::En);
        assert_eq!(english.title, "Invalid parameter");
        assert_eq!(
            english.detail,
            "page: \"0\" is not a page number (1 or more); country: \"UK\" is not an assigned \
             ISO 3166-1 country code; the United Kingdom is GB"
        );
        let german = error.problem(Lang::De);
        assert_eq!(german.kind, "/api#problem-invalid-parameter");
        assert_eq!(german.title, "Ungültiger Parameter");
        assert_eq!(german.parameter.as_deref(), Some("page"));
        assert_eq!(german.errors[1].parameter.as_deref(), Some("country"));
        assert_eq!(
            german.errors[1].detail,
            "„UK“ ist kein vergebener Ländercode nach ISO 3166-1; das Vereinigte Königreich hat \
             den Code GB"
        );
        assert!(german.detail.starts_with("page: „0“ ist keine Seitenzahl"));
    }

    #[test]
    fn waiting_is_counted_in_each_language() {
        let wait = |seconds| AppError::TooManyRequests {
            retry_after: seconds,
        };
        assert_eq!(
            wait(30).detail(Lang::En),
            "Please wait 30 seconds and try again."
        );
        assert_eq!(
            wait(1).detail(Lang::Pl),
            "Prosimy odczekać 1 sekundę i spróbować ponownie."
        );
        assert!(wait(3).detail(Lang::Pl).contains(" 3 sekundy "));
        assert!(wait(25).detail(Lang::Pl).contains(" 25 sekund "));
        assert_eq!(wait(30).title(Lang::Fr), "Trop de requêtes");
    }

    #[test]
    fn every_message_of_a_record_is_translated() {
        let errors = vec![
            FieldError::new("founded_year", Message::new("field-required")),
            FieldError::new(
                "events[0].year",
                Message::new("field-event-year")
                    .with("year", "1990")
                    .with("other", "founded_year")
                    .with("expected", "1994"),
            ),
        ];
        let error = AppError::Unprocessable(errors);
        assert_eq!(
            error.detail(Lang::En),
            "founded_year: is required; events[0].year: 1990 disagrees with founded_year 1994"
        );
        assert_eq!(
            error.detail(Lang::De),
            "founded_year: muss ausgefüllt werden; events[0].year: 1990 passt nicht zum \
             Gründungsjahr 1994"
        );
    }
}
