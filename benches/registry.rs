//! End-to-end benchmark of the registry at scale: `cargo bench --bench registry`.
//!
//! 1. generates a deterministic synthetic registry file (`benches/synthetic.rs`);
//! 2. imports it with the real `userled import`;
//! 3. starts the real server (`userled serve --bind 127.0.0.1:0`) on that database;
//! 4. times sequential requests over one keep-alive HTTP/1.1 connection on loopback: searches
//!    (text with filters, and the same searches typed in other languages, with city names), first
//!    pages, detail pages and records, a CSV export;
//! 5. reads the server's resident memory from `/proc`, then stops it with SIGTERM;
//! 6. prints a Markdown summary against the targets, and what the import cost: its time, its
//!    peak memory, the database's size and its largest tables (SQLite's `dbstat`).
//!
//! Given several sizes, it does all of this for each, then prints how the cost of each scenario
//! grew with the registry.
//!
//! It is a benchmark, not a test: a missed target is reported, never a panic. It aborts only when
//! the setup fails or a route answers something other than 200 (a missing route, 404 on its first
//! request, is reported as "not available").
//!
//! Environment:
//! - `USERLED_BENCH_ORGS` — organisations to generate (default 100 000; 2000 for a quick run);
//! - `USERLED_BENCH_SIZES` — several sizes in one run, e.g. `1000,10000,100000` (in place of
//!   `USERLED_BENCH_ORGS`); the growth is reported against 10 000 if a larger size was run, else
//!   against the smallest;
//! - `USERLED_BENCH_REQUESTS` — timed requests per scenario (default 300; the CSV export gets 20);
//! - `USERLED_BENCH_REIMPORT=1` — also time a second import of the same file (every record
//!   unchanged), the path taken when an exported registry is edited and imported back;
//! - `USERLED_BENCH_KEEP=1` — keep the temporary directory (registry file and database).

mod synthetic;

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, ChildStderr, Command, ExitCode, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use synthetic::{Generator, Rng};
use userled::domain::Organisation;
use userled::domain::vocabulary::{Category, Visibility};

type Result<T> = std::result::Result<T, String>;

/// The generator's seed: the same seed and count always give the same registry file.
const SEED: u64 = 0x00C0_FFEE_2017_0001;
/// The userled binary, built by cargo in the same profile as this benchmark.
const USERLED: &str = env!("CARGO_BIN_EXE_userled");

const WARMUP: usize = 20;
/// How often the import's memory is read while it runs: VmHWM is the peak so far, so a sample
/// misses only what the last moments of the import might add.
const SAMPLE_EVERY: Duration = Duration::from_millis(10);
const CSV_WARMUP: usize = 2;
const CSV_REQUESTS: usize = 20;

/// Targets for page-sized requests and for the server's memory.
const TARGET_P50_MS: f64 = 10.0;
const TARGET_P95_MS: f64 = 30.0;
const TARGET_RSS_MB: f64 = 100.0;
/// Targets for the import and the database, set for one size of registry (issue 12).
const STORAGE_TARGETS_AT: usize = 100_000;
const TARGET_IMPORT_SECS: f64 = 15.0;
const TARGET_IMPORT_PEAK_MB: f64 = 300.0;
const TARGET_DATABASE_MB: f64 = 200.0;
/// Connections that search at once before the server's peak memory is read.
const CONCURRENT_CONNECTIONS: usize = 32;
/// Requests each of them sends.
const CONCURRENT_REQUESTS: usize = 20;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nbenchmark aborted: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let settings = Settings::from_env()?;
    print_setup(&settings);
    let mut runs = Vec::new();
    for &organisations in &settings.sizes {
        runs.push(run_size(&settings, organisations)?);
    }
    if runs.len() > 1 {
        growth(&runs);
    }
    Ok(())
}

/// One size: generate, import, serve and measure, summarise.
fn run_size(settings: &Settings, organisations: usize) -> Result<SizeRun> {
    let dir = working_directory(settings.keep)?;
    let file = dir.path().join("registry.json");
    let database = dir.path().join("userled.db");
    println!("# {organisations} organisations");
    println!();
    println!(
        "- working directory: {} ({}; USERLED_BENCH_KEEP=1 keeps it)",
        dir.path().display(),
        if settings.keep {
            "kept"
        } else {
            "removed at the end"
        }
    );
    println!();

    println!("## Generation and import");
    println!();
    let records = generate(organisations, &file)?;
    let storage = import(&database, &file, records.len(), settings.reimport)?;
    println!();

    let Measurements { results, memory } =
        serve_and_measure(&database, &records, settings.requests)?;
    summary(organisations, &results, memory, &storage);
    Ok(SizeRun {
        organisations,
        results,
        storage,
    })
}

/// What one size gave.
struct SizeRun {
    organisations: usize,
    results: Vec<(Scenario, Outcome)>,
    storage: Storage,
}

/// The run's size and options, from the environment (see the module documentation).
struct Settings {
    /// Organisations to generate, one run each.
    sizes: Vec<usize>,
    requests: usize,
    reimport: bool,
    keep: bool,
}

impl Settings {
    fn from_env() -> Result<Settings> {
        let sizes = match std::env::var("USERLED_BENCH_SIZES") {
            Ok(list) => list
                .split(',')
                .map(|size| count("USERLED_BENCH_SIZES", size))
                .collect::<Result<Vec<_>>>()?,
            Err(_) => vec![env_count("USERLED_BENCH_ORGS", 100_000)?],
        };
        let requests = env_count("USERLED_BENCH_REQUESTS", 300)?;
        Ok(Settings {
            sizes,
            requests,
            reimport: env_flag("USERLED_BENCH_REIMPORT"),
            keep: env_flag("USERLED_BENCH_KEEP"),
        })
    }
}

fn working_directory(keep: bool) -> Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix("userled-bench-")
        .disable_cleanup(keep)
        .tempdir()
        .map_err(|err| format!("cannot create a temporary directory: {err}"))
}

