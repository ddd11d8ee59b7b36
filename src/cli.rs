//! The command line: `serve` (the default), `import`, `export`, `backup`, `check-links` and
//! `admin create`.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::auth;
use crate::domain::types::Email;
use crate::interchange::{self, ImportError};
use crate::registry::links;
use crate::web::Operator;
use crate::web::security::{AddressRange, TrustedProxies};
use crate::{AppState, Connections, db, listen, now, prepare, serve};

#[derive(Debug, Parser)]
#[command(
    name = "userled",
    version,
    about = "The registry of user-led drug organisations"
)]
pub struct Cli {
    /// The SQLite database file; created, with its folder, if it does not exist.
    #[arg(
        long,
        global = true,
        env = "USERLED_DATABASE",
        default_value = "data/userled.db"
    )]
    pub database: PathBuf,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site and the API (the default).
    Serve(ServeArgs),
    /// Validate a registry file and upsert its records by slug; writes nothing if any is invalid.
    Import {
        /// The registry file to read, or - for standard input.
        file: PathBuf,
    },
    /// Write the whole registry as a registry file to standard output; reads the database only.
    Export,
    /// Write a consistent copy of the database to FILE, safe while the server runs and writes.
    Backup {
        /// The copy to write; it must not exist yet.
        file: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check every organisation's website, contact link and source address and store what each answered (ok,
    /// redirected, broken, unreachable) with today's date; prints a summary.
    CheckLinks(CheckLinksArgs),
    /// Manage moderator accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a moderator, or set a new password for one. The password is read from standard
    /// input, without echo on a terminal.
    Create {
        #[arg(long)]
        username: String,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, env = "USERLED_BIND", default_value = "127.0.0.1:3000")]
    pub bind: SocketAddr,

    /// The site's public address, used in citations and absolute links; defaults to
    /// http:// and the bind address.
    #[arg(long, env = "USERLED_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// A reverse proxy whose Forwarded or X-Forwarded-For header names the client: an address or
    /// a CIDR block; repeat the flag or separate with commas. Nobody is trusted by default.
    #[arg(
        long = "trusted-proxy",
        env = "USERLED_TRUSTED_PROXIES",
        value_name = "ADDRESS|CIDR",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<AddressRange>,

    /// Seconds a client has to send a request's line and headers: on a new connection from when
    /// it is accepted, on a kept-alive one from the request's first byte.
    #[arg(
        long,
        env = "USERLED_HEADER_TIMEOUT",
        value_name = "SECONDS",
        default_value = "10",
        value_parser = seconds
    )]
    pub header_timeout: Duration,

    /// Seconds a connection is kept open while nothing moves on the client's side: between
    /// requests, or while it does not read its answer.
    #[arg(
        long,
        env = "USERLED_IDLE_TIMEOUT",
        value_name = "SECONDS",
        default_value = "60",
        value_parser = seconds
    )]
    pub idle_timeout: Duration,

    /// Connections served at once; at the cap a new one replaces the longest idle.
    #[arg(
        long,
        env = "USERLED_MAX_CONNECTIONS",
        value_name = "N",
        default_value = "1024",
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    pub max_connections: u32,

    /// Submissions (form or API) taken from one client address per hour; more are answered 429.
    #[arg(
        long,
        env = "USERLED_SUBMISSIONS_PER_HOUR",
        value_name = "N",
        default_value = "10",
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    pub submissions_per_hour: u32,

    /// Who runs this register (a person or an organisation), shown on /contact.
    #[arg(long, env = "USERLED_OPERATOR_NAME", value_name = "NAME")]
    pub operator_name: Option<String>,

    /// Where people and the moderators' correspondents write: shown on /contact, /privacy and
    /// /accessibility. Checked at start-up.
    #[arg(
        long,
        env = "USERLED_OPERATOR_EMAIL",
        value_name = "ADDRESS",
        value_parser = operator_email
    )]
    pub operator_email: Option<OperatorEmail>,

    /// The operator's postal address, on one line, shown on /contact.
    #[arg(long, env = "USERLED_OPERATOR_ADDRESS", value_name = "ADDRESS")]
    pub operator_address: Option<String>,

    /// Days after which an entry checked against the organisation is due for checking again
    /// (the moderators' list of entries due).
    #[arg(
        long,
        env = "USERLED_VERIFY_AFTER_DAYS",
        value_name = "DAYS",
        default_value = "365",
        value_parser = clap::value_parser!(u32).range(1..=36500)
    )]
    pub verify_after_days: u32,
}

