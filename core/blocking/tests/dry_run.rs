//! Dry runs against the in-process sandboxes: the demo's second sync,
//! previewed and then run for real. The dry run sends nothing, leaves the
//! state file alone, and lists exactly what the real run then sends.

mod sandboxes;

use kopru_blocking::{run_sync, Client, Hook, SyncClients};
use kopru_core::money::Money;
use kopru_core::Service;
use sandboxes::{client, state_path};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// Every page of the marketplace's listing.
fn listing(client: &Client, op: &str) -> Vec<Value> {
    client.pages(op, &json!({})).map(Result::unwrap).collect()
}

/// The demo's ERP changes between its first and second sync (`kopru demo`).
fn demo_erp_changes(erp: &Client) {
    erp.call(
        "sandbox.erp.update",
        &json!({
            "inventory": [{"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001",
                           "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": 40}],
            "products": [{"ItemCode": "SCARF-001", "SalePrice": "34.90"}],
        }),
    )
    .unwrap();
}

/// Runs `params` to its report; the number of requests the run sent (batch events).
fn run(clients: SyncClients<'_>, params: &Value, path: &Path) -> (Value, usize) {
    let mut batches = 0;
    let report = run_sync(clients, params, Some(path), |hook| {
        if let Hook::Progress(event) = hook {
            batches += usize::from(event["event"] == "batch");
        }
        Ok::<(), ()>(())
    })
    .unwrap();
    (report, batches)
}

/// The state's field a change names (`price1` and `price` are the state's `price`,
/// `passive` its `status`).
fn state_field(field: &str) -> &str {
    match field {
        "passive" | "status" => "status",
        "quantity" | "expiration" => field,
        _ => "price",
    }
}

/// Previews the demo's second sync of `marketplace`, runs it, and checks the preview.
fn second_sync_preview_matches(service: Service, options: Value) -> Value {
    let erp = client(Service::Erp);
    let market = client(service);
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &market,
    };
    let list_op = match service {
        Service::Entegra => "entegra.products.list",
        _ => "tedbul.ads.list",
    };
    let path = state_path(&format!("{}.json", service.name()));
    let params = json!({"job": "catalogue", "marketplace": service.name(), "options": options});
    run(clients, &params, &path);
    demo_erp_changes(&erp);

    let saved_before = std::fs::read_to_string(&path).unwrap();
    let listed_before = listing(&market, list_op);
    let mut dry_params = params.clone();
    dry_params["dry_run"] = json!(true);
    let (preview, sent) = run(clients, &dry_params, &path);
    assert_eq!(sent, 0, "{preview}");
    assert_eq!(preview["dry_run"], true);
    assert_eq!(preview["requests_sent"], 0);
    assert_eq!(
        listing(&market, list_op),
        listed_before,
        "the dry run changed the listing"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved_before);

    let state_before: Value = serde_json::from_str(&saved_before).unwrap();
    let (real, _) = run(clients, &params, &path);
    assert_eq!(preview["planned"], real["sent"], "{preview}\n{real}");
    for endpoint in preview["endpoints"].as_array().unwrap() {
        let op = endpoint["op"].as_str().unwrap();
        assert_eq!(endpoint["requests"], real["sent"][op]["requests"]);
        assert_eq!(endpoint["items"], real["sent"][op]["items"]);
        let table = kopru_core::ops::find(op).unwrap();
        assert_eq!(endpoint["method"], table.method.as_str());
        assert_eq!(endpoint["path"], table.path);
    }
    let state_after = &real["state"]["items"];
    let mut changed_keys: Vec<&str> = state_after
        .as_object()
        .unwrap()
        .iter()
        .filter(|(key, item)| state_before["items"].get(key.as_str()) != Some(item))
        .map(|(key, _)| key.as_str())
        .collect();
    changed_keys.sort_unstable();
    let changes = preview["changes"].as_array().unwrap();
    let mut previewed: Vec<&str> = changes.iter().map(|c| c["key"].as_str().unwrap()).collect();
    previewed.sort_unstable();
    previewed.dedup();
    assert_eq!(previewed, changed_keys, "{preview}");
    for change in changes {
        let key = change["key"].as_str().unwrap();
        let field = state_field(change["field"].as_str().unwrap());
        assert!(same(&change["after"], &state_after[key][field]), "{change}");
        assert!(
            same(&change["now"], &state_before["items"][key][field]),
            "{change}"
        );
    }
    preview
}

/// Equal values; amounts equal in value (`"29.90"` and `"29.9"`).
fn same(shown: &Value, state: &Value) -> bool {
    match (shown, state) {
        (Value::String(a), Value::String(b)) => {
            match (Money::parse_text(a), Money::parse_text(b)) {
                (Ok(a), Ok(b)) => a.partial_cmp(&b) == Some(std::cmp::Ordering::Equal),
                _ => a == b,
            }
        }
        _ => shown == state,
    }
}

