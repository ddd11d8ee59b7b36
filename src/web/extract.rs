//! Extractors whose rejections are [`AppError`]s, so a bad request is answered like every other
//! error: a page or a problem document in the request's language, naming what is wrong.

use axum::extract::FromRequestParts;
use axum::extract::path::ErrorKind;
use axum::extract::rejection::PathRejection;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::AppError;
use crate::i18n::Message;
use crate::search::ParamError;

/// Like axum's `Path`, but a segment that is not valid UTF-8 once percent-decoded
/// (`/api/v1/organisations/%FF`) or not a number where one is expected is a 400 naming the
/// segment (`slug`, `number`).
pub struct Path<T>(pub T);

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Self(value)),
            Err(rejection) => Err(path_error(rejection)),
        }
    }
}

fn path_error(rejection: PathRejection) -> AppError {
    let bad = |parameter: &str, detail: Message| {
        AppError::BadRequest(vec![ParamError {
            parameter: parameter.to_owned(),
            detail,
        }])
    };
    if let PathRejection::FailedToDeserializePathParams(failure) = &rejection {
        match failure.kind() {
            ErrorKind::InvalidUtf8InPathParam { key } => {
                return bad(key, Message::new("path-not-utf8"));
            }
            ErrorKind::ParseErrorAtKey { key, value, .. } => {
                return bad(key, Message::new("path-not-number").with("value", value));
            }
            ErrorKind::ParseError { value, .. } | ErrorKind::ParseErrorAtIndex { value, .. } => {
                return bad("path", Message::new("path-not-number").with("value", value));
            }
            _ => {}
        }
    }
    // The route and the handler disagree about the parameters: a bug of ours, not the client's.
    AppError::Internal(anyhow::anyhow!("path parameters: {rejection}"))
}
