//! Protection for the web layer: security headers, CSRF tokens, cookies, the client's address for
//! throttling, and the signed-in moderator.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

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

/// The client's address, for throttling only; never logged or stored. It is the connection's peer,
/// or, when the peer is a trusted proxy, the client that proxy names (see [`TrustedProxies`]).
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let address = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| {
                state
                    .trusted_proxies
                    .client(peer.ip(), &parts.headers)
                    .to_string()
            })
            .unwrap_or_else(|| "unknown".to_owned());
        Ok(Self(address))
    }
}

/// The reverse proxies whose word about the client's address is believed (`--trusted-proxy`).
/// Nobody by default: then every client is its connection's peer, whatever headers it sends.
///
/// When the peer is trusted, the client is read from `Forwarded` (RFC 7239, its `for=`) or
/// `X-Forwarded-For`, from the right: each hop that is itself a trusted proxy hands over to the
/// address on its left, and the first address that is not trusted is the client. A hop that does
/// not name an address (`unknown`, an obfuscated name, garbage) ends the walk at the proxy that
/// passed it on. A request with both headers naming different clients is believed in neither, and
/// counts as the proxy's own, so a client cannot choose its address by adding the header its
/// proxy does not write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<AddressRange>);

impl TrustedProxies {
    pub fn new(ranges: impl IntoIterator<Item = AddressRange>) -> Self {
        Self(ranges.into_iter().collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn trusts(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|range| range.contains(address))
    }

    /// The client of a request that came from `peer` with `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        let forwarded = hops(headers, header::FORWARDED, forwarded_hops);
        let x_forwarded_for = hops(headers, X_FORWARDED_FOR, x_forwarded_for_hops);
        match (forwarded, x_forwarded_for) {
            (None, None) => peer,
            (Some(chain), None) | (None, Some(chain)) => self.walk(peer, &chain),
            (Some(one), Some(other)) => {
                let client = self.walk(peer, &one);
                if client == self.walk(peer, &other) {
                    client
                } else {
                    peer
                }
            }
        }
    }

    /// From `peer` leftwards through `chain` while the current hop is trusted.
    fn walk(&self, peer: IpAddr, chain: &[Option<IpAddr>]) -> IpAddr {
        let mut client = peer;
        for hop in chain.iter().rev() {
            match hop {
                Some(address) if self.trusts(client) => client = *address,
                _ => break,
            }
        }
        client
    }
}

const X_FORWARDED_FOR: &str = "x-forwarded-for";

/// Every hop named by all the values of one header, in order; `None` if the header is absent.
fn hops(
    headers: &HeaderMap,
    name: impl header::AsHeaderName,
    read: fn(&str, &mut Vec<Option<IpAddr>>),
) -> Option<Vec<Option<IpAddr>>> {
    let mut values = headers.get_all(name).iter().peekable();
    values.peek()?;
    let mut chain = Vec::new();
    for value in values {
        match value.to_str() {
            Ok(text) => read(text, &mut chain),
            Err(_) => chain.push(None),
        }
    }
    Some(chain)
}

/// `X-Forwarded-For: client, proxy1, proxy2`; ports and brackets tolerated.
fn x_forwarded_for_hops(value: &str, chain: &mut Vec<Option<IpAddr>>) {
    chain.extend(value.split(',').map(|node| node_address(node.trim())));
}

/// `Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::17]:4711"`: one hop per element, its
/// address from `for=` (an element without one names nobody).
fn forwarded_hops(value: &str, chain: &mut Vec<Option<IpAddr>>) {
    for element in split_unquoted(value, ',') {
        let node = split_unquoted(element, ';').find_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("for")
                .then(|| unquote(value.trim()))
        });
        chain.push(node.and_then(|node| node_address(&node)));
    }
}

/// Splits at `separator` outside double quotes.
fn split_unquoted(text: &str, separator: char) -> impl Iterator<Item = &str> {
    let mut quoted = false;
    let mut escaped = false;
    text.split(move |c: char| {
        if escaped {
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            return true;
        }
        false
    })
}