#[derive(Debug, Args)]
pub struct CheckLinksArgs {
    /// Addresses asked at once.
    #[arg(
        long,
        value_name = "N",
        default_value = "8",
        value_parser = clap::value_parser!(u32).range(1..=64)
    )]
    pub concurrency: u32,

    /// Seconds one request may take, from connecting to the answer's headers.
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = seconds)]
    pub timeout: Duration,

    /// The site's public address, named in the user agent so that a site's owner knows who asks
    /// and where to ask back.
    #[arg(long, env = "USERLED_PUBLIC_URL", value_name = "URL")]
    pub public_url: String,
}

/// The operator's e-mail address as configured: none when blank (an environment variable set to
/// nothing).
#[derive(Debug, Clone)]
pub struct OperatorEmail(Option<Email>);

/// The operator's e-mail address, refused at start-up unless it looks like one.
fn operator_email(text: &str) -> Result<OperatorEmail, String> {
    if text.trim().is_empty() {
        return Ok(OperatorEmail(None));
    }
    Email::parse(text)
        .map(|email| OperatorEmail(Some(email)))
        .map_err(|_| {
            format!("{text:?} is not an e-mail address; give one such as moderators@example.org")
        })
}

/// A positive number of seconds, such as `10` or `0.5`.
fn seconds(text: &str) -> Result<Duration, String> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|seconds| *seconds > 0.0)
        .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
        .ok_or_else(|| format!("{text:?} is not a positive number of seconds"))
}

/// `serve` with no arguments: its defaults and environment variables, as if it had been named.
#[derive(Debug, Parser)]
struct DefaultServe {
    #[command(flatten)]
    serve: ServeArgs,
}

impl Cli {
    pub async fn run(self) -> anyhow::Result<ExitCode> {
        let command = match self.command {
            Some(command) => command,
            None => Command::Serve(DefaultServe::try_parse_from(["userled"])?.serve),
        };
        match command {
            Command::Serve(args) => run_serve(&self.database, args).await,
            Command::Import { file } => run_import(&self.database, &file).await,
            Command::Export => run_export(&self.database).await,
            Command::Backup { file, force } => run_backup(&self.database, &file, force).await,
            Command::CheckLinks(args) => run_check_links(&self.database, args).await,
            Command::Admin {
                command: AdminCommand::Create { username },
            } => run_admin_create(&self.database, &username).await,
        }
    }
}

async fn run_serve(database: &Path, args: ServeArgs) -> anyhow::Result<ExitCode> {
    let shutdown = shutdown_signal()?;
    let pool = prepare(database).await?;
    let listener = listen(args.bind).with_context(|| format!("cannot listen on {}", args.bind))?;
    let address = listener.local_addr()?;
    tracing::info!("listening on http://{address}");
    let public_url = args
        .public_url
        .unwrap_or_else(|| format!("http://{address}"));
    if !args.trusted_proxies.is_empty() {
        let list: Vec<String> = args.trusted_proxies.iter().map(|r| r.to_string()).collect();
        tracing::info!(
            "client addresses are read from the headers of {}",
            list.join(", ")
        );
    }
    let limits = crate::web::Limits {
        submissions_per_hour: args.submissions_per_hour as usize,
        ..Default::default()
    };
    let operator = Operator::new(
        args.operator_name,
        args.operator_email.and_then(|email| email.0),
        args.operator_address,
    );
    if !operator.is_configured() {
        tracing::warn!(
            "no operator details: /contact says they have not been given yet \
             (set --operator-name and --operator-email)"
        );
    }
    let mut state = AppState::new(pool.clone(), &public_url)
        .with_trusted_proxies(TrustedProxies::new(args.trusted_proxies))
        .with_limits(limits)
        .with_operator(operator);
    state.registry = state
        .registry
        .with_verify_after_days(args.verify_after_days);
    let connections = Connections {
        header_timeout: args.header_timeout,
        idle_timeout: args.idle_timeout,
        max: args.max_connections as usize,
    };
    serve(listener, state, connections, shutdown).await?;
    pool.close().await;
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}

