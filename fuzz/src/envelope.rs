//! `envelope`: `ops::success_body`, `ops::api_error` and result typing
//! (`ops::Typer`, by an operation's result schema) for every service, on any
//! status and body.
//!
//! Invariants: a body is a success only with a 2xx status and is the body as
//! parsed; any other answer is an `api` or `decode` error carrying the status
//! and the body unchanged; typing never fails (what does not fit is kept and
//! warned about), and typing its own output changes nothing.

use super::check;
use super::input::Source;
use kopru_core::ops::{all, api_error, fallback_of, success_body, Typer};
use kopru_core::{Error, HttpResponse, Service};
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
    let results: Vec<_> = all()
        .filter(|op| op.service == service)
        .map(|op| op.result)
        .collect();
    let result = *source.pick(&results);
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
            typing_settles(value, result, service);
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

fn typing_settles(mut value: Value, result: &'static kopru_core::schema::Schema, service: Service) {
    let mut typer = Typer::new(fallback_of(service));
    typer.record_at(&mut value, result, "");
    let once = value.clone();
    let mut again = Typer::new(fallback_of(service));
    // Typing again may warn where the first pass did not (an amount read from
    // the number 123.456 prints as "123.456", which text alone cannot tell
    // from thousands), but it never changes a value.
    again.record_at(&mut value, result, "");
    assert_eq!(value, once, "typing twice changed the record");
}