/// The text of a token or a quoted string.
fn unquote(value: &str) -> String {
    match value
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
    {
        Some(inner) => {
            let mut text = String::with_capacity(inner.len());
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                text.push(if c == '\\' {
                    chars.next().unwrap_or(c)
                } else {
                    c
                });
            }
            text
        }
        None => value.to_owned(),
    }
}

/// The address of a node: `192.0.2.1`, `192.0.2.1:80`, `2001:db8::1`, `[2001:db8::1]:80`;
/// `None` for `unknown`, an obfuscated name or anything else.
fn node_address(node: &str) -> Option<IpAddr> {
    let address = node
        .parse::<IpAddr>()
        .ok()
        .or_else(|| node.parse::<SocketAddr>().ok().map(|a| a.ip()))
        .or_else(|| {
            node.strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
                .and_then(|inner| inner.parse::<Ipv6Addr>().ok())
                .map(IpAddr::V6)
        })?;
    Some(address.to_canonical())
}

/// One address or a CIDR block: `192.0.2.7`, `10.0.0.0/8`, `fd00::/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressRange {
    network: IpAddr,
    prefix: u8,
}

impl AddressRange {
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, address.to_canonical()) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                masked(u32::from(address).into(), 32, self.prefix) == u32::from(network).into()
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                masked(u128::from(address), 128, self.prefix) == u128::from(network)
            }
            _ => false,
        }
    }
}

/// The first `prefix` bits of a `width`-bit address.
fn masked(bits: u128, width: u8, prefix: u8) -> u128 {
    match width - prefix {
        0 => bits,
        host if host >= width => 0,
        host => bits >> host << host,
    }
}

impl std::str::FromStr for AddressRange {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let problem =
            || format!("{text:?} is not an IP address or a CIDR block such as 10.0.0.0/8");
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address = address
            .parse::<IpAddr>()
            .map_err(|_| problem())?
            .to_canonical();
        let width = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => width,
            Some(prefix) => prefix
                .parse::<u8>()
                .ok()
                .filter(|&prefix| prefix <= width)
                .ok_or_else(problem)?,
        };
        let network = match address {
            IpAddr::V4(v4) => IpAddr::V4(Ipv4Addr::from(
                masked(u32::from(v4).into(), 32, prefix) as u32
            )),
            IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(masked(u128::from(v6), 128, prefix))),
        };
        Ok(Self { network, prefix })
    }
}

