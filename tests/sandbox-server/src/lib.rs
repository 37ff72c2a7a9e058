//! The kopru sandbox over loopback HTTP, so that every binding's real transport can
//! be tested against the same emulator that `sandbox: true` uses in-process.
//!
//! Each service of [`kopru_core::sandbox::Sandbox`] is mounted under its name:
//! `http://127.0.0.1:PORT/entegra/…`, `/erp/…` and `/tedbul/…` (a client's
//! `base_url` is `http://127.0.0.1:PORT/entegra`). Admin endpoints for tests:
//!
//! - `POST /_admin/reset`: fresh seeded sandboxes, no faults, zeroed stats.
//! - `POST /_admin/faults` with a JSON object of knobs, each optional (see [`Faults`]):
//!   `latency_ms`; counted faults on the next service requests `drop_next`,
//!   `fail_next` (with `fail_status`, `retry_after`), `reset_mid_body_next`,
//!   `slow_body_next` (with `slow_body_ms`); rates drawn from a source seeded by
//!   `seed`: `drop_rate`, `fail_rate` (500/502/503/504), `throttle_rate` (429 with
//!   `Retry-After: throttle_retry_after`), `reset_mid_body_rate`, `slow_body_rate`;
//!   `expire_tokens_every` (N: a service's tokens expire at its every Nth request)
//!   and `expire_tokens` (`true`: expire them now). Answers with the knobs now in
//!   force; `GET /_admin/faults` only reads them.
//! - `GET /_admin/stats`: per service, `{"requests", "logins", "max_in_flight",
//!   "injected": {name: n}, "paths": {"METHOD /path": {"requests", "reached",
//!   "applied", "repeated"}}}` (see [`stats::ServiceCounts`]): every request that
//!   reached a service (faulted ones included), the most it answered at once,
//!   those to its login path (Entegra `/api/user/token/obtain/`, Tedbul
//!   `/api/auth`), the faults injected by name, and per path those the emulator
//!   handled, answered with a success, and received again after applying the same
//!   body (a repeated write).
//!
//! Faults hit service requests only, never the admin endpoints or preflights.
//! Every answer carries permissive CORS headers, and `OPTIONS` preflights are
//! answered directly, so that browser tests on another loopback port may call it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod faults;
pub mod http1;
pub mod stats;

use std::io::{self, BufReader};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kopru_core::sandbox::Sandbox;
use kopru_core::Service;
use serde_json::{json, Value};

use faults::FaultState;
pub use faults::{Faults, FaultsPatch, Plan};
use http1::{Delivery, ReadError, Request, Response};
use stats::ServiceCounts;

/// How long an idle keep-alive connection stays open.
const IDLE_TIMEOUT: Duration = Duration::from_secs(300);

/// The path of a service's login request (relative to its mount point), counted in the stats.
fn login_path(service: Service) -> Option<&'static str> {
    match service {
        Service::Entegra => Some("/api/user/token/obtain/"),
        Service::Tedbul => Some("/api/auth"),
        Service::Erp => None,
    }
}

/// The shared state of the server: one sandbox per service, the faults and the stats.
pub struct App {
    sandboxes: Vec<(Service, Mutex<Sandbox>)>,
    faults: Mutex<FaultState>,
    stats: Mutex<Vec<ServiceCounts>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl Default for App {
    fn default() -> Self {
        App::new()
    }
}

impl App {
    /// Freshly seeded sandboxes, no faults, zeroed stats.
    pub fn new() -> App {
        App {
            sandboxes: Service::ALL
                .iter()
                .map(|&s| (s, Mutex::new(Sandbox::new(s))))
                .collect(),
            faults: Mutex::new(FaultState::default()),
            stats: Mutex::new(vec![ServiceCounts::default(); Service::ALL.len()]),
        }
    }

