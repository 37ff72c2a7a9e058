//! Token traffic with hard bounds: renewal windows that scale with each
//! token's real lifetime, a per-call budget of token requests, and a
//! per-account hourly cap kept in the session state.

use crate::auth::Tokens;
use crate::config::Config;
use crate::error::Error;
use crate::quota::utc_text;
use serde::{Deserialize, Serialize};

const HOUR_MS: u64 = 3_600_000;
/// Token requests one call may begin: one renewal plus one fallback login.
pub(super) const TOKEN_REQUESTS_PER_CALL: u32 = 2;
/// The late margin is at most this fraction (1/n) of the token's lifetime.
const LATE_MARGIN_DIVISOR: u64 = 10;
/// Early renewal starts no sooner than after this share (1 − 1/n) of the lifetime.
const EARLY_WINDOW_DIVISOR: u64 = 5;
/// The most entries a state's log of token requests keeps.
const MAX_LOGGED: usize = 1_000;

/// When a held access token must, or may, be renewed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct RenewalWindows {
    /// Renew before the call when less than this is left (`token_margin_ms`,
    /// at most a tenth of the lifetime).
    pub late_ms: u64,
    /// Renew when convenient when less than this is left (`refresh_ahead_ms`,
    /// at most a fifth of the lifetime, so a token serves 80 % of its life first).
    pub early_ms: u64,
}

impl RenewalWindows {
    /// The windows of the access token in `tokens`.
    pub fn of(tokens: &Tokens, config: &Config) -> RenewalWindows {
        let lifetime = match (tokens.access_obtained_ms, tokens.access_expires_ms) {
            (Some(obtained), Some(expires)) => expires.saturating_sub(obtained),
            _ => config.access_lifetime_ms,
        };
        let late_ms = config.token_margin_ms.min(lifetime / LATE_MARGIN_DIVISOR);
        let early_ms = config
            .refresh_ahead_ms
            .max(late_ms)
            .min(lifetime / EARLY_WINDOW_DIVISOR);
        RenewalWindows { late_ms, early_ms }
    }
}

/// The token requests of the last hour, by this client's clock: the
/// per-account cap (`max_logins_per_hour`) survives restarts in the state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub(super) struct TokenLog(Vec<u64>);

impl TokenLog {
    /// A log read from a state, pruned to its last entries.
    pub fn from_times(mut times: Vec<u64>) -> TokenLog {
        let excess = times.len().saturating_sub(MAX_LOGGED);
        times.drain(..excess);
        TokenLog(times)
    }

    /// `Ok` when one more token request fits in the hour at `now_ms`; else an
    /// `auth` error saying when the next is allowed.
    pub fn allow(&self, now_ms: u64, config: &Config) -> Result<(), Error> {
        let recent: Vec<u64> = self.recent(now_ms).collect();
        let cap = config.max_logins_per_hour as usize;
        if recent.len() < cap {
            return Ok(());
        }
        let oldest = recent.iter().copied().min().unwrap_or(now_ms);
        Err(Error::Auth {
            message: format!(
                "not asking {} for a token again: {} token requests in the last hour already \
                 (max_logins_per_hour = {cap}); the next is allowed after {}. Repeated logins \
                 get an IP banned; check the clock, the token lifetimes and the credentials",
                config.service.name(),
                recent.len(),
                utc_text(oldest.saturating_add(HOUR_MS)),
            ),
            status: None,
        })
    }

    /// Records a token request sent at `now_ms`, forgetting those older than an hour.
    pub fn record(&mut self, now_ms: u64) {
        self.0.retain(|t| t.abs_diff(now_ms) < HOUR_MS);
        self.0.push(now_ms);
        let excess = self.0.len().saturating_sub(MAX_LOGGED);
        self.0.drain(..excess);
    }

    /// The times kept, for the exported state.
    pub fn times(&self) -> &[u64] {
        &self.0
    }

    /// Entries within an hour of `now_ms`, either side (a clock set back
    /// does not free the cap).
    fn recent(&self, now_ms: u64) -> impl Iterator<Item = u64> + '_ {
        self.0
            .iter()
            .copied()
            .filter(move |t| t.abs_diff(now_ms) < HOUR_MS)
    }
}

/// The `auth` error for a token that is already expired by this client's
/// clock the moment it arrives: the clock is wrong, or the vendor's expiry is.
pub(super) fn clock_skew(config: &Config, expires_ms: u64, now_ms: u64) -> Error {
    Error::Auth {
        message: format!(
            "clock skew suspected: {} just issued a token that expires at {}, but this \
             computer's clock says {} ({} s later). Not logging in again: set the clock \
             right (NTP; a hardware clock holding Turkish time read as UTC is 3 h ahead)",
            config.service.name(),
            utc_text(expires_ms),
            utc_text(now_ms),
            now_ms.saturating_sub(expires_ms) / 1000,
        ),
        status: None,
    }
}

/// The `auth` error when a call has used its token requests.
pub(super) fn budget_spent(config: &Config, op: &str) -> Error {
    Error::Auth {
        message: format!(
            "{op} gave up after {TOKEN_REQUESTS_PER_CALL} token requests to {} in one call \
             (a renewal and a fallback login); the service keeps refusing or expiring its tokens",
            config.service.name()
        ),
        status: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Secret;
    use serde_json::json;

    fn config(extra: serde_json::Value) -> Config {
        let mut value = json!({"service": "tedbul",
            "credentials": {"username": "u", "password": "p", "secretkey": "s"}});
        for (k, v) in extra.as_object().unwrap() {
            value[k] = v.clone();
        }
        Config::from_json(&value).unwrap()
    }

    fn token(lifetime_ms: u64) -> Tokens {
        let mut tokens = Tokens::default();
        tokens.set_access(Secret::new("t"), 1_000 + lifetime_ms, 1_000);
        tokens
    }

    #[test]
    fn windows_scale_with_the_lifetime() {
        let defaults = config(json!({}));
        let three_hours = RenewalWindows::of(&token(3 * HOUR_MS), &defaults);
        assert_eq!(
            three_hours,
            RenewalWindows {
                late_ms: 120_000,
                early_ms: 900_000
            }
        );
        let minute = RenewalWindows::of(&token(60_000), &defaults);
        assert_eq!(
            minute,
            RenewalWindows {
                late_ms: 6_000,
                early_ms: 12_000
            }
        );
        let huge_margin =
            config(json!({"token_margin_ms": 86_400_000, "refresh_ahead_ms": 86_400_000}));
        let capped = RenewalWindows::of(&token(HOUR_MS), &huge_margin);
        assert_eq!(
            capped,
            RenewalWindows {
                late_ms: 360_000,
                early_ms: 720_000
            }
        );
    }

    #[test]
    fn the_hourly_cap_counts_both_sides_of_now() {
        let capped = config(json!({"max_logins_per_hour": 2}));
        let mut log = TokenLog::default();
        log.record(10 * HOUR_MS);
        log.record(10 * HOUR_MS + 1);
        let err = log.allow(10 * HOUR_MS + 2, &capped).unwrap_err();
        assert!(err.to_string().contains("max_logins_per_hour = 2"), "{err}");
        assert!(
            log.allow(9 * HOUR_MS + 2, &capped).is_err(),
            "a clock set back"
        );
        assert!(log.allow(11 * HOUR_MS + 1, &capped).is_ok());
    }
}
