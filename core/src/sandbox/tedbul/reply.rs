//! The answers Tedbul gives: its envelope, `status: false` refusals and
//! Laravel's own 401, 404, 405 and 422 shapes.

use crate::http::HttpResponse;
use serde_json::{json, Map, Value};

/// One Laravel validation message for a field (`products.0.penId`).
pub type Problem = (String, String);

/// `{status: true, code: 200, message: "ok", result}`.
pub fn envelope(result: Value) -> HttpResponse {
    HttpResponse::json(
        200,
        &json!({"status": true, "code": 200, "message": "ok", "result": result}),
    )
}

/// `{status: true, code: 200, message: "ok"}`: done, nothing to return.
pub fn ok() -> HttpResponse {
    HttpResponse::json(200, &json!({"status": true, "code": 200, "message": "ok"}))
}

/// A refusal in Tedbul's envelope: `status: false` on HTTP 200.
pub fn refused(code: u16, message: &str) -> HttpResponse {
    HttpResponse::json(
        200,
        &json!({"status": false, "code": code, "message": message}),
    )
}

/// Tedbul reports a missing record with `status: false` on HTTP 200.
pub fn not_found() -> HttpResponse {
    refused(404, "Kayıt bulunamadı")
}

/// Laravel's answer to a request without a valid token.
pub fn unauthenticated() -> HttpResponse {
    HttpResponse::json(401, &json!({"message": "Unauthenticated."}))
}

/// Laravel's answer to an unknown route.
pub fn no_route() -> HttpResponse {
    HttpResponse::json(404, &json!({"message": "Not Found"}))
}

/// Laravel's answer to a known route called with the wrong method.
pub fn wrong_method(given: &str, allowed: &str) -> HttpResponse {
    HttpResponse::json(
        405,
        &json!({"message": format!(
            "The {given} method is not supported for this route. Supported methods: {allowed}."
        )}),
    )
}

/// Laravel's 422: `{"message", "errors": {field: [messages]}}`.
pub fn invalid(problems: &[Problem]) -> HttpResponse {
    let mut errors = Map::new();
    for (field, message) in problems {
        let entry = errors.entry(field.clone()).or_insert_with(|| json!([]));
        if let Some(list) = entry.as_array_mut() {
            list.push(Value::from(message.as_str()));
        }
    }
    HttpResponse::json(
        422,
        &json!({"message": "The given data was invalid.", "errors": errors}),
    )
}

/// A problem for `field`.
pub fn problem(field: impl Into<String>, message: impl Into<String>) -> Problem {
    (field.into(), message.into())
}

/// Laravel's `required` message: `The products.0.pen id field is required.`
pub fn required(field: &str) -> Problem {
    problem(
        field,
        format!("The {} field is required.", attribute(field)),
    )
}

/// How Laravel names a field in its messages: `minSellQty` → `min sell qty`.
pub fn attribute(field: &str) -> String {
    let mut out = String::with_capacity(field.len() + 4);
    for c in field.chars() {
        if c.is_ascii_uppercase() {
            out.push(' ');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
