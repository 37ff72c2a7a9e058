//! Token traffic has hard bounds: 1,000 calls against the in-process
//! emulators across a matrix of token lifetimes, client clocks ahead and
//! behind by hours, and margins at and above the lifetime. Each call may make
//! at most two token requests, an hour at most `max_logins_per_hour`, and a
//! token is renewed only after it served most of its life.
//!
//! The emulators issue 3-hour (Tedbul) and 7-day (Entegra) tokens by their own
//! clock; a client clock shifted against it sees them live from 1 minute (ahead
//! by the lifetime less a minute) to 90 days (behind by 83 days), exactly as a
//! vendor issuing such tokens would look to it. Run with `--nocapture` for the
//! table of token requests per 1,000 calls in docs/RELIABILITY.md.

use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::{Error, ErrorKind, Service, Session, Step};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const T0: u64 = 1_780_000_000_000;
const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;
const CALLS: u64 = 1_000;
/// The default `max_logins_per_hour`.
const CAP: u64 = 20;
/// A cron run resumes from the exported state every this many calls.
const CALLS_PER_RUN: u64 = 10;

/// One scenario of the matrix.
struct Scenario {
    service: Service,
    /// The emulator's token lifetime (its own clock).
    server_lifetime: i64,
    /// How far the client's clock is ahead (positive) or behind.
    skew: i64,
    /// Time between two calls, by the emulator's clock.
    spacing: i64,
    /// Config keys added to the sandbox config.
    extra: Value,
}

/// What 1,000 calls did.
#[derive(Default)]
struct Tally {
    token_requests: u64,
    most_in_one_call: u64,
    errors: BTreeMap<&'static str, u64>,
    first_error: Option<String>,
}

fn is_token_request(url: &str) -> bool {
    url.contains("/token/obtain/") || url.contains("/token/refresh/") || url.ends_with("api/auth")
}

fn op_of(service: Service) -> &'static str {
    match service {
        Service::Entegra => "entegra.products.list",
        Service::Tedbul => "tedbul.ads.list",
        Service::Erp => "erp.products.list",
    }
}

fn config(service: Service, extra: &Value) -> Value {
    let mut config = sandbox_config(service);
    for (key, value) in extra.as_object().expect("extra is an object") {
        config[key] = value.clone();
    }
    config
}

fn run(scenario: &Scenario) -> Tally {
    let mut sandbox = Sandbox::new(scenario.service);
    let config = config(scenario.service, &scenario.extra);
    let mut state = Value::Null;
    let mut session = Session::from_json(&config, None).expect("config");
    let mut tally = Tally::default();
    for i in 0..CALLS {
        if i % CALLS_PER_RUN == 0 {
            session = Session::from_json(&config, Some(&state)).expect("state");
        }
        let server_now = T0 + i * scenario.spacing as u64;
        let client_now = server_now.saturating_add_signed(scenario.skew);
        let mut in_this_call = 0;
        let mut step = session.start(op_of(scenario.service), &json!({}), client_now);
        let outcome: Result<(), Error> = loop {
            match step {
                Ok(Step::Send { request, .. }) => {
                    if is_token_request(&request.url) {
                        in_this_call += 1;
                    }
                    let response = sandbox.handle(&request, server_now);
                    step = session.receive(&response, client_now);
                }
                Ok(Step::Done(_)) => break Ok(()),
                Err(error) => break Err(error),
            }
        };
        if let Err(error) = outcome {
            *tally.errors.entry(error.kind().as_str()).or_default() += 1;
            tally.first_error.get_or_insert_with(|| error.to_string());
        }
        tally.token_requests += in_this_call;
        tally.most_in_one_call = tally.most_in_one_call.max(in_this_call);
        state = session.export_state();
    }
    tally
}

/// The most token requests 1,000 calls may make: one per 80 % of the shorter
/// of the lifetime the client sees and the real one, plus a first login and a
/// fallback, and never more than the hourly cap allows over the span.
fn bound(scenario: &Scenario) -> u64 {
    let span = scenario.spacing * (CALLS as i64 - 1);
    let seen = scenario.server_lifetime - scenario.skew;
    let hours = span / HOUR + 1;
    let by_cap = CAP * hours as u64;
    if seen <= 0 {
        return by_cap;
    }
    let useful = (seen.min(scenario.server_lifetime) * 4 / 5).max(1);
    let by_lifetime = (span / useful) as u64 + 2;
    by_lifetime.min(by_cap)
}

