//! `receive`: every operation that sends requests, started with its example
//! parameters from a session holding valid, expired or no tokens, then fed
//! arbitrary answers through `Session::receive` (and `transport_failed`):
//! any status, a `Retry-After` header, and a body that is raw bytes, generated
//! JSON, or the sandbox's real answer as it is or bent out of shape.
//!
//! Invariants: each step is a request with a bounded wait, a result of the
//! promised shape, or an error of a kind a response can cause; no error shows
//! a secret, and a transport error never shows a token either; a finished
//! call leaves nothing in flight.

use super::check::{self, Tokens, ACCESS_TOKEN, NOW, PASSWORD, REFRESH_TOKEN, SECRET_KEY};
use super::input::Source;
use kopru_core::auth::{self, Tokens as HeldTokens};
use kopru_core::ops::{self, Operation, Role};
use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::secret::Secret;
use kopru_core::{Config, ErrorKind, HttpRequest, HttpResponse, Service, Session, Step};
use serde_json::{json, Value};
use std::sync::OnceLock;

/// The most answers one input gives.
const MAX_ANSWERS: usize = 12;
/// Statuses the services really send.
const STATUSES: &[u16] = &[
    200, 201, 204, 301, 400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504,
];

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let op = *source.pick(calls());
    let tokens = *source.pick(&[Tokens::Valid, Tokens::AccessExpired, Tokens::Missing]);
    let mut session = check::session_for(op, tokens);
    session.seed_jitter(source.u64());
    let longest_wait = {
        let retry = &session.config().retry;
        retry.cap_ms.max(retry.max_retry_after_ms)
    };
    let params: Value = serde_json::from_str(op.example).expect("example is JSON");
    let words = check::op_words(op);
    let mut sandbox = None;
    let mut now = NOW;
    let mut step = session.start(op.name, &params, now);
    for _ in 0..MAX_ANSWERS {
        let request = match step {
            Ok(Step::Send { request, after_ms }) => {
                let wait = after_ms.unwrap_or(0);
                assert!(wait <= longest_wait, "{}: waits {wait} ms", op.name);
                now += wait + u64::from(source.byte()) * 1000;
                request
            }
            Ok(Step::Done(result)) => {
                return finished(&mut session, op, &result.into_value(), data, now)
            }
            Err(err) => {
                check::error(&err, data);
                assert!(
                    !matches!(err.kind(), ErrorKind::Validation | ErrorKind::Config),
                    "{}: a response caused a {} error: {err}",
                    op.name,
                    err.kind().as_str()
                );
                return nothing_in_flight(&mut session, now);
            }
        };
        if source.is_empty() {
            return;
        }
        if source.byte() % 8 == 0 {
            let secrets = known_secrets(&session);
            let message = transport_message(&mut source, &secrets);
            step = session.transport_failed(&message, source.byte() & 1 == 1, now);
            if let Err(err) = &step {
                let text = err.to_string();
                for secret in &secrets {
                    assert!(
                        !text.contains(secret),
                        "transport error shows {secret:?}: {text}"
                    );
                }
            }
            continue;
        }
        let response = answer(&mut source, op.service, &request, &mut sandbox, now, words);
        step = session.receive(&response, now);
    }
}

fn calls() -> &'static [&'static Operation] {
    static CALLS: OnceLock<Vec<&'static Operation>> = OnceLock::new();
    CALLS.get_or_init(|| {
        check::operations()
            .iter()
            .copied()
            .filter(|op| !matches!(op.role, Role::Local(_)))
            .collect()
    })
}

fn finished(session: &mut Session, op: &Operation, result: &Value, data: &[u8], now: u64) {
    check::no_secret_in(result, data, "a result");
    if op.paginated {
        assert!(
            result["items"].is_array(),
            "{}: a page without items",
            op.name
        );
    }
    if matches!(op.role, Role::Login | Role::Refresh) {
        assert_eq!(result["authenticated"], true, "{}: {result}", op.name);
    }
    nothing_in_flight(session, now);
}

fn nothing_in_flight(session: &mut Session, now: u64) {
    let again = session.receive(&HttpResponse::json(200, &json!({})), now);
    assert_eq!(again.map_err(|e| e.kind()), Err(ErrorKind::Config));
}

/// The secrets `session` holds now: the password, Tedbul's secret key and the
/// tokens (those of at least 4 characters: shorter ones are not searched for).
fn known_secrets(session: &Session) -> Vec<String> {
    let mut secrets = vec![PASSWORD.to_string()];
    if session.config().service == Service::Tedbul {
        secrets.push(SECRET_KEY.to_string());
    }
    let state = session.export_state();
    for key in ["access_token", "refresh_token"] {
        if let Some(token) = state[key].as_str().filter(|t| t.len() >= 4) {
            secrets.push(token.to_string());
        }
    }
    secrets
}

