//! The `catalogue` job: ERP products and stock → the marketplace, with the
//! fewest requests, planned once, the state saved after every request.

use super::dry_run::{endpoints_json, Diff};
use super::reader::Reader;
use super::report::CatalogueReport;
use super::{is_fatal, is_rate_limited, Action, Answer, Job, Save, Snapshot, Target};
use crate::bridge::apply::{advance, unrecognised_answer};
use crate::bridge::guard::{self, GuardOptions};
use crate::bridge::journal::catalogue_entry;
use crate::bridge::listing;
use crate::bridge::mapping::Skip;
use crate::bridge::plan::request::Request;
use crate::bridge::plan::{plan_typed, Desired, PlanInput};
use crate::bridge::state::{Marketplace, SyncState};
use crate::error::Error;
use serde_json::{json, Value};

/// ERP page size: the API's maximum, so the fewest requests read it.
pub(super) const ERP_PAGE: u64 = crate::pages::ERP_MAX_PAGE;

enum Phase {
    ReadProducts(Reader),
    ReadInventory(Reader),
    Plan,
    ReadListing(Reader),
    Send(usize),
    Finished,
}

/// The ERP data and what it maps to, until the plan is made.
struct Planning {
    /// The raw options, checked again with the ERP records once they are read.
    options: Value,
    products: Vec<Value>,
    inventory: Vec<Value>,
    /// The catalogue and options, typed (from a snapshot at once, else once read).
    input: Option<PlanInput>,
    /// What the marketplace should have, once mapped.
    desired: Option<(Desired, Vec<Skip>)>,
    listing: Option<Vec<Value>>,
}

/// The catalogue job (see the module documentation of `run`).
pub struct CatalogueJob {
    marketplace: Marketplace,
    state: SyncState,
    planning: Option<Planning>,
    requests: Vec<Request>,
    /// Keys written to the journal since the last snapshot.
    journaled: usize,
    phase: Phase,
    report: CatalogueReport,
    /// The guard's limits (checked once the plan is made, before anything is sent).
    guard: GuardOptions,
    /// True for a dry run: plan, report, send and save nothing.
    dry_run: bool,
}

impl CatalogueJob {
    /// A job syncing `marketplace` from `state`; the options and a snapshot
    /// are checked now, as `sync.plan` checks them.
    pub fn new(
        marketplace: Marketplace,
        state: SyncState,
        options: Value,
        snapshot: Option<Snapshot>,
        dry_run: bool,
    ) -> Result<CatalogueJob, Error> {
        let (phase, input) = match snapshot {
            Some(snapshot) => {
                let input =
                    PlanInput::check(snapshot.products, snapshot.inventory, &options, marketplace)
                        .map_err(|error| under(error, "snapshot"))?;
                (Phase::Plan, Some(input))
            }
            None => {
                PlanInput::check(Vec::new(), Vec::new(), &options, marketplace)?;
                let reader = Reader::new(
                    Target::Erp,
                    "erp.products.list",
                    json!({"per_page": ERP_PAGE}),
                );
                (Phase::ReadProducts(reader), None)
            }
        };
        let guard = GuardOptions::read(&options);
        Ok(CatalogueJob {
            guard,
            marketplace,
            state,
            planning: Some(Planning {
                options,
                products: Vec::new(),
                inventory: Vec::new(),
                input,
                desired: None,
                listing: None,
            }),
            requests: Vec::new(),
            journaled: 0,
            phase,
            report: CatalogueReport::new(marketplace),
            dry_run,
        })
    }

    fn listing_reader(&self) -> Reader {
        match self.marketplace {
            Marketplace::Entegra => {
                Reader::new(Target::Marketplace, "entegra.products.list", json!({}))
            }
            Marketplace::Tedbul => Reader::new(Target::Marketplace, "tedbul.ads.list", json!({})),
        }
    }