async fn run_import(database: &Path, file: &Path) -> anyhow::Result<ExitCode> {
    let year = now().year();
    if file == Path::new("-") {
        let checked = interchange::check_reader(std::io::stdin().lock(), year);
        return import_checked(database, "standard input", checked).await;
    }
    let label = file.display().to_string();
    let opened =
        std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
    let metadata = opened
        .metadata()
        .with_context(|| format!("cannot read {}", file.display()))?;
    anyhow::ensure!(
        !metadata.is_dir(),
        "{} is a folder, not a registry file",
        file.display()
    );
    if !metadata.is_file() {
        // A pipe or a device, read once.
        let reader = std::io::BufReader::new(opened);
        return import_checked(database, &label, interchange::check_reader(reader, year)).await;
    }
    // A file on disk is written as it is read; if it is refused, the transaction is rolled back.
    let result = match NewDatabase::at(database) {
        None => import_streamed(database, opened).await,
        Some(new) => new.import(opened).await,
    };
    reported(&label, result?)
}

/// Opens (or creates) the database and imports a file on disk into it as it is read.
async fn import_streamed(
    database: &Path,
    file: std::fs::File,
) -> anyhow::Result<Result<interchange::ImportReport, ImportError>> {
    let pool = db::connect_for_import(database).await?;
    if let Err(err) = migrate(&pool, database).await {
        pool.close().await;
        return Err(err);
    }
    let result = interchange::import_file(&pool, file, now()).await;
    pool.close().await;
    Ok(result)
}

/// A database that an import creates. It is built under a name of its own beside the one asked
/// for, which no other process opens, and given that name only once the import has succeeded
/// (a hard link, which never replaces a file). A refused import removes it, with the folders it
/// created, so a refused file leaves no trace, and a server or another import that opens the
/// database meanwhile never works on a file that is then taken away.
struct NewDatabase {
    database: PathBuf,
    building: PathBuf,
    /// The missing folders of the database, innermost first.
    folders: Vec<PathBuf>,
}

impl NewDatabase {
    /// `None` if a database is already there.
    fn at(database: &Path) -> Option<NewDatabase> {
        if database.exists() {
            return None;
        }
        let folders = database
            .ancestors()
            .skip(1)
            .filter(|folder| !folder.as_os_str().is_empty())
            .take_while(|folder| !folder.exists())
            .map(Path::to_path_buf)
            .collect();
        let mut building = database.as_os_str().to_owned();
        building.push(format!(".importing-{}", std::process::id()));
        Some(NewDatabase {
            database: database.to_path_buf(),
            building: building.into(),
            folders,
        })
    }

    async fn import(
        self,
        file: std::fs::File,
    ) -> anyhow::Result<Result<interchange::ImportReport, ImportError>> {
        let result = import_streamed(&self.building, file).await;
        let imported = match result {
            Ok(Ok(report)) => report,
            failed => {
                self.remove_building();
                self.remove_folders();
                return failed;
            }
        };
        // The pool is closed: the log is written back into the file, which is whole.
        let linked = std::fs::hard_link(&self.building, &self.database);
        self.remove_building();
        match linked {
            Ok(()) => Ok(Ok(imported)),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(
                "{} was created by another process during the import; nothing was imported \
                 (import the file again, into that database)",
                self.database.display()
            ),
            Err(err) => Err(anyhow::Error::new(err).context(format!(
                "cannot name the imported database {}",
                self.database.display()
            ))),
        }
    }

    /// Removes the database being built, with its write-ahead log and shared memory.
    fn remove_building(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = self.building.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }

    /// Removes each folder created for the database, innermost first, if it is empty.
    fn remove_folders(&self) {
        for folder in &self.folders {
            let _ = std::fs::remove_dir(folder);
        }
    }
}

/// Imports a file checked before the database is touched: a refused one leaves no trace.
async fn import_checked(
    database: &Path,
    label: &str,
    checked: interchange::Checked,
) -> anyhow::Result<ExitCode> {
    // Relation targets may be in the registry already: read it without changing it.
    let existing = if database.exists() {
        let pool = open_for_reading(database, db::Schema::usable).await?;
        let slugs = interchange::registry_slugs(&pool).await;
        pool.close().await;
        slugs?
    } else {
        Default::default()
    };
    let problems = checked.problems(&existing);
    if !problems.is_empty() {
        report_problems(label, &problems);
        return Ok(ExitCode::FAILURE);
    }
    let pool = db::connect(database).await?;
    migrate(&pool, database).await?;
    // The registry may have changed since the file was checked: a target may have gone.
    let result = interchange::import_as(&pool, checked, now(), "import").await;
    pool.close().await;
    reported(label, result)
}

