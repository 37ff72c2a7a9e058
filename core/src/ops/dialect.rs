//! A vendor's dialect: how it logs in, carries its token, reports an error on a
//! successful status and says "not authenticated". Each service folder holds
//! its own in `dialect.rs`; the session reads them through [`dialect_of`] and
//! names no vendor.

use super::Operation;
use crate::auth::Tokens;
use crate::config::Config;
use crate::error::Error;
use crate::http::HttpResponse;
use crate::service::Service;
use serde_json::Value;

/// Everything vendor-specific the session needs, as data and fn pointers.
pub struct Dialect {
    /// The operation that obtains a token from the credentials, if any.
    pub login: Option<&'static Operation>,
    /// The operation that renews a token from a refresh token, if any.
    pub refresh: Option<&'static Operation>,
    /// The login body built from the configured credentials.
    pub login_body: fn(&Config) -> Value,
    /// The refresh body built from the held refresh token.
    pub refresh_body: fn(&Tokens) -> Value,
    /// The `Authorization` header value of a call, if the service needs one.
    pub authorization: fn(&Config, &Tokens) -> Option<String>,
    /// Reads the tokens of a successful login or refresh body into `tokens`
    /// (`now_ms` serves the configured fallback lifetimes).
    pub read_tokens: fn(&Config, &Value, u64, &mut Tokens) -> Result<(), Error>,
    /// The top-level key whose `false` marks a body that came with a 2xx
    /// status as a failure (Tedbul's `status`, the ERP's `success`), if any.
    pub failed_on_success: Option<&'static str>,
    /// True when a response says the credentials or the token were not accepted.
    pub unauthenticated: fn(&HttpResponse) -> bool,
    /// The wording of a refusal that logging in again did not cure.
    pub refusal: fn(&str) -> String,
    /// Operations whose path the public sources spell two ways: operation name
    /// and the other spelling, tried once after a 404 on the first.
    pub drifting_paths: &'static [(&'static str, &'static str)],
}

/// The dialect of `service`.
pub fn dialect_of(service: Service) -> &'static Dialect {
    match service {
        Service::Entegra => &super::entegra::DIALECT,
        Service::Erp => &super::erp::DIALECT,
        Service::Tedbul => &super::tedbul::DIALECT,
    }
}

/// A status-401 answer: the plain HTTP way of saying "not authenticated".
pub fn is_401(response: &HttpResponse) -> bool {
    response.status == 401
}

/// For dialects without tokens or without a refresh: an empty body.
pub fn no_body<T>(_: &T) -> Value {
    Value::Object(serde_json::Map::new())
}

/// For dialects that read no tokens.
pub fn no_tokens(_: &Config, _: &Value, _: u64, _: &mut Tokens) -> Result<(), Error> {
    Ok(())
}
