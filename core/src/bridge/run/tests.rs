//! The runner's protocol; runs against the sandboxes are in core/tests/sync_run.rs.

use super::*;

#[test]
fn answers_read_from_json() {
    assert_eq!(Answer::from_json(&Value::Null).unwrap(), None);
    assert_eq!(
        Answer::from_json(&json!({"result": [1]})).unwrap(),
        Some(Answer::Result(json!([1])))
    );
    let error = json!({"kind": "api", "message": "no"});
    assert_eq!(
        Answer::from_json(&json!({"error": error})).unwrap(),
        Some(Answer::Error(error))
    );
    assert!(Answer::from_json(&json!({"value": 1})).is_err());
}

#[test]
fn a_snapshot_run_starts_with_the_listing_and_answers_are_checked() {
    let mut run = SyncRun::new(&json!({"job": "catalogue", "marketplace": "tedbul",
        "snapshot": {"products": [], "inventory": []}}))
    .unwrap();
    assert!(
        run.step(Some(Answer::Result(json!(1)))).is_err(),
        "nothing asked yet"
    );
    let first = run.step(None).unwrap().to_json();
    assert_eq!(
        first,
        json!({"call": {"client": "marketplace", "op": "tedbul.ads.list", "params": {"show": 100}}})
    );
    assert!(run.step(None).is_err(), "the call waits for its answer");
    let empty = json!({"items": [], "total": 0, "page": 1, "next_page": null});
    let read = run.step(Some(Answer::Result(empty))).unwrap().to_json();
    assert_eq!(read["progress"]["event"], "read");
    assert!(run.step(None).unwrap().to_json()["save"]["state"].is_object());
    assert_eq!(run.step(None).unwrap().to_json()["progress"]["requests"], 0);
    let done = run.step(None).unwrap().to_json();
    assert_eq!(done["done"]["requests_sent"], 0);
    assert!(run.step(None).is_err(), "the run is over");
}

#[test]
fn a_state_for_another_marketplace_is_refused() {
    let state = json!({"version": 1, "marketplace": "entegra", "items": {}, "pending": {}});
    let error = SyncRun::new(&json!({"job": "catalogue", "marketplace": "tedbul", "state": state}))
        .unwrap_err()
        .to_json();
    assert_eq!(error["errors"][0]["path"], "state.marketplace");
}
