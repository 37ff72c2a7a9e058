//! The bad-input corpus (`tests/bad-input/params.json` and `responses.json`)
//! through the Rust API: every case must end in its expected kind, never in a
//! panic, an abort or a hang. Each case runs on its own thread (the default
//! 2 MiB stack, so unbounded recursion shows) with a time limit.
//!
//! Rust takes values, not text: a `$number` literal that serde_json refuses
//! (`1e400`) cannot be built and counts as `invalid_json`, what the C ABI
//! reports for the same JSON. Responses are read by `HttpResponse::from_json`,
//! as in every binding.

use kopru_core::{ErrorKind, HttpResponse, Session, Step};
use serde_json::{json, Map, Value};
use std::path::PathBuf;
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::Duration;

const BINDING: &str = "rust";
const CASE_TIMEOUT: Duration = Duration::from_secs(30);
/// How often a response is handed back before a case counts as endless.
const MAX_ROUNDS: usize = 10;

fn corpus(name: &str) -> Arc<Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/bad-input")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    Arc::new(serde_json::from_str(&text).expect("the corpus is JSON"))
}

/// An input value, or `None` when serde_json refuses a `$number` literal in it.
fn build(spec: &Value) -> Option<Value> {
    match spec {
        Value::Object(map) if map.len() == 1 && map.keys().all(|k| k.starts_with('$')) => {
            let (name, arg) = map.iter().next().expect("one entry");
            generate(name, arg)
        }
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                out.insert(key.clone(), build(value)?);
            }
            Some(Value::Object(out))
        }
        Value::Array(items) => items
            .iter()
            .map(build)
            .collect::<Option<_>>()
            .map(Value::Array),
        other => Some(other.clone()),
    }
}

fn generate(name: &str, arg: &Value) -> Option<Value> {
    let times = |arg: &Value| arg["times"].as_u64().expect("times") as usize;
    match name {
        "$repeat" => Some(Value::String(
            arg["text"].as_str().expect("text").repeat(times(arg)),
        )),
        "$concat" => {
            let parts = arg.as_array().expect("parts");
            let mut text = String::new();
            for part in parts {
                text.push_str(build(part)?.as_str().expect("text part"));
            }
            Some(Value::String(text))
        }
        "$list" => {
            let item = build(&arg["item"])?;
            Some(Value::Array(vec![item; times(arg)]))
        }
        "$nest" => {
            let mut value = build(&arg["leaf"])?;
            for _ in 0..arg["depth"].as_u64().expect("depth") {
                value = match arg["in"].as_str() {
                    Some("array") => Value::Array(vec![value]),
                    _ => Value::Object(Map::from_iter([("a".to_string(), value)])),
                };
            }
            Some(value)
        }
        "$number" => serde_json::from_str(arg.as_str().expect("literal")).ok(),
        other => panic!("the case uses {other}, which Rust cannot express: list it under `only`"),
    }
}

