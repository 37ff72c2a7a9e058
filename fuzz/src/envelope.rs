//! `envelope`: `ops::success_body`, `ops::api_error` and `ops::normalize` for
//! every service, on any status and body.
//!
//! Invariants: a body is a success only with a 2xx status and is the body as
//! parsed; any other answer is an `api` or `decode` error carrying the status
//! and the body unchanged; `normalize` fails only as `decode` at a path, and
//! normalising its own output changes nothing.

use super::check;
use super::input::Source;
use kopru_core::ops::{api_error, normalize, success_body};
use kopru_core::{Error, ErrorKind, HttpResponse, Service};
use serde_json::Value;

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let service = *source.pick(&Service::ALL);
    let status = match source.byte() % 3 {
        0 => 200,
        1 => *source.pick(&[201, 204, 299, 300, 400, 401, 404, 422, 429, 500, 503]),
        _ => source.u16(),
    };
    let body = match source.byte() % 3 {
        0 => String::from_utf8_lossy(source.rest()).into_owned(),
        _ => source.json(check::words()).to_string(),
    };
    let response = HttpResponse {
        status,
        headers: Vec::new(),
        body,
    };
    match success_body(service, &response) {
        Ok(value) => {
            assert!(
                (200..300).contains(&status),
                "HTTP {status} passed as a success"
            );
            let parsed: Value = serde_json::from_str(&response.body).expect("a success is JSON");
            assert_eq!(value, parsed);
            normalizes(value, data);
        }
        Err(err) => {
            check::error(&err, data);
            match &err {
                Error::Api { .. } => same_answer(&err, &response),
                Error::Decode { .. } => {
                    assert!((200..300).contains(&status));
                }
                other => panic!("success_body failed as {}: {other}", other.kind().as_str()),
            }
        }
    }
    let err = api_error(service, &response);
    check::error(&err, data);
    same_answer(&err, &response);
}

fn same_answer(err: &Error, response: &HttpResponse) {
    let Error::Api { status, body, .. } = err else {
        panic!("api_error made a {} error", err.kind().as_str());
    };
    assert_eq!(*status, response.status);
    assert_eq!(body, &response.body);
}

fn normalizes(value: Value, data: &[u8]) {
    match normalize(value, "") {
        Ok(once) => {
            let twice = normalize(once.clone(), "").expect("normalised output normalises");
            assert_eq!(twice, once, "normalising twice changed the record");
        }
        Err(err) => {
            check::error(&err, data);
            assert_eq!(err.kind(), ErrorKind::Decode);
            assert!(!err.to_json()["path"].as_str().unwrap_or("").is_empty());
        }
    }
}
