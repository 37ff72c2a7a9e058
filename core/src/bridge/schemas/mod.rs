//! The parameter and result schemas of the `map.*` and `sync.*` operations.

mod params;
mod results;
mod run;

pub use params::*;
pub use results::*;
pub use run::*;

use crate::schema::{Field, MoneyWire, Schema, Type};

/// Money with a dot.
const MONEY: Type = Type::Money(MoneyWire::Dot);
/// 0 or 1 (true or false).
const FLAG: Type = Type::Choice(&[0, 1]);
/// A list of texts.
const TEXT_LIST: Type = Type::List {
    item: &Type::TEXT,
    min: 0,
    max: None,
};

/// One request of a plan: `{"op", "params", "keys", "set"}`.
static PLANNED_REQUEST: Schema = Schema {
    fields: &[
        Field::required("op", Type::TEXT, "The operation to call"),
        Field::optional("params", Type::Any, "Its params"),
        Field::required("keys", TEXT_LIST, "The item keys it carries"),
        Field::required(
            "set",
            Type::Any,
            "What each key's item becomes once acknowledged",
        ),
    ],
    open: false,
    rules: &[],
};
