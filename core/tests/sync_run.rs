//! The sans-IO sync runner driven against the in-process sandboxes, the way a
//! bundled client drives it: catalogue syncs and order imports, with the run
//! killed at every step and restarted from the last saved state.

mod bridge_support;

use bridge_support::*;
use kopru_core::bridge::journal::fold;
use kopru_core::bridge::run::{Action, Answer, Save, SyncRun, Target};
use kopru_core::Service;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The ERP, a marketplace, and what a run left behind.
struct World {
    erp: Marketplace,
    market: Marketplace,
    marketplace: &'static str,
    saved: Value,
    /// Requests sent to the marketplace by runs (logins excluded).
    calls: BTreeMap<String, usize>,
    /// Every document delivered, by marketplace order id: first deliveries and retries.
    delivered: BTreeMap<String, (usize, usize)>,
}

/// How a run ended.
enum End {
    Done(Value),
    Killed,
    Failed(Value),
}

impl World {
    fn new(marketplace: &'static str) -> World {
        let service = match marketplace {
            "entegra" => Service::Entegra,
            _ => Service::Tedbul,
        };
        World {
            erp: Marketplace::new(Service::Erp),
            market: Marketplace::new(service),
            marketplace,
            saved: Value::Null,
            calls: BTreeMap::new(),
            delivered: BTreeMap::new(),
        }
    }

    /// Runs `job` from the saved state; stops after `kill_after` actions when given.
    fn run(&mut self, job: &str, extra: &Value, kill_after: Option<usize>) -> End {
        let mut params = json!({"job": job, "marketplace": self.marketplace, "state": self.saved});
        for (key, value) in extra.as_object().unwrap() {
            params[key] = value.clone();
        }
        let mut run = SyncRun::new(params).unwrap();
        let mut answer = None;
        for taken in 0.. {
            if kill_after == Some(taken) {
                return End::Killed;
            }
            match run.step(answer.take()).unwrap() {
                Action::Call { target, op, params } => {
                    let client = match target {
                        Target::Erp => &mut self.erp,
                        Target::Marketplace => {
                            *self.calls.entry(op.clone()).or_insert(0) += 1;
                            &mut self.market
                        }
                    };
                    answer = Some(match client.call(&op, &params) {
                        Ok(result) => Answer::Result(result),
                        Err(error) => Answer::Error(error.to_json()),
                    });
                }
                Action::Save(Save::State(state)) => self.saved = state,
                Action::Save(Save::Change(change)) => fold(&mut self.saved, &change),
                Action::Progress(_) => {}
                Action::Deliver { order, retry, .. } => {
                    let counts = self.delivered.entry(order).or_insert((0, 0));
                    if retry {
                        counts.1 += 1;
                    } else {
                        counts.0 += 1;
                    }
                    answer = Some(Answer::Result(json!(true)));
                }
                Action::Done(report) => return End::Done(report),
                Action::Fail(error) => return End::Failed(error),
            }
        }
        unreachable!()
    }

    /// Runs `job` to the end, restarting after every kill.
    fn run_through_kills(&mut self, job: &str, extra: &Value, kill_after: usize) -> Value {
        match self.run(job, extra, Some(kill_after)) {
            End::Done(report) => report,
            End::Failed(error) => panic!("run failed: {error}"),
            End::Killed => self.complete(job, extra),
        }
    }

    fn complete(&mut self, job: &str, extra: &Value) -> Value {
        match self.run(job, extra, None) {
            End::Done(report) => report,
            End::Failed(error) => panic!("run failed: {error}"),
            End::Killed => unreachable!(),
        }
    }

    fn sent(&self) -> usize {
        self.calls.values().sum()
    }

    /// The marketplace's listing, keyed and reduced to what a sync sets.
    fn listing(&mut self) -> BTreeMap<String, Value> {
        match self.marketplace {
            "entegra" => self
                .market
                .list_all("entegra.products.list", json!({}))
                .into_iter()
                .map(|p| {
                    let variations: BTreeMap<String, Value> = p["variations"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|v| {
                            (
                                v["productCode"].as_str().unwrap().into(),
                                v["quantity"].clone(),
                            )
                        })
                        .collect();
                    let key = p["productCode"].as_str().unwrap().to_string();
                    (
                        key,
                        json!([p["quantity"], p["price1"], p["status"], variations]),
                    )
                })
                .collect(),
            _ => {
                let ads = self.market.list_all("tedbul.ads.list", json!({}));
                let mut out = BTreeMap::new();
                for ad in ads {
                    let key = ad["barcodes"].to_string();
                    let previous =
                        out.insert(key.clone(), json!([ad["stock"], ad["price"], ad["status"]]));
                    assert!(previous.is_none(), "two ads for {key}");
                }
                out
            }
        }
    }
}

fn options(marketplace: &str) -> Value {
    match marketplace {
        "entegra" => json!({"warehouses": [WAREHOUSES[0], WAREHOUSES[1]]}),
        _ => json!({"warehouses": [WAREHOUSES[0], WAREHOUSES[1]], "expiration": "2027-06-30"}),
    }
}