/// States how the figures were taken, so that a pasted report can be read on its own.
fn print_setup(settings: &Settings) {
    let Settings {
        sizes, requests, ..
    } = settings;
    let sizes: Vec<String> = sizes.iter().map(usize::to_string).collect();
    println!("# userled benchmark");
    println!();
    println!(
        "- organisations: {} (USERLED_BENCH_ORGS, or USERLED_BENCH_SIZES for several)",
        sizes.join(", ")
    );
    println!(
        "- timed requests per scenario: {requests} (USERLED_BENCH_REQUESTS), after {WARMUP} warm-up \
         requests; CSV export: {CSV_REQUESTS} after {CSV_WARMUP}"
    );
    println!(
        "- client: sequential requests over one keep-alive HTTP/1.1 connection on loopback \
         (std::net::TcpStream; reconnects only if the server closes it)"
    );
    println!("- binary: {USERLED}");
    println!(
        "- import: `userled import` as a child process; peak memory is its VmHWM from \
         /proc/<pid>/status, read every {} ms while it runs",
        SAMPLE_EVERY.as_millis()
    );
    println!();
}

/// Generates the registry and writes it to `file`, timing both apart.
fn generate(organisations: usize, file: &Path) -> Result<Vec<Organisation>> {
    let started = Instant::now();
    let records = Generator::new(SEED).generate(organisations)?;
    let generated = started.elapsed();
    synthetic::write_registry(file, &records)
        .map_err(|err| format!("cannot write {}: {err}", file.display()))?;
    let written = started.elapsed();
    println!(
        "- generated {} records in {}, written in {} ({})",
        records.len(),
        secs(generated),
        secs(written - generated),
        megabytes(file_len(file))
    );
    describe(&records);
    Ok(records)
}

/// What the import cost and what it left.
struct Storage {
    import: ImportRun,
    records: usize,
    /// The database file, its write-ahead log and its shared memory, in bytes.
    database: u64,
    /// The largest tables with their indexes (the full-text index's own tables as one), by
    /// bytes; empty if they could not be read.
    tables: Vec<(String, u64)>,
}

/// Imports the file into a new database, and a second time on request.
fn import(database: &Path, file: &Path, records: usize, reimport: bool) -> Result<Storage> {
    let import = run_import(database, file)?;
    let per_record = import.elapsed.as_secs_f64() * 1e6 / records.max(1) as f64;
    println!(
        "- import: {} ({per_record:.0} µs per record), peak memory {}: {}",
        secs(import.elapsed),
        import.peak(),
        import.stdout.trim()
    );
    let storage = Storage {
        records,
        database: database_len(database),
        tables: largest_tables(database).unwrap_or_else(|err| {
            println!("- the database's tables could not be measured: {err}");
            Vec::new()
        }),
        import,
    };
    println!("- database: {}", megabytes(storage.database));
    if reimport {
        let again = run_import(database, file)?;
        println!(
            "- second import of the same file: {}, peak memory {}: {}",
            secs(again.elapsed),
            again.peak(),
            again.stdout.trim()
        );
    }
    Ok(storage)
}

/// The space each table takes with its indexes, largest first, from SQLite's `dbstat` table
/// (compiled into the bundled library), read with the library's read-only connection.
fn largest_tables(database: &Path) -> Result<Vec<(String, u64)>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| err.to_string())?;
    let pages: Vec<(String, i64)> = runtime.block_on(async {
        let pool = userled::db::open_read_only(database)
            .await
            .map_err(|err| err.to_string())?;
        let pages = sqlx::query_as(
            "SELECT coalesce(s.tbl_name, d.name), sum(d.pgsize)
             FROM dbstat d LEFT JOIN sqlite_schema s ON s.name = d.name
             GROUP BY 1",
        )
        .fetch_all(&pool)
        .await
        .map_err(|err| err.to_string());
        pool.close().await;
        pages
    })?;
    let mut tables: Vec<(String, u64)> = Vec::new();
    for (table, bytes) in pages {
        // FTS5 keeps an index in tables of its own: organisation_search_data, _idx, ...
        let table = match table.strip_prefix("organisation_search_") {
            Some(_) => "organisation_search".to_owned(),
            None => table,
        };
        match tables.iter_mut().find(|(name, _)| *name == table) {
            Some((_, total)) => *total += bytes as u64,
            None => tables.push((table, bytes as u64)),
        }
    }
    tables.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(tables)
}

/// SQLite in WAL mode keeps part of the database beside the main file.
fn database_len(database: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| {
            let mut path = database.to_path_buf().into_os_string();
            path.push(suffix);
            file_len(Path::new(&path))
        })
        .sum()
}

/// Starts the server, runs every scenario against it, then reads its memory and stops it.
fn serve_and_measure(
    database: &Path,
    records: &[Organisation],
    requests: usize,
) -> Result<Measurements> {
    let started = Instant::now();
    let mut server = Server::start(database)?;
    println!(
        "## Requests (server on http://{}, ready in {})",
        server.address,
        millis(started.elapsed())
    );
    println!();
    // The client's idle connection stays open until the server has stopped, so that the stop
    // time includes closing it.
    let mut client = Client::new(server.address);
    // The first request builds the in-memory catalogue; the scenarios measure the server after.
    let first = Instant::now();
    let response = client.get(&format!("{API}?per_page=1"), JSON)?;
    println!(
        "- first request (builds the catalogue): {}, HTTP {}",
        millis(first.elapsed()),
        response.status
    );
    // The scenarios start once the server has read the frequent words, as a visitor arriving
    // a second or two after a change would find it.
    match server.log.recv_timeout(Duration::from_secs(60)) {
        Ok(line) => println!(
            "- then, in the background, the most frequent words read: {}",
            line.split_once(WARMED)
                .map_or(line.as_str(), |(_, rest)| rest.trim())
        ),
        Err(_) => println!("- the server did not say it had read the frequent words within 60 s"),
    }
    let results = measure_all(&mut client, scenarios(records, requests)?)?;
    concurrent_load(server.address)?;
    let memory = read_memory(server.child.id());
    stop(&mut server);
    Ok(Measurements { results, memory })
}

