//! Reliability of the session: retry schedules, Retry-After, deadlines,
//! vendor blocks and the token lifecycle, driven against the sandbox.

use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::{ErrorKind, HttpResponse, Service, Session, Step};
use serde_json::{json, Value};

const NOW: u64 = 1_700_000_000_000;
const DAY: u64 = 86_400_000;

fn status(code: u16, headers: &[(&str, &str)]) -> HttpResponse {
    HttpResponse {
        status: code,
        headers: headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        body: String::new(),
    }
}

fn session(service: Service, extra: Value) -> Session {
    let mut config = sandbox_config(service);
    for (key, value) in extra.as_object().unwrap() {
        config[key] = value.clone();
    }
    Session::from_json(&config, None).unwrap()
}

fn wait_of(step: Step) -> u64 {
    match step {
        Step::Send { after_ms, .. } => after_ms.unwrap_or(0),
        Step::Done(result) => panic!("expected a retry, got {}", result.to_value()),
    }
}

/// Runs a call to its end against the sandbox; returns the result and the requests sent.
fn call(
    session: &mut Session,
    sandbox: &mut Sandbox,
    op: &str,
    now: u64,
) -> (Result<Value, kopru_core::Error>, Vec<String>) {
    let mut sent = Vec::new();
    let mut step = session.start(op, &json!({}), now);
    loop {
        match step {
            Ok(Step::Send { request, .. }) => {
                sent.push(request.url.clone());
                let response = sandbox.handle(&request, now);
                step = session.receive(&response, now);
            }
            Ok(Step::Done(result)) => return (Ok(result.into_value()), sent),
            Err(err) => return (Err(err), sent),
        }
    }
}

#[test]
fn the_back_off_schedule_is_exact_for_a_seed() {
    let schedule = |seed: u64| -> Vec<u64> {
        let mut s = session(
            Service::Erp,
            json!({"max_retries": 5, "retry": {"deadline_ms": 600000}}),
        );
        s.seed_jitter(seed);
        s.start("erp.products.list", &json!({}), NOW).unwrap();
        (0..5)
            .map(|_| wait_of(s.receive(&status(503, &[]), NOW).unwrap()))
            .collect()
    };
    let first = schedule(11);
    assert_eq!(first, schedule(11), "same seed, same schedule");
    assert_ne!(first, schedule(12), "another seed, another schedule");
    for (attempt, wait) in first.iter().enumerate() {
        assert!(*wait <= (500u64 << attempt).min(30_000), "{first:?}");
    }
}

#[test]
fn retries_stop_at_max_retries_and_at_statuses_not_in_the_policy() {
    let mut s = session(Service::Erp, json!({"max_retries": 2}));
    s.start("erp.products.list", &json!({}), NOW).unwrap();
    wait_of(s.receive(&status(500, &[]), NOW).unwrap());
    wait_of(s.receive(&status(502, &[]), NOW).unwrap());
    let err = s.receive(&status(503, &[]), NOW).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    let mut s = session(Service::Erp, json!({"retry": {"retry_statuses": [503]}}));
    s.start("erp.products.list", &json!({}), NOW).unwrap();
    assert_eq!(
        s.receive(&status(500, &[]), NOW).unwrap_err().kind(),
        ErrorKind::Api
    );
}

#[test]
fn retry_after_in_seconds_and_as_an_http_date() {
    let mut s = session(Service::Erp, json!({}));
    s.start("erp.products.list", &json!({}), NOW).unwrap();
    assert_eq!(
        wait_of(
            s.receive(&status(429, &[("Retry-After", "3")]), NOW)
                .unwrap()
        ),
        3000
    );
    // 2023-11-14 22:13:30 GMT is NOW + 10 s.
    let date = "Tue, 14 Nov 2023 22:13:30 GMT";
    assert_eq!(
        wait_of(
            s.receive(&status(429, &[("Retry-After", date)]), NOW)
                .unwrap()
        ),
        10_000
    );
}

#[test]
fn a_long_retry_after_blocks_the_session_until_then() {
    let mut s = session(Service::Erp, json!({}));
    s.start("erp.products.list", &json!({}), NOW).unwrap();
    let err = s
        .receive(&status(429, &[("Retry-After", "120")]), NOW)
        .unwrap_err();
    assert_eq!(err.to_json()["retry_after_ms"], 120_000);
    let blocked = s
        .start("erp.products.list", &json!({}), NOW + 1000)
        .unwrap_err();
    assert_eq!(
        blocked.kind(),
        ErrorKind::RateLimited,
        "nothing is sent while blocked"
    );
    assert!(s
        .start("erp.products.list", &json!({}), NOW + 120_000)
        .is_ok());
}

