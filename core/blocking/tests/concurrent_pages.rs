//! `Pages` with a `concurrency` over real HTTP to the loopback sandbox
//! server: ERP pages fetched several at once still yield every record once,
//! in order; a failure mid-way surfaces once and ends the walk; the quota
//! holds.

mod loopback;

use kopru_blocking::{Client, Pages};
use kopru_core::{Error, ErrorKind};
use loopback::{load_inventory, Loopback};
use serde_json::{json, Value};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Rows loaded on top of the ERP seed's.
const ROWS: usize = 95;
/// A small page, so that the rows make many pages.
const PER_PAGE: u64 = 10;

fn walk(client: &Client, concurrency: u64) -> Pages {
    let mut pages = client.pages("erp.inventory.list", &json!({"per_page": PER_PAGE}));
    pages.set_concurrency(concurrency).unwrap();
    pages
}

/// The key of an inventory row.
fn key(row: &Value) -> String {
    format!(
        "{}/{}/{}/{}",
        row["WarehouseCode"], row["ItemCode"], row["ColorCode"], row["ItemDim1Code"]
    )
}

fn keys(items: impl Iterator<Item = Result<Value, Error>>) -> Vec<String> {
    items.map(|item| key(&item.unwrap())).collect()
}

#[test]
fn every_record_comes_once_in_order_while_pages_overlap() {
    let server = Loopback::start();
    let erp = server.client("erp", json!({}));
    load_inventory(&erp, ROWS);
    let one_by_one = keys(walk(&erp, 1));
    assert!(one_by_one.len() > ROWS, "{}", one_by_one.len());
    server.faults(json!({"latency_ms": 60}));
    let concurrent = keys(walk(&erp, 4));
    assert_eq!(concurrent, one_by_one);
    let stats = server.stats("erp");
    assert!(stats["max_in_flight"].as_u64().unwrap() >= 2, "{stats}");
    let pages = one_by_one.len().div_ceil(PER_PAGE as usize) as u64;
    let update = 1;
    assert_eq!(
        stats["requests"],
        update + 2 * pages,
        "no page fetched twice: {stats}"
    );
}

#[test]
fn each_page_received_sends_the_next_without_waiting_for_the_others() {
    let server = Loopback::start();
    let erp = server.client("erp", json!({}));
    load_inventory(&erp, ROWS);
    let mut pages = walk(&erp, 4);
    // Page 1 alone (it tells the range), then pages 2 to 5 at once; receiving
    // page 2 sends page 6 and receiving page 3 sends page 7, whether or not
    // pages 4 and 5 are back (a batch would wait for them and send nothing).
    let to_first_of_page_3 = 2 * PER_PAGE as usize + 1;
    for item in pages.by_ref().take(to_first_of_page_3) {
        item.unwrap();
    }
    let expected = 1 + 1 + 4 + 2;
    let requests = || server.stats("erp")["requests"].as_u64().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while requests() < expected && Instant::now() < deadline {
        sleep(Duration::from_millis(10));
    }
    assert_eq!(
        requests(),
        expected,
        "4 pages in flight, none more: {}",
        server.stats("erp")
    );
}

#[test]
fn a_failure_mid_way_surfaces_once_after_the_records_before_it() {
    let server = Loopback::start();
    let erp = server.client("erp", json!({}));
    load_inventory(&erp, ROWS);
    let all = keys(walk(&erp, 1));
    let mut pages = walk(&erp, 4);
    let first_page: Vec<String> = (&mut pages)
        .take(PER_PAGE as usize)
        .map(|item| key(&item.unwrap()))
        .collect();
    server.faults(json!({"fail_next": 1, "fail_status": 400}));
    let mut seen = first_page;
    let mut errors = Vec::new();
    for item in &mut pages {
        match item {
            Ok(row) => seen.push(key(&row)),
            Err(error) => errors.push(error),
        }
    }
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].kind(), ErrorKind::Api, "{:?}", errors[0]);
    assert!(pages.next().is_none(), "the walk ended");
    assert!(seen.len() < all.len());
    assert_eq!(seen[..], all[..seen.len()], "a prefix, in order");
    assert_eq!(seen.len() % PER_PAGE as usize, 0, "whole pages only");
}

#[test]
fn the_hourly_quota_holds_across_concurrent_pages() {
    let server = Loopback::start();
    let loader = server.client("erp", json!({}));
    load_inventory(&loader, ROWS);
    let quota = 5;
    let erp = server.client("erp", json!({"quota": {"per_hour": quota}}));
    let mut errors = Vec::new();
    let mut records = 0;
    for item in walk(&erp, 4) {
        match item {
            Ok(_) => records += 1,
            Err(error) => errors.push(error),
        }
    }
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].kind(), ErrorKind::RateLimited, "{:?}", errors[0]);
    assert!(records >= PER_PAGE as usize, "the first page came");
    let stats = server.stats("erp");
    assert_eq!(stats["requests"], 1 + quota, "{stats}");
}

#[test]
fn concurrency_out_of_range_is_a_config_error() {
    let client = Client::new(&kopru_core::sandbox::sandbox_config(
        kopru_core::Service::Erp,
    ))
    .unwrap();
    let mut pages = client.pages("erp.inventory.list", &json!({}));
    for bad in [0, 17] {
        let error = pages.set_concurrency(bad).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Config, "{error}");
    }
}