/// Every search path of the scenarios (and the unfiltered first page), sent by
/// [`CONCURRENT_CONNECTIONS`] clients at once: the peak memory the summary reports is the
/// server's under this load.
fn concurrent_load(address: SocketAddr) -> Result<()> {
    let mut paths = search_paths(API);
    paths.extend(multilingual_paths(SITE));
    paths.push(API.to_owned());
    let started = Instant::now();
    let timings: Vec<Duration> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..CONCURRENT_CONNECTIONS)
            .map(|worker| {
                let paths = &paths;
                scope.spawn(move || -> Result<Vec<Duration>> {
                    let mut client = Client::new(address);
                    let mut timings = Vec::with_capacity(CONCURRENT_REQUESTS);
                    for k in 0..CONCURRENT_REQUESTS {
                        let path = &paths[(worker * 7 + k) % paths.len()];
                        let accept = if path.starts_with(API) { JSON } else { HTML };
                        let sent = Instant::now();
                        let response = client.get(path, accept)?;
                        if response.status != 200 {
                            return Err(format!("concurrent GET {path}: HTTP {}", response.status));
                        }
                        timings.push(sent.elapsed());
                    }
                    Ok(timings)
                })
            })
            .collect();
        let mut all = Vec::new();
        for worker in workers {
            all.extend(
                worker
                    .join()
                    .map_err(|_| "a concurrent client panicked".to_owned())??,
            );
        }
        Ok::<_, String>(all)
    })?;
    let elapsed = started.elapsed();
    let mut sorted = timings;
    sorted.sort_unstable();
    println!(
        "- {CONCURRENT_CONNECTIONS} connections at once, {CONCURRENT_REQUESTS} searches each \
         (pages and API): {} requests in {}, {:.0} per second, p50 {:.2} ms, p99 {:.2} ms",
        sorted.len(),
        millis(elapsed),
        sorted.len() as f64 / elapsed.as_secs_f64(),
        percentile(&sorted, 50.0),
        percentile(&sorted, 99.0),
    );
    println!();
    Ok(())
}

struct Measurements {
    results: Vec<(Scenario, Outcome)>,
    memory: Option<Memory>,
}

fn measure_all(client: &mut Client, scenarios: Vec<Scenario>) -> Result<Vec<(Scenario, Outcome)>> {
    let mut results = Vec::new();
    for scenario in scenarios {
        let outcome = measure(client, &scenario)?;
        println!("- {}", describe_outcome(&scenario, &outcome));
        results.push((scenario, outcome));
    }
    println!(
        "- connections opened: {} for {} requests",
        client.connections, client.requests
    );
    println!();
    Ok(results)
}

/// A server that does not stop cleanly is reported, not fatal: the figures are already taken.
fn stop(server: &mut Server) {
    match server.stop() {
        Ok((elapsed, status)) => println!(
            "Server stopped by SIGTERM in {} ({status}).",
            millis(elapsed)
        ),
        Err(err) => println!("Server did not stop cleanly: {err}"),
    }
    println!();
}

// ---------------------------------------------------------------------------------------------
// Scenarios.
// ---------------------------------------------------------------------------------------------

struct Scenario {
    name: String,
    accept: &'static str,
    /// Requests cycle through these paths.
    paths: Vec<String>,
    /// Names for the paths, when the timings are also reported path by path (paths with the same
    /// name are reported together).
    labels: Vec<String>,
    warmup: usize,
    timed: usize,
    /// Page-sized responses are held to the latency targets; exports are not.
    page_sized: bool,
    csv: bool,
}

const HTML: &str = "text/html";
const JSON: &str = "application/json";
/// Route prefixes of the site's pages and of the API's records.
const SITE: &str = "/organisations";
const API: &str = "/api/v1/organisations";

fn scenarios(records: &[Organisation], requests: usize) -> Result<Vec<Scenario>> {
    let slugs = detail_slugs(records, requests)?;
    let page = |name, accept, paths| Scenario::page(name, accept, paths, requests);
    let search = |name, accept, prefix| Scenario {
        labels: search_labels(),
        ..page(name, accept, search_paths(prefix))
    };
    let multilingual = |name, accept, prefix| Scenario {
        labels: MULTILINGUAL_QUERIES
            .iter()
            .map(|q| format!("q={q}"))
            .collect(),
        ..page(name, accept, multilingual_paths(prefix))
    };
    Ok(vec![
        first_time_searches(),
        search("search: text + 2 filters + facets (HTML)", HTML, SITE),
        search("search: text + 2 filters + facets (API)", JSON, API),
        multilingual(
            "search: words in eight languages and city names + facets (HTML)",
            HTML,
            SITE,
        ),
        multilingual(
            "search: words in eight languages and city names + facets (API)",
            JSON,
            API,
        ),
        page(
            "first page, unfiltered, with facets (HTML)",
            HTML,
            vec![SITE.to_owned()],
        ),
        page(
            "first page, unfiltered, with facets (API)",
            JSON,
            vec![API.to_owned()],
        ),
        page("detail page (HTML)", HTML, detail_paths(SITE, &slugs)),
        page("detail record (API)", JSON, detail_paths(API, &slugs)),
        Scenario::csv_export(requests),
    ])
}

impl Scenario {
    fn page(name: &str, accept: &'static str, paths: Vec<String>, requests: usize) -> Scenario {
        Scenario {
            name: name.to_owned(),
            accept,
            paths,
            labels: Vec::new(),
            warmup: WARMUP,
            timed: requests,
            page_sized: true,
            csv: false,
        }
    }

    /// A whole export takes far longer than a page, hence fewer requests.
    fn csv_export(requests: usize) -> Scenario {
        Scenario {
            name: "CSV export of one category (research)".to_owned(),
            accept: "text/csv",
            paths: vec!["/api/v1/organisations.csv?category=research".to_owned()],
            labels: Vec::new(),
            warmup: CSV_WARMUP,
            timed: CSV_REQUESTS.min(requests),
            page_sized: false,
            csv: true,
        }
    }
}

/// The second words of [`first_time_searches`]: from very common to rare in the synthetic
/// registry, and never asked with a search word in the other scenarios.
const COMPANION_WORDS: &[&str] = &[
    "support", "users", "housing", "night", "women", "advice", "Berlin", "training",
];

/// The search words in queries new to the server: each with a second word. The server keeps the
/// full-text matches of recent queries, and of their words, until the registry changes
/// (search::hits), so a query repeated, or differing only in capitals, is not new; a word asked
/// before in another query is kept, as it would be for real visitors.
fn first_time_searches() -> Scenario {
    let mut paths = Vec::new();
    let mut labels = Vec::new();
    for word in synthetic::SEARCH_WORDS {
        for companion in COMPANION_WORDS {
            paths.push(format!(
                "{API}?q={}&category=harm_reduction&country=DE",
                percent_encode(&format!("{word} {companion}"))
            ));
            labels.push(format!("q={word}"));
        }
    }
    Scenario {
        name: "search, each query new to the server: text + 2 filters + facets (API)".to_owned(),
        accept: JSON,
        timed: paths.len(),
        paths,
        labels,
        warmup: 0,
        page_sized: true,
        csv: false,
    }
}