impl std::fmt::Display for AddressRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
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

    fn proxies(list: &[&str]) -> TrustedProxies {
        TrustedProxies::new(list.iter().map(|range| range.parse().unwrap()))
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_static(value));
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn ranges_are_addresses_or_cidr_blocks() {
        let range: AddressRange = "10.1.2.3/8".parse().unwrap();
        assert_eq!(range.to_string(), "10.0.0.0/8");
        assert!(range.contains(ip("10.200.0.1")));
        assert!(range.contains(ip("::ffff:10.0.0.9")), "IPv4 seen over IPv6");
        assert!(!range.contains(ip("11.0.0.1")));
        let one: AddressRange = " 192.0.2.7 ".parse().unwrap();
        assert!(one.contains(ip("192.0.2.7")) && !one.contains(ip("192.0.2.8")));
        let v6: AddressRange = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:ffff::1")) && !v6.contains(ip("2001:db9::1")));
        assert!(!v6.contains(ip("10.0.0.1")));
        let everything: AddressRange = "0.0.0.0/0".parse().unwrap();
        assert!(everything.contains(ip("203.0.113.1")));
        assert!("::/0".parse::<AddressRange>().unwrap().contains(ip("::1")));
        for bad in [
            "",
            "proxy",
            "10.0.0.0/33",
            "::/129",
            "10.0.0.0/",
            "10.0.0.0/x",
        ] {
            let err = bad.parse::<AddressRange>().unwrap_err();
            assert!(err.contains("not an IP address"), "{bad}: {err}");
        }
    }

    #[test]
    fn nobody_is_trusted_by_default() {
        let forged = headers(&[
            ("x-forwarded-for", "198.51.100.1"),
            ("forwarded", "for=198.51.100.2"),
        ]);
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("203.0.113.9"), &forged), ip("203.0.113.9"));
        // Nor is a peer outside the list.
        let some = proxies(&["10.0.0.0/8"]);
        assert_eq!(some.client(ip("203.0.113.9"), &forged), ip("203.0.113.9"));
    }

    #[test]
    fn the_client_is_the_rightmost_address_that_is_not_a_trusted_proxy() {
        let trusted = proxies(&["10.0.0.0/8", "192.0.2.1"]);
        let proxy = ip("10.0.0.2");
        // The client forged the first entry; the proxies appended the rest.
        let chain = headers(&[("x-forwarded-for", "1.1.1.1, 198.51.100.7, 192.0.2.1")]);
        assert_eq!(trusted.client(proxy, &chain), ip("198.51.100.7"));
        // Two header lines are one list; ports and brackets are tolerated.
        let lines = headers(&[
            ("x-forwarded-for", "1.1.1.1"),
            ("x-forwarded-for", "[2001:db8::7]:4711, 10.9.9.9:80"),
        ]);
        assert_eq!(trusted.client(proxy, &lines), ip("2001:db8::7"));
        // Without the header, the proxy itself.
        assert_eq!(trusted.client(proxy, &HeaderMap::new()), proxy);
        // Every hop trusted: the left-most one is the best known.
        let inside = headers(&[("x-forwarded-for", "10.1.1.1, 10.2.2.2")]);
        assert_eq!(trusted.client(proxy, &inside), ip("10.1.1.1"));
        // A hop that names nobody stops at the proxy that passed it on.
        let unknown = headers(&[("x-forwarded-for", "198.51.100.7, unknown, 10.3.3.3")]);
        assert_eq!(trusted.client(proxy, &unknown), ip("10.3.3.3"));
        let empty = headers(&[("x-forwarded-for", "")]);
        assert_eq!(trusted.client(proxy, &empty), proxy);
        // An IPv4 peer seen as an IPv6-mapped address is still trusted.
        assert_eq!(
            trusted.client(ip("::ffff:10.0.0.2"), &chain),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn forwarded_is_read_as_rfc_7239_writes_it() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let proxy = ip("10.0.0.2");
        let forwarded = headers(&[(
            "forwarded",
            "for=192.0.2.43, For=\"[2001:db8:cafe::17]:4711\";proto=https;by=10.0.0.1, \
             for=10.0.0.5;host=\"a,b;c\"",
        )]);
        assert_eq!(trusted.client(proxy, &forwarded), ip("2001:db8:cafe::17"));
        let obfuscated = headers(&[("forwarded", "for=198.51.100.1, for=_hidden, for=10.0.0.5")]);
        assert_eq!(trusted.client(proxy, &obfuscated), ip("10.0.0.5"));
        let no_for = headers(&[("forwarded", "for=198.51.100.1, proto=http")]);
        assert_eq!(trusted.client(proxy, &no_for), proxy);
        let quoted_v4 = headers(&[("forwarded", "for=\"198.51.100.1:8080\"")]);
        assert_eq!(trusted.client(proxy, &quoted_v4), ip("198.51.100.1"));
    }

    #[test]
    fn two_headers_that_disagree_are_both_ignored() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let proxy = ip("10.0.0.2");
        // The proxy writes X-Forwarded-For; the client added a Forwarded header of its own.
        let forged = headers(&[
            ("forwarded", "for=198.51.100.99"),
            ("x-forwarded-for", "198.51.100.99, 203.0.113.5"),
        ]);
        assert_eq!(trusted.client(proxy, &forged), proxy);
        let agreeing = headers(&[
            ("forwarded", "for=203.0.113.5"),
            ("x-forwarded-for", "203.0.113.5"),
        ]);
        assert_eq!(trusted.client(proxy, &agreeing), ip("203.0.113.5"));
    }
}
