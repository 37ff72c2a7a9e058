//! The sync runner: drives a core [`SyncRun`] with blocking clients, keeps
//! the sync state in a file after every step that changes it, and tells the
//! caller through one hook (progress, deliveries of ERP documents, saves).
//!
//! With a state file, a run holds the OS lock `<state_file>.lock` from start
//! to end, so two runs on one state never overlap: the second waits at most
//! `lock_wait_ms` (a key of the params, default 0) and then stops with
//! [`SyncError::Locked`] before it reads or sends anything. Every save is
//! durable (`fsync`ed) before the runner goes on, so a create or an
//! acknowledgement is sent only once the state that marks it is on disk. An
//! error after a request was sent says so (`"sent": true` in the error JSON
//! answered to the run), so a create stays in doubt rather than "never sent".
//! A dry run (`"dry_run": true`) writes nothing, so it holds the lock only
//! while it reads the state file.

use crate::file_lock::{self, Busy, LockError};
use crate::state_file::{self, Durability};
use crate::sync_journal;
use crate::Client;
use kopru_core::bridge::run::{check_clients, Action, Answer, Save, SyncRun, Target};
use kopru_core::Error;
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

/// The longest `lock_wait_ms` a run accepts: one day.
const MAX_LOCK_WAIT_MS: u64 = 86_400_000;

/// The clients of a run: the ERP's (not needed when the params carry a
/// `snapshot`) and the marketplace's.
#[derive(Clone, Copy, Debug)]
pub struct SyncClients<'a> {
    /// The ERP client, or `None` when the run is given a snapshot.
    pub erp: Option<&'a Client>,
    /// The Entegra or Tedbul client.
    pub marketplace: &'a Client,
}

/// What the run asks of the caller.
#[derive(Debug)]
pub enum Hook<'a> {
    /// A progress event (`{"event": "read" | "planned" | "batch" | …}`).
    Progress(&'a Value),
    /// The sync state changed (already written to the state file, if any).
    Save(Saved<'a>),
    /// Import this ERP sales-order document; return once it is in the ERP.
    /// `retry`: an earlier run died while handing it over, so check its OrderNumber first.
    Deliver {
        /// The marketplace's order id.
        order: &'a str,
        /// The ERP sales-order document.
        document: &'a Value,
        /// True when it may already be in the ERP.
        retry: bool,
    },
}

/// A save of the run; the whole state is built only when asked for.
#[derive(Clone, Copy)]
pub struct Saved<'a> {
    run: &'a SyncRun,
}

impl Saved<'_> {
    /// The whole sync state now: it costs the size of the state, so a hook
    /// that keeps no state of its own need not ask.
    pub fn state(&self) -> Value {
        self.run.state()
    }
}

impl std::fmt::Debug for Saved<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Saved").finish_non_exhaustive()
    }
}

/// Why a run stopped.
#[derive(Debug)]
pub enum SyncError<E> {
    /// A kopru error (bad params, a call that cannot go on, the state file).
    Kopru(Error),
    /// The caller's hook failed (the run stops; the state is saved).
    Hook(E),
    /// Another run held the state file's lock for all of `lock_wait_ms`;
    /// nothing was read or sent.
    Locked(Busy),
}

impl<E> From<Error> for SyncError<E> {
    fn from(error: Error) -> Self {
        SyncError::Kopru(error)
    }
}