/// Drops a value without recursion (serde_json's own drop recurses, which a
/// value 10 000 levels deep turns into a stack overflow of the test itself).
fn dismantle(value: Value) {
    let mut stack = vec![value];
    while let Some(mut value) = stack.pop() {
        match &mut value {
            Value::Array(items) => stack.append(items),
            Value::Object(map) => stack.extend(std::mem::take(map).into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

fn session(doc: &Value, case: &Value, extra: Option<&Value>) -> Session {
    let service = &doc["services"][case["service"].as_str().expect("service")];
    let mut config = service["config"].clone();
    if let Some(Value::Object(extra)) = extra {
        for (key, value) in extra {
            config[key] = value.clone();
        }
    }
    let state = service.get("state").filter(|s| !s.is_null());
    Session::from_json(&config, state).expect("the corpus config is valid")
}

fn op_name(case: &Value) -> String {
    match build(&case["op"]) {
        Some(Value::String(name)) => name,
        Some(other) => other.to_string(),
        None => panic!("an op name with a number literal"),
    }
}

/// Runs a params case: `ok`, an error kind, or `invalid_json`.
fn run_params(doc: &Value, case: &Value) -> (String, Vec<String>) {
    let mut session = session(doc, case, None);
    let now = doc["now_ms"].as_u64().expect("now_ms");
    let Some(params) = build(&case["params"]) else {
        return ("invalid_json".into(), vec![]);
    };
    let outcome = describe(session.start(&op_name(case), &params, now));
    dismantle(params);
    outcome
}

/// Runs a response case: start, then the response for every request asked for.
fn run_response(doc: &Value, case: &Value) -> (String, Vec<String>) {
    let config = case.get("config");
    let mut session = session(doc, case, config);
    let now = doc["now_ms"].as_u64().expect("now_ms");
    let op = op_name(case);
    let params = case
        .get("params")
        .unwrap_or(&doc["defaults"][op.as_str()])
        .clone();
    match session.start(&op, &params, now) {
        Ok(Step::Send { .. }) => {}
        other => return (format!("start gave no request: {other:?}"), vec![]),
    }
    let Some(value) = build(&case["response"]) else {
        return ("invalid_json".into(), vec![]);
    };
    let response = match HttpResponse::from_json(&value) {
        Ok(response) => response,
        Err(error) => {
            dismantle(value);
            return describe(Err(error));
        }
    };
    for _ in 0..MAX_ROUNDS {
        match session.receive(&response, now) {
            Ok(Step::Send { .. }) => continue,
            done => return describe(done),
        }
    }
    (format!("no end after {MAX_ROUNDS} responses"), vec![])
}

fn describe(outcome: Result<Step, kopru_core::Error>) -> (String, Vec<String>) {
    match outcome {
        Ok(_) => ("ok".into(), vec![]),
        Err(error) => {
            let json = error.to_json();
            let paths = json["errors"]
                .as_array()
                .map(|errors| {
                    errors
                        .iter()
                        .filter_map(|e| e["path"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            (error.kind().as_str().to_string(), paths)
        }
    }
}

/// Runs every case of `file` that Rust can express; returns (passed, failed).
fn run_corpus(file: &str, run: fn(&Value, &Value) -> (String, Vec<String>)) -> (usize, usize) {
    let doc = corpus(file);
    let cases = doc["cases"].as_array().expect("cases").len();
    let (mut passed, mut failed) = (0, 0);
    for index in 0..cases {
        let case = &doc["cases"][index];
        let only = case["only"].as_array();
        if only.is_some_and(|only| !only.iter().any(|b| b == BINDING)) {
            continue;
        }
        let expect = case["expect_by"][BINDING]
            .as_str()
            .or(case["expect"].as_str())
            .expect("expect");
        let (sender, receiver) = mpsc::channel();
        let shared = Arc::clone(&doc);
        thread::spawn(move || {
            let outcome = run(&shared, &shared["cases"][index]);
            let _ = sender.send(outcome);
        });
        let (got, paths) = match receiver.recv_timeout(CASE_TIMEOUT) {
            Ok(outcome) => outcome,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                ("a hang (no end within the time limit)".into(), vec![])
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => ("a panic".into(), vec![]),
        };
        let mut problem = (got != expect).then(|| format!("expected {expect}, got {got}"));
        if let (None, Some(want)) = (&problem, case["paths"].as_array()) {
            let mut want: Vec<&str> = want.iter().filter_map(Value::as_str).collect();
            let mut paths: Vec<&str> = paths.iter().map(String::as_str).collect();
            want.sort_unstable();
            paths.sort_unstable();
            if got == "validation" && want != paths {
                problem = Some(format!("expected paths {want:?}, got {paths:?}"));
            }
        }
        match problem {
            None => passed += 1,
            Some(why) => {
                failed += 1;
                eprintln!(
                    "FAIL {file}: {}: {why}",
                    case["name"].as_str().unwrap_or("?")
                );
            }
        }
    }
    println!("rust bad input {file}: {passed} passed, {failed} failed");
    (passed, failed)
}

#[test]
fn malformed_params_end_in_their_error_kind() {
    let (passed, failed) = run_corpus("params.json", run_params);
    assert_eq!(failed, 0, "{failed} params cases failed (see above)");
    assert!(passed >= 150, "only {passed} params cases ran");
}

#[test]
fn malformed_responses_end_in_their_error_kind() {
    let (passed, failed) = run_corpus("responses.json", run_response);
    assert_eq!(failed, 0, "{failed} response cases failed (see above)");
    assert!(passed >= 150, "only {passed} response cases ran");
}

#[test]
fn a_clock_at_the_end_of_time_is_no_panic() {
    let doc = corpus("responses.json");
    for (service, op, login) in [
        (
            "entegra",
            "entegra.products.list",
            r#"{"access": "opaque", "refresh": "r"}"#,
        ),
        (
            "tedbul",
            "tedbul.ads.list",
            r#"{"status": true, "result": {"token": "opaque"}}"#,
        ),
    ] {
        let config = &doc["services"][service]["config"];
        for now in [u64::MAX, u64::MAX - 1, 0] {
            let mut session = Session::from_json(config, None).expect("config");
            let step = session.start(op, &json!({}), now);
            assert!(
                matches!(step, Ok(Step::Send { .. })),
                "{service} at {now}: {step:?}"
            );
            let answer = HttpResponse {
                status: 200,
                headers: vec![],
                body: login.into(),
            };
            // At the end of time every token has expired the moment it arrives:
            // a typed `auth` error (clock skew), never a panic or another login.
            match session.receive(&answer, now) {
                Ok(_) => {}
                Err(err) => assert!(
                    err.kind() == ErrorKind::Auth && err.to_string().contains("clock skew"),
                    "{service} at {now}: {err}"
                ),
            }
        }
    }
}
