//! The sync planner against the Tedbul sandbox: ads keyed by barcode end equal
//! to the mapping of the ERP, with the fewest requests, through crashes and failures.

mod bridge_support;

use bridge_support::*;
use kopru_core::money::Money;
use kopru_core::Service;
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn options() -> Value {
    json!({"warehouses": [WAREHOUSES[0], WAREHOUSES[1]], "expiration": "2027-06-30"})
}

fn plan_params(erp: &Erp, batch: usize) -> Value {
    let mut params = erp.params(&options());
    params["marketplace"] = json!("tedbul");
    params["options"]["batch_size"] = json!(batch);
    params
}

/// Every ad on Tedbul.
fn listing(market: &mut Marketplace) -> Vec<Value> {
    market.list_all("tedbul.ads.list", json!({"page": 1, "show": 200}))
}

/// The mapping of the ERP against what Tedbul lists now.
fn mapped(erp: &Erp, listed: &[Value]) -> Value {
    let mut params = erp.params(&options());
    params["listing"] = json!(listed);
    local("map.tedbul.ads", &params).unwrap()
}

fn same_money(a: &Value, b: &Value) -> bool {
    let parse = |v: &Value| Money::from_json(v).unwrap();
    parse(a).partial_cmp(&parse(b)) == Some(std::cmp::Ordering::Equal)
}

/// True when the listed ad already has what the update item sets.
fn up_to_date(ad: &Value, item: &Value) -> bool {
    ad["stock"] == item["stock"]
        && same_money(&ad["price"], &item["price"])
        && ad["status"] == item["status"]
        && ad["expiration"] == item["expiration"]
}

/// Tedbul has exactly one ad per barcode, and every ad the ERP maps to is
/// there as mapped (active) or passive; `gone` barcodes are passive.
fn assert_matches(market: &mut Marketplace, erp: &Erp, gone: &[String]) {
    let listed = listing(market);
    let mut per_barcode: BTreeMap<&str, usize> = BTreeMap::new();
    for ad in &listed {
        for barcode in ad["barcodes"].as_array().unwrap() {
            *per_barcode.entry(barcode.as_str().unwrap()).or_insert(0) += 1;
        }
    }
    assert!(per_barcode.values().all(|n| *n == 1), "one ad per barcode");
    let mapping = mapped(erp, &listed);
    assert_eq!(mapping["create"], json!([]), "every active ad exists");
    assert_eq!(
        mapping["deactivate"],
        json!([]),
        "every inactive ad is passive"
    );
    let by_id: BTreeMap<String, &Value> = listed
        .iter()
        .map(|ad| (ad["adsId"].as_str().unwrap().to_string(), ad))
        .collect();
    for item in mapping["update"].as_array().unwrap() {
        let ad = by_id[&item["id"].to_string()];
        assert!(up_to_date(ad, item), "{ad} is not {item}");
    }
    for barcode in gone {
        let ad = listed
            .iter()
            .find(|ad| ad["barcodes"][0] == barcode.as_str())
            .unwrap();
        assert_eq!(ad["status"], 2, "{barcode} left the ERP");
    }
}

/// Every item key of some planned requests, sorted.
fn keys_of(requests: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = requests
        .iter()
        .flat_map(|r| r["keys"].as_array().unwrap().iter())
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    keys.sort();
    keys
}

/// Barcodes of a generated product.
fn barcodes_of(erp: &Erp, item_code: &str) -> Vec<String> {
    let product = erp
        .products
        .iter()
        .find(|p| p["ItemCode"] == item_code)
        .unwrap();
    let variants = product["Variants"].as_array().unwrap();
    if variants.is_empty() {
        vec![product["Barcode"].as_str().unwrap().to_string()]
    } else {
        variants
            .iter()
            .map(|v| v["Barcode"].as_str().unwrap().to_string())
            .collect()
    }
}

