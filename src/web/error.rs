//! The one error type of the web layer, and its two renderings: an HTML page for people and an
//! RFC 9457 `application/problem+json` body for the API.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use std::sync::{Arc, LazyLock};

use super::language::{Locale, Unrendered};
use super::pages::Layout;
use crate::domain::FieldError;
use crate::i18n::Lang;
use crate::registry;
use crate::search::ParamError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// One or more request parameters are invalid.
    #[error("invalid parameters")]
    BadRequest(Vec<ParamError>),
    /// Nothing here: the message says what was looked for.
    #[error("{0}")]
    NotFound(String),
    /// A submitted record has invalid fields.
    #[error("invalid record")]
    Unprocessable(Vec<FieldError>),
    /// The request may not do this: a missing or wrong CSRF token.
    #[error("{0}")]
    Forbidden(String),
    /// The request body is not in a format the route takes.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The request conflicts with the current state, such as a decision already taken.
    #[error("{0}")]
    Conflict(String),
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
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            AppError::BadRequest(_) => "Invalid parameter",
            AppError::NotFound(_) => "Not found",
            AppError::Unprocessable(_) => "Invalid record",
            AppError::Forbidden(_) => "Not allowed",
            AppError::Conflict(_) => "Conflict",
            AppError::UnsupportedMediaType(_) => "Unsupported media type",
            AppError::TooManyRequests { .. } => "Too many requests",
            AppError::Busy { .. } => {
                static TITLE: LazyLock<String> = LazyLock::new(|| Lang::En.t("busy-title"));
                &TITLE
            }
            AppError::Internal(_) => "Something went wrong on our side",
        }
    }

    /// What a person or a script should be told, without internal detail.
    pub fn detail(&self) -> String {
        match self {
            AppError::BadRequest(errors) => errors
                .iter()
                .map(|e| format!("{}: {}", e.parameter, e.detail))
                .collect::<Vec<_>>()
                .join("; "),
            AppError::Unprocessable(errors) => errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            AppError::NotFound(what)
            | AppError::Forbidden(what)
            | AppError::Conflict(what)
            | AppError::UnsupportedMediaType(what) => what.clone(),
            AppError::TooManyRequests { retry_after } => {
                format!("Please wait {retry_after} seconds and try again.")
            }
            AppError::Busy { retry_after } => Lang::En.tn("busy-detail", *retry_after as usize),
            AppError::Internal(_) => {
                "The request could not be completed. It has been logged; please try again later."
                    .into()
            }
        }
    }

    fn log(&self) {
        if let AppError::Internal(err) = self {
            tracing::error!(error = format!("{err:#}"), "internal error");
        }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        let (kind, errors) = match self {
            AppError::BadRequest(errors) => (
                "invalid-parameter",
                errors
                    .iter()
                    .map(|e| ProblemItem {
                        parameter: Some(e.parameter.clone()),
                        field: None,
                        detail: e.detail.clone(),
                    })
                    .collect(),
            ),
            AppError::Unprocessable(errors) => (
                "invalid-record",
                errors
                    .iter()
                    .map(|e| ProblemItem {
                        parameter: None,
                        field: Some(e.field.clone()),
                        detail: e.message.clone(),
                    })
                    .collect(),
            ),
            AppError::NotFound(_) => ("not-found", Vec::new()),
            AppError::Forbidden(_) => ("forbidden", Vec::new()),
            AppError::Conflict(_) => ("conflict", Vec::new()),
            AppError::UnsupportedMediaType(_) => ("unsupported-media-type", Vec::new()),
            AppError::TooManyRequests { .. } => ("too-many-requests", Vec::new()),
            AppError::Busy { .. } => ("busy", Vec::new()),
            AppError::Internal(_) => ("internal-error", Vec::new()),
        };
        Problem {
            kind: format!("/api#problem-{kind}"),
            title: self.title(),
            status: self.status().as_u16(),
            detail: self.detail(),
            parameter: errors
                .first()
                .and_then(|e: &ProblemItem| e.parameter.clone()),
            errors,
        }
    }

    /// Renders this error as `application/problem+json`.
    pub fn problem_response(&self, lang: Lang) -> Response {
        let _ = lang;
        let status = self.status();
        let mut response = (status, axum::Json(self.problem())).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
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
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem, documented on the API page.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: &'static str,
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
    pub detail: String,
}

impl IntoResponse for AppError {
    /// The HTML page, written in the request's language by [`language::localise`]; API handlers
    /// use [`ApiError`] instead.
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
    pub title: &'static str,
    pub details: Vec<String>,
}

impl AppError {
    /// The HTML page for this error, with its status code.
    pub fn page_response(&self, locale: &Locale) -> Response {
        let details = match self {
            AppError::BadRequest(errors) => errors
                .iter()
                .map(|e| format!("{}: {}", e.parameter, e.detail))
                .collect(),
            AppError::Unprocessable(errors) => errors.iter().map(ToString::to_string).collect(),
            other => vec![other.detail()],
        };
        let page = ErrorPage {
            layout: Layout::new(locale, format!("{} – userled", self.title()), self.title()),
            status: self.status().as_u16(),
            title: self.title(),
            details,
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
    /// [`language::localise`].
    fn into_response(self) -> Response {
        self.0.log();
        Unrendered {
            error: Arc::new(self.0),
            as_problem: true,
        }
        .into_response()
    }
}
