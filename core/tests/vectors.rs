//! Runs every case of `tests/vectors/*.json` and of the dialect corpus
//! `tests/vectors/dialect/*.json` (the suites every binding runs)
//! through the Rust session.

use kopru_core::{HttpResponse, Session, Step};
use serde_json::Value;
use std::path::PathBuf;

/// The vector files of `tests/vectors` and of its dialect corpus `tests/vectors/dialect`.
fn vector_files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<PathBuf> = [root.clone(), root.join("dialect")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("the vector folder exists"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn check_request(case: &Value, step: &Step) -> Result<(), String> {
    let Some(expected) = case.get("expect_request") else {
        return Ok(());
    };
    let Step::Send { request, .. } = step else {
        return Err(format!("expected a request, got {step:?}"));
    };
    if request.method != expected["method"] || request.url != expected["url"] {
        return Err(format!(
            "request {} {} differs from {} {}",
            request.method, request.url, expected["method"], expected["url"]
        ));
    }
    for pair in expected["headers"].as_array().into_iter().flatten() {
        let (name, value) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        if request.header(name) != Some(value) {
            return Err(format!(
                "header {name}: {:?} != {value:?}",
                request.header(name)
            ));
        }
    }
    let body: Value = match &request.body {
        Some(text) => serde_json::from_str(text).map_err(|e| format!("body is not JSON: {e}"))?,
        None => Value::Null,
    };
    if body != expected["body"] {
        return Err(format!("body {body} != {}", expected["body"]));
    }
    Ok(())
}

fn check_error(expected: &Value, err: &kopru_core::Error) -> Result<(), String> {
    let json = err.to_json();
    if json["kind"] != expected["kind"] {
        return Err(format!(
            "error kind {} != {} ({err})",
            json["kind"], expected["kind"]
        ));
    }
    for (key, field) in [("paths", "path"), ("codes", "code")] {
        let Some(want) = expected.get(key) else {
            continue;
        };
        let mut got = field_texts(&json, field);
        got.sort();
        let mut want: Vec<String> = want
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        want.sort();
        if got != want {
            return Err(format!("error {key} {got:?} != {want:?}"));
        }
    }
    if let Some(message) = expected.get("message") {
        if json["message"] != *message {
            return Err(format!("error message {} != {message}", json["message"]));
        }
    }
    Ok(())
}

/// One text field of every `errors[i]` of an error's JSON.
fn field_texts(json: &Value, field: &str) -> Vec<String> {
    json["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e[field].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn run_case(case: &Value) -> Result<(), String> {
    let mut session = Session::from_json(&case["config"], case.get("state"))
        .map_err(|e| format!("session: {e}"))?;
    let now = case["now_ms"].as_u64().unwrap();
    let started = session.start(case["op"].as_str().unwrap(), &case["params"], now);
    let response = case.get("response");
    let step = match (started, case.get("expect_error"), response) {
        (Ok(Step::Done(result)), None, None) if case.get("expect_result").is_some() => {
            let result = result.into_value();
            return if result == case["expect_result"] {
                Ok(())
            } else {
                Err(format!(
                    "local result {result} != {}",
                    case["expect_result"]
                ))
            };
        }
        (Err(err), Some(expected), None) => return check_error(expected, &err),
        (Err(err), _, _) => return Err(format!("start failed: {err}")),
        (Ok(step), Some(_), None) => return Err(format!("expected an error, got {step:?}")),
        (Ok(step), _, _) => step,
    };
    check_request(case, &step)?;
    let Some(response) = response else {
        return Ok(());
    };
    let response: HttpResponse =
        serde_json::from_value(response.clone()).map_err(|e| format!("response: {e}"))?;
    match (session.receive(&response, now), case.get("expect_error")) {
        (Ok(Step::Done(result)), None) => {
            let result = result.into_value();
            if result == case["expect_result"] {
                Ok(())
            } else {
                Err(format!("result {result} != {}", case["expect_result"]))
            }
        }
        (Ok(step), _) => Err(format!("expected the end, got {step:?}")),
        (Err(err), Some(expected)) => check_error(expected, &err),
        (Err(err), None) => Err(format!("receive failed: {err}")),
    }
}

#[test]
fn every_vector_passes() {
    let mut failures = Vec::new();
    let mut count = 0;
    for file in vector_files() {
        let suite: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for case in suite["cases"].as_array().unwrap() {
            count += 1;
            if let Err(why) = run_case(case) {
                failures.push(format!("{}: {}: {why}", file.display(), case["name"]));
            }
        }
    }
    assert!(count > 0, "no vectors found");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
