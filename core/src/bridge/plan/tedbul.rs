//! The Tedbul side of the planner.
//!
//! Every change to a listed ad (stock, price, expiry, passive ↔ active) goes
//! through `tedbul.ads.update_many` in full batches, passive updates first;
//! new ads through `tedbul.ads.create`, one request each (Tedbul has no bulk
//! create). Ads whose barcode vanished from the ERP, was blocked or fell
//! under the stock minimum are made passive; no ad is created for them.

use super::request::{batched, Entry, Request};
use super::Planned;
use crate::bridge::amount;
use crate::bridge::mapping::tedbul::{deactivate_item, passive_stock, TedbulAd};
use crate::bridge::state::Item;
use crate::money::Money;
use std::collections::{BTreeMap, BTreeSet};

/// Plans the requests that bring `current` to `desired`; keys in `doubt` are left alone.
pub fn plan(
    desired: &[TedbulAd],
    current: &BTreeMap<String, Item>,
    doubt: &BTreeSet<String>,
    batch: usize,
) -> Planned {
    let mut passive = Vec::new();
    let mut updates = Vec::new();
    let mut creates = Vec::new();
    let mut in_doubt = Vec::new();
    let mut wanted = BTreeSet::new();
    for ad in desired {
        wanted.insert(ad.barcode.as_str());
        if doubt.contains(&ad.barcode) {
            in_doubt.push(ad.barcode.clone());
            continue;
        }
        let Some(listed) = current.get(&ad.barcode) else {
            if ad.active {
                creates.push(Request {
                    op: "tedbul.ads.create".into(),
                    params: ad.create_params(),
                    keys: vec![ad.barcode.clone()],
                    set: vec![(ad.barcode.clone(), active_item(ad))],
                });
            }
            continue;
        };
        let Some(id) = &listed.id else {
            in_doubt.push(ad.barcode.clone());
            continue;
        };
        if ad.active {
            let expiry = ad.expiration.map(|d| d.to_iso());
            let changed = listed.status != Some(1)
                || listed.quantity != Some(ad.stock)
                || !listed.same_price(ad.price)
                || (expiry.is_some() && listed.expiration != expiry);
            if changed {
                updates.push(Entry::single(
                    &ad.barcode,
                    ad.update_item(id),
                    active_item(ad),
                ));
            }
        } else if listed.status != Some(2) {
            passive.push(passive_entry(&ad.barcode, id, listed, ad.price));
        }
    }
    for (barcode, listed) in current {
        let vanished = !wanted.contains(barcode.as_str()) && !doubt.contains(barcode);
        if let (true, Some(id), Some(price)) = (vanished, &listed.id, listed.price) {
            if listed.status != Some(2) {
                passive.push(passive_entry(barcode, id, listed, price));
            }
        }
    }
    passive.extend(updates);
    let mut requests = batched("tedbul.ads.update_many", "adsList", passive, batch);
    requests.extend(creates);
    Planned { requests, in_doubt }
}

fn active_item(ad: &TedbulAd) -> Item {
    Item {
        quantity: Some(ad.stock),
        price: Some(ad.price),
        status: Some(1),
        expiration: ad.expiration.map(|d| d.to_iso()),
        ..Item::default()
    }
}

fn passive_entry(barcode: &str, id: &str, listed: &Item, fallback: Money) -> Entry {
    let stock = passive_stock(listed.quantity);
    let price = amount::round_cents(listed.price.unwrap_or(fallback));
    Entry::single(
        barcode,
        deactivate_item(id, stock, price),
        Item {
            quantity: Some(stock),
            price: Some(price),
            status: Some(2),
            ..Item::default()
        },
    )
}
