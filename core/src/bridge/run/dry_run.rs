//! What a dry run reports instead of sending: per endpoint how many requests
//! and items would go out, then every item change, marketplace value now →
//! value after, largest first.
//!
//! Order of the changes: creations first, then items made passive, other
//! status changes, price changes by their relative size (a price with no
//! known value now, or zero, counts as the largest), quantity changes by
//! their absolute size, expiry dates; ties by key, then field.

use crate::bridge::plan::request::Request;
use crate::bridge::state::{Item, Marketplace};
use crate::money::Money;
use crate::ops;
use serde_json::{json, Value};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The status a marketplace gives a passive listing (Entegra 0, Tedbul 2).
fn passive_status(marketplace: Marketplace) -> i64 {
    match marketplace {
        Marketplace::Entegra => 0,
        Marketplace::Tedbul => 2,
    }
}

/// Requests and items that would go through one operation, with its method and path.
pub fn endpoints_json<'a>(requests: impl Iterator<Item = &'a Request>) -> Value {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for request in requests {
        let count = counts.entry(request.op.as_str()).or_default();
        count.0 += 1;
        count.1 += request.keys.len();
    }
    let rows: Vec<Value> = counts
        .into_iter()
        .map(|(op, (requests, items))| {
            let found = ops::find(op);
            json!({
                "op": op,
                "method": found.map(|o| o.method.as_str()),
                "path": found.map(|o| o.path),
                "requests": requests,
                "items": items,
            })
        })
        .collect();
    Value::Array(rows)
}

/// The field of an item a change is about, in the order changes are shown.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Created,
    Passive,
    Status,
    Price,
    Quantity,
    Expiration,
}

/// How big a change is, comparable within its field (bigger sorts first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Size {
    /// Not measured (creations, status, expiry).
    None,
    /// A relative price change `|after − now| / now`, as a fraction of
    /// integers; `now == 0` is infinitely large.
    Ratio { change: i128, base: i128 },
    /// An absolute quantity change.
    Units(i128),
}

impl Size {
    fn cmp_larger_first(&self, other: &Size) -> Ordering {
        match (self, other) {
            (
                Size::Ratio { change, base },
                Size::Ratio {
                    change: other_change,
                    base: other_base,
                },
            ) => match (*base == 0, *other_base == 0) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                (false, false) => (other_change * base).cmp(&(change * other_base)),
            },
            (Size::Units(mine), Size::Units(theirs)) => theirs.cmp(mine),
            _ => Ordering::Equal,
        }
    }
}

/// One item change a dry run found.
#[derive(Clone, Debug)]
struct Change {
    key: String,
    parent: Option<String>,
    op: String,
    field: Field,
    name: String,
    now: Value,
    after: Value,
    change: Value,
    size: Size,
}

impl Change {
    fn to_json(&self) -> Value {
        let mut out = json!({
            "key": self.key,
            "op": self.op,
            "field": self.name,
            "now": self.now,
            "after": self.after,
        });
        if let Some(parent) = &self.parent {
            out["parent"] = Value::from(parent.as_str());
        }
        if !self.change.is_null() {
            out["change"] = self.change.clone();
        }
        out
    }
}

/// Both amounts as integer units of one scale.
fn same_scale(now: Money, after: Money) -> (i128, i128) {
    let scale = now.scale().max(after.scale());
    (
        now.with_min_scale(scale).units(),
        after.with_min_scale(scale).units(),
    )
}

/// The relative change of a price as a signed percentage with two decimals
/// (`"-50.00%"`), rounded half away from zero; `None` when there is no base.
fn percent(now: Money, after: Money) -> Option<String> {
    let (now, after) = same_scale(now, after);
    if now == 0 {
        return None;
    }
    let scaled = (after - now) * 10_000;
    let half = now.abs() / 2;
    let hundredths = (scaled.abs() + half) / now.abs() * (scaled.signum() * now.signum());
    Some(format!(
        "{}{}.{:02}%",
        if hundredths < 0 { "-" } else { "+" },
        hundredths.abs() / 100,
        hundredths.abs() % 100
    ))
}

/// A price as a decimal string with at least two decimals (`29.9` → `"29.90"`), exact.
fn shown_price(price: Money) -> String {
    price.with_min_scale(2).to_dot_string()
}

/// The changes of a plan against what the marketplace has now.
#[derive(Debug)]
pub struct Diff {
    marketplace: Marketplace,
    price_name: String,
    changes: Vec<Change>,
}

impl Diff {
    /// An empty diff; `price_name` is the price field the marketplace is sent
    /// (Entegra's `price_field`, e.g. `price1`; Tedbul's `price`).
    pub fn new(marketplace: Marketplace, price_name: &str) -> Diff {
        Diff {
            marketplace,
            price_name: price_name.to_string(),
            changes: Vec::new(),
        }
    }

