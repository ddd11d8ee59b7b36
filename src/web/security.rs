//! Protection for the web layer: security headers, CSRF tokens, cookies, the client's address for
//! throttling, and the signed-in moderator.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::language::Locale;
use crate::auth;
use crate::i18n::Lang;
use crate::registry::accounts::{self, Moderator};

pub const CSRF_COOKIE: &str = "userled_csrf";
pub const CSRF_FIELD: &str = "csrf_token";
pub const SESSION_COOKIE: &str = "userled_session";

/// Headers every response carries. The policy allows no inline script, no framing, and nothing
/// from elsewhere.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "DENY"),
];

/// The value of one cookie in a request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// A `Set-Cookie` value: HttpOnly and SameSite=Lax always, Secure when the site is on HTTPS.
pub fn set_cookie(state: &AppState, name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(seconds) = max_age {
        cookie.push_str(&format!("; Max-Age={seconds}"));
    }
    if state.public_url.starts_with("https://") {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The CSRF token of this browser: the one in its cookie, or a new one with the cookie to set.
/// Forms carry it in a hidden field; a state-changing request must send both, equal.
pub struct CsrfToken {
    pub token: String,
    pub set_cookie: Option<HeaderValue>,
}

impl CsrfToken {
    pub fn for_request(state: &AppState, headers: &HeaderMap) -> Self {
        match cookie(headers, CSRF_COOKIE).filter(|t| is_token(t)) {
            Some(token) => Self {
                token: token.to_owned(),
                set_cookie: None,
            },
            None => {
                let token = auth::random_token();
                let set_cookie = Some(set_cookie(state, CSRF_COOKIE, &token, None));
                Self { token, set_cookie }
            }
        }
    }

    /// Attaches the cookie, if a new one was made, to a response.
    pub fn attach(&self, response: impl IntoResponse) -> Response {
        let mut response = response.into_response();
        if let Some(value) = &self.set_cookie {
            response
                .headers_mut()
                .append(header::SET_COOKIE, value.clone());
        }
        response
    }
}

fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Refuses a state-changing form whose token is missing or does not match the cookie.
pub fn check_csrf(headers: &HeaderMap, submitted: &str) -> Result<(), AppError> {
    match cookie(headers, CSRF_COOKIE) {
        Some(expected) if is_token(expected) && auth::constant_time_eq(expected, submitted) => {
            Ok(())
        }
        _ => Err(AppError::Forbidden(crate::i18n::Message::new(
            "error-form-expired",
        ))),
    }
}

/// The client's address, for throttling only; never logged or stored.
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let address = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip().to_string())
            .unwrap_or_else(|| "unknown".to_owned());
        Ok(Self(address))
    }
}

/// The moderator signed in on this request. Pages that need one send everyone else to sign in.
pub struct SignedIn(pub Moderator);

/// Where an unsigned request to a moderators' page is sent: the sign-in page in its language.
pub struct SignInRequired(pub Lang);

impl IntoResponse for SignInRequired {
    fn into_response(self) -> Response {
        Redirect::to(&self.0.path("/admin/sign-in")).into_response()
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match <SignedIn as OptionalFromRequestParts<AppState>>::from_request_parts(parts, state)
            .await
        {
            Ok(Some(signed_in)) => Ok(signed_in),
            Ok(None) => {
                let lang = parts
                    .extensions
                    .get::<Locale>()
                    .map_or(Lang::En, |locale| locale.lang);
                Err(SignInRequired(lang).into_response())
            }
            Err(err) => Err(err),
        }
    }
}

impl OptionalFromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE).filter(|t| is_token(t)) else {
            return Ok(None);
        };
        let moderator = accounts::moderator(&state.registry, token)
            .await
            .map_err(|err| AppError::from(err).into_response())?;
        Ok(moderator.map(SignedIn))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; userled_csrf=abc; b=2"),
        );
        assert_eq!(cookie(&headers, "userled_csrf"), Some("abc"));
        assert_eq!(cookie(&headers, "c"), None);
    }

    #[test]
    fn csrf_needs_the_cookie_and_the_field_to_agree() {
        let token = auth::random_token();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("{CSRF_COOKIE}={token}")).unwrap(),
        );
        assert!(check_csrf(&headers, &token).is_ok());
        assert!(check_csrf(&headers, &auth::random_token()).is_err());
        assert!(check_csrf(&headers, "").is_err());
        assert!(check_csrf(&HeaderMap::new(), &token).is_err());
    }
}
