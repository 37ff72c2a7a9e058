//! The fault knobs and the decision, for each service request, of which fault it gets.
//!
//! Counted knobs (`*_next`) hit the next requests in a fixed order; rates hit a
//! share of requests chosen by a seeded SplitMix64 source, one draw per service
//! request, so the same seed and the same request sequence give the same faults.

use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The 5xx statuses a `fail_rate` fault draws from.
const RATE_STATUSES: [u16; 4] = [500, 502, 503, 504];

/// The fault knobs in force.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Faults {
    /// Milliseconds to wait before answering each service request.
    pub latency_ms: u64,
    /// How many of the next service requests are answered with `fail_status`.
    pub fail_next: u32,
    /// The status of a `fail_next` failure.
    pub fail_status: u16,
    /// Seconds for a `Retry-After` header on `fail_next` failures; none when absent.
    pub retry_after: Option<u64>,
    /// How many of the next service requests get their connection closed with no answer.
    pub drop_next: u32,
    /// How many of the next service requests are answered by the emulator (a
    /// write is applied), then cut: headers and half the body, and the connection closes.
    pub reset_mid_body_next: u32,
    /// How many of the next service requests are answered by the emulator, then
    /// delivered slowly: headers at once, the body spread over `slow_body_ms`.
    pub slow_body_next: u32,
    /// How long a slow body takes to arrive, in milliseconds.
    pub slow_body_ms: u64,
    /// The seed of the source that picks the requests hit by the rates.
    pub seed: u64,
    /// The share of service requests closed with no answer (as `drop_next`).
    pub drop_rate: f64,
    /// The share of service requests answered with 500, 502, 503 or 504 (drawn).
    pub fail_rate: f64,
    /// The share of service requests answered with 429 and `Retry-After: throttle_retry_after`.
    pub throttle_rate: f64,
    /// Seconds of the `Retry-After` header of a `throttle_rate` answer.
    pub throttle_retry_after: u64,
    /// The share of service requests cut mid-body (as `reset_mid_body_next`).
    pub reset_mid_body_rate: f64,
    /// The share of service requests delivered slowly (as `slow_body_next`).
    pub slow_body_rate: f64,
    /// Every this many requests to a service, all its tokens expire (0: never).
    pub expire_tokens_every: u64,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            latency_ms: 0,
            fail_next: 0,
            fail_status: 500,
            retry_after: None,
            drop_next: 0,
            reset_mid_body_next: 0,
            slow_body_next: 0,
            slow_body_ms: 2000,
            seed: 0,
            drop_rate: 0.0,
            fail_rate: 0.0,
            throttle_rate: 0.0,
            throttle_retry_after: 1,
            reset_mid_body_rate: 0.0,
            slow_body_rate: 0.0,
            expire_tokens_every: 0,
        }
    }
}

/// A change to the fault knobs, as posted to `/_admin/faults`: absent keys keep their value.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultsPatch {
    /// Sets [`Faults::latency_ms`].
    pub latency_ms: Option<u64>,
    /// Sets [`Faults::fail_next`].
    pub fail_next: Option<u32>,
    /// Sets [`Faults::fail_status`] (400..=599).
    pub fail_status: Option<u16>,
    /// Sets [`Faults::retry_after`]; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    pub retry_after: Option<Option<u64>>,
    /// Sets [`Faults::drop_next`].
    pub drop_next: Option<u32>,
    /// Sets [`Faults::reset_mid_body_next`].
    pub reset_mid_body_next: Option<u32>,
    /// Sets [`Faults::slow_body_next`].
    pub slow_body_next: Option<u32>,
    /// Sets [`Faults::slow_body_ms`].
    pub slow_body_ms: Option<u64>,
    /// Sets [`Faults::seed`] and restarts the random source from it.
    pub seed: Option<u64>,
    /// Sets [`Faults::drop_rate`] (0..=1).
    pub drop_rate: Option<f64>,
    /// Sets [`Faults::fail_rate`] (0..=1).
    pub fail_rate: Option<f64>,
    /// Sets [`Faults::throttle_rate`] (0..=1).
    pub throttle_rate: Option<f64>,
    /// Sets [`Faults::throttle_retry_after`].
    pub throttle_retry_after: Option<u64>,
    /// Sets [`Faults::reset_mid_body_rate`] (0..=1).
    pub reset_mid_body_rate: Option<f64>,
    /// Sets [`Faults::slow_body_rate`] (0..=1).
    pub slow_body_rate: Option<f64>,
    /// Sets [`Faults::expire_tokens_every`].
    pub expire_tokens_every: Option<u64>,
    /// `true` invalidates every token issued so far, in every service.
    pub expire_tokens: Option<bool>,
}

