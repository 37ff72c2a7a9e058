//! `sync.apply` after a failed create: a create stays in doubt unless the
//! error proves nothing was applied (issue 10: a `config` error after the
//! request went out must not count as "never sent").

mod bridge_support;

use bridge_support::*;
use serde_json::{json, Value};

/// The state after `sync.apply` of the first planned create, failed with `error`.
fn pending_after(error: Value) -> Value {
    let erp = Erp::generate(1, 7);
    let mut params = erp.params(&json!({"warehouses": [WAREHOUSES[0]]}));
    params["marketplace"] = json!("entegra");
    let plan = local("sync.plan", &params).unwrap();
    let create = plan["requests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["op"] == "entegra.products.create")
        .unwrap()
        .clone();
    let applied = local(
        "sync.apply",
        &json!({"state": plan["state"], "request": create, "error": error}),
    )
    .unwrap();
    applied["state"]["pending"].clone()
}

#[test]
fn a_config_error_after_sending_leaves_the_create_in_doubt() {
    let pending = pending_after(json!({"kind": "config", "message": "disk full", "sent": true}));
    assert_eq!(pending["GEN-0000"]["op"], "entegra.products.create");
}

#[test]
fn a_config_error_without_sent_leaves_the_create_in_doubt() {
    let pending = pending_after(json!({"kind": "config", "message": "disk full"}));
    assert_eq!(pending["GEN-0000"]["op"], "entegra.products.create");
}

#[test]
fn an_error_before_sending_drops_the_pending_mark() {
    let pending = pending_after(json!({"kind": "config", "message": "locked", "sent": false}));
    assert_eq!(pending, json!({}));
    let pending = pending_after(json!({"kind": "transport", "message": "x", "sent": false}));
    assert_eq!(pending, json!({}));
}

#[test]
fn refusals_drop_the_pending_mark_and_transport_failures_keep_it() {
    let refused = pending_after(json!({"kind": "auth", "message": "refused", "sent": true}));
    assert_eq!(refused, json!({}));
    let lost = pending_after(json!({"kind": "transport", "message": "timed out", "sent": true}));
    assert_eq!(lost["GEN-0000"]["op"], "entegra.products.create");
}
