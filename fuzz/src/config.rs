//! `config`: `Config::from_json` on any JSON (generated with the config's own
//! keys, the secret placed as the password), then `Session::new` resuming from
//! any state, then `export_state`.
//!
//! Invariants: a bad config or state is a `config` error; the password shows
//! in no error, no `Debug` output and no exported state.

use super::check::{self, PASSWORD};
use super::input::Source;
use kopru_core::{Config, ErrorKind, Session};
use serde_json::{json, Map, Value};

const CONFIG_WORDS: &[&str] = &[
    "service",
    "base_url",
    "credentials",
    "timeout_ms",
    "max_retries",
    "quota",
    "paths",
    "user_agent",
    "state_file",
    "sandbox",
    "token_margin_ms",
    "refresh_ahead_ms",
    "retry",
    "access_lifetime_ms",
    "refresh_lifetime_ms",
    "page_size",
    "per_day",
    "per_hour",
    "block_after_429_ms",
    "base_ms",
    "cap_ms",
    "max_retry_after_ms",
    "retry_statuses",
    "deadline_ms",
    "email",
    "username",
    "secretkey",
    "entegra",
    "erp",
    "tedbul",
    "https://a.invalid",
    "http://127.0.0.1:1/x",
    "http://[::1]:9",
    "http://localhost",
    "version",
    "account",
    "access_token",
    "access_expires_ms",
    "refresh_token",
    "refresh_expires_ms",
    "fuzz",
];

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let mut config = match source.byte() % 3 {
        0 => check::config_json(*source.pick(&kopru_core::Service::ALL)),
        _ => source.json(CONFIG_WORDS),
    };
    if let Value::Object(map) = &mut config {
        for _ in 0..source.below(4) {
            let key = source.pick(CONFIG_WORDS).to_string();
            map.insert(key, source.json(CONFIG_WORDS));
        }
        place_password(&mut source, map);
    }
    let config = match Config::from_json(&config) {
        Ok(config) => config,
        Err(err) => {
            check::error(&err, data);
            assert_eq!(err.kind(), ErrorKind::Config, "{err}");
            return;
        }
    };
    check::no_secret(&format!("{config:?}"), data, "a config's Debug output");
    let state = match source.byte() % 3 {
        0 => Value::Null,
        1 => {
            let mut state = json!({
                "version": 1,
                "service": config.service.name(),
                "account": config.credentials.identity,
            });
            if let Value::Object(map) = &mut state {
                for _ in 0..source.below(6) {
                    let key = source.pick(CONFIG_WORDS).to_string();
                    map.insert(key, source.json(CONFIG_WORDS));
                }
            }
            state
        }
        _ => source.json(CONFIG_WORDS),
    };
    match Session::new(config, Some(&state)) {
        Ok(session) => {
            check::no_secret_in(&session.export_state(), data, "an exported state");
            check::no_secret(&format!("{session:?}"), data, "a session's Debug output");
        }
        Err(err) => {
            check::error(&err, data);
            assert_eq!(err.kind(), ErrorKind::Config, "{err}");
        }
    }
}

/// Puts the harness's password where a config keeps it, when there are credentials.
fn place_password(source: &mut Source, map: &mut Map<String, Value>) {
    if source.byte() & 1 == 0 {
        return;
    }
    let credentials = map
        .entry("credentials")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(fields) = credentials {
        fields.insert("password".into(), Value::from(PASSWORD));
        if source.byte() & 1 == 1 {
            fields.insert("secretkey".into(), Value::from(check::SECRET_KEY));
        }
    }
}