/// Tells a present `null` (`Some(None)`) from an absent key (`None`).
fn nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<u64>>, D::Error> {
    Option::<u64>::deserialize(d).map(Some)
}

/// What happens to one service request, decided before it is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// The emulator answers and the answer is sent whole.
    Answer,
    /// An injected error answer; the emulator never sees the request.
    Fail {
        /// The status.
        status: u16,
        /// Seconds for a `Retry-After` header, if any.
        retry_after: Option<u64>,
    },
    /// The connection closes with no answer; the emulator never sees the request.
    Drop,
    /// The emulator answers; headers and half the body are sent, then the connection closes.
    Cut,
    /// The emulator answers; the body is spread over this long.
    Slow(Duration),
}

impl Plan {
    /// The name of the fault, as counted in the stats; `None` for a plain answer.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Plan::Answer => None,
            Plan::Fail { status: 429, .. } => Some("throttled"),
            Plan::Fail { .. } => Some("failed"),
            Plan::Drop => Some("dropped"),
            Plan::Cut => Some("reset_mid_body"),
            Plan::Slow(_) => Some("slow_body"),
        }
    }

    /// Whether the emulator handles the request under this plan.
    pub fn reaches_emulator(self) -> bool {
        matches!(self, Plan::Answer | Plan::Cut | Plan::Slow(_))
    }
}

/// The knobs together with the random source the rates draw from.
#[derive(Debug, Default)]
pub struct FaultState {
    knobs: Faults,
    rng: SplitMix64,
}

impl FaultState {
    /// The knobs in force.
    pub fn knobs(&self) -> &Faults {
        &self.knobs
    }

    /// Applies a patch after checking it whole; on error nothing changes.
    pub fn apply(&mut self, patch: &FaultsPatch) -> Result<(), String> {
        if patch.fail_status.is_some_and(|s| !(400..=599).contains(&s)) {
            return Err("fail_status must be within 400..=599".into());
        }
        let mut next = self.knobs.clone();
        let rates = [
            ("drop_rate", patch.drop_rate, &mut next.drop_rate),
            ("fail_rate", patch.fail_rate, &mut next.fail_rate),
            (
                "throttle_rate",
                patch.throttle_rate,
                &mut next.throttle_rate,
            ),
            (
                "reset_mid_body_rate",
                patch.reset_mid_body_rate,
                &mut next.reset_mid_body_rate,
            ),
            (
                "slow_body_rate",
                patch.slow_body_rate,
                &mut next.slow_body_rate,
            ),
        ];
        for (name, value, slot) in rates {
            if let Some(v) = value {
                if !(0.0..=1.0).contains(&v) {
                    return Err(format!("{name} must be within 0..=1"));
                }
                *slot = v;
            }
        }
        if next.rates().iter().sum::<f64>() > 1.0 + 1e-9 {
            return Err("the rates add up to more than 1".into());
        }
        let set = |slot: &mut u64, value: Option<u64>| {
            if let Some(v) = value {
                *slot = v;
            }
        };
        set(&mut next.latency_ms, patch.latency_ms);
        set(&mut next.slow_body_ms, patch.slow_body_ms);
        set(&mut next.throttle_retry_after, patch.throttle_retry_after);
        set(&mut next.expire_tokens_every, patch.expire_tokens_every);
        set(&mut next.seed, patch.seed);
        let count = |slot: &mut u32, value: Option<u32>| {
            if let Some(v) = value {
                *slot = v;
            }
        };
        count(&mut next.fail_next, patch.fail_next);
        count(&mut next.drop_next, patch.drop_next);
        count(&mut next.reset_mid_body_next, patch.reset_mid_body_next);
        count(&mut next.slow_body_next, patch.slow_body_next);
        if let Some(v) = patch.fail_status {
            next.fail_status = v;
        }
        if let Some(v) = patch.retry_after {
            next.retry_after = v;
        }
        if let Some(seed) = patch.seed {
            self.rng = SplitMix64(seed);
        }
        self.knobs = next;
        Ok(())
    }

