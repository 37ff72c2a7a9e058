//! `PUT …/_sandbox/erp` (`sandbox.erp.update`): the one route that changes the
//! ERP emulator's data, which the ERP's own read-only API never can.
//!
//! In order: `replace: 1` empties products and stock; `remove_products`
//! deletes those products with their stock rows; `products` are upserted by
//! ItemCode (given fields replace stored ones, new codes are appended);
//! `inventory` rows are upserted by (WarehouseCode, ItemCode, ColorCode,
//! ItemDim1Code), a new row taking its office and store from the warehouse
//! and its item type from the product. Either everything applies or, with a
//! 422 answer, nothing does.

use crate::http::HttpResponse;
use crate::ops::SANDBOX_ERP_UPDATE;
use crate::sandbox::request::Incoming;
use crate::schema::{check_object, Problems};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The route's path segments (relative to the ERP's base URL).
pub const ROUTE: &[&str] = &["_sandbox", "erp"];

/// A stock row's key: warehouse, item, colour, size (absent parts are `None`).
type StockKey = [Option<String>; 4];

/// Applies one update to `collections` and answers the counts, or 405 / 422.
pub fn answer(collections: &mut BTreeMap<String, Vec<Value>>, request: &Incoming) -> HttpResponse {
    if request.method != "PUT" {
        return HttpResponse::json(
            405,
            &json!({"success": false, "message": "Method not allowed: use PUT"}),
        );
    }
    let mut problems = Problems::default();
    let update = check_object(&request.body, SANDBOX_ERP_UPDATE.params, "", &mut problems);
    let changed = if problems.is_empty() {
        apply(collections, &update)
    } else {
        Err(problems)
    };
    let (products, inventory) = match changed {
        Ok(changed) => changed,
        Err(problems) => return invalid(problems),
    };
    let counts = json!({"products": products.len(), "inventory": inventory.len()});
    collections.insert("products".into(), products);
    collections.insert("inventory".into(), inventory);
    HttpResponse::json(200, &json!({"success": true, "data": counts}))
}

/// The products and stock rows after `update` (validated), or what stops it.
fn apply(
    collections: &BTreeMap<String, Vec<Value>>,
    update: &Value,
) -> Result<(Vec<Value>, Vec<Value>), Problems> {
    let current = |name: &str| collections.get(name).cloned().unwrap_or_default();
    let given = |key: &str| {
        update[key]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
    };
    let (mut products, mut inventory) = if update["replace"] == 1 {
        (Vec::new(), Vec::new())
    } else {
        (current("products"), current("inventory"))
    };
    let removed: BTreeSet<String> = given("remove_products").iter().filter_map(text).collect();
    if !removed.is_empty() {
        let kept = |record: &Value| text(&record["ItemCode"]).is_none_or(|c| !removed.contains(&c));
        products.retain(kept);
        inventory.retain(kept);
    }
    upsert_products(&mut products, given("products"));
    let warehouses = collections
        .get("warehouses")
        .map(Vec::as_slice)
        .unwrap_or_default();
    upsert_stock(&mut inventory, given("inventory"), &products, warehouses)?;
    Ok((products, inventory))
}

/// Upserts every given product by its ItemCode.
fn upsert_products(products: &mut Vec<Value>, given: &[Value]) {
    let mut index: HashMap<String, usize> = products
        .iter()
        .enumerate()
        .filter_map(|(at, product)| Some((text(&product["ItemCode"])?, at)))
        .collect();
    for product in given {
        let Some(fields) = product.as_object() else {
            continue;
        };
        let Some(code) = text(&product["ItemCode"]) else {
            continue;
        };
        match index.get(&code) {
            Some(&at) => merge(&mut products[at], fields),
            None => {
                index.insert(code, products.len());
                let mut stored = Value::Object(Map::new());
                merge(&mut stored, fields);
                products.push(stored);
            }
        }
    }
}

/// Upserts every given stock row; a row of an unknown product is a problem.
fn upsert_stock(
    inventory: &mut Vec<Value>,
    given: &[Value],
    products: &[Value],
    warehouses: &[Value],
) -> Result<(), Problems> {
    let product_of: HashMap<String, &Value> = products
        .iter()
        .filter_map(|product| Some((text(&product["ItemCode"])?, product)))
        .collect();
    let mut index: HashMap<StockKey, usize> = inventory
        .iter()
        .enumerate()
        .map(|(at, row)| (key_of(row), at))
        .collect();
    let mut problems = Problems::default();
    for (i, row) in given.iter().enumerate() {
        let Some(fields) = row.as_object() else {
            continue;
        };
        let key = key_of(row);
        let Some(product) = key[1].as_ref().and_then(|code| product_of.get(code)) else {
            problems.add(
                &format!("inventory[{i}].ItemCode"),
                "no such product: add it in `products` first",
            );
            continue;
        };
        if let Some(&at) = index.get(&key) {
            merge(&mut inventory[at], fields);
            continue;
        }
        let warehouse = warehouses
            .iter()
            .find(|w| text(&w["WarehouseCode"]) == key[0])
            .unwrap_or(&Value::Null);
        let mut stored = json!({
            "OfficeCode": warehouse["OfficeCode"],
            "StoreCode": warehouse["StoreCode"],
            "WarehouseCode": row["WarehouseCode"],
            "ItemTypeCode": product["ItemTypeCode"],
            "ItemCode": row["ItemCode"],
            "ColorCode": row["ColorCode"],
            "ItemDim1Code": row["ItemDim1Code"],
            "InventoryQty1": row["InventoryQty1"],
        });
        merge(&mut stored, fields);
        index.insert(key, inventory.len());
        inventory.push(stored);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Sets every given field on `record`, as the ERP would store it.
fn merge(record: &mut Value, fields: &Map<String, Value>) {
    let Some(stored) = record.as_object_mut() else {
        return;
    };
    for (name, value) in fields {
        let value = match (name.as_str(), value) {
            ("IsBlocked", Value::Number(flag)) => Value::Bool(flag.as_i64() == Some(1)),
            _ => value.clone(),
        };
        stored.insert(name.clone(), value);
    }
}

fn key_of(row: &Value) -> StockKey {
    ["WarehouseCode", "ItemCode", "ColorCode", "ItemDim1Code"].map(|key| text(&row[key]))
}

/// A code as text (`1` → `"1"`); `None` for null or anything else.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// 422 with every problem by its path: `{success: false, message, errors: {path: [message]}}`.
fn invalid(problems: Problems) -> HttpResponse {
    let mut errors: Map<String, Value> = Map::new();
    for error in problems.into_errors() {
        let messages = errors.entry(error.path).or_insert_with(|| json!([]));
        if let Some(list) = messages.as_array_mut() {
            list.push(Value::String(error.message));
        }
    }
    HttpResponse::json(
        422,
        &json!({"success": false, "message": "The given data was invalid", "errors": errors}),
    )
}
