//! The one error taxonomy every binding shares.
//!
//! Each kind has a stable numeric code ([`ErrorKind::code`]); the code table is
//! the cross-language contract (C result codes, Python exception classes, the
//! JavaScript `kind`). Numbers are never reused; messages may change.

use serde::Serialize;
use serde_json::{json, Value};

/// One problem found in a parameter: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Where the problem is, e.g. `list[2].variations[0].barcode`.
    pub path: String,
    /// What is wrong, e.g. `required`.
    pub message: String,
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
}

impl ErrorKind {
    /// Every kind, in code order.
    pub const ALL: [ErrorKind; 7] = [
        ErrorKind::Validation,
        ErrorKind::Api,
        ErrorKind::Auth,
        ErrorKind::RateLimited,
        ErrorKind::Transport,
        ErrorKind::Decode,
        ErrorKind::Config,
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
        }
    }

    /// The stable numeric code (1–7); 0 means success in the C ABI.
    pub fn code(self) -> i32 {
        match self {
            ErrorKind::Validation => 1,
            ErrorKind::Api => 2,
            ErrorKind::Auth => 3,
            ErrorKind::RateLimited => 4,
            ErrorKind::Transport => 5,
            ErrorKind::Decode => 6,
            ErrorKind::Config => 7,
        }
    }
}

/// Everything that can go wrong in kopru. Messages never contain secrets.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Parameters broke the vendor's rules; every problem is listed and nothing was sent.
    #[error("invalid parameters: {}", summarize(errors))]
    Validation {
        /// Every problem found, each with its path.
        errors: Vec<FieldError>,
    },
    /// The service answered with an error status or an error envelope.
    #[error("{service} answered HTTP {status}: {message}")]
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
    #[error("authentication failed: {message}")]
    Auth {
        /// What happened.
        message: String,
        /// The HTTP status of the refusal, when there was one.
        status: Option<u16>,
    },
    /// A quota or the vendor's rate limit stops the call.
    #[error("rate limited: {message}")]
    RateLimited {
        /// What limit was hit.
        message: String,
        /// How long to wait before trying again, when known.
        retry_after_ms: Option<u64>,
    },
    /// No usable response arrived.
    #[error("transport failed: {message}")]
    Transport {
        /// What the transport reported.
        message: String,
    },
    /// The response did not fit the expected shape.
    #[error("could not decode the response at {path}: {message}")]
    Decode {
        /// Where in the response the problem is.
        path: String,
        /// What did not fit.
        message: String,
    },
    /// The config, or the way kopru was called, is wrong.
    #[error("configuration error: {message}")]
    Config {
        /// What is wrong.
        message: String,
    },
}

fn summarize(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.path, e.message))
        .collect::<Vec<_>>()
        .join("; ")
}

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
            Error::Transport { .. } | Error::Config { .. } => {}
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
        assert_eq!(codes, vec![1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn validation_json_lists_every_path() {
        let err = Error::Validation {
            errors: vec![
                FieldError {
                    path: "list[0].barcode".into(),
                    message: "required".into(),
                },
                FieldError {
                    path: "list[1].quantity".into(),
                    message: "must be an integer".into(),
                },
            ],
        };
        let json = err.to_json();
        assert_eq!(json["kind"], "validation");
        assert_eq!(json["code"], 1);
        assert_eq!(json["errors"][1]["path"], "list[1].quantity");
        assert!(err.to_string().contains("list[0].barcode: required"));
    }
}
