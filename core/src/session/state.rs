//! The exported session state: tokens, quota counters and blocks, the log of
//! token requests, and the path spellings that answered.

use super::tokens::TokenLog;
use super::Session;
use crate::auth::Tokens;
use crate::error::Error;
use crate::secret::Secret;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The version of the exported state format.
pub const STATE_VERSION: u64 = 1;

impl Session {
    /// Tokens, quota counters (with any block: until when, since when and why),
    /// the last hour's token requests and the path spellings that answered, as
    /// JSON, to resume with [`Session::new`]. Secret-bearing (tokens): store it
    /// safely. Never contains passwords.
    pub fn export_state(&self) -> Value {
        json!({
            "version": STATE_VERSION,
            "service": self.config.service.name(),
            "account": self.config.credentials.identity,
            "access_token": self.tokens.access.as_ref().map(Secret::expose),
            "access_expires_ms": self.tokens.access_expires_ms,
            "access_obtained_ms": self.tokens.access_obtained_ms,
            "refresh_token": self.tokens.refresh.as_ref().map(Secret::expose),
            "refresh_expires_ms": self.tokens.refresh_expires_ms,
            "quota": self.quota,
            "token_requests": self.token_log.times(),
            "paths": self.answered_paths,
        })
    }

    /// Reads an exported state. A state of another account or service is
    /// ignored; one that is not a state at all is a `config` error.
    pub(super) fn import_state(&mut self, state: &Value) -> Result<(), Error> {
        if !state.is_object() {
            return Err(Error::config(
                "the session state must be a JSON object from export_state",
            ));
        }
        let version = state.get("version").and_then(Value::as_u64);
        if version != Some(STATE_VERSION) {
            return Err(Error::config(format!(
                "session state version {version:?} is not supported (expected {STATE_VERSION})"
            )));
        }
        let same_service =
            state.get("service").and_then(Value::as_str) == Some(self.config.service.name());
        let same_account = state.get("account").and_then(Value::as_str)
            == Some(self.config.credentials.identity.as_str());
        if !(same_service && same_account) {
            return Ok(());
        }
        let text = |key: &str| state.get(key).and_then(Value::as_str).map(Secret::new);
        let number = |key: &str| state.get(key).and_then(Value::as_u64);
        self.tokens = Tokens {
            access: text("access_token"),
            access_expires_ms: number("access_expires_ms"),
            access_obtained_ms: number("access_obtained_ms"),
            refresh: text("refresh_token"),
            refresh_expires_ms: number("refresh_expires_ms"),
        };
        if let Some(quota) = state.get("quota").filter(|q| !q.is_null()) {
            self.quota = serde_json::from_value(quota.clone())
                .map_err(|e| Error::config(format!("session state quota is malformed: {e}")))?;
        }
        if let Some(times) = state.get("token_requests").filter(|t| !t.is_null()) {
            let times: Vec<u64> = serde_json::from_value(times.clone()).map_err(|e| {
                Error::config(format!("session state token_requests is malformed: {e}"))
            })?;
            self.token_log = TokenLog::from_times(times);
        }
        if let Some(paths) = state.get("paths").filter(|p| !p.is_null()) {
            let paths: BTreeMap<String, String> = serde_json::from_value(paths.clone())
                .map_err(|e| Error::config(format!("session state paths is malformed: {e}")))?;
            self.answered_paths = paths
                .into_iter()
                .filter(|(op, path)| self.is_known_spelling(op, path))
                .collect();
        }
        Ok(())
    }
}