fn scenarios() -> Vec<Scenario> {
    let tedbul = 3 * HOUR;
    let entegra = 7 * DAY;
    let mut all = Vec::new();
    let default = json!({});
    let margins_at_lifetime = json!({"token_margin_ms": 3 * HOUR, "refresh_ahead_ms": 3 * HOUR});
    let margins_above = json!({"token_margin_ms": DAY, "refresh_ahead_ms": 90 * DAY});
    for (service, lifetime) in [(Service::Tedbul, tedbul), (Service::Entegra, entegra)] {
        let skews = [
            0,
            3 * HOUR,
            6 * HOUR,
            -6 * HOUR,
            lifetime - MINUTE,
            lifetime,
            lifetime - 83 * DAY,
        ];
        for (index, skew) in skews.into_iter().enumerate() {
            if skews[..index].contains(&skew) {
                continue;
            }
            for spacing in [1_000, HOUR] {
                for extra in [&default, &margins_above] {
                    all.push(Scenario {
                        service,
                        server_lifetime: lifetime,
                        skew,
                        spacing,
                        extra: extra.clone(),
                    });
                }
            }
        }
        for spacing in [1_000, MINUTE] {
            all.push(Scenario {
                service,
                server_lifetime: lifetime,
                skew: 0,
                spacing,
                extra: margins_at_lifetime.clone(),
            });
        }
    }
    all
}

fn shown(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "+" };
    let ms = ms.abs();
    if ms >= DAY && ms % HOUR == 0 {
        let hours = ms % DAY / HOUR;
        let rest = if hours > 0 {
            format!("{hours}h")
        } else {
            String::new()
        };
        format!("{sign}{}d{rest}", ms / DAY)
    } else if ms >= HOUR {
        format!("{sign}{}h{:02}m", ms / HOUR, ms % HOUR / MINUTE)
    } else {
        format!("{sign}{}m", ms / MINUTE)
    }
}