/// Runs a sync job (`params`: see `kopru_core::bridge::run`, plus
/// `lock_wait_ms`) to its report. With `state_file`, the run holds its lock,
/// the state is read from it when `params` has none, and written to it
/// (durably) whenever it changes: a snapshot, or what changed appended to
/// `<state_file>.journal` (see `sync_journal`). A state file that is not a sync state stops
/// the run: starting over would adopt the marketplace's listing as it is.
pub fn run_sync<E>(
    clients: SyncClients<'_>,
    params: &Value,
    state_file: Option<&Path>,
    mut hook: impl FnMut(Hook<'_>) -> Result<(), E>,
) -> Result<Value, SyncError<E>> {
    let mut params = params.clone();
    let lock_wait = take_lock_wait(&mut params)?;
    let mut lock = match state_file {
        Some(path) => Some(lock_state(path, lock_wait)?),
        None => None,
    };
    if let (Some(path), None | Some(Value::Null)) = (state_file, params.get("state")) {
        if let (Some(state), Some(map)) = (load_state(path)?, params.as_object_mut()) {
            map.insert("state".into(), state);
        }
    }
    if params.get("dry_run") == Some(&Value::Bool(true)) {
        lock = None;
    }
    let _lock = lock;
    check_clients(
        &params,
        clients.marketplace.service(),
        clients.erp.map(Client::service),
    )?;
    let mut run = SyncRun::new(params)?;
    let mut answer = None;
    let mut last_error = None;
    loop {
        match run.step(answer.take())? {
            Action::Call { target, op, params } => {
                let client = match target {
                    Target::Marketplace => clients.marketplace,
                    Target::Erp => clients.erp.ok_or_else(|| {
                        Error::config("the run reads the ERP: give it an erp client")
                    })?,
                };
                last_error = None;
                let outcome = client.call_outcome(&op, &params);
                answer = Some(match outcome.result {
                    Ok(result) => Answer::Result(result.into_value()),
                    Err(error) => {
                        let mut json = error.to_json();
                        json["sent"] = Value::Bool(outcome.sent);
                        last_error = Some(error);
                        Answer::Error(json)
                    }
                });
            }
            Action::Save(save) => {
                if let Some(path) = state_file {
                    save_state(path, &save)?;
                }
                hook(Hook::Save(Saved { run: &run })).map_err(SyncError::Hook)?;
            }
            Action::Progress(event) => hook(Hook::Progress(&event)).map_err(SyncError::Hook)?,
            Action::Deliver {
                order,
                document,
                retry,
            } => {
                hook(Hook::Deliver {
                    order: &order,
                    document: &document,
                    retry,
                })
                .map_err(SyncError::Hook)?;
                answer = Some(Answer::Result(json!(true)));
            }
            Action::Done(report) => return Ok(report),
            Action::Fail(error) => {
                return Err(SyncError::Kopru(last_error.unwrap_or_else(|| {
                    Error::config(format!("the sync run stopped: {error}"))
                })))
            }
        }
    }
}

/// Takes `lock_wait_ms` out of the params (the core runner does not know it).
fn take_lock_wait(params: &mut Value) -> Result<Duration, Error> {
    let given = params
        .as_object_mut()
        .and_then(|map| map.remove("lock_wait_ms"));
    match given {
        None | Some(Value::Null) => Ok(Duration::ZERO),
        Some(value) => match value.as_u64().filter(|ms| *ms <= MAX_LOCK_WAIT_MS) {
            Some(ms) => Ok(Duration::from_millis(ms)),
            None => Err(Error::config(format!(
                "lock_wait_ms must be a whole number of milliseconds from 0 to {MAX_LOCK_WAIT_MS}"
            ))),
        },
    }
}

/// Takes the run's lock on its state file.
fn lock_state<E>(path: &Path, wait: Duration) -> Result<file_lock::FileLock, SyncError<E>> {
    state_file::check_usable(path)
        .map_err(|problem| Error::config(format!("sync state file: {problem}")))?;
    file_lock::acquire(&file_lock::lock_file_of(path), wait).map_err(|error| match error {
        LockError::Busy(busy) => SyncError::Locked(busy),
        LockError::Io(error) => SyncError::Kopru(Error::config(format!(
            "cannot lock the sync state file {}: {error}",
            path.display()
        ))),
    })
}

/// The saved sync state, its journal replayed over it; `None` when there is none yet.
fn load_state(path: &Path) -> Result<Option<Value>, Error> {
    let shown = path.display();
    let text = state_file::read(path)
        .map_err(|e| Error::config(format!("cannot read the sync state file {shown}: {e}")))?;
    let Some(text) = text else {
        return sync_journal::replay(path, None);
    };
    let state = serde_json::from_str(&text).map_err(|e| {
        Error::config(format!(
            "the sync state file {shown} is corrupt ({e}): the run stops, for starting over would \
             adopt the marketplace's listing as it is; restore the file from a backup, or remove \
             it to start over on purpose"
        ))
    })?;
    sync_journal::replay(path, Some(state))
}

/// Saves a snapshot (the state file replaced, the journal removed) or a change
/// (appended to the journal), durably; the run stops when it cannot.
fn save_state(path: &Path, save: &Save) -> Result<(), Error> {
    match save {
        Save::State(state) => {
            state_file::save(path, &state.to_string(), Durability::Durable).map_err(|e| {
                Error::config(format!(
                    "cannot write the sync state file {}: {e}",
                    path.display()
                ))
            })?;
            sync_journal::clear(path)
        }
        Save::Change(change) => sync_journal::append(path, change),
    }
}