/// One query per search word: their costs differ enough to be reported word by word.
fn search_paths(prefix: &str) -> Vec<String> {
    synthetic::SEARCH_WORDS
        .iter()
        .map(|word| {
            format!(
                "{prefix}?q={}&category=harm_reduction&country=DE",
                percent_encode(word)
            )
        })
        .collect()
}

/// The same searches typed in other languages: the category and the country named in the words
/// (the search understands them as filters) with one more word to search for; and cities by a
/// name in another language (Cologne, Cracow, Lisbon), which match any of their names.
const MULTILINGUAL_QUERIES: &[&str] = &[
    "harm reduction germany peer",
    "Schadensminimierung Deutschland naloxone",
    "réduction des risques Allemagne Dortmund",
    "reducción de daños Alemania Osnabrück",
    "riduzione del danno Germania JES",
    "redução de danos Alemanha outreach",
    "schadebeperking Duitsland festival",
    "redukcja szkód Niemcy Leipzig",
    "Schadensminimierung Cologne",
    "Spritzenvergabe München",
    "Cracow",
    "Lisbon peer",
    "Den Haag",
    "Torino naloxone",
];

fn multilingual_paths(prefix: &str) -> Vec<String> {
    MULTILINGUAL_QUERIES
        .iter()
        .map(|q| format!("{prefix}?q={}", percent_encode(q)))
        .collect()
}

fn search_labels() -> Vec<String> {
    synthetic::SEARCH_WORDS
        .iter()
        .map(|word| format!("q={word}"))
        .collect()
}

/// One listed organisation per request, warm-up included, drawn from a seed of their own so that
/// the same registry always gets the same requests.
fn detail_slugs(records: &[Organisation], requests: usize) -> Result<Vec<&str>> {
    let listed: Vec<&str> = records
        .iter()
        .filter(|r| r.visibility == Visibility::Listed)
        .map(|r| r.slug.as_str())
        .collect();
    if listed.is_empty() {
        return Err("no listed organisation to request; raise USERLED_BENCH_ORGS".to_owned());
    }
    let mut rng = Rng::new(SEED ^ 0xDE7A11);
    Ok((0..WARMUP + requests).map(|_| *rng.pick(&listed)).collect())
}

fn detail_paths(prefix: &str, slugs: &[&str]) -> Vec<String> {
    slugs
        .iter()
        .map(|slug| format!("{prefix}/{slug}"))
        .collect()
}

enum Outcome {
    /// The route answered 404 to the first request: not built yet.
    NotAvailable,
    Measured(Stats),
}

struct Stats {
    /// Sorted.
    durations: Vec<Duration>,
    bytes: usize,
    /// For the CSV export: the last response's size and data rows.
    csv: Option<(usize, usize)>,
    /// Sorted timings of each labelled path.
    by_path: Vec<(String, Vec<Duration>)>,
}

impl Stats {
    fn percentile(&self, p: f64) -> f64 {
        percentile(&self.durations, p)
    }

    fn max(&self) -> f64 {
        self.durations.last().map_or(0.0, |d| ms(*d))
    }

    fn average_size(&self) -> usize {
        self.bytes / self.durations.len().max(1)
    }
}

/// The nearest-rank percentile of sorted timings, in milliseconds.
fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    ms(sorted[rank.clamp(1, sorted.len()) - 1])
}

fn measure(client: &mut Client, scenario: &Scenario) -> Result<Outcome> {
    let mut durations = Vec::with_capacity(scenario.timed);
    let mut by_path: Vec<(String, Vec<Duration>)> = Vec::new();
    for label in &scenario.labels {
        if !by_path.iter().any(|(known, _)| known == label) {
            by_path.push((label.clone(), Vec::new()));
        }
    }
    let group_of = |index: usize| {
        let label = scenario.labels.get(index)?;
        by_path.iter().position(|(known, _)| known == label)
    };
    let groups: Vec<Option<usize>> = (0..scenario.paths.len()).map(group_of).collect();
    let mut bytes = 0;
    let mut csv = None;
    for k in 0..scenario.warmup + scenario.timed {
        let index = k % scenario.paths.len();
        let path = &scenario.paths[index];
        let started = Instant::now();
        let response = client.get(path, scenario.accept)?;
        let elapsed = started.elapsed();
        if response.status == 404 && k == 0 {
            return Ok(Outcome::NotAvailable);
        }
        if response.status != 200 {
            let excerpt: String = String::from_utf8_lossy(&response.body)
                .chars()
                .take(300)
                .collect();
            return Err(format!(
                "scenario \"{}\": GET {path} answered HTTP {} where 200 was expected; body: {excerpt}",
                scenario.name, response.status
            ));
        }
        if k >= scenario.warmup {
            durations.push(elapsed);
            if let Some((_, timings)) = groups[index].and_then(|group| by_path.get_mut(group)) {
                timings.push(elapsed);
            }
            bytes += response.body.len();
            if scenario.csv {
                csv = Some((response.body.len(), csv_rows(&response.body)));
            }
        }
    }
    durations.sort_unstable();
    for (_, timings) in &mut by_path {
        timings.sort_unstable();
    }
    Ok(Outcome::Measured(Stats {
        durations,
        bytes,
        csv,
        by_path,
    }))
}

fn describe_outcome(scenario: &Scenario, outcome: &Outcome) -> String {
    match outcome {
        Outcome::NotAvailable => format!("{}: not available (404)", scenario.name),
        Outcome::Measured(stats) => {
            let mut line = format!(
                "{}: {} requests, p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms, \
                 HTTP 200, {} per response",
                scenario.name,
                stats.durations.len(),
                stats.percentile(50.0),
                stats.percentile(95.0),
                stats.percentile(99.0),
                stats.max(),
                kilobytes(stats.average_size()),
            );
            if let Some((size, rows)) = stats.csv {
                line.push_str(&format!(
                    "; the export is {} with {rows} rows",
                    kilobytes(size)
                ));
            }
            for (label, timings) in &stats.by_path {
                line.push_str(&format!(
                    "\n  - {label}: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms ({} requests)",
                    percentile(timings, 50.0),
                    percentile(timings, 95.0),
                    percentile(timings, 100.0),
                    timings.len()
                ));
            }
            line
        }
    }
}

/// Data rows of a CSV document (the header excluded), minding quoted fields with line breaks.
fn csv_rows(body: &[u8]) -> usize {
    let mut records: usize = 0;
    let mut quoted = false;
    let mut in_record = false;
    for &byte in body {
        match byte {
            b'"' => {
                quoted = !quoted;
                in_record = true;
            }
            b'\n' if !quoted => {
                if in_record {
                    records += 1;
                }
                in_record = false;
            }
            b'\r' if !quoted => {}
            _ => in_record = true,
        }
    }
    if in_record {
        records += 1;
    }
    records.saturating_sub(1)
}