fn snapshot(erp: &Erp, marketplace: &str) -> Value {
    json!({"snapshot": {"products": erp.products, "inventory": erp.inventory},
           "options": options(marketplace)})
}

#[test]
fn reads_the_erp_syncs_and_a_second_run_sends_nothing() {
    for marketplace in ["entegra", "tedbul"] {
        let mut world = World::new(marketplace);
        let extra = json!({"options": {"expiration": "2027-06-30"}});
        let first = world.complete("catalogue", &extra);
        assert_eq!(
            first["listing_read"], true,
            "{marketplace}: a first sync reads the listing"
        );
        assert_eq!(first["errors"], json!([]), "{marketplace}: {first}");
        assert!(
            first["requests_sent"].as_u64().unwrap() > 0,
            "{marketplace}: {first}"
        );
        assert_eq!(first["requests_sent"], first["requests_planned"]);
        let sent = world.sent();
        let second = world.complete("catalogue", &extra);
        assert_eq!(second["requests_sent"], 0, "{marketplace}: {second}");
        assert_eq!(second["listing_read"], false);
        assert_eq!(
            world.sent(),
            sent,
            "{marketplace}: the second run sent nothing"
        );
    }
}

#[test]
fn changes_go_out_in_full_batches_of_only_the_changed_items() {
    let mut erp = Erp::generate(140, 11);
    let mut world = World::new("entegra");
    world.complete("catalogue", &snapshot(&erp, "entegra"));
    let before = world.sent();
    // 70 products get a new stock in the first warehouse; 0 prices change.
    let changed: Vec<String> = (0..70)
        .map(|i| format!("GEN-{:04}", i * 2 + 1))
        .filter(|code| {
            !erp.products
                .iter()
                .any(|p| p["ItemCode"] == *code && p["IsBlocked"] == true)
        })
        .collect();
    for (i, code) in changed.iter().enumerate() {
        erp.set_stock(code, 500 + i as i64);
    }
    let report = world.complete("catalogue", &snapshot(&erp, "entegra"));
    let items = report["sent"]["entegra.products.update_quantity"]["items"]
        .as_u64()
        .unwrap() as usize;
    assert!(
        items >= changed.len(),
        "each changed product at least (and its variations)"
    );
    assert_eq!(report["sent"].as_object().unwrap().len(), 1, "{report}");
    assert_eq!(
        report["requests_sent"].as_u64().unwrap() as usize,
        batches(items, 50),
        "⌈changed items / 50⌉ requests"
    );
    assert_eq!(world.sent() - before, batches(items, 50));
}

#[test]
fn a_catalogue_run_killed_at_any_step_ends_the_same_with_nothing_created_twice() {
    for marketplace in ["entegra", "tedbul"] {
        let erp = Erp::generate(24, 3);
        let extra = snapshot(&erp, marketplace);
        let mut reference = World::new(marketplace);
        let mut steps = 0;
        while let End::Killed = reference.run("catalogue", &extra, Some(steps)) {
            reference = World::new(marketplace);
            steps += 1;
        }
        let expected = reference.listing();
        let mut kill_points = 0;
        for kill_after in 0..steps {
            let mut world = World::new(marketplace);
            let report = world.run_through_kills("catalogue", &extra, kill_after);
            assert_eq!(
                report["errors"],
                json!([]),
                "{marketplace} killed after {kill_after}: {report}"
            );
            assert_eq!(
                world.listing(),
                expected,
                "{marketplace} killed after {kill_after}"
            );
            let creates: usize = world
                .calls
                .iter()
                .filter(|(op, _)| op.ends_with(".create"))
                .map(|(_, n)| n)
                .sum();
            let reference_creates: usize = reference
                .calls
                .iter()
                .filter(|(op, _)| op.ends_with(".create"))
                .map(|(_, n)| n)
                .sum();
            assert!(
                creates <= reference_creates,
                "{marketplace}: a create was sent twice"
            );
            let again = world.complete("catalogue", &extra);
            assert_eq!(
                again["requests_sent"], 0,
                "{marketplace} after {kill_after}: {again}"
            );
            kill_points += 1;
        }
        assert!(
            kill_points > 5,
            "{marketplace}: only {kill_points} kill points"
        );
    }
}

/// Entegra orders for products of the seeded ERP catalogue (the table's
/// example order with other lines); K-3's line is not in the ERP.
fn place_entegra_orders(world: &mut World) {
    let op = kopru_core::ops::find("entegra.orders.create").unwrap();
    let example: Value = serde_json::from_str(op.example).unwrap();
    let order = |id: &str, lines: Value| {
        let mut order = example["list"][0].clone();
        order["order_id"] = json!(id);
        order["order_details"] = lines;
        order
    };
    let line = |code: &str, quantity: i64| {
        let mut line = example["list"][0]["order_details"][0].clone();
        line["product_code"] = json!(code);
        line["quantity"] = json!(quantity);
        line
    };
    let list = json!([
        order("K-1", json!([line("SHIRT-001-RED-M", 2)])),
        order(
            "K-2",
            json!([line("SHIRT-001-RED-L", 1), line("SCARF-001-RED", 1)])
        ),
        order("K-3", json!([line("NOT-IN-ERP", 1)])),
    ]);
    world
        .market
        .call("entegra.orders.create", &json!({"list": list}))
        .unwrap();
}