    /// Adds the changes request `request` would make to items whose values now are `now`.
    pub fn add(&mut self, request: &Request, now: &BTreeMap<String, Item>) {
        for (key, after) in &request.set {
            let listed = now.get(key);
            let parent = after
                .parent
                .clone()
                .or_else(|| listed.and_then(|l| l.parent.clone()));
            let mut push = |field: Field, name: &str, now: Value, after: Value, size: Size| {
                let change = match (&field, &size) {
                    (Field::Price, _) => now
                        .as_str()
                        .zip(after.as_str())
                        .and_then(|(n, a)| Some((Money::parse_text(n).ok()?, a)))
                        .and_then(|(n, a)| percent(n, Money::parse_text(a).ok()?))
                        .map_or(Value::Null, Value::from),
                    (Field::Quantity, _) => match (now.as_i64(), after.as_i64()) {
                        (Some(n), Some(a)) => Value::from(a - n),
                        _ => Value::Null,
                    },
                    _ => Value::Null,
                };
                self.changes.push(Change {
                    key: key.clone(),
                    parent: parent.clone(),
                    op: request.op.clone(),
                    field,
                    name: name.to_string(),
                    now,
                    after,
                    change,
                    size,
                });
            };
            if request.creates() {
                let mut shown = after.to_json();
                if let Some(map) = shown.as_object_mut() {
                    map.remove("parent");
                }
                push(Field::Created, "created", Value::Null, shown, Size::None);
                continue;
            }
            let known = listed.cloned().unwrap_or_default();
            if let Some(status) = after.status.filter(|s| known.status != Some(*s)) {
                let passive = status == passive_status(self.marketplace);
                let (field, name) = match passive {
                    true => (Field::Passive, "passive"),
                    false => (Field::Status, "status"),
                };
                push(field, name, json!(known.status), json!(status), Size::None);
            }
            if let Some(price) = after.price.filter(|p| !known.same_price(*p)) {
                let size = match known.price {
                    Some(now) => {
                        let (now, after) = same_scale(now, price);
                        Size::Ratio {
                            change: (after - now).abs(),
                            base: now.abs(),
                        }
                    }
                    None => Size::Ratio { change: 1, base: 0 },
                };
                let now = known.price.map(shown_price);
                let price_name = self.price_name.clone();
                push(
                    Field::Price,
                    &price_name,
                    json!(now),
                    json!(shown_price(price)),
                    size,
                );
            }
            if let Some(quantity) = after.quantity.filter(|q| known.quantity != Some(*q)) {
                let size = Size::Units(i128::from(quantity - known.quantity.unwrap_or(0)).abs());
                push(
                    Field::Quantity,
                    "quantity",
                    json!(known.quantity),
                    json!(quantity),
                    size,
                );
            }
            if let Some(expiration) = after
                .expiration
                .as_ref()
                .filter(|e| known.expiration.as_ref() != Some(*e))
            {
                push(
                    Field::Expiration,
                    "expiration",
                    json!(known.expiration),
                    json!(expiration),
                    Size::None,
                );
            }
        }
    }

    /// The changes, largest first (see the module documentation), as JSON.
    pub fn into_json(mut self) -> Value {
        self.changes.sort_by(|a, b| {
            a.field
                .cmp(&b.field)
                .then_with(|| a.size.cmp_larger_first(&b.size))
                .then_with(|| a.key.cmp(&b.key))
        });
        Value::Array(self.changes.iter().map(Change::to_json).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bridge::plan::request::Entry;

    fn money(text: &str) -> Money {
        Money::parse_text(text).unwrap()
    }

    fn update(op: &str, key: &str, set: Item) -> Request {
        Request {
            op: op.into(),
            params: json!({}),
            keys: vec![key.into()],
            set: vec![(key.into(), set)],
        }
    }

    #[test]
    fn percentages_are_exact_and_signed() {
        assert_eq!(
            percent(money("100"), money("50")).as_deref(),
            Some("-50.00%")
        );
        assert_eq!(
            percent(money("29.90"), money("34.90")).as_deref(),
            Some("+16.72%")
        );
        assert_eq!(percent(money("3"), money("4")).as_deref(), Some("+33.33%"));
        assert_eq!(percent(money("0"), money("4")), None);
    }

    #[test]
    fn creations_then_passive_then_prices_by_relative_change_then_quantities() {
        let now: BTreeMap<String, Item> = [
            ("a", Some(10), Some("100.00"), Some(1)),
            ("b", Some(5), Some("10.00"), Some(1)),
            ("c", Some(50), Some("20.00"), Some(1)),
            ("d", Some(3), Some("1.00"), Some(1)),
        ]
        .into_iter()
        .map(|(key, quantity, price, status)| {
            let item = Item {
                quantity,
                price: price.map(money),
                status,
                ..Item::default()
            };
            (key.to_string(), item)
        })
        .collect();
        let mut diff = Diff::new(Marketplace::Entegra, "price1");
        let quantity = |q| Item {
            quantity: Some(q),
            ..Item::default()
        };
        let price = |p| Item {
            price: Some(money(p)),
            ..Item::default()
        };
        let op = "entegra.products.update_quantity";
        diff.add(&update(op, "c", quantity(48)), &now);
        diff.add(&update(op, "d", quantity(0)), &now);
        let op = "entegra.products.update_prices";
        diff.add(&update(op, "a", price("90.00")), &now);
        diff.add(&update(op, "b", price("5.00")), &now);
        let passive = Item {
            status: Some(0),
            quantity: Some(10),
            price: Some(money("100")),
            ..Item::default()
        };
        diff.add(&update("entegra.products.update", "a", passive), &now);
        let created = crate::bridge::plan::request::batched(
            "entegra.products.create",
            "list",
            vec![Entry::single("new", json!({}), quantity(7))],
            50,
        );
        diff.add(&created[0], &now);
        let rows = diff.into_json();
        let order: Vec<(&str, &str)> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["key"].as_str().unwrap(), r["field"].as_str().unwrap()))
            .collect();
        assert_eq!(
            order,
            [
                ("new", "created"),
                ("a", "passive"),
                ("b", "price1"),
                ("a", "price1"),
                ("d", "quantity"),
                ("c", "quantity"),
            ]
        );
        assert_eq!(rows[2]["now"], "10.00");
        assert_eq!(rows[2]["after"], "5.00");
        assert_eq!(rows[2]["change"], "-50.00%");
        assert_eq!(rows[4]["change"], -3);
        assert_eq!(rows[0]["after"], json!({"quantity": 7}));
        assert_eq!(rows[0]["now"], Value::Null);
    }
}
