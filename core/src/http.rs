//! The HTTP values that cross the sans-IO seam, and the session's steps.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
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
    /// The value of the first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
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
    /// The operation finished with this result.
    Done(Value),
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
            Step::Done(result) => json!({ "done": result }),
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
        assert_eq!(Step::Done(json!(1)).to_json(), json!({"done": 1}));
    }
}
