//! The session's failure paths besides token traffic (see token_traffic.rs):
//! blocks capped by policy and explained, configs checked before anything
//! runs, unusable states set aside, Tedbul's `status:false`/`code:401`
//! refusal, and paths that drift between two spellings.

use kopru_core::sandbox::{sandbox_config, Sandbox};
use kopru_core::{Error, ErrorKind, HttpResponse, Service, Session, Step};
use serde_json::{json, Value};

const NOW: u64 = 1_780_000_000_000;
const HOUR: u64 = 3_600_000;

fn config(service: Service, extra: Value) -> Value {
    let mut config = sandbox_config(service);
    for (key, value) in extra.as_object().unwrap() {
        config[key] = value.clone();
    }
    config
}

fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
    HttpResponse {
        status,
        headers: headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        body: body.into(),
    }
}

/// The request of a `Send` step.
fn sent(step: Result<Step, Error>) -> kopru_core::HttpRequest {
    match step {
        Ok(Step::Send { request, .. }) => request,
        other => panic!("expected a request, got {other:?}"),
    }
}

/// Answers every request with the sandbox until the call ends.
fn finish(
    session: &mut Session,
    sandbox: &mut Sandbox,
    op: &str,
    now: u64,
) -> (Result<Value, Error>, Vec<String>) {
    let mut step = session.start(op, &json!({}), now);
    let mut urls = Vec::new();
    loop {
        match step {
            Ok(Step::Send { request, .. }) => {
                urls.push(request.url.clone());
                step = session.receive(&sandbox.handle(&request, now), now);
            }
            Ok(Step::Done(result)) => return (Ok(result.into_value()), urls),
            Err(err) => return (Err(err), urls),
        }
    }
}

#[test]
fn a_retry_after_of_ten_years_blocks_for_the_configured_maximum_and_says_why() {
    for header in ["315360000", "Tue, 02 Dec 2036 00:00:00 GMT", "3600000"] {
        let mut session = Session::from_json(&config(Service::Erp, json!({})), None).unwrap();
        session.start("erp.products.list", &json!({}), NOW).unwrap();
        let err = session
            .receive(&answer(429, &[("Retry-After", header)], ""), NOW)
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::RateLimited);
        assert_eq!(err.to_json()["retry_after_ms"], HOUR, "{header}");
        assert!(err.to_string().contains("quota.max_block_ms"), "{err}");
        let state = session.export_state();
        assert_eq!(state["quota"]["blocked_until_ms"], NOW + HOUR);
        assert_eq!(state["quota"]["blocked_since_ms"], NOW);
        assert!(state["quota"]["block_reason"]
            .as_str()
            .unwrap()
            .contains("429"));
        let mut resumed =
            Session::from_json(&config(Service::Erp, json!({})), Some(&state)).unwrap();
        let refused = resumed
            .start("erp.products.list", &json!({}), NOW + HOUR - 1)
            .unwrap_err();
        assert!(refused.to_string().contains("block set at"), "{refused}");
        assert!(resumed
            .start("erp.products.list", &json!({}), NOW + HOUR)
            .is_ok());
    }
}

#[test]
fn a_block_saved_uncapped_by_an_older_kopru_ends_after_the_maximum() {
    let mut session = Session::from_json(&config(Service::Erp, json!({})), None).unwrap();
    let mut state = session.export_state();
    state["quota"] = json!({"blocked_until_ms": 2_111_111_111_000u64});
    session = Session::from_json(&config(Service::Erp, json!({})), Some(&state)).unwrap();
    assert!(session.start("erp.products.list", &json!({}), NOW).is_ok());
}

#[test]
fn configs_that_can_only_fail_later_are_refused_up_front() {
    let cases = [
        ("timeout_ms", json!(0)),
        ("timeout_ms", json!(1e30)),
        ("page_size", json!(4_294_967_296u64)),
        ("page_size", json!(0)),
        ("max_retries", json!(1_000_000)),
        ("token_margin_ms", json!(u64::MAX)),
        ("base_url", json!("https://api.tedbul.com.tr/ x")),
        ("base_url", json!("https://api.tedbul.com.tr/\u{0}")),
        ("user_agent", json!("kopru\r\nX-Injected: 1")),
        ("user_agent", json!("  ")),
        ("state_file", json!("")),
        ("state_file", json!("a\u{0}b")),
        ("retry", json!({"deadline_ms": 0})),
        ("retry", json!({"retry_statuses": [70000]})),
        ("quota", json!({"max_block_ms": 0})),
        ("quota", json!({"per_hour": 0})),
        ("quota", json!({"blocks": 1})),
    ];
    for (key, value) in cases {
        let shown = value.to_string();
        let err = Session::from_json(&config(Service::Tedbul, json!({ key: value })), None)
            .expect_err(&shown);
        assert_eq!(err.kind(), ErrorKind::Config, "{key} = {shown}: {err}");
        assert!(
            err.to_string().contains(key) || err.to_string().contains("quota"),
            "{err}"
        );
    }
}