/// Two orders of our products on the world's marketplace (and, on Entegra, one
/// the ERP does not know): Tedbul's buyers order the ads a first sync created.
fn place_orders(world: &mut World) {
    if world.marketplace == "entegra" {
        place_entegra_orders(world);
        return;
    }
    world.complete(
        "catalogue",
        &json!({"options": {"expiration": "2027-06-30"}}),
    );
    world.calls.clear();
    for (barcode, qty) in [("8690123456789", 2), ("8690123456796", 1)] {
        let line = json!({"products": [{"barcode": barcode, "qty": qty}]});
        world
            .market
            .call("sandbox.tedbul.place_order", &line)
            .unwrap();
    }
}

fn order_options() -> Value {
    json!({"options": {"CustomerCode": "120.01.001", "OfficeCode": "IST-01",
                       "WarehouseCode": "WH-IST-M01-MAIN"}})
}

#[test]
fn orders_are_delivered_once_and_acknowledged_and_unresolved_ones_are_left() {
    let mut world = World::new("entegra");
    place_entegra_orders(&mut world);
    let report = world.complete("orders", &order_options());
    let unresolved: Vec<&str> = report["unresolved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["reason"].as_str().unwrap())
        .collect();
    assert!(!unresolved.is_empty(), "{report}");
    let imported = report["imported"].as_array().unwrap().len();
    assert_eq!(imported, 2, "K-1 and K-2 resolve: {report}");
    assert_eq!(report["acknowledged"], report["imported"]);
    let numbers: Vec<&Value> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["OrderNumber"])
        .collect();
    assert_eq!(numbers, vec!["K-1", "K-2"]);
    let again = world.complete("orders", &order_options());
    assert_eq!(again["imported"], json!([]), "{again}");
    assert_eq!(
        again["unresolved"], report["unresolved"],
        "unresolved orders stay listed"
    );
    assert!(world.delivered.values().all(|n| *n == (1, 0)));
}

#[test]
fn an_orders_run_killed_at_any_step_delivers_each_order_once() {
    for marketplace in ["entegra", "tedbul"] {
        let mut steps = 0;
        let mut retries = 0;
        loop {
            let mut world = World::new(marketplace);
            place_orders(&mut world);
            let killed = matches!(
                world.run("orders", &order_options(), Some(steps)),
                End::Killed
            );
            let report = world.complete("orders", &order_options());
            let after = world.complete("orders", &order_options());
            assert!(
                world
                    .delivered
                    .values()
                    .all(|(first, retried)| *first <= 1 && first + retried >= 1),
                "{marketplace} killed after {steps}: each order is delivered, and never twice but as a retry: {:?}",
                world.delivered
            );
            assert_eq!(
                world.delivered.len(),
                2,
                "{marketplace}: both orders of our products"
            );
            retries += world
                .delivered
                .values()
                .map(|(_, retried)| retried)
                .sum::<usize>();
            assert_eq!(after["imported"], json!([]));
            assert_eq!(after["acknowledged"], json!([]), "{marketplace}: {after}");
            assert_eq!(
                after["state"]["orders"],
                json!({}),
                "{marketplace}: {report}"
            );
            if !killed {
                break;
            }
            steps += 1;
        }
        assert!(steps > 3, "{marketplace}: {steps} kill points");
        assert!(
            retries > 0,
            "{marketplace}: a kill during a delivery leads to a retry"
        );
    }
}

#[test]
fn bad_params_are_reported_at_once_with_paths() {
    let error = SyncRun::new(json!({"job": "stock", "marketplace": "n11",
        "options": {}, "snapshot": {"products": 3}, "extra": 1}))
    .unwrap_err();
    let paths: Vec<String> = match error.to_json()["errors"].as_array() {
        Some(errors) => errors
            .iter()
            .map(|e| e["path"].as_str().unwrap().to_string())
            .collect(),
        None => panic!("{error}"),
    };
    for path in ["job", "marketplace", "snapshot.products", "extra"] {
        assert!(paths.iter().any(|p| p == path), "{path} in {paths:?}");
    }
    let options = SyncRun::new(json!({"job": "orders", "marketplace": "tedbul", "options": {}}))
        .unwrap_err()
        .to_json();
    assert!(
        options["errors"]
            .to_string()
            .contains("options.CustomerCode"),
        "{options}"
    );
}

#[test]
fn an_auth_error_stops_the_run_after_saving() {
    let mut run = SyncRun::new(json!({"job": "catalogue", "marketplace": "entegra"})).unwrap();
    let first = run.step(None).unwrap();
    assert!(matches!(
        first,
        Action::Call {
            target: Target::Erp,
            ..
        }
    ));
    let refused = json!({"kind": "auth", "message": "login refused"});
    assert_eq!(
        run.step(Some(Answer::Error(refused.clone()))).unwrap(),
        Action::Fail(refused)
    );
    assert!(
        run.step(None).is_err(),
        "a finished run takes no more steps"
    );
}