/// The fields of the preview's changes, by key: `{key: {field: [now, after]}}`.
fn by_key(preview: &Value) -> BTreeMap<String, BTreeMap<String, (Value, Value)>> {
    let mut out: BTreeMap<String, BTreeMap<String, (Value, Value)>> = BTreeMap::new();
    for change in preview["changes"].as_array().unwrap() {
        out.entry(change["key"].as_str().unwrap().to_string())
            .or_default()
            .insert(
                change["field"].as_str().unwrap().to_string(),
                (change["now"].clone(), change["after"].clone()),
            );
    }
    out
}

#[test]
fn entegra_dry_run_shows_the_demos_second_sync_exactly() {
    let preview = second_sync_preview_matches(Service::Entegra, json!({}));
    let changes = by_key(&preview);
    assert_eq!(
        changes["SCARF-001"]["price1"],
        (json!("29.90"), json!("34.90")),
        "{preview}"
    );
    assert_eq!(changes.len(), 3, "{preview}");
    assert_eq!(
        changes["SHIRT-001-RED-L"]["quantity"],
        (json!(47), json!(55)),
        "{preview}"
    );
    assert_eq!(
        changes["SHIRT-001"]["quantity"],
        (json!(150), json!(158)),
        "{preview}"
    );
    assert_eq!(preview["changes"][0]["field"], "price1", "{preview}");
    assert_eq!(preview["changes"][0]["change"], "+16.72%", "{preview}");
}

#[test]
fn tedbul_dry_run_shows_the_demos_second_sync_exactly() {
    let preview = second_sync_preview_matches(Service::Tedbul, json!({"expiration": "2099-12-31"}));
    let changes = by_key(&preview);
    assert_eq!(changes.len(), 1, "{preview}");
    assert_eq!(
        changes["8690123456796"]["quantity"],
        (json!(47), json!(55)),
        "{preview}"
    );
    assert_eq!(preview["changes"][0]["change"], 8);
}

#[test]
fn a_dry_run_of_the_first_sync_lists_creations_first_and_creates_nothing() {
    let erp = client(Service::Erp);
    let entegra = client(Service::Entegra);
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &entegra,
    };
    let path = state_path("first.json");
    let listed_before = listing(&entegra, "entegra.products.list");
    let params = json!({"job": "catalogue", "marketplace": "entegra", "dry_run": true});
    let (preview, sent) = run(clients, &params, &path);
    assert_eq!(sent, 0);
    assert!(!path.exists(), "a dry run wrote the state file");
    assert_eq!(listing(&entegra, "entegra.products.list"), listed_before);
    let changes = preview["changes"].as_array().unwrap();
    let created = changes
        .iter()
        .take_while(|c| c["field"] == "created")
        .count();
    assert!(created > 0, "{preview}");
    assert!(changes[created..].iter().all(|c| c["field"] != "created"));
    let planned_creates = preview["planned"]["entegra.products.create"]["items"].clone();
    let create_rows = changes
        .iter()
        .filter(|c| c["op"] == "entegra.products.create")
        .count();
    assert_eq!(json!(create_rows), planned_creates, "{preview}");
}

#[test]
fn an_orders_dry_run_lists_documents_and_acknowledges_nothing() {
    let erp = client(Service::Erp);
    let entegra = client(Service::Entegra);
    let clients = SyncClients {
        erp: Some(&erp),
        marketplace: &entegra,
    };
    let path = state_path("orders.json");
    let unacknowledged = |client: &Client| {
        client
            .pages("entegra.orders.list", &json!({"sync": 0}))
            .map(Result::unwrap)
            .collect::<Vec<_>>()
    };
    let waiting = unacknowledged(&entegra);
    assert!(!waiting.is_empty());
    let params = json!({"job": "orders", "marketplace": "entegra", "dry_run": true, "options":
        {"CustomerCode": "120.01.001", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST-M01-MAIN"}});
    let mut delivered = 0;
    let preview = run_sync(clients, &params, Some(&path), |hook| {
        delivered += usize::from(matches!(hook, Hook::Deliver { .. } | Hook::Save(_)));
        Ok::<(), ()>(())
    })
    .unwrap();
    assert_eq!(delivered, 0, "a dry run delivered or saved");
    assert_eq!(
        unacknowledged(&entegra),
        waiting,
        "a dry run acknowledged orders"
    );
    assert!(!path.exists());
    let to_import = preview["to_import"].as_array().unwrap();
    let unresolved = preview["unresolved"].as_array().unwrap();
    assert!(!to_import.is_empty() || !unresolved.is_empty(), "{preview}");
    for item in to_import {
        assert!(item["document"]["OrderNumber"].is_string(), "{item}");
    }
    for item in unresolved {
        assert!(item["reason"].is_string(), "{item}");
    }
    let acknowledging: usize = preview["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["items"].as_u64().unwrap() as usize)
        .sum();
    assert_eq!(
        acknowledging,
        preview["to_acknowledge"].as_array().unwrap().len()
    );
    assert_eq!(acknowledging, to_import.len(), "{preview}");
}
