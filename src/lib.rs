//! userled: the public registry of user-led drug organisations.
//!
//! See ARCHITECTURE.md for the map of modules and how a request flows through them.

pub mod auth;
pub mod cli;
pub mod clock;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod interchange;
pub mod registry;
pub mod search;
pub mod statistics;
pub mod web;

use std::future::Future;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::Semaphore;

pub use clock::Clock;
pub use web::{AppState, app};

/// The system's time, for the command line; the server reads the time from its registry's
/// [`Clock`], so tests can fix it.
pub fn now() -> time::OffsetDateTime {
    Clock::System.now()
}

/// Opens the database at `path` (creating it and its folder if needed), applies migrations, and
/// loads the seed if the registry is empty.
pub async fn prepare(path: &Path) -> anyhow::Result<db::Pool> {
    let pool = db::connect_for_server(path).await?;
    db::migrate(&pool)
        .await
        .map_err(|err| err.context(format!("cannot use {}", path.display())))?;
    if let Some(report) = interchange::seed_if_empty(&pool, now()).await? {
        tracing::info!(%report, "seeded an empty registry");
    }
    Ok(pool)
}

/// How the server treats connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Connections {
    /// How long a client has to send a request's head (request line and headers): on a new
    /// connection from when it is accepted, on a kept-alive one from the request's first byte.
    pub header_timeout: Duration,
    /// How long a connection is kept while nothing moves on the client's side: between requests,
    /// or while it does not read its answer.
    pub idle_timeout: Duration,
    /// How many connections are served at once. At the cap a new connection takes the place of
    /// the one idle the longest; when none is idle, it waits until one ends.
    pub max: usize,
}

impl Default for Connections {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max: 1024,
        }
    }
}

/// Connections the system may hold for the server before it accepts them. The usual 128 drops
/// the connections of a burst (a client then waits a second to try again).
const LISTEN_BACKLOG: u32 = 1024;

/// A listener on `address`, with room for a burst of connections.
pub fn listen(address: std::net::SocketAddr) -> std::io::Result<TcpListener> {
    let socket = match address {
        std::net::SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
        std::net::SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
    };
    #[cfg(not(windows))]
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}

/// Open files the server keeps for itself besides connections: the database's files for each
/// pooled connection, the listener, standard streams.
const FILES_BESIDES_CONNECTIONS: u64 = 64;

/// Serves the application on `listener` until `shutdown` completes, then lets requests in flight
/// finish. Connections are held to `connections`: a connection that does not send its request's
/// head in time, or stays idle too long, is closed; at the cap, the longest-idle one gives way.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    connections: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = Connections {
        max: connection_cap(connections.max),
        ..connections
    };
    let router = app(state);
    let live = Arc::new(connection::Live::default());
    let slots = Arc::new(Semaphore::new(limits.max));
    let (stop, stopping) = tokio::sync::watch::channel(());
    // HTTP/1.1, as a reverse proxy speaks it. Each connection's watch times its heads out, so
    // hyper's own timer stays off.
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.header_read_timeout(None);
    let builder = Arc::new(builder);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    connection::accept_failed(err, &live).await;
                    continue;
                }
            },
        };
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => slot,
            Err(_) => tokio::select! {
                () = &mut shutdown => break,
                slot = connection::make_room(&slots, &live) => slot,
            },
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(connection::serve(
            connection::Accepted { stream, peer, slot },
            router.clone(),
            builder.clone(),
            live.clone(),
            limits,
            stopping.clone(),
        ));
    }
    drop(listener);
    stop.send_replace(());
    // Every connection holds a slot until it ends: all slots back means all connections done.
    let all = u32::try_from(limits.max).unwrap_or(u32::MAX);
    let _ = slots.acquire_many(all).await;
    Ok(())
}

/// The cap on connections the open-file limit allows, raising the limit towards what `wanted`
/// needs if the system lets it.
fn connection_cap(wanted: usize) -> usize {
    let wanted = wanted.clamp(1, u32::MAX as usize);
    let Some(files) = open_file_limit(wanted as u64 + FILES_BESIDES_CONNECTIONS) else {
        return wanted;
    };
    let allowed = files.saturating_sub(FILES_BESIDES_CONNECTIONS).max(1);
    if (wanted as u64) > allowed {
        tracing::warn!(
            "serving at most {allowed} connections at once, not {wanted}: the open-file limit is \
             {files}"
        );
        allowed as usize
    } else {
        wanted
    }
}

