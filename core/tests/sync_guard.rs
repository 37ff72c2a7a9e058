//! The guard against mass changes, driven against the in-process sandboxes:
//! a wrong `price_field` and a missing warehouse are stopped before anything
//! is written, with a `guarded` error that names the limit and the plan; the
//! accepted plan (and only it) goes through; ordinary changes are not stopped.

mod bridge_support;

use bridge_support::*;
use kopru_core::bridge::journal::fold;
use kopru_core::bridge::run::{Action, Answer, Save, SyncRun, Target};
use kopru_core::{Error, ErrorKind, Service};
use serde_json::{json, Value};

/// A marketplace and the sync state its runs saved.
struct World {
    market: Marketplace,
    marketplace: &'static str,
    saved: Value,
    /// Marketplace requests that write (everything but the listing reads).
    writes: usize,
}

impl World {
    fn new(marketplace: &'static str) -> World {
        let service = match marketplace {
            "entegra" => Service::Entegra,
            _ => Service::Tedbul,
        };
        World {
            market: Marketplace::new(service),
            marketplace,
            saved: Value::Null,
            writes: 0,
        }
    }

    /// One catalogue run of `erp` with `options`: its report, or the error it stopped with.
    fn sync(&mut self, erp: &Erp, options: Value) -> Result<Value, Error> {
        self.run(erp, options, false)
    }

    /// A catalogue run, a dry run when `dry_run`.
    fn run(&mut self, erp: &Erp, options: Value, dry_run: bool) -> Result<Value, Error> {
        let mut options = options;
        if self.marketplace == "tedbul" {
            options["expiration"] = json!("2027-06-30");
        }
        let mut run = SyncRun::new(json!({
            "job": "catalogue", "marketplace": self.marketplace, "state": self.saved,
            "options": options, "dry_run": dry_run,
            "snapshot": {"products": erp.products, "inventory": erp.inventory}}))?;
        let mut answer = None;
        loop {
            match run.step(answer.take())? {
                Action::Call { target, op, params } => {
                    assert_eq!(target, Target::Marketplace, "a snapshot run reads no ERP");
                    if !op.ends_with(".list") {
                        self.writes += 1;
                    }
                    answer = Some(match self.market.call(&op, &params) {
                        Ok(result) => Answer::Result(result),
                        Err(error) => Answer::Error(error.to_json()),
                    });
                }
                Action::Save(Save::State(state)) => self.saved = state,
                Action::Save(Save::Change(change)) => fold(&mut self.saved, &change),
                Action::Progress(_) => {}
                Action::Done(report) => return Ok(report),
                other => panic!("unexpected action {other:?}"),
            }
        }
    }

    /// The marketplace's whole listing.
    fn listing(&mut self) -> Vec<Value> {
        let op = match self.marketplace {
            "entegra" => "entegra.products.list",
            _ => "tedbul.ads.list",
        };
        self.market.list_all(op, json!({}))
    }
}

fn synced_options() -> Value {
    json!({"warehouses": [WAREHOUSES[0], WAREHOUSES[1]]})
}

/// A world whose marketplace has `erp` listed, synced with the right options.
fn synced(marketplace: &'static str, erp: &Erp) -> World {
    let mut world = World::new(marketplace);
    let report = world.sync(erp, synced_options()).unwrap();
    assert_eq!(report["errors"], json!([]), "{report}");
    world
}

/// The guarded error's JSON, after checking that nothing was written or saved.
fn stopped(world: &mut World, erp: &Erp, options: Value) -> Value {
    let (writes, saved, listing) = (world.writes, world.saved.clone(), world.listing());
    let error = world.sync(erp, options).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Guarded, "{error}");
    assert_eq!(world.writes, writes, "nothing was written");
    assert_eq!(world.saved, saved, "the state was not saved");
    assert_eq!(world.listing(), listing, "the marketplace is unchanged");
    error.to_json()
}

