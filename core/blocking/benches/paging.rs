//! Paging 175 ERP pages (100 records each) over loopback HTTP with 20 ms
//! latency a request, at concurrency 1, 4 and 8, against the bound
//! pages × latency / concurrency; and 4 threads sharing one client against
//! the same calls one after another. The server is a generated inventory
//! list (the ERP's `{success, data, pagination}` as the seed shows it), its
//! pages rendered before the clock starts, so that only kopru's work runs
//! on this machine's cores while it is timed, as with a remote server.
//! Prints ratios; asserts nothing.
//!
//!     cargo bench -p kopru-blocking --bench paging

use kopru_blocking::Client;
use kopru_sandbox_server::http1::{read_request, write_response, Response};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::BufReader;
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

const PAGES: u64 = 175;
const PER_PAGE: u64 = 100;
const LATENCY_MS: u64 = 20;

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let rendered = Arc::new(rendered_pages());
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let rendered = Arc::clone(&rendered);
            thread::spawn(move || serve(stream, &rendered));
        }
    });
    let erp = Client::new(&json!({"service": "erp", "base_url": base_url,
        "credentials": {"username": "bench", "password": "bench"}}))
    .unwrap();
    println!(
        "{:<48} {:>8} {:>9} {:>9} {:>7}",
        "ERP pages, 20 ms latency", "records", "ms", "bound ms", "/bound"
    );
    for concurrency in [1, 4, 8] {
        let started = Instant::now();
        let mut pages = erp.pages("erp.inventory.list", &json!({}));
        pages.set_concurrency(concurrency).unwrap();
        let records = pages.map(Result::unwrap).count();
        let took = started.elapsed().as_secs_f64() * 1000.0;
        let bound = (PAGES * LATENCY_MS) as f64 / concurrency as f64;
        println!(
            "{:<48} {records:>8} {took:>9.0} {bound:>9.0} {:>7.2}",
            format!("Client.pages, {PAGES} pages, concurrency {concurrency}"),
            took / bound
        );
    }
    shared_client(&erp);
}

/// 4 threads × 25 calls through one client, against 100 calls in a row.
fn shared_client(erp: &Client) {
    let call = || {
        erp.call("erp.inventory.list", &json!({"per_page": 1}))
            .unwrap();
    };
    let started = Instant::now();
    (0..100).for_each(|_| call());
    let serial = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| (0..25).for_each(|_| call()));
        }
    });
    let shared = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{:<48} {:>8} {shared:>9.0} {:>9.0} {:>7.2}   (in a row: {serial:.0} ms)",
        "one Client, 4 threads × 25 calls",
        100,
        serial / 4.0,
        shared / (serial / 4.0)
    );
}

/// The bodies of the pages of `PER_PAGE` records, by page number.
fn rendered_pages() -> HashMap<u64, Vec<u8>> {
    (1..=PAGES)
        .map(|page| {
            let body = inventory_page(page, PER_PAGE);
            (page, serde_json::to_vec(&body).unwrap())
        })
        .collect()
}

/// Answers one connection's requests, each after the latency: a page of
/// `PER_PAGE` records from `rendered`, any other page rendered then.
fn serve(stream: TcpStream, rendered: &HashMap<u64, Vec<u8>>) {
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    while let Ok(request) = read_request(&mut reader, &mut writer) {
        thread::sleep(Duration::from_millis(LATENCY_MS));
        let (page, per_page) = page_asked(&request.target);
        let response = match rendered.get(&page).filter(|_| per_page == PER_PAGE) {
            Some(body) => Response {
                status: 200,
                headers: vec![("Content-Type".into(), "application/json".into())],
                body: body.clone(),
            },
            None => Response::json(200, &inventory_page(page, per_page)),
        };
        if write_response(&mut writer, &response, true, false).is_err() {
            return;
        }
    }
}

/// The page and page size a `…/inventory?page=&per_page=` target asks for.
fn page_asked(target: &str) -> (u64, u64) {
    let query = |key: &str| {
        target
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
            .and_then(|n| n.parse::<u64>().ok())
    };
    (query("page").unwrap_or(1), query("per_page").unwrap_or(50))
}

/// Page `page` of the inventory list in pages of `per_page` records.
fn inventory_page(page: u64, per_page: u64) -> Value {
    let total = PAGES * PER_PAGE;
    let first = (page - 1) * per_page;
    let records: Vec<Value> = (first..(first + per_page).min(total))
        .map(|n| {
            json!({"OfficeCode": "IST-01", "WarehouseCode": "W1", "ItemTypeCode": 1,
                   "ItemCode": format!("GEN-{n:07}"), "ColorCode": "RED",
                   "ItemDim1Code": "M", "InventoryQty1": n % 17})
        })
        .collect();
    json!({"success": true, "data": records, "pagination": {"current_page": page,
        "per_page": per_page, "total": total, "total_pages": total.div_ceil(per_page)}})
}
