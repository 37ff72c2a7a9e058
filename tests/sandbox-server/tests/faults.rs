//! The fault knobs of the server, seen over plain TCP: rates from a seeded
//! source, 429 with Retry-After, answers cut mid-body or trickled slowly after the
//! write was applied, and tokens that expire every N requests.

mod support;

use std::io::{BufRead, BufReader, ErrorKind, Read};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::{read_reply, write_request, Server};

const ERP_AUTH: (&str, &str) = ("Authorization", "Basic ZGVtbzpkZW1vLXBhc3N3b3Jk");

/// The status line and headers of a response, the body left in `reader`.
fn read_head(reader: &mut BufReader<std::net::TcpStream>) -> (u16, usize) {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let status = line.split(' ').nth(1).unwrap().parse().unwrap();
    let mut length = 0;
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            return (status, length);
        }
        let (name, value) = trimmed.split_once(':').unwrap();
        if name.eq_ignore_ascii_case("content-length") {
            length = value.trim().parse().unwrap();
        }
    }
}

fn statuses(server: &Server, n: usize) -> Vec<u16> {
    (0..n)
        .map(|_| {
            let reply = server.send("GET", "/erp/api/products", &[ERP_AUTH], None);
            reply.status
        })
        .collect()
}

#[test]
fn rates_follow_the_seed_and_spare_the_admin_endpoints() {
    let server = Server::start();
    let knobs = json!({"seed": 7, "fail_rate": 0.5});
    server.admin("POST", "faults", Some(&knobs));
    let first = statuses(&server, 40);
    server.admin("POST", "faults", Some(&json!({"seed": 7})));
    assert_eq!(statuses(&server, 40), first);
    assert!(first.contains(&200), "{first:?}");
    assert!(first.iter().all(|s| [200, 500, 502, 503, 504].contains(s)));
    assert!(
        first.iter().filter(|s| **s != 200).count() >= 10,
        "{first:?}"
    );

    server.admin("POST", "faults", Some(&json!({"fail_rate": 1.0})));
    assert!(statuses(&server, 5).iter().all(|s| *s >= 500));
    assert_eq!(server.admin("GET", "faults", None)["fail_rate"], json!(1.0));
    let stats = server.admin("GET", "stats", None);
    let counts = &stats["erp"]["paths"]["GET /api/products"];
    assert_eq!(counts["requests"], json!(85));
    let answered = first.iter().filter(|s| **s == 200).count();
    assert_eq!(counts["reached"], json!(2 * answered));
    assert_eq!(
        stats["erp"]["injected"],
        json!({"failed": 85 - 2 * answered})
    );
}

#[test]
fn throttling_answers_429_with_retry_after() {
    let server = Server::start();
    let knobs = json!({"throttle_rate": 1.0, "throttle_retry_after": 2});
    server.admin("POST", "faults", Some(&knobs));
    let reply = server.send("GET", "/erp/api/products", &[ERP_AUTH], None);
    assert_eq!(reply.status, 429);
    assert_eq!(reply.header("retry-after"), Some("2"));
    let stats = server.admin("GET", "stats", None);
    assert_eq!(stats["erp"]["injected"], json!({"throttled": 1}));
}

#[test]
fn a_dropped_share_gets_no_answer() {
    let server = Server::start();
    server.admin("POST", "faults", Some(&json!({"drop_rate": 1.0})));
    let mut stream = server.connect();
    write_request(&mut stream, "GET", "/erp/api/products", &[], None, true);
    assert!(read_reply(&mut BufReader::new(stream)).is_none());
    let stats = server.admin("GET", "stats", None);
    assert_eq!(
        stats["erp"]["paths"]["GET /api/products"]["reached"],
        json!(0)
    );
    assert_eq!(stats["erp"]["injected"], json!({"dropped": 1}));
}

