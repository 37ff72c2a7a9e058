//! The sync state: what the marketplace is known to have, item by item.
//!
//! ```json
//! {"version": 1, "marketplace": "entegra" | "tedbul",
//!  "items": {"SHIRT-001": {"quantity": 57, "price": "89.90", "status": 1},
//!            "SHIRT-001-RED-M": {"quantity": 45, "parent": "SHIRT-001"}},
//!  "pending": {"SHIRT-002": {"op": "entegra.products.create"}},
//!  "orders": {"26": {"OrderNumber": "e-1233", "delivered": true}}}
//! ```
//! Entegra items are keyed by productCode (a variation names its `parent`
//! product); Tedbul items by barcode, with the ad `id`. An item changes only
//! when the marketplace acknowledged a request. `pending` lists creations
//! that were planned but whose outcome is unknown (a crash, a timeout):
//! creating is not safe to repeat, so they wait for the marketplace's
//! listing to tell whether they exist. `orders` lists marketplace orders
//! whose ERP document is being or was handed over (`delivered`) but which the
//! marketplace has not yet acknowledged: a run that resumes acknowledges the
//! delivered ones without importing them again, and hands over again, marked
//! as a retry, those whose delivery it cannot know finished.

use crate::messages::{Expected, Problem};
use crate::money::Money;
use crate::schema::{child_path, integer, Problems};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The state format's version.
pub const VERSION: i64 = 1;

/// The marketplace a state (or plan) is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marketplace {
    /// Entegra.
    Entegra,
    /// Tedbul.
    Tedbul,
}

impl Marketplace {
    /// From its name.
    pub fn from_name(name: &str) -> Option<Marketplace> {
        match name {
            "entegra" => Some(Marketplace::Entegra),
            "tedbul" => Some(Marketplace::Tedbul),
            _ => None,
        }
    }

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Marketplace::Entegra => "entegra",
            Marketplace::Tedbul => "tedbul",
        }
    }
}

/// What the marketplace has for one key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    /// The marketplace's id (Tedbul ad id, Entegra product id).
    pub id: Option<String>,
    /// Stock.
    pub quantity: Option<i64>,
    /// Price.
    pub price: Option<Money>,
    /// Status (Entegra 1/0, Tedbul 1/2).
    pub status: Option<i64>,
    /// Expiry date, ISO (Tedbul).
    pub expiration: Option<String>,
    /// The product an Entegra variation belongs to.
    pub parent: Option<String>,
}

impl Item {
    /// Reads an item; problems go to `problems` under `path`.
    pub fn parse(value: &Value, path: &str, problems: &mut Problems) -> Item {
        let Some(map) = value.as_object() else {
            problems.add(
                path,
                Problem::WrongType {
                    expected: Expected::Object,
                },
            );
            return Item::default();
        };
        let text = |key: &str| match map.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let mut int = |key: &str| match map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => {
                let parsed = integer(v);
                if parsed.is_none() {
                    let expected = Expected::Integer;
                    problems.add(&child_path(path, key), Problem::WrongType { expected });
                }
                parsed
            }
        };
        let quantity = int("quantity");
        let status = int("status");
        let price = match map.get("price") {
            None | Some(Value::Null) => None,
            Some(v) => match Money::from_json(v) {
                Ok(m) => Some(m),
                Err(message) => {
                    problems.add(&child_path(path, "price"), message);
                    None
                }
            },
        };
        Item {
            id: text("id"),
            quantity,
            price,
            status,
            expiration: text("expiration"),
            parent: text("parent"),
        }
    }

    /// The item as JSON (absent fields left out).
    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                map.insert(key.to_string(), value);
            }
        };
        put("id", self.id.clone().map(Value::from));
        put("quantity", self.quantity.map(Value::from));
        put("price", self.price.map(|p| Value::from(p.to_dot_string())));
        put("status", self.status.map(Value::from));
        put("expiration", self.expiration.clone().map(Value::from));
        put("parent", self.parent.clone().map(Value::from));
        Value::Object(map)
    }

    /// Takes every field `other` has.
    pub fn merge(&mut self, other: &Item) {
        fn take<T: Clone>(mine: &mut Option<T>, theirs: &Option<T>) {
            if theirs.is_some() {
                mine.clone_from(theirs);
            }
        }
        take(&mut self.id, &other.id);
        take(&mut self.quantity, &other.quantity);
        take(&mut self.price, &other.price);
        take(&mut self.status, &other.status);
        take(&mut self.expiration, &other.expiration);
        take(&mut self.parent, &other.parent);
    }

    /// True when the price is known and equal in value to `price`.
    pub fn same_price(&self, price: Money) -> bool {
        self.price
            .is_some_and(|p| p.partial_cmp(&price) == Some(std::cmp::Ordering::Equal))
    }
}

/// A whole sync state.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncState {
    /// The marketplace.
    pub marketplace: Marketplace,
    /// Confirmed items by key.
    pub items: BTreeMap<String, Item>,
    /// Creations in doubt, by key: the operation that was planned.
    pub pending: BTreeMap<String, String>,
    /// Orders handed to the ERP but not yet acknowledged, by marketplace order id.
    pub orders: BTreeMap<String, ImportedOrder>,
}

/// An order on its way into the ERP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedOrder {
    /// The ERP OrderNumber of its document.
    pub number: String,
    /// True once the importer said the document is in the ERP.
    pub delivered: bool,
}

