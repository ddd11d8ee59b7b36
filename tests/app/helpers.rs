use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use userled::db::{self, Pool};
use userled::domain::Organisation;
use userled::{interchange, now};

/// The `userled` binary built for these tests.
pub fn userled(database: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_userled"));
    command
        .arg("--database")
        .arg(database)
        .env_remove("USERLED_DATABASE")
        .env_remove("USERLED_BIND")
        .env("RUST_LOG", "info");
    command
}

/// A migrated in-memory database holding the seed.
pub async fn seeded_pool() -> Pool {
    let pool = db::connect_in_memory().await.unwrap();
    db::migrate(&pool).await.unwrap();
    interchange::seed_if_empty(&pool, userled::now())
        .await
        .unwrap()
        .expect("an empty database is seeded");
    pool
}

pub async fn empty_pool() -> Pool {
    let pool = db::connect_in_memory().await.unwrap();
    db::migrate(&pool).await.unwrap();
    pool
}

pub async fn organisation_count(pool: &Pool) -> i64 {
    let mut conn = pool.acquire().await.unwrap();
    db::organisations::count(&mut conn).await.unwrap()
}

/// The number of records in the embedded seed file.
pub fn seed_len() -> usize {
    let seed: serde_json::Value = serde_json::from_str(interchange::SEED).unwrap();
    seed["organisations"].as_array().unwrap().len()
}

/// The real server as a child process, on a free port of the loopback interface.
pub struct Server {
    child: Child,
    pub address: SocketAddr,
    log: mpsc::Receiver<String>,
}

impl Server {
    pub fn start(database: &Path) -> Server {
        let mut child = userled(database)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (lines, log) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        // Drain the log on a thread so the server never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        match listening_address(&log) {
            Some(address) => Server {
                child,
                address,
                log,
            },
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the server did not log the address it listens on");
            }
        }
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        http_get(self.address, path)
    }

    pub fn post_json(&self, path: &str, body: &str) -> (u16, String) {
        http_post_json(self.address, path, body)
    }

    /// Sends SIGTERM and waits for the process to exit; returns its status and what it logged.
    pub fn stop(mut self) -> (ExitStatus, Vec<String>) {
        let terminated = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(terminated.success());
        let status = self.child.wait().unwrap();
        let log = self.log.try_iter().collect();
        (status, log)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Waits for the log line that names the address, as the README tells people to look for it.
fn listening_address(log: &mpsc::Receiver<String>) -> Option<SocketAddr> {
    loop {
        let line = log.recv_timeout(Duration::from_secs(60)).ok()?;
        if let Some(url) = line.split("listening on http://").nth(1) {
            return url.trim().parse().ok();
        }
    }
}

/// A plain HTTP/1.1 GET over a fresh connection; returns the status code and the body.
pub fn http_get(address: SocketAddr, path: &str) -> (u16, String) {
    http(
        address,
        &format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"),
    )
}

/// A plain HTTP/1.1 POST of a JSON body; returns the status code and the body.
pub fn http_post_json(address: SocketAddr, path: &str, body: &str) -> (u16, String) {
    http(
        address,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

fn http(address: SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("an HTTP status line");
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The real router over an in-memory database, driven without a socket.
pub struct TestApp {
    pub router: axum::Router,
    pub pool: Pool,
}

/// A response, read whole.
pub struct TestResponse {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.body))
    }

    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// The text of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).unwrap();
        self.html()
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// An attribute of every element matching `selector`.
    pub fn attrs(&self, selector: &str, attribute: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).unwrap();
        self.html()
            .select(&selector)
            .filter_map(|e| e.value().attr(attribute).map(String::from))
            .collect()
    }
}

impl TestApp {
    pub async fn with_pool(pool: Pool) -> TestApp {
        let state = userled::AppState::new(pool.clone(), "https://userled.example");
        TestApp {
            router: userled::app(state),
            pool,
        }
    }

    /// The same app with other limits.
    pub fn limited(self, limits: userled::web::Limits) -> TestApp {
        let state = userled::AppState::new(self.pool.clone(), "https://userled.example")
            .with_limits(limits);
        TestApp {
            router: userled::app(state),
            pool: self.pool,
        }
    }

    /// The same app with its clock stopped at `now`.
    pub fn at(self, now: time::OffsetDateTime) -> TestApp {
        let state = userled::AppState::new(self.pool.clone(), "https://userled.example")
            .with_clock(userled::Clock::Fixed(now));
        TestApp {
            router: userled::app(state),
            pool: self.pool,
        }
    }