    /// Answers one request and says how to deliver the answer; `None` means:
    /// close the connection without an answer.
    pub fn respond(&self, request: &Request) -> Option<(Response, Delivery)> {
        let path = request.target.split('?').next().unwrap_or("");
        let (mut response, delivery) = if request.method == "OPTIONS" {
            (preflight(request), Delivery::Whole)
        } else if let Some(admin) = path.strip_prefix("/_admin/") {
            (
                self.admin(&request.method, admin, &request.body),
                Delivery::Whole,
            )
        } else if let Some((index, rest)) = self.mount(&request.target) {
            let _answering = Answering::enter(&self.stats, index);
            self.service(index, rest, request)?
        } else {
            let body = json!({"detail": "no service is mounted here"});
            (Response::json(404, &body), Delivery::Whole)
        };
        response
            .headers
            .push(("Access-Control-Allow-Origin".into(), "*".into()));
        response
            .headers
            .push(("Access-Control-Expose-Headers".into(), "*".into()));
        Some((response, delivery))
    }

    /// The index of the service whose mount point starts `target`, and the rest of it.
    fn mount<'t>(&self, target: &'t str) -> Option<(usize, &'t str)> {
        self.sandboxes
            .iter()
            .enumerate()
            .find_map(|(index, (service, _))| {
                let rest = target.strip_prefix('/')?.strip_prefix(service.name())?;
                (rest.is_empty() || rest.starts_with(['/', '?'])).then_some((index, rest))
            })
    }

    fn admin(&self, method: &str, name: &str, body: &[u8]) -> Response {
        match (method, name) {
            ("POST", "reset") => {
                for (service, sandbox) in &self.sandboxes {
                    *lock(sandbox) = Sandbox::new(*service);
                }
                *lock(&self.faults) = FaultState::default();
                lock(&self.stats).fill(ServiceCounts::default());
                Response::json(200, &json!({"reset": true}))
            }
            ("POST", "faults") => match self.set_faults(body) {
                Ok(faults) => Response::json(200, &json!(faults)),
                Err(message) => Response::json(400, &json!({"detail": message})),
            },
            ("GET", "faults") => Response::json(200, &json!(lock(&self.faults).knobs())),
            ("GET", "stats") => {
                let stats = lock(&self.stats);
                let body: serde_json::Map<String, Value> = self
                    .sandboxes
                    .iter()
                    .zip(stats.iter())
                    .map(|((service, _), counts)| (service.name().to_string(), json!(counts)))
                    .collect();
                Response::json(200, &Value::Object(body))
            }
            (_, "reset" | "faults" | "stats") => {
                Response::json(405, &json!({"detail": "method not allowed"}))
            }
            _ => Response::json(404, &json!({"detail": "no such admin endpoint"})),
        }
    }

    fn set_faults(&self, body: &[u8]) -> Result<Faults, String> {
        let body = if body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            body
        };
        let patch: FaultsPatch =
            serde_json::from_slice(body).map_err(|e| format!("bad fault knobs: {e}"))?;
        let mut faults = lock(&self.faults);
        faults.apply(&patch)?;
        if patch.expire_tokens == Some(true) {
            for (_, sandbox) in &self.sandboxes {
                lock(sandbox).expire_tokens();
            }
        }
        Ok(faults.knobs().clone())
    }

    /// Counts the request, applies the faults, then lets the sandbox answer.
    fn service(&self, index: usize, rest: &str, request: &Request) -> Option<(Response, Delivery)> {
        let (service, sandbox) = &self.sandboxes[index];
        let path_and_query = match rest {
            "" => "/".to_string(),
            r if r.starts_with('?') => format!("/{r}"),
            r => r.to_string(),
        };
        let key = stats::path_key(&request.method, &path_and_query);
        let login = login_path(*service) == path_and_query.split('?').next();
        let count = lock(&self.stats)[index].arrive(&key, login);
        let (plan, latency, every) = {
            let mut faults = lock(&self.faults);
            let plan = faults.plan();
            let knobs = faults.knobs();
            (plan, knobs.latency_ms, knobs.expire_tokens_every)
        };
        let expire = every > 0 && count % every == 0;
        if expire {
            lock(sandbox).expire_tokens();
        }
        {
            let mut stats = lock(&self.stats);
            if expire {
                stats[index].inject("tokens_expired");
            }
            if let Some(name) = plan.name() {
                stats[index].inject(name);
            }
        }
        if latency > 0 {
            thread::sleep(Duration::from_millis(latency));
        }
        let delivery = match plan {
            Plan::Drop => return None,
            Plan::Fail {
                status,
                retry_after,
            } => return Some((injected_failure(status, retry_after), Delivery::Whole)),
            Plan::Answer => Delivery::Whole,
            Plan::Cut => Delivery::Cut,
            Plan::Slow(duration) => Delivery::Trickle(duration),
        };
        let Ok(body) = std::str::from_utf8(&request.body) else {
            let detail = json!({"detail": "the request body is not UTF-8"});
            return Some((Response::json(400, &detail), Delivery::Whole));
        };
        let answer = lock(sandbox).handle_relative(
            &request.method,
            &path_and_query,
            &request.headers,
            (!body.is_empty()).then_some(body),
            now_ms(),
        );
        lock(&self.stats)[index].handled(
            &key,
            &request.method,
            &request.body,
            answer.status,
            answer.body.as_bytes(),
        );
        let response = Response {
            status: answer.status,
            headers: answer.headers,
            body: answer.body.into_bytes(),
        };
        Some((response, delivery))
    }
}