impl SyncState {
    /// An empty state (the first sync).
    pub fn new(marketplace: Marketplace) -> SyncState {
        SyncState {
            marketplace,
            items: BTreeMap::new(),
            pending: BTreeMap::new(),
            orders: BTreeMap::new(),
        }
    }

    /// Reads a state at `path`; `None` (with problems) when it is unusable.
    pub fn parse(value: &Value, path: &str, problems: &mut Problems) -> Option<SyncState> {
        let mut found = Problems::default();
        let state = SyncState::read(value, path, &mut found);
        let errors = found.into_errors();
        let clean = errors.is_empty();
        for error in errors {
            problems.add(&error.path, error.message);
        }
        state.filter(|_| clean)
    }

    fn read(value: &Value, path: &str, problems: &mut Problems) -> Option<SyncState> {
        let Some(map) = value.as_object() else {
            problems.add(
                path,
                Problem::WrongType {
                    expected: Expected::Object,
                },
            );
            return None;
        };
        if map.get("version").and_then(integer) != Some(VERSION) {
            problems.add(
                &child_path(path, "version"),
                format!("unsupported state version (this kopru reads version {VERSION})"),
            );
        }
        let marketplace = map
            .get("marketplace")
            .and_then(Value::as_str)
            .and_then(Marketplace::from_name);
        if marketplace.is_none() {
            problems.add(
                &child_path(path, "marketplace"),
                "must be \"entegra\" or \"tedbul\"",
            );
        }
        let items_path = child_path(path, "items");
        let mut items = BTreeMap::new();
        match map.get("items") {
            None | Some(Value::Null) => {}
            Some(Value::Object(entries)) => {
                for (key, item) in entries {
                    let item_path = format!("{items_path}.{key}");
                    items.insert(key.clone(), Item::parse(item, &item_path, problems));
                }
            }
            Some(_) => problems.add(&items_path, "must be an object keyed by item"),
        }
        let pending_path = child_path(path, "pending");
        let mut pending = BTreeMap::new();
        match map.get("pending") {
            None | Some(Value::Null) => {}
            Some(Value::Object(entries)) => {
                for (key, entry) in entries {
                    let op = entry.get("op").and_then(Value::as_str).unwrap_or("");
                    pending.insert(key.clone(), op.to_string());
                }
            }
            Some(_) => problems.add(&pending_path, "must be an object keyed by item"),
        }
        let orders = read_orders(map.get("orders"), &child_path(path, "orders"), problems);
        Some(SyncState {
            marketplace: marketplace?,
            items,
            pending,
            orders,
        })
    }

    /// The state as JSON.
    pub fn to_json(&self) -> Value {
        let items: Map<String, Value> = self
            .items
            .iter()
            .map(|(key, item)| (key.clone(), item.to_json()))
            .collect();
        let pending: Map<String, Value> = self
            .pending
            .iter()
            .map(|(key, op)| (key.clone(), json!({"op": op})))
            .collect();
        let orders: Map<String, Value> = self
            .orders
            .iter()
            .map(|(id, order)| {
                let entry = json!({"OrderNumber": order.number, "delivered": order.delivered});
                (id.clone(), entry)
            })
            .collect();
        let mut state = Map::new();
        state.insert("version".into(), Value::from(VERSION));
        state.insert("marketplace".into(), Value::from(self.marketplace.name()));
        state.insert("items".into(), Value::Object(items));
        state.insert("pending".into(), Value::Object(pending));
        state.insert("orders".into(), Value::Object(orders));
        Value::Object(state)
    }
}

/// Reads `orders` (`{id: {"OrderNumber", "delivered"}}`); absent means none.
fn read_orders(
    value: Option<&Value>,
    path: &str,
    problems: &mut Problems,
) -> BTreeMap<String, ImportedOrder> {
    let mut orders = BTreeMap::new();
    match value {
        None | Some(Value::Null) => {}
        Some(Value::Object(entries)) => {
            for (id, entry) in entries {
                match entry.get("OrderNumber").and_then(Value::as_str) {
                    Some(number) => {
                        let delivered = entry.get("delivered") == Some(&Value::Bool(true));
                        let order = ImportedOrder {
                            number: number.to_string(),
                            delivered,
                        };
                        orders.insert(id.clone(), order);
                    }
                    None => problems.add(
                        &format!("{path}.{id}.OrderNumber"),
                        "required (the ERP order number)",
                    ),
                }
            }
        }
        Some(_) => problems.add(path, "must be an object keyed by order id"),
    }
    orders
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reports_bad_fields() {
        let state = json!({"version": 1, "marketplace": "tedbul",
            "items": {"869": {"id": "5", "quantity": 4, "price": "10.50", "status": 1}},
            "pending": {"870": {"op": "tedbul.ads.create"}},
            "orders": {"91": {"OrderNumber": "TB-91", "delivered": true}}});
        let mut problems = Problems::default();
        let parsed = SyncState::parse(&state, "state", &mut problems).unwrap();
        assert_eq!(parsed.to_json(), state);
        let bad = json!({"version": 2, "marketplace": "n11", "items": {"x": {"quantity": "many"}}});
        let mut problems = Problems::default();
        assert!(SyncState::parse(&bad, "state", &mut problems).is_none());
        let paths: Vec<String> = problems.into_errors().into_iter().map(|e| e.path).collect();
        assert_eq!(
            paths,
            vec![
                "state.version",
                "state.marketplace",
                "state.items.x.quantity"
            ]
        );
    }
}