#[test]
fn an_entegra_429_respects_the_fifteen_minute_block() {
    let mut s = session(Service::Entegra, json!({}));
    s.start("entegra.auth.obtain", &json!({}), NOW).unwrap();
    let err = s.receive(&status(429, &[]), NOW).unwrap_err();
    assert_eq!(err.to_json()["retry_after_ms"], 15 * 60_000);
    let still = s
        .start("entegra.products.list", &json!({}), NOW + 14 * 60_000)
        .unwrap_err();
    assert_eq!(still.kind(), ErrorKind::RateLimited);
}

#[test]
fn the_deadline_bounds_a_call_across_retries() {
    let mut s = session(
        Service::Erp,
        json!({"max_retries": 10, "retry": {"deadline_ms": 5000, "base_ms": 4000}}),
    );
    s.seed_jitter(3);
    s.start("erp.products.list", &json!({}), NOW).unwrap();
    let mut now = NOW;
    let err = loop {
        match s.receive(&status(503, &[]), now) {
            Ok(step) => now += wait_of(step),
            Err(err) => break err,
        }
    };
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(err.to_string().contains("deadline"), "{err}");
    assert!(now <= NOW + 5000);
}

#[test]
fn the_early_window_refreshes_ahead_and_survives_a_failed_refresh() {
    let mut sandbox = Sandbox::new(Service::Entegra);
    let mut s = session(Service::Entegra, json!({}));
    call(&mut s, &mut sandbox, "entegra.products.list", NOW)
        .0
        .unwrap();
    // Six and a half days later the 7-day token is inside the 1-day early window.
    let later = NOW + 6 * DAY + DAY / 2;
    let step = s.start("entegra.products.list", &json!({}), later).unwrap();
    let Step::Send { request, .. } = step else {
        panic!()
    };
    assert!(
        request.url.ends_with("/token/refresh/"),
        "renews ahead of expiry"
    );
    let Step::Send { request, .. } = s.receive(&status(503, &[]), later).unwrap() else {
        panic!()
    };
    assert!(
        request.url.contains("/product/page=1/"),
        "a failed early refresh does not block the call"
    );
    let before = s.export_state()["access_token"].clone();
    assert!(request
        .header("Authorization")
        .unwrap()
        .ends_with(before.as_str().unwrap()));
    // Within the pause the next call goes straight out.
    s.receive(&sandbox.handle(&request, later), later).unwrap();
    let Step::Send { request, .. } = s
        .start("entegra.products.list", &json!({}), later + 1000)
        .unwrap()
    else {
        panic!()
    };
    assert!(request.url.contains("/product/"));
}

#[test]
fn a_thousand_calls_log_in_once() {
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let mut s = session(Service::Tedbul, json!({}));
    for i in 0..1000 {
        call(&mut s, &mut sandbox, "tedbul.ads.list", NOW + i * 1000)
            .0
            .unwrap();
    }
    assert_eq!(sandbox.login_count(), 1);
}

#[test]
fn a_hundred_sessions_resumed_from_state_log_in_once() {
    let mut sandbox = Sandbox::new(Service::Entegra);
    let mut state = Value::Null;
    for i in 0..100 {
        let mut s = Session::from_json(&sandbox_config(Service::Entegra), Some(&state)).unwrap();
        for j in 0..10 {
            call(
                &mut s,
                &mut sandbox,
                "entegra.products.list",
                NOW + i * 60_000 + j,
            )
            .0
            .unwrap();
        }
        state = s.export_state();
    }
    assert_eq!(sandbox.login_count(), 1);
}

#[test]
fn a_token_refused_twice_is_an_auth_error_without_a_loop() {
    let mut s = session(Service::Tedbul, json!({}));
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let (_, sent) = call(&mut s, &mut sandbox, "tedbul.ads.list", NOW);
    assert_eq!(sent.len(), 2);
    s.start("tedbul.ads.list", &json!({}), NOW).unwrap();
    let refusal = HttpResponse {
        status: 401,
        headers: vec![],
        body: r#"{"message":"Unauthenticated."}"#.into(),
    };
    let Step::Send { request, .. } = s.receive(&refusal, NOW).unwrap() else {
        panic!()
    };
    assert!(request.url.ends_with("api/auth"), "one re-authentication");
    let login = sandbox.handle(&request, NOW);
    s.receive(&login, NOW).unwrap();
    let err = s.receive(&refusal, NOW).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth);
}
