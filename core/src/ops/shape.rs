//! Where the money and the decimal quantities are in an operation's result,
//! for the bindings: they walk a result and its [`Shape`] side by side and
//! turn money into their exact decimal type, without guessing from key names.

use super::typing::{type_of_key, KeyKinds};
use super::{Operation, Role, NO_FIELDS};
use crate::bridge::schemas::{ERP_DOCUMENT, SYNC_REPORT, SYNC_STATE, SYNC_STATE_ITEM};
use crate::schema::{Schema, Type};

/// The declared shape of one position in a result.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// Nothing is declared here: values are plain JSON.
    Plain,
    /// A page result: `items` are records of the schema.
    Page(&'static Schema, &'static KeyKinds),
    /// A record (object) of the schema; open records read the fallback for other keys.
    Record(&'static Schema, &'static KeyKinds),
    /// A list of records of the schema (a page's `items`).
    Items(&'static Schema, &'static KeyKinds),
    /// A value of one declared type.
    Of(&'static Type, &'static KeyKinds),
    /// A record of the bridge (a local operation's result, the sync runner's
    /// report): the schema's fields, its `state` a [`Shape::SyncState`].
    Bridge(&'static Schema),
    /// A sync state: its `items` map every key to a record of [`SYNC_STATE_ITEM`].
    SyncState,
    /// An object whose every value is a record of the schema (a map keyed by data).
    Keyed(&'static Schema),
}

/// What a scalar at a position is, for the bindings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaf {
    /// Money: a dot-decimal string the binding turns into its exact decimal type.
    Money,
    /// A decimal quantity: a JSON number the binding may turn into its decimal type.
    Decimal,
    /// Anything else.
    Other,
}

/// No keys of open records are typed beyond their schema's fields.
static NO_KEYS: KeyKinds = KeyKinds {
    money: &[],
    integer: &[],
    decimal: &[],
    id: &[],
    date: &[],
};

impl Shape {
    /// The shape of the result of `op`. Local operations (`map.*`, `sync.*`, code
    /// tables) answer bridge records, typed by their result schema alone.
    pub fn of_result(op: &'static Operation) -> Shape {
        let fallback = super::fallback_of(op.service);
        if matches!(op.role, Role::Local(_)) {
            Shape::Bridge(op.result)
        } else if op.paginated {
            Shape::Page(op.result, fallback)
        } else {
            Shape::Record(op.result, fallback)
        }
    }

    /// The shape of the sync runner's final report (either job).
    pub fn sync_report() -> Shape {
        Shape::Bridge(&SYNC_REPORT)
    }

    /// The shape of a sync state the runner saves.
    pub fn sync_state() -> Shape {
        Shape::SyncState
    }

    /// The shape of an ERP sales-order document the runner delivers.
    pub fn erp_document() -> Shape {
        Shape::Record(&ERP_DOCUMENT, &NO_KEYS)
    }

    /// The shape of the runner's progress events: they carry counts, codes
    /// and messages, never money.
    pub fn sync_event() -> Shape {
        Shape::Plain
    }

    /// The shape of the value under `key` of an object at this position.
    pub fn field(self, key: &str) -> Shape {
        match self {
            Shape::Bridge(schema) => match key {
                "state" => Shape::SyncState,
                _ => Shape::Record(schema, &NO_KEYS).field(key),
            },
            Shape::SyncState => match key {
                "items" => Shape::Keyed(&SYNC_STATE_ITEM),
                _ => Shape::Record(&SYNC_STATE, &NO_KEYS).field(key),
            },
            Shape::Keyed(schema) => Shape::Record(schema, &NO_KEYS),
            Shape::Plain => Shape::Plain,
            Shape::Page(schema, fallback) => match key {
                "items" => Shape::Items(schema, fallback),
                _ => Shape::Plain,
            },
            Shape::Record(schema, fallback) => match type_of_key(schema, fallback, key) {
                Some(ty) => Shape::Of(ty, fallback),
                None => Shape::Record(&NO_FIELDS, fallback),
            },
            Shape::Of(Type::Object(schema), fallback) => Shape::Record(schema, fallback).field(key),
            Shape::Of(Type::Any, fallback) => Shape::Record(&NO_FIELDS, fallback).field(key),
            Shape::Items(..) | Shape::Of(..) => Shape::Plain,
        }
    }

    /// The shape of each item of a list at this position.
    pub fn item(self) -> Shape {
        match self {
            Shape::Of(Type::List { item, .. }, fallback) => match item {
                Type::Object(schema) => Shape::Record(schema, fallback),
                other => Shape::Of(other, fallback),
            },
            Shape::Items(schema, fallback) => Shape::Record(schema, fallback),
            Shape::Record(..) | Shape::Of(Type::Any, _) => self,
            _ => Shape::Plain,
        }
    }

    /// What a scalar at this position is.
    pub fn leaf(self) -> Leaf {
        match self {
            Shape::Of(Type::Money(_), _) => Leaf::Money,
            Shape::Of(Type::Decimal, _) => Leaf::Decimal,
            _ => Leaf::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "bridge")]
    #[test]
    fn the_runner_outputs_are_typed_by_declared_fields_not_key_names() {
        let report = Shape::sync_report();
        let warning = report.field("warnings").item();
        assert_eq!(warning.field("erp").leaf(), Leaf::Money);
        assert_eq!(warning.field("sent").leaf(), Leaf::Other);
        let line = report.field("documents").item().field("Lines").item();
        assert_eq!(line.field("PriceVI").leaf(), Leaf::Money);
        assert_eq!(line.field("NetAmount").leaf(), Leaf::Money);
        let item = report
            .field("state")
            .field("items")
            .field("SHIRT-001-RED-M");
        assert_eq!(item.field("price").leaf(), Leaf::Money);
        assert_eq!(item.field("quantity").leaf(), Leaf::Other);
        let document = Shape::erp_document();
        assert_eq!(document.field("TotalVI").leaf(), Leaf::Money);
        assert_eq!(
            Shape::sync_state()
                .field("items")
                .field("k")
                .field("price")
                .leaf(),
            Leaf::Money
        );
        let plan = Shape::of_result(crate::ops::find("sync.plan").unwrap());
        let planned = plan.field("warnings").item();
        assert_eq!(planned.field("erp").leaf(), Leaf::Money);
        let saved = plan.field("state").field("items").field("SHIRT-001");
        assert_eq!(saved.field("price").leaf(), Leaf::Money);
        let orders = Shape::of_result(crate::ops::find("map.entegra.orders_to_erp").unwrap());
        let line = orders.field("documents").item().field("Lines").item();
        assert_eq!(line.field("AmountVI").leaf(), Leaf::Money);
        // Money key names elsewhere are not guessed at.
        assert_eq!(
            plan.field("requests").item().field("price").leaf(),
            Leaf::Other
        );
        assert_eq!(report.field("price").leaf(), Leaf::Other);
        assert_eq!(
            report.field("errors").item().field("price").leaf(),
            Leaf::Other
        );
        assert_eq!(document.field("price").leaf(), Leaf::Other);
        assert_eq!(Shape::sync_event().field("TotalVI").leaf(), Leaf::Other);
    }
}
