//! The HTTP values that cross the sans-IO seam, and the session's steps.

use crate::error::{Error, FieldError};
use crate::messages::Problem;
use crate::schema::{too_deep, MAX_DEPTH};
use crate::wire::Wire;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::fmt;

/// A request the caller must send. `Debug` hides the Authorization header.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpRequest {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: String,
    /// The absolute URL.
    pub url: String,
    /// Header names and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body text, if any (JSON for every kopru operation).
    pub body: Option<String>,
}

impl HttpRequest {
    /// The value of the first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                if name.eq_ignore_ascii_case("authorization") {
                    (name.as_str(), "***")
                } else {
                    (name.as_str(), value.as_str())
                }
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body_len", &self.body.as_ref().map(String::len))
            .finish()
    }
}

/// A response the caller received and hands back to the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpResponse {
    /// The HTTP status code.
    pub status: u16,
    /// Header names and values.
    #[serde(default)]
    pub headers: Vec<(String, String)>,
    /// The body as text (empty when there was none).
    #[serde(default)]
    pub body: String,
}

impl HttpResponse {
    /// A response with `status` and `body` and no headers.
    pub fn new(status: u16, body: impl Into<String>) -> HttpResponse {
        HttpResponse {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// The value of the first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// Reads the response a caller hands back, the same way in every binding:
    /// `{"status": 0–65535, "headers": [[name, value], …] | {name: value} |
    /// null | absent, "body": text | null | absent}`; other keys are ignored.
    /// Anything else is a `validation` error with the path of each problem
    /// (the bindings turn bytes into text before they call this).
    pub fn from_json(value: &Value) -> Result<HttpResponse, Error> {
        let invalid = |path: &str, message: &str| Error::Validation {
            errors: vec![FieldError::new(path, Problem::from(message))],
        };
        if let Some(path) = too_deep(value, MAX_DEPTH) {
            return Err(invalid(
                &path,
                &format!("nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        let Some(map) = value.as_object() else {
            return Err(invalid(
                "",
                "the response must be an object with status, headers and body",
            ));
        };
        let mut errors = Vec::new();
        let mut problem =
            |path: &str, message: &str| errors.push(FieldError::new(path, Problem::from(message)));
        let status = match map.get("status") {
            None => {
                problem("status", "is missing");
                0
            }
            Some(status) => match status.as_u64().and_then(|n| u16::try_from(n).ok()) {
                Some(code) => code,
                None => {
                    problem("status", "must be an HTTP status code");
                    0
                }
            },
        };
        let headers = match map.get("headers") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(pairs)) => pairs
                .iter()
                .enumerate()
                .filter_map(|(index, pair)| {
                    let read = header_pair(pair);
                    if read.is_none() {
                        problem(
                            &format!("headers[{index}]"),
                            "must be a [name, value] pair of text",
                        );
                    }
                    read
                })
                .collect(),
            Some(Value::Object(named)) => header_object(named, &mut problem),
            Some(_) => {
                problem(
                    "headers",
                    "must be a list of [name, value] pairs or an object",
                );
                Vec::new()
            }
        };
        let body = match map.get("body") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(text)) => text.clone(),
            Some(_) => {
                problem(
                    "body",
                    "must be text (or bytes, in a binding that has them)",
                );
                String::new()
            }
        };
        if !errors.is_empty() {
            return Err(Error::Validation { errors });
        }
        Ok(HttpResponse {
            status,
            headers,
            body,
        })
    }

    /// A response with a JSON body and a JSON content type.
    pub fn json(status: u16, body: &Value) -> HttpResponse {
        HttpResponse {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.to_string(),
        }
    }
}

fn header_pair(pair: &Value) -> Option<(String, String)> {
    match pair.as_array()?.as_slice() {
        [Value::String(name), Value::String(value)] => Some((name.clone(), value.clone())),
        _ => None,
    }
}

fn header_object(
    named: &Map<String, Value>,
    problem: &mut impl FnMut(&str, &str),
) -> Vec<(String, String)> {
    named
        .iter()
        .filter_map(|(name, value)| match value {
            Value::String(text) => Some((name.clone(), text.clone())),
            _ => {
                problem(&format!("headers.{name}"), "must be text");
                None
            }
        })
        .collect()
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// What the session wants next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Send this request (after waiting `after_ms`, when given) and hand back the response.
    Send {
        /// The request to send.
        request: HttpRequest,
        /// How long to wait before sending, for a retry with back-off.
        after_ms: Option<u64>,
    },
    /// The operation finished with this result, in its wire form
    /// ([`Wire::into_value`] gives the JSON value, [`Wire::write_json`] its text).
    Done(Wire),
}

impl Step {
    /// `{"send": request, "after_ms": n?}` or `{"done": result}`.
    pub fn to_json(&self) -> Value {
        match self {
            Step::Send { request, after_ms } => {
                let mut out = json!({ "send": request });
                if let Some(ms) = after_ms {
                    out["after_ms"] = json!(ms);
                }
                out
            }
            Step::Done(result) => json!({ "done": result.to_value() }),
        }
    }