// ---------------------------------------------------------------------------------------------
// Summary.
// ---------------------------------------------------------------------------------------------

fn summary(
    organisations: usize,
    results: &[(Scenario, Outcome)],
    memory: Option<Memory>,
    storage: &Storage,
) {
    println!("## Summary ({organisations} organisations)");
    println!();
    let mut missed = Vec::new();
    let unavailable = latency_table(results, &mut missed);
    println!();
    search_targets(results, &mut missed);
    println!();
    memory_verdict(memory, &mut missed);
    println!();
    storage_summary(storage);
    println!();
    storage_verdict(storage, &mut missed);
    println!();
    conclusion(&missed, unavailable);
}

/// How many of the largest tables the summary names.
const TABLES_SHOWN: usize = 8;

fn storage_summary(storage: &Storage) {
    let Storage {
        import,
        records,
        database,
        tables,
    } = storage;
    println!(
        "Import of {records} records: {}, peak memory {}. Database: {} (file, write-ahead log \
         and shared memory).",
        secs(import.elapsed),
        import.peak(),
        megabytes(*database)
    );
    if tables.is_empty() {
        return;
    }
    println!();
    println!("| table (with its indexes) | size | share |");
    println!("| --- | ---: | ---: |");
    let total: u64 = tables.iter().map(|(_, bytes)| bytes).sum();
    for (table, bytes) in tables.iter().take(TABLES_SHOWN) {
        println!(
            "| {table} | {} | {:.0} % |",
            megabytes(*bytes),
            *bytes as f64 * 100.0 / total.max(1) as f64
        );
    }
    let rest: u64 = tables
        .iter()
        .skip(TABLES_SHOWN)
        .map(|(_, bytes)| bytes)
        .sum();
    if rest > 0 {
        println!(
            "| {} others | {} | {:.0} % |",
            tables.len() - TABLES_SHOWN,
            megabytes(rest),
            rest as f64 * 100.0 / total.max(1) as f64
        );
    }
}

/// How cost grew with the registry: each scenario's p50 at every size, and at the largest over
/// that at 10 000 (or at the smallest size, if 10 000 was not run or is the largest); then the
/// import's figures.
fn growth(runs: &[SizeRun]) {
    let largest = runs
        .iter()
        .max_by_key(|run| run.organisations)
        .expect("several sizes were run");
    let base = runs
        .iter()
        .find(|run| run.organisations == 10_000 && largest.organisations > 10_000)
        .or_else(|| runs.iter().min_by_key(|run| run.organisations))
        .expect("several sizes were run");
    println!();
    println!("# Growth");
    println!();
    let sizes: Vec<String> = runs
        .iter()
        .map(|run| format!("p50 at {} (ms)", run.organisations))
        .collect();
    println!(
        "| scenario | {} | growth {} → {} |",
        sizes.join(" | "),
        base.organisations,
        largest.organisations
    );
    println!("| --- |{} ---: |", " ---: |".repeat(runs.len()));
    for (i, (scenario, _)) in base.results.iter().enumerate() {
        let p50 = |run: &SizeRun| match run.results.get(i) {
            Some((_, Outcome::Measured(stats))) => Some(stats.percentile(50.0)),
            _ => None,
        };
        let cells: Vec<String> = runs
            .iter()
            .map(|run| p50(run).map_or("–".to_owned(), |ms| format!("{ms:.2}")))
            .collect();
        let growth = match (p50(base), p50(largest)) {
            (Some(from), Some(to)) if from > 0.0 => format!("{:.1} times", to / from),
            _ => "–".to_owned(),
        };
        println!("| {} | {} | {growth} |", scenario.name, cells.join(" | "));
    }
    println!();
    println!(
        "The registry grew {:.0} times from {} to {} organisations.",
        largest.organisations as f64 / base.organisations.max(1) as f64,
        base.organisations,
        largest.organisations
    );
    println!();
    println!("| organisations | import (s) | µs per record | peak memory | database |");
    println!("| ---: | ---: | ---: | ---: | ---: |");
    for run in runs {
        let storage = &run.storage;
        println!(
            "| {} | {:.2} | {:.0} | {} | {} |",
            run.organisations,
            storage.import.elapsed.as_secs_f64(),
            storage.import.elapsed.as_secs_f64() * 1e6 / storage.records.max(1) as f64,
            storage.import.peak(),
            megabytes(storage.database)
        );
    }
}

/// Prints one row per scenario, adding each missed target to `missed`; returns how many
/// scenarios were not available.
fn latency_table(results: &[(Scenario, Outcome)], missed: &mut Vec<String>) -> usize {
    println!(
        "| scenario | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | status | \
         p50 ≤ {TARGET_P50_MS} ms | p95 ≤ {TARGET_P95_MS} ms |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |");
    let mut unavailable = 0;
    for (scenario, outcome) in results {
        match outcome {
            Outcome::NotAvailable => {
                unavailable += 1;
                println!(
                    "| {} | – | – | – | – | – | not available (404) | – | – |",
                    scenario.name
                );
            }
            Outcome::Measured(stats) => latency_row(scenario, stats, missed),
        }
    }
    unavailable
}

fn latency_row(scenario: &Scenario, stats: &Stats, missed: &mut Vec<String>) {
    let (p50, p95) = (stats.percentile(50.0), stats.percentile(95.0));
    let p50_met = verdict(scenario, "p50", p50, TARGET_P50_MS, missed);
    let p95_met = verdict(scenario, "p95", p95, TARGET_P95_MS, missed);
    println!(
        "| {} | {} | {p50:.2} | {p95:.2} | {:.2} | {:.2} | 200 | {p50_met} | {p95_met} |",
        scenario.name,
        stats.durations.len(),
        stats.percentile(99.0),
        stats.max(),
    );
}

/// A latency target for one scenario, or one labelled path of it.
struct SearchTarget {
    what: &'static str,
    scenario: &'static str,
    label: Option<&'static str>,
    p50_ms: f64,
    p99_ms: Option<f64>,
}