/// A transport error text that sometimes carries a secret, which must be hidden.
fn transport_message(source: &mut Source, secrets: &[String]) -> String {
    let mut message = source.text(&[]);
    if source.byte() & 1 == 1 {
        let secret: &String = source.pick(secrets);
        message.push_str(secret);
        message.push_str(&source.text(&[ACCESS_TOKEN, REFRESH_TOKEN]));
    }
    message
}

fn answer(
    source: &mut Source,
    service: Service,
    request: &HttpRequest,
    sandbox: &mut Option<Sandbox>,
    now: u64,
    words: &[&str],
) -> HttpResponse {
    let status = match source.byte() % 4 {
        0 => *source.pick(STATUSES),
        1 => source.u16(),
        _ => 200,
    };
    let mut response = match source.byte() % 4 {
        0 => {
            let len = source.below(257);
            HttpResponse {
                status,
                headers: Vec::new(),
                body: String::from_utf8_lossy(source.bytes(len)).into_owned(),
            }
        }
        1 => HttpResponse::json(status, &source.json(words)),
        mode => {
            let mut real = sandbox_answer(service, request, sandbox, now);
            if mode == 3 {
                if let Ok(mut body) = serde_json::from_str::<Value>(&real.body) {
                    source.mutate(&mut body, words);
                    real.body = body.to_string();
                }
            }
            if source.byte() & 1 == 1 {
                real.status = status;
            }
            real
        }
    };
    let headers = source.byte();
    if headers & 1 == 1 {
        let value = match source.byte() % 3 {
            0 => (source.u64() % 200_000).to_string(),
            1 => http_date(NOW + source.u64() % 300_000),
            _ => source.text(&[]),
        };
        response.headers.push(("Retry-After".into(), value));
    }
    if headers & 2 == 2 {
        response
            .headers
            .push(("retry-after".into(), source.text(&[])));
    }
    response
}

/// An IMF-fixdate for a Unix time in ms.
fn http_date(ms: u64) -> String {
    let date = kopru_core::dates::Date::from_unix_ms(ms);
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let seconds = (ms / 1000) % 86_400;
    format!(
        "Sun, {:02} {} {} {:02}:{:02}:{:02} GMT",
        date.day,
        months[date.month as usize - 1],
        date.year,
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// What the sandbox answers to `request`, sent with the sandbox's own account
/// instead of the harness's secrets.
fn sandbox_answer(
    service: Service,
    request: &HttpRequest,
    sandbox: &mut Option<Sandbox>,
    now: u64,
) -> HttpResponse {
    let sandbox = sandbox.get_or_insert_with(|| Sandbox::new(service));
    let config = Config::from_json(&sandbox_config(service)).expect("sandbox config");
    let tokens = sandbox_tokens(service, sandbox, now);
    let mut request = request.clone();
    let has_authorization = request.header("Authorization").is_some();
    if has_authorization {
        let value = auth::authorization(&config, &tokens).unwrap_or_default();
        for (name, header) in &mut request.headers {
            if name.eq_ignore_ascii_case("authorization") {
                *header = value.clone();
            }
        }
    } else if let Some(body) = &request.body {
        let refresh = serde_json::from_str::<Value>(body)
            .map(|b| b.get("refresh").is_some())
            .unwrap_or(false);
        let replaced = if refresh {
            auth::refresh_body(&config, &tokens)
        } else {
            auth::login_body(&config)
        };
        request.body = Some(replaced.to_string());
    }
    sandbox.handle(&request, now)
}

/// Logs in to `sandbox` with its demo account and returns the tokens it issued.
fn sandbox_tokens(service: Service, sandbox: &mut Sandbox, now: u64) -> HeldTokens {
    let Some(login) = ops::login_of(service) else {
        return HeldTokens::default();
    };
    let mut demo = Session::from_json(&sandbox_config(service), None).expect("sandbox config");
    let mut step = demo.start(login.name, &json!({}), now);
    while let Ok(Step::Send { request, .. }) = step {
        let response = sandbox.handle(&request, now);
        step = demo.receive(&response, now);
    }
    assert!(
        step.is_ok(),
        "the sandbox refused its own account: {step:?}"
    );
    let state = demo.export_state();
    let text = |key: &str| state[key].as_str().map(Secret::new);
    HeldTokens {
        access: text("access_token"),
        access_expires_ms: state["access_expires_ms"].as_u64(),
        access_obtained_ms: state["access_obtained_ms"].as_u64(),
        refresh: text("refresh_token"),
        refresh_expires_ms: state["refresh_expires_ms"].as_u64(),
    }
}
