//! `sync.plan`: previous state + ERP snapshot → the fewest requests that
//! bring a marketplace up to date.
//!
//! The marketplace is taken to have what the state says — or, when the
//! caller passes the marketplace's current `listing` (every page), what the
//! listing says. Only what differs is sent, in full batches within each
//! endpoint's limit; requests beyond `quota_remaining` are left for a later
//! run (`deferred`). Creations whose outcome is unknown (`pending` in the
//! state: a crash or timeout after sending) are not repeated blindly: they
//! are reported `in_doubt` with `listing_needed`, and the next plan given a
//! listing resolves them.
//!
//! The planner is typed: [`PlanInput`] (catalogue and options), [`Desired`]
//! (what the marketplace should have) and [`plan_typed`]; the sync runner
//! calls them directly and [`plan`] is the JSON adapter of `sync.plan`.

mod entegra;
pub mod request;
mod tedbul;

use super::catalogue::Catalogue;
use super::listing;
use super::mapping::entegra::EntegraProduct;
use super::mapping::tedbul::TedbulAd;
use super::mapping::{self, skips_json, Skip};
use super::options::MapOptions;
use super::quantity::{self, warnings_json, QuantityWarning};
use super::schemas::PLAN_PARAMS;
use super::state::{Item, Marketplace, SyncState};
use crate::error::Error;
use crate::schema::{check_object, integer, Problems};
use request::Request;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Entegra's limit per bulk request.
pub const ENTEGRA_BATCH: usize = 50;
/// Tedbul's limit per `ads.update_many` request.
pub const TEDBUL_BATCH: usize = 100;

/// What a marketplace planner produces.
#[derive(Debug)]
pub struct Planned {
    /// The requests, in the order to send them.
    pub requests: Vec<Request>,
    /// Keys left alone because their creation is in doubt.
    pub in_doubt: Vec<String>,
}

/// The most items per request on `marketplace`.
pub fn batch_limit(marketplace: Marketplace) -> usize {
    match marketplace {
        Marketplace::Entegra => ENTEGRA_BATCH,
        Marketplace::Tedbul => TEDBUL_BATCH,
    }
}

/// The ERP catalogue and the options of a plan, typed.
#[derive(Clone, Debug)]
pub struct PlanInput {
    /// The ERP products and their stock.
    pub catalogue: Catalogue,
    /// The mapping options.
    pub options: MapOptions,
    /// Items per batched request.
    pub batch: usize,
    /// Requests that may be sent (`quota_remaining`; unlimited when not given).
    pub quota: usize,
}

impl PlanInput {
    /// Reads products, inventory and options from schema-checked params;
    /// the batch size is checked against `marketplace`'s limit when it is known.
    pub fn read(
        params: &Value,
        marketplace: Option<Marketplace>,
        problems: &mut Problems,
    ) -> PlanInput {
        let options = params.get("options");
        let map_options = MapOptions::parse(options, "options", problems);
        let catalogue = Catalogue::parse(params, &map_options.warehouses, problems);
        let batch = marketplace.map_or(1, |marketplace| {
            let limit = batch_limit(marketplace);
            match options.and_then(|o| o.get("batch_size")).and_then(integer) {
                Some(size) if size as usize > limit => {
                    problems.add(
                        "options.batch_size",
                        format!("at most {limit} for {}", marketplace.name()),
                    );
                    limit
                }
                Some(size) => size.max(1) as usize,
                None => limit,
            }
        });
        let quota = options
            .and_then(|o| o.get("quota_remaining"))
            .and_then(integer)
            .map_or(usize::MAX, |q| q.max(0) as usize);
        PlanInput {
            catalogue,
            options: map_options,
            batch,
            quota,
        }
    }

