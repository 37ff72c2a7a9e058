//! The blocking client: one call at a time per client, shared safely by threads.

use crate::session_store::{SessionStore, Warning};
use crate::transport::Transport;
use kopru_core::pages::{first_params, items, next_params};
use kopru_core::{Config, Error, Service, Session, Step};
use serde_json::Value;
use std::collections::VecDeque;
use std::ops::Deref;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::thread::sleep;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A blocking kopru client. `Send + Sync`: threads share one client and its
/// token; calls through one client run one at a time, so a token is renewed
/// once. With a `state_file`, calls of every process sharing that file run one
/// at a time too (an OS lock), so they share one token as well.
pub struct Client {
    inner: Mutex<Inner>,
    transport: Transport,
}

/// The session and, with a `state_file`, the file it is kept in.
struct Inner {
    session: Session,
    store: Option<SessionStore>,
}

/// Everything one call did: its outcome, whether a request left the process,
/// and the warnings about local state that did not change the outcome.
#[derive(Debug)]
pub struct CallOutcome {
    /// The result, or the error the call ended with (the server's answer
    /// whatever happened to the state file afterwards).
    pub result: Result<Value, Error>,
    /// True once any request was handed to the transport: the server may
    /// have acted on it, whatever the outcome says.
    pub sent: bool,
    /// Problems with the session state file (also logged on stderr).
    pub warnings: Vec<Warning>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        let config = inner.session.config();
        f.debug_struct("Client")
            .field("service", &config.service.name())
            .field("base_url", &config.base_url)
            .field("sandbox", &config.sandbox)
            .finish()
    }
}

impl Client {
    /// A client for a config object; resumes from `state_file` when it exists.
    /// A `state_file` that cannot be written (empty, a folder or a device, in
    /// a missing or read-only folder) is a `config` error now, before anything is sent.
    pub fn new(config: &Value) -> Result<Client, Error> {
        let config = Config::from_json(config)?;
        let transport = Transport::for_config(&config);
        let (mut session, store) = match config.state_file.clone() {
            Some(path) => {
                let (store, session) = SessionStore::open(Path::new(&path), config)?;
                (session, Some(store))
            }
            None => (Session::new(config, None)?, None),
        };
        session.seed_jitter(os_seed());
        Ok(Client {
            inner: Mutex::new(Inner { session, store }),
            transport,
        })
    }

    /// Runs one operation to its result, blocking until it is done. When the
    /// session state could not be saved (or was found corrupt and moved
    /// aside), an object result carries `"warnings": [{"kind", "message"}]`;
    /// the outcome itself is always the server's.
    pub fn call(&self, op: &str, params: &Value) -> Result<Value, Error> {
        let outcome = self.call_outcome(op, params);
        let mut result = outcome.result?;
        if let (false, Some(map)) = (outcome.warnings.is_empty(), result.as_object_mut()) {
            let list = outcome.warnings.iter().map(Warning::to_json).collect();
            map.insert("warnings".into(), Value::Array(list));
        }
        Ok(result)
    }

    /// Runs one operation and tells everything it did (see [`CallOutcome`]).
    pub fn call_outcome(&self, op: &str, params: &Value) -> CallOutcome {
        let mut guard = self.lock();
        let Inner { session, store } = &mut *guard;
        let mut sent = false;
        let Some(store) = store else {
            let result = self.drive(session, op, params, &mut sent);
            return CallOutcome {
                result,
                sent,
                warnings: Vec::new(),
            };
        };
        let result = match store.lock() {
            Ok(_file_lock) => {
                store.refresh(session);
                let result = self.drive(session, op, params, &mut sent);
                store.save(session);
                result
            }
            Err(busy) => Err(busy),
        };
        CallOutcome {
            result,
            sent,
            warnings: store.take_warnings(),
        }
    }

    /// Every item of a paginated list, fetched lazily page by page.
    pub fn pages(&self, op: &str, params: &Value) -> Pages<&Client> {
        Pages::new(self, op, params)
    }

    /// The service this client talks to.
    pub fn service(&self) -> Service {
        self.lock().session.config().service
    }

    /// The session state (tokens and quota counters): secret-bearing.
    pub fn export_state(&self) -> Value {
        self.lock().session.export_state()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Drives the session to the end of the call; `sent` turns true when a
    /// request is handed to the transport.
    fn drive(
        &self,
        session: &mut Session,
        op: &str,
        params: &Value,
        sent: &mut bool,
    ) -> Result<Value, Error> {
        let mut step = session.start(op, params, now_ms())?;
        loop {
            match step {
                Step::Done(result) => return Ok(result),
                Step::Send { request, after_ms } => {
                    if let Some(wait) = after_ms.filter(|w| *w > 0) {
                        sleep(Duration::from_millis(wait));
                    }
                    *sent = true;
                    step = match self.transport.send(&request, now_ms()) {
                        Ok(response) => session.receive(&response, now_ms())?,
                        Err(failure) => session.transport_failed(
                            &failure.message,
                            failure.timed_out,
                            now_ms(),
                        )?,
                    };
                }
            }
        }
    }
}

/// An iterator over every item of a paginated list; an error ends it.
///
/// It holds its client through any pointer (`&Client`, `Arc<Client>`), so a
/// binding can keep an iterator in a handle that outlives the borrow.
pub struct Pages<C: Deref<Target = Client>> {
    client: C,
    op: String,
    next: Option<Value>,
    buffer: VecDeque<Value>,
}

impl<C: Deref<Target = Client>> Pages<C> {
    /// Pages of `op` starting from `params`, through `client`, in the largest
    /// pages the service accepts unless `params` set the size.
    pub fn new(client: C, op: &str, params: &Value) -> Self {
        Pages {
            client,
            op: op.to_string(),
            next: Some(first_params(op, params)),
            buffer: VecDeque::new(),
        }
    }
}

impl<C: Deref<Target = Client>> Iterator for Pages<C> {
    type Item = Result<Value, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            let params = self.next.take()?;
            match self.client.call(&self.op, &params) {
                Ok(result) => {
                    self.next = next_params(&params, &result);
                    self.buffer.extend(items(&result));
                }
                Err(err) => return Some(Err(err)),
            }
        }
    }
}

/// A seed for the back-off jitter from the standard library's per-process
/// random hasher keys, so clients of different processes spread their retries.
pub(crate) fn os_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(now_ms());
    hasher.finish()
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
