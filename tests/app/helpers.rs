use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use userled::db::{self, Pool};
use userled::interchange;

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
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
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
