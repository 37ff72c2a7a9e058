//! What the sync runner hands the bindings besides operation results: its
//! report, its state and the ERP documents it delivers. The bindings type
//! them by these schemas (through `ops::Shape`), not by key names.

use super::{ERP_DOCUMENT, MONEY, QUANTITY_WARNING_ITEM};
use crate::schema::{Field, Schema, Type};

/// The run's final report (`catalogue` or `orders` job); `state` is a
/// [`SYNC_STATE`], other fields carry no money.
pub static SYNC_REPORT: Schema = Schema {
    fields: &[
        Field::required(
            "warnings",
            Type::List {
                item: &QUANTITY_WARNING_ITEM,
                min: 0,
                max: None,
            },
            "catalogue: stock sent other than the ERP has it",
        ),
        Field::required(
            "documents",
            Type::List {
                item: &Type::Object(&ERP_DOCUMENT),
                min: 0,
                max: None,
            },
            "orders: the ERP documents imported",
        ),
        Field::required("state", Type::Any, "The final sync state"),
    ],
    open: true,
    rules: &[],
};

/// A sync state; `items` maps each marketplace key to a [`SYNC_STATE_ITEM`].
pub static SYNC_STATE: Schema = Schema {
    fields: &[Field::required(
        "items",
        Type::Any,
        "What the marketplace has, by productCode or barcode",
    )],
    open: true,
    rules: &[],
};

/// One item of a sync state: what the marketplace has for a key.
pub static SYNC_STATE_ITEM: Schema = Schema {
    fields: &[Field::optional("price", MONEY, "The price last confirmed")],
    open: true,
    rules: &[],
};
