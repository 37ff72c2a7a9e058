//! The Entegra side of the planner.
//!
//! Per item, the cheapest endpoint that carries the change: a status change
//! (blocked / unblocked) goes through `entegra.products.update` together with
//! the quantity and price; otherwise quantities through
//! `entegra.products.update_quantity` and prices through
//! `entegra.products.update_prices`; new products (with their variations)
//! through `entegra.products.create`, new variations of a listed product
//! through `entegra.variations.create`. Items that vanished from the ERP get
//! quantity 0. Every endpoint is filled in full batches.

use super::request::{batched, Entry, Request};
use super::Planned;
use crate::bridge::mapping::entegra::EntegraProduct;
use crate::bridge::state::Item;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

/// Plans the requests that bring `current` to `desired`; keys in `doubt` are left alone.
pub fn plan(
    desired: &[EntegraProduct],
    current: &BTreeMap<String, Item>,
    doubt: &BTreeSet<String>,
    price_code: &str,
    batch: usize,
) -> Planned {
    let mut quantities = Vec::new();
    let mut updates = Vec::new();
    let mut prices = Vec::new();
    let mut new_variations = Vec::new();
    let mut creates = Vec::new();
    let mut in_doubt = Vec::new();
    let mut wanted = BTreeSet::new();
    for product in desired {
        wanted.insert(product.code.as_str());
        wanted.extend(product.variations.iter().map(|v| v.code.as_str()));
        if doubt.contains(&product.code) {
            in_doubt.push(product.code.clone());
            in_doubt.extend(product.variations.iter().map(|v| v.code.clone()));
            continue;
        }
        let Some(listed) = current.get(&product.code) else {
            creates.push(create_entry(product, price_code));
            continue;
        };
        let quantity_changed = listed.quantity != Some(product.quantity);
        let price_changed = !listed.same_price(product.price);
        if listed.status != Some(product.status) {
            updates.push(Entry::single(
                &product.code,
                json!({"productCode": product.code, "status": product.status,
                       "quantity": product.quantity, price_code: product.price.to_dot_string()}),
                Item {
                    quantity: Some(product.quantity),
                    price: Some(product.price),
                    status: Some(product.status),
                    ..Item::default()
                },
            ));
        } else {
            if quantity_changed {
                quantities.push(quantity_entry(&product.code, product.quantity));
            }
            if price_changed {
                prices.push(Entry::single(
                    &product.code,
                    json!({"productCode": product.code, "prices": [
                        {"priceCode": price_code, "priceValue": product.price.to_dot_string()}]}),
                    Item {
                        price: Some(product.price),
                        ..Item::default()
                    },
                ));
            }
        }
        let mut missing = Vec::new();
        for variation in &product.variations {
            if doubt.contains(&variation.code) {
                in_doubt.push(variation.code.clone());
                continue;
            }
            match current.get(&variation.code) {
                None => missing.push(variation),
                Some(listed) if listed.quantity != Some(variation.quantity) => {
                    quantities.push(quantity_entry(&variation.code, variation.quantity));
                }
                Some(_) => {}
            }
        }
        if !missing.is_empty() {
            new_variations.push(Entry {
                wire: json!({"productCode": product.code,
                             "variations": missing.iter().map(|v| v.to_json()).collect::<Vec<_>>()}),
                set: missing
                    .iter()
                    .map(|v| (v.code.clone(), variation_item(&product.code, v.quantity)))
                    .collect(),
            });
        }
    }
    for (key, listed) in current {
        let vanished = !wanted.contains(key.as_str()) && !doubt.contains(key);
        if vanished && listed.quantity != Some(0) {
            quantities.push(quantity_entry(key, 0));
        }
    }
    let mut requests: Vec<Request> = Vec::new();
    requests.extend(batched(
        "entegra.products.update_quantity",
        "list",
        quantities,
        batch,
    ));
    requests.extend(batched("entegra.products.update", "list", updates, batch));
    requests.extend(batched(
        "entegra.products.update_prices",
        "list",
        prices,
        batch,
    ));
    requests.extend(batched(
        "entegra.variations.create",
        "list",
        new_variations,
        batch,
    ));
    requests.extend(batched("entegra.products.create", "list", creates, batch));
    Planned { requests, in_doubt }
}

fn quantity_entry(code: &str, quantity: i64) -> Entry {
    Entry::single(
        code,
        json!({"productCode": code, "quantity": quantity}),
        Item {
            quantity: Some(quantity),
            ..Item::default()
        },
    )
}

fn variation_item(parent: &str, quantity: i64) -> Item {
    Item {
        quantity: Some(quantity),
        parent: Some(parent.to_string()),
        ..Item::default()
    }
}

fn create_entry(product: &EntegraProduct, price_code: &str) -> Entry {
    let mut set = vec![(
        product.code.clone(),
        Item {
            quantity: Some(product.quantity),
            price: Some(product.price),
            status: Some(product.status),
            ..Item::default()
        },
    )];
    set.extend(
        product
            .variations
            .iter()
            .map(|v| (v.code.clone(), variation_item(&product.code, v.quantity))),
    );
    Entry {
        wire: product.to_json(price_code),
        set,
    }
}
