//! The kopru sandbox over loopback HTTP, so that every binding's real transport can
//! be tested against the same emulator that `sandbox: true` uses in-process.
//!
//! Each service of [`kopru_core::sandbox::Sandbox`] is mounted under its name:
//! `http://127.0.0.1:PORT/entegra/…`, `/erp/…` and `/tedbul/…` (a client's
//! `base_url` is `http://127.0.0.1:PORT/entegra`). Admin endpoints for tests:
//!
//! - `POST /_admin/reset`: fresh seeded sandboxes, no faults, zeroed stats.
//! - `POST /_admin/faults` with a JSON object of knobs, each optional (see [`FaultsPatch`]):
//!   `latency_ms`, `fail_next`, `fail_status`, `retry_after`, `drop_next`, `expire_tokens`.
//!   Answers with the knobs now in force; `GET /_admin/faults` only reads them.
//! - `GET /_admin/stats`: `{"entegra": {"requests": n, "logins": n}, "erp": …, "tedbul": …}`:
//!   every request that reached a service (faulted ones included), and among them
//!   those to its login path (Entegra `/api/user/token/obtain/`, Tedbul `/api/auth`).
//!
//! Every answer carries permissive CORS headers, and `OPTIONS` preflights are
//! answered directly, so that browser tests on another loopback port may call it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod http1;

use std::io::{self, BufReader};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kopru_core::sandbox::Sandbox;
use kopru_core::Service;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use http1::{ReadError, Request, Response};

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

/// The fault knobs in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Faults {
    /// Milliseconds to wait before answering each service request.
    pub latency_ms: u64,
    /// How many of the next service requests are answered with `fail_status`.
    pub fail_next: u32,
    /// The status of an injected failure.
    pub fail_status: u16,
    /// Seconds for a `Retry-After` header on injected failures; none when absent.
    pub retry_after: Option<u64>,
    /// How many of the next service requests get their connection closed with no answer.
    pub drop_next: u32,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            latency_ms: 0,
            fail_next: 0,
            fail_status: 500,
            retry_after: None,
            drop_next: 0,
        }
    }
}

/// A change to the fault knobs, as posted to `/_admin/faults`: absent keys keep their value.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultsPatch {
    /// Sets [`Faults::latency_ms`].
    pub latency_ms: Option<u64>,
    /// Sets [`Faults::fail_next`].
    pub fail_next: Option<u32>,
    /// Sets [`Faults::fail_status`] (400..=599).
    pub fail_status: Option<u16>,
    /// Sets [`Faults::retry_after`]; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    pub retry_after: Option<Option<u64>>,
    /// Sets [`Faults::drop_next`].
    pub drop_next: Option<u32>,
    /// `true` invalidates every token issued so far, in every service.
    pub expire_tokens: Option<bool>,
}

/// Tells a present `null` (`Some(None)`) from an absent key (`None`).
fn nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<u64>>, D::Error> {
    Option::<u64>::deserialize(d).map(Some)
}

/// Request counts of one service.
#[derive(Clone, Copy, Debug, Default, Serialize)]
struct Counts {
    requests: u64,
    logins: u64,
}

/// What happens to one service request, decided before it is answered.
enum Plan {
    Answer,
    Fail {
        status: u16,
        retry_after: Option<u64>,
    },
    Drop,
}

