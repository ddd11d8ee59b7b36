//! The health of the web addresses the registry names. `userled check-links` asks each address
//! once, a bounded number at a time, and stores what it found: ok, redirected (and where to),
//! broken (the 4xx or 5xx code) or unreachable (no name, no connection, no answer in time).
//! Moderators see every address that did not simply work; an entry's public page notes beside a
//! link that it did not work when last checked.
//!
//! This is the one place the program makes requests of its own. It uses `reqwest` (hyper's
//! client, which the server's hyper already brings) over rustls with the `ring` provider: TLS
//! without OpenSSL or a C toolchain for it, certificates checked against the system's roots.

use std::collections::BTreeMap;
use std::time::Duration;

use tokio::task::JoinSet;

use super::{Registry, Result};
use crate::db::currency::{self, LinkCheckRow};
use crate::db::{self};
use crate::domain::Day;

/// Addresses asked at once, unless configured otherwise.
pub const DEFAULT_CONCURRENCY: usize = 8;
/// How long one request may take, unless configured otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Redirects followed before an address counts as unreachable.
pub const MAX_REDIRECTS: usize = 5;

/// How to check: how many at once, how long to wait, and who is asking.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub concurrency: usize,
    pub timeout: Duration,
    pub max_redirects: usize,
    /// Names userled and the operator's site, so a site's owner knows who asks and where to ask
    /// back.
    pub user_agent: String,
}

impl CheckOptions {
    /// The defaults, asking as the site at `site_url`.
    pub fn new(site_url: &str) -> Self {
        Self {
            concurrency: DEFAULT_CONCURRENCY,
            timeout: DEFAULT_TIMEOUT,
            max_redirects: MAX_REDIRECTS,
            user_agent: user_agent(site_url),
        }
    }
}

/// `userled-link-checker/0.1.0 (+https://example.org)`.
pub fn user_agent(site_url: &str) -> String {
    format!(
        "userled-link-checker/{} (+{})",
        env!("CARGO_PKG_VERSION"),
        site_url.trim_end_matches('/')
    )
}

/// What one check of an address found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkStatus {
    /// It answered, at the address itself.
    Ok,
    /// It answered after redirects, at this address.
    Redirected { to: String },
    /// It answered with this error code (4xx, 5xx).
    Broken { code: u16 },
    /// It gave no answer.
    Unreachable(Failure),
}

/// Why an address gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Its host name does not resolve.
    Dns,
    /// No connection could be made (refused, TLS failed).
    Connect,
    /// No answer within the timeout.
    Timeout,
    /// More redirects than are followed.
    Redirects,
    Other,
}

impl Failure {
    pub const ALL: [Failure; 5] = [
        Failure::Dns,
        Failure::Connect,
        Failure::Timeout,
        Failure::Redirects,
        Failure::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Failure::Dns => "dns",
            Failure::Connect => "connect",
            Failure::Timeout => "timeout",
            Failure::Redirects => "redirects",
            Failure::Other => "other",
        }
    }
}

impl LinkStatus {
    pub fn slug(&self) -> &'static str {
        match self {
            LinkStatus::Ok => "ok",
            LinkStatus::Redirected { .. } => "redirected",
            LinkStatus::Broken { .. } => "broken",
            LinkStatus::Unreachable(_) => "unreachable",
        }
    }

    /// Whether the link did not work: broken or unreachable.
    pub fn failed(&self) -> bool {
        matches!(self, LinkStatus::Broken { .. } | LinkStatus::Unreachable(_))
    }

    /// The status of a stored check; `None` for a row that says something this build does not
    /// know.
    fn from_row(row: &LinkCheckRow) -> Option<Self> {
        Some(match row.status.as_str() {
            "ok" => LinkStatus::Ok,
            "redirected" => LinkStatus::Redirected {
                to: row.final_url.clone()?,
            },
            "broken" => LinkStatus::Broken {
                code: u16::try_from(row.http_status?).ok()?,
            },
            "unreachable" => {
                let failure = row.failure.as_deref()?;
                LinkStatus::Unreachable(*Failure::ALL.iter().find(|f| f.slug() == failure)?)
            }
            _ => return None,
        })
    }
}

/// One address as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub url: String,
    pub status: LinkStatus,
    /// The HTTP status of the last answer, if there was one.
    pub http_status: Option<u16>,
}

impl Checked {
    fn row(&self, checked_on: &str) -> LinkCheckRow {
        let (final_url, failure) = match &self.status {
            LinkStatus::Redirected { to } => (Some(to.clone()), None),
            LinkStatus::Unreachable(failure) => (None, Some(failure.slug().to_owned())),
            _ => (None, None),
        };
        LinkCheckRow {
            url: self.url.clone(),
            status: self.status.slug().to_owned(),
            final_url,
            http_status: self.http_status.map(i64::from),
            failure,
            checked_on: checked_on.to_owned(),
        }
    }
}

/// What a run of the checker found.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Every address, in address order.
    pub checked: Vec<Checked>,
    /// Checks of addresses no record names any more, forgotten.
    pub forgotten: u64,
}

impl CheckReport {
    /// How many addresses ended with each status (`ok`, `redirected`, `broken`, `unreachable`).
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for slug in ["ok", "redirected", "broken", "unreachable"] {
            counts.insert(slug, 0);
        }
        for checked in &self.checked {
            *counts.entry(checked.status.slug()).or_default() += 1;
        }
        counts
    }

    /// The addresses that did not work.
    pub fn failed(&self) -> impl Iterator<Item = &Checked> {
        self.checked.iter().filter(|c| c.status.failed())
    }
}

