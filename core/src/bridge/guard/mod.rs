//! The guard against mass changes: before a catalogue run sends anything,
//! its plan is compared with the marketplace as the plan found it (the
//! listing when it was read, on a first sync or when creations were in
//! doubt; otherwise the state, which holds what the marketplace acknowledged),
//! and the run stops with [`Error::Guarded`] when the plan would
//!
//! - make passive or zero the stock of more than `max_passive_percent` % of
//!   the listed items, and at least `min_passive_items` of them, or
//! - move the price of more than `max_price_changes` items by more than
//!   `max_price_change_percent` %.
//!
//! Creations are not guarded (nothing listed changes). The whole plan is
//! judged, requests the quota defers included. The stop carries a `plan_id`,
//! a stable hash of the guarded changes: given back as `accept_plan`, it lets
//! exactly that plan through; any other plan is judged again.

pub mod options;
pub mod stop;

use crate::bridge::plan::request::Request;
use crate::bridge::state::{Item, Marketplace};
use crate::error::Error;
pub use options::GuardOptions;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
pub use stop::{GuardStop, GuardedChange, Tripped};

/// What the guard makes of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The limits the plan breaks (empty: it may go).
    pub tripped: Vec<Tripped>,
    /// The stable hash of the guarded changes.
    pub plan_id: String,
    /// Every guarded change, by key and field.
    pub changes: Vec<GuardedChange>,
}

impl Verdict {
    /// What a dry run reports of the guard: `enabled`, whether the real run
    /// would be `stopped`, the `plan_id` to accept and the `limits` broken.
    pub fn to_json(&self, options: &GuardOptions) -> Value {
        let accepted = options.accept_plan.as_deref() == Some(self.plan_id.as_str());
        json!({
            "enabled": options.enabled,
            "stopped": options.enabled && !accepted && !self.tripped.is_empty(),
            "plan_id": self.plan_id,
            "limits": self.tripped.iter().map(Tripped::to_json).collect::<Vec<_>>(),
        })
    }

    /// The stop to raise, or `None` when the plan breaks no limit.
    pub fn stop(self) -> Option<GuardStop> {
        if self.tripped.is_empty() {
            return None;
        }
        let changes_total = self.changes.len();
        let mut changes = self.changes;
        changes.truncate(stop::LISTED_CHANGES);
        Some(GuardStop {
            tripped: self.tripped,
            plan_id: self.plan_id,
            changes,
            changes_total,
        })
    }
}

/// The status a passive item has on `marketplace`.
fn passive_status(marketplace: Marketplace) -> i64 {
    match marketplace {
        Marketplace::Entegra => 0,
        Marketplace::Tedbul => 2,
    }
}

/// Judges the `requests` of a plan against what the marketplace has (`listed`).
pub fn judge<'a>(
    marketplace: Marketplace,
    listed: &BTreeMap<String, Item>,
    requests: impl IntoIterator<Item = &'a Request>,
    options: &GuardOptions,
) -> Verdict {
    let passive = passive_status(marketplace);
    let mut changes = BTreeMap::new();
    let mut emptied = BTreeSet::new();
    let mut repriced = BTreeSet::new();
    for (key, after) in requests.into_iter().flat_map(|r| r.set.iter()) {
        let Some(before) = listed.get(key) else {
            continue;
        };
        let mut note = |field: &'static str, was: Value, will: Value| {
            changes.insert(
                (key.clone(), field),
                GuardedChange {
                    key: key.clone(),
                    field,
                    before: was,
                    after: will,
                },
            );
        };
        if after.status == Some(passive) && before.status != Some(passive) {
            emptied.insert(key.clone());
            note("status", json!(before.status), json!(passive));
        }
        if after.quantity == Some(0) && before.quantity.is_some_and(|q| q > 0) {
            emptied.insert(key.clone());
            note("quantity", json!(before.quantity), json!(0));
        }
        if let (Some(was), Some(will)) = (before.price, after.price) {
            if was.moved_more_than_percent(&will, options.max_price_change_percent) {
                repriced.insert(key.clone());
                note(
                    "price",
                    json!(was.to_dot_string()),
                    json!(will.to_dot_string()),
                );
            }
        }
    }
    let mut tripped = Vec::new();
    let share_broken = (emptied.len() as u128) * 100
        > u128::from(options.max_passive_percent) * listed.len() as u128;
    if share_broken && emptied.len() as u64 >= options.min_passive_items {
        tripped.push(Tripped::Passive {
            count: emptied.len(),
            listed: listed.len(),
            limit_percent: options.max_passive_percent,
        });
    }
    if repriced.len() as u64 > options.max_price_changes {
        tripped.push(Tripped::Prices {
            count: repriced.len(),
            limit_percent: options.max_price_change_percent,
            limit_items: options.max_price_changes,
        });
    }
    let changes: Vec<GuardedChange> = changes.into_values().collect();
    Verdict {
        tripped,
        plan_id: plan_id(&changes),
        changes,
    }
}

/// Stops a plan that breaks a limit, unless the guard is off or a person
/// accepted exactly this plan (`accept_plan` equal to its id).
pub fn check<'a>(
    marketplace: Marketplace,
    listed: &BTreeMap<String, Item>,
    requests: impl IntoIterator<Item = &'a Request>,
    options: &GuardOptions,
) -> Result<(), Error> {
    if !options.enabled {
        return Ok(());
    }
    verdict_stops(judge(marketplace, listed, requests, options), options)
}

/// [`check`] for a verdict already made.
pub fn verdict_stops(verdict: Verdict, options: &GuardOptions) -> Result<(), Error> {
    if !options.enabled || options.accept_plan.as_deref() == Some(verdict.plan_id.as_str()) {
        return Ok(());
    }
    match verdict.stop() {
        Some(stop) => Err(Error::Guarded(Box::new(stop))),
        None => Ok(()),
    }
}

/// A stable id of a set of changes (sorted by key and field): 16 hex digits
/// of their FNV-1a 64-bit hash, the same on every platform and in every run.
pub fn plan_id(changes: &[GuardedChange]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for change in changes {
        let line = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1e}",
            change.key, change.field, change.before, change.after
        );
        for byte in line.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests;
