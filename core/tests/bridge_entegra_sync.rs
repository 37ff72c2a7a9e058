//! The sync planner against the Entegra sandbox: the marketplace ends equal to
//! the mapping of the ERP, with the fewest requests, through crashes and failures.

mod bridge_support;

use bridge_support::*;
use kopru_core::money::Money;
use kopru_core::Service;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const BATCH: usize = 50;

fn options() -> Value {
    json!({"warehouses": [WAREHOUSES[0], WAREHOUSES[1]]})
}

fn plan_params(erp: &Erp) -> Value {
    let mut params = erp.params(&options());
    params["marketplace"] = json!("entegra");
    params
}

/// The Entegra products the ERP maps to.
fn mapped(erp: &Erp) -> Vec<Value> {
    let result = local("map.entegra.products", &erp.params(&options())).unwrap();
    result["list"].as_array().unwrap().clone()
}

/// Entegra's products by productCode.
fn listed(market: &mut Marketplace) -> BTreeMap<String, Value> {
    market
        .list_all("entegra.products.list", json!({"page": 1}))
        .into_iter()
        .map(|p| (p["productCode"].as_str().unwrap().to_string(), p))
        .collect()
}

fn same_money(a: &Value, b: &Value) -> bool {
    let parse = |v: &Value| Money::from_json(v).unwrap();
    parse(a).partial_cmp(&parse(b)) == Some(std::cmp::Ordering::Equal)
}

/// Every mapped product is on Entegra with its quantity, price, status and
/// variations; products that left the ERP (`gone`) are at quantity 0.
fn assert_matches(market: &mut Marketplace, erp: &Erp, gone: &[&str]) {
    let listed = listed(market);
    for product in mapped(erp) {
        let code = product["productCode"].as_str().unwrap();
        let on = listed
            .get(code)
            .unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(on["quantity"], product["quantity"], "{code} quantity");
        assert_eq!(on["status"], product["status"], "{code} status");
        assert!(
            same_money(&on["price1"], &product["price1"]),
            "{code} price"
        );
        let variations: BTreeMap<&str, &Value> = on["variations"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| (v["productCode"].as_str().unwrap(), &v["quantity"]))
            .collect();
        for variation in product["variations"].as_array().into_iter().flatten() {
            let variation_code = variation["productCode"].as_str().unwrap();
            assert_eq!(
                variations.get(variation_code),
                Some(&&variation["quantity"]),
                "{variation_code} quantity"
            );
        }
    }
    for code in gone {
        let on = &listed[*code];
        assert_eq!(on["quantity"], 0, "{code} left the ERP");
        for variation in on["variations"].as_array().into_iter().flatten() {
            assert_eq!(variation["quantity"], 0, "{code} variation");
        }
    }
}

/// How many items each endpoint should carry from `before` to `after` (both mappings).
fn expected_changes(before: &[Value], after: &[Value]) -> BTreeMap<&'static str, usize> {
    let by_code: BTreeMap<&str, &Value> = before
        .iter()
        .map(|p| (p["productCode"].as_str().unwrap(), p))
        .collect();
    let variations = |p: &Value| -> BTreeMap<String, Value> {
        p["variations"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| {
                (
                    v["productCode"].as_str().unwrap().to_string(),
                    v["quantity"].clone(),
                )
            })
            .collect()
    };
    let (mut quantity, mut status, mut price, mut create) = (0, 0, 0, 0);
    for product in after {
        let Some(old) = by_code.get(product["productCode"].as_str().unwrap()) else {
            create += 1;
            continue;
        };
        if old["status"] != product["status"] {
            status += 1;
        } else {
            quantity += usize::from(old["quantity"] != product["quantity"]);
            price += usize::from(!same_money(&old["price1"], &product["price1"]));
        }
        let old_variations = variations(old);
        for (code, qty) in variations(product) {
            quantity += usize::from(old_variations.get(&code) != Some(&qty));
        }
    }
    let still: Vec<&str> = after
        .iter()
        .map(|p| p["productCode"].as_str().unwrap())
        .collect();
    for old in before {
        if !still.contains(&old["productCode"].as_str().unwrap()) {
            quantity += usize::from(old["quantity"] != 0);
            quantity += variations(old).values().filter(|q| **q != 0).count();
        }
    }
    [
        ("entegra.products.update_quantity", quantity),
        ("entegra.products.update", status),
        ("entegra.products.update_prices", price),
        ("entegra.products.create", create),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(op, n)| (op, batches(n, BATCH)))
    .collect()
}