/// Raises this process's limit on open files towards `wanted` (up to the hard limit); returns the
/// limit now in force, or `None` where there is none to read.
#[cfg(unix)]
pub fn open_file_limit(wanted: u64) -> Option<u64> {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    let current = limit.current?;
    if current >= wanted {
        return Some(current);
    }
    let raised = limit.maximum.map_or(wanted, |maximum| maximum.min(wanted));
    let new = Rlimit {
        current: Some(raised),
        maximum: limit.maximum,
    };
    match setrlimit(Resource::Nofile, new) {
        Ok(()) => Some(raised),
        Err(_) => Some(current),
    }
}

#[cfg(not(unix))]
pub fn open_file_limit(_wanted: u64) -> Option<u64> {
    None
}

/// One connection's life: its timeouts, its place among the others, its requests.
mod connection {
    use std::collections::HashMap;
    use std::convert::Infallible;
    use std::io;
    use std::net::SocketAddr;
    use std::pin::Pin;
    use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex, PoisonError};
    use std::task::{Context, Poll};
    use std::time::{Duration, Instant};

    use axum::Router;
    use axum::body::{Body, HttpBody};
    use axum::extract::ConnectInfo;
    use axum::http::Request;
    use hyper::body::Incoming;
    use hyper::server::conn::http1::Builder;
    use hyper_util::rt::TokioIo;
    use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
    use tokio::net::TcpStream;
    use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, watch};
    use tower::ServiceExt;

    use super::Connections;

    /// A connection just accepted, with its slot under the cap.
    pub struct Accepted {
        pub stream: TcpStream,
        pub peer: SocketAddr,
        pub slot: OwnedSemaphorePermit,
    }

    /// Serves one connection until it ends, times out, gives way to a newer one, or the server
    /// stops (then requests in flight finish first).
    pub async fn serve(
        accepted: Accepted,
        router: Router,
        builder: Arc<Builder>,
        live: Arc<Live>,
        limits: Connections,
        mut stopping: watch::Receiver<()>,
    ) {
        let Accepted { stream, peer, slot } = accepted;
        let _slot = slot;
        let watch = Arc::new(Watch::new());
        let _listed = live.add(watch.clone());
        let on_request = watch.clone();
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            // Connection info gives throttles the client's address; it is never logged.
            request.extensions_mut().insert(ConnectInfo(peer));
            let in_flight = on_request.request_began();
            let router = router.clone();
            async move {
                let response = match router.oneshot(request).await {
                    Ok(response) => response,
                    Err(never) => match never {},
                };
                // The request stays in flight until its response has been sent.
                Ok::<_, Infallible>(response.map(|body| {
                    Body::new(Tracked {
                        body,
                        _in_flight: in_flight.answer(),
                    })
                }))
            }
        });
        let io = TokioIo::new(Watched {
            stream,
            watch: watch.clone(),
        });
        let connection = builder.serve_connection(io, service);
        tokio::pin!(connection);
        let mut stopped = false;
        loop {
            tokio::select! {
                result = connection.as_mut() => {
                    if let Err(err) = result {
                        tracing::debug!(%err, "connection ended with an error");
                    }
                    break;
                }
                () = watch.expired(limits) => {
                    tracing::debug!("connection closed: no request in time");
                    break;
                }
                () = watch.evict.notified() => {
                    if watch.is_idle() {
                        tracing::debug!("connection closed to make room for another");
                        break;
                    }
                    // Busy again since it was chosen: it may be chosen another time.
                    watch.evicted.store(false, Ordering::Relaxed);
                }
                _ = stopping.changed(), if !stopped => {
                    stopped = true;
                    connection.as_mut().graceful_shutdown();
                }
            }
        }
    }

    /// Every connection being served, for choosing one to close at the cap.
    #[derive(Default)]
    pub struct Live {
        connections: Mutex<HashMap<u64, Arc<Watch>>>,
        next: AtomicU64,
    }

    impl Live {
        fn add(self: &Arc<Self>, watch: Arc<Watch>) -> Listed {
            let id = self.next.fetch_add(1, Ordering::Relaxed);
            self.lock().insert(id, watch);
            Listed {
                live: self.clone(),
                id,
            }
        }

        fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Watch>>> {
            self.connections
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
        }

        /// Asks the connection idle the longest to close; false if none is idle.
        pub fn evict_longest_idle(&self) -> bool {
            let connections = self.lock();
            let longest = connections
                .values()
                .filter(|watch| watch.is_idle() && !watch.evicted.load(Ordering::Relaxed))
                .min_by_key(|watch| watch.idle_since());
            match longest {
                Some(watch) => {
                    watch.evicted.store(true, Ordering::Relaxed);
                    watch.evict.notify_one();
                    true
                }
                None => false,
            }
        }
    }

    /// A connection's place in [`Live`], given up when it ends.
    struct Listed {
        live: Arc<Live>,
        id: u64,
    }

    impl Drop for Listed {
        fn drop(&mut self) {
            self.live.lock().remove(&self.id);
        }
    }

    /// At the cap: closes idle connections until a slot is free.
    pub async fn make_room(slots: &Arc<Semaphore>, live: &Live) -> OwnedSemaphorePermit {
        loop {
            live.evict_longest_idle();
            let wait =
                tokio::time::timeout(Duration::from_millis(100), slots.clone().acquire_owned());
            if let Ok(Ok(slot)) = wait.await {
                return slot;
            }
        }
    }

    /// An error from `accept`: a client that gave up is no matter; anything else (most likely no
    /// file descriptor left) frees one if it can and pauses rather than spin.
    pub async fn accept_failed(err: io::Error, live: &Live) {
        if matches!(
            err.kind(),
            io::ErrorKind::ConnectionAborted
                | io::ErrorKind::ConnectionRefused
                | io::ErrorKind::ConnectionReset
        ) {
            return;
        }
        tracing::warn!(%err, "cannot accept a connection");
        live.evict_longest_idle();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    /// No head pending: between requests.
    const NONE: u64 = u64::MAX;

    /// What a connection is doing, as far as its deadlines go. Times are milliseconds since
    /// `opened`.
    pub struct Watch {
        opened: Instant,
        /// The last byte read, or the last response sent.
        last_activity: AtomicU64,
        /// When the head now awaited began: the connection's opening for the first request, the
        /// first byte of a later one; [`NONE`] between requests.
        head_began: AtomicU64,
        in_flight: AtomicUsize,
        /// Responses being sent, and the last time one moved: a client that stops reading its
        /// answer is idle too.
        answering: AtomicUsize,
        last_write: AtomicU64,
        evicted: AtomicBool,
        evict: Notify,
    }

    impl Watch {
        fn new() -> Self {
            Self {
                opened: Instant::now(),
                last_activity: AtomicU64::new(0),
                head_began: AtomicU64::new(0),
                in_flight: AtomicUsize::new(0),
                answering: AtomicUsize::new(0),
                last_write: AtomicU64::new(0),
                evicted: AtomicBool::new(false),
                evict: Notify::new(),
            }
        }

        fn now(&self) -> u64 {
            u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(NONE - 1)
        }

        fn at(&self, millis: u64) -> Instant {
            self.opened + Duration::from_millis(millis)
        }

        fn read(&self) {
            let now = self.now();
            self.last_activity.store(now, Ordering::SeqCst);
            if self.in_flight.load(Ordering::SeqCst) == 0 {
                let _ =
                    self.head_began
                        .compare_exchange(NONE, now, Ordering::SeqCst, Ordering::SeqCst);
            }
        }

        fn request_began(self: &Arc<Self>) -> InFlight {
            self.in_flight.fetch_add(1, Ordering::SeqCst);
            self.head_began.store(NONE, Ordering::SeqCst);
            InFlight {
                watch: self.clone(),
                answering: false,
            }
        }

        fn wrote(&self) {
            self.last_write.store(self.now(), Ordering::SeqCst);
        }

        fn is_idle(&self) -> bool {
            self.in_flight.load(Ordering::SeqCst) == 0
        }

        fn idle_since(&self) -> Instant {
            self.at(self.last_activity.load(Ordering::SeqCst))
        }

        /// When this connection is to be closed if nothing changes; `None` while a request is
        /// being worked on (the server's own time limit bounds that).
        fn deadline(&self, limits: Connections) -> Option<Instant> {
            if !self.is_idle() {
                return (self.answering.load(Ordering::SeqCst) > 0).then(|| {
                    self.at(self.last_write.load(Ordering::SeqCst)) + limits.idle_timeout
                });
            }
            match self.head_began.load(Ordering::SeqCst) {
                NONE => Some(self.idle_since() + limits.idle_timeout),
                began => Some(self.at(began) + limits.header_timeout),
            }
        }

        /// Completes when the connection has overstayed its deadline.
        async fn expired(&self, limits: Connections) {
            loop {
                match self.deadline(limits) {
                    Some(deadline) if deadline <= Instant::now() => return,
                    Some(deadline) => tokio::time::sleep_until(deadline.into()).await,
                    None => {
                        tokio::time::sleep(limits.header_timeout.min(limits.idle_timeout)).await;
                    }
                }
            }
        }
    }

    /// A request in flight, until its response has been sent or dropped.
    struct InFlight {
        watch: Arc<Watch>,
        answering: bool,
    }

    impl InFlight {
        /// The response is ready: from now on the client is waited for, to read it.
        fn answer(mut self) -> Self {
            self.answering = true;
            self.watch.answering.fetch_add(1, Ordering::SeqCst);
            self.watch.wrote();
            self
        }
    }

    impl Drop for InFlight {
        fn drop(&mut self) {
            let watch = &self.watch;
            watch.last_activity.store(watch.now(), Ordering::SeqCst);
            if self.answering {
                watch.answering.fetch_sub(1, Ordering::SeqCst);
            }
            watch.in_flight.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// A response body that keeps its request in flight.
    struct Tracked {
        body: Body,
        _in_flight: InFlight,
    }

    impl HttpBody for Tracked {
        type Data = axum::body::Bytes;
        type Error = axum::Error;

        fn poll_frame(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
        ) -> Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
            Pin::new(&mut self.get_mut().body).poll_frame(cx)
        }

        fn is_end_stream(&self) -> bool {
            self.body.is_end_stream()
        }

        fn size_hint(&self) -> hyper::body::SizeHint {
            self.body.size_hint()
        }
    }

    /// The socket, telling the watch when bytes arrive.
    struct Watched {
        stream: TcpStream,
        watch: Arc<Watch>,
    }

    impl AsyncRead for Watched {
        fn poll_read(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &mut ReadBuf<'_>,
        ) -> Poll<io::Result<()>> {
            let this = self.get_mut();
            let before = buf.filled().len();
            let poll = Pin::new(&mut this.stream).poll_read(cx, buf);
            if buf.filled().len() > before {
                this.watch.read();
            }
            poll
        }
    }

    impl AsyncWrite for Watched {
        fn poll_write(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<io::Result<usize>> {
            let this = self.get_mut();
            let poll = Pin::new(&mut this.stream).poll_write(cx, buf);
            if let Poll::Ready(Ok(1..)) = poll {
                this.watch.wrote();
            }
            poll
        }

        fn poll_write_vectored(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            bufs: &[io::IoSlice<'_>],
        ) -> Poll<io::Result<usize>> {
            let this = self.get_mut();
            let poll = Pin::new(&mut this.stream).poll_write_vectored(cx, bufs);
            if let Poll::Ready(Ok(1..)) = poll {
                this.watch.wrote();
            }
            poll
        }

        fn is_write_vectored(&self) -> bool {
            self.stream.is_write_vectored()
        }

        fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
            Pin::new(&mut self.get_mut().stream).poll_flush(cx)
        }

        fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
            Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        const LIMITS: Connections = Connections {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max: 8,
        };

        /// The deadline, in seconds from the connection's opening.
        fn due(watch: &Watch) -> Option<u64> {
            watch
                .deadline(LIMITS)
                .map(|deadline| (deadline - watch.opened).as_secs())
        }

        #[test]
        fn each_wait_on_the_client_has_its_deadline() {
            let watch = Arc::new(Watch::new());
            // A new connection owes its first head within the header timeout, bytes or not.
            assert_eq!(due(&watch), Some(10));
            watch.read();
            assert_eq!(due(&watch), Some(10));
            // Working on the request: no deadline of the connection's.
            let in_flight = watch.request_began();
            assert_eq!(due(&watch), None);
            assert!(!watch.is_idle());
            // Sending the answer: the client has the idle timeout to read on.
            let answering = in_flight.answer();
            assert_eq!(due(&watch), Some(60));
            // Answer sent: idle until the next request's first byte, which starts its head.
            drop(answering);
            assert!(watch.is_idle());
            assert_eq!(due(&watch), Some(60));
            watch.read();
            assert_eq!(due(&watch), Some(10));
        }

        #[test]
        fn at_the_cap_the_longest_idle_connection_is_asked_to_go() {
            let live = Arc::new(Live::default());
            let older = Arc::new(Watch::new());
            let busy = Arc::new(Watch::new());
            let _listed = [live.add(older.clone()), live.add(busy.clone())];
            let _working = busy.request_began();
            assert!(live.evict_longest_idle());
            assert!(older.evicted.load(Ordering::SeqCst));
            assert!(!busy.evicted.load(Ordering::SeqCst));
            // Nobody else is idle.
            assert!(!live.evict_longest_idle());
        }
    }
}