#[test]
fn token_requests_per_thousand_calls_stay_within_their_bounds() {
    println!("| service | client clock | lifetime seen | call every | margins | token requests / 1,000 calls | bound | errors |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut failures = Vec::new();
    for scenario in scenarios() {
        let tally = run(&scenario);
        let bound = bound(&scenario);
        let seen = scenario.server_lifetime - scenario.skew;
        let margins = match scenario
            .extra
            .get("token_margin_ms")
            .and_then(Value::as_i64)
        {
            None => "default",
            Some(m) if m == DAY => "above",
            Some(_) => "at lifetime",
        };
        let errors: Vec<String> = tally
            .errors
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect();
        println!(
            "| {} | {} | {} | {} | {margins} | {} | {bound} | {} |",
            scenario.service.name(),
            shown(scenario.skew),
            if seen > 0 {
                shown(seen)
            } else {
                "expired".into()
            },
            match scenario.spacing {
                1_000 => "1 s".to_string(),
                spacing => shown(spacing).replace('+', ""),
            },
            tally.token_requests,
            if errors.is_empty() {
                "0".into()
            } else {
                errors.join(", ")
            },
        );
        let name = format!(
            "{} skew {} every {} ms margins {margins}",
            scenario.service.name(),
            shown(scenario.skew),
            scenario.spacing
        );
        if tally.token_requests > bound {
            failures.push(format!(
                "{name}: {} token requests > {bound}",
                tally.token_requests
            ));
        }
        if tally.most_in_one_call > 2 {
            failures.push(format!(
                "{name}: {} token requests in one call",
                tally.most_in_one_call
            ));
        }
        let only_auth = tally
            .errors
            .keys()
            .all(|kind| *kind == ErrorKind::Auth.as_str());
        if !only_auth {
            failures.push(format!(
                "{name}: {:?} ({:?})",
                tally.errors, tally.first_error
            ));
        }
        // A token the client sees living an hour or more serves every call.
        if seen >= HOUR && !tally.errors.is_empty() {
            failures.push(format!("{name}: errors {:?}", tally.first_error));
        }
        if seen <= 0 {
            let said = tally.first_error.clone().unwrap_or_default();
            if !said.contains("clock skew") {
                failures.push(format!("{name}: no clock-skew error: {said}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_token_living_a_day_is_renewed_about_once_a_day() {
    // The probe saw one Entegra refresh per call for access tokens ≤ 1 day.
    let scenario = Scenario {
        service: Service::Entegra,
        server_lifetime: 7 * DAY,
        skew: 6 * DAY,
        spacing: MINUTE,
        extra: json!({}),
    };
    let tally = run(&scenario);
    // 1,000 minutes is 16.7 hours: the first login and at most one renewal.
    assert!(tally.token_requests <= 2, "{}", tally.token_requests);
    assert!(tally.errors.is_empty(), "{:?}", tally.first_error);
}

#[test]
fn a_clock_ahead_of_the_token_life_is_reported_with_both_times() {
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let mut session = Session::from_json(&sandbox_config(Service::Tedbul), None).unwrap();
    let client_now = T0 + 4 * HOUR as u64;
    let Ok(Step::Send { request, .. }) = session.start("tedbul.ads.list", &json!({}), client_now)
    else {
        panic!("a login first")
    };
    let login = sandbox.handle(&request, T0);
    let err = session.receive(&login, client_now).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth);
    let text = err.to_string();
    assert!(text.contains("clock skew suspected"), "{text}");
    assert!(
        text.contains("expires at 2026-05-28 23:26:40 UTC"),
        "{text}"
    );
    assert!(
        text.contains("clock says 2026-05-29 00:26:40 UTC"),
        "{text}"
    );
    assert_eq!(sandbox.login_count(), 1);
}

#[test]
fn the_hourly_cap_refuses_before_logging_in_and_survives_a_restart() {
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let config = config(Service::Tedbul, &json!({"max_logins_per_hour": 3}));
    let mut state = Value::Null;
    let mut last_error = None;
    for i in 0..10u64 {
        // Every run finds its token expired by the vendor: it logs in again.
        sandbox.expire_tokens();
        let mut session = Session::from_json(&config, Some(&state)).unwrap();
        let now = T0 + i * 60_000;
        let mut step = session.start("tedbul.ads.list", &json!({}), now);
        while let Ok(Step::Send { request, .. }) = step {
            step = session.receive(&sandbox.handle(&request, now), now);
        }
        if let Err(err) = step {
            last_error = Some(err);
        }
        state = session.export_state();
    }
    assert_eq!(sandbox.login_count(), 3, "three logins, then refusals");
    let last = last_error.expect("refused");
    assert_eq!(last.kind(), ErrorKind::Auth);
    assert!(
        last.to_string().contains("max_logins_per_hour = 3"),
        "{last}"
    );
    assert_eq!(state["token_requests"].as_array().unwrap().len(), 3);
}

#[test]
fn a_huge_token_margin_is_a_config_error_not_a_hang() {
    for (key, value) in [
        ("token_margin_ms", json!(u64::MAX)),
        ("refresh_ahead_ms", json!(u64::MAX)),
        ("max_logins_per_hour", json!(0)),
    ] {
        let err =
            Session::from_json(&config(Service::Tedbul, &json!({ key: value })), None).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{key}");
        assert!(err.to_string().contains(key), "{err}");
    }
}

#[test]
fn the_deadline_bounds_the_login_too() {
    let mut session = Session::from_json(
        &config(Service::Tedbul, &json!({"retry": {"deadline_ms": 1000}})),
        None,
    )
    .unwrap();
    let Ok(Step::Send { .. }) = session.start("tedbul.ads.list", &json!({}), T0) else {
        panic!("a login first")
    };
    let busy = kopru_core::HttpResponse {
        status: 503,
        headers: vec![],
        body: String::new(),
    };
    let mut outcome = session.receive(&busy, T0 + 900);
    let mut rounds = 0;
    while let Ok(Step::Send { .. }) = outcome {
        rounds += 1;
        outcome = session.receive(&busy, T0 + 900 + rounds);
    }
    let err = outcome.unwrap_err();
    assert!(err.to_string().contains("deadline"), "{err}");
}
