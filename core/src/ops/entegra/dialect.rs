//! Entegra's dialect (Django REST Framework with SimpleJWT): an email and
//! password log in at `token/obtain`, a refresh token renews the access token,
//! calls carry `Authorization: JWT <access>`, and errors are `{"detail", "code"}`
//! or field → messages on a non-2xx status.

use super::auth::{AUTH_OBTAIN, AUTH_REFRESH};
use crate::auth::{jwt_expiry_ms, Tokens};
use crate::config::Config;
use crate::error::Error;
use crate::ops::dialect::{is_401, Dialect};
use crate::secret::Secret;
use serde_json::{json, Value};

/// Entegra's dialect.
pub static DIALECT: Dialect = Dialect {
    login: Some(&AUTH_OBTAIN),
    refresh: Some(&AUTH_REFRESH),
    login_body,
    refresh_body,
    authorization,
    read_tokens,
    failed_on_success: None,
    unauthenticated: is_401,
    refusal: |detail| format!("the token was refused even after logging in again: {detail}"),
    // The seed writes `/order/update/`; public clients also call `/order/update`.
    drifting_paths: &[("entegra.orders.update_erp", "/order/update")],
};

fn login_body(config: &Config) -> Value {
    let c = &config.credentials;
    json!({"email": c.identity, "password": c.password.expose()})
}

fn refresh_body(tokens: &Tokens) -> Value {
    json!({"refresh": tokens.refresh.as_ref().map(Secret::expose).unwrap_or_default()})
}

fn authorization(_: &Config, tokens: &Tokens) -> Option<String> {
    tokens.access_header("JWT")
}

/// `{"access", "refresh"?}`: the JWTs' `exp` claims, else the configured lifetimes.
fn read_tokens(
    config: &Config,
    body: &Value,
    now_ms: u64,
    tokens: &mut Tokens,
) -> Result<(), Error> {
    let access = body
        .get("access")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::decode("access", "the token response has no access token"))?;
    let access_expires =
        jwt_expiry_ms(access).unwrap_or(now_ms.saturating_add(config.access_lifetime_ms));
    tokens.set_access(Secret::new(access), access_expires, now_ms);
    if let Some(refresh) = body.get("refresh").and_then(Value::as_str) {
        let refresh_expires =
            jwt_expiry_ms(refresh).unwrap_or(now_ms.saturating_add(config.refresh_lifetime_ms));
        tokens.set_refresh(Secret::new(refresh), refresh_expires);
    }
    Ok(())
}
