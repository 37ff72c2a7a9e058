//! One blocking client shared by threads, over real HTTP to the loopback
//! sandbox server: their requests overlap (the server sees several at once),
//! and the token is asked for once between them.

#[allow(dead_code)] // the helpers shared by the loopback tests; this one loads no rows
mod loopback;

use loopback::Loopback;
use serde_json::json;
use std::thread;

const THREADS: usize = 6;

/// Every thread lists Tedbul's ads through the one client.
fn list_from_every_thread(client: &kopru_blocking::Client) {
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| client.call("tedbul.ads.list", &json!({})).unwrap());
        }
    });
}

#[test]
fn threads_sharing_a_client_overlap_their_waits_and_log_in_once() {
    let server = Loopback::start();
    server.faults(json!({"latency_ms": 150}));
    let client = server.client("tedbul", json!({}));
    list_from_every_thread(&client);
    let stats = server.stats("tedbul");
    assert_eq!(stats["logins"], 1, "{stats}");
    assert_eq!(stats["requests"], THREADS as u64 + 1, "{stats}");
    assert!(
        stats["max_in_flight"].as_u64().unwrap() >= 2,
        "the calls never overlapped: {stats}"
    );
}

#[test]
fn a_token_the_server_expired_is_renewed_once_for_every_thread() {
    let server = Loopback::start();
    let client = server.client("tedbul", json!({}));
    client.call("tedbul.ads.list", &json!({})).unwrap();
    server.faults(json!({"latency_ms": 100, "expire_tokens": true}));
    list_from_every_thread(&client);
    let stats = server.stats("tedbul");
    assert_eq!(
        stats["logins"], 2,
        "the first login and one renewal: {stats}"
    );
    assert!(stats["max_in_flight"].as_u64().unwrap() >= 2, "{stats}");
}