fn create_ad(server: &Server, token: &str, barcode: &str) -> BufReader<std::net::TcpStream> {
    let auth = format!("Bearer {token}");
    let ad = json!({"productBarcode": barcode, "productName": "Cut", "stock": 5, "price": "10,50"});
    let mut stream = server.connect();
    write_request(
        &mut stream,
        "POST",
        "/tedbul/api/ads/createAds",
        &[
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
        ],
        Some(&ad),
        true,
    );
    BufReader::new(stream)
}

fn listed_barcodes(server: &Server, token: &str) -> Vec<Value> {
    let auth = format!("Bearer {token}");
    let list = server.send(
        "GET",
        "/tedbul/api/ads/getAdsList?page=1&show=100",
        &[("Authorization", auth.as_str())],
        None,
    );
    list.json()["result"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|ad| ad["barcodes"].as_array().cloned().unwrap_or_default())
        .collect()
}

#[test]
fn a_cut_answer_comes_after_the_write_was_applied() {
    let server = Server::start();
    let token = server.tedbul_token();
    server.admin("POST", "faults", Some(&json!({"reset_mid_body_next": 1})));
    let mut reader = create_ad(&server, &token, "8690000000017");
    let (status, length) = read_head(&mut reader);
    assert_eq!(status, 200);
    let mut body = Vec::new();
    reader.read_to_end(&mut body).unwrap();
    assert!(body.len() < length, "{} of {length} bytes", body.len());
    assert!(listed_barcodes(&server, &token).contains(&json!("8690000000017")));

    let again = read_reply(&mut create_ad(&server, &token, "8690000000017")).unwrap();
    assert_eq!(again.json()["status"], json!(false), "{again:?}");
    let stats = server.admin("GET", "stats", None);
    assert_eq!(
        stats["tedbul"]["paths"]["POST /api/ads/createAds"],
        json!({"requests": 2, "reached": 2, "applied": 1, "repeated": 1})
    );
    assert_eq!(stats["tedbul"]["injected"], json!({"reset_mid_body": 1}));
}

#[test]
fn a_slow_body_outlasts_a_short_read_timeout_then_arrives_whole() {
    let server = Server::start();
    let knobs = json!({"slow_body_next": 1, "slow_body_ms": 5000});
    server.admin("POST", "faults", Some(&knobs));
    let mut stream = server.connect();
    write_request(
        &mut stream,
        "GET",
        "/erp/api/products",
        &[ERP_AUTH],
        None,
        true,
    );
    let mut reader = BufReader::new(stream);
    let (status, length) = read_head(&mut reader);
    assert_eq!(status, 200);
    reader
        .get_ref()
        .set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let mut body = vec![0; length];
    let error = reader.read_exact(&mut body).unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
        "{error:?}"
    );

    let knobs = json!({"slow_body_next": 1, "slow_body_ms": 200});
    server.admin("POST", "faults", Some(&knobs));
    let start = Instant::now();
    let reply = server.send("GET", "/erp/api/products", &[ERP_AUTH], None);
    assert!(start.elapsed() >= Duration::from_millis(200));
    assert_eq!(reply.json()["success"], json!(true));
    let stats = server.admin("GET", "stats", None);
    assert_eq!(stats["erp"]["injected"], json!({"slow_body": 2}));
}

#[test]
fn tokens_expire_every_n_requests_to_their_service() {
    let server = Server::start();
    server.admin("POST", "faults", Some(&json!({"expire_tokens_every": 3})));
    let mut seen = Vec::new();
    for _ in 0..2 {
        let token = server.entegra_token();
        let auth = format!("JWT {token}");
        for _ in 0..2 {
            server.send("GET", "/erp/api/products", &[ERP_AUTH], None);
            let reply = server.send(
                "GET",
                "/entegra/product/page=1/",
                &[("Authorization", auth.as_str())],
                None,
            );
            seen.push(reply.status);
        }
    }
    assert_eq!(seen, [200, 401, 200, 401]);
    let stats = server.admin("GET", "stats", None);
    assert_eq!(stats["entegra"]["injected"], json!({"tokens_expired": 2}));
    assert_eq!(stats["erp"]["injected"], json!({"tokens_expired": 1}));
}
