//! The `catalogue` job: ERP products and stock → the marketplace, with the
//! fewest requests, the state saved after every one.

use super::reader::Reader;
use super::report::CatalogueReport;
use super::{is_fatal, is_rate_limited, Action, Answer, Job, Snapshot, Target};
use crate::bridge::state::{Marketplace, SyncState};
use crate::error::Error;
use crate::ops::run_local;
use serde_json::{json, Value};

/// ERP page size: the API's maximum, so the fewest requests read it.
pub(super) const ERP_PAGE: u64 = 100;
/// Tedbul page size when reading its ads.
const TEDBUL_PAGE: u64 = 100;

enum Phase {
    ReadProducts(Reader),
    ReadInventory(Reader),
    Plan,
    ReadListing(Reader),
    Send(usize),
    Finished,
}

/// The catalogue job (see the module documentation of `run`).
pub struct CatalogueJob {
    marketplace: Marketplace,
    state: Value,
    options: Value,
    products: Vec<Value>,
    inventory: Vec<Value>,
    listing: Option<Vec<Value>>,
    first_sync: bool,
    requests: Vec<Value>,
    phase: Phase,
    report: CatalogueReport,
}

impl CatalogueJob {
    /// A job syncing `marketplace` from `state`; the options and a snapshot
    /// are checked now, as `sync.plan` checks them.
    pub fn new(
        marketplace: Marketplace,
        state: SyncState,
        options: Value,
        snapshot: Option<Snapshot>,
    ) -> Result<CatalogueJob, Error> {
        let first_sync = state.items.is_empty() && state.pending.is_empty();
        let state = state.to_json();
        let (phase, products, inventory) = match snapshot {
            Some(snapshot) => (Phase::Plan, snapshot.products, snapshot.inventory),
            None => (
                Phase::ReadProducts(Reader::new(
                    Target::Erp,
                    "erp.products.list",
                    json!({"per_page": ERP_PAGE}),
                )),
                Vec::new(),
                Vec::new(),
            ),
        };
        let job = CatalogueJob {
            marketplace,
            state,
            options,
            products,
            inventory,
            listing: None,
            first_sync,
            requests: Vec::new(),
            phase,
            report: CatalogueReport::new(marketplace),
        };
        run_local("sync.plan", &job.plan_params()).map_err(|error| under(error, "snapshot"))?;
        Ok(job)
    }

    fn plan_params(&self) -> Value {
        let mut params = json!({
            "marketplace": self.marketplace.name(),
            "state": self.state,
            "products": self.products,
            "inventory": self.inventory,
            "options": self.options,
        });
        if let Some(listing) = &self.listing {
            params["listing"] = Value::from(listing.clone());
        }
        params
    }

    fn listing_reader(&self) -> Reader {
        match self.marketplace {
            Marketplace::Entegra => {
                Reader::new(Target::Marketplace, "entegra.products.list", json!({}))
            }
            Marketplace::Tedbul => Reader::new(
                Target::Marketplace,
                "tedbul.ads.list",
                json!({"show": TEDBUL_PAGE}),
            ),
        }
    }

    /// Plans; reads the listing first when the plan needs it.
    fn plan(&mut self) -> Result<Vec<Action>, Error> {
        let plan = run_local("sync.plan", &self.plan_params())?;
        let needs_listing = self.first_sync || plan["listing_needed"] == json!(true);
        if self.listing.is_none() && needs_listing {
            let reader = self.listing_reader();
            let call = reader.call();
            self.phase = Phase::ReadListing(reader);
            return Ok(call.into_iter().collect());
        }
        self.requests = plan["requests"].as_array().cloned().unwrap_or_default();
        self.state = plan["state"].clone();
        for request in self.requests.iter().filter(|r| creates(r)) {
            for key in keys(request) {
                pending(&mut self.state).remove(&key);
            }
        }
        self.report.planned(&plan, self.listing.is_some());
        self.phase = Phase::Send(0);
        Ok(vec![
            Action::Save(self.state.clone()),
            Action::Progress(self.report.planned_event()),
        ])
    }

    /// The call of request `index`, or the end of the run. A create is marked
    /// pending, and the state saved, just before it goes: until the marketplace
    /// confirms it, a later run asks the listing whether it happened.
    fn send(&mut self, index: usize) -> Vec<Action> {
        let Some(request) = self.requests.get(index) else {
            return self.finish();
        };
        let call = Action::Call {
            target: Target::Marketplace,
            op: request["op"].as_str().unwrap_or_default().to_string(),
            params: request["params"].clone(),
        };
        if !creates(request) {
            return vec![call];
        }
        let op = request["op"].clone();
        for key in keys(request) {
            pending(&mut self.state).insert(key, json!({"op": op}));
        }
        vec![Action::Save(self.state.clone()), call]
    }