    /// The app over the seed.
    pub async fn seeded() -> TestApp {
        Self::with_pool(seeded_pool().await).await
    }

    /// The app over the small fixture in `fixture.json`, whose counts the tests know.
    pub async fn fixture() -> TestApp {
        let pool = empty_pool().await;
        interchange::import(&pool, include_str!("fixture.json"), userled::now())
            .await
            .unwrap();
        Self::with_pool(pool).await
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        get_with(self, uri, &[]).await
    }

    /// `total` of an API search.
    pub async fn total(&self, query: &str) -> u64 {
        let response = self.get(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(response.status, 200, "{query}: {}", response.body);
        response.json()["total"].as_u64().unwrap()
    }

    /// Names of the items of an API search, in order.
    pub async fn names(&self, query: &str) -> Vec<String> {
        let response = self
            .get(&format!("/api/v1/organisations?per_page=100&{query}"))
            .await;
        assert_eq!(response.status, 200, "{query}: {}", response.body);
        response.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["name"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// A browser over the real router: keeps cookies, sends forms, reads CSRF tokens, and comes
/// from one client address.
#[derive(Clone)]
pub struct Browser {
    pub router: axum::Router,
    pub cookies: std::collections::BTreeMap<String, String>,
    pub address: std::net::SocketAddr,
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        Browser {
            router: app.router.clone(),
            cookies: Default::default(),
            address: "192.0.2.10:50000".parse().unwrap(),
        }
    }

    pub fn from(mut self, address: &str) -> Browser {
        self.address = format!("{address}:50000").parse().unwrap();
        self
    }

    pub async fn request(
        &mut self,
        method: &str,
        uri: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
    ) -> TestResponse {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let mut request = axum::http::Request::builder().method(method).uri(uri);
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            request = request.header("cookie", cookie);
        }
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let mut request = request.body(axum::body::Body::from(body)).unwrap();
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(self.address));
        let response = self.router.clone().oneshot(request).await.unwrap();
        for value in response.headers().get_all("set-cookie") {
            let value = value.to_str().unwrap();
            let (pair, _) = value.split_once(';').unwrap_or((value, ""));
            let (name, cookie) = pair.split_once('=').unwrap();
            if cookie.is_empty() || value.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), cookie.to_owned());
            }
        }
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    }

    pub async fn get(&mut self, uri: &str) -> TestResponse {
        self.request("GET", uri, None, Vec::new()).await
    }

    pub async fn post_form(&mut self, uri: &str, pairs: &[(&str, &str)]) -> TestResponse {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.request(
            "POST",
            uri,
            Some("application/x-www-form-urlencoded"),
            body.into_bytes(),
        )
        .await
    }

    pub async fn post_json(&mut self, uri: &str, body: &serde_json::Value) -> TestResponse {
        self.request(
            "POST",
            uri,
            Some("application/json"),
            body.to_string().into_bytes(),
        )
        .await
    }

    /// Opens a form page and returns its CSRF token.
    pub async fn csrf(&mut self, uri: &str) -> String {
        let page = self.get(uri).await;
        assert_eq!(page.status, 200, "{uri}: {}", page.body);
        page.attrs("input[name=csrf_token]", "value")
            .into_iter()
            .next()
            .expect("a CSRF token in the form")
    }

    /// Opens the form page at `path` for its CSRF token and sends `form` there with it, as a
    /// person does who fills the form in.
    pub async fn send_form(&mut self, path: &str, form: &[(String, String)]) -> TestResponse {
        let token = self.csrf(path).await;
        self.post_form(path, &with_token(&token, form)).await
    }

    /// Signs in as a moderator; panics if that fails.
    pub async fn sign_in(&mut self, username: &str, password: &str) {
        let token = self.csrf("/admin/sign-in").await;
        let response = self
            .post_form(
                "/admin/sign-in",
                &[
                    ("csrf_token", &token),
                    ("username", username),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(response.status, 303, "{}", response.body);
        assert_eq!(response.header("location"), "/admin");
    }
}

/// A form's fields as `Browser::post_form` takes them.
pub fn as_pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// A form's fields with the CSRF token first, as `Browser::post_form` takes them.
pub fn with_token<'a>(token: &'a str, form: &'a [(String, String)]) -> Vec<(&'a str, &'a str)> {
    std::iter::once(("csrf_token", token))
        .chain(as_pairs(form))
        .collect()
}

/// Sets a field of a form, replacing every value it had.
pub fn set_field(form: &mut Vec<(String, String)>, key: &str, value: &str) {
    form.retain(|(k, _)| k != key);
    form.push((key.into(), value.into()));
}

