//! What every harness shares: sessions with known secrets, the key dictionary
//! and the invariants of an [`Error`].

use kopru_core::ops::{self, Operation};
use kopru_core::schema::{Schema, Type};
use kopru_core::{Error, ErrorKind, Service, Session};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The configured password; no error or result may show it.
pub const PASSWORD: &str = "fuzz-secret-pw";
/// Tedbul's configured secret key; no error or result may show it.
pub const SECRET_KEY: &str = "fuzz-secret-key";
/// The access token a session starts with.
pub const ACCESS_TOKEN: &str = "fuzz-access-token-q7";
/// The refresh token a session starts with.
pub const REFRESH_TOKEN: &str = "fuzz-refresh-token-q7";
/// The clock of every harness (Unix ms, November 2023).
pub const NOW: u64 = 1_700_000_000_000;
const DAY_MS: u64 = 86_400_000;

/// Words that appear in the services' envelopes and kopru's configs.
const ENVELOPE_WORDS: &[&str] = &[
    "status",
    "success",
    "code",
    "message",
    "detail",
    "error",
    "errors",
    "result",
    "data",
    "pagination",
    "access",
    "refresh",
    "token",
    "expiresDate",
    "items",
    "total",
    "page",
    "next_page",
    "list",
    "productList",
    "orders",
    "count",
];

/// Which tokens a session holds when it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tokens {
    /// A fresh access and refresh token.
    Valid,
    /// An expired access token and a valid refresh token.
    AccessExpired,
    /// No token at all.
    Missing,
}

/// A config for `service` with the harness's secrets.
pub fn config_json(service: Service) -> Value {
    let credentials = match service {
        Service::Entegra => json!({"email": "fuzz@kopru.dev", "password": PASSWORD}),
        Service::Erp => json!({"username": "fuzz", "password": PASSWORD}),
        Service::Tedbul => {
            json!({"username": "fuzz", "password": PASSWORD, "secretkey": SECRET_KEY})
        }
    };
    json!({
        "service": service.name(),
        "base_url": "https://fuzz.kopru.invalid/api",
        "credentials": credentials,
    })
}

/// A session of `service` holding `tokens`.
pub fn session(service: Service, tokens: Tokens) -> Session {
    session_with(config_json(service), service, tokens)
}

/// A session that may run `op`: a sandbox-only operation gets a loopback base
/// URL (where the sandbox server listens), any other the harness's own.
pub fn session_for(op: &Operation, tokens: Tokens) -> Session {
    let mut config = config_json(op.service);
    if ops::is_sandbox_only(op) {
        config["base_url"] = json!("http://127.0.0.1:9/api");
    }
    session_with(config, op.service, tokens)
}

fn session_with(config: Value, service: Service, tokens: Tokens) -> Session {
    let account = if service == Service::Entegra {
        "fuzz@kopru.dev"
    } else {
        "fuzz"
    };
    let access_expires = match tokens {
        Tokens::Valid => NOW + 5 * DAY_MS,
        Tokens::AccessExpired | Tokens::Missing => NOW - DAY_MS,
    };
    let state = match tokens {
        Tokens::Missing => Value::Null,
        Tokens::Valid | Tokens::AccessExpired => json!({
            "version": kopru_core::session::STATE_VERSION,
            "service": service.name(),
            "account": account,
            "access_token": ACCESS_TOKEN,
            "access_expires_ms": access_expires,
            "refresh_token": REFRESH_TOKEN,
            "refresh_expires_ms": NOW + 20 * DAY_MS,
        }),
    };
    Session::from_json(&config, Some(&state)).expect("the harness config is valid")
}

/// Every operation, in table order.
pub fn operations() -> &'static [&'static Operation] {
    static OPS: OnceLock<Vec<&'static Operation>> = OnceLock::new();
    OPS.get_or_init(|| ops::all().collect())
}

/// Every field name of every schema in the table, and the envelope words.
pub fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set: BTreeSet<&'static str> = ENVELOPE_WORDS.iter().copied().collect();
        for op in ops::all() {
            schema_words(op.params, &mut set);
            schema_words(op.result, &mut set);
        }
        set.into_iter().collect()
    })
}

/// The field names of one operation's parameters and result, and the envelope words.
pub fn op_words(op: &Operation) -> &'static [&'static str] {
    static BY_OP: OnceLock<BTreeMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let by_op = BY_OP.get_or_init(|| {
        ops::all()
            .map(|op| {
                let mut set: BTreeSet<&'static str> = ENVELOPE_WORDS.iter().copied().collect();
                schema_words(op.params, &mut set);
                schema_words(op.result, &mut set);
                (op.name, set.into_iter().collect())
            })
            .collect()
    });
    by_op.get(op.name).map_or(ENVELOPE_WORDS, Vec::as_slice)
}

fn schema_words(schema: &'static Schema, out: &mut BTreeSet<&'static str>) {
    for field in schema.fields {
        out.insert(field.name);
        type_words(&field.ty, out);
    }
}

fn type_words(ty: &'static Type, out: &mut BTreeSet<&'static str>) {
    match ty {
        Type::List { item, .. } => type_words(item, out),
        Type::Object(schema) => schema_words(schema, out),
        _ => {}
    }
}

/// Panics unless `text` keeps the harness's secrets, or `input` itself carried them.
pub fn no_secret(text: &str, input: &[u8], what: &str) {
    for secret in [PASSWORD, SECRET_KEY] {
        let in_input = input.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(
            in_input || !text.contains(secret),
            "{what} shows the secret {secret:?}: {text}"
        );
    }
}

/// Panics unless `err` is well-formed: one of the seven kinds with its code,
/// a validation error lists problems with paths, and no secret shows.
pub fn error(err: &Error, input: &[u8]) {
    let kind = err.kind();
    assert!(ErrorKind::ALL.contains(&kind));
    let json = err.to_json();
    assert_eq!(json["kind"], kind.as_str());
    assert_eq!(json["code"], kind.code());
    assert!(!err.to_string().is_empty(), "an error without a message");
    if let Error::Validation { errors } = err {
        assert!(!errors.is_empty(), "a validation error without problems");
        for problem in errors {
            assert!(!problem.path.is_empty(), "a problem without a path: {err}");
            assert!(
                !problem.message.is_empty(),
                "a problem without a message: {err}"
            );
        }
    }
    no_secret(&err.to_string(), input, "an error message");
    no_secret_in(&json, input, "an error");
}

/// [`no_secret`] for every string of a JSON value (the strings themselves, not
/// their escaped JSON text, where `"\f"` + `uzz…` would read as `fuzz…`).
pub fn no_secret_in(value: &Value, input: &[u8], what: &str) {
    match value {
        Value::String(text) => no_secret(text, input, what),
        Value::Array(items) => items.iter().for_each(|v| no_secret_in(v, input, what)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            no_secret(k, input, what);
            no_secret_in(v, input, what);
        }),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}
