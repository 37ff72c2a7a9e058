//! The guard's config: the `guard` object of the sync options and the
//! `accept_plan` option, every field optional and range-checked by the schema.
//!
//! ```json
//! {"guard": {"enabled": 1, "max_passive_percent": 20, "min_passive_items": 5,
//!            "max_price_change_percent": 25, "max_price_changes": 10},
//!  "accept_plan": "9f2c4e1a07b3d866"}
//! ```

use crate::bridge::options::{flag_option, text_option};
use crate::schema::{integer, DefaultValue, Field, Schema, Type};
use serde_json::Value;

/// Default: more than this share (in percent) of the listing made passive or zero stops a run.
pub const MAX_PASSIVE_PERCENT: i64 = 20;
/// Default: the passive/zero limit trips only from this many items on.
pub const MIN_PASSIVE_ITEMS: i64 = 5;
/// Default: a price moved by more than this percentage counts as a big move.
pub const MAX_PRICE_CHANGE_PERCENT: i64 = 25;
/// Default: more than this many big price moves stop a run.
pub const MAX_PRICE_CHANGES: i64 = 10;

/// The schema of the `guard` object of the sync options.
pub(crate) static GUARD_OPTIONS: Schema = Schema {
    fields: &[
        Field::defaulted(
            "enabled",
            Type::Choice(&[0, 1]),
            DefaultValue::Int(1),
            "0 turns the guard off: every plan is sent, however much it changes",
        ),
        Field::defaulted(
            "max_passive_percent",
            Type::Int {
                min: Some(0),
                max: Some(100),
            },
            DefaultValue::Int(MAX_PASSIVE_PERCENT),
            "Stop when more than this share (percent) of the listed items would become passive or out of stock",
        ),
        Field::defaulted(
            "min_passive_items",
            Type::Int {
                min: Some(1),
                max: Some(1_000_000),
            },
            DefaultValue::Int(MIN_PASSIVE_ITEMS),
            "The passive/out-of-stock limit trips only from this many items on (a small shop is not stuck)",
        ),
        Field::defaulted(
            "max_price_change_percent",
            Type::Int {
                min: Some(1),
                max: Some(10_000),
            },
            DefaultValue::Int(MAX_PRICE_CHANGE_PERCENT),
            "A price moved by more than this percentage (up or down) counts as a big move",
        ),
        Field::defaulted(
            "max_price_changes",
            Type::Int {
                min: Some(0),
                max: Some(1_000_000),
            },
            DefaultValue::Int(MAX_PRICE_CHANGES),
            "Stop when more than this many items would get a big price move",
        ),
    ],
    open: false,
    rules: &[],
};

/// The guard's limits, read from the (schema-checked) sync options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardOptions {
    /// False when the config turned the guard off.
    pub enabled: bool,
    /// The largest share (percent) of the listing that may become passive or zero.
    pub max_passive_percent: u64,
    /// The fewest passive/zero items that can trip the guard.
    pub min_passive_items: u64,
    /// A price move beyond this percentage is a big one.
    pub max_price_change_percent: u64,
    /// The most items that may get a big price move.
    pub max_price_changes: u64,
    /// The plan a person accepted: a plan whose guarded changes hash to it goes ahead.
    pub accept_plan: Option<String>,
}

impl Default for GuardOptions {
    fn default() -> GuardOptions {
        GuardOptions {
            enabled: true,
            max_passive_percent: MAX_PASSIVE_PERCENT as u64,
            min_passive_items: MIN_PASSIVE_ITEMS as u64,
            max_price_change_percent: MAX_PRICE_CHANGE_PERCENT as u64,
            max_price_changes: MAX_PRICE_CHANGES as u64,
            accept_plan: None,
        }
    }
}

impl GuardOptions {
    /// Reads `guard` and `accept_plan` from sync options the schema has checked.
    pub fn read(options: &Value) -> GuardOptions {
        let mut out = GuardOptions {
            accept_plan: text_option(options, "accept_plan"),
            ..GuardOptions::default()
        };
        let Some(guard) = options.get("guard").filter(|g| g.is_object()) else {
            return out;
        };
        out.enabled = flag_option(guard, "enabled", true);
        let limit = |name: &str, default: u64| {
            guard
                .get(name)
                .and_then(integer)
                .map_or(default, |value| value.max(0) as u64)
        };
        out.max_passive_percent = limit("max_passive_percent", out.max_passive_percent);
        out.min_passive_items = limit("min_passive_items", out.min_passive_items);
        out.max_price_change_percent =
            limit("max_price_change_percent", out.max_price_change_percent);
        out.max_price_changes = limit("max_price_changes", out.max_price_changes);
        out
    }
}
