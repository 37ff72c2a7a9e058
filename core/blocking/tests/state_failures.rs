//! Failure paths of the state files (issue 10): an unusable `state_file` is
//! refused before anything is sent, a failed save is a warning beside the
//! server's real result, a corrupt session state is moved aside, a corrupt
//! sync state stops the run, and two runs on one sync state never overlap.

use kopru_blocking::{run_sync, Client, SyncClients, SyncError};
use kopru_core::sandbox::sandbox_config;
use kopru_core::{ErrorKind, Service};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kopru-failures-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn with_state_file(service: Service, path: &Path) -> Value {
    let mut config = sandbox_config(service);
    config["state_file"] = json!(path.to_str().unwrap());
    config
}

fn ad(barcode: &str) -> Value {
    json!({"productBarcode": barcode, "productName": "Deneme", "stock": 5,
           "price": "100.00", "expiration": "2027-12-31"})
}

#[test]
fn unusable_state_files_are_refused_when_the_client_is_made() {
    let dir = scratch("unusable");
    let cases = [
        String::new(),
        dir.to_str().unwrap().to_string(),
        dir.join("missing/tedbul.json")
            .to_str()
            .unwrap()
            .to_string(),
        "/dev/zero".to_string(),
    ];
    for path in cases {
        let mut config = sandbox_config(Service::Tedbul);
        config["state_file"] = json!(path);
        let error = Client::new(&config).expect_err(&path);
        assert_eq!(error.kind(), ErrorKind::Config, "{path}: {error}");
    }
}

#[test]
fn a_failed_save_is_a_warning_beside_the_servers_result() {
    let dir = scratch("save");
    let folder = dir.join("state");
    fs::create_dir_all(&folder).unwrap();
    let path = folder.join("tedbul.json");
    let client = Client::new(&with_state_file(Service::Tedbul, &path)).unwrap();
    fs::remove_dir_all(&folder).unwrap();
    let created = client
        .call("tedbul.ads.create", &ad("8690000000017"))
        .expect("the create went through: its outcome is the server's");
    assert!(
        created["adsId"].is_number() || created["adsId"].is_string(),
        "{created}"
    );
    assert_eq!(
        created["warnings"][0]["kind"], "state_not_saved",
        "{created}"
    );
    assert!(created["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("tedbul.json"));
    fs::create_dir_all(&folder).unwrap();
    let listed = client.call("tedbul.ads.list", &json!({})).unwrap();
    assert!(listed.get("warnings").is_none(), "{listed}");
    let saved: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert!(
        saved["access_token"].is_string(),
        "the next call saved again"
    );
}

#[test]
fn a_corrupt_session_state_is_moved_aside_and_the_client_goes_on() {
    let dir = scratch("corrupt-session");
    let path = dir.join("entegra.json");
    fs::write(&path, "{\"version\": 1, \"access_tok").unwrap();
    let client = Client::new(&with_state_file(Service::Entegra, &path)).unwrap();
    let result = client
        .call("entegra.products.list", &json!({"page": 1}))
        .unwrap();
    assert_eq!(result["warnings"][0]["kind"], "state_corrupt", "{result}");
    let moved: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("entegra.json.corrupt-"))
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(
        fs::read_to_string(dir.join(&moved[0])).unwrap(),
        "{\"version\": 1, \"access_tok"
    );
    let saved: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert!(saved["access_token"].is_string());
}

#[test]
fn clients_sharing_a_state_file_count_every_call_once_without_a_failure() {
    let dir = scratch("threads");
    let path = dir.join("erp.json");
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                let client = Client::new(&with_state_file(Service::Erp, &path)).unwrap();
                for _ in 0..25 {
                    let result = client.call("erp.warehouses.list", &json!({})).unwrap();
                    assert!(result.get("warnings").is_none(), "{result}");
                }
            });
        }
    });
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|name| name.ends_with(".tmp")),
        "{names:?}"
    );
    let saved: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        saved["quota"]["hour_count"], 100,
        "every call of every client counted once in the shared state: {saved}"
    );
}

#[test]
fn a_corrupt_sync_state_stops_the_run_and_stays_as_it_is() {
    let dir = scratch("corrupt-sync");
    let path = dir.join("tedbul.catalogue.json");
    fs::write(&path, "{\"marketplace\": \"ted").unwrap();
    let erp = Client::new(&sandbox_config(Service::Erp)).unwrap();
    let tedbul = Client::new(&sandbox_config(Service::Tedbul)).unwrap();
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &tedbul,
    };
    let params = json!({"job": "catalogue", "marketplace": "tedbul"});
    let Err(SyncError::Kopru(error)) =
        run_sync(clients, &params, Some(&path), |_| Ok::<(), ()>(()))
    else {
        panic!("a corrupt sync state must stop the run");
    };
    assert_eq!(error.kind(), ErrorKind::Config);
    assert!(error.to_string().contains("corrupt"), "{error}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "{\"marketplace\": \"ted"
    );
}

#[test]
fn a_second_run_on_one_sync_state_is_locked_out_with_the_holders_pid() {
    let dir = scratch("locked");
    let path = dir.join("entegra.catalogue.json");
    let erp = Client::new(&sandbox_config(Service::Erp)).unwrap();
    let entegra = Client::new(&sandbox_config(Service::Entegra)).unwrap();
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &entegra,
    };
    let params = json!({"job": "catalogue", "marketplace": "entegra"});
    let mut second = None;
    run_sync(clients, &params, Some(&path), |_| {
        if second.is_none() {
            let mut waiting = params.clone();
            waiting["lock_wait_ms"] = json!(30);
            second = Some(run_sync(clients, &waiting, Some(&path), |_| {
                Ok::<(), ()>(())
            }));
        }
        Ok::<(), ()>(())
    })
    .unwrap();
    let Some(Err(SyncError::Locked(busy))) = second else {
        panic!("the second run went on: {second:?}");
    };
    assert_eq!(busy.holder, Some(std::process::id()));
    assert!(busy.waited_ms >= 30);
    let after = run_sync(clients, &params, Some(&path), |_| Ok::<(), ()>(())).unwrap();
    assert_eq!(
        after["requests_sent"], 0,
        "the lock is released with the run"
    );
}

#[test]
fn lock_wait_ms_out_of_range_is_a_config_error() {
    let dir = scratch("lock-wait");
    let entegra = Client::new(&sandbox_config(Service::Entegra)).unwrap();
    let clients = SyncClients {
        erp: None,
        marketplace: &entegra,
    };
    for wait in [json!(-1), json!("5"), json!(100_000_000_000u64)] {
        let params = json!({"job": "catalogue", "marketplace": "entegra",
                            "snapshot": {"products": []}, "lock_wait_ms": wait});
        let outcome = run_sync(clients, &params, Some(&dir.join("s.json")), |_| {
            Ok::<(), ()>(())
        });
        let Err(SyncError::Kopru(error)) = outcome else {
            panic!("{wait} was accepted");
        };
        assert_eq!(error.kind(), ErrorKind::Config);
    }
}
