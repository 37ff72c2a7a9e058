//! Starts the real `kopru-sandbox-server` binary on a free port and talks to it
//! over plain TCP, as every binding's transport will.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A running server, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kopru-sandbox-server"))
            .args(["--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim_end()
            .strip_prefix("listening http://")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        assert!(addr.starts_with("127.0.0.1:"), "{addr}");
        assert_ne!(addr, "127.0.0.1:0");
        Server { child, addr }
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream
    }

    /// One request on a fresh connection.
    fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Reply {
        let mut stream = self.connect();
        write_request(&mut stream, method, path, headers, body, true);
        read_reply(&mut BufReader::new(stream)).expect("a response")
    }

    fn admin(&self, method: &str, name: &str, body: Option<&Value>) -> Value {
        let reply = self.send(method, &format!("/_admin/{name}"), &[], body);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()
    }

    fn entegra_token(&self) -> String {
        let reply = self.send(
            "POST",
            "/entegra/api/user/token/obtain/",
            &[("Content-Type", "application/json")],
            Some(&json!({"email": "demo@kopru.dev", "password": "demo-password"})),
        );
        assert!(matches!(reply.status, 200 | 201), "{reply:?}");
        reply.json()["access"]
            .as_str()
            .expect("an access token")
            .to_string()
    }

    fn tedbul_token(&self) -> String {
        let reply = self.send(
            "POST",
            "/tedbul/api/auth",
            &[("Content-Type", "application/json")],
            Some(&json!({"username": "demo", "password": "demo-password", "secretkey": "demo-secret"})),
        );
        assert_eq!(reply.status, 200, "{reply:?}");
        reply.json()["result"]["token"]
            .as_str()
            .expect("a token")
            .to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

fn write_request(
    stream: &mut TcpStream,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&Value>,
    close: bool,
) {
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    if close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
}

/// Reads one response framed by Content-Length; `None` when the server closed first.
fn read_reply(reader: &mut BufReader<TcpStream>) -> Option<Reply> {
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return None;
    }
    let status = line.split(' ').nth(1).unwrap().parse().unwrap();
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        let (name, value) = trimmed.split_once(':').unwrap();
        headers.push((name.to_string(), value.trim().to_string()));
    }
    let mut reply = Reply {
        status,
        headers,
        body: String::new(),
    };
    let length: usize = reply
        .header("content-length")
        .map_or(0, |v| v.parse().unwrap());
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    reply.body = String::from_utf8(body).unwrap();
    Some(reply)
}

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
    assert_eq!(
        stats,
        json!({
            "entegra": {"requests": 3, "logins": 2},
            "erp": {"requests": 1, "logins": 0},
            "tedbul": {"requests": 1, "logins": 1},
        })
    );
    server.admin("POST", "reset", None);
    let stats = server.admin("GET", "stats", None);
    assert_eq!(stats["entegra"], json!({"requests": 0, "logins": 0}));
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
