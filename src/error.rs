//! The one error type of the web layer, and its two renderings: an HTML page for people and an
//! RFC 9457 `application/problem+json` body for the API.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::db::organisations::StoreError;
use crate::search::ParamError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// One or more request parameters are invalid.
    #[error("invalid parameters")]
    BadRequest(Vec<ParamError>),
    /// Nothing here: the message says what was looked for.
    #[error("{0}")]
    NotFound(String),
    /// A failure of ours. Its detail is logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        Self::Internal(err.into())
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        Self::Internal(err.into())
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            AppError::BadRequest(_) => "Invalid parameter",
            AppError::NotFound(_) => "Not found",
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
            AppError::NotFound(what) => what.clone(),
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
            AppError::BadRequest(errors) => ("invalid-parameter", errors.clone()),
            AppError::NotFound(_) => ("not-found", Vec::new()),
            AppError::Internal(_) => ("internal-error", Vec::new()),
        };
        Problem {
            kind: format!("/api#problem-{kind}"),
            title: self.title(),
            status: self.status().as_u16(),
            detail: self.detail(),
            parameter: errors.first().map(|e| e.parameter.clone()),
            errors,
        }
    }

    /// Renders this error as `application/problem+json`.
    pub fn into_problem_response(self) -> Response {
        self.log();
        let status = self.status();
        let mut response = (status, axum::Json(self.problem())).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
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
    /// Every invalid parameter, for a 400.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ParamError>,
}

impl IntoResponse for AppError {
    /// The HTML rendering; API handlers use [`ApiError`] instead.
    fn into_response(self) -> Response {
        self.log();
        crate::web::pages::error_page(&self)
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
    fn into_response(self) -> Response {
        self.0.into_problem_response()
    }
}