    /// Plans, once: reads the listing first when the plan needs it (a first
    /// sync, or creations in doubt among the keys to sync) or, in a dry run,
    /// to show the marketplace's values now; a dry run plans from the
    /// listing only when a real run would, so it plans what a real run sends.
    fn plan(&mut self) -> Result<Vec<Action>, Error> {
        let marketplace = self.marketplace;
        let planning = self
            .planning
            .as_mut()
            .ok_or_else(|| Error::config("the sync run planned already"))?;
        if planning.input.is_none() {
            let products = std::mem::take(&mut planning.products);
            let inventory = std::mem::take(&mut planning.inventory);
            let input = PlanInput::check(products, inventory, &planning.options, marketplace)?;
            planning.input = Some(input);
        }
        let input = planning.input.as_ref().expect("the input was just read");
        let (desired, _) = planning.desired.get_or_insert_with(|| {
            let mut skipped = Vec::new();
            let desired = Desired::map(marketplace, input, &mut skipped);
            (desired, skipped)
        });
        let first_sync = self.state.items.is_empty() && self.state.pending.is_empty();
        let plan_needs_listing = first_sync || desired.needs_listing(&self.state);
        if planning.listing.is_none() && (plan_needs_listing || self.dry_run) {
            let reader = self.listing_reader();
            let call = reader.call();
            self.phase = Phase::ReadListing(reader);
            return Ok(call.into_iter().collect());
        }
        let Some(Planning {
            input: Some(input),
            desired: Some((desired, skipped)),
            listing,
            ..
        }) = self.planning.take()
        else {
            return Err(Error::config("the sync run lost its plan input"));
        };
        let state = std::mem::replace(&mut self.state, SyncState::new(marketplace));
        let plan_listing = listing.as_deref().filter(|_| plan_needs_listing);
        let plan = plan_typed(state, &input, &desired, skipped, plan_listing);
        let sent_and_later = plan.requests.iter().chain(&plan.later);
        let guard_verdict =
            guard::judge(marketplace, &plan.state.items, sent_and_later, &self.guard);
        if !self.dry_run {
            if let Err(stop) = guard::verdict_stops(guard_verdict.clone(), &self.guard) {
                self.phase = Phase::Finished;
                return Err(stop);
            }
        }
        self.report.planned(&plan, listing.is_some());
        if self.dry_run {
            let now = listing.as_deref().map(|listed| match marketplace {
                Marketplace::Entegra => listing::entegra(listed, &input.options.price_code),
                Marketplace::Tedbul => listing::tedbul(listed),
            });
            let price_name = match marketplace {
                Marketplace::Entegra => input.options.price_code.as_str(),
                Marketplace::Tedbul => "price",
            };
            let mut diff = Diff::new(marketplace, price_name);
            for request in &plan.requests {
                diff.add(request, now.as_ref().unwrap_or(&plan.state.items));
            }
            self.phase = Phase::Finished;
            let mut report = self
                .report
                .dry_run_json(endpoints_json(plan.requests.iter()), diff.into_json());
            report["guard"] = guard_verdict.to_json(&self.guard);
            return Ok(vec![
                Action::Progress(self.report.planned_event()),
                Action::Done(report),
            ]);
        }
        self.state = plan.state;
        self.requests = plan.requests;
        for request in self.requests.iter().filter(|r| r.creates()) {
            for key in &request.keys {
                self.state.pending.remove(key);
            }
        }
        self.phase = Phase::Send(0);
        Ok(vec![
            self.snapshot(),
            Action::Progress(self.report.planned_event()),
        ])
    }

    /// Saves the whole state.
    fn snapshot(&mut self) -> Action {
        self.journaled = 0;
        Action::Save(Save::State(self.state.to_json()))
    }

    /// Saves what request `index` changed: its keys as they are now, or the
    /// whole state once the journal since the last snapshot has outgrown it.
    fn save_keys_of(&mut self, index: usize) -> Action {
        let keys = &self.requests[index].keys;
        self.journaled += keys.len();
        if self.journaled > self.state.items.len() + self.state.pending.len() {
            return self.snapshot();
        }
        Action::Save(Save::Change(catalogue_entry(&self.state, keys)))
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
            op: request.op.clone(),
            params: request.params.clone(),
        };
        if !request.creates() {
            return vec![call];
        }
        for key in &request.keys {
            self.state.pending.insert(key.clone(), request.op.clone());
        }
        vec![self.save_keys_of(index), call]
    }

    /// Applies the answer to request `index` and saves what it changed.
    fn applied(&mut self, index: usize, answer: Answer) -> Vec<Action> {
        let request = &self.requests[index];
        let (outcome, error) = match &answer {
            Answer::Result(result) => (Ok(result), None),
            Answer::Error(error) => (Err(error), Some(error)),
        };
        let unrecognised = outcome.ok().and_then(|result| {
            unrecognised_answer(&request.op, result)
                .map(|message| json!({"kind": "unrecognised_answer", "message": message}))
        });
        let applied = advance(&mut self.state, request, outcome);
        let total = self.requests.len();
        let failure = error.or(unrecognised.as_ref());
        self.report
            .sent(request, &applied, failure, index + 1, total);
        let last = index + 1 == total || is_fatal(&answer) || is_rate_limited(&answer);
        // The run's last save is a snapshot: a finished run leaves the whole state in one piece.
        let save = match last {
            true => self.snapshot(),
            false => self.save_keys_of(index),
        };
        let mut actions = vec![save, Action::Progress(self.report.batch_event())];
        if is_fatal(&answer) {
            self.phase = Phase::Finished;
            actions.push(Action::Fail(error.cloned().unwrap_or(Value::Null)));
        } else if is_rate_limited(&answer) {
            self.report.defer(total - index - 1);
            actions.extend(self.finish());
        } else {
            self.phase = Phase::Send(index + 1);
        }
        actions
    }

    fn finish(&mut self) -> Vec<Action> {
        self.phase = Phase::Finished;
        vec![Action::Done(self.report.to_json(&self.state.to_json()))]
    }
}

impl Job for CatalogueJob {
    fn answer(&mut self, answer: Answer) -> Result<Vec<Action>, Error> {
        if let Phase::Send(index) = self.phase {
            return Ok(self.applied(index, answer));
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
            | Phase::ReadListing(reader) => reader.take(result)?,
            Phase::Plan | Phase::Send(_) | Phase::Finished => None,
        };
        let Some(event) = finished else {
            return Ok(Vec::new());
        };
        let planning = self
            .planning
            .as_mut()
            .ok_or_else(|| Error::config("the sync run planned already"))?;
        self.phase = match std::mem::replace(&mut self.phase, Phase::Plan) {
            Phase::ReadProducts(reader) => {
                planning.products = reader.items;
                Phase::ReadInventory(Reader::new(
                    Target::Erp,
                    "erp.inventory.list",
                    json!({"per_page": ERP_PAGE}),
                ))
            }
            Phase::ReadInventory(reader) => {
                planning.inventory = reader.items;
                Phase::Plan
            }
            Phase::ReadListing(reader) => {
                planning.listing = Some(reader.items);
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

    fn state(&self) -> &SyncState {
        &self.state
    }
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
