//! The bridge's conformance vectors (`tests/vectors/bridge*.json`) checked
//! to the end: local operations answer at `start`, so their `expect_result`
//! is compared with that answer. Also runs every bridge operation's example.

mod bridge_support;

use kopru_core::ops::{self, Role};
use kopru_core::{Session, Step};
use serde_json::Value;
use std::path::PathBuf;

fn bridge_vector_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.starts_with("bridge") && name.ends_with(".json")
        })
        .collect();
    files.sort();
    files
}

fn error_paths(error: &Value) -> Vec<String> {
    let mut paths: Vec<String> = error["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| e["path"].as_str().unwrap().to_string())
        .collect();
    paths.sort();
    paths
}

fn run(case: &Value) -> Result<(), String> {
    let mut session = Session::from_json(&case["config"], None).map_err(|e| e.to_string())?;
    let started = session.start(
        case["op"].as_str().unwrap(),
        &case["params"],
        case["now_ms"].as_u64().unwrap(),
    );
    match (started, case.get("expect_error")) {
        (Ok(Step::Done(result)), None) if result.to_value() == case["expect_result"] => Ok(()),
        (Ok(Step::Done(result)), None) => Err(format!("result {}", result.to_value())),
        (Ok(step), _) => Err(format!("expected an answer at start, got {step:?}")),
        (Err(error), Some(expected)) => {
            let error = error.to_json();
            let mut want: Vec<String> = expected["paths"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| p.as_str().unwrap().to_string())
                .collect();
            want.sort();
            if error["kind"] != expected["kind"] {
                Err(format!("error {error}"))
            } else if expected.get("paths").is_some() && error_paths(&error) != want {
                Err(format!("error paths {:?}", error_paths(&error)))
            } else {
                Ok(())
            }
        }
        (Err(error), None) => Err(format!("failed: {error}")),
    }
}

#[test]
fn every_bridge_vector_answers_as_expected() {
    let mut failures = Vec::new();
    let mut count = 0;
    for file in bridge_vector_files() {
        let suite: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for case in suite["cases"].as_array().unwrap() {
            count += 1;
            if let Err(why) = run(case) {
                failures.push(format!("{}: {}", case["name"], why));
            }
        }
    }
    assert!(count >= 10, "bridge vectors found: {count}");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_bridge_example_runs() {
    let bridge: Vec<_> = ops::all()
        .filter(|op| op.name.starts_with("map.") || op.name.starts_with("sync."))
        .collect();
    assert_eq!(bridge.len(), 7);
    for op in bridge {
        assert!(matches!(op.role, Role::Local(_)), "{} is local", op.name);
        let example: Value = serde_json::from_str(op.example).unwrap();
        let result =
            bridge_support::local(op.name, &example).unwrap_or_else(|e| panic!("{}: {e}", op.name));
        for field in op.result.fields {
            assert!(
                result.get(field.name).is_some(),
                "{}: no {}",
                op.name,
                field.name
            );
        }
    }
}
