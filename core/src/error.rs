//! The one error taxonomy every binding shares.
//!
//! Each kind has a stable numeric code ([`ErrorKind::code`]); the code table is
//! the cross-language contract (C result codes, Python exception classes, the
//! JavaScript `kind`). Numbers are never reused; messages may change.

use crate::bridge::guard::GuardStop;
use crate::location::segments;
use crate::messages::{error_message, Locale, Problem};
use serde::Serialize;
use serde_json::{json, Map, Value};

/// One problem found in a parameter: where it is, its stable code, its
/// context and a text (pydantic-core's `ErrorDetails` is the model).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Where the problem is, e.g. `list[2].variations[0].barcode`.
    pub path: String,
    /// What is wrong, e.g. `required` (in the session's locale).
    pub message: String,
    /// The stable machine code, e.g. `required` or `rule.dates_reversed`.
    pub code: String,
    /// The path as segments: `["list", 2, "variations", 0, "barcode"]`.
    pub loc: Vec<Value>,
    /// The limits and values of the problem, e.g. `{"max": 255}`.
    pub ctx: Map<String, Value>,
    #[serde(skip)]
    problem: Problem,
}

impl FieldError {
    /// The problem `problem` at `path`, with its English text.
    pub fn new(path: impl Into<String>, problem: Problem) -> FieldError {
        let path = path.into();
        FieldError {
            loc: segments(&path),
            message: problem.text(Locale::En),
            code: problem.code(),
            ctx: problem.ctx(),
            path,
            problem,
        }
    }

    /// The problem itself.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// The same problem with its text in `locale`.
    pub fn in_locale(mut self, locale: Locale) -> FieldError {
        self.message = self.problem.text(locale);
        self
    }

    /// The same problem with `clean` applied to every text: the path (and
    /// so `loc`), the message and the texts in `ctx`.
    pub fn map_texts(mut self, clean: impl Fn(String) -> String) -> FieldError {
        self.path = clean(self.path);
        self.loc = segments(&self.path);
        self.message = clean(self.message);
        for value in self.ctx.values_mut() {
            map_strings(value, &clean);
        }
        self
    }
}

fn map_strings(value: &mut Value, clean: &impl Fn(String) -> String) {
    match value {
        Value::String(text) => *text = clean(std::mem::take(text)),
        Value::Array(items) => items.iter_mut().for_each(|v| map_strings(v, clean)),
        _ => {}
    }
}

/// The kind of an [`Error`], with its stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// Parameters broke the vendor's rules; nothing was sent.
    Validation,
    /// The service answered with an error.
    Api,
    /// Login failed or the credentials were refused.
    Auth,
    /// A quota or the vendor's rate limit stops the call.
    RateLimited,
    /// No response: connect error, timeout, TLS.
    Transport,
    /// The response did not have the expected shape.
    Decode,
    /// The config or the way kopru was called is wrong.
    Config,
    /// A sync run's plan broke the guard against mass changes; nothing was sent.
    Guarded,
}

impl ErrorKind {
    /// Every kind, in code order.
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::Validation,
        ErrorKind::Api,
        ErrorKind::Auth,
        ErrorKind::RateLimited,
        ErrorKind::Transport,
        ErrorKind::Decode,
        ErrorKind::Config,
        ErrorKind::Guarded,
    ];

    /// The kind's name as every binding spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::Api => "api",
            ErrorKind::Auth => "auth",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::Transport => "transport",
            ErrorKind::Decode => "decode",
            ErrorKind::Config => "config",
            ErrorKind::Guarded => "guarded",
        }
    }

    /// The stable numeric code (1–8); 0 means success in the C ABI.
    pub fn code(self) -> i32 {
        match self {
            ErrorKind::Validation => 1,
            ErrorKind::Api => 2,
            ErrorKind::Auth => 3,
            ErrorKind::RateLimited => 4,
            ErrorKind::Transport => 5,
            ErrorKind::Decode => 6,
            ErrorKind::Config => 7,
            ErrorKind::Guarded => 8,
        }
    }
}

