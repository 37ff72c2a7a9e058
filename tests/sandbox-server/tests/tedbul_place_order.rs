//! `sandbox.tedbul.place_order` over loopback HTTP: the session logs in and
//! its request reaches the Tedbul emulator under `/tedbul`; the order lists
//! awaiting the seller, the seller confirms it, the ad's stock has dropped,
//! and a reset brings the seed back.

#[allow(dead_code)] // the helpers shared by every server test
mod support;

use serde_json::{json, Value};
use support::Server;

/// Runs one operation through a fresh session whose base URL is the server's `/tedbul`.
fn call(server: &Server, op: &str, params: Value) -> Result<Value, kopru_core::Error> {
    server.run_op("tedbul", op, &params)
}

fn ok(server: &Server, op: &str, params: Value) -> Value {
    call(server, op, params).unwrap_or_else(|e| panic!("{op}: {e}"))
}

/// The ids of the sold orders awaiting the seller.
fn awaiting(server: &Server) -> Vec<String> {
    let page = ok(server, "tedbul.orders.sold.list", json!({"orderStatus": 0}));
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|order| order["orderId"].as_str().unwrap().to_string())
        .collect()
}

/// The stock of the Parol ad.
fn parol_stock(server: &Server) -> Value {
    ok(server, "tedbul.ads.get", json!({"id": "1111111111"}))["stock"].clone()
}

#[test]
fn a_placed_order_is_listed_confirmed_and_reset_away() {
    let server = Server::start();
    assert_eq!(awaiting(&server), ["21", "19"]);
    assert_eq!(parol_stock(&server), json!(17));

    let order = ok(
        &server,
        "sandbox.tedbul.place_order",
        json!({"products": [{"barcode": "170017341905", "qty": 4}]}),
    );
    assert_eq!(order["orderId"], "34");
    assert_eq!(order["orderStatus"], 0);
    assert_eq!(order["orderPrice"], "69.80");
    let line_id = order["orderProducts"][0]["orderProductId"].clone();
    assert!(
        order["orderProducts"][0].get("penId").is_none(),
        "listed like seed 002"
    );
    assert_eq!(awaiting(&server), ["34", "21", "19"]);
    assert_eq!(parol_stock(&server), json!(13));

    let confirmed = ok(
        &server,
        "tedbul.orders.confirm",
        json!({"orderId": 34, "products": [{"penId": line_id, "approvedQty": 4}]}),
    );
    assert_eq!(confirmed["orderStatus"], 1);
    assert_eq!(awaiting(&server), ["21", "19"]);

    let refused = call(
        &server,
        "sandbox.tedbul.place_order",
        json!({"products": [{"barcode": "170017341905", "qty": 14}]}),
    )
    .unwrap_err();
    assert_eq!(refused.to_json()["status"], 422, "{refused}");
    assert_eq!(parol_stock(&server), json!(13));

    server.admin("POST", "reset", None);
    assert_eq!(awaiting(&server), ["21", "19"]);
    assert_eq!(parol_stock(&server), json!(17));
}

#[test]
fn the_route_needs_a_tedbul_token() {
    let server = Server::start();
    let body = json!({"products": [{"barcode": "170017341905", "qty": 1}]});
    let anonymous = server.send("POST", "/tedbul/api/_sandbox/placeOrder", &[], Some(&body));
    assert_eq!(anonymous.status, 401, "{anonymous:?}");
    let token = server.tedbul_token();
    let bearer = format!("Bearer {token}");
    let placed = server.send(
        "POST",
        "/tedbul/api/_sandbox/placeOrder",
        &[
            ("Authorization", bearer.as_str()),
            ("Content-Type", "application/json"),
        ],
        Some(&body),
    );
    assert_eq!(placed.status, 200, "{placed:?}");
    assert_eq!(placed.json()["result"]["data"]["orderId"], 34);
}
