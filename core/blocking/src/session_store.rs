//! The session state file of a client, shared safely between processes.
//!
//! Every call runs under an OS lock on `<state_file>.lock`: the state is
//! re-read first (another process may have logged in or counted requests
//! since), the call runs, and the new state is saved before the lock is
//! released. So processes sharing a `state_file` log in once between them and
//! count one quota. A file that cannot be read as a session state is moved
//! aside (`<state_file>.corrupt-<unix seconds>`) and the client goes on without
//! it; a state that cannot be saved never changes a call's outcome: it becomes
//! a warning (see [`Warning`]) and the next call saves again.

use crate::file_lock::{self, Busy, FileLock, LockError};
use crate::state_file::{self, Durability};
use kopru_core::{Config, Error, Session};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Something the caller should know about a call that still went through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// `state_not_saved` (the state file could not be written, or locked; the
    /// next call tries again), `state_not_read` (another process's newer state
    /// could not be read; this client went on with its own) or `state_corrupt`
    /// (the file was not a session state and was moved aside).
    pub kind: &'static str,
    /// What happened, with the path.
    pub message: String,
}

impl Warning {
    fn new(kind: &'static str, message: String) -> Warning {
        eprintln!("kopru: warning ({kind}): {message}");
        Warning { kind, message }
    }

    /// `{"kind", "message"}`, as it appears in a result's `warnings`.
    pub fn to_json(&self) -> Value {
        json!({"kind": self.kind, "message": self.message})
    }
}

/// A client's state file and what it last held.
#[derive(Debug)]
pub(crate) struct SessionStore {
    path: PathBuf,
    lock_file: PathBuf,
    lock_wait: Duration,
    /// The text this client last read from or wrote to the file.
    known: Option<String>,
    /// Why the current call runs without the lock, when it does.
    unlocked: Option<String>,
    /// Warnings not yet handed to a caller.
    warnings: Vec<Warning>,
}

impl SessionStore {
    /// Opens the state file of `config` (refused now when it cannot be
    /// written) and resumes a session from it.
    pub(crate) fn open(path: &Path, config: Config) -> Result<(SessionStore, Session), Error> {
        state_file::check_usable(path).map_err(Error::config)?;
        let mut store = SessionStore {
            path: path.to_path_buf(),
            lock_file: file_lock::lock_file_of(path),
            // The holder keeps the lock for one call, which its deadline bounds.
            lock_wait: Duration::from_millis(
                config.retry.deadline_ms.saturating_add(config.timeout_ms),
            ),
            known: None,
            unlocked: None,
            warnings: Vec::new(),
        };
        let _lock = store.lock()?;
        let session = match store.read_session(&config).map_err(Error::config)? {
            Some(session) => session,
            None => Session::new(config, None)?,
        };
        Ok((store, session))
    }

    /// Takes the lock (a bounded wait; `Err` when another process held it all
    /// along). A lock file that cannot be opened leaves the call unlocked: the
    /// save usually fails the same way and says so; when it does not, the save
    /// warns that the call ran unlocked.
    pub(crate) fn lock(&mut self) -> Result<Option<FileLock>, Error> {
        match file_lock::acquire(&self.lock_file, self.lock_wait) {
            Ok(lock) => Ok(Some(lock)),
            Err(LockError::Busy(busy)) => Err(busy_error(&busy)),
            Err(LockError::Io(error)) => {
                self.unlocked = Some(format!(
                    "cannot lock {} ({error}): this call ran without the state_file lock",
                    self.lock_file.display()
                ));
                Ok(None)
            }
        }
    }

    /// Brings `session` up to date with the file when another process changed
    /// it (call under the lock).
    pub(crate) fn refresh(&mut self, session: &mut Session) {
        let config = session.config().clone();
        match self.read_session(&config) {
            Ok(Some(fresh)) => *session = fresh,
            Ok(None) => {}
            Err(message) => self.warnings.push(Warning::new("state_not_read", message)),
        }
    }

    /// Saves the session state when it changed (call under the lock); a
    /// failure becomes a warning. The save is durable when more than the
    /// request counters changed (a token, a block); a change of the counters
    /// alone is only atomic, which spares two `fsync`s per call.
    pub(crate) fn save(&mut self, session: &Session) {
        let unlocked = self.unlocked.take();
        let state = session.export_state();
        let text = state.to_string();
        if self.known.as_deref() == Some(text.as_str()) {
            return;
        }
        let before = self
            .known
            .as_deref()
            .and_then(|t| serde_json::from_str(t).ok());
        let durability = if before.map(|b| without_counters(&b)) == Some(without_counters(&state)) {
            Durability::Atomic
        } else {
            Durability::Durable
        };
        match state_file::save(&self.path, &text, durability) {
            Ok(()) => {
                self.known = Some(text);
                if let Some(message) = unlocked {
                    self.warnings.push(Warning::new("state_not_saved", message));
                }
            }
            Err(error) => {
                let message = format!(
                    "cannot write state_file {}: {error}; the call's outcome stands, the next call saves again",
                    self.path.display()
                );
                self.warnings.push(Warning::new("state_not_saved", message));
            }
        }
    }

    /// The warnings gathered since the last time, now handed to a caller.
    pub(crate) fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// A session from the file when its text is new to this client; `None`
    /// when there is nothing new (or nothing usable: a corrupt file is moved
    /// aside); `Err` when the file cannot be read at all.
    fn read_session(&mut self, config: &Config) -> Result<Option<Session>, String> {
        let text = match state_file::read(&self.path) {
            Ok(Some(text)) => text,
            Ok(None) => return Ok(None),
            Err(error) => {
                return Err(format!(
                    "cannot read state_file {}: {error}",
                    self.path.display()
                ))
            }
        };
        if self.known.as_deref() == Some(text.as_str()) {
            return Ok(None);
        }
        let parsed = serde_json::from_str::<Value>(&text)
            .map_err(|e| e.to_string())
            .and_then(|state| {
                Session::new(config.clone(), Some(&state)).map_err(|e| e.to_string())
            });
        match parsed {
            Ok(mut session) => {
                session.seed_jitter(crate::client::os_seed());
                self.known = Some(text);
                Ok(Some(session))
            }
            Err(reason) => {
                self.set_aside(&reason);
                Ok(None)
            }
        }
    }

    /// Moves an unreadable state file aside, with a warning.
    fn set_aside(&mut self, reason: &str) {
        let shown = self.path.display();
        let message = match state_file::move_aside(&self.path) {
            Ok(moved) => format!(
                "state_file {shown} is not a usable session state ({reason}); moved to {} and started without it",
                moved.display()
            ),
            Err(error) => format!(
                "state_file {shown} is not a usable session state ({reason}) and could not be moved aside ({error}); going on without it"
            ),
        };
        self.known = None;
        self.warnings.push(Warning::new("state_corrupt", message));
    }
}

/// The state without the request counters of its quota (the `*_count` and
/// `*_start_ms` fields), which change with every call.
fn without_counters(state: &Value) -> Value {
    let mut state = state.clone();
    if let Some(quota) = state.get_mut("quota").and_then(Value::as_object_mut) {
        quota.retain(|key, _| !key.ends_with("_count") && !key.ends_with("_start_ms"));
    }
    state
}

/// The `config` error of a lock held too long by another process: nothing was sent.
pub(crate) fn busy_error(busy: &Busy) -> Error {
    Error::config(format!("{busy} (nothing was sent)"))
}
