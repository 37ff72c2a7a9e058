//! What a guarded run stops with: the limits its plan broke, with their
//! figures, the first guarded changes and the plan's id (the data of
//! [`crate::Error::Guarded`]).

use serde_json::{json, Value};

/// How many guarded changes the error lists (the count says how many there are).
pub const LISTED_CHANGES: usize = 20;

/// A limit a plan broke, with its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tripped {
    /// More than `limit_percent` % of the `listed` items would become passive or zero.
    Passive {
        /// Items that would become passive or out of stock.
        count: usize,
        /// Items listed on the marketplace (as the plan found it).
        listed: usize,
        /// The configured limit, in percent of `listed`.
        limit_percent: u64,
    },
    /// More than `limit_items` items would get a price moved by more than `limit_percent` %.
    Prices {
        /// Items whose price would move by more than `limit_percent` %.
        count: usize,
        /// The configured size of a big price move, in percent.
        limit_percent: u64,
        /// The configured number of big moves allowed.
        limit_items: u64,
    },
}

impl Tripped {
    /// The limit's name: `passive` or `prices`.
    pub fn name(&self) -> &'static str {
        match self {
            Tripped::Passive { .. } => "passive",
            Tripped::Prices { .. } => "prices",
        }
    }

    /// The limit and its figures as JSON.
    pub fn to_json(&self) -> Value {
        match self {
            Tripped::Passive {
                count,
                listed,
                limit_percent,
            } => json!({"limit": self.name(), "count": count, "listed": listed,
                        "percent": share_percent(*count, *listed), "limit_percent": limit_percent}),
            Tripped::Prices {
                count,
                limit_percent,
                limit_items,
            } => json!({"limit": self.name(), "count": count,
                        "limit_percent": limit_percent, "limit_items": limit_items}),
        }
    }
}

/// `count` of `total` in whole percent, rounded down.
pub fn share_percent(count: usize, total: usize) -> usize {
    (count * 100).checked_div(total).unwrap_or(0)
}

/// One guarded change: an item's field as the marketplace has it and as the plan would set it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardedChange {
    /// The item's key (Entegra productCode, Tedbul barcode).
    pub key: String,
    /// `quantity`, `status` or `price`.
    pub field: &'static str,
    /// The marketplace's value now (prices as dot-decimal text).
    pub before: Value,
    /// The value the plan would send.
    pub after: Value,
}

impl GuardedChange {
    /// The change as JSON: `{"key", "field", "before", "after"}`.
    pub fn to_json(&self) -> Value {
        json!({"key": self.key, "field": self.field, "before": self.before, "after": self.after})
    }
}

/// Why the guard stopped a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardStop {
    /// The limits the plan broke (at least one).
    pub tripped: Vec<Tripped>,
    /// The stable hash of the plan's guarded changes: `accept_plan` takes it.
    pub plan_id: String,
    /// The first [`LISTED_CHANGES`] guarded changes, by key.
    pub changes: Vec<GuardedChange>,
    /// How many guarded changes the plan has.
    pub changes_total: usize,
}

impl GuardStop {
    /// The fields the error JSON adds: `plan_id`, `limits`, `items` and `items_total`.
    pub fn fields(&self) -> [(&'static str, Value); 4] {
        [
            ("plan_id", json!(self.plan_id)),
            (
                "limits",
                Value::Array(self.tripped.iter().map(Tripped::to_json).collect()),
            ),
            (
                "items",
                Value::Array(self.changes.iter().map(GuardedChange::to_json).collect()),
            ),
            ("items_total", json!(self.changes_total)),
        ]
    }
}
