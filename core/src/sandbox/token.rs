//! JWT-shaped sandbox tokens with an `exp` claim, minted from a counter (no RNG).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::json;
use std::collections::BTreeMap;

/// Tokens issued by one emulator and when each expires.
#[derive(Debug, Default)]
pub struct TokenBook {
    issued: BTreeMap<String, u64>,
    counter: u64,
}

impl TokenBook {
    /// Mints a token of `kind` valid until `expires_ms`.
    pub fn mint(&mut self, kind: &str, expires_ms: u64) -> String {
        self.counter += 1;
        let header = URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"HS256"}"#);
        let claims = json!({
            "token_type": kind,
            "exp": expires_ms / 1000,
            "jti": format!("sandbox-{}", self.counter),
            "user_id": 1,
        });
        let token = format!(
            "{header}.{}.sandbox-signature-{}",
            URL_SAFE_NO_PAD.encode(claims.to_string()),
            self.counter
        );
        self.issued.insert(token.clone(), expires_ms);
        token
    }

    /// True when `token` was issued here and is not expired at `now_ms`.
    pub fn valid(&self, token: &str, now_ms: u64) -> bool {
        self.issued.get(token).is_some_and(|exp| now_ms < *exp)
    }

    /// Forgets every token.
    pub fn expire_all(&mut self) {
        self.issued.clear();
    }
}
