//! Tokens: what a session holds, and the vendor-neutral helpers around them.
//! How each service logs in and carries its token is its dialect
//! (`ops/<service>/dialect.rs`); the functions here dispatch to it.

use crate::config::Config;
use crate::error::Error;
use crate::ops::dialect::dialect_of;
use crate::secret::Secret;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

/// The tokens a session holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    /// The access (or bearer) token.
    pub access: Option<Secret>,
    /// When the access token expires, Unix ms.
    pub access_expires_ms: Option<u64>,
    /// When this client received the access token, by its own clock (Unix ms).
    pub access_obtained_ms: Option<u64>,
    /// The refresh token, for a service that has one.
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

    /// The `Authorization` value `"<scheme> <access token>"`, when there is a token.
    pub fn access_header(&self, scheme: &str) -> Option<String> {
        self.access
            .as_ref()
            .map(|t| format!("{scheme} {}", t.expose()))
    }

    /// Holds a new access token, received at `now_ms`, expiring at `expires_ms`.
    pub fn set_access(&mut self, token: Secret, expires_ms: u64, now_ms: u64) {
        self.access = Some(token);
        self.access_expires_ms = Some(expires_ms);
        self.access_obtained_ms = Some(now_ms);
    }

    /// Holds a new refresh token expiring at `expires_ms`.
    pub fn set_refresh(&mut self, token: Secret, expires_ms: u64) {
        self.refresh = Some(token);
        self.refresh_expires_ms = Some(expires_ms);
    }

    /// Forgets the access token (after a 401), keeping the refresh token.
    pub fn drop_access(&mut self) {
        self.access = None;
        self.access_expires_ms = None;
        self.access_obtained_ms = None;
    }

    /// Forgets the refresh token (after it was refused).
    pub fn drop_refresh(&mut self) {
        self.refresh = None;
        self.refresh_expires_ms = None;
    }
}

fn valid(expires_ms: Option<u64>, now_ms: u64, margin_ms: u64) -> bool {
    expires_ms.is_some_and(|e| now_ms.saturating_add(margin_ms) < e)
}

/// The `Authorization` header value for a call, if the service needs one.
pub fn authorization(config: &Config, tokens: &Tokens) -> Option<String> {
    (dialect_of(config.service).authorization)(config, tokens)
}

/// The login body built from the configured credentials.
pub fn login_body(config: &Config) -> Value {
    (dialect_of(config.service).login_body)(config)
}

/// The refresh body built from the held refresh token.
pub fn refresh_body(config: &Config, tokens: &Tokens) -> Value {
    (dialect_of(config.service).refresh_body)(tokens)
}

/// Reads the tokens out of a successful login (or refresh) body.
pub fn read_login(
    config: &Config,
    body: &Value,
    now_ms: u64,
    tokens: &mut Tokens,
) -> Result<(), Error> {
    (dialect_of(config.service).read_tokens)(config, body, now_ms, tokens)
}

/// The `exp` claim of a JWT, in Unix ms; `None` when the token is no readable JWT.
pub fn jwt_expiry_ms(token: &str) -> Option<u64> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?;
    let seconds = exp.as_u64().or_else(|| {
        exp.as_f64()
            .filter(|f| f.is_finite() && *f >= 0.0)
            .map(|f| f as u64)
    })?;
    seconds.checked_mul(1000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        assert_eq!(tokens.access_obtained_ms, Some(5));
        assert!(tokens.access_valid(0, 0));
        assert!(!tokens.access_valid(1005, 0));
        assert_eq!(authorization(&config, &tokens).unwrap(), "JWT opaque");
    }
}
