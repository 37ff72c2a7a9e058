//! The sync runner as a sans-IO state machine: what a bundled client does,
//! step by step, to sync a marketplace with the ERP or to import its orders.
//!
//! A binding creates a [`SyncRun`] from its params and loops:
//!
//! ```text
//! answer = null
//! loop:
//!     action = run.step(answer)
//!     {"call": {"client": "erp"|"marketplace", "op", "params"}}
//!         -> answer = {"result": client.call(op, params)} or {"error": error JSON}
//!     {"save": {"state"}}      -> persist this whole sync state now (a snapshot); answer = null
//!     {"save": {"change"}}     -> persist what changed since the last save (a journal
//!                                 entry, see `bridge::journal`); answer = null
//!     {"progress": event}      -> tell the caller; answer = null
//!     {"deliver": {"order", "document", "retry"}}
//!         -> hand the ERP sales-order document to the caller's importer; answer = {"result": true}
//!            (retry: a run died while this document was being handed over, so it
//!            may be in the ERP already: the importer checks its OrderNumber)
//!     {"done": report}         -> the run is over
//!     {"fail": {"error"}}      -> the run stopped on the error of the last call: raise it
//! ```
//!
//! Jobs (`"job"` in the params):
//! - `catalogue`: read the ERP products and stock (or take `snapshot`), plan
//!   once (reading the marketplace listing first on a first sync or when
//!   creations are in doubt), then send each planned request and advance the
//!   state for what the marketplace acknowledged, saving it after every
//!   request. A create is marked pending and the state saved just before it
//!   is sent, so a run killed at any point resumes without creating anything
//!   twice (and one stopped between requests resumes without reading the
//!   listing). The planner and the state are typed Rust, called directly.
//!
//! Saving costs what changed: the run saves the whole state once it has
//! planned (`{"save": {"state"}}`), then after each request only the keys the
//! request touched (`{"save": {"change"}}`, a journal entry to fold into the
//! saved state with [`crate::bridge::journal::fold`]), and the whole state
//! again whenever the entries since the last snapshot outgrow it, so the
//! total written stays linear in the work done. A binding that needs the
//! whole state at some save asks [`SyncRun::state`].
//! - `orders`: read the ERP products, the marketplace's unacknowledged orders
//!   (Entegra `sync=0`, Tedbul status 0), turn them into ERP documents, deliver
//!   each (its id saved in the state before and after), then acknowledge the delivered ones
//!   (`entegra.orders.update_erp`, `tedbul.orders.confirm`). An order with a
//!   line that cannot be resolved is reported and neither delivered nor
//!   acknowledged.
//!
//! `"dry_run": true` in the params: the run reads what a real one reads (and,
//! for a catalogue, the marketplace's listing too, to show its values now),
//! plans or maps once, and ends with a report of what it would send
//! (`bridge::run::dry_run`): it never asks for a write, a delivery or a save.

mod catalogue;
mod dry_run;
mod orders;
mod reader;
mod report;

use super::state::{Marketplace, SyncState};
use crate::error::Error;
use crate::schema::{child_path, Problems};
use crate::service::Service;
use catalogue::CatalogueJob;
use orders::OrdersJob;
use serde_json::{json, Value};
use std::collections::VecDeque;

/// Which client a call goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The ERP's client.
    Erp,
    /// The marketplace's (Entegra or Tedbul) client.
    Marketplace,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Erp => "erp",
            Target::Marketplace => "marketplace",
        }
    }
}

/// What the binding must do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Run `op` with `params` through the `target` client and answer with its outcome.
    Call {
        /// The client to use.
        target: Target,
        /// The operation.
        op: String,
        /// Its params.
        params: Value,
    },
    /// Persist the sync state (or what changed of it) before going on.
    Save(Save),
    /// Tell the caller how the run goes.
    Progress(Value),
    /// Hand this ERP document to the caller's importer; answer when it is imported.
    Deliver {
        /// The marketplace's order id.
        order: String,
        /// The ERP sales-order document.
        document: Value,
        /// True when an earlier run may have imported it already (check its OrderNumber).
        retry: bool,
    },
    /// The run is over: its report.
    Done(Value),
    /// The run stopped on the error of the last call (its JSON).
    Fail(Value),
}