/// What a browser would send for a form on a page: text inputs, checked boxes, selected options
/// and text areas.
pub fn form_values(page: &TestResponse, form: &str) -> Vec<(String, String)> {
    let html = page.html();
    let form = html
        .select(&scraper::Selector::parse(form).unwrap())
        .next()
        .expect("the form");
    let mut values = Vec::new();
    for input in form.select(&scraper::Selector::parse("input, textarea, select").unwrap()) {
        let element = input.value();
        let Some(name) = element.attr("name") else {
            continue;
        };
        match element.name() {
            "textarea" => values.push((name.to_owned(), input.text().collect())),
            "select" => {
                let selected = input
                    .select(&scraper::Selector::parse("option[selected]").unwrap())
                    .next()
                    .and_then(|o| o.value().attr("value"))
                    .unwrap_or_default();
                values.push((name.to_owned(), selected.to_owned()));
            }
            _ => {
                let kind = element.attr("type").unwrap_or("text");
                if matches!(kind, "checkbox" | "radio") && element.attr("checked").is_none() {
                    continue;
                }
                values.push((
                    name.to_owned(),
                    element.attr("value").unwrap_or_default().to_owned(),
                ));
            }
        }
    }
    values
}

/// Approves a submission as it was sent, with the review page's "Approve as it is"; returns
/// where the approval leads.
pub async fn approve_as_sent(moderator: &mut Browser, reference: &str) -> String {
    let review = moderator
        .get(&format!("/admin/submissions/{reference}"))
        .await;
    assert_eq!(review.status, 200, "{}", review.body);
    let form = form_values(&review, "form.review-approve");
    let response = moderator
        .post_form(
            &format!("/admin/submissions/{reference}/approve"),
            &as_pairs(&form),
        )
        .await;
    assert_eq!(response.status, 303, "{}", response.body);
    response.header("location").to_owned()
}

pub const MODERATOR: &str = "alice";
pub const PASSWORD: &str = "correct horse battery staple";

/// Creates the moderator `alice`.
pub async fn create_moderator(pool: &Pool) {
    let hash = userled::auth::hash_password(PASSWORD).unwrap();
    let mut conn = pool.acquire().await.unwrap();
    userled::db::moderators::upsert(&mut conn, MODERATOR, &hash, "2026-01-01T00:00:00Z")
        .await
        .unwrap();
}

pub async fn submission_count(pool: &Pool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM submissions")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// A GET with extra request headers.
pub async fn get_with(app: &TestApp, uri: &str, headers: &[(&str, &str)]) -> TestResponse {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let mut request = axum::http::Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .router
        .clone()
        .oneshot(request.body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    TestResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// Imports records as the API answered them: what the API adds to a record (its address, times,
/// related entries and licence terms) is left out, as a registry file has none of it.
pub async fn import_api_records(pool: &Pool, records: &[serde_json::Value]) {
    let records: Vec<serde_json::Value> = records
        .iter()
        .map(|record| {
            let mut record = record.clone();
            let fields = record.as_object_mut().expect("a record is an object");
            for added in [
                "url",
                "created_at",
                "updated_at",
                "last_changed",
                "related",
                "attribution",
                "licence",
            ] {
                fields.remove(added);
            }
            record
        })
        .collect();
    let file = serde_json::json!({"format": "userled-registry/1", "organisations": records});
    interchange::import(pool, &file.to_string(), userled::now())
        .await
        .unwrap();
}

/// The benchmark's generator of plausible organisations, for a registry of a few thousand.
#[allow(dead_code)]
#[path = "../../benches/synthetic.rs"]
mod synthetic;

/// A generated registry and the seed's records, which have contact details and relations.
pub fn generated_registry(count: usize) -> Vec<Organisation> {
    let mut records = synthetic::Generator::new(0x5EED_0012)
        .generate(count)
        .unwrap();
    let seed = interchange::parse(interchange::SEED, &BTreeSet::new(), now().year()).unwrap();
    // A generated name may be the seed's: that record gives way (relations to it then point at
    // the seed's).
    let taken: BTreeSet<&str> = seed.iter().map(|org| org.slug.as_str()).collect();
    records.retain(|org| !taken.contains(org.slug.as_str()));
    records.extend(seed);
    records
}

/// An in-memory registry of [`generated_registry`]`(count)`, imported as a file is, and its
/// records.
pub async fn generated_pool(count: usize) -> (Pool, Vec<Organisation>) {
    let pool = empty_pool().await;
    let records = generated_registry(count);
    interchange::import(&pool, &interchange::to_file(&records).unwrap(), now())
        .await
        .unwrap();
    (pool, records)
}