/// Everything that can go wrong in kopru. Messages never contain secrets.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// Parameters broke the vendor's rules; every problem is listed and nothing was sent.
    Validation {
        /// Every problem found, each with its path.
        errors: Vec<FieldError>,
    },
    /// The service answered with an error status or an error envelope.
    Api {
        /// Which service answered.
        service: &'static str,
        /// The HTTP status.
        status: u16,
        /// The vendor's own error code, when it sent one.
        vendor_code: Option<String>,
        /// The vendor's message, or a description of the status.
        message: String,
        /// The response body as received.
        body: String,
    },
    /// Authentication failed.
    Auth {
        /// What happened.
        message: String,
        /// The HTTP status of the refusal, when there was one.
        status: Option<u16>,
    },
    /// A quota or the vendor's rate limit stops the call.
    RateLimited {
        /// What limit was hit.
        message: String,
        /// How long to wait before trying again, when known.
        retry_after_ms: Option<u64>,
    },
    /// No usable response arrived.
    Transport {
        /// What the transport reported.
        message: String,
    },
    /// The response did not fit the expected shape.
    Decode {
        /// Where in the response the problem is.
        path: String,
        /// What did not fit.
        message: String,
    },
    /// The config, or the way kopru was called, is wrong.
    Config {
        /// What is wrong.
        message: String,
    },
    /// A sync run's plan broke the guard against mass changes (see
    /// [`crate::bridge::guard`]); nothing was sent and the state is as it was.
    Guarded(Box<GuardStop>),
    /// `error` with kopru's texts in `locale` (see [`Error::in_locale`]).
    Localized {
        /// The language of the texts.
        locale: Locale,
        /// The error itself.
        error: Box<Error>,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let locale = match self {
            Error::Localized { locale, .. } => *locale,
            _ => Locale::En,
        };
        f.write_str(&error_message(self, locale))
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The error's kind.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Validation { .. } => ErrorKind::Validation,
            Error::Api { .. } => ErrorKind::Api,
            Error::Auth { .. } => ErrorKind::Auth,
            Error::RateLimited { .. } => ErrorKind::RateLimited,
            Error::Transport { .. } => ErrorKind::Transport,
            Error::Decode { .. } => ErrorKind::Decode,
            Error::Config { .. } => ErrorKind::Config,
            Error::Guarded(_) => ErrorKind::Guarded,
            Error::Localized { error, .. } => error.kind(),
        }
    }

    /// The error with kopru's texts in `locale`: the problems' messages and
    /// the top-level message (a vendor's own text stays as it was sent).
    pub fn in_locale(self, locale: Locale) -> Error {
        let inner = match self {
            Error::Localized { error, .. } => *error,
            other => other,
        };
        let inner = match inner {
            Error::Validation { errors } => Error::Validation {
                errors: errors.into_iter().map(|e| e.in_locale(locale)).collect(),
            },
            other => other,
        };
        match locale {
            Locale::En => inner,
            Locale::Tr => Error::Localized {
                locale,
                error: Box::new(inner),
            },
        }
    }

    /// The field errors of a validation error (in any locale), else `None`.
    pub fn field_errors(&self) -> Option<&[FieldError]> {
        match self {
            Error::Validation { errors } => Some(errors),
            Error::Localized { error, .. } => error.field_errors(),
            _ => None,
        }
    }

    /// A config error with the given message.
    pub fn config(message: impl Into<String>) -> Self {
        Error::Config {
            message: message.into(),
        }
    }

    /// A decode error at `path`.
    pub fn decode(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Decode {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The error as JSON: `kind`, `code`, `message` and the fields of its kind.
    pub fn to_json(&self) -> Value {
        if let Error::Localized { error, .. } = self {
            let mut out = error.to_json();
            out["message"] = Value::String(self.to_string());
            return out;
        }
        let mut out = json!({
            "kind": self.kind().as_str(),
            "code": self.kind().code(),
            "message": self.to_string(),
        });
        let map = out.as_object_mut().expect("object literal");
        match self {
            Error::Validation { errors } => {
                map.insert("errors".into(), json!(errors));
            }
            Error::Api {
                service,
                status,
                vendor_code,
                body,
                ..
            } => {
                map.insert("service".into(), json!(service));
                map.insert("status".into(), json!(status));
                map.insert("vendor_code".into(), json!(vendor_code));
                map.insert("body".into(), json!(body));
            }
            Error::Auth { status, .. } => {
                map.insert("status".into(), json!(status));
            }
            Error::RateLimited { retry_after_ms, .. } => {
                map.insert("retry_after_ms".into(), json!(retry_after_ms));
            }
            Error::Decode { path, .. } => {
                map.insert("path".into(), json!(path));
            }
            Error::Guarded(stop) => {
                for (key, value) in stop.fields() {
                    map.insert(key.into(), value);
                }
            }
            Error::Transport { .. } | Error::Config { .. } | Error::Localized { .. } => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_distinct() {
        let codes: Vec<i32> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(codes, vec![1, 2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn validation_json_lists_every_path() {
        let err = Error::Validation {
            errors: vec![
                FieldError::new("list[0].barcode", Problem::Required),
                FieldError::new(
                    "list[1].quantity",
                    Problem::WrongType {
                        expected: crate::messages::Expected::Integer,
                    },
                ),
            ],
        };
        let json = err.to_json();
        assert_eq!(json["kind"], "validation");
        assert_eq!(json["code"], 1);
        assert_eq!(json["errors"][1]["path"], "list[1].quantity");
        assert_eq!(json["errors"][1]["code"], "wrong_type");
        assert_eq!(json["errors"][1]["loc"], json!(["list", 1, "quantity"]));
        assert_eq!(json["errors"][1]["ctx"], json!({"expected": "integer"}));
        assert!(err.to_string().contains("list[0].barcode: required"));
        let turkish = err.in_locale(Locale::Tr);
        assert_eq!(turkish.kind(), ErrorKind::Validation);
        assert_eq!(
            turkish.to_string(),
            "geçersiz parametreler: list[0].barcode: zorunlu; list[1].quantity: tam sayı olmalı"
        );
        assert_eq!(turkish.to_json()["errors"][0]["code"], "required");
        assert_eq!(turkish.to_json()["errors"][0]["message"], "zorunlu");
    }

    #[test]
    fn the_message_names_three_problems_and_counts_the_rest() {
        let errors: Vec<FieldError> = (0..8448)
            .map(|i| {
                FieldError::new(
                    format!("snapshot.products[{i}].ItemCode"),
                    Problem::Required,
                )
            })
            .collect();
        let err = Error::Validation { errors };
        let message = err.to_string();
        assert_eq!(
            message,
            "invalid parameters: snapshot.products[0].ItemCode: required; \
             snapshot.products[1].ItemCode: required; snapshot.products[2].ItemCode: required; \
             … and 8,445 more"
        );
        assert_eq!(err.to_json()["errors"].as_array().unwrap().len(), 8448);
        let turkish = err.in_locale(Locale::Tr).to_string();
        assert!(turkish.ends_with("… ve 8.445 sorun daha"), "{turkish}");
        assert!(turkish.len() < 300);
    }

    #[test]
    fn other_kinds_speak_turkish_but_keep_the_vendors_text() {
        let err = Error::Api {
            service: "tedbul",
            status: 400,
            vendor_code: None,
            message: "Invalid barcode".into(),
            body: String::new(),
        }
        .in_locale(Locale::Tr);
        assert_eq!(
            err.to_string(),
            "tedbul HTTP 400 yanıtı verdi: Invalid barcode"
        );
        assert_eq!(err.to_json()["status"], 400);
        assert_eq!(err.kind(), ErrorKind::Api);
        let back = err.in_locale(Locale::En);
        assert_eq!(
            back.to_string(),
            "tedbul answered HTTP 400: Invalid barcode"
        );
    }
}
