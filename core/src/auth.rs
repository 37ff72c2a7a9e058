//! Tokens: how each service authenticates, and when a token must be renewed.

use crate::config::Config;
use crate::dates::parse_datetime_ms;
use crate::error::Error;
use crate::secret::Secret;
use crate::service::Service;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::{json, Value};

/// Tedbul states `expiresDate` in Turkey's time zone (UTC+3 all year).
const TEDBUL_UTC_OFFSET_HOURS: i64 = 3;

/// The tokens a session holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    /// The access (or bearer) token.
    pub access: Option<Secret>,
    /// When the access token expires, Unix ms.
    pub access_expires_ms: Option<u64>,
    /// Entegra's refresh token.
    pub refresh: Option<Secret>,
    /// When the refresh token expires, Unix ms.
    pub refresh_expires_ms: Option<u64>,
}

impl Tokens {
    /// True when the access token is usable at `now_ms` with `margin_ms` to spare.
    pub fn access_valid(&self, now_ms: u64, margin_ms: u64) -> bool {
        self.access.is_some() && valid(self.access_expires_ms, now_ms, margin_ms)
    }

    /// True when the refresh token is usable at `now_ms` with `margin_ms` to spare.
    pub fn refresh_valid(&self, now_ms: u64, margin_ms: u64) -> bool {
        self.refresh.is_some() && valid(self.refresh_expires_ms, now_ms, margin_ms)
    }

    /// Forgets the access token (after a 401), keeping the refresh token.
    pub fn drop_access(&mut self) {
        self.access = None;
        self.access_expires_ms = None;
    }
}

fn valid(expires_ms: Option<u64>, now_ms: u64, margin_ms: u64) -> bool {
    expires_ms.is_some_and(|e| now_ms.saturating_add(margin_ms) < e)
}

/// The `Authorization` header value for a call, if the service needs one.
pub fn authorization(config: &Config, tokens: &Tokens) -> Option<String> {
    match config.service {
        Service::Entegra => tokens
            .access
            .as_ref()
            .map(|t| format!("JWT {}", t.expose())),
        Service::Tedbul => tokens
            .access
            .as_ref()
            .map(|t| format!("Bearer {}", t.expose())),
        Service::Erp => {
            let credentials = format!(
                "{}:{}",
                config.credentials.identity,
                config.credentials.password.expose()
            );
            Some(format!("Basic {}", STANDARD.encode(credentials)))
        }
    }
}

/// The login body built from the configured credentials.
pub fn login_body(config: &Config) -> Value {
    let c = &config.credentials;
    match config.service {
        Service::Entegra => json!({"email": c.identity, "password": c.password.expose()}),
        Service::Tedbul => json!({
            "username": c.identity,
            "password": c.password.expose(),
            "secretkey": c.secret_key.as_ref().map(Secret::expose).unwrap_or_default(),
        }),
        Service::Erp => json!({}),
    }
}

/// The refresh body for Entegra.
pub fn refresh_body(tokens: &Tokens) -> Value {
    json!({"refresh": tokens.refresh.as_ref().map(Secret::expose).unwrap_or_default()})
}

/// Reads the tokens out of a successful login (or refresh) body.
pub fn read_login(
    config: &Config,
    body: &Value,
    now_ms: u64,
    tokens: &mut Tokens,
) -> Result<(), Error> {
    match config.service {
        Service::Entegra => {
            let access = body
                .get("access")
                .and_then(Value::as_str)
                .ok_or_else(|| Error::decode("access", "the token response has no access token"))?;
            tokens.access_expires_ms = Some(
                jwt_expiry_ms(access).unwrap_or(now_ms.saturating_add(config.access_lifetime_ms)),
            );
            tokens.access = Some(Secret::new(access));
            if let Some(refresh) = body.get("refresh").and_then(Value::as_str) {
                tokens.refresh_expires_ms = Some(
                    jwt_expiry_ms(refresh)
                        .unwrap_or(now_ms.saturating_add(config.refresh_lifetime_ms)),
                );
                tokens.refresh = Some(Secret::new(refresh));
            }
            Ok(())
        }
        Service::Tedbul => {
            let result = body.get("result");
            let token = result
                .and_then(|r| r.get("token"))
                .and_then(Value::as_str)
                .ok_or_else(|| Error::decode("result.token", "the login response has no token"))?;
            let stated = result
                .and_then(|r| r.get("expiresDate"))
                .and_then(Value::as_str)
                .and_then(|d| parse_datetime_ms(d, TEDBUL_UTC_OFFSET_HOURS));
            tokens.access_expires_ms = Some(
                jwt_expiry_ms(token)
                    .or(stated)
                    .unwrap_or(now_ms.saturating_add(config.access_lifetime_ms)),
            );
            tokens.access = Some(Secret::new(token));
            Ok(())
        }
        Service::Erp => Ok(()),
    }
}

/// The `exp` claim of a JWT, in Unix ms; `None` when the token is no readable JWT.
pub fn jwt_expiry_ms(token: &str) -> Option<u64> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?;
    let seconds = exp.as_u64().or_else(|| exp.as_f64().map(|f| f as u64))?;
    seconds.checked_mul(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: &Value) -> String {
        format!(
            "{}.{}.sig",
            URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        )
    }

    #[test]
    fn reads_the_exp_claim() {
        assert_eq!(
            jwt_expiry_ms(&jwt(&json!({"exp": 1600000000}))),
            Some(1_600_000_000_000)
        );
        assert_eq!(jwt_expiry_ms("not-a-jwt"), None);
        assert_eq!(jwt_expiry_ms(&jwt(&json!({"sub": 1}))), None);
    }

    #[test]
    fn entegra_login_without_exp_falls_back_to_the_configured_lifetime() {
        let config = Config::from_json(&json!({"service": "entegra",
            "credentials": {"email": "e", "password": "p"}, "access_lifetime_ms": 1000}))
        .unwrap();
        let mut tokens = Tokens::default();
        read_login(
            &config,
            &json!({"access": "opaque", "refresh": "r"}),
            5,
            &mut tokens,
        )
        .unwrap();
        assert_eq!(tokens.access_expires_ms, Some(1005));
        assert!(tokens.access_valid(0, 0));
        assert!(!tokens.access_valid(1005, 0));
        assert_eq!(authorization(&config, &tokens).unwrap(), "JWT opaque");
    }

    #[test]
    fn tedbul_expires_date_is_turkish_time() {
        let config = Config::from_json(&json!({"service": "tedbul",
            "credentials": {"username": "u", "password": "p", "secretkey": "s"}}))
        .unwrap();
        let mut tokens = Tokens::default();
        let body = json!({"status": true, "result": {"token": "opaque", "expiresDate": "1970-01-01 06:00:00"}});
        read_login(&config, &body, 0, &mut tokens).unwrap();
        assert_eq!(tokens.access_expires_ms, Some(3 * 3_600_000));
    }

    #[test]
    fn erp_uses_basic_auth() {
        let config = Config::from_json(&json!({"service": "erp", "sandbox": true,
            "credentials": {"username": "username", "password": "password"}}))
        .unwrap();
        assert_eq!(
            authorization(&config, &Tokens::default()).unwrap(),
            "Basic dXNlcm5hbWU6cGFzc3dvcmQ="
        );
    }
}