    /// Checks ERP `products`, `inventory` and `options` as `sync.plan` does
    /// (every problem at once, with its path) and reads them for `marketplace`.
    pub fn check(
        products: Vec<Value>,
        inventory: Vec<Value>,
        options: &Value,
        marketplace: Marketplace,
    ) -> Result<PlanInput, Error> {
        let params = Value::Object(Map::from_iter([
            ("products".to_string(), Value::Array(products)),
            ("inventory".to_string(), Value::Array(inventory)),
            ("options".to_string(), options.clone()),
        ]));
        let mut problems = Problems::default();
        let wire = check_object(&params, &PLAN_PARAMS, "", &mut problems);
        if !problems.is_empty() {
            return Err(Error::Validation {
                errors: problems.into_errors(),
            });
        }
        let input = PlanInput::read(&wire, Some(marketplace), &mut problems);
        match problems.is_empty() {
            true => Ok(input),
            false => Err(Error::Validation {
                errors: problems.into_errors(),
            }),
        }
    }
}

/// What the marketplace should have, mapped from the ERP.
#[derive(Clone, Debug)]
pub enum Desired {
    /// Entegra products with their variations.
    Entegra(Vec<EntegraProduct>),
    /// Tedbul ads.
    Tedbul(Vec<TedbulAd>),
}

impl Desired {
    /// Maps the catalogue for `marketplace`; what cannot be listed goes to `skipped`.
    pub fn map(marketplace: Marketplace, input: &PlanInput, skipped: &mut Vec<Skip>) -> Desired {
        match marketplace {
            Marketplace::Entegra => Desired::Entegra(mapping::entegra::products(
                &input.catalogue,
                &input.options,
                skipped,
            )),
            Marketplace::Tedbul => Desired::Tedbul(mapping::tedbul::ads(
                &input.catalogue,
                &input.options,
                skipped,
            )),
        }
    }

    /// Every key the marketplace should have.
    fn keys(&self) -> Box<dyn Iterator<Item = &String> + '_> {
        match self {
            Desired::Entegra(products) => Box::new(products.iter().flat_map(|p| {
                std::iter::once(&p.code).chain(p.variations.iter().map(|v| &v.code))
            })),
            Desired::Tedbul(ads) => Box::new(ads.iter().map(|a| &a.barcode)),
        }
    }

    /// True when planning from `state` alone would leave keys in doubt, so
    /// the marketplace's listing must be read first: a key we want whose
    /// creation is pending, or (Tedbul) a listed ad whose id is unknown.
    pub fn needs_listing(&self, state: &SyncState) -> bool {
        let unknown_ad = |key: &String| {
            matches!(self, Desired::Tedbul(_))
                && state.items.get(key).is_some_and(|item| item.id.is_none())
        };
        self.keys()
            .any(|key| state.pending.contains_key(key) || unknown_ad(key))
    }
}

/// A plan: the requests to send and the state to start sending them from.
#[derive(Debug)]
pub struct Plan {
    /// The requests, in the order to send them, within the quota.
    pub requests: Vec<Request>,
    /// Planned requests left for a later run (quota).
    pub deferred: usize,
    /// Those requests themselves: the guard judges the whole plan.
    pub later: Vec<Request>,
    /// Keys left alone because their creation is in doubt.
    pub in_doubt: Vec<String>,
    /// Records the mapping left out, and why.
    pub skipped: Vec<Skip>,
    /// Quantities sent other than the ERP has them (fractional or negative stock).
    pub warnings: Vec<QuantityWarning>,
    /// The state as the plan found the marketplace, planned creations pending.
    pub state: SyncState,
}

impl Plan {
    /// The `sync.plan` result, the requests' params moved, not copied.
    pub fn into_json(self) -> Value {
        let requests = self.requests.into_iter().map(Request::into_json).collect();
        let mut out = serde_json::Map::new();
        out.insert("requests".into(), Value::Array(requests));
        out.insert("deferred".into(), Value::from(self.deferred));
        let listing_needed = !self.in_doubt.is_empty();
        let in_doubt = self.in_doubt.into_iter().map(Value::String).collect();
        out.insert("in_doubt".into(), Value::Array(in_doubt));
        out.insert("listing_needed".into(), Value::Bool(listing_needed));
        out.insert("skipped".into(), skips_json(&self.skipped));
        out.insert("warnings".into(), warnings_json(&self.warnings));
        out.insert("state".into(), self.state.to_json());
        Value::Object(out)
    }
}

