//! `sandbox`: `Sandbox::handle_relative` of every service on a run of
//! requests: any method, a path made from an operation's path (placeholders
//! filled with fuzz text) or raw text, a query, a valid, forged or missing
//! token, and a body that is raw text, generated JSON or the request a session
//! builds for the operation, bent out of shape.
//!
//! Invariants: every answer has a real HTTP status and a JSON body, and the
//! emulator keeps answering after anything it was sent.

use super::check::{self, NOW};
use super::input::Source;
use kopru_core::ops::Method;
use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::{HttpResponse, Session, Step};
use serde_json::{json, Value};

/// The most requests one input sends.
const MAX_REQUESTS: usize = 8;
const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "get", "HEAD", ""];

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let service = *source.pick(&kopru_core::Service::ALL);
    let mut sandbox = Sandbox::new(service);
    let mut demo = Session::from_json(&sandbox_config(service), None).expect("sandbox config");
    let ops: Vec<_> = check::operations()
        .iter()
        .copied()
        .filter(|op| op.service == service)
        .collect();
    let mut now = NOW;
    for _ in 0..MAX_REQUESTS {
        if source.is_empty() {
            break;
        }
        now += u64::from(source.byte()) * 60_000;
        let op = *source.pick(&ops);
        let words = check::op_words(op);
        let response = if source.byte() % 3 == 0 {
            through_session(&mut source, &mut demo, &mut sandbox, op, words, now)
        } else {
            let method = match source.byte() % 3 {
                0 => op.method.as_str().to_string(),
                1 => source.pick(METHODS).to_string(),
                _ => source.text(&[]),
            };
            let path = path(&mut source, op.path, words);
            let headers = headers(&mut source, &mut demo, &mut sandbox, now);
            let body = match source.byte() % 4 {
                0 => None,
                1 => Some(source.text(&[])),
                _ => Some(source.json(words).to_string()),
            };
            sandbox.handle_relative(&method, &path, &headers, body.as_deref(), now)
        };
        well_formed(&response);
    }
}

fn well_formed(response: &HttpResponse) {
    assert!(
        (100..600).contains(&response.status),
        "HTTP status {}",
        response.status
    );
    serde_json::from_str::<Value>(&response.body).unwrap_or_else(|e| {
        panic!(
            "the sandbox answered a body that is no JSON ({e}): {:?}",
            response.body
        )
    });
}

/// The request a session builds for `op` (example or generated parameters),
/// its body bent out of shape, with the session's own token.
fn through_session(
    source: &mut Source,
    demo: &mut Session,
    sandbox: &mut Sandbox,
    op: &kopru_core::ops::Operation,
    words: &[&str],
    now: u64,
) -> HttpResponse {
    let mut params: Value = serde_json::from_str(op.example).expect("example is JSON");
    if source.byte() & 1 == 1 {
        source.mutate(&mut params, words);
    }
    let mut step = demo.start(op.name, &params, now);
    let mut last = HttpResponse::json(200, &json!({}));
    let mut first = true;
    while let Ok(Step::Send { mut request, .. }) = step {
        if first && request.method != Method::Get.as_str() && source.byte() & 1 == 1 {
            let mut body: Value = request
                .body
                .as_deref()
                .and_then(|b| serde_json::from_str(b).ok())
                .unwrap_or(Value::Null);
            source.mutate(&mut body, words);
            request.body = Some(body.to_string());
        }
        first = false;
        last = sandbox.handle(&request, now);
        well_formed(&last);
        step = demo.receive(&last, now);
    }
    last
}

fn path(source: &mut Source, template: &str, words: &[&str]) -> String {
    let mut path = match source.byte() % 4 {
        0 => source.text(words),
        _ => {
            let mut out = String::new();
            let mut rest = template;
            while let Some(open) = rest.find('{') {
                out.push_str(&rest[..open]);
                out.push_str(&source.text(words));
                rest = rest[open..].find('}').map_or("", |c| &rest[open + c + 1..]);
            }
            out.push_str(rest);
            out
        }
    };
    if source.byte() & 1 == 1 {
        path.push('?');
        for _ in 0..source.below(4) {
            let name = source.text(words);
            let value = source.text(words);
            path.push_str(&format!("{name}={value}&"));
        }
    }
    path
}

fn headers(
    source: &mut Source,
    demo: &mut Session,
    sandbox: &mut Sandbox,
    now: u64,
) -> Vec<(String, String)> {
    let authorization = match source.byte() % 4 {
        0 => None,
        1 => Some(source.text(&["JWT", "Bearer", "Basic", "JWT x", "Bearer x"])),
        _ => token_header(demo, sandbox, now),
    };
    authorization
        .map(|value| vec![("Authorization".to_string(), value)])
        .unwrap_or_default()
}

/// A valid Authorization header for `sandbox`, logging in once when needed.
fn token_header(demo: &mut Session, sandbox: &mut Sandbox, now: u64) -> Option<String> {
    let service = demo.config().service;
    let probe = check::operations()
        .iter()
        .find(|op| op.service == service && op.method == Method::Get && op.example == "{}")
        .or_else(|| {
            check::operations()
                .iter()
                .find(|op| op.service == service && op.method == Method::Get)
        })?;
    let params: Value = serde_json::from_str(probe.example).ok()?;
    let mut step = demo.start(probe.name, &params, now);
    while let Ok(Step::Send { request, .. }) = step {
        if request.header("Authorization").is_some() {
            return request.header("Authorization").map(str::to_string);
        }
        let response = sandbox.handle(&request, now);
        step = demo.receive(&response, now);
    }
    None
}