/// The shared state of the server: one sandbox per service, the faults and the stats.
pub struct App {
    sandboxes: Vec<(Service, Mutex<Sandbox>)>,
    faults: Mutex<Faults>,
    stats: Mutex<Vec<Counts>>,
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
            faults: Mutex::new(Faults::default()),
            stats: Mutex::new(vec![Counts::default(); Service::ALL.len()]),
        }
    }

    /// Answers one request; `None` means: close the connection without an answer.
    pub fn respond(&self, request: &Request) -> Option<Response> {
        let path = request.target.split('?').next().unwrap_or("");
        let mut response = if request.method == "OPTIONS" {
            preflight(request)
        } else if let Some(admin) = path.strip_prefix("/_admin/") {
            self.admin(&request.method, admin, &request.body)
        } else if let Some((index, rest)) = self.mount(&request.target) {
            self.service(index, rest, request)?
        } else {
            Response::json(404, &json!({"detail": "no service is mounted here"}))
        };
        response
            .headers
            .push(("Access-Control-Allow-Origin".into(), "*".into()));
        response
            .headers
            .push(("Access-Control-Expose-Headers".into(), "*".into()));
        Some(response)
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
                *lock(&self.faults) = Faults::default();
                lock(&self.stats).fill(Counts::default());
                Response::json(200, &json!({"reset": true}))
            }
            ("POST", "faults") => match self.set_faults(body) {
                Ok(faults) => Response::json(200, &json!(faults)),
                Err(message) => Response::json(400, &json!({"detail": message})),
            },
            ("GET", "faults") => Response::json(200, &json!(*lock(&self.faults))),
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
        if patch.fail_status.is_some_and(|s| !(400..=599).contains(&s)) {
            return Err("fail_status must be within 400..=599".into());
        }
        if patch.expire_tokens == Some(true) {
            for (_, sandbox) in &self.sandboxes {
                lock(sandbox).expire_tokens();
            }
        }
        let mut faults = lock(&self.faults);
        if let Some(v) = patch.latency_ms {
            faults.latency_ms = v;
        }
        if let Some(v) = patch.fail_next {
            faults.fail_next = v;
        }
        if let Some(v) = patch.fail_status {
            faults.fail_status = v;
        }
        if let Some(v) = patch.retry_after {
            faults.retry_after = v;
        }
        if let Some(v) = patch.drop_next {
            faults.drop_next = v;
        }
        Ok(faults.clone())
    }

    /// Counts the request, applies the faults, then lets the sandbox answer.
    fn service(&self, index: usize, rest: &str, request: &Request) -> Option<Response> {
        let service = self.sandboxes[index].0;
        let path_and_query = match rest {
            "" => "/".to_string(),
            r if r.starts_with('?') => format!("/{r}"),
            r => r.to_string(),
        };
        {
            let mut stats = lock(&self.stats);
            stats[index].requests += 1;
            let path = path_and_query.split('?').next().unwrap_or("");
            if login_path(service) == Some(path) {
                stats[index].logins += 1;
            }
        }
        let (latency, plan) = {
            let mut faults = lock(&self.faults);
            let plan = if faults.drop_next > 0 {
                faults.drop_next -= 1;
                Plan::Drop
            } else if faults.fail_next > 0 {
                faults.fail_next -= 1;
                Plan::Fail {
                    status: faults.fail_status,
                    retry_after: faults.retry_after,
                }
            } else {
                Plan::Answer
            };
            (faults.latency_ms, plan)
        };
        if latency > 0 {
            thread::sleep(Duration::from_millis(latency));
        }
        match plan {
            Plan::Drop => None,
            Plan::Fail {
                status,
                retry_after,
            } => {
                let mut response = Response::json(
                    status,
                    &json!({"detail": "fault injected by the sandbox server", "status": status}),
                );
                if let Some(seconds) = retry_after {
                    response
                        .headers
                        .push(("Retry-After".into(), seconds.to_string()));
                }
                Some(response)
            }
            Plan::Answer => {
                let Ok(body) = String::from_utf8(request.body.clone()) else {
                    return Some(Response::json(
                        400,
                        &json!({"detail": "the request body is not UTF-8"}),
                    ));
                };
                let answer = lock(&self.sandboxes[index].1).handle_relative(
                    &request.method,
                    &path_and_query,
                    &request.headers,
                    (!body.is_empty()).then_some(body.as_str()),
                    now_ms(),
                );
                Some(Response {
                    status: answer.status,
                    headers: answer.headers,
                    body: answer.body.into_bytes(),
                })
            }
        }
    }
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
        let Some(response) = app.respond(&request) else {
            return Ok(());
        };
        let keep_alive = request.keep_alive();
        http1::write_response(&mut writer, &response, keep_alive, request.method == "HEAD")?;
        if !keep_alive {
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
