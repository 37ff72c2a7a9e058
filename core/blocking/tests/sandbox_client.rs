//! The blocking client against the in-process sandbox.

use kopru_blocking::Client;
use kopru_core::ErrorKind;
use serde_json::{json, Value};

fn tedbul(extra: Value) -> Value {
    let mut config = json!({"service": "tedbul", "sandbox": true,
        "credentials": {"username": "demo", "password": "demo-password", "secretkey": "demo-secret"}});
    for (key, value) in extra.as_object().unwrap() {
        config[key] = value.clone();
    }
    config
}

#[test]
fn pages_walk_every_item_lazily() {
    let client = Client::new(&tedbul(json!({}))).unwrap();
    let barcodes: Vec<String> = client
        .pages("tedbul.ads.list", &json!({"show": 1}))
        .map(|item| item.unwrap()["barcodes"][0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(barcodes, vec!["170017341905", "17001734190500"]);
}

#[test]
fn state_file_keeps_the_token_between_clients() {
    let dir = std::env::temp_dir().join(format!("kopru-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tedbul.json");
    let _ = std::fs::remove_file(&path);
    let config = tedbul(json!({"state_file": path.to_str().unwrap()}));
    Client::new(&config)
        .unwrap()
        .call("tedbul.ads.list", &json!({}))
        .unwrap();
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(saved["access_token"].is_string());
    assert!(!saved.to_string().contains("demo-password"));
    assert!(!saved.to_string().contains("demo-secret"));
    let resumed = Client::new(&config).unwrap();
    assert_eq!(
        resumed.export_state()["access_token"],
        saved["access_token"]
    );
}

#[test]
fn validation_errors_come_back_typed() {
    let client = Client::new(&tedbul(json!({}))).unwrap();
    let err = client
        .call(
            "tedbul.ads.create",
            &json!({"productName": "x", "stock": 1}),
        )
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert!(!format!("{client:?}").contains("demo-password"));
}
