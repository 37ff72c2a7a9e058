//! The secrets canary of the Rust API: unique strings configured as password and
//! secret key, and (through a crafted state) as access and refresh tokens. Every
//! error kind is provoked, with vendors and transports that echo the secrets back;
//! no error text, error JSON or `Debug` output may contain any of them (nor the
//! ERP's Basic credentials), and the exported state holds the tokens (by design)
//! but never the password or the secret key.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use kopru_core::{Error, ErrorKind, HttpResponse, Session, Step};
use serde_json::{json, Value};
use std::collections::BTreeSet;

const PASSWORD: &str = "canary-password-7f3a9c";
const SECRET_KEY: &str = "canary-secretkey-51e2d8";
const ACCESS: &str = "canary-access-9b4e06";
const REFRESH: &str = "canary-refresh-c0d1f7";
const NOW: u64 = 1_700_000_000_000;
const FAR: u64 = 1_900_000_000_000;

fn basic() -> String {
    STANDARD.encode(format!("demo:{PASSWORD}"))
}

/// Every string that must never show outside the exported state.
fn forbidden() -> Vec<String> {
    vec![
        PASSWORD.into(),
        SECRET_KEY.into(),
        ACCESS.into(),
        REFRESH.into(),
        basic(),
    ]
}

fn config(service: &str) -> Value {
    let credentials = match service {
        "entegra" => json!({"email": "demo@kopru.dev", "password": PASSWORD}),
        "tedbul" => json!({"username": "demo", "password": PASSWORD, "secretkey": SECRET_KEY}),
        _ => json!({"username": "demo", "password": PASSWORD}),
    };
    let mut config = json!({"service": service, "credentials": credentials, "max_retries": 0});
    if service == "erp" {
        config["base_url"] = json!("https://erp.example.com");
    }
    config
}

fn state(service: &str) -> Value {
    let account = if service == "entegra" {
        "demo@kopru.dev"
    } else {
        "demo"
    };
    json!({"version": 1, "service": service, "account": account,
           "access_token": ACCESS, "access_expires_ms": FAR,
           "refresh_token": REFRESH, "refresh_expires_ms": FAR})
}

fn session(service: &str) -> Session {
    Session::from_json(&config(service), Some(&state(service))).expect("valid config")
}

/// Everything a caller can see of an error.
fn views(error: &Error) -> Vec<String> {
    vec![
        error.to_string(),
        format!("{error:?}"),
        error.to_json().to_string(),
    ]
}

fn assert_clean(what: &str, text: &str) {
    for secret in forbidden() {
        assert!(!text.contains(&secret), "{what} shows {secret}: {text}");
    }
}

/// The secrets a session of `service` holds (so it can know to hide them).
fn held(service: &str) -> String {
    match service {
        "tedbul" => format!("{PASSWORD} {SECRET_KEY} {ACCESS} {REFRESH}"),
        "erp" => format!("{PASSWORD} {}", basic()),
        _ => format!("{PASSWORD} {ACCESS} {REFRESH}"),
    }
}

/// A body that echoes every secret the session holds, as a careless vendor might.
fn echo(service: &str) -> String {
    let all = held(service);
    format!(
        r#"{{"detail": "bad credentials {all}", "message": "token {all}", "code": "{all}", "errors": {{"{PASSWORD}": ["{all}"]}}}}"#
    )
}

fn response(status: u16, body: &str, headers: &[(&str, &str)]) -> HttpResponse {
    HttpResponse {
        status,
        headers: headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        body: body.to_string(),
    }
}

/// Starts `op` and hands `answer` back until the session ends; the error it ends in.
fn answered(s: &mut Session, op: &str, params: Value, answer: &HttpResponse) -> Error {
    let mut step = s.start(op, &params, NOW).expect("a request");
    for _ in 0..10 {
        assert_clean("a request's Debug", &format!("{step:?}"));
        match step {
            Step::Send { .. } => match s.receive(answer, NOW) {
                Ok(next) => step = next,
                Err(error) => return error,
            },
            Step::Done(result) => panic!("{op} ended without an error: {}", result.to_value()),
        }
    }
    panic!("{op} did not end")
}