/// What an import did, on standard output, or its problems, on standard error.
fn reported(
    label: &str,
    result: Result<interchange::ImportReport, ImportError>,
) -> anyhow::Result<ExitCode> {
    match result {
        Ok(report) => {
            println!("imported {report}");
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Invalid(problems)) => {
            report_problems(label, &problems);
            Ok(ExitCode::FAILURE)
        }
        Err(err) => Err(anyhow::Error::new(err).context(format!("cannot import {label}"))),
    }
}

/// Every listed problem, how many more there were, and the verdict, on standard error.
fn report_problems(label: &str, problems: &interchange::Problems) {
    use std::io::Write;
    let mut out = std::io::stderr().lock();
    for problem in &problems.listed {
        let _ = writeln!(out, "{problem}");
    }
    if problems.unlisted > 0 {
        let _ = writeln!(
            out,
            "… and {} more problem(s), not listed",
            problems.unlisted
        );
    }
    let _ = writeln!(
        out,
        "{label}: {} problem(s); nothing was imported",
        problems.total()
    );
}

async fn run_export(database: &Path) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        database.exists(),
        "no database at {}; run `userled serve` or `userled import` first",
        database.display()
    );
    // Read-only: export works on a file it may not change, and changes none.
    let pool = open_for_reading(database, db::Schema::readable).await?;
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = interchange::export_to(&pool, now().year(), out).await;
    pool.close().await;
    match written {
        // The reader stopped reading (`userled export | head`): the output ends there, as a
        // dump's does, without an error about a pipe nobody reads any more.
        Err(err) if is_broken_pipe(&err) => Ok(ExitCode::SUCCESS),
        written => written.map(|()| ExitCode::SUCCESS),
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|err| err.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

async fn run_backup(database: &Path, file: &Path, force: bool) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(database.exists(), "no database at {}", database.display());
    // A copy needs no understanding of the schema: even a newer userled's database is copied.
    let pool = open_for_reading(database, |_| Ok(())).await?;
    let result = db::backup(&pool, file, force).await;
    pool.close().await;
    result?;
    println!("backed up {} to {}", database.display(), file.display());
    Ok(ExitCode::SUCCESS)
}

/// Broken and unreachable addresses listed by `check-links`; more are counted.
const LISTED_FAILURES: usize = 100;

async fn run_check_links(database: &Path, args: CheckLinksArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        database.exists(),
        "no database at {}; run `userled serve` or `userled import` first",
        database.display()
    );
    let site = url::Url::parse(&args.public_url)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https"))
        .with_context(|| {
            format!(
                "--public-url: {:?} is not a web address (http:// or https://)",
                args.public_url
            )
        })?;
    let pool = db::connect(database).await?;
    migrate(&pool, database).await?;
    let registry = crate::registry::Registry::new(pool.clone());
    let options = links::CheckOptions {
        concurrency: args.concurrency as usize,
        timeout: args.timeout,
        ..links::CheckOptions::new(site.as_str())
    };
    let report = links::check_links(&registry, &options).await;
    pool.close().await;
    let report = report?;
    print!("{}", check_summary(&report));
    Ok(ExitCode::SUCCESS)
}

/// What `check-links` prints: the count of each status, then the addresses that did not work,
/// at most [`LISTED_FAILURES`] of them.
fn check_summary(report: &links::CheckReport) -> String {
    use std::fmt::Write;
    let counts = report.counts();
    let mut out = format!("checked {} address(es):", report.checked.len());
    for (status, count) in &counts {
        let _ = write!(out, " {status} {count},");
    }
    out.pop();
    out.push('\n');
    let failed: Vec<_> = report.failed().collect();
    for checked in failed.iter().take(LISTED_FAILURES) {
        let why = match &checked.status {
            links::LinkStatus::Broken { code } => format!("broken {code}"),
            links::LinkStatus::Unreachable(failure) => format!("unreachable ({})", failure.slug()),
            other => other.slug().to_owned(),
        };
        let _ = writeln!(out, "  {why}  {}", checked.url);
    }
    if failed.len() > LISTED_FAILURES {
        let _ = writeln!(
            out,
            "  … and {} more, listed on the moderators' page of links",
            failed.len() - LISTED_FAILURES
        );
    }
    if report.forgotten > 0 {
        let _ = writeln!(
            out,
            "forgot the checks of {} address(es) no entry names any more",
            report.forgotten
        );
    }
    out
}

/// Opens the database read-only and checks its schema with `check`.
async fn open_for_reading(
    database: &Path,
    check: fn(&db::Schema) -> anyhow::Result<()>,
) -> anyhow::Result<db::Pool> {
    let pool = db::open_read_only(database).await?;
    let schema = db::Schema::of(&pool).await;
    if let Err(err) = schema.map_err(anyhow::Error::from).and_then(|s| check(&s)) {
        pool.close().await;
        return Err(err.context(format!("cannot use {}", database.display())));
    }
    Ok(pool)
}

