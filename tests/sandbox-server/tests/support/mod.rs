//! The real `kopru-sandbox-server` binary on a free port, and a plain TCP client for it.
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

/// A running server, killed when dropped.
pub struct Server {
    child: Child,
    /// host:port of the server.
    pub addr: String,
}

impl Server {
    /// Runs `op` through a fresh session of `service` (the sandbox account, base URL
    /// the server's `/<service>`) to its result or error.
    #[allow(dead_code)] // not every test file runs operations
    pub fn run_op(
        &self,
        service: &str,
        op: &str,
        params: &Value,
    ) -> Result<Value, kopru_core::Error> {
        let mut config = kopru_core::sandbox::sandbox_config(
            kopru_core::Service::from_name(service).expect("a service"),
        );
        config["sandbox"] = json!(false);
        config["base_url"] = json!(format!("http://{}/{service}", self.addr));
        let mut session = kopru_core::Session::from_json(&config, None).unwrap();
        let now = 1_700_000_000_000;
        let mut step = session.start(op, params, now);
        loop {
            match step? {
                kopru_core::Step::Send { request, .. } => {
                    let origin = format!("http://{}", self.addr);
                    let path = request.url.strip_prefix(&origin).expect("the server's URL");
                    let headers: Vec<(&str, &str)> = request
                        .headers
                        .iter()
                        .map(|(n, v)| (n.as_str(), v.as_str()))
                        .collect();
                    let body: Option<Value> = request
                        .body
                        .as_deref()
                        .map(|b| serde_json::from_str(b).unwrap());
                    let reply = self.send(&request.method, path, &headers, body.as_ref());
                    let response = kopru_core::HttpResponse {
                        status: reply.status,
                        headers: reply.headers,
                        body: reply.body,
                    };
                    step = session.receive(&response, now);
                }
                kopru_core::Step::Done(result) => return Ok(result.into_value()),
            }
        }
    }

    /// Starts the binary on a free port.
    pub fn start() -> Server {
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

    /// A connection with a 20 s read timeout.
    pub fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream
    }

    /// One request on a fresh connection.
    pub fn send(
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

    /// Calls an admin endpoint; it must answer 200.
    pub fn admin(&self, method: &str, name: &str, body: Option<&Value>) -> Value {
        let reply = self.send(method, &format!("/_admin/{name}"), &[], body);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()
    }

    /// Logs in to Entegra; the access token.
    pub fn entegra_token(&self) -> String {
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

    /// Logs in to Tedbul; the token.
    pub fn tedbul_token(&self) -> String {
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

/// A response read whole.
#[derive(Debug)]
pub struct Reply {
    /// The status.
    pub status: u16,
    /// The headers in order.
    pub headers: Vec<(String, String)>,
    /// The body as text.
    pub body: String,
}

impl Reply {
    /// The first header with this name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

/// Writes one request; `close` asks for the connection to close after it.
pub fn write_request(
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
pub fn read_reply(reader: &mut BufReader<TcpStream>) -> Option<Reply> {
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
