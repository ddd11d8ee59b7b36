//! Connections against the real server: silent and half-open sockets do not keep others out, and
//! heads and idle connections are timed out.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::{http_get, userled};

/// The server as a child process with extra `serve` arguments.
struct Running {
    child: Child,
    address: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Running {
    fn start(args: &[&str]) -> Running {
        Self::start_with(None, args)
    }

    /// The server with at most `files` open files (soft and hard limit), if given.
    fn start_with(files: Option<u32>, args: &[&str]) -> Running {
        let dir = tempfile::tempdir().unwrap();
        let mut command = userled(&dir.path().join("userled.db"));
        command.args(["serve", "--bind", "127.0.0.1:0"]).args(args);
        if let Some(files) = files {
            let program = command.get_program().to_owned();
            let arguments: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
            let mut limited = Command::new("sh");
            limited
                .arg("-c")
                .arg(format!("ulimit -n {files} && exec \"$0\" \"$@\""))
                .arg(program)
                .args(arguments)
                .env("RUST_LOG", "info")
                .env_remove("USERLED_DATABASE")
                .env_remove("USERLED_BIND");
            command = limited;
        }
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let address = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| {
                let url = line.split("listening on http://").nth(1)?;
                url.trim().parse().ok()
            })
            .expect("the server logs the address it listens on");
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
        Running {
            child,
            address,
            _dir: dir,
        }
    }

    /// Sends SIGTERM; returns how long the server took to exit, and whether it exited cleanly.
    fn stop(mut self) -> (Duration, bool) {
        let started = Instant::now();
        let terminated = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(terminated.success());
        let status = self.child.wait().unwrap();
        (started.elapsed(), status.success())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Opens `n` connections that send nothing.
fn silent_connections(address: SocketAddr, n: usize) -> Vec<TcpStream> {
    (0..n)
        .map(|_| TcpStream::connect(address).unwrap())
        .collect()
}

/// `/healthz` over a new connection, and how long it took.
fn timed_healthz(address: SocketAddr) -> Duration {
    let started = Instant::now();
    assert_eq!(http_get(address, "/healthz"), (200, "ok\n".to_owned()));
    started.elapsed()
}

/// Waits (up to a generous bound) for the server to close `stream`; returns when it did.
fn closed_after(stream: &mut TcpStream, since: Instant) -> Duration {
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut buffer = [0; 1024];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return since.elapsed(),
            Ok(_) => continue,
            Err(err) if err.kind() == std::io::ErrorKind::ConnectionReset => {
                return since.elapsed();
            }
            Err(err) => panic!("the connection was not closed: {err}"),
        }
    }
}

#[test]
fn a_thousand_silent_connections_do_not_keep_healthz_waiting() {
    // The server raises its own open-file limit; this process needs one as high for its sockets.
    let files = userled::open_file_limit(1_200).unwrap_or(1_200);
    let n = 1_000.min(files.saturating_sub(100) as usize);
    let server = Running::start(&[]);
    let silent = silent_connections(server.address, n);
    let waited = timed_healthz(server.address);
    eprintln!("{n} silent connections held: /healthz answered in {waited:?}");
    // The figure is well under a second on a quiet machine; the bound leaves room for a loaded one.
    assert!(waited < Duration::from_secs(5), "{waited:?}");
    // The silent ones are still open, within the cap and the header timeout.
    let (stopped_in, clean) = server.stop();
    eprintln!("stopped in {stopped_in:?}");
    assert!(clean);
    assert!(
        stopped_in < Duration::from_secs(8),
        "silent connections held up shutdown for {stopped_in:?}"
    );
    drop(silent);
}

#[test]
fn with_few_files_a_thousand_silent_connections_still_leave_room() {
    // 256 open files: the cap comes down to fit, and the longest-idle connections give way.
    let files = userled::open_file_limit(1_200).unwrap_or(1_200);
    let n = 1_000.min(files.saturating_sub(100) as usize);
    let server = Running::start_with(Some(256), &[]);
    let silent = silent_connections(server.address, n);
    let waited = timed_healthz(server.address);
    eprintln!("{n} silent connections, 256 open files: /healthz answered in {waited:?}");
    assert!(waited < Duration::from_secs(5), "{waited:?}");
    let (_, clean) = server.stop();
    assert!(clean);
    drop(silent);
}

#[test]
fn at_the_cap_a_new_connection_replaces_the_longest_idle_one() {
    let server = Running::start(&["--max-connections", "20"]);
    let mut silent = silent_connections(server.address, 100);
    let waited = timed_healthz(server.address);
    assert!(waited < Duration::from_secs(5), "{waited:?}");
    // The oldest silent connection made room: the server has closed it.
    let closed = closed_after(&mut silent[0], Instant::now());
    assert!(closed < Duration::from_secs(5), "{closed:?}");
}

#[test]
fn a_head_that_never_ends_is_closed_after_the_header_timeout() {
    let server = Running::start(&["--header-timeout", "1", "--idle-timeout", "3"]);
    let opened = Instant::now();
    let mut half = TcpStream::connect(server.address).unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: userled.example\r\nUser-Ag")
        .unwrap();
    let mut silent = TcpStream::connect(server.address).unwrap();
    for (name, stream) in [("half a head", &mut half), ("nothing", &mut silent)] {
        let closed = closed_after(stream, opened);
        assert!(
            closed >= Duration::from_millis(900) && closed < Duration::from_secs(20),
            "{name}: closed after {closed:?}, the header timeout is 1 s"
        );
    }
}

#[test]
fn a_kept_alive_connection_is_closed_after_the_idle_timeout() {
    let server = Running::start(&["--header-timeout", "1", "--idle-timeout", "3"]);
    let mut stream = TcpStream::connect(server.address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut sent = Instant::now();
    for _ in 0..2 {
        sent = Instant::now();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: userled.example\r\n\r\n")
            .unwrap();
        let mut response = Vec::new();
        let mut buffer = [0; 1024];
        while !response.ends_with(b"\r\n\r\nok\n") {
            let n = stream.read(&mut buffer).unwrap();
            assert!(n > 0, "closed before the response");
            response.extend_from_slice(&buffer[..n]);
        }
        assert!(response.starts_with(b"HTTP/1.1 200 OK\r\n"));
    }
    // Kept beyond the header timeout: idle between requests is the idle timeout's business. The
    // idle time starts once the response is sent, so after the request was.
    let closed = closed_after(&mut stream, sent);
    assert!(
        closed >= Duration::from_millis(2_900) && closed < Duration::from_secs(25),
        "closed {closed:?} after the last request; the idle timeout is 3 s"
    );
}

#[test]
fn connection_settings_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        ["--header-timeout", "0"],
        ["--idle-timeout", "soon"],
        ["--max-connections", "0"],
        ["--trusted-proxy", "the-proxy"],
    ] {
        let output = userled(&dir.path().join("userled.db"))
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{args:?} was accepted");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(args[0]), "{args:?}: {stderr}");
    }
    assert!(
        !dir.path().join("userled.db").exists(),
        "a refused command line created the database"
    );
}