/// Checks every web address the registry names and stores the results, dated today; forgets the
/// checks of addresses no record names any more. The requests hold no database connection; the
/// results are written at the end, in one short transaction.
pub async fn check_links(registry: &Registry, options: &CheckOptions) -> Result<CheckReport> {
    let addresses = {
        let mut conn = registry.pool.acquire().await?;
        currency::addresses(&mut conn).await?
    };
    let client = client(options)?;
    let checked = check_all(&client, addresses, options.concurrency).await;
    let today = Day::from(registry.now().date()).to_string();
    let mut tx = db::begin_write(&registry.pool).await?;
    for check in &checked {
        currency::record(&mut tx, &check.row(&today)).await?;
    }
    let forgotten = currency::prune(&mut tx).await?;
    tx.commit().await?;
    Ok(CheckReport { checked, forgotten })
}

fn client(options: &CheckOptions) -> anyhow::Result<reqwest::Client> {
    // The process's TLS provider; a second call finds it installed, which is as good.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .user_agent(&options.user_agent)
        .timeout(options.timeout)
        .connect_timeout(options.timeout)
        .redirect(reqwest::redirect::Policy::limited(options.max_redirects))
        .build()?;
    Ok(client)
}

/// Checks `addresses`, never more than `concurrency` at once; the results in address order.
async fn check_all(
    client: &reqwest::Client,
    addresses: Vec<String>,
    concurrency: usize,
) -> Vec<Checked> {
    let mut waiting = addresses.into_iter();
    let mut running = JoinSet::new();
    let mut done = Vec::new();
    loop {
        while running.len() < concurrency.max(1) {
            let Some(url) = waiting.next() else { break };
            let client = client.clone();
            running.spawn(async move { check(&client, url).await });
        }
        match running.join_next().await {
            Some(Ok(checked)) => done.push(checked),
            // A check that panicked: its address keeps its previous result.
            Some(Err(err)) => tracing::error!(error = %err, "a link check failed"),
            None => break,
        }
    }
    done.sort_by(|a, b| a.url.cmp(&b.url));
    done
}

/// Asks for `url`'s headers (HEAD); a site that refuses HEAD with an error is asked again with
/// GET, whose answer counts. The body is never read.
async fn check(client: &reqwest::Client, url: String) -> Checked {
    let answer = match client.head(&url).send().await {
        Ok(response) if response.status().as_u16() >= 400 => client.get(&url).send().await,
        other => other,
    };
    let (status, http_status) = match answer {
        Ok(response) => {
            let code = response.status().as_u16();
            (answered(&url, &response), Some(code))
        }
        Err(err) => (LinkStatus::Unreachable(failure(&err)), None),
    };
    Checked {
        url,
        status,
        http_status,
    }
}

fn answered(asked: &str, response: &reqwest::Response) -> LinkStatus {
    let code = response.status().as_u16();
    if code >= 400 {
        return LinkStatus::Broken { code };
    }
    // Compared as parsed, so `http://example.org` and `http://example.org/` are one address.
    let same = url::Url::parse(asked).is_ok_and(|asked| &asked == response.url());
    if same {
        LinkStatus::Ok
    } else {
        LinkStatus::Redirected {
            to: response.url().to_string(),
        }
    }
}

fn failure(err: &reqwest::Error) -> Failure {
    if err.is_timeout() {
        Failure::Timeout
    } else if err.is_redirect() {
        Failure::Redirects
    } else if err.is_connect() {
        // hyper's connector reports a failed name lookup as "dns error" somewhere in the chain.
        let mut source: Option<&dyn std::error::Error> = Some(err);
        while let Some(cause) = source {
            if cause.to_string().starts_with("dns error") {
                return Failure::Dns;
            }
            source = cause.source();
        }
        Failure::Connect
    } else {
        Failure::Other
    }
}

/// A link of a public page that did not work when last checked.
#[derive(Debug, Clone)]
pub struct FailingLink {
    pub url: String,
    pub status: LinkStatus,
    pub checked_on: Day,
}

/// The failing links of organisation `slug`'s website, contact links and sources, for its public page (call it
/// only for what the public may see of the record).
pub async fn failing_links(registry: &Registry, slug: &str) -> Result<Vec<FailingLink>> {
    let mut conn = registry.pool.acquire().await?;
    let rows = currency::failing_for(&mut conn, slug).await?;
    Ok(rows.iter().filter_map(FailingLink::from_row).collect())
}

impl FailingLink {
    fn from_row(row: &LinkCheckRow) -> Option<Self> {
        Some(Self {
            url: row.url.clone(),
            status: LinkStatus::from_row(row)?,
            checked_on: Day::parse(&row.checked_on).ok()?,
        })
    }
}

/// A link that did not simply work, where a record names it: what the moderators' list shows.
#[derive(Debug, Clone)]
pub struct ProblemLink {
    pub url: String,
    pub status: LinkStatus,
    pub checked_on: Day,
    pub slug: String,
    pub name: String,
    /// `website`, `source` or `event`.
    pub place: String,
}

/// Every link whose last check did not find it working at its address: broken and unreachable
/// ones first, then redirected ones, by organisation.
pub async fn problem_links(registry: &Registry) -> Result<Vec<ProblemLink>> {
    let mut conn = registry.pool.acquire().await?;
    let rows = currency::problems(&mut conn).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            Some(ProblemLink {
                status: LinkStatus::from_row(&row.check)?,
                checked_on: Day::parse(&row.check.checked_on).ok()?,
                url: row.check.url,
                slug: row.slug,
                name: row.name,
                place: row.place,
            })
        })
        .collect())
}