impl Action {
    /// The action as JSON (see the module documentation).
    pub fn to_json(&self) -> Value {
        match self {
            Action::Call { target, op, params } => {
                json!({"call": {"client": target.name(), "op": op, "params": params}})
            }
            Action::Save(save) => json!({"save": save.to_json()}),
            Action::Progress(event) => json!({"progress": event}),
            Action::Deliver {
                order,
                document,
                retry,
            } => json!({"deliver": {"order": order, "document": document, "retry": retry}}),
            Action::Done(report) => json!({"done": report}),
            Action::Fail(error) => json!({"fail": {"error": error}}),
        }
    }
}

/// What a save persists.
#[derive(Clone, Debug, PartialEq)]
pub enum Save {
    /// The whole sync state (JSON): it replaces what was saved before.
    State(Value),
    /// What changed since the previous save: a journal entry to fold into
    /// the saved state with [`crate::bridge::journal::fold`].
    Change(Value),
}

impl Save {
    /// The save as the `save` action's JSON: `{"state"}` or `{"change"}`.
    pub fn to_json(&self) -> Value {
        match self {
            Save::State(state) => json!({"state": state}),
            Save::Change(change) => json!({"change": change}),
        }
    }
}

/// The outcome of a call or delivery, as the binding reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The operation's result (a delivery: anything, usually `true`).
    Result(Value),
    /// The error JSON it ended with (`kind`, `message`, …).
    Error(Value),
}

impl Answer {
    /// Reads `{"result": …}`, `{"error": …}` or null (no answer).
    pub fn from_json(value: &Value) -> Result<Option<Answer>, Error> {
        if value.is_null() {
            return Ok(None);
        }
        if let Some(error) = value.get("error").filter(|e| !e.is_null()) {
            return Ok(Some(Answer::Error(error.clone())));
        }
        match value.get("result") {
            Some(result) => Ok(Some(Answer::Result(result.clone()))),
            None => Err(Error::config(
                "a sync answer is {\"result\": …}, {\"error\": …} or null",
            )),
        }
    }

    /// The error's kind, for an error answer.
    fn error_kind(&self) -> Option<&str> {
        match self {
            Answer::Error(error) => error.get("kind").and_then(Value::as_str),
            Answer::Result(_) => None,
        }
    }
}

/// Error kinds after which a run cannot go on (another request would fail the same way).
const FATAL: [&str; 2] = ["auth", "config"];

/// True when an error answer must stop the run.
fn is_fatal(answer: &Answer) -> bool {
    answer
        .error_kind()
        .is_some_and(|kind| FATAL.contains(&kind))
}

/// True when an error answer says the quota is used up: nothing more is sent.
fn is_rate_limited(answer: &Answer) -> bool {
    answer.error_kind() == Some("rate_limited")
}

/// A job's side of the runner: each method gives the actions to emit next,
/// in order (only the last may expect an answer), or the error that ends the
/// run when the job itself cannot go on (data it cannot map, a list that never ends).
trait Job {
    /// Takes the answer to the job's last call or delivery.
    fn answer(&mut self, answer: Answer) -> Result<Vec<Action>, Error>;
    /// The next actions when nothing is waiting for an answer.
    fn advance(&mut self) -> Result<Vec<Action>, Error>;
    /// The sync state as it is now.
    fn state(&self) -> &SyncState;
}

enum AnyJob {
    Catalogue(Box<CatalogueJob>),
    Orders(Box<OrdersJob>),
}

impl AnyJob {
    fn as_job(&mut self) -> &mut dyn Job {
        match self {
            AnyJob::Catalogue(job) => job.as_mut(),
            AnyJob::Orders(job) => job.as_mut(),
        }
    }

