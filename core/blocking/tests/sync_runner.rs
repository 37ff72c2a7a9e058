//! The blocking sync runner against the in-process sandboxes: the state file
//! carries a sync across runs, hooks see progress and deliveries, and a hook
//! that fails stops the run with the state saved.

mod sandboxes;

use kopru_blocking::{run_sync, Hook, SyncClients, SyncError};
use kopru_core::{ErrorKind, Service};
use sandboxes::{client, state_path};
use serde_json::{json, Value};

#[test]
fn a_second_catalogue_run_from_the_state_file_sends_nothing() {
    let erp = client(Service::Erp);
    let entegra = client(Service::Entegra);
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &entegra,
    };
    let path = state_path("entegra.json");
    let params = json!({"job": "catalogue", "marketplace": "entegra"});
    let mut batches = 0;
    let first = run_sync(clients, &params, Some(&path), |hook| {
        if let Hook::Progress(event) = hook {
            batches += usize::from(event["event"] == "batch");
        }
        Ok::<(), ()>(())
    })
    .unwrap();
    assert!(batches > 0);
    assert_eq!(first["requests_sent"], json!(batches));
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved, first["state"]);
    let second = run_sync(clients, &params, Some(&path), |_| Ok::<(), ()>(())).unwrap();
    assert_eq!(second["requests_sent"], 0, "{second}");
}

#[test]
fn orders_reach_the_hook_and_a_failing_importer_stops_the_run() {
    let erp = client(Service::Erp);
    let entegra = client(Service::Entegra);
    let example: Value = serde_json::from_str(
        kopru_core::ops::find("entegra.orders.create")
            .unwrap()
            .example,
    )
    .unwrap();
    let mut order = example["list"][0].clone();
    order["order_details"][0]["product_code"] = json!("SHIRT-001-RED-M");
    entegra
        .call("entegra.orders.create", &json!({"list": [order]}))
        .unwrap();
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &entegra,
    };
    let path = state_path("entegra-orders.json");
    let params = json!({"job": "orders", "marketplace": "entegra", "options":
        {"CustomerCode": "120.01.001", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN"}});
    let refused = run_sync(clients, &params, Some(&path), |hook| match hook {
        Hook::Deliver { .. } => Err("the ERP database is down"),
        _ => Ok(()),
    });
    assert!(matches!(
        refused,
        Err(SyncError::Hook("the ERP database is down"))
    ));
    let mut imported = Vec::new();
    let report = run_sync(clients, &params, Some(&path), |hook| {
        if let Hook::Deliver {
            document, retry, ..
        } = hook
        {
            imported.push((document["Lines"][0]["ItemCode"].clone(), retry));
        }
        Ok::<(), ()>(())
    })
    .unwrap();
    assert_eq!(imported, vec![(json!("SHIRT-001"), true)], "{report}");
    assert_eq!(report["acknowledged"], report["imported"]);
}

#[test]
fn a_client_of_the_wrong_service_is_a_config_error() {
    let erp = client(Service::Erp);
    let tedbul = client(Service::Tedbul);
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &tedbul,
    };
    let params = json!({"job": "catalogue", "marketplace": "entegra"});
    match run_sync(clients, &params, None, |_| Ok::<(), ()>(())) {
        Err(SyncError::Kopru(error)) => assert_eq!(error.kind(), ErrorKind::Config),
        other => panic!("{other:?}"),
    }
}