/// Every item key a list of planned requests carries, sorted.
fn keys_of(requests: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = requests
        .iter()
        .flat_map(|r| r["keys"].as_array().unwrap().iter())
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

fn keys(plan: &Value) -> Vec<String> {
    keys_of(plan["requests"].as_array().unwrap())
}

fn counts(plan: &Value) -> BTreeMap<&'static str, usize> {
    let ops = [
        "entegra.products.update_quantity",
        "entegra.products.update",
        "entegra.products.update_prices",
        "entegra.products.create",
        "entegra.variations.create",
    ];
    let counted = count_by_op(plan);
    ops.into_iter()
        .filter_map(|op| counted.get(op).map(|n| (op, *n)))
        .collect()
}

/// Changes to 60 stocks, 55 prices, 3 blocks and 2 removals; returns the removed codes.
fn change(erp: &mut Erp) -> Vec<&'static str> {
    for i in 0..60 {
        erp.set_stock(&format!("GEN-{:04}", i * 2 + 1), 40 + i as i64);
    }
    for i in 0..55 {
        erp.set_price(&format!("GEN-{:04}", i * 2), &format!("{}.25", 100 + i));
    }
    for code in ["GEN-0005", "GEN-0007", "GEN-0012"] {
        let blocked = erp
            .products
            .iter()
            .any(|p| p["ItemCode"] == code && p["IsBlocked"] == true);
        erp.set_blocked(code, !blocked);
    }
    let gone = vec!["GEN-0040", "GEN-0041"];
    for code in &gone {
        erp.remove(code);
    }
    gone
}

#[test]
fn first_sync_creates_everything_in_full_batches_and_a_second_plans_nothing() {
    let erp = Erp::generate(130, 7);
    let mut market = Marketplace::new(Service::Entegra);
    let (state, plan) = sync(&mut market, &Value::Null, &plan_params(&erp));
    assert_eq!(
        counts(&plan),
        BTreeMap::from([("entegra.products.create", batches(130, BATCH))])
    );
    assert_eq!(plan["deferred"], 0);
    assert_eq!(plan["skipped"], json!([]));
    assert_matches(&mut market, &erp, &[]);
    let again = local(
        "sync.plan",
        &json!({"state": state, "products": erp.products,
        "inventory": erp.inventory, "options": options()}),
    )
    .unwrap();
    assert_eq!(again["requests"], json!([]), "nothing changed");
    assert_eq!(again["state"], state);
}

#[test]
fn changes_go_through_the_cheapest_endpoint_in_full_batches() {
    let mut erp = Erp::generate(130, 11);
    let mut market = Marketplace::new(Service::Entegra);
    let (state, _) = sync(&mut market, &Value::Null, &plan_params(&erp));
    let before = mapped(&erp);
    let gone = change(&mut erp);
    let after = mapped(&erp);
    let (state, plan) = sync(&mut market, &state, &plan_params(&erp));
    let expected = expected_changes(&before, &after);
    assert_eq!(counts(&plan), expected);
    assert!(expected["entegra.products.update_quantity"] >= 2);
    assert!(expected["entegra.products.update_prices"] >= 2);
    assert_matches(&mut market, &erp, &gone);
    let (_, again) = sync(&mut market, &state, &plan_params(&erp));
    assert_eq!(again["requests"], json!([]));
}

