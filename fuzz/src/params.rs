//! `params`: any JSON as the parameters of any operation, through
//! `Session::start` (validation, wire form, request building, local
//! operations). The JSON is the input itself when it parses, else generated
//! from the input with the operation's field names as keys.
//!
//! Invariants: `start` answers a request (with a JSON body, a URL under the
//! base URL) or a local result, or fails as `validation` (every problem with a
//! path) or `config`; validating the wire form again finds nothing and changes
//! nothing; no secret shows.

use super::check::{self, Tokens, NOW};
use super::input::Source;
use kopru_core::ops::Role;
use kopru_core::schema::{check_object, Problems};
use kopru_core::{ErrorKind, Step};
use serde_json::Value;

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let op = *source.pick(check::operations());
    let mode = source.byte();
    let params = match mode % 4 {
        0 => match serde_json::from_slice::<Value>(source.rest()) {
            Ok(value) => value,
            Err(_) => return,
        },
        1 => {
            let mut example: Value = serde_json::from_str(op.example).expect("example is JSON");
            source.mutate(&mut example, check::op_words(op));
            example
        }
        _ => source.json(check::op_words(op)),
    };
    wire_form_is_stable(op.params, &params);
    let mut session = check::session(op.service, Tokens::Valid);
    match session.start(op.name, &params, NOW) {
        Ok(Step::Send { request, after_ms }) => {
            assert_eq!(after_ms, None, "a first request is never delayed");
            assert!(
                request.url.starts_with("https://fuzz.kopru.invalid/api/"),
                "{} left the base URL: {}",
                op.name,
                request.url
            );
            assert!(
                request.url.bytes().all(|b| b.is_ascii_graphic()),
                "{} built an unencoded URL: {:?}",
                op.name,
                request.url
            );
            if let Some(body) = &request.body {
                let body: Value = serde_json::from_str(body).expect("request bodies are JSON");
                if matches!(op.role, Role::Call) {
                    check::no_secret_in(&body, data, "a request body");
                }
            }
            check::no_secret(&request.url, data, "a request URL");
        }
        Ok(Step::Done(result)) => check::no_secret_in(&result.into_value(), data, "a local result"),
        Err(err) => {
            check::error(&err, data);
            assert!(
                matches!(err.kind(), ErrorKind::Validation | ErrorKind::Config),
                "{} start failed as {}: {err}",
                op.name,
                err.kind().as_str()
            );
        }
    }
}

fn wire_form_is_stable(schema: &kopru_core::schema::Schema, params: &Value) {
    let given = if params.is_null() {
        Value::Object(Default::default())
    } else {
        params.clone()
    };
    let mut problems = Problems::default();
    let wire = check_object(&given, schema, "", &mut problems);
    if !problems.is_empty() {
        return;
    }
    let mut again = Problems::default();
    let rewired = check_object(&wire, schema, "", &mut again);
    assert!(
        again.is_empty(),
        "the wire form {wire} fails its own validation: {:?}",
        again.into_errors()
    );
    assert_eq!(rewired, wire, "validating the wire form changed it");
}