    fn state(&self) -> &SyncState {
        match self {
            AnyJob::Catalogue(job) => job.state(),
            AnyJob::Orders(job) => job.state(),
        }
    }
}

/// A sync run in progress (see the module documentation).
pub struct SyncRun {
    job: AnyJob,
    queue: VecDeque<Action>,
    awaiting: bool,
    finished: bool,
}

impl std::fmt::Debug for SyncRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncRun")
            .field("awaiting", &self.awaiting)
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl SyncRun {
    /// A run from its params: `{"job": "catalogue"|"orders", "marketplace":
    /// "entegra"|"tedbul", "state"?, "options"?, "snapshot"?: {"products",
    /// "inventory"}, "dry_run"?: bool}`. Every problem is reported at once, with its path.
    /// The snapshot is moved out of `params`, never copied: a catalogue of 100,000
    /// variants is held once.
    pub fn new(mut params: Value) -> Result<SyncRun, Error> {
        let mut problems = Problems::default();
        let snapshot = params
            .as_object_mut()
            .and_then(|map| map.remove("snapshot"));
        if !params.is_object() {
            problems.add("params", "must be an object");
        }
        for key in params.as_object().into_iter().flat_map(|m| m.keys()) {
            let known = [
                "job",
                "marketplace",
                "state",
                "options",
                "snapshot",
                "dry_run",
            ];
            if !known.contains(&key.as_str()) {
                problems.add(&child_path("", key), "unknown parameter");
            }
        }
        let job = params.get("job").and_then(Value::as_str);
        if !matches!(job, Some("catalogue" | "orders")) {
            problems.add("job", "must be \"catalogue\" or \"orders\"");
        }
        let marketplace = params
            .get("marketplace")
            .and_then(Value::as_str)
            .and_then(Marketplace::from_name);
        if marketplace.is_none() {
            problems.add("marketplace", "must be \"entegra\" or \"tedbul\"");
        }
        let state = match params.get("state").filter(|s| !s.is_null()) {
            Some(given) => SyncState::parse(given, "state", &mut problems),
            None => marketplace.map(SyncState::new),
        };
        if let (Some(state), Some(marketplace)) = (&state, marketplace) {
            if state.marketplace != marketplace {
                problems.add(
                    "state.marketplace",
                    format!("the state is for {}", state.marketplace.name()),
                );
            }
        }
        let snapshot = read_snapshot(snapshot, &mut problems);
        let dry_run = match params.get("dry_run") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(dry_run)) => *dry_run,
            Some(_) => {
                problems.add("dry_run", "must be true or false");
                false
            }
        };
        let options = params.get("options").cloned().unwrap_or(json!({}));
        let (Some(state), Some(marketplace), Some(job), true) =
            (state, marketplace, job, problems.is_empty())
        else {
            return Err(Error::Validation {
                errors: problems.into_errors(),
            });
        };
        let job = match job {
            "catalogue" => AnyJob::Catalogue(Box::new(CatalogueJob::new(
                marketplace,
                state,
                options,
                snapshot,
                dry_run,
            )?)),
            _ => AnyJob::Orders(Box::new(OrdersJob::new(
                marketplace,
                state,
                options,
                snapshot,
                dry_run,
            )?)),
        };
        Ok(SyncRun {
            job,
            queue: VecDeque::new(),
            awaiting: false,
            finished: false,
        })
    }

    /// The next action, given the answer to the previous one (`None` unless
    /// it was a call or a delivery). An error ends the run: the job could not
    /// go on with the data it was given or read (a `validation` error with the
    /// paths of ERP records it cannot map, a `decode` error for a list that
    /// never ends); a failed call ends it with [`Action::Fail`] instead.
    pub fn step(&mut self, answer: Option<Answer>) -> Result<Action, Error> {
        if self.finished {
            return Err(Error::config("this sync run is over"));
        }
        match (self.awaiting, answer) {
            (true, Some(answer)) => {
                self.awaiting = false;
                let actions = self.job.as_job().answer(answer);
                let actions = self.ended_on_error(actions)?;
                self.queue.extend(actions);
            }
            (true, None) => {
                return Err(Error::config(
                    "the sync run waits for the answer to its last call",
                ))
            }
            (false, Some(_)) => {
                return Err(Error::config("the sync run asked for no answer"));
            }
            (false, None) => {}
        }
        if self.queue.is_empty() {
            let actions = self.job.as_job().advance();
            let actions = self.ended_on_error(actions)?;
            self.queue.extend(actions);
        }
        let action = self
            .queue
            .pop_front()
            .unwrap_or_else(|| Action::Fail(Error::config("the sync run stalled").to_json()));
        match action {
            Action::Call { .. } | Action::Deliver { .. } => self.awaiting = true,
            Action::Done(_) | Action::Fail(_) => self.finished = true,
            Action::Save(_) | Action::Progress(_) => {}
        }
        Ok(action)
    }

    /// A job's error ends the run.
    fn ended_on_error(
        &mut self,
        actions: Result<Vec<Action>, Error>,
    ) -> Result<Vec<Action>, Error> {
        if actions.is_err() {
            self.finished = true;
        }
        actions
    }

    /// The whole sync state as it is now (JSON), e.g. for a caller's save
    /// hook: it costs the size of the state, so ask only when needed.
    pub fn state(&self) -> Value {
        self.job.state().to_json()
    }

    /// [`SyncRun::step`] with JSON in and out, for the bindings.
    pub fn step_json(&mut self, answer: &Value) -> Result<Value, Error> {
        let answer = Answer::from_json(answer)?;
        self.step(answer).map(|action| action.to_json())
    }
}

