//! The sync runner: drives a core [`SyncRun`] with blocking clients, keeps
//! the sync state in a file after every step that changes it, and tells the
//! caller through one hook (progress, deliveries of ERP documents, saves).

use crate::sync_journal;
use crate::Client;
use kopru_core::bridge::run::{check_clients, Action, Answer, SyncRun, Target};
use kopru_core::Error;
use serde_json::{json, Value};
use std::path::Path;

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
}

impl<E> From<Error> for SyncError<E> {
    fn from(error: Error) -> Self {
        SyncError::Kopru(error)
    }
}

/// Runs a sync job (`params`: see `kopru_core::bridge::run`) to its report.
/// With `state_file`, the state is read from it when `params` has none and
/// written to it whenever it changes: a snapshot, or what changed appended
/// to `<state_file>.journal` (see `sync_journal`).
pub fn run_sync<E>(
    clients: SyncClients<'_>,
    params: &Value,
    state_file: Option<&Path>,
    mut hook: impl FnMut(Hook<'_>) -> Result<(), E>,
) -> Result<Value, SyncError<E>> {
    let mut params = params.clone();
    if let (Some(path), None | Some(Value::Null)) = (state_file, params.get("state")) {
        if let (Some(state), Some(map)) = (sync_journal::load(path)?, params.as_object_mut()) {
            map.insert("state".into(), state);
        }
    }
    check_clients(
        &params,
        clients.marketplace.service(),
        clients.erp.map(Client::service),
    )?;
    let mut run = SyncRun::new(&params)?;
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
                answer = Some(match client.call(&op, &params) {
                    Ok(result) => Answer::Result(result),
                    Err(error) => {
                        let json = error.to_json();
                        last_error = Some(error);
                        Answer::Error(json)
                    }
                });
            }
            Action::Save(save) => {
                if let Some(path) = state_file {
                    sync_journal::save(path, &save)?;
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
