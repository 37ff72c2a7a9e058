//! The ERP's dialect (seed 001): HTTP Basic credentials on every call, no
//! token; answers are `{success, data, pagination}` or `{success: false, message}`.

use crate::auth::Tokens;
use crate::config::Config;
use crate::ops::dialect::{is_401, no_body, no_tokens, Dialect};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The ERP's dialect.
pub static DIALECT: Dialect = Dialect {
    login: None,
    refresh: None,
    login_body: no_body,
    refresh_body: no_body,
    authorization,
    read_tokens: no_tokens,
    failed_on_success: Some("success"),
    unauthenticated: is_401,
    refusal: |detail| format!("the ERP refused the credentials: {detail}"),
    drifting_paths: &[],
};

fn authorization(config: &Config, _: &Tokens) -> Option<String> {
    let credentials = format!(
        "{}:{}",
        config.credentials.identity,
        config.credentials.password.expose()
    );
    Some(format!("Basic {}", STANDARD.encode(credentials)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn basic_auth() {
        let config = Config::from_json(&json!({"service": "erp", "sandbox": true,
            "credentials": {"username": "username", "password": "password"}}))
        .unwrap();
        assert_eq!(
            authorization(&config, &Tokens::default()).unwrap(),
            "Basic dXNlcm5hbWU6cGFzc3dvcmQ="
        );
    }
}