/// Plans from `state` (taken, not copied) what brings the marketplace to
/// `desired`; `listing` (every page), when given, says what it has now.
pub fn plan_typed(
    state: SyncState,
    input: &PlanInput,
    desired: &Desired,
    skipped: Vec<Skip>,
    listing: Option<&[Value]>,
) -> Plan {
    let doubt = doubt(&state, listing.is_some());
    let warnings = quantity::mapped_warnings(&input.catalogue, &skipped);
    let SyncState {
        marketplace,
        items,
        pending,
        orders,
    } = state;
    let (planned, items) = match desired {
        Desired::Entegra(products) => {
            let price_code = &input.options.price_code;
            let current = current_items(items, &pending, desired, listing, |l| {
                listing::entegra(l, price_code)
            });
            let planned = entegra::plan(products, &current, &doubt, price_code, input.batch);
            (planned, current)
        }
        Desired::Tedbul(ads) => {
            let current = current_items(items, &pending, desired, listing, listing::tedbul);
            (tedbul::plan(ads, &current, &doubt, input.batch), current)
        }
    };
    let Planned {
        mut requests,
        in_doubt,
    } = planned;
    let later = requests.split_off(input.quota.min(requests.len()));
    let deferred = later.len();
    let mut pending = match listing {
        Some(_) => BTreeMap::new(),
        None => pending,
    };
    for request in requests.iter().filter(|r| r.creates()) {
        for key in &request.keys {
            pending.insert(key.clone(), request.op.clone());
        }
    }
    Plan {
        requests,
        deferred,
        later,
        in_doubt,
        skipped,
        warnings,
        state: SyncState {
            marketplace,
            items,
            pending,
            orders,
        },
    }
}

/// Runs `sync.plan` on schema-checked params.
pub fn plan(params: &Value) -> Result<Value, Error> {
    let mut problems = Problems::default();
    let state = read_state(params, &mut problems);
    let input = PlanInput::read(params, state.as_ref().map(|s| s.marketplace), &mut problems);
    let (Some(state), true) = (state, problems.is_empty()) else {
        return Err(Error::Validation {
            errors: problems.into_errors(),
        });
    };
    let listing = params
        .get("listing")
        .and_then(Value::as_array)
        .map(Vec::as_slice);
    let mut skipped = Vec::new();
    let desired = Desired::map(state.marketplace, &input, &mut skipped);
    Ok(plan_typed(state, &input, &desired, skipped, listing).into_json())
}

/// The state given, or a new one for `marketplace`; they must agree.
fn read_state(params: &Value, problems: &mut Problems) -> Option<SyncState> {
    let named = params.get("marketplace").and_then(Value::as_str);
    let marketplace = named.and_then(Marketplace::from_name);
    if named.is_some() && marketplace.is_none() {
        problems.add("marketplace", "must be \"entegra\" or \"tedbul\"");
    }
    match params.get("state").filter(|s| !s.is_null()) {
        Some(given) => {
            let state = SyncState::parse(given, "state", problems)?;
            if marketplace.is_some_and(|m| m != state.marketplace) {
                problems.add(
                    "marketplace",
                    format!("the state is for {}", state.marketplace.name()),
                );
            }
            Some(state)
        }
        None => {
            if named.is_none() {
                problems.add(
                    "marketplace",
                    "required when there is no state (the first sync)",
                );
            }
            marketplace.map(SyncState::new)
        }
    }
}

/// What the marketplace has for our keys: the listing when given (only the
/// keys we manage: mapped now, known to the state, or pending), else the
/// state's `items` (taken as they are).
fn current_items(
    items: BTreeMap<String, Item>,
    pending: &BTreeMap<String, String>,
    desired: &Desired,
    listing: Option<&[Value]>,
    read: impl Fn(&[Value]) -> BTreeMap<String, Item>,
) -> BTreeMap<String, Item> {
    let Some(listing) = listing else {
        return items;
    };
    let ours: BTreeSet<&String> = desired
        .keys()
        .chain(items.keys())
        .chain(pending.keys())
        .collect();
    read(listing)
        .into_iter()
        .filter(|(key, _)| ours.contains(key))
        .collect()
}

/// Keys whose creation is in doubt: the pending ones, unless a listing settles them.
fn doubt(state: &SyncState, listing_given: bool) -> BTreeSet<String> {
    match listing_given {
        true => BTreeSet::new(),
        false => state.pending.keys().cloned().collect(),
    }
}