    /// Applies the answer to request `index` and saves the new state.
    fn applied(&mut self, index: usize, answer: Answer) -> Result<Vec<Action>, Error> {
        let request = self.requests[index].clone();
        let mut params = json!({"state": self.state, "request": request});
        let error = match &answer {
            Answer::Result(result) => {
                params["result"] = result.clone();
                None
            }
            Answer::Error(error) => {
                params["error"] = error.clone();
                Some(error.clone())
            }
        };
        let applied = run_local("sync.apply", &params)?;
        self.state = applied["state"].clone();
        self.report.sent(
            &request,
            &applied,
            error.as_ref(),
            index + 1,
            self.requests.len(),
        );
        let mut actions = vec![
            Action::Save(self.state.clone()),
            Action::Progress(self.report.batch_event()),
        ];
        if is_fatal(&answer) {
            self.phase = Phase::Finished;
            actions.push(Action::Fail(error.unwrap_or(Value::Null)));
        } else if is_rate_limited(&answer) {
            self.report.defer(self.requests.len() - index - 1);
            actions.extend(self.finish());
        } else {
            self.phase = Phase::Send(index + 1);
        }
        Ok(actions)
    }

    fn finish(&mut self) -> Vec<Action> {
        self.phase = Phase::Finished;
        vec![Action::Done(self.report.to_json(&self.state))]
    }
}

impl Job for CatalogueJob {
    fn answer(&mut self, answer: Answer) -> Result<Vec<Action>, Error> {
        if let Phase::Send(index) = self.phase {
            return self.applied(index, answer);
        }
        let result = match answer {
            Answer::Error(error) => {
                self.phase = Phase::Finished;
                return Ok(vec![Action::Fail(error)]);
            }
            Answer::Result(result) => result,
        };
        let finished = match &mut self.phase {
            Phase::ReadProducts(reader)
            | Phase::ReadInventory(reader)
            | Phase::ReadListing(reader) => reader.take(&result)?,
            Phase::Plan | Phase::Send(_) | Phase::Finished => None,
        };
        let Some(event) = finished else {
            return Ok(Vec::new());
        };
        self.phase = match std::mem::replace(&mut self.phase, Phase::Plan) {
            Phase::ReadProducts(reader) => {
                self.products = reader.items;
                Phase::ReadInventory(Reader::new(
                    Target::Erp,
                    "erp.inventory.list",
                    json!({"per_page": ERP_PAGE}),
                ))
            }
            Phase::ReadInventory(reader) => {
                self.inventory = reader.items;
                Phase::Plan
            }
            Phase::ReadListing(reader) => {
                self.listing = Some(reader.items);
                Phase::Plan
            }
            other => other,
        };
        Ok(vec![event])
    }

    fn advance(&mut self) -> Result<Vec<Action>, Error> {
        match &self.phase {
            Phase::ReadProducts(reader)
            | Phase::ReadInventory(reader)
            | Phase::ReadListing(reader) => Ok(reader.call().into_iter().collect()),
            Phase::Plan => self.plan(),
            Phase::Send(index) => Ok(self.send(*index)),
            Phase::Finished => Err(Error::config("the sync run is over")),
        }
    }
}

/// True for a planned request that creates (not safe to repeat blindly).
fn creates(request: &Value) -> bool {
    request["op"]
        .as_str()
        .is_some_and(|op| op.ends_with(".create"))
}

/// The item keys a planned request carries.
fn keys(request: &Value) -> Vec<String> {
    let keys = request["keys"].as_array().into_iter().flatten();
    keys.filter_map(Value::as_str).map(str::to_string).collect()
}

/// The `pending` map of a state (made one if it is missing).
fn pending(state: &mut Value) -> &mut serde_json::Map<String, Value> {
    if !state["pending"].is_object() {
        state["pending"] = json!({});
    }
    state["pending"]
        .as_object_mut()
        .expect("pending was just made an object")
}

/// A validation error of the snapshot's records, with paths under `snapshot`
/// (`products[2].ItemCode` → `snapshot.products[2].ItemCode`); other errors as they are.
pub(super) fn under(error: Error, prefix: &str) -> Error {
    match error {
        Error::Validation { mut errors } => {
            for problem in &mut errors {
                if problem.path.starts_with("products") || problem.path.starts_with("inventory") {
                    problem.path = format!("{prefix}.{}", problem.path);
                }
            }
            Error::Validation { errors }
        }
        other => other,
    }
}
