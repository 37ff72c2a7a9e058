//! Starts the real `kopru-sandbox-server` binary on a free port and talks to it
//! over plain TCP, as every binding's transport will.

mod support;

use std::io::{BufReader, Write};
use std::time::{Duration, Instant};

use serde_json::json;
use support::{read_reply, write_request, Server};

#[test]
fn entegra_login_then_list_products() {
    let server = Server::start();
    let token = server.entegra_token();
    let reply = server.send(
        "GET",
        "/entegra/product/page=1/",
        &[("Authorization", &format!("JWT {token}"))],
        None,
    );
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    let products = reply.json()["productList"]
        .as_array()
        .expect("productList")
        .clone();
    assert!(!products.is_empty());

    let without_token = server.send("GET", "/entegra/product/page=1/", &[], None);
    assert_eq!(without_token.status, 401, "{without_token:?}");
}

#[test]
fn tedbul_delete_reads_the_json_body() {
    let server = Server::start();
    let token = server.tedbul_token();
    let auth = format!("Bearer {token}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let ads = server.send("GET", "/tedbul/api/ads/getAdsList?page=1", &headers, None);
    assert_eq!(ads.status, 200, "{ads:?}");
    let id = ads.json()["result"]["data"][0]["adsId"].clone();
    assert!(id.is_i64() || id.is_string(), "no ad id in {}", ads.body);
    let get = |server: &Server, headers: &[(&str, &str)]| {
        server
            .send(
                "GET",
                &format!("/tedbul/api/ads/getAds/{id}"),
                headers,
                None,
            )
            .json()
    };
    assert_eq!(get(&server, &headers)["status"], json!(true));

    let no_body = server.send("DELETE", "/tedbul/api/ads/deleteAds", &headers, None);
    assert_ne!(no_body.json()["status"], json!(true), "{no_body:?}");
    assert_eq!(get(&server, &headers)["status"], json!(true));

    let deleted = server.send(
        "DELETE",
        "/tedbul/api/ads/deleteAds",
        &headers,
        Some(&json!({"id": id})),
    );
    assert_eq!(deleted.status, 200, "{deleted:?}");
    assert_eq!(deleted.json()["status"], json!(true), "{deleted:?}");
    assert_eq!(get(&server, &headers)["status"], json!(false));

    server.admin("POST", "reset", None);
    let token = server.tedbul_token();
    let auth = format!("Bearer {token}");
    assert_eq!(
        get(&server, &[("Authorization", auth.as_str())])["status"],
        json!(true)
    );
}

#[test]
fn injected_failures_then_success() {
    let server = Server::start();
    let faults = server.admin(
        "POST",
        "faults",
        Some(&json!({"fail_next": 2, "fail_status": 503})),
    );
    assert_eq!(faults["fail_next"], json!(2));
    let login = json!({"email": "demo@kopru.dev", "password": "demo-password"});
    for _ in 0..2 {
        let reply = server.send("POST", "/entegra/api/user/token/obtain/", &[], Some(&login));
        assert_eq!(reply.status, 503, "{reply:?}");
        assert_eq!(reply.header("retry-after"), None);
    }
    server.entegra_token();

    server.admin(
        "POST",
        "faults",
        Some(&json!({"fail_next": 1, "fail_status": 429, "retry_after": 7})),
    );
    let limited = server.send("GET", "/erp/api/products", &[], None);
    assert_eq!(limited.status, 429);
    assert_eq!(limited.header("retry-after"), Some("7"));
    assert_eq!(server.admin("GET", "faults", None)["fail_next"], json!(0));
}

#[test]
fn bad_fault_knobs_are_rejected() {
    let server = Server::start();
    for body in [
        json!({"fail_nxt": 1}),
        json!({"fail_status": 200}),
        json!([1]),
        json!({"fail_rate": 2}),
        json!({"throttle_rate": 0.6, "drop_rate": 0.6}),
        json!({"slow_body_ms": -1}),
    ] {
        let reply = server.send("POST", "/_admin/faults", &[], Some(&body));
        assert_eq!(reply.status, 400, "{body}: {reply:?}");
    }
    assert_eq!(
        server.admin("GET", "faults", None)["fail_status"],
        json!(500)
    );
}

#[test]
fn dropped_connection_then_answer() {
    let server = Server::start();
    server.admin("POST", "faults", Some(&json!({"drop_next": 1})));
    let mut stream = server.connect();
    write_request(&mut stream, "GET", "/erp/api/products", &[], None, true);
    assert!(read_reply(&mut BufReader::new(stream)).is_none());
    let reply = server.send(
        "GET",
        "/erp/api/products",
        &[("Authorization", "Basic ZGVtbzpkZW1vLXBhc3N3b3Jk")],
        None,
    );
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(reply.json()["success"], json!(true), "{reply:?}");
}

#[test]
fn latency_delays_service_answers() {
    let server = Server::start();
    server.admin("POST", "faults", Some(&json!({"latency_ms": 300})));
    let start = Instant::now();
    server.send("GET", "/erp/api/products", &[], None);
    assert!(start.elapsed() >= Duration::from_millis(300));
    server.admin("POST", "faults", Some(&json!({"latency_ms": 0})));
    let start = Instant::now();
    server.admin("GET", "stats", None);
    assert!(start.elapsed() < Duration::from_millis(300));
}

#[test]
fn expired_tokens_get_the_vendor_401() {
    let server = Server::start();
    let token = server.entegra_token();
    let auth = format!("JWT {token}");
    let list = |server: &Server| {
        server.send(
            "GET",
            "/entegra/product/page=1/",
            &[("Authorization", auth.as_str())],
            None,
        )
    };
    assert_eq!(list(&server).status, 200);
    server.admin("POST", "faults", Some(&json!({"expire_tokens": true})));
    let rejected = list(&server);
    assert_eq!(rejected.status, 401, "{rejected:?}");
    assert_eq!(rejected.json()["code"], json!("token_not_valid"));
    let fresh = server.entegra_token();
    let reply = server.send(
        "GET",
        "/entegra/product/page=1/",
        &[("Authorization", &format!("JWT {fresh}"))],
        None,
    );
    assert_eq!(reply.status, 200, "{reply:?}");
}

#[test]
fn stats_count_requests_and_logins() {
    let server = Server::start();
    server.entegra_token();
    server.entegra_token();
    server.tedbul_token();
    server.send("GET", "/erp/api/products", &[], None);
    server.send("GET", "/entegra/product/page=1/", &[], None);
    let stats = server.admin("GET", "stats", None);
    let totals = |service: &str| {
        let counts = &stats[service];
        (counts["requests"].clone(), counts["logins"].clone())
    };
    assert_eq!(totals("entegra"), (json!(3), json!(2)));
    assert_eq!(totals("erp"), (json!(1), json!(0)));
    assert_eq!(totals("tedbul"), (json!(1), json!(1)));
    assert_eq!(
        stats["entegra"]["paths"],
        json!({
            "GET /product/page=1/": {"requests": 1, "reached": 1, "applied": 0, "repeated": 0},
            "POST /api/user/token/obtain/": {"requests": 2, "reached": 2, "applied": 2, "repeated": 1},
        })
    );
    server.admin("POST", "reset", None);
    let stats = server.admin("GET", "stats", None);
    assert_eq!(
        stats["entegra"],
        json!({"requests": 0, "logins": 0, "max_in_flight": 0, "injected": {}, "paths": {}})
    );
}

#[test]
fn keep_alive_serves_several_requests_on_one_connection() {
    let server = Server::start();
    let stream = server.connect();
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let login = json!({"email": "demo@kopru.dev", "password": "demo-password"});
    for _ in 0..3 {
        write_request(
            &mut writer,
            "POST",
            "/entegra/api/user/token/obtain/",
            &[("Content-Type", "application/json")],
            Some(&login),
            false,
        );
        let reply = read_reply(&mut reader).expect("a response");
        assert!(matches!(reply.status, 200 | 201), "{reply:?}");
        assert_eq!(reply.header("connection"), Some("keep-alive"));
    }
    assert_eq!(
        server.admin("GET", "stats", None)["entegra"]["logins"],
        json!(3)
    );
}

#[test]
fn unknown_paths_preflight_and_malformed_requests() {
    let server = Server::start();
    assert_eq!(server.send("GET", "/nowhere/api", &[], None).status, 404);
    assert_eq!(server.send("GET", "/entegrax/api", &[], None).status, 404);
    assert_eq!(server.send("GET", "/_admin/reset", &[], None).status, 405);

    let preflight = server.send(
        "OPTIONS",
        "/entegra/product/page=1/",
        &[
            ("Origin", "http://127.0.0.1:1"),
            ("Access-Control-Request-Method", "GET"),
            ("Access-Control-Request-Headers", "authorization"),
        ],
        None,
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(
        preflight.header("access-control-allow-headers"),
        Some("authorization")
    );
    assert_eq!(
        server.admin("GET", "stats", None)["entegra"]["requests"],
        json!(0)
    );

    let mut stream = server.connect();
    stream.write_all(b"NONSENSE\r\n\r\n").unwrap();
    let reply = read_reply(&mut BufReader::new(stream)).expect("a response");
    assert_eq!(reply.status, 400);
}
