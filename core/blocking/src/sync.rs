//! The sync runner: drives a core [`SyncRun`] with blocking clients, keeps
//! the sync state in a file after every step that changes it, and tells the
//! caller through one hook (progress, deliveries of ERP documents, saves).

use crate::state_file;
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
    Save(&'a Value),
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
/// written to it whenever it changes.
pub fn run_sync<E>(
    clients: SyncClients<'_>,
    params: &Value,
    state_file: Option<&Path>,
    mut hook: impl FnMut(Hook<'_>) -> Result<(), E>,
) -> Result<Value, SyncError<E>> {
    let mut params = params.clone();
    if let (Some(path), None | Some(Value::Null)) = (state_file, params.get("state")) {
        if let (Some(state), Some(map)) = (state_file::load(path)?, params.as_object_mut()) {
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
            Action::Save(state) => {
                if let Some(path) = state_file {
                    state_file::save(path, &state)?;
                }
                hook(Hook::Save(&state)).map_err(SyncError::Hook)?;
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