#[test]
fn a_wrong_price_field_is_stopped_with_nothing_sent() {
    let erp = Erp::generate(60, 5);
    for marketplace in ["entegra", "tedbul"] {
        let mut world = synced(marketplace, &erp);
        let mut wrong = synced_options();
        wrong["price_field"] = json!("PurchasePrice");
        let error = stopped(&mut world, &erp, wrong);
        assert_eq!(error["kind"], "guarded");
        assert_eq!(error["code"], 8);
        let limits = error["limits"].as_array().unwrap();
        assert_eq!(limits.len(), 1, "{error}");
        assert_eq!(limits[0]["limit"], "prices");
        assert_eq!(limits[0]["limit_percent"], 25);
        assert_eq!(limits[0]["limit_items"], 10);
        let count = limits[0]["count"].as_u64().unwrap();
        assert!(count > 40, "{marketplace}: {error}");
        let message = error["message"].as_str().unwrap();
        assert!(
            message.contains(&format!(
                "would move the price of {count} items by more than 25 %, limit 10 items"
            )),
            "{message}"
        );
        let plan_id = error["plan_id"].as_str().unwrap();
        assert_eq!(plan_id.len(), 16);
        assert!(message.contains(plan_id), "{message}");
        let items = error["items"].as_array().unwrap();
        assert_eq!(items.len(), 20, "the first 20 are listed");
        assert_eq!(error["items_total"], count);
        assert_eq!(items[0]["field"], "price");
        assert_eq!(items[0]["after"], "5.00");
    }
}

#[test]
fn a_missing_warehouse_is_stopped_with_nothing_sent() {
    let erp = Erp::generate(60, 6);
    for marketplace in ["entegra", "tedbul"] {
        let mut world = synced(marketplace, &erp);
        let error = stopped(&mut world, &erp, json!({"warehouses": ["WH-GONE"]}));
        let limits = error["limits"].as_array().unwrap();
        assert_eq!(limits[0]["limit"], "passive", "{error}");
        let (count, listed) = (
            limits[0]["count"].as_u64().unwrap(),
            limits[0]["listed"].as_u64().unwrap(),
        );
        assert!(count * 100 > listed * 20, "{error}");
        let message = error["message"].as_str().unwrap();
        assert!(
            message.contains(&format!(
                "would make {count} of {listed} listed items passive or out of stock ({} %), limit 20 %",
                count * 100 / listed
            )),
            "{message}"
        );
    }
}

#[test]
fn the_accepted_plan_goes_through_and_a_stale_id_is_still_stopped() {
    let erp = Erp::generate(60, 7);
    let mut world = synced("entegra", &erp);
    let mut wrong_price = synced_options();
    wrong_price["price_field"] = json!("PurchasePrice");
    let first = stopped(&mut world, &erp, wrong_price.clone());
    let again = stopped(&mut world, &erp, wrong_price.clone());
    assert_eq!(first["plan_id"], again["plan_id"], "the id is stable");
    let missing = json!({"warehouses": ["WH-GONE"], "accept_plan": first["plan_id"]});
    let other = stopped(&mut world, &erp, missing);
    assert_ne!(
        other["plan_id"], first["plan_id"],
        "another plan, another id"
    );
    wrong_price["accept_plan"] = first["plan_id"].clone();
    let report = world.sync(&erp, wrong_price).unwrap();
    assert_eq!(report["errors"], json!([]), "{report}");
    assert!(report["requests_sent"].as_u64().unwrap() > 0);
    let prices: Vec<Value> = world
        .listing()
        .iter()
        .filter(|p| p["productCode"].as_str().unwrap().starts_with("GEN-"))
        .map(|p| p["price1"].clone())
        .collect();
    assert_eq!(prices.len(), 60);
    assert!(prices.iter().all(|p| p == "5.00" || p == "5"), "{prices:?}");
}