#[test]
fn new_variants_of_a_listed_product_are_added_to_it() {
    let mut erp = Erp::generate(8, 3);
    let mut market = Marketplace::new(Service::Entegra);
    let (state, _) = sync(&mut market, &Value::Null, &plan_params(&erp));
    let product = erp
        .products
        .iter_mut()
        .find(|p| p["ItemCode"] == "GEN-0001")
        .unwrap();
    product["Variants"]
        .as_array_mut()
        .unwrap()
        .push(json!({"ColorCode": "GRN", "ColorDescription": "Yeşil", "Barcode": "8690000199"}));
    erp.inventory.push(
        json!({"WarehouseCode": WAREHOUSES[0], "ItemCode": "GEN-0001",
        "ColorCode": "GRN", "InventoryQty1": 6}),
    );
    let (_, plan) = sync(&mut market, &state, &plan_params(&erp));
    assert_eq!(
        counts(&plan),
        BTreeMap::from([
            ("entegra.products.update_quantity", 1),
            ("entegra.variations.create", 1)
        ])
    );
    assert_eq!(plan["requests"][1]["keys"], json!(["GEN-0001-GRN"]));
    assert_matches(&mut market, &erp, &[]);
}

#[test]
fn a_run_killed_after_any_batch_resumes_without_duplicates() {
    let base = Erp::generate(100, 5);
    let mut grown = Erp::generate(160, 5);
    change(&mut grown);
    let mut probe = Marketplace::new(Service::Entegra);
    let (probe_state, _) = sync(&mut probe, &Value::Null, &plan_params(&base));
    let mut probe_params = plan_params(&grown);
    probe_params["state"] = probe_state;
    let total = local("sync.plan", &probe_params).unwrap()["requests"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        total >= 6,
        "a plan with several endpoints ({total} requests)"
    );
    for killed_after in 0..total {
        let mut market = Marketplace::new(Service::Entegra);
        let (state, _) = sync(&mut market, &Value::Null, &plan_params(&base));
        let mut params = plan_params(&grown);
        params["state"] = state;
        let plan = local("sync.plan", &params).unwrap();
        let requests = plan["requests"].as_array().unwrap();
        let mut persisted = plan["state"].clone();
        for request in &requests[..killed_after] {
            persisted = send_and_apply(&mut market, &persisted, request);
        }
        let lost = &requests[killed_after];
        market
            .call(lost["op"].as_str().unwrap(), &lost["params"])
            .unwrap();
        params["state"] = persisted.clone();
        let resumed = local("sync.plan", &params).unwrap();
        let creates_left = requests[killed_after..]
            .iter()
            .any(|r| r["op"].as_str().unwrap().ends_with(".create"));
        assert_eq!(
            resumed["listing_needed"], creates_left,
            "killed after {killed_after}"
        );
        let (state, replan) = if creates_left {
            let mut with_listing = params.clone();
            with_listing["listing"] = json!(listed(&mut market).into_values().collect::<Vec<_>>());
            let (state, replan) = sync(&mut market, &persisted, &with_listing);
            assert_eq!(
                keys(&replan),
                keys_of(&requests[killed_after + 1..]),
                "the lost batch is not resent"
            );
            (state, replan)
        } else {
            let (state, replan) = sync(&mut market, &persisted, &params);
            assert_eq!(
                keys(&replan),
                keys_of(&requests[killed_after..]),
                "only the lost batch is resent"
            );
            (state, replan)
        };
        assert_eq!(replan["in_doubt"], json!([]));
        persisted = state;
        assert_matches(&mut market, &grown, &["GEN-0040", "GEN-0041"]);
        let generated = listed(&mut market)
            .keys()
            .filter(|code| code.starts_with("GEN-"))
            .count();
        assert_eq!(
            generated, 160,
            "killed after {killed_after}: nothing duplicated or lost"
        );
        params["state"] = persisted;
        let again = local("sync.plan", &params).unwrap();
        assert_eq!(again["requests"], json!([]), "killed after {killed_after}");
        assert_eq!(again["listing_needed"], false);
    }
}