    /// The text of [`Step::to_json`], a result written straight from its wire form.
    pub fn to_json_text(&self) -> String {
        match self {
            Step::Send { .. } => self.to_json().to_string(),
            Step::Done(result) => {
                let mut out = String::from("{\"done\":");
                result.write_json(&mut out);
                out.push('}');
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_authorization() {
        let request = HttpRequest {
            method: "GET".into(),
            url: "https://x/".into(),
            headers: vec![("Authorization".into(), "JWT secret-token".into())],
            body: None,
        };
        assert!(!format!("{request:?}").contains("secret-token"));
    }

    #[test]
    fn responses_are_read_leniently_and_checked_strictly() {
        let read = |value: Value| HttpResponse::from_json(&value);
        let listed = read(json!({"status": 200, "headers": [["A", "b"]], "body": "x"})).unwrap();
        assert_eq!(listed.header("a"), Some("b"));
        let named = read(json!({"status": 429, "headers": {"Retry-After": "5"}})).unwrap();
        assert_eq!(
            (named.header("retry-after"), named.body.as_str()),
            (Some("5"), "")
        );
        assert!(read(json!({"status": 204, "headers": null, "body": null, "x": 1})).is_ok());
        let paths = |value: Value| -> Vec<String> {
            match read(value).unwrap_err() {
                Error::Validation { errors } => errors.into_iter().map(|e| e.path).collect(),
                other => panic!("{other}"),
            }
        };
        assert_eq!(paths(json!([200, [], ""])), vec![""]);
        assert_eq!(paths(json!({"headers": []})), vec!["status"]);
        for bad in [
            json!(true),
            json!("200"),
            json!(200.5),
            json!(-1),
            json!(70000),
        ] {
            assert_eq!(paths(json!({"status": bad})), vec!["status"]);
        }
        assert_eq!(
            paths(json!({"status": 200, "headers": [["a", 1], ["b"]], "body": 42})),
            vec!["headers[0]", "headers[1]", "body"]
        );
        assert_eq!(
            paths(json!({"status": 200, "headers": "a: b"})),
            vec!["headers"]
        );
        let mut deep = json!(1);
        for _ in 0..200 {
            deep = json!({ "a": deep });
        }
        assert_eq!(read(deep).unwrap_err().kind(), crate::ErrorKind::Validation);
    }

    #[test]
    fn step_json_shape() {
        let request = HttpRequest {
            method: "GET".into(),
            url: "https://x/".into(),
            headers: vec![("A".into(), "b".into())],
            body: None,
        };
        let step = Step::Send {
            request,
            after_ms: Some(5),
        };
        let json = step.to_json();
        assert_eq!(json["send"]["headers"][0][1], "b");
        assert_eq!(json["after_ms"], 5);
        assert_eq!(
            Step::Done(Wire::from_value(json!(1))).to_json(),
            json!({"done": 1})
        );
        let done = Step::Done(Wire::from_value(json!({"a": [1, "x\\n"], "b": null})));
        assert_eq!(done.to_json_text(), done.to_json().to_string());
    }
}
