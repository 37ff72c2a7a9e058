//! `cargo bench -p kopru-core`: what kopru's own work costs next to a baseline
//! measured in the same process, printed as ratios (no timing is asserted anywhere).
//!
//! - Receiving an Entegra product page (100 products, 3 variations each, every
//!   scalar a string as the live service sends them): the session's receive path
//!   (envelope, parsing, typing, money) against `serde_json` parsing the same body.
//! - Planning a sync of 2,000 ERP products (`sync.plan`, mapping included) against
//!   `serde_json` parsing the same snapshot text.

use kopru_core::ops::run_local;
use kopru_core::{HttpResponse, Session, Step};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

const NOW: u64 = 1_700_000_000_000;

/// The mean time of one run of `work`, over at least `least` of wall time.
fn mean(least: Duration, mut work: impl FnMut()) -> Duration {
    work();
    let started = Instant::now();
    let mut runs = 0u32;
    while started.elapsed() < least {
        work();
        runs += 1;
    }
    started.elapsed() / runs
}

fn report(name: &str, measured: Duration, baseline: Duration, baseline_name: &str) {
    let ratio = measured.as_secs_f64() / baseline.as_secs_f64();
    println!(
        "{name:<44} {:>10.1} µs   {baseline_name}: {:>9.1} µs   ratio {ratio:>5.2}",
        measured.as_secs_f64() * 1e6,
        baseline.as_secs_f64() * 1e6
    );
}

fn entegra_page() -> String {
    let products: Vec<Value> = (0..100)
        .map(|i| {
            let variations: Vec<Value> = (0..3)
                .map(|v| {
                    json!({"productCode": format!("P{i}-{v}"), "barcode": format!("869{i:05}{v}"),
                       "quantity": format!("{}", v + 2), "price": "12.50",
                       "variation_specs": [{"name": "Renk", "value": "Kırmızı"}]})
                })
                .collect();
            json!({"id": format!("{}", 1000 + i), "productCode": format!("P{i}"),
               "productName": format!("Ürün {i}"), "quantity": "13", "price1": "129.90",
               "price2": "119.90", "status": "1", "barcode": format!("869{i:05}9"),
               "date_add": "2024-03-01 10:00:00", "variatios": variations})
        })
        .collect();
    json!({"productList": products, "totalProduct": "250"}).to_string()
}

fn receive_page() {
    let body = entegra_page();
    let config = json!({"service": "entegra",
        "credentials": {"email": "demo@kopru.dev", "password": "demo-password"}});
    let state = json!({"version": 1, "service": "entegra", "account": "demo@kopru.dev",
        "access_token": "T", "access_expires_ms": NOW * 2,
        "refresh_token": "R", "refresh_expires_ms": NOW * 2});
    let mut session = Session::from_json(&config, Some(&state)).unwrap();
    let response = HttpResponse {
        status: 200,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.clone(),
    };
    let measured = mean(Duration::from_secs(2), || {
        let Ok(Step::Send { .. }) =
            session.start("entegra.products.list", &json!({"page": 1}), NOW)
        else {
            panic!("the session did not ask for the page")
        };
        black_box(session.receive(&response, NOW).unwrap());
    });
    let baseline = mean(Duration::from_secs(2), || {
        black_box(serde_json::from_str::<Value>(black_box(&body)).unwrap());
    });
    report(
        "entegra.products.list page (100 products)",
        measured,
        baseline,
        "serde_json",
    );
}

fn snapshot(count: usize) -> Value {
    let mut products = Vec::new();
    let mut inventory = Vec::new();
    for i in 0..count {
        let code = format!("GEN-{i:05}");
        let variants: Vec<Value> = ["S", "M", "L"]
            .iter()
            .enumerate()
            .map(|(v, size)| {
                json!({"ColorCode": "RED", "ColorDescription": "Kırmızı",
                "ItemDim1Code": size, "Barcode": format!("869{i:06}{v}")})
            })
            .collect();
        for size in ["S", "M", "L"] {
            for warehouse in ["W1", "W2"] {
                inventory.push(json!({"WarehouseCode": warehouse, "ItemCode": code,
                    "ColorCode": "RED", "ItemDim1Code": size, "InventoryQty1": (i % 9) as i64}));
            }
        }
        products.push(
            json!({"ItemCode": code, "ItemDescription": format!("Ürün {i}"),
            "SalePrice": format!("{}.90", 10 + i % 500), "TaxRate": 20, "IsBlocked": i % 13 == 0,
            "Variants": variants}),
        );
    }
    json!({"marketplace": "entegra", "products": products, "inventory": inventory})
}

fn plan_sync() {
    let params = snapshot(2_000);
    let text = params.to_string();
    let measured = mean(Duration::from_secs(3), || {
        black_box(run_local("sync.plan", black_box(&params)).unwrap());
    });
    let baseline = mean(Duration::from_secs(2), || {
        black_box(serde_json::from_str::<Value>(black_box(&text)).unwrap());
    });
    report(
        "sync.plan, 2,000 products / 12,000 stock rows",
        measured,
        baseline,
        "serde_json",
    );
}

fn main() {
    println!(
        "kopru-core throughput (mean per run; ratio = kopru / baseline parsing the same text)"
    );
    receive_page();
    plan_sync();
}