/// (update_many items, creates) that bring `listed` to `erp`: counted independently of the planner.
fn expected_changes(erp: &Erp, listed: &[Value], gone: &[String]) -> (usize, usize) {
    let mapping = mapped(erp, listed);
    let by_id: BTreeMap<String, &Value> = listed
        .iter()
        .map(|ad| (ad["adsId"].as_str().unwrap().to_string(), ad))
        .collect();
    let updates = mapping["update"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| !up_to_date(by_id[&item["id"].to_string()], item))
        .count();
    let passive = mapping["deactivate"].as_array().unwrap().len();
    let vanished = gone
        .iter()
        .filter(|b| {
            listed
                .iter()
                .any(|ad| ad["barcodes"][0] == b.as_str() && ad["status"] != 2)
        })
        .count();
    (
        updates + passive + vanished,
        mapping["create"].as_array().unwrap().len(),
    )
}

/// Stock and price changes, stock falling under the minimum, blocks and
/// removals; returns the barcodes that left the ERP.
fn change(erp: &mut Erp) -> Vec<String> {
    for i in 0..70 {
        erp.set_stock(&format!("GEN-{:04}", i * 2 + 1), 30 + i as i64);
    }
    for i in 0..40 {
        let code = format!("GEN-{:04}", i * 3);
        if erp.has(&code) {
            erp.set_price(&code, &format!("{}.75", 50 + i));
        }
    }
    for i in 0..6 {
        erp.set_stock(&format!("GEN-{:04}", 4 * i + 2), -20);
    }
    for code in ["GEN-0008", "GEN-0010"] {
        erp.set_blocked(code, true);
    }
    let mut gone = Vec::new();
    for code in ["GEN-0020", "GEN-0021"] {
        gone.extend(barcodes_of(erp, code));
        erp.remove(code);
    }
    gone
}

#[test]
fn first_sync_creates_only_sellable_ads_and_a_second_plans_nothing() {
    let erp = Erp::generate(60, 21);
    let mut market = Marketplace::new(Service::Tedbul);
    let sellable = mapped(&erp, &[])["create"].as_array().unwrap().len();
    let (state, plan) = sync(&mut market, &Value::Null, &plan_params(&erp, 100));
    assert_eq!(
        count_by_op(&plan),
        BTreeMap::from([("tedbul.ads.create".to_string(), sellable)])
    );
    assert_matches(&mut market, &erp, &[]);
    let seeded = 2;
    assert_eq!(listing(&mut market).len(), seeded + sellable);
    let (_, again) = sync(&mut market, &state, &plan_params(&erp, 100));
    assert_eq!(again["requests"], json!([]));
}

