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

mod entegra;
pub mod request;
mod tedbul;

use super::catalogue::Catalogue;
use super::listing;
use super::mapping::{self, skips_json};
use super::options::MapOptions;
use super::state::{Item, Marketplace, SyncState};
use crate::error::Error;
use crate::schema::{integer, Problems};
use request::Request;
use serde_json::{json, Value};
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

/// Runs `sync.plan` on schema-checked params.
pub fn plan(params: &Value) -> Result<Value, Error> {
    let mut problems = Problems::default();
    let options = params.get("options");
    let map_options = MapOptions::parse(options, "options", &mut problems);
    let state = read_state(params, &mut problems);
    let catalogue = Catalogue::parse(params, &map_options.warehouses, &mut problems);
    let batch = state.as_ref().map_or(1, |s| {
        let limit = batch_limit(s.marketplace);
        match options.and_then(|o| o.get("batch_size")).and_then(integer) {
            Some(size) if size as usize > limit => {
                problems.add(
                    "options.batch_size",
                    format!("at most {limit} for {}", s.marketplace.name()),
                );
                limit
            }
            Some(size) => size.max(1) as usize,
            None => limit,
        }
    });
    let (Some(state), true) = (state, problems.is_empty()) else {
        return Err(Error::Validation {
            errors: problems.into_errors(),
        });
    };
    let quota = options
        .and_then(|o| o.get("quota_remaining"))
        .and_then(integer)
        .map_or(usize::MAX, |q| q.max(0) as usize);
    let listing = params.get("listing").and_then(Value::as_array);
    let mut skipped = Vec::new();
    let (planned, current) = match state.marketplace {
        Marketplace::Entegra => {
            let desired = mapping::entegra::products(&catalogue, &map_options, &mut skipped);
            let keys = desired
                .iter()
                .flat_map(|p| std::iter::once(&p.code).chain(p.variations.iter().map(|v| &v.code)));
            let current = current_items(&state, keys, listing, |l| {
                listing::entegra(l, &map_options.price_code)
            });
            let doubt = doubt(&state, listing);
            let planned = entegra::plan(&desired, &current, &doubt, &map_options.price_code, batch);
            (planned, current)
        }
        Marketplace::Tedbul => {
            let desired = mapping::tedbul::ads(&catalogue, &map_options, &mut skipped);
            let current = current_items(&state, desired.iter().map(|a| &a.barcode), listing, |l| {
                listing::tedbul(l)
            });
            let doubt = doubt(&state, listing);
            (tedbul::plan(&desired, &current, &doubt, batch), current)
        }
    };
    let Planned {
        mut requests,
        in_doubt,
    } = planned;
    let deferred = requests.len().saturating_sub(quota);
    requests.truncate(quota);
    let mut pending = if listing.is_some() {
        BTreeMap::new()
    } else {
        state.pending.clone()
    };
    for request in requests.iter().filter(|r| r.creates()) {
        for key in &request.keys {
            pending.insert(key.clone(), request.op.clone());
        }
    }
    let next = SyncState {
        marketplace: state.marketplace,
        items: current,
        pending,
        orders: state.orders.clone(),
    };
    Ok(json!({
        "requests": requests.iter().map(Request::to_json).collect::<Vec<_>>(),
        "deferred": deferred,
        "in_doubt": in_doubt,
        "listing_needed": !in_doubt.is_empty(),
        "skipped": skips_json(&skipped),
        "state": next.to_json(),
    }))
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
/// keys we manage: mapped now, known to the state, or pending), else the state.
fn current_items<'a>(
    state: &'a SyncState,
    desired: impl Iterator<Item = &'a String>,
    listing: Option<&Vec<Value>>,
    read: impl Fn(&[Value]) -> BTreeMap<String, Item>,
) -> BTreeMap<String, Item> {
    let Some(listing) = listing else {
        return state.items.clone();
    };
    let ours: BTreeSet<&String> = desired
        .chain(state.items.keys())
        .chain(state.pending.keys())
        .collect();
    read(listing)
        .into_iter()
        .filter(|(key, _)| ours.contains(key))
        .collect()
}

/// Keys whose creation is in doubt: the pending ones, unless a listing settles them.
fn doubt(state: &SyncState, listing: Option<&Vec<Value>>) -> BTreeSet<String> {
    match listing {
        Some(_) => BTreeSet::new(),
        None => state.pending.keys().cloned().collect(),
    }
}