    /// The plan for the next service request; counted knobs go first, then the rates.
    pub fn plan(&mut self) -> Plan {
        let draw = self.rng.next();
        let knobs = &mut self.knobs;
        let slow = Plan::Slow(Duration::from_millis(knobs.slow_body_ms));
        if take(&mut knobs.drop_next) {
            return Plan::Drop;
        }
        if take(&mut knobs.fail_next) {
            return Plan::Fail {
                status: knobs.fail_status,
                retry_after: knobs.retry_after,
            };
        }
        if take(&mut knobs.reset_mid_body_next) {
            return Plan::Cut;
        }
        if take(&mut knobs.slow_body_next) {
            return slow;
        }
        // The top 53 bits give a uniform share in [0, 1); the low bits pick the 5xx status.
        let share = (draw >> 11) as f64 / (1u64 << 53) as f64;
        let plans = [
            Plan::Drop,
            Plan::Fail {
                status: RATE_STATUSES[(draw % 4) as usize],
                retry_after: None,
            },
            Plan::Fail {
                status: 429,
                retry_after: Some(knobs.throttle_retry_after),
            },
            Plan::Cut,
            slow,
        ];
        let mut band = 0.0;
        for (rate, plan) in knobs.rates().into_iter().zip(plans) {
            band += rate;
            if share < band {
                return plan;
            }
        }
        Plan::Answer
    }
}

impl Faults {
    /// The rates in the order their bands are laid out.
    fn rates(&self) -> [f64; 5] {
        [
            self.drop_rate,
            self.fail_rate,
            self.throttle_rate,
            self.reset_mid_body_rate,
            self.slow_body_rate,
        ]
    }
}

/// Takes one from a counter; false when it was already zero.
fn take(counter: &mut u32) -> bool {
    if *counter == 0 {
        return false;
    }
    *counter -= 1;
    true
}

/// SplitMix64 (Steele, Lea and Flood), the same generator as the core's jitter.
#[derive(Debug, Default)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(patch: serde_json::Value) -> FaultState {
        let mut state = FaultState::default();
        state
            .apply(&serde_json::from_value(patch).unwrap())
            .unwrap();
        state
    }

    #[test]
    fn counted_knobs_come_first_in_a_fixed_order() {
        let mut state = state(serde_json::json!({
            "slow_body_next": 1, "reset_mid_body_next": 1, "fail_next": 1, "drop_next": 1,
            "fail_status": 418, "slow_body_ms": 5, "fail_rate": 1.0
        }));
        let plans: Vec<Plan> = (0..4).map(|_| state.plan()).collect();
        assert_eq!(
            plans,
            [
                Plan::Drop,
                Plan::Fail {
                    status: 418,
                    retry_after: None
                },
                Plan::Cut,
                Plan::Slow(Duration::from_millis(5)),
            ]
        );
        assert!(matches!(state.plan(), Plan::Fail { status, .. } if status >= 500));
    }

    #[test]
    fn rates_hit_their_share_and_repeat_with_the_seed() {
        let patch = serde_json::json!({
            "seed": 42, "drop_rate": 0.1, "fail_rate": 0.2, "throttle_rate": 0.1,
            "reset_mid_body_rate": 0.1, "slow_body_rate": 0.1
        });
        let mut first = state(patch.clone());
        let plans: Vec<Plan> = (0..10_000).map(|_| first.plan()).collect();
        let mut again = state(patch);
        assert!(plans.iter().all(|p| *p == again.plan()));
        let share = |wanted: fn(&Plan) -> bool| {
            plans.iter().filter(|p| wanted(p)).count() as f64 / plans.len() as f64
        };
        let near = |value: f64, expected: f64| (value - expected).abs() < 0.02;
        assert!(near(share(|p| *p == Plan::Answer), 0.4));
        assert!(near(share(|p| *p == Plan::Drop), 0.1));
        assert!(near(
            share(|p| matches!(p, Plan::Fail { status, .. } if *status >= 500)),
            0.2
        ));
        assert!(near(
            share(|p| *p
                == Plan::Fail {
                    status: 429,
                    retry_after: Some(1)
                }),
            0.1
        ));
        assert!(near(share(|p| *p == Plan::Cut), 0.1));
        assert!(near(share(|p| matches!(p, Plan::Slow(_))), 0.1));
        for status in RATE_STATUSES {
            assert!(plans
                .iter()
                .any(|p| matches!(p, Plan::Fail { status: s, .. } if *s == status)));
        }
    }

    #[test]
    fn bad_rates_change_nothing() {
        let mut state = state(serde_json::json!({"fail_rate": 0.5}));
        for patch in [
            serde_json::json!({"drop_rate": 1.5}),
            serde_json::json!({"throttle_rate": -0.1}),
            serde_json::json!({"slow_body_rate": 0.6, "latency_ms": 9}),
        ] {
            let patch: FaultsPatch = serde_json::from_value(patch).unwrap();
            assert!(state.apply(&patch).is_err());
        }
        assert_eq!(state.knobs().latency_ms, 0);
        assert_eq!(state.knobs().slow_body_rate, 0.0);
    }
}
