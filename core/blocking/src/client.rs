//! The blocking client: one call at a time per client, shared safely by threads.

use crate::state_file;
use crate::transport::Transport;
use kopru_core::pages::{first_params, items, next_params};
use kopru_core::{Config, Error, Service, Session, Step};
use serde_json::Value;
use std::collections::VecDeque;
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::thread::sleep;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A blocking kopru client. `Send + Sync`: threads share one client and its
/// token; calls through one client run one at a time, so a token is renewed once.
pub struct Client {
    session: Mutex<Session>,
    transport: Transport,
    state_file: Option<PathBuf>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let session = self.lock();
        let config = session.config();
        f.debug_struct("Client")
            .field("service", &config.service.name())
            .field("base_url", &config.base_url)
            .field("sandbox", &config.sandbox)
            .finish()
    }
}

impl Client {
    /// A client for a config object; resumes from `state_file` when it exists.
    pub fn new(config: &Value) -> Result<Client, Error> {
        let config = Config::from_json(config)?;
        let state_file = config.state_file.as_ref().map(PathBuf::from);
        let state = match &state_file {
            Some(path) => state_file::load(path)?,
            None => None,
        };
        let transport = Transport::for_config(&config);
        let mut session = Session::new(config, state.as_ref())?;
        session.seed_jitter(os_seed());
        Ok(Client {
            session: Mutex::new(session),
            transport,
            state_file,
        })
    }

    /// Runs one operation to its result, blocking until it is done.
    pub fn call(&self, op: &str, params: &Value) -> Result<Value, Error> {
        let mut session = self.lock();
        let outcome = self.drive(&mut session, op, params);
        let saved = match &self.state_file {
            Some(path) => state_file::save(path, &session.export_state()),
            None => Ok(()),
        };
        let result = outcome?;
        saved.map(|()| result)
    }

    /// Every item of a paginated list, fetched lazily page by page.
    pub fn pages(&self, op: &str, params: &Value) -> Pages<&Client> {
        Pages::new(self, op, params)
    }

    /// The service this client talks to.
    pub fn service(&self) -> Service {
        self.lock().config().service
    }

    /// The session state (tokens and quota counters): secret-bearing.
    pub fn export_state(&self) -> Value {
        self.lock().export_state()
    }

    fn lock(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn drive(&self, session: &mut Session, op: &str, params: &Value) -> Result<Value, Error> {
        let mut step = session.start(op, params, now_ms())?;
        loop {
            match step {
                Step::Done(result) => return Ok(result),
                Step::Send { request, after_ms } => {
                    if let Some(wait) = after_ms.filter(|w| *w > 0) {
                        sleep(Duration::from_millis(wait));
                    }
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
fn os_seed() -> u64 {
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
