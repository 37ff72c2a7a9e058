//! Each service's response envelope and error shapes, read in one place (what
//! counts as a failure on a 2xx status is the service's dialect).
//!
//! Entegra is Django REST Framework (`{"detail", "code"}`, or field → messages);
//! Tedbul wraps everything in `{status, code, message, result}` and reports
//! errors with `status: false` even on HTTP 200, plus Laravel's own shapes
//! (`{"message": "Unauthenticated."}`, `{"message", "errors": {field: […]}}`);
//! the ERP answers `{success, data, pagination}` or `{success: false, message}`.

use super::dialect::dialect_of;
use crate::error::Error;
use crate::http::HttpResponse;
use crate::service::Service;
use crate::wire::Wire;
use serde_json::Value;

const BODY_PREVIEW_CHARS: usize = 120;

/// The JSON body of a successful response, or the error it really carries.
pub fn success_body(service: Service, response: &HttpResponse) -> Result<Value, Error> {
    checked_body(service, response)?.value()
}

/// The body of a 2xx response, still unread: its operation's parser reads it,
/// as plain JSON or typed while it is parsed. Any other status is the error it carries.
pub fn checked_body(service: Service, response: &HttpResponse) -> Result<Body<'_>, Error> {
    if !(200..300).contains(&response.status) {
        return Err(api_error(service, response));
    }
    Ok(Body { service, response })
}

/// The unread body of a successful (2xx) response.
#[derive(Clone, Copy, Debug)]
pub struct Body<'a> {
    service: Service,
    response: &'a HttpResponse,
}

impl<'a> Body<'a> {
    /// The body as plain JSON, or the error it carries (Tedbul's `status: false`).
    pub fn value(self) -> Result<Value, Error> {
        self.read(|text| serde_json::from_str(text))
    }

    /// [`Body::value`] in its wire form: a result that is the body as sent.
    pub fn wire(self) -> Result<Wire, Error> {
        self.value().map(Wire::from_value)
    }

    /// The body read by `parse` (one pass that may type while it reads, into
    /// a `Value` or a [`Wire`]), or the error it carries. The envelope's own
    /// keys must come out as sent.
    pub(crate) fn read<T: TopLevel>(
        self,
        parse: impl FnOnce(&str) -> Result<T, serde_json::Error>,
    ) -> Result<T, Error> {
        let body = parse(&self.response.body).map_err(|_| {
            Error::decode(
                "",
                format!(
                    "expected a JSON body from {}, got: {}",
                    self.service.name(),
                    preview(&self.response.body)
                ),
            )
        })?;
        if let Some(flag) = dialect_of(self.service).failed_on_success {
            if body.is_false(flag) {
                return Err(api_error(self.service, self.response));
            }
        }
        Ok(body)
    }
}

/// A parsed body, as the dialect's failure check reads it.
pub(crate) trait TopLevel {
    /// True when the body is an object whose field `key` is `false`.
    fn is_false(&self, key: &str) -> bool;
}

impl TopLevel for Value {
    fn is_false(&self, key: &str) -> bool {
        self.get(key) == Some(&Value::Bool(false))
    }
}

impl TopLevel for Wire {
    fn is_false(&self, key: &str) -> bool {
        matches!(self.get(key), Some(Wire::Bool(false)))
    }
}

/// The error a non-successful response stands for, with the vendor's code and message.
pub fn api_error(service: Service, response: &HttpResponse) -> Error {
    let parsed: Option<Value> = serde_json::from_str(&response.body).ok();
    let (vendor_code, message) = match &parsed {
        Some(body) => (vendor_code(body), vendor_message(body)),
        None => (None, None),
    };
    let message = message.unwrap_or_else(|| {
        if response.body.trim().is_empty() {
            format!("HTTP {} with an empty body", response.status)
        } else {
            format!("HTTP {}: {}", response.status, preview(&response.body))
        }
    });
    Error::Api {
        service: service.name(),
        status: response.status,
        vendor_code,
        message,
        body: response.body.clone(),
    }
}

fn vendor_code(body: &Value) -> Option<String> {
    match body.get("code") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn vendor_message(body: &Value) -> Option<String> {
    let map = body.as_object()?;
    let head = ["detail", "message", "error"]
        .iter()
        .find_map(|k| map.get(*k).and_then(Value::as_str))
        .map(str::to_string);
    let field_errors = map
        .get("errors")
        .and_then(Value::as_object)
        .map(field_messages)
        .or_else(|| head.is_none().then(|| field_messages(map)))
        .filter(|s| !s.is_empty());
    match (head, field_errors) {
        (Some(h), Some(f)) => Some(format!("{h} ({f})")),
        (Some(h), None) => Some(h),
        (None, Some(f)) => Some(f),
        (None, None) => None,
    }
}

/// `{"stock": ["must be at least 3"]}` → `stock: must be at least 3`.
fn field_messages(map: &serde_json::Map<String, Value>) -> String {
    map.iter()
        .filter_map(|(field, messages)| {
            let texts: Vec<&str> = match messages {
                Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
                Value::String(s) => vec![s.as_str()],
                _ => return None,
            };
            (!texts.is_empty()).then(|| format!("{field}: {}", texts.join(", ")))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn preview(body: &str) -> String {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = flat.chars().take(BODY_PREVIEW_CHARS).collect();
    if flat.chars().count() > BODY_PREVIEW_CHARS {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> HttpResponse {
        HttpResponse::new(status, body)
    }

    #[test]
    fn tedbul_status_false_on_200_is_an_error() {
        let err = success_body(
            Service::Tedbul,
            &response(
                200,
                r#"{"status":false,"code":404,"message":"İlan bulunamadı"}"#,
            ),
        )
        .unwrap_err();
        let json = err.to_json();
        assert_eq!(json["kind"], "api");
        assert_eq!(json["vendor_code"], "404");
        assert!(err.to_string().contains("İlan bulunamadı"));
    }

    #[test]
    fn laravel_validation_shape() {
        let err = api_error(
            Service::Tedbul,
            &response(
                422,
                r#"{"message":"The given data was invalid.","errors":{"stock":["The stock must be at least 3."]}}"#,
            ),
        );
        assert!(err
            .to_string()
            .contains("stock: The stock must be at least 3."));
    }

    #[test]
    fn drf_detail_and_html_pages() {
        let err = api_error(
            Service::Entegra,
            &response(
                403,
                r#"{"detail":"You do not have permission","code":"permission_denied"}"#,
            ),
        );
        assert_eq!(err.to_json()["vendor_code"], "permission_denied");
        let html = api_error(
            Service::Erp,
            &response(502, "<html><body>Bad gateway</body></html>"),
        );
        assert!(html.to_string().contains("Bad gateway"));
        let not_json = success_body(Service::Erp, &response(200, "<html>")).unwrap_err();
        assert_eq!(not_json.kind(), crate::ErrorKind::Decode);
    }
}
