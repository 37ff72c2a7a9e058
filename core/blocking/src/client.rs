//! The blocking client, shared safely by threads: their calls overlap their
//! network waits, and a token is asked for once between them.

use crate::pages::Pages;
use crate::session_store::{SessionStore, Warning};
use crate::transport::{Transport, TransportFailure};
use kopru_core::session::Parked;
use kopru_core::wire::Wire;
use kopru_core::{Config, Error, HttpResponse, Service, Session, Step};
use serde_json::Value;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::sleep;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A blocking kopru client. `Send + Sync`: threads share one client and its
/// token. The lock on the session is held only to start a call or to hand it
/// an answer, never while a request is on the network, so the calls of
/// several threads overlap; while one call's login or renewal is out, the
/// others wait for its token instead of asking for their own. With a
/// `state_file`, calls run one at a time (an OS lock shared with every
/// process using that file), so those processes share one token as well.
/// A clone is another handle on the same client: clones share the session,
/// its token and its transport.
#[derive(Clone)]
pub struct Client {
    shared: Arc<Shared>,
}

/// What the handles of one client share.
struct Shared {
    inner: Mutex<Inner>,
    /// Signalled when a parked token request has its answer.
    token_settled: Condvar,
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
    /// The result in its wire form, or the error the call ended with (the
    /// server's answer whatever happened to the state file afterwards).
    pub result: Result<Wire, Error>,
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
            shared: Arc::new(Shared {
                inner: Mutex::new(Inner { session, store }),
                token_settled: Condvar::new(),
                transport,
            }),
        })
    }

    /// Runs one operation to its result, blocking until it is done. When the
    /// session state could not be saved (or was found corrupt and moved
    /// aside), an object result carries `"warnings": [{"kind", "message"}]`,
    /// after the warnings of values that did not fit their type, if any;
    /// the outcome itself is always the server's.
    pub fn call(&self, op: &str, params: &Value) -> Result<Value, Error> {
        self.call_wire(op, params).map(Wire::into_value)
    }

    /// [`Client::call`] with the result in its wire form, as the bindings
    /// hand it on (JSON text, Python objects) without building a `Value`.
    pub fn call_wire(&self, op: &str, params: &Value) -> Result<Wire, Error> {
        let outcome = self.call_outcome(op, params);
        let mut result = outcome.result?;
        add_state_warnings(&mut result, &outcome.warnings);
        Ok(result)
    }

    /// Runs one operation and tells everything it did (see [`CallOutcome`]).
    pub fn call_outcome(&self, op: &str, params: &Value) -> CallOutcome {
        let mut sent = false;
        let mut guard = self.lock();
        let Inner { session, store } = &mut *guard;
        let Some(store) = store else {
            drop(guard);
            let result = self.drive_shared(op, params, &mut sent);
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

    /// Every item of a paginated list, fetched lazily page by page (the
    /// iterator holds a handle on this client).
    pub fn pages(&self, op: &str, params: &Value) -> Pages {
        Pages::new(self.clone(), op, params)
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
        self.shared.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The session, once no parked call's token request is out (waiting at
    /// most one call's deadline for it, then going on regardless).
    fn lock_settled(&self) -> MutexGuard<'_, Inner> {
        let guard = self.lock();
        let bound = Duration::from_millis(guard.session.config().retry.deadline_ms);
        self.shared
            .token_settled
            .wait_timeout_while(guard, bound, |inner| inner.session.awaits_token())
            .map(|(guard, _)| guard)
            .unwrap_or_else(|p| p.into_inner().0)
    }

    /// Drives a call on the shared session, holding its lock only to start
    /// the call and to hand it each answer: the call is parked in between,
    /// while its request is on the network.
    fn drive_shared(&self, op: &str, params: &Value, sent: &mut bool) -> Result<Wire, Error> {
        let (mut step, mut parked) = {
            let mut inner = self.lock_settled();
            let step = inner.session.start(op, params, now_ms())?;
            (step, inner.session.park())
        };
        loop {
            let (request, after_ms) = match step {
                Step::Done(result) => return Ok(result),
                Step::Send { request, after_ms } => (request, after_ms),
            };
            pause(after_ms);
            *sent = true;
            let answer = self.shared.transport.send(&request, now_ms());
            let token_request = parked.as_ref().is_some_and(Parked::is_token_request);
            let mut inner = if token_request {
                self.lock()
            } else {
                self.lock_settled()
            };
            if let Some(call) = parked.take() {
                inner.session.resume(call);
            }
            let next = hand_over(&mut inner.session, answer);
            parked = inner.session.park();
            drop(inner);
            if token_request {
                self.shared.token_settled.notify_all();
            }
            step = next?;
        }
    }

    /// Drives the session to the end of the call under the caller's lock;
    /// `sent` turns true when a request is handed to the transport.
    fn drive(
        &self,
        session: &mut Session,
        op: &str,
        params: &Value,
        sent: &mut bool,
    ) -> Result<Wire, Error> {
        let mut step = session.start(op, params, now_ms())?;
        loop {
            match step {
                Step::Done(result) => return Ok(result),
                Step::Send { request, after_ms } => {
                    pause(after_ms);
                    *sent = true;
                    let answer = self.shared.transport.send(&request, now_ms());
                    step = hand_over(session, answer)?;
                }
            }
        }
    }
}

/// Sleeps for the back-off the session asked for.
fn pause(after_ms: Option<u64>) {
    if let Some(wait) = after_ms.filter(|w| *w > 0) {
        sleep(Duration::from_millis(wait));
    }
}

/// Hands the transport's answer to the session: the next step.
fn hand_over(
    session: &mut Session,
    answer: Result<HttpResponse, TransportFailure>,
) -> Result<Step, Error> {
    match answer {
        Ok(response) => session.receive(&response, now_ms()),
        Err(failure) => session.transport_failed(&failure.message, failure.timed_out, now_ms()),
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

/// Adds the state file's `warnings` to an object result, after the result's
/// own (values that did not fit their type); other results stay as they are.
fn add_state_warnings(result: &mut Wire, warnings: &[Warning]) {
    let Wire::Record(record) = result else {
        return;
    };
    if warnings.is_empty() {
        return;
    }
    let mut list = match record.remove("warnings") {
        Some(Wire::List(own)) => own,
        _ => Vec::new(),
    };
    list.extend(warnings.iter().map(|w| Wire::from_value(w.to_json())));
    record.insert("warnings", Wire::List(list));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn state_warning() -> Warning {
        Warning {
            kind: "state_not_saved",
            message: "cannot write /x/tedbul.json".into(),
        }
    }

    #[test]
    fn state_warnings_follow_the_results_own() {
        let mut result = Wire::from_value(json!({
            "items": [{"weight": "heavy"}],
            "warnings": [{"path": "items[0].weight", "expected": "a decimal number"}],
        }));
        add_state_warnings(&mut result, &[state_warning()]);
        assert_eq!(
            result.into_value()["warnings"],
            json!([
                {"path": "items[0].weight", "expected": "a decimal number"},
                {"kind": "state_not_saved", "message": "cannot write /x/tedbul.json"},
            ])
        );
    }

    #[test]
    fn state_warnings_alone_make_the_list_and_leave_other_results_alone() {
        let mut record = Wire::from_value(json!({"adsId": 7}));
        add_state_warnings(&mut record, &[state_warning()]);
        assert_eq!(
            record.into_value(),
            json!({"adsId": 7, "warnings": [
                {"kind": "state_not_saved", "message": "cannot write /x/tedbul.json"},
            ]})
        );
        let mut list = Wire::from_value(json!([1, 2]));
        add_state_warnings(&mut list, &[state_warning()]);
        assert_eq!(list.into_value(), json!([1, 2]));
        let mut clean = Wire::from_value(json!({"adsId": 7}));
        add_state_warnings(&mut clean, &[]);
        assert_eq!(clean.into_value(), json!({"adsId": 7}));
    }
}