/// A request a service is answering, counted in its `max_in_flight` until dropped.
struct Answering<'a> {
    stats: &'a Mutex<Vec<ServiceCounts>>,
    index: usize,
}

impl<'a> Answering<'a> {
    fn enter(stats: &'a Mutex<Vec<ServiceCounts>>, index: usize) -> Answering<'a> {
        lock(stats)[index].enter();
        Answering { stats, index }
    }
}

impl Drop for Answering<'_> {
    fn drop(&mut self) {
        lock(self.stats)[self.index].leave();
    }
}

/// The answer of an injected failure.
fn injected_failure(status: u16, retry_after: Option<u64>) -> Response {
    let mut response = Response::json(
        status,
        &json!({"detail": "fault injected by the sandbox server", "status": status}),
    );
    if let Some(seconds) = retry_after {
        response
            .headers
            .push(("Retry-After".into(), seconds.to_string()));
    }
    response
}

/// The answer to a CORS preflight.
fn preflight(request: &Request) -> Response {
    let allow_headers = request
        .header("access-control-request-headers")
        .unwrap_or("*")
        .to_string();
    Response {
        status: 204,
        headers: vec![
            (
                "Access-Control-Allow-Methods".into(),
                "GET, POST, PUT, PATCH, DELETE, OPTIONS".into(),
            ),
            ("Access-Control-Allow-Headers".into(), allow_headers),
            ("Access-Control-Max-Age".into(), "600".into()),
        ],
        body: Vec::new(),
    }
}

/// Serves one connection until it closes, fails, or a response ends it.
fn serve_connection(app: &App, stream: TcpStream) -> io::Result<()> {
    stream.set_read_timeout(Some(IDLE_TIMEOUT))?;
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    loop {
        let request = match http1::read_request(&mut reader, &mut writer) {
            Ok(request) => request,
            Err(ReadError::Closed) => return Ok(()),
            Err(ReadError::Io(e)) => return Err(e),
            Err(ReadError::Bad(message)) => {
                let response = Response::json(400, &json!({"detail": message}));
                return http1::write_response(&mut writer, &response, false, false);
            }
        };
        let Some((response, delivery)) = app.respond(&request) else {
            return Ok(());
        };
        let keep_alive = request.keep_alive();
        let head_only = request.method == "HEAD";
        http1::write_response_as(&mut writer, &response, keep_alive, head_only, delivery)?;
        if !keep_alive || delivery == Delivery::Cut {
            return Ok(());
        }
    }
}

/// A bound server, not yet serving.
pub struct Server {
    listener: TcpListener,
    app: Arc<App>,
}

impl Server {
    /// Binds 127.0.0.1:`port` (0 picks a free port) with freshly seeded sandboxes.
    pub fn bind(port: u16) -> io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(("127.0.0.1", port))?,
            app: Arc::new(App::new()),
        })
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Accepts connections forever, one thread per connection.
    pub fn serve(self) {
        for stream in self.listener.incoming() {
            match stream {
                Ok(stream) => {
                    let app = Arc::clone(&self.app);
                    thread::spawn(move || {
                        if let Err(e) = serve_connection(&app, stream) {
                            if !matches!(
                                e.kind(),
                                io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe
                            ) {
                                eprintln!("kopru-sandbox-server: connection error: {e}");
                            }
                        }
                    });
                }
                Err(e) => {
                    eprintln!("kopru-sandbox-server: accept failed: {e}");
                    thread::sleep(Duration::from_millis(50));
                }
            }
        }
    }
}