/// The targets of issue 12 at 100 000 organisations (on the 2-core machine).
const SEARCH_TARGETS: &[SearchTarget] = &[
    SearchTarget {
        what: "first page, no filter, all facets (API)",
        scenario: "first page, unfiltered, with facets (API)",
        label: None,
        p50_ms: 2.0,
        p99_ms: Some(5.0),
    },
    SearchTarget {
        what: "common word (\"peer\") + 2 filters + facets (API)",
        scenario: "search: text + 2 filters + facets (API)",
        label: Some("q=peer"),
        p50_ms: 5.0,
        p99_ms: Some(10.0),
    },
    SearchTarget {
        what: "the same word with another, each query new to the server",
        scenario: "search, each query new to the server: text + 2 filters + facets (API)",
        label: Some("q=peer"),
        p50_ms: 5.0,
        p99_ms: Some(10.0),
    },
    SearchTarget {
        what: "rare word (\"Dortmund\") + 2 filters + facets (API)",
        scenario: "search: text + 2 filters + facets (API)",
        label: Some("q=Dortmund"),
        p50_ms: 1.0,
        p99_ms: None,
    },
    SearchTarget {
        what: "one record (API)",
        scenario: "detail record (API)",
        label: None,
        p50_ms: 0.5,
        p99_ms: None,
    },
];

/// The targets, each with what was measured.
fn search_targets(results: &[(Scenario, Outcome)], missed: &mut Vec<String>) {
    println!("| target (issue 12) | p50 (ms) | p99 (ms) | target | verdict |");
    println!("| --- | ---: | ---: | --- | --- |");
    for target in SEARCH_TARGETS {
        let stats = results
            .iter()
            .find_map(|(scenario, outcome)| match outcome {
                Outcome::Measured(stats) if scenario.name == target.scenario => Some(stats),
                _ => None,
            });
        let timings = stats.and_then(|stats| match target.label {
            None => Some(&stats.durations),
            Some(label) => stats
                .by_path
                .iter()
                .find(|(known, _)| known == label)
                .map(|(_, timings)| timings),
        });
        let Some(timings) = timings.filter(|t| !t.is_empty()) else {
            println!("| {} | – | – | – | not measured |", target.what);
            continue;
        };
        let (p50, p99) = (percentile(timings, 50.0), percentile(timings, 99.0));
        let met = p50 <= target.p50_ms && target.p99_ms.is_none_or(|limit| p99 <= limit);
        let wanted = match target.p99_ms {
            Some(limit) => format!("≤ {} / ≤ {limit}", target.p50_ms),
            None => format!("p50 ≤ {}", target.p50_ms),
        };
        if !met {
            missed.push(format!(
                "{}: p50 {p50:.2} ms, p99 {p99:.2} ms against {wanted}",
                target.what
            ));
        }
        println!(
            "| {} | {p50:.2} | {p99:.2} | {wanted} | {} |",
            target.what,
            if met { "met" } else { "**missed**" }
        );
    }
}

/// The latency targets are for pages; an export is not held to them.
fn verdict(
    scenario: &Scenario,
    label: &str,
    value: f64,
    target: f64,
    missed: &mut Vec<String>,
) -> &'static str {
    if !scenario.page_sized {
        "n/a"
    } else if value <= target {
        "met"
    } else {
        missed.push(format!(
            "{}: {label} {value:.2} ms > {target} ms",
            scenario.name
        ));
        "**missed**"
    }
}

fn memory_verdict(memory: Option<Memory>, missed: &mut Vec<String>) {
    let Some(memory) = memory else {
        println!("Server memory: not measured (no /proc/<pid>/status).");
        return;
    };
    let peak = memory.hwm_kb as f64 / 1024.0;
    let met = peak <= TARGET_RSS_MB;
    println!(
        "Server memory: peak resident (VmHWM, after {CONCURRENT_CONNECTIONS} connections at once) {peak:.1} MB, resident at the end (VmRSS) \
         {:.1} MB; target peak ≤ {TARGET_RSS_MB} MB: {}.",
        memory.rss_kb as f64 / 1024.0,
        if met { "met" } else { "**missed**" }
    );
    if !met {
        missed.push(format!("server peak RSS {peak:.1} MB > {TARGET_RSS_MB} MB"));
    }
}

/// The import's time and peak memory and the database's size against their targets, which are
/// set for [`STORAGE_TARGETS_AT`] organisations only: memory does not grow in proportion.
fn storage_verdict(storage: &Storage, missed: &mut Vec<String>) {
    if storage.records != STORAGE_TARGETS_AT {
        println!(
            "Import and database: their targets are set for {STORAGE_TARGETS_AT} organisations, \
             not measured against at {}.",
            storage.records
        );
        return;
    }
    let import = &storage.import;
    let verdicts = [
        (
            "import time",
            secs(import.elapsed),
            format!("≤ {TARGET_IMPORT_SECS} s"),
            Some(import.elapsed.as_secs_f64() <= TARGET_IMPORT_SECS),
        ),
        (
            "import peak memory",
            import.peak(),
            format!("≤ {TARGET_IMPORT_PEAK_MB} MB"),
            import
                .peak_kb
                .map(|kb| mib(kb * 1024) <= TARGET_IMPORT_PEAK_MB),
        ),
        (
            "database size",
            megabytes(storage.database),
            format!("≤ {TARGET_DATABASE_MB} MB"),
            Some(mib(storage.database) <= TARGET_DATABASE_MB),
        ),
    ];
    println!("| target (issue 12) | measured | target | verdict |");
    println!("| --- | ---: | --- | --- |");
    for (what, measured, wanted, met) in verdicts {
        let verdict = match met {
            Some(true) => "met",
            Some(false) => {
                missed.push(format!("{what}: {measured} against {wanted}"));
                "**missed**"
            }
            None => "not measured",
        };
        println!("| {what} | {measured} | {wanted} | {verdict} |");
    }
}

fn conclusion(missed: &[String], unavailable: usize) {
    if missed.is_empty() {
        println!("All measured targets met.");
    } else {
        println!("Targets missed:");
        for line in missed {
            println!("- {line}");
        }
    }
    if unavailable > 0 {
        println!("{unavailable} scenario(s) not available (404): their routes do not exist yet.");
    }
}

// ---------------------------------------------------------------------------------------------
// The import.
// ---------------------------------------------------------------------------------------------

struct ImportRun {
    elapsed: Duration,
    peak_kb: Option<u64>,
    stdout: String,
}

impl ImportRun {
    fn peak(&self) -> String {
        self.peak_kb
            .map_or("not measured".to_owned(), |kb| megabytes(kb * 1024))
    }
}