#[test]
fn changes_go_through_update_many_in_full_batches() {
    let mut erp = Erp::generate(160, 23);
    let mut market = Marketplace::new(Service::Tedbul);
    let (state, _) = sync(&mut market, &Value::Null, &plan_params(&erp, 100));
    let gone = change(&mut erp);
    let before = listing(&mut market);
    let (updates, creates) = expected_changes(&erp, &before, &gone);
    assert!(updates > 100, "more than one batch ({updates} ads)");
    let (state, plan) = sync(&mut market, &state, &plan_params(&erp, 100));
    let mut expected =
        BTreeMap::from([("tedbul.ads.update_many".to_string(), batches(updates, 100))]);
    if creates > 0 {
        expected.insert("tedbul.ads.create".to_string(), creates);
    }
    assert_eq!(count_by_op(&plan), expected);
    let sizes: Vec<usize> = plan["requests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["op"] == "tedbul.ads.update_many")
        .map(|r| r["params"]["adsList"].as_array().unwrap().len())
        .collect();
    assert!(
        sizes[..sizes.len() - 1].iter().all(|n| *n == 100),
        "full batches: {sizes:?}"
    );
    assert_matches(&mut market, &erp, &gone);
    let (_, again) = sync(&mut market, &state, &plan_params(&erp, 100));
    assert_eq!(again["requests"], json!([]));
}

#[test]
fn an_ad_under_the_minimum_goes_passive_and_comes_back_without_a_new_ad() {
    let mut erp = Erp::generate(4, 29);
    erp.set_stock("GEN-0001", 20);
    let barcode = barcodes_of(&erp, "GEN-0001")[0].clone();
    let mut market = Marketplace::new(Service::Tedbul);
    let (state, _) = sync(&mut market, &Value::Null, &plan_params(&erp, 100));
    let id = state["items"][&barcode]["id"].clone();
    assert!(id.is_string());
    erp.set_stock("GEN-0001", -30);
    let (state, plan) = sync(&mut market, &state, &plan_params(&erp, 100));
    assert_eq!(plan["requests"].as_array().unwrap().len(), 1);
    let passive = &plan["requests"][0]["params"]["adsList"];
    assert!(passive
        .as_array()
        .unwrap()
        .iter()
        .all(|ad| ad["status"] == 2 && ad["stock"].as_i64().unwrap() >= 3));
    assert_eq!(state["items"][&barcode]["status"], 2);
    assert_matches(&mut market, &erp, &[]);
    erp.set_stock("GEN-0001", 20);
    let (state, plan) = sync(&mut market, &state, &plan_params(&erp, 100));
    assert_eq!(
        count_by_op(&plan),
        BTreeMap::from([("tedbul.ads.update_many".to_string(), 1)])
    );
    assert_eq!(
        state["items"][&barcode]["id"], id,
        "the same ad is reactivated"
    );
    assert_eq!(state["items"][&barcode]["status"], 1);
    assert_matches(&mut market, &erp, &[]);
}

#[test]
fn a_batch_with_unnamed_errors_stays_unconfirmed_and_is_resent_whole() {
    let mut erp = Erp::generate(40, 31);
    let mut market = Marketplace::new(Service::Tedbul);
    let (state, _) = sync(&mut market, &Value::Null, &plan_params(&erp, 100));
    for i in 0..40 {
        erp.set_stock(&format!("GEN-{i:04}"), 60 + i as i64);
    }
    let mut params = plan_params(&erp, 100);
    params["state"] = state;
    let plan = local("sync.plan", &params).unwrap();
    let batch = &plan["requests"][0];
    assert_eq!(batch["op"], "tedbul.ads.update_many");
    let sent = batch["keys"].as_array().unwrap().len();
    let applied = local(
        "sync.apply",
        &json!({"state": plan["state"], "request": batch,
        "result": {"successCount": sent - 1, "errorCount": 1}}),
    )
    .unwrap();
    assert_eq!(applied["confirmed"], json!([]));
    assert_eq!(applied["unconfirmed"].as_array().unwrap().len(), sent);
    assert_eq!(applied["state"], plan["state"], "nothing advanced");
    params["state"] = applied["state"].clone();
    let again = local("sync.plan", &params).unwrap();
    assert_eq!(again["requests"][0]["keys"], batch["keys"]);
}

#[test]
fn a_run_killed_after_any_batch_resumes_without_duplicates() {
    let base = Erp::generate(24, 37);
    let mut grown = Erp::generate(36, 37);
    let gone = change(&mut grown);
    let total = {
        let mut probe = Marketplace::new(Service::Tedbul);
        let (state, _) = sync(&mut probe, &Value::Null, &plan_params(&base, 5));
        let mut params = plan_params(&grown, 5);
        params["state"] = state;
        local("sync.plan", &params).unwrap()["requests"]
            .as_array()
            .unwrap()
            .len()
    };
    assert!(total >= 6, "{total} requests");
    for killed_after in 0..total {
        let mut market = Marketplace::new(Service::Tedbul);
        let (state, _) = sync(&mut market, &Value::Null, &plan_params(&base, 5));
        let mut params = plan_params(&grown, 5);
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
            .any(|r| r["op"] == "tedbul.ads.create");
        assert_eq!(
            resumed["listing_needed"], creates_left,
            "killed after {killed_after}"
        );
        let resent = if creates_left {
            params["listing"] = json!(listing(&mut market));
            &requests[killed_after + 1..]
        } else {
            &requests[killed_after..]
        };
        let (state, replan) = sync(&mut market, &persisted, &params);
        assert_eq!(
            keys_of(replan["requests"].as_array().unwrap()),
            keys_of(resent)
        );
        assert_matches(&mut market, &grown, &gone);
        params["state"] = state;
        params.as_object_mut().unwrap().remove("listing");
        let again = local("sync.plan", &params).unwrap();
        assert_eq!(again["requests"], json!([]), "killed after {killed_after}");
    }
}
