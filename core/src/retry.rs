//! The retry policy as data: which failures are retried, how long to wait
//! (exponential back-off with full jitter), `Retry-After`, and the total
//! deadline of a call. The random source is an input ([`Jitter`], seeded by
//! the caller), so a test can assert an exact schedule.

use crate::config::bounded;
use crate::dates::Date;
use crate::error::Error;
use serde_json::{Map, Value};

/// How a session retries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The back-off ceiling of the first retry; it doubles with every attempt.
    pub base_ms: u64,
    /// The largest back-off ceiling.
    pub cap_ms: u64,
    /// The longest `Retry-After` the session waits for by itself; a longer one
    /// is returned to the caller as a `rate_limited` error.
    pub max_retry_after_ms: u64,
    /// Statuses retried for operations that are safe to repeat (429 is always
    /// retried: the vendor did not process the request).
    pub retry_statuses: Vec<u16>,
    /// The most time one call may take across all its attempts and waits.
    pub deadline_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_ms: 500,
            cap_ms: 30_000,
            max_retry_after_ms: 60_000,
            retry_statuses: vec![500, 502, 503, 504],
            deadline_ms: 120_000,
        }
    }
}

impl RetryPolicy {
    /// The policy from the config's `retry` object (every key optional) and `max_retries`.
    pub fn from_json(
        retry: Option<&Value>,
        max_retries: Option<u64>,
    ) -> Result<RetryPolicy, Error> {
        let mut policy = RetryPolicy::default();
        let empty = Map::new();
        let map = match retry {
            None | Some(Value::Null) => &empty,
            Some(Value::Object(map)) => map,
            Some(_) => return Err(Error::config("`retry` must be an object")),
        };
        let known = [
            "base_ms",
            "cap_ms",
            "max_retry_after_ms",
            "retry_statuses",
            "deadline_ms",
        ];
        if let Some(unknown) = map.keys().find(|k| !known.contains(&k.as_str())) {
            return Err(Error::config(format!(
                "unknown retry key {unknown:?} (known: {})",
                known.join(", ")
            )));
        }
        const DAY_MS: u64 = 86_400_000;
        let number = |key: &str, range| bounded(map, &format!("retry.{key}"), range);
        if let Some(n) = max_retries {
            policy.max_retries =
                u32::try_from(n).map_err(|_| Error::config("`max_retries` is too large"))?;
        }
        policy.base_ms = number("base_ms", 0..=3_600_000)?.unwrap_or(policy.base_ms);
        policy.cap_ms = number("cap_ms", 0..=DAY_MS)?.unwrap_or(policy.cap_ms);
        policy.max_retry_after_ms =
            number("max_retry_after_ms", 0..=DAY_MS)?.unwrap_or(policy.max_retry_after_ms);
        policy.deadline_ms = number("deadline_ms", 1..=DAY_MS)?.unwrap_or(policy.deadline_ms);
        if let Some(statuses) = map.get("retry_statuses").filter(|v| !v.is_null()) {
            policy.retry_statuses = statuses
                .as_array()
                .and_then(|list| {
                    list.iter()
                        .map(|s| {
                            s.as_u64()
                                .filter(|n| (100..=599).contains(n))
                                .and_then(|n| u16::try_from(n).ok())
                        })
                        .collect::<Option<Vec<u16>>>()
                })
                .ok_or_else(|| {
                    Error::config("retry.retry_statuses must be a list of HTTP statuses")
                })?;
        }
        Ok(policy)
    }

    /// The wait before retry number `attempt` (1-based): a uniform draw from
    /// `[0, min(cap, base × 2^(attempt−1))]` ("full jitter").
    pub fn backoff_ms(&self, attempt: u32, jitter: &mut Jitter) -> u64 {
        let ceiling = self
            .base_ms
            .saturating_mul(1u64 << attempt.saturating_sub(1).min(32))
            .min(self.cap_ms);
        jitter.below(ceiling.saturating_add(1))
    }
}

/// A small deterministic random source (SplitMix64). The session never draws
/// entropy itself: the caller seeds it (the bundled clients from the OS).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jitter(u64);

impl Jitter {
    /// A source with this seed.
    pub fn new(seed: u64) -> Jitter {
        Jitter(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform draw from `[0, bound)`; 0 when `bound` is 0.
    pub fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 {
            return 0;
        }
        ((u128::from(self.next_u64()) * u128::from(bound)) >> 64) as u64
    }
}

/// The wait a `Retry-After` header asks for: delta-seconds or an HTTP date
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), relative to `now_ms`.
pub fn parse_retry_after(value: &str, now_ms: u64) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds.saturating_mul(1000));
    }
    http_date_ms(value).map(|at| at.saturating_sub(now_ms))
}

/// Parses an IMF-fixdate (RFC 9110 §5.6.7) into Unix milliseconds.
fn http_date_ms(text: &str) -> Option<u64> {
    let (_, rest) = text.split_once(", ")?;
    let mut parts = rest.split(' ');
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i32 = parts.next()?.parse().ok()?;
    let clock = parts.next()?;
    if parts.next()? != "GMT" {
        return None;
    }
    let date = Date::new(year, month, day)?;
    crate::dates::parse_datetime_ms(&format!("{} {clock}", date.to_iso()), 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn full_jitter_schedule_is_exact_for_a_seed() {
        let policy = RetryPolicy::default();
        let mut jitter = Jitter::new(42);
        let schedule: Vec<u64> = (1..=6).map(|a| policy.backoff_ms(a, &mut jitter)).collect();
        let mut again = Jitter::new(42);
        let repeat: Vec<u64> = (1..=6).map(|a| policy.backoff_ms(a, &mut again)).collect();
        assert_eq!(schedule, repeat);
        for (attempt, wait) in (1..=6).zip(&schedule) {
            let ceiling = (500u64 << (attempt - 1)).min(30_000);
            assert!(*wait <= ceiling, "attempt {attempt}: {wait} > {ceiling}");
        }
        assert_ne!(
            schedule,
            (1..=6)
                .map(|a| policy.backoff_ms(a, &mut Jitter::new(7)))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn jitter_draws_cover_the_range() {
        let mut jitter = Jitter::new(1);
        let draws: Vec<u64> = (0..2000).map(|_| jitter.below(10)).collect();
        for value in 0..10 {
            assert!(draws.contains(&value));
        }
        assert!(draws.iter().all(|d| *d < 10));
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(parse_retry_after("7", 0), Some(7000));
        let now = 784_111_777_000 - 5000;
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(5000)
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now + 9000),
            Some(0)
        );
        assert_eq!(parse_retry_after("soon", 0), None);
        assert_eq!(parse_retry_after("Sun, 06 Foo 1994 08:49:37 GMT", 0), None);
    }

    #[test]
    fn policy_from_config() {
        let policy = RetryPolicy::from_json(
            Some(&json!({"retry_statuses": [503], "deadline_ms": 5})),
            Some(1),
        )
        .unwrap();
        assert_eq!((policy.max_retries, policy.deadline_ms), (1, 5));
        assert_eq!(policy.retry_statuses, vec![503]);
        assert!(RetryPolicy::from_json(Some(&json!({"tries": 3})), None).is_err());
    }
}