/// Runs `userled --database DB import FILE`, sampling its peak memory while it runs.
fn run_import(database: &Path, file: &Path) -> Result<ImportRun> {
    let started = Instant::now();
    let mut child = userled(database)
        .arg("import")
        .arg(file)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot start {USERLED}: {err}"))?;
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let mut peak_kb = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(err) => return Err(format!("cannot wait for the import: {err}")),
        }
        if let Some(memory) = read_memory(child.id()) {
            peak_kb = Some(memory.hwm_kb);
        }
        std::thread::sleep(SAMPLE_EVERY);
    };
    let elapsed = started.elapsed();
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() {
        let lines: Vec<&str> = stderr.lines().collect();
        let mut shown = lines
            .iter()
            .take(30)
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        if lines.len() > 30 {
            shown.push_str(&format!(
                "\n… {} more line(s) …\n{}",
                lines.len() - 31,
                lines.last().copied().unwrap_or_default()
            ));
        }
        return Err(format!(
            "`userled import` failed ({status}) after {}:\n{shown}",
            secs(elapsed)
        ));
    }
    Ok(ImportRun {
        elapsed,
        peak_kb,
        stdout,
    })
}

/// Reads a pipe to the end on a thread, so that the child never blocks on a full pipe.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn userled(database: &Path) -> Command {
    let mut command = Command::new(USERLED);
    command
        .arg("--database")
        .arg(database)
        .env_remove("USERLED_DATABASE")
        .env_remove("USERLED_BIND");
    command
}

// ---------------------------------------------------------------------------------------------
// The server.
// ---------------------------------------------------------------------------------------------

struct Server {
    child: Child,
    address: SocketAddr,
    log: mpsc::Receiver<String>,
    stopped: bool,
}

impl Server {
    /// Starts `userled serve` on a free loopback port and waits for its "listening on" line.
    fn start(database: &Path) -> Result<Server> {
        let mut child = userled(database)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env("RUST_LOG", "warn,userled=info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| format!("cannot start {USERLED}: {err}"))?;
        let log = follow_log(child.stderr.take().expect("stderr is piped"));
        match wait_until_listening(&log) {
            Ok(address) => Ok(Server {
                child,
                address,
                log,
                stopped: false,
            }),
            Err(NotListening { failure, seen }) => {
                let _ = child.kill();
                let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
                Err(format!(
                    "the server {failure} ({status}); its log:\n{}",
                    seen.join("\n")
                ))
            }
        }
    }

    /// Sends SIGTERM and waits for the server to finish; kills it after 30 s.
    fn stop(&mut self) -> Result<(Duration, ExitStatus)> {
        self.stopped = true;
        let started = Instant::now();
        let sent = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .map_err(|err| format!("cannot run kill: {err}"))?;
        if !sent.success() {
            let _ = self.child.kill();
            return Err(format!("kill -TERM failed ({sent}); killed the server"));
        }
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return Ok((started.elapsed(), status)),
                Ok(None) if started.elapsed() > Duration::from_secs(30) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return Err("still running 30 s after SIGTERM; killed it".to_owned());
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(10)),
                Err(err) => return Err(format!("cannot wait for the server: {err}")),
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if !self.stopped {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// What the server logs once it has read the index's most frequent words, in the background
/// after a catalogue is built (search::hits).
const WARMED: &str = "most frequent words read";

/// Hands the server's log over line by line until it listens, then keeps draining it so the
/// server never blocks on a full pipe, echoing warnings and errors; later, hands over the line
/// that says the frequent words are read.
fn follow_log(stderr: ChildStderr) -> mpsc::Receiver<String> {
    let (lines, log) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        let mut listening = false;
        for line in BufReader::new(stderr).lines().map_while(io::Result::ok) {
            if !listening {
                listening = line.contains("listening on http://");
                if lines.send(line).is_err() {
                    listening = true;
                }
            } else if line.contains(WARMED) {
                let _ = lines.send(line);
            } else if line.contains("WARN") || line.contains("ERROR") {
                eprintln!("  [server] {line}");
            }
        }
    });
    log
}

/// Why the server never listened, with what it had logged, for the error message.
struct NotListening {
    failure: &'static str,
    seen: Vec<String>,
}

/// The address from the "listening on" line, waiting for it at most 120 s.
fn wait_until_listening(
    log: &mpsc::Receiver<String>,
) -> std::result::Result<SocketAddr, NotListening> {
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = Vec::new();
    let failure = loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        match log.recv_timeout(remaining) {
            Ok(line) => {
                if let Some(address) = listening_address(&line) {
                    return Ok(address);
                }
                seen.push(line);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                break "did not report \"listening on\" within 120 s";
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                break "exited before listening";
            }
        }
    };
    Err(NotListening { failure, seen })
}

/// The address in a log line such as `... listening on http://127.0.0.1:41234`.
fn listening_address(line: &str) -> Option<SocketAddr> {
    let (_, rest) = line.split_once("listening on http://")?;
    rest.split_whitespace().next()?.parse().ok()
}

#[derive(Clone, Copy)]
struct Memory {
    /// Peak resident set size.
    hwm_kb: u64,
    /// Current resident set size.
    rss_kb: u64,
}

fn read_memory(pid: u32) -> Option<Memory> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kb| kb.parse::<u64>().ok())
    };
    Some(Memory {
        hwm_kb: field("VmHWM:")?,
        rss_kb: field("VmRSS:")?,
    })
}

// ---------------------------------------------------------------------------------------------
// A minimal HTTP/1.1 client: GET over one keep-alive connection.
// ---------------------------------------------------------------------------------------------

struct Client {
    address: SocketAddr,
    connection: Option<BufReader<TcpStream>>,
    connections: usize,
    requests: usize,
}

struct Response {
    status: u16,
    body: Vec<u8>,
}

impl Client {
    fn new(address: SocketAddr) -> Self {
        Self {
            address,
            connection: None,
            connections: 0,
            requests: 0,
        }
    }