#[test]
fn an_unusable_state_is_set_aside_with_a_warning() {
    let config = kopru_core::Config::from_json(&sandbox_config(Service::Tedbul)).unwrap();
    for state in [
        json!([]),
        json!(42),
        json!({"version": 2}),
        json!({"version": 1, "service": "tedbul", "account": config.credentials.identity,
               "quota": {"day_count": "many"}}),
    ] {
        assert_eq!(
            Session::new(config.clone(), Some(&state))
                .unwrap_err()
                .kind(),
            ErrorKind::Config
        );
        let (mut session, warning) = Session::new_or_fresh(config.clone(), Some(&state));
        assert!(warning.unwrap().contains("not usable"), "{state}");
        let login = sent(session.start("tedbul.ads.list", &json!({}), NOW));
        assert!(login.url.ends_with("api/auth"), "starts from no state");
    }
    let (_, warning) = Session::new_or_fresh(config, None);
    assert!(warning.is_none());
}

#[test]
fn tedbul_status_false_with_code_401_logs_in_again_once() {
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let mut session = Session::from_json(&sandbox_config(Service::Tedbul), None).unwrap();
    let (first, _) = finish(&mut session, &mut sandbox, "tedbul.ads.list", NOW);
    first.unwrap();
    let refusal = r#"{"status": false, "code": 401, "message": "Token geçersiz", "result": null}"#;
    let call = sent(session.start("tedbul.ads.list", &json!({}), NOW));
    assert!(call.url.contains("ads"));
    let login = sent(session.receive(&answer(200, &[], refusal), NOW));
    assert!(
        login.url.ends_with("api/auth"),
        "a refusal on HTTP 200 logs in again"
    );
    let again = sent(session.receive(&sandbox.handle(&login, NOW), NOW));
    let err = session
        .receive(&answer(200, &[], refusal), NOW)
        .unwrap_err();
    assert!(again.url.contains("ads"));
    assert_eq!(err.kind(), ErrorKind::Auth);
    assert!(err.to_string().contains("Token geçersiz"), "{err}");
}

#[test]
fn a_404_on_one_spelling_tries_the_other_once_and_remembers_it() {
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let config = sandbox_config(Service::Tedbul);
    let mut session = Session::from_json(&config, None).unwrap();
    finish(&mut session, &mut sandbox, "tedbul.ads.list", NOW)
        .0
        .unwrap();
    let params = json!({"adsList": [{"id": 1111111111u64, "stock": 20, "price": "17,45"}]});
    let first = sent(session.start("tedbul.ads.update_many", &params, NOW));
    assert!(
        first.url.ends_with("api/ads/multipleUpdateAds"),
        "{}",
        first.url
    );
    let not_found = answer(404, &[], r#"{"message": "Not Found"}"#);
    let other = sent(session.receive(&not_found, NOW));
    assert!(
        other.url.ends_with("api/ads/multpleUpdateAds"),
        "{}",
        other.url
    );
    assert_eq!(other.body, first.body);
    let done = session.receive(&sandbox.handle(&other, NOW), NOW);
    assert!(matches!(done, Ok(Step::Done(_))), "{done:?}");
    let state = session.export_state();
    assert_eq!(
        state["paths"]["tedbul.ads.update_many"],
        "api/ads/multpleUpdateAds"
    );
    let mut resumed = Session::from_json(&config, Some(&state)).unwrap();
    let remembered = sent(resumed.start("tedbul.ads.update_many", &params, NOW));
    assert!(remembered.url.ends_with("api/ads/multpleUpdateAds"));
}

#[test]
fn the_other_spelling_is_tried_only_once_and_never_over_a_configured_path() {
    let mut sandbox = Sandbox::new(Service::Entegra);
    let mut session = Session::from_json(&sandbox_config(Service::Entegra), None).unwrap();
    finish(&mut session, &mut sandbox, "entegra.products.list", NOW)
        .0
        .unwrap();
    let params = json!({"list": [{"id": 26, "erp_order_number": "SIP-2024-0001"}]});
    let step = session.start("entegra.orders.update_erp", &params, NOW);
    let first = sent(step);
    assert!(first.url.ends_with("/order/update/"), "{}", first.url);
    let other = sent(session.receive(&answer(404, &[], r#"{"detail": "Not found."}"#), NOW));
    assert!(other.url.ends_with("/order/update"), "{}", other.url);
    let err = session
        .receive(&answer(404, &[], r#"{"detail": "Not found."}"#), NOW)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert!(session.export_state()["paths"]
        .as_object()
        .unwrap()
        .is_empty());

    let configured = config(
        Service::Tedbul,
        json!({"paths": {"tedbul.ads.update_many": "api/x"}}),
    );
    let mut fixed = Session::from_json(&configured, None).unwrap();
    let mut tedbul = Sandbox::new(Service::Tedbul);
    finish(&mut fixed, &mut tedbul, "tedbul.ads.list", NOW)
        .0
        .unwrap();
    let params = json!({"adsList": [{"id": 1111111111u64, "stock": 20, "price": "17,45"}]});
    sent(fixed.start("tedbul.ads.update_many", &params, NOW));
    let err = fixed
        .receive(&answer(404, &[], r#"{"message": "Not Found"}"#), NOW)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api, "the configured path wins");
}
