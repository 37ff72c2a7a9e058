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
}

impl QuotaState {
    /// Counts one request at `now_ms`, or says when one may be sent again.
    pub fn take(&mut self, limits: &QuotaLimits, now_ms: u64) -> Result<(), Error> {
        if now_ms < self.blocked_until_ms {
            return Err(Error::RateLimited {
                message: "the service blocked further requests after a 429".into(),
                retry_after_ms: Some(self.blocked_until_ms - now_ms),
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

    /// Records a vendor block lasting until `until_ms`.
    pub fn block_until(&mut self, until_ms: u64) {
        self.blocked_until_ms = self.blocked_until_ms.max(until_ms);
    }
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
    fn vendor_block() {
        let limits = QuotaLimits {
            per_day: None,
            per_hour: None,
            block_after_429_ms: 0,
        };
        let mut quota = QuotaState::default();
        quota.block_until(5000);
        assert!(quota.take(&limits, 4000).is_err());
        assert!(quota.take(&limits, 5000).is_ok());
    }
}