    fn get(&mut self, path: &str, accept: &str) -> Result<Response> {
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept: {accept}\r\nUser-Agent: userled-bench\r\n\r\n",
            self.address
        );
        self.requests += 1;
        let reused = self.connection.is_some();
        match self.exchange(&request) {
            Ok(response) => Ok(response),
            // The server may close an idle kept-alive connection; try once on a fresh one.
            Err(_) if reused => self
                .exchange(&request)
                .map_err(|err| format!("GET {path}: {err}")),
            Err(err) => Err(format!("GET {path}: {err}")),
        }
    }

    fn exchange(&mut self, request: &str) -> io::Result<Response> {
        if self.connection.is_none() {
            let stream = TcpStream::connect(self.address)?;
            stream.set_nodelay(true)?;
            stream.set_read_timeout(Some(Duration::from_secs(120)))?;
            self.connection = Some(BufReader::with_capacity(64 * 1024, stream));
            self.connections += 1;
        }
        let connection = self.connection.as_mut().expect("connected above");
        let result = connection
            .get_mut()
            .write_all(request.as_bytes())
            .and_then(|()| read_response(connection));
        match result {
            Ok((response, true)) => Ok(response),
            Ok((response, false)) => {
                self.connection = None;
                Ok(response)
            }
            Err(err) => {
                self.connection = None;
                Err(err)
            }
        }
    }
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

fn read_line(reader: &mut impl BufRead, line: &mut String) -> io::Result<()> {
    line.clear();
    if reader.read_line(line)? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the server closed the connection",
        ));
    }
    Ok(())
}

/// Reads one response; returns it and whether the connection may be reused.
fn read_response(reader: &mut impl BufRead) -> io::Result<(Response, bool)> {
    let mut line = String::new();
    read_line(reader, &mut line)?;
    let status = status_code(&line)?;
    let mut framing = Framing {
        keep_alive: line.starts_with("HTTP/1.1"),
        content_length: None,
        chunked: false,
    };
    read_headers(reader, &mut line, &mut framing)?;
    let mut body = Vec::new();
    if framing.chunked {
        read_chunked_body(reader, &mut line, &mut body)?;
    } else if let Some(length) = framing.content_length {
        body.resize(length, 0);
        reader.read_exact(&mut body)?;
    } else if !has_no_body(status) {
        // No length: the body runs to the end of the connection.
        reader.read_to_end(&mut body)?;
        framing.keep_alive = false;
    }
    Ok((Response { status, body }, framing.keep_alive))
}

fn status_code(line: &str) -> io::Result<u16> {
    line.split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| invalid(format!("not an HTTP status line: {line:?}")))
}

/// What the headers say about where the body ends and whether the connection stays open.
struct Framing {
    keep_alive: bool,
    content_length: Option<usize>,
    chunked: bool,
}

impl Framing {
    fn apply(&mut self, name: &str, value: &str) -> io::Result<()> {
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => {
                self.content_length = Some(
                    value
                        .parse::<usize>()
                        .map_err(|_| invalid(format!("bad Content-Length {value:?}")))?,
                );
            }
            "transfer-encoding" => self.chunked = value.contains("chunked"),
            "connection" if value.contains("close") => self.keep_alive = false,
            "connection" if value.contains("keep-alive") => self.keep_alive = true,
            _ => {}
        }
        Ok(())
    }
}

/// Reads the headers up to the empty line that ends them; `line` is a reused buffer.
fn read_headers(
    reader: &mut impl BufRead,
    line: &mut String,
    framing: &mut Framing,
) -> io::Result<()> {
    loop {
        read_line(reader, line)?;
        let header = line.trim_end();
        if header.is_empty() {
            return Ok(());
        }
        if let Some((name, value)) = header.split_once(':') {
            framing.apply(name, value)?;
        }
    }
}

/// Appends a chunked body's chunks to `body`, up to the last chunk and its trailers.
fn read_chunked_body(
    reader: &mut impl BufRead,
    line: &mut String,
    body: &mut Vec<u8>,
) -> io::Result<()> {
    loop {
        read_line(reader, line)?;
        let size = chunk_size(line)?;
        if size == 0 {
            return skip_trailers(reader, line);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..])?;
        let mut crlf = [0; 2];
        reader.read_exact(&mut crlf)?;
    }
}

fn chunk_size(line: &str) -> io::Result<usize> {
    let size = line.trim().split(';').next().unwrap_or_default().trim();
    usize::from_str_radix(size, 16).map_err(|_| invalid(format!("bad chunk size {size:?}")))
}

/// The response ends only at the empty line after the trailers.
fn skip_trailers(reader: &mut impl BufRead, line: &mut String) -> io::Result<()> {
    loop {
        read_line(reader, line)?;
        if line.trim_end().is_empty() {
            return Ok(());
        }
    }
}

/// These responses never carry a body, whatever their headers say.
fn has_no_body(status: u16) -> bool {
    status == 204 || status == 304 || (100..200).contains(&status)
}

// ---------------------------------------------------------------------------------------------
// Small helpers.
// ---------------------------------------------------------------------------------------------

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == "1")
}

fn env_count(name: &str, default: usize) -> Result<usize> {
    match std::env::var(name) {
        Ok(value) => count(name, &value),
        Err(_) => Ok(default),
    }
}

/// A positive whole number, written as people write them (`100_000`, `100 000`).
fn count(name: &str, value: &str) -> Result<usize> {
    value
        .trim()
        .replace(['_', ' '], "")
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{name}: {value:?} is not a positive whole number"))
}

/// Percent-encodes a query value (UTF-8, everything but unreserved characters).
fn percent_encode(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len() * 3);
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// What the generated registry holds, for reading the figures against.
fn describe(records: &[Organisation]) {
    let count =
        |predicate: &dyn Fn(&Organisation) -> bool| records.iter().filter(|r| predicate(r)).count();
    let listed = count(&|r| r.visibility == Visibility::Listed);
    let discreet = count(&|r| r.visibility == Visibility::Discreet);
    let unlisted = count(&|r| r.visibility == Visibility::Unlisted);
    let research = count(&|r| r.categories.contains(&Category::Research));
    let research_shown = count(&|r| {
        r.categories.contains(&Category::Research) && r.visibility != Visibility::Unlisted
    });
    let german_harm_reduction = count(&|r| {
        r.countries.iter().any(|c| c.code() == "DE")
            && r.categories.contains(&Category::HarmReduction)
    });
    println!(
        "- visibility: {listed} listed, {discreet} discreet, {unlisted} unlisted; \
         {research} in research ({research_shown} not unlisted); \
         {german_harm_reduction} harm reduction in DE"
    );
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn secs(duration: Duration) -> String {
    format!("{:.2} s", duration.as_secs_f64())
}

fn millis(duration: Duration) -> String {
    format!("{:.1} ms", ms(duration))
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", mib(bytes))
}

/// Bytes in the megabytes (MiB) that the benchmark prints.
fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