#[test]
fn a_failed_batch_is_resent_and_nothing_else() {
    let mut erp = Erp::generate(80, 13);
    let mut market = Marketplace::new(Service::Entegra);
    let (state, _) = sync(&mut market, &Value::Null, &plan_params(&erp));
    for i in 0..80 {
        erp.set_stock(&format!("GEN-{i:04}"), 50 + i as i64);
    }
    let mut params = plan_params(&erp);
    params["state"] = state;
    let plan = local("sync.plan", &params).unwrap();
    let requests = plan["requests"].as_array().unwrap();
    assert!(requests.len() >= 2);
    let failed = &requests[0];
    let mut state = local(
        "sync.apply",
        &json!({"state": plan["state"], "request": failed,
        "error": {"kind": "transport", "message": "timed out"}}),
    )
    .unwrap()["state"]
        .clone();
    for request in &requests[1..] {
        state = send_and_apply(&mut market, &state, request);
    }
    params["state"] = state;
    let retry = local("sync.plan", &params).unwrap();
    assert_eq!(retry["requests"].as_array().unwrap().len(), 1);
    assert_eq!(retry["requests"][0]["keys"], failed["keys"]);
    assert_eq!(retry["requests"][0]["params"], failed["params"]);
}

#[test]
fn the_quota_defers_requests_to_later_runs() {
    let erp = Erp::generate(130, 17);
    let mut market = Marketplace::new(Service::Entegra);
    let mut params = plan_params(&erp);
    params["options"]["quota_remaining"] = json!(1);
    let mut state = Value::Null;
    let mut runs = 0;
    loop {
        let (next, plan) = sync(&mut market, &state, &params);
        state = next;
        let planned = plan["requests"].as_array().unwrap().len();
        if planned == 0 {
            break;
        }
        assert_eq!(planned, 1);
        assert_eq!(plan["deferred"], batches(130, BATCH) - 1 - runs);
        runs += 1;
    }
    assert_eq!(runs, batches(130, BATCH));
    assert_matches(&mut market, &erp, &[]);
}

#[test]
fn an_item_already_on_entegra_is_adopted_not_created_twice() {
    let erp = Erp {
        products: vec![
            json!({"ItemCode": "w-1-1259", "ItemDescription": "Fatih 2 pants",
            "SalePrice": "14.90", "TaxRate": 20, "Barcode": "82198029399", "Variants": []}),
        ],
        inventory: vec![
            json!({"WarehouseCode": WAREHOUSES[0], "ItemCode": "w-1-1259", "InventoryQty1": 9}),
        ],
    };
    let mut market = Marketplace::new(Service::Entegra);
    let (state, first) = sync(&mut market, &Value::Null, &plan_params(&erp));
    assert_eq!(
        counts(&first),
        BTreeMap::from([("entegra.products.create", 1)])
    );
    assert_eq!(
        state["pending"]["w-1-1259"]["op"],
        "entegra.products.create"
    );
    let mut params = plan_params(&erp);
    params["state"] = state.clone();
    let blind = local("sync.plan", &params).unwrap();
    assert_eq!(
        blind["requests"],
        json!([]),
        "no second create without a listing"
    );
    assert_eq!(blind["in_doubt"], json!(["w-1-1259"]));
    assert_eq!(blind["listing_needed"], true);
    params["listing"] = json!(listed(&mut market).into_values().collect::<Vec<_>>());
    let (state, adopted) = sync(&mut market, &state, &params);
    assert_eq!(
        counts(&adopted),
        BTreeMap::from([
            ("entegra.products.update_quantity", 1),
            ("entegra.products.update_prices", 1)
        ])
    );
    assert_eq!(state["pending"], json!({}));
    assert_matches(&mut market, &erp, &[]);
}