/// Applies the migrations, naming the database if it cannot be used.
async fn migrate(pool: &db::Pool, database: &Path) -> anyhow::Result<()> {
    db::migrate(pool)
        .await
        .with_context(|| format!("cannot use {}", database.display()))
}

async fn run_admin_create(database: &Path, username: &str) -> anyhow::Result<ExitCode> {
    let valid_name = (2..=40).contains(&username.chars().count())
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    anyhow::ensure!(
        valid_name,
        "--username: use 2 to 40 letters, digits, '.', '-' or '_'"
    );
    let password = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("Password for {username}: "))
            .context("cannot read the password")?
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    anyhow::ensure!(
        password.chars().count() >= auth::MIN_PASSWORD_CHARS,
        "the password must have at least {} characters",
        auth::MIN_PASSWORD_CHARS
    );
    let pool = db::connect(database).await?;
    migrate(&pool, database).await?;
    let registry = crate::registry::Registry::new(pool.clone());
    crate::registry::accounts::create_moderator(&registry, username, &password).await?;
    pool.close().await;
    println!("moderator {username} can now sign in at /admin/sign-in");
    Ok(ExitCode::SUCCESS)
}

/// A future that completes on Ctrl-C or, on Unix, SIGTERM. The handlers are installed here, at
/// once, so a signal sent as soon as the server says it listens is never missed (the process would
/// otherwise die of it, without finishing the requests in flight).
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    let (mut interrupt, mut terminate) = {
        use tokio::signal::unix::{SignalKind, signal};
        (
            signal(SignalKind::interrupt()).context("cannot listen for Ctrl-C")?,
            signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?,
        )
    };
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = interrupt.recv() => {},
            _ = terminate.recv() => {},
        }
        #[cfg(not(unix))]
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(%err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
        tracing::info!("shutting down");
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_defaults_are_the_servers() {
        let args = DefaultServe::try_parse_from(["userled"]).unwrap().serve;
        let defaults = Connections::default();
        assert_eq!(args.header_timeout, defaults.header_timeout);
        assert_eq!(args.idle_timeout, defaults.idle_timeout);
        assert_eq!(args.max_connections as usize, defaults.max);
        assert_eq!(
            args.submissions_per_hour as usize,
            crate::web::Limits::default().submissions_per_hour
        );
        assert_eq!(
            args.verify_after_days,
            crate::registry::verification::DEFAULT_VERIFY_AFTER_DAYS
        );
        assert!(
            args.trusted_proxies.is_empty(),
            "nobody is trusted by default"
        );
        assert!(args.operator_name.is_none() && args.operator_email.is_none());
    }

    #[test]
    fn the_operators_email_is_checked_at_start_up() {
        let args = DefaultServe::try_parse_from([
            "userled",
            "--operator-name",
            "Peer Register Association",
            "--operator-email",
            " moderators@example.org ",
        ])
        .unwrap()
        .serve;
        let email = args.operator_email.and_then(|e| e.0);
        assert_eq!(
            email.as_ref().map(Email::as_str),
            Some("moderators@example.org")
        );
        let blank = DefaultServe::try_parse_from(["userled", "--operator-email", " "]).unwrap();
        assert!(blank.serve.operator_email.and_then(|e| e.0).is_none());
        let refused = DefaultServe::try_parse_from(["userled", "--operator-email", "nobody"])
            .unwrap_err()
            .to_string();
        assert!(
            refused.contains("--operator-email") && refused.contains("is not an e-mail address"),
            "{refused}"
        );
    }

    #[test]
    fn trusted_proxies_repeat_or_come_in_a_list() {
        let args = DefaultServe::try_parse_from([
            "userled",
            "--trusted-proxy",
            "10.0.0.0/8, 192.0.2.1",
            "--trusted-proxy",
            "2001:db8::/32",
        ])
        .unwrap()
        .serve;
        let ranges: Vec<String> = args.trusted_proxies.iter().map(|r| r.to_string()).collect();
        assert_eq!(ranges, ["10.0.0.0/8", "192.0.2.1/32", "2001:db8::/32"]);
        assert_eq!(seconds("0.5"), Ok(Duration::from_millis(500)));
        assert!(seconds("-1").is_err() && seconds("soon").is_err());
    }
}
