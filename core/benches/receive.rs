//! `cargo bench -p kopru-core --bench receive`: receiving one Entegra product
//! page as the live service sends it (100 products × 3 variations, every
//! scalar a string, `variatios`, measures as decimal text, about 60 KB),
//! through the session (envelope, parsing, typing by the result schema,
//! money, warnings), next to two baselines parsed in the same run:
//! `serde_json::Value`, and typed `#[derive(Deserialize)]` structs of the same
//! shape (strings only, no typing of scalars, unknown fields dropped). Then
//! one ERP inventory page (100 stock records in seed 001's shape) through the
//! session, next to its `serde_json::Value` parse.
//! Printed as ratios; no timing is asserted anywhere.

#[path = "support/mod.rs"]
mod support;

use kopru_core::{HttpResponse, Session, Step};
use serde::Deserialize;
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::Duration;
use support::mean;

const NOW: u64 = 1_700_000_000_000;

/// A live product page (research api-ground-truth.md §1.4).
fn live_page() -> String {
    let products: Vec<Value> = (0..100)
        .map(|i| {
            let variations: Vec<Value> = (0..3)
                .map(|v| {
                    json!({"productCode": format!("P{i}-{v}"), "barcode": format!("869{i:05}{v}"),
                       "quantity": format!("{}", v + 2), "price": "12.50",
                       "variationSpec": [{"name": "Renk", "value": "Kırmızı"}]})
                })
                .collect();
            json!({"id": format!("{}", 1000 + i), "productCode": format!("P{i}"),
               "name": format!("Ürün {i}"), "quantity": "13", "price1": "129.90",
               "price2": "119.90", "status": "1", "barcode": format!("869{i:05}9"),
               "weight": "0.50", "desi": "1.5",
               "date_add": "2024-03-01 10:00:00", "variatios": variations})
        })
        .collect();
    json!({"productList": products, "totalProduct": "250"}).to_string()
}

/// An ERP inventory page of 100 stock records, as seed 001 shows
/// `GET /api/v1/inventory` (`{success, data, pagination}`).
fn erp_inventory_page() -> String {
    let records: Vec<Value> = (0..100)
        .map(|i| {
            let size = ["S", "M", "L", "XL"][i % 4];
            json!({"OfficeCode": "IST-01", "StoreCode": "IST-M-01",
               "WarehouseCode": "WH-IST-M01-MAIN", "ItemTypeCode": 1,
               "ItemCode": format!("SHIRT-{:03}", i / 4), "ColorCode": "RED",
               "ItemDim1Code": size, "InventoryQty1": 10 + i})
        })
        .collect();
    json!({"success": true, "data": records,
        "pagination": {"current_page": 1, "per_page": 100, "total": 8742, "total_pages": 88}})
    .to_string()
}

/// The typed baseline: the page's shape as serde structs, every scalar a string.
#[derive(Deserialize)]
#[allow(dead_code)] // the fields are parsed for the comparison, never read
struct Page {
    #[serde(rename = "productList")]
    product_list: Vec<Product>,
    #[serde(rename = "totalProduct")]
    total_product: String,
}

#[derive(Deserialize)]
#[allow(dead_code)] // the fields are parsed for the comparison, never read
struct Spec {
    name: String,
    value: String,
}

#[derive(Deserialize)]
#[allow(dead_code)] // the fields are parsed for the comparison, never read
struct Variation {
    #[serde(rename = "productCode")]
    product_code: String,
    barcode: String,
    quantity: String,
    price: String,
    #[serde(rename = "variationSpec")]
    variation_spec: Vec<Spec>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // the fields are parsed for the comparison, never read
struct Product {
    id: String,
    #[serde(rename = "productCode")]
    product_code: String,
    name: String,
    status: String,
    quantity: String,
    price1: String,
    price2: String,
    barcode: String,
    weight: String,
    desi: String,
    date_add: String,
    variatios: Vec<Variation>,
}

/// A session of `config` holding a token valid long after `NOW` (state `state`).
fn logged_in(config: Value, state: Value) -> Session {
    Session::from_json(&config, Some(&state)).unwrap()
}

/// A 200 answer carrying `body` as JSON.
fn answer(body: &str) -> HttpResponse {
    HttpResponse {
        status: 200,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.to_owned(),
    }
}

/// One page through the session: `op`'s request, then `response` handed back.
fn receive_page(session: &mut Session, op: &str, response: &HttpResponse) {
    let started = session.start(op, &json!({"page": 1}), NOW);
    let Ok(Step::Send { .. }) = started else {
        panic!("the session did not ask for the page: {started:?}")
    };
    black_box(session.receive(response, NOW).unwrap());
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

fn main() {
    let body = live_page();
    // No request quota: the rounds start more pages at one `NOW` than Entegra's
    // hourly quota (7,200) would let through.
    let mut session = logged_in(
        json!({"service": "entegra",
            "credentials": {"email": "demo@kopru.dev", "password": "demo-password"},
            "quota": {"per_hour": null, "per_day": null}}),
        json!({"version": 1, "service": "entegra", "account": "demo@kopru.dev",
            "access_token": "T", "access_expires_ms": NOW * 2,
            "refresh_token": "R", "refresh_expires_ms": NOW * 2}),
    );
    let response = answer(&body);
    // Five interleaved rounds, the fastest of each: a slow spell of the machine
    // then costs all three alike instead of whichever ran during it.
    let least = Duration::from_millis(400);
    let (mut kopru, mut value, mut typed) = (Duration::MAX, Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        kopru = kopru.min(mean(least, || {
            receive_page(&mut session, "entegra.products.list", &response)
        }));
        value = value.min(mean(least, || {
            black_box(serde_json::from_str::<Value>(black_box(&body)).unwrap());
        }));
        typed = typed.min(mean(least, || {
            black_box(serde_json::from_str::<Page>(black_box(&body)).unwrap());
        }));
    }
    print_against_value(
        &format!(
            "an Entegra product page ({} KB, 100 products × 3 variations)",
            body.len() / 1000
        ),
        kopru,
        value,
    );
    println!(
        "  typed serde structs (strings)  {:>9.1} µs   kopru / typed {:>5.2}",
        micros(typed),
        ratio(kopru, typed)
    );
    erp_inventory(least);
}

/// The ERP inventory page through a logged-in ERP session, next to its `Value` parse.
fn erp_inventory(least: Duration) {
    let body = erp_inventory_page();
    let mut session = logged_in(
        json!({"service": "erp", "base_url": "https://erp.example.com",
            "credentials": {"username": "demo", "password": "demo-password"}}),
        json!({"version": 1, "service": "erp", "account": "demo",
            "access_token": "T", "access_expires_ms": NOW * 2}),
    );
    let response = answer(&body);
    let (mut kopru, mut value) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        kopru = kopru.min(mean(least, || {
            receive_page(&mut session, "erp.inventory.list", &response)
        }));
        value = value.min(mean(least, || {
            black_box(serde_json::from_str::<Value>(black_box(&body)).unwrap());
        }));
    }
    print_against_value(
        &format!(
            "an ERP inventory page ({} KB, 100 stock records)",
            body.len() / 1000
        ),
        kopru,
        value,
    );
}

/// Prints the receive of `page` by kopru and its `serde_json::Value` parse.
fn print_against_value(page: &str, kopru: Duration, value: Duration) {
    println!("receive {page}, mean per page, fastest of 5 rounds");
    println!("  kopru session receive          {:>9.1} µs", micros(kopru));
    println!(
        "  serde_json::Value              {:>9.1} µs   kopru / Value {:>5.2}",
        micros(value),
        ratio(kopru, value)
    );
}
