//! `cargo bench -p kopru-core`: what kopru's own work costs next to a baseline
//! measured in the same process, printed as ratios (no timing is asserted anywhere).
//!
//! Receiving a product page has its own bench (`--bench receive`).
//!
//! - Planning a sync of 2,000 ERP products (`sync.plan`, mapping included) against
//!   `serde_json` parsing the same snapshot text.

#[path = "support/mod.rs"]
mod support;

use kopru_core::ops::run_local;
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::Duration;
use support::mean;

fn report(name: &str, measured: Duration, baseline: Duration, baseline_name: &str) {
    let ratio = measured.as_secs_f64() / baseline.as_secs_f64();
    println!(
        "{name:<44} {:>10.1} µs   {baseline_name}: {:>9.1} µs   ratio {ratio:>5.2}",
        measured.as_secs_f64() * 1e6,
        baseline.as_secs_f64() * 1e6
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
    plan_sync();
}
