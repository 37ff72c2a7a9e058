//! `sandbox.erp.update` over loopback HTTP: the session's request reaches the
//! ERP emulator under `/erp`, the change shows in the ERP's lists, and a reset
//! brings the seed back.

#[allow(dead_code)] // the helpers shared by every server test; this one needs no tokens
mod support;

use serde_json::{json, Value};
use support::Server;

/// `Basic base64("demo:demo-password")`, the sandbox's ERP account.
const BASIC: &str = "Basic ZGVtbzpkZW1vLXBhc3N3b3Jk";

/// Runs one operation through a session whose base URL is the server's `/erp`.
fn call(server: &Server, op: &str, params: Value) -> Value {
    server
        .run_op("erp", op, &params)
        .unwrap_or_else(|e| panic!("{op}: {e}"))
}

/// The stock of SHIRT-001 in red M in the Istanbul main warehouse.
fn red_m(server: &Server) -> Value {
    let rows = call(
        server,
        "erp.inventory.get",
        json!({"ItemCode": "SHIRT-001"}),
    );
    rows["items"][0]["InventoryQty1"].clone()
}

#[test]
fn the_update_reaches_the_erp_emulator_and_a_reset_undoes_it() {
    let server = Server::start();
    assert_eq!(red_m(&server), json!(45));
    let row = json!({"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001",
                     "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 3});
    let counts = call(
        &server,
        "sandbox.erp.update",
        json!({"inventory": [row], "products": [{"ItemCode": "NEW-1", "SalePrice": "9,90"}]}),
    );
    assert_eq!(counts, json!({"products": 4, "inventory": 8}));
    assert_eq!(red_m(&server), json!(3));
    let new = call(&server, "erp.products.get", json!({"id": "NEW-1"}));
    assert_eq!(new["SalePrice"], "9.90");

    server.admin("POST", "reset", None);
    assert_eq!(red_m(&server), json!(45));
}

#[test]
fn the_route_needs_the_erp_account() {
    let server = Server::start();
    let body = json!({"remove_products": ["SHIRT-001"]});
    let refused = server.send("PUT", "/erp/_sandbox/erp", &[], Some(&body));
    assert_eq!(refused.status, 401, "{refused:?}");
    let wrong = server.send(
        "PUT",
        "/erp/_sandbox/erp",
        &[("Authorization", "Basic ZGVtbzp3cm9uZw==")],
        Some(&body),
    );
    assert_eq!(wrong.status, 401, "{wrong:?}");
    let removed = server.send(
        "PUT",
        "/erp/_sandbox/erp",
        &[
            ("Authorization", BASIC),
            ("Content-Type", "application/json"),
        ],
        Some(&body),
    );
    assert_eq!(removed.status, 200, "{removed:?}");
    assert_eq!(
        removed.json()["data"],
        json!({"products": 2, "inventory": 2})
    );
    let gone = server.send(
        "GET",
        "/erp/api/products/SHIRT-001",
        &[("Authorization", BASIC)],
        None,
    );
    assert_eq!(gone.status, 404, "{gone:?}");
}