#[test]
fn no_error_kind_shows_a_secret() {
    let mut seen = BTreeSet::new();
    let mut errors = Vec::new();

    for service in ["entegra", "tedbul", "erp"] {
        let mut s = session(service);
        let list = match service {
            "entegra" => "entegra.products.list",
            "tedbul" => "tedbul.ads.list",
            _ => "erp.products.list",
        };
        errors.push(
            s.start(&format!("{service}.{PASSWORD}.{ACCESS}"), &json!({}), NOW)
                .unwrap_err(),
        );
        errors.push(
            s.start(list, &json!({"page": PASSWORD, ACCESS: SECRET_KEY}), NOW)
                .unwrap_err(),
        );
        for status in [400, 404, 500] {
            errors.push(answered(
                &mut s,
                list,
                json!({}),
                &response(status, &echo(service), &[]),
            ));
        }
        errors.push(answered(
            &mut s,
            list,
            json!({}),
            &response(401, &echo(service), &[]),
        ));
        errors.push(answered(
            &mut s,
            list,
            json!({}),
            &response(429, &echo(service), &[("Retry-After", PASSWORD)]),
        ));
        let mut s = session(service);
        let all = held(service);
        let money = format!(
            r#"{{"productList": {{"price1": "{all}"}}, "status": true, "success": true,
                "result": {{"total": 1, "data": {{"price": "{all}"}}}}, "data": "{all}"}}"#
        );
        errors.push(answered(
            &mut s,
            list,
            json!({}),
            &response(200, &money, &[]),
        ));
        errors.push(answered(
            &mut s,
            list,
            json!({}),
            &response(200, &echo(service)[1..], &[]),
        ));
        s.start(list, &json!({}), NOW).unwrap();
        let message = format!(
            "connect https://demo:{PASSWORD}@host/ failed: {}",
            held(service)
        );
        errors.push(s.transport_failed(&message, true, NOW).unwrap_err());
        assert_clean(&format!("{service} session's Debug"), &format!("{s:?}"));
        assert_clean(
            &format!("{service} config's Debug"),
            &format!("{:?}", s.config()),
        );
    }
    let mut login = session("tedbul");
    errors.push(answered(
        &mut login,
        "tedbul.auth.login",
        json!({}),
        &response(
            200,
            &format!(r#"{{"status": false, "message": "{PASSWORD} {SECRET_KEY}"}}"#),
            &[],
        ),
    ));
    let mut bad = config("entegra");
    bad["base_url"] = json!(format!("http://demo:{PASSWORD}@example.com"));
    errors.push(Session::from_json(&bad, None).unwrap_err());
    errors.push(guarded_run());

    for error in &errors {
        seen.insert(error.kind().as_str());
        for view in views(error) {
            assert_clean(&format!("a {} error", error.kind().as_str()), &view);
        }
    }
    let all: BTreeSet<_> = ErrorKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(seen, all, "every error kind was provoked");
}

/// A sync run the guard stops: every listed item would go out of stock.
fn guarded_run() -> Error {
    let items: serde_json::Map<String, Value> = (0..10)
        .map(|i| {
            (
                format!("SKU-{i}"),
                json!({"quantity": 5, "price": "10.00", "status": 1}),
            )
        })
        .collect();
    let state = json!({"version": 1, "marketplace": "entegra", "items": items, "pending": {}});
    let mut run = kopru_core::bridge::run::SyncRun::new(json!({"job": "catalogue",
        "marketplace": "entegra", "state": state, "snapshot": {"products": []}}))
    .unwrap();
    run.step(None).unwrap_err()
}

#[test]
fn the_exported_state_holds_the_tokens_but_never_the_password() {
    for service in ["entegra", "tedbul"] {
        let s = session(service);
        let exported = s.export_state().to_string();
        assert!(exported.contains(ACCESS), "{exported}");
        assert!(!exported.contains(PASSWORD), "{exported}");
        assert!(!exported.contains(SECRET_KEY), "{exported}");
    }
    let erp = session("erp").export_state().to_string();
    assert!(!erp.contains(PASSWORD) && !erp.contains(&basic()), "{erp}");
}