#[test]
fn ordinary_changes_and_a_guard_turned_off_go_through() {
    let mut erp = Erp::generate(60, 8);
    let mut world = synced("tedbul", &erp);
    for i in 1..5 {
        erp.set_stock(&format!("GEN-{i:04}"), -5);
    }
    for i in 11..14 {
        erp.set_price(&format!("GEN-{i:04}"), "999.00");
    }
    let report = world.sync(&erp, synced_options()).unwrap();
    assert!(report["requests_sent"].as_u64().unwrap() > 0, "{report}");
    let off = json!({"warehouses": ["WH-GONE"], "guard": {"enabled": false}});
    let report = world.sync(&erp, off).unwrap();
    assert!(report["requests_sent"].as_u64().unwrap() > 0, "{report}");
    let ours = world.listing();
    let ours = ours
        .iter()
        .filter(|ad| ad["barcodes"].to_string().contains("\"869000"));
    let selling = ours
        .filter(|ad| ad["status"] == 1 && ad["stock"] != 0)
        .count();
    assert_eq!(selling, 0, "the guard was off: no ad sells any more");
}

#[test]
fn a_first_sync_adopting_a_listing_is_guarded_against_that_listing() {
    let erp = Erp::generate(60, 9);
    let mut world = synced("entegra", &erp);
    world.saved = Value::Null;
    let error = stopped(&mut world, &erp, json!({"warehouses": ["WH-GONE"]}));
    assert_eq!(error["limits"][0]["limit"], "passive", "{error}");
    let report = world.sync(&erp, synced_options()).unwrap();
    assert_eq!(report["listing_read"], true);
    assert_eq!(
        report["requests_sent"], 0,
        "the listing is adopted as it is"
    );
}

#[test]
fn a_small_shop_is_not_stuck_and_limits_can_be_tightened() {
    let erp = Erp::generate(2, 10);
    let mut world = synced("tedbul", &erp);
    let report = world
        .sync(&erp, json!({"warehouses": ["WH-GONE"]}))
        .unwrap();
    assert!(report["requests_sent"].as_u64().unwrap() > 0, "{report}");
    let erp = Erp::generate(2, 11);
    let mut world = synced("tedbul", &erp);
    let tight = json!({"warehouses": ["WH-GONE"], "guard": {"min_passive_items": 1}});
    let error = stopped(&mut world, &erp, tight);
    assert_eq!(error["limits"][0]["limit"], "passive", "{error}");
}

#[test]
fn guard_config_is_range_checked_with_codes() {
    let erp = Erp::generate(2, 12);
    let mut world = World::new("entegra");
    let bad = json!({"guard": {"max_passive_percent": 101, "min_passive_items": 0,
                               "max_price_change_percent": 0, "max_price_changes": -1,
                               "enabled": 2, "limit": 3},
                     "accept_plan": "x".repeat(65)});
    let error = world.sync(&erp, bad).unwrap_err().to_json();
    assert_eq!(error["kind"], "validation");
    let found: Vec<(String, String)> = error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().into(),
                e["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    for (path, code) in [
        ("options.guard.max_passive_percent", "too_large"),
        ("options.guard.min_passive_items", "too_small"),
        ("options.guard.max_price_change_percent", "too_small"),
        ("options.guard.max_price_changes", "too_small"),
        ("options.guard.enabled", "not_one_of"),
        ("options.guard.limit", "unknown_field"),
        ("options.accept_plan", "too_long"),
    ] {
        assert!(
            found.contains(&(path.to_string(), code.to_string())),
            "{path} {code}: {found:?}"
        );
    }
    assert_eq!(world.writes, 0);
}

#[test]
fn a_dry_run_shows_the_guards_verdict_and_the_plan_id_to_accept() {
    let erp = Erp::generate(60, 13);
    let mut world = synced("entegra", &erp);
    let missing = json!({"warehouses": ["WH-GONE"]});
    let writes = world.writes;
    let report = world.run(&erp, missing.clone(), true).unwrap();
    assert_eq!(world.writes, writes, "a dry run writes nothing");
    let guard = &report["guard"];
    assert_eq!(guard["stopped"], true, "{report}");
    assert_eq!(guard["limits"][0]["limit"], "passive");
    let error = stopped(&mut world, &erp, missing);
    assert_eq!(
        guard["plan_id"], error["plan_id"],
        "the dry run names the plan to accept"
    );
    let quiet = world.run(&erp, synced_options(), true).unwrap();
    assert_eq!(quiet["guard"]["stopped"], false, "{quiet}");
}
