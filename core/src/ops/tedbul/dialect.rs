//! Tedbul's dialect (Laravel): username, password and secret key log in at
//! `api/auth` for a bearer token whose `expiresDate` is Turkish time; every
//! answer is wrapped in `{status, code, message, result}`, and a failure may
//! come as `status: false` on HTTP 200 (with the real status in `code`) or in
//! Laravel's own shapes (`{"message": "Unauthenticated."}`,
//! `{"message", "errors": {field: […]}}`).

use super::AUTH_LOGIN;
use crate::auth::{jwt_expiry_ms, Tokens};
use crate::config::Config;
use crate::dates::parse_datetime_ms;
use crate::error::Error;
use crate::http::HttpResponse;
use crate::ops::dialect::{no_body, Dialect};
use crate::secret::Secret;
use serde_json::{json, Value};

/// Tedbul states `expiresDate` in Turkey's time zone (UTC+3 all year).
const UTC_OFFSET_HOURS: i64 = 3;
/// Laravel's message for a missing or refused bearer token.
const UNAUTHENTICATED: &str = "Unauthenticated.";

/// Tedbul's dialect.
pub static DIALECT: Dialect = Dialect {
    login: Some(&AUTH_LOGIN),
    refresh: None,
    login_body,
    refresh_body: no_body,
    authorization,
    read_tokens,
    failed_on_success: Some("status"),
    unauthenticated,
    refusal: |detail| format!("the token was refused even after logging in again: {detail}"),
    // The seed's URL is `multipleUpdateAds`; its own sample code calls `multpleUpdateAds`.
    drifting_paths: &[("tedbul.ads.update_many", "api/ads/multpleUpdateAds")],
};

fn login_body(config: &Config) -> Value {
    let c = &config.credentials;
    json!({
        "username": c.identity,
        "password": c.password.expose(),
        "secretkey": c.secret_key.as_ref().map(Secret::expose).unwrap_or_default(),
    })
}

fn authorization(_: &Config, tokens: &Tokens) -> Option<String> {
    tokens.access_header("Bearer")
}

/// `{"result": {"token", "expiresDate"}}`: a JWT's `exp`, else `expiresDate`
/// read as Turkish time, else the configured lifetime.
fn read_tokens(
    config: &Config,
    body: &Value,
    now_ms: u64,
    tokens: &mut Tokens,
) -> Result<(), Error> {
    let result = body.get("result");
    let token = result
        .and_then(|r| r.get("token"))
        .and_then(Value::as_str)
        .ok_or_else(|| Error::decode("result.token", "the login response has no token"))?;
    let stated = result
        .and_then(|r| r.get("expiresDate"))
        .and_then(Value::as_str)
        .and_then(|d| parse_datetime_ms(d, UTC_OFFSET_HOURS));
    let expires = jwt_expiry_ms(token)
        .or(stated)
        .unwrap_or(now_ms.saturating_add(config.access_lifetime_ms));
    tokens.set_access(Secret::new(token), expires, now_ms);
    Ok(())
}

/// A 401, Laravel's `{"message": "Unauthenticated."}` on any status, or
/// `status: false` with `code` 401 on HTTP 200.
fn unauthenticated(response: &HttpResponse) -> bool {
    if response.status == 401 {
        return true;
    }
    let Ok(body) = serde_json::from_str::<Value>(&response.body) else {
        return false;
    };
    let laravel = body.get("message").and_then(Value::as_str) == Some(UNAUTHENTICATED);
    let wrapped = body.get("status") == Some(&Value::Bool(false))
        && match body.get("code") {
            Some(Value::Number(n)) => n.as_u64() == Some(401),
            Some(Value::String(s)) => s.trim() == "401",
            _ => false,
        };
    laravel || wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> HttpResponse {
        HttpResponse::new(status, body)
    }

    #[test]
    fn every_unauthenticated_shape() {
        assert!(unauthenticated(&response(401, "")));
        assert!(unauthenticated(&response(
            200,
            r#"{"message":"Unauthenticated."}"#
        )));
        assert!(unauthenticated(&response(
            200,
            r#"{"status":false,"code":401,"message":"Yetkisiz"}"#
        )));
        assert!(unauthenticated(&response(
            200,
            r#"{"status":false,"code":"401"}"#
        )));
        assert!(!unauthenticated(&response(
            200,
            r#"{"status":false,"code":404}"#
        )));
        assert!(!unauthenticated(&response(
            200,
            r#"{"status":true,"code":401}"#
        )));
    }

    #[test]
    fn expires_date_is_turkish_time() {
        let config = Config::from_json(&json!({"service": "tedbul",
            "credentials": {"username": "u", "password": "p", "secretkey": "s"}}))
        .unwrap();
        let mut tokens = Tokens::default();
        let body = json!({"status": true, "result": {"token": "opaque", "expiresDate": "1970-01-01 06:00:00"}});
        read_tokens(&config, &body, 0, &mut tokens).unwrap();
        assert_eq!(tokens.access_expires_ms, Some(3 * 3_600_000));
        assert_eq!(authorization(&config, &tokens).unwrap(), "Bearer opaque");
    }
}