/// Checks the clients a binding is about to run a job with: the marketplace
/// client is for Entegra or Tedbul (and for the params' `marketplace`, when
/// that names one), the ERP client for the ERP, and there is an ERP client
/// unless the params carry a `snapshot`.
pub fn check_clients(
    params: &Value,
    marketplace: Service,
    erp: Option<Service>,
) -> Result<(), Error> {
    if marketplace == Service::Erp {
        return Err(Error::config(
            "the marketplace client is for erp: give an Entegra or Tedbul client",
        ));
    }
    let named = params
        .get("marketplace")
        .and_then(Value::as_str)
        .and_then(Service::from_name);
    if let Some(named) = named.filter(|named| *named != marketplace) {
        return Err(Error::config(format!(
            "the marketplace client is for {}, the run for {}",
            marketplace.name(),
            named.name()
        )));
    }
    match erp {
        Some(Service::Erp) => Ok(()),
        Some(other) => Err(Error::config(format!(
            "the erp client is for {}, not the ERP",
            other.name()
        ))),
        None if params.get("snapshot").is_some_and(|s| !s.is_null()) => Ok(()),
        None => Err(Error::config(
            "the run reads the ERP: give it an erp client, or the ERP data as a snapshot",
        )),
    }
}

/// The ERP snapshot given instead of reading the ERP.
#[derive(Clone, Debug)]
struct Snapshot {
    products: Vec<Value>,
    inventory: Vec<Value>,
}

fn read_snapshot(value: Option<Value>, problems: &mut Problems) -> Option<Snapshot> {
    let mut value = value.filter(|v| !v.is_null())?;
    if !value.is_object() {
        problems.add("snapshot", "must be an object {products, inventory}");
    }
    let mut list = |key: &str| match value.as_object_mut().and_then(|map| map.remove(key)) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => {
            problems.add(&format!("snapshot.{key}"), "must be a list");
            Vec::new()
        }
    };
    let products = list("products");
    let inventory = list("inventory");
    Some(Snapshot {
        products,
        inventory,
    })
}

#[cfg(test)]
mod tests;
