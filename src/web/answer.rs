//! How a handler answers a form the registry has acted on: onwards when it succeeded, or the
//! page again with what was wrong.

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::security::CsrfToken;
use crate::domain::FieldError;
use crate::registry::Error;

/// A redirect to the address in `outcome` when the registry did what the form asked; when it
/// found the input invalid, the page `page_with_errors` renders with those errors (and the
/// browser's CSRF token for its forms), answered 422. Any other error is the error page.
pub async fn redirect_or_show_errors<Page: IntoResponse>(
    state: &AppState,
    headers: &HeaderMap,
    outcome: Result<String, Error>,
    page_with_errors: impl AsyncFnOnce(&CsrfToken, Vec<FieldError>) -> Result<Page, AppError>,
) -> Result<Response, AppError> {
    match outcome {
        Ok(next) => Ok(Redirect::to(&next).into_response()),
        Err(Error::Invalid(errors)) => {
            let csrf = CsrfToken::for_request(state, headers);
            let page = page_with_errors(&csrf, errors).await?;
            Ok(csrf.attach((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
        Err(other) => Err(other.into()),
    }
}
