//! Request quotas counted in the session state, so a cron script that runs
//! every five minutes still respects a daily limit.

use crate::config::QuotaLimits;
use crate::error::Error;
use serde::{Deserialize, Serialize};

const HOUR_MS: u64 = 3_600_000;
const DAY_MS: u64 = 24 * HOUR_MS;

/// Requests counted in the current day and hour windows, and any vendor block.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuotaState {
    /// Start of the current day window, Unix ms.
    pub day_start_ms: u64,
    /// Requests sent in the current day window.
    pub day_count: u32,
    /// Start of the current hour window, Unix ms.
    pub hour_start_ms: u64,
    /// Requests sent in the current hour window.
    pub hour_count: u32,
    /// No request may be sent before this time (after a vendor 429 block).
    pub blocked_until_ms: u64,
    /// When the block was set, Unix ms (0 in states written before blocks said so).
    pub blocked_since_ms: u64,
    /// Why the block was set, for the operator.
    pub block_reason: Option<String>,
}

impl QuotaState {
    /// Counts one request at `now_ms`, or says when one may be sent again.
    pub fn take(&mut self, limits: &QuotaLimits, now_ms: u64) -> Result<(), Error> {
        let until = self.block_end(limits);
        if now_ms < until {
            let reason = self
                .block_reason
                .as_deref()
                .unwrap_or("the service answered 429 Too Many Requests");
            return Err(Error::RateLimited {
                message: format!(
                    "no request before {}: {reason} (block set at {})",
                    utc_text(until),
                    utc_text(self.blocked_since_ms)
                ),
                retry_after_ms: Some(until - now_ms),
            });
        }
        if self.day_count == 0
            || now_ms.saturating_sub(self.day_start_ms) >= DAY_MS
            || now_ms < self.day_start_ms
        {
            self.day_start_ms = now_ms;
            self.day_count = 0;
        }
        if self.hour_count == 0
            || now_ms.saturating_sub(self.hour_start_ms) >= HOUR_MS
            || now_ms < self.hour_start_ms
        {
            self.hour_start_ms = now_ms;
            self.hour_count = 0;
        }
        if let Some(limit) = limits.per_day.filter(|l| self.day_count >= *l) {
            return Err(Error::RateLimited {
                message: format!("the daily quota of {limit} requests is used up"),
                retry_after_ms: Some(self.day_start_ms + DAY_MS - now_ms),
            });
        }
        if let Some(limit) = limits.per_hour.filter(|l| self.hour_count >= *l) {
            return Err(Error::RateLimited {
                message: format!("the hourly quota of {limit} requests is used up"),
                retry_after_ms: Some(self.hour_start_ms + HOUR_MS - now_ms),
            });
        }
        self.day_count += 1;
        self.hour_count += 1;
        Ok(())
    }

    /// Records a vendor block of `wait_ms` from `now_ms`, kept no longer than
    /// `limits.max_block_ms`, with its reason; the longer of two blocks wins.
    /// Returns how long the block lasts.
    pub fn block(
        &mut self,
        limits: &QuotaLimits,
        now_ms: u64,
        wait_ms: u64,
        reason: String,
    ) -> u64 {
        let kept = wait_ms.min(limits.max_block_ms);
        let until = now_ms.saturating_add(kept);
        if until > self.block_end(limits) {
            self.blocked_until_ms = until;
            self.blocked_since_ms = now_ms;
            self.block_reason = Some(reason);
        }
        kept
    }

    /// When the block ends: as recorded, but never later than
    /// `max_block_ms` after it was set (a state written by an older kopru, or
    /// with another config, cannot hold a longer one).
    fn block_end(&self, limits: &QuotaLimits) -> u64 {
        self.blocked_until_ms
            .min(self.blocked_since_ms.saturating_add(limits.max_block_ms))
    }
}

/// `2026-12-05 08:06:37 UTC`: a Unix time in ms as an operator reads it.
pub fn utc_text(ms: u64) -> String {
    let date = crate::dates::Date::from_unix_ms(ms);
    let of_day = (ms % DAY_MS) / 1000;
    format!(
        "{} {:02}:{:02}:{:02} UTC",
        date.to_iso(),
        of_day / 3600,
        of_day / 60 % 60,
        of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hourly_limit_then_new_window() {
        let limits = QuotaLimits {
            per_day: Some(10),
            per_hour: Some(2),
            block_after_429_ms: 0,
            max_block_ms: HOUR_MS,
        };
        let mut quota = QuotaState::default();
        quota.take(&limits, 1000).unwrap();
        quota.take(&limits, 2000).unwrap();
        let err = quota.take(&limits, 3000).unwrap_err();
        assert_eq!(err.to_json()["retry_after_ms"], HOUR_MS - 2000);
        quota.take(&limits, 1000 + HOUR_MS).unwrap();
        assert_eq!(quota.day_count, 3);
    }

    #[test]
    fn vendor_block_capped_and_explained() {
        let limits = QuotaLimits {
            per_day: None,
            per_hour: None,
            block_after_429_ms: 0,
            max_block_ms: HOUR_MS,
        };
        let mut quota = QuotaState::default();
        let kept = quota.block(
            &limits,
            1000,
            10 * 365 * DAY_MS,
            "asked for ten years".into(),
        );
        assert_eq!(kept, HOUR_MS);
        assert_eq!(quota.blocked_until_ms, 1000 + HOUR_MS);
        let err = quota.take(&limits, 2000).unwrap_err();
        assert!(err.to_string().contains("asked for ten years"), "{err}");
        assert!(err.to_string().contains("1970-01-01 00:00:01 UTC"), "{err}");
        assert!(quota.take(&limits, 1000 + HOUR_MS).is_ok());
        let legacy = QuotaState {
            blocked_until_ms: 2_100_000_000_000,
            ..QuotaState::default()
        };
        assert!(
            legacy.clone().take(&limits, 1_700_000_000_000).is_ok(),
            "an old uncapped block ends"
        );
        assert_eq!(utc_text(1_764_921_997_000), "2025-12-05 08:06:37 UTC");
    }
}
