//! The Tedbul emulator driven by the session (and, for its own validation
//! answers, by raw requests): orders, confirmation, ads, search, reports.

use super::{Emulator, Sandbox};
use crate::error::{Error, ErrorKind};
use crate::http::{HttpResponse, Step};
use crate::ops::{self, Role};
use crate::service::Service;
use crate::session::Session;
use serde_json::{json, Value};

const NOW: u64 = 1_700_000_000_000;

/// Runs one call to the end, counting the requests sent.
fn call(
    session: &mut Session,
    sandbox: &mut Sandbox,
    op: &str,
    params: Value,
    now: u64,
) -> (Result<Value, Error>, usize) {
    let mut sent = 0;
    let mut step = session.start(op, &params, now);
    loop {
        match step {
            Ok(Step::Send { request, .. }) => {
                sent += 1;
                let response = sandbox.handle(&request, now);
                step = session.receive(&response, now);
            }
            Ok(Step::Done(result)) => return (Ok(result.into_value()), sent),
            Err(err) => return (Err(err), sent),
        }
    }
}

/// A session and a fresh emulator, with `run(op, params)` giving the result.
struct Tedbul {
    session: Session,
    sandbox: Sandbox,
}

impl Tedbul {
    fn new() -> Tedbul {
        Tedbul {
            session: Session::from_json(&super::sandbox_config(Service::Tedbul), None).unwrap(),
            sandbox: Sandbox::new(Service::Tedbul),
        }
    }

    fn run(&mut self, op: &str, params: Value) -> Result<Value, Error> {
        call(&mut self.session, &mut self.sandbox, op, params, NOW).0
    }

    fn ok(&mut self, op: &str, params: Value) -> Value {
        self.run(op, params).unwrap_or_else(|e| panic!("{op}: {e}"))
    }

    /// Sends a raw request with a fresh token, past kopru's own validation.
    fn raw(&mut self, method: &str, path: &str, body: Option<Value>) -> HttpResponse {
        let login =
            json!({"username": "demo", "password": "demo-password", "secretkey": "demo-secret"});
        let answer = self.send("POST", "/api/auth", &[], Some(login));
        let token = answer["result"]["token"].as_str().unwrap().to_string();
        let headers = [("Authorization".to_string(), format!("Bearer {token}"))];
        let body = body.map(|b| b.to_string());
        self.sandbox
            .handle_relative(method, path, &headers, body.as_deref(), NOW)
    }

    fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(String, String)],
        body: Option<Value>,
    ) -> Value {
        let body = body.map(|b| b.to_string());
        let response = self
            .sandbox
            .handle_relative(method, path, headers, body.as_deref(), NOW);
        serde_json::from_str(&response.body).unwrap()
    }
}

fn ids(page: &Value) -> Vec<&str> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|order| order["orderId"].as_str().unwrap())
        .collect()
}

fn api_error(result: Result<Value, Error>) -> Value {
    let err = result.expect_err("expected an error");
    assert_eq!(err.kind(), ErrorKind::Api, "{err}");
    err.to_json()
}

fn errors_of(response: &HttpResponse) -> Value {
    assert_eq!(response.status, 422, "{}", response.body);
    let body: Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(body["message"], "The given data was invalid.");
    body["errors"].clone()
}

#[test]
fn every_example_succeeds_as_the_first_call_on_a_fresh_sandbox() {
    for op in ops::all().filter(|op| op.service == Service::Tedbul) {
        if matches!(op.role, Role::Local(_) | Role::Login) {
            continue;
        }
        let mut tedbul = Tedbul::new();
        let params: Value = serde_json::from_str(op.example).unwrap();
        let result = tedbul.run(op.name, params);
        assert!(result.is_ok(), "{}: {}", op.name, result.unwrap_err());
    }
}

#[test]
fn sold_orders_list_by_date_and_status_one_page_at_a_time() {
    let mut tedbul = Tedbul::new();
    let first = tedbul.ok("tedbul.orders.sold.list", json!({"show": 4}));
    assert_eq!(first["total"], 6);
    assert_eq!(ids(&first), ["21", "20", "19", "18"]);
    assert_eq!(first["next_page"], 2);
    let params =
        crate::pages::next_params(&json!({"show": 4}), first["next_page"].as_u64()).unwrap();
    let second = tedbul.ok("tedbul.orders.sold.list", params);
    assert_eq!(ids(&second), ["15", "12"]);
    assert_eq!(second["next_page"], Value::Null);

    let waiting = tedbul.ok("tedbul.orders.sold.list", json!({"orderStatus": 0}));
    assert_eq!(ids(&waiting), ["21", "19"]);
    let week = tedbul.ok(
        "tedbul.orders.sold.list",
        json!({"startDate": "2025-11-15", "endDate": "2025-11-18"}),
    );
    assert_eq!(ids(&week), ["19", "18"]);
    let none = tedbul.ok(
        "tedbul.orders.sold.list",
        json!({"startDate": "2025-11-15", "endDate": "2025-11-18", "orderStatus": 3}),
    );
    assert_eq!(none["items"], json!([]));
    assert_eq!(none["total"], 0);
}

#[test]
fn orders_come_back_typed() {
    let mut tedbul = Tedbul::new();
    let order = tedbul.ok("tedbul.orders.sold.get", json!({"id": "19"}));
    assert_eq!(order["orderId"], "19");
    assert_eq!(order["orderStatus"], 0);
    assert_eq!(order["orderStatusText"], "Satıcı Onayı Bekliyor");
    assert_eq!(order["orderPrice"], "699.50");
    assert_eq!(order["buyerInvoiceTaxOrTcNo"], "9870123456");
    assert_eq!(order["buyerInvoiceCity"], "İstanbul");
    let line = &order["orderProducts"][0];
    assert!(line.get("penId").is_none(), "seed 002 lists no penId");
    assert_eq!(line["orderProductId"], "501");
    assert_eq!(line["orderProductBarcode"], "170017341905");
    assert_eq!(line["orderProductVAT"], 10);
    assert_eq!(line["orderQty"], 10);
    assert_eq!(line["orderTotalPrice"], "174.50");

    let bought = tedbul.ok("tedbul.orders.purchased.get", json!({"id": 31}));
    assert_eq!(bought["sellerUsername"], "anadoluecza");
    assert_eq!(bought["sendFollowCargoCode"], "1045869012254");
    assert!(bought.get("buyerInvoiceAddress").is_none());
    let shipped = tedbul.ok("tedbul.orders.purchased.list", json!({"orderStatus": 2}));
    assert_eq!(ids(&shipped), ["31"]);

    let missing = api_error(tedbul.run("tedbul.orders.sold.get", json!({"id": 31})));
    assert_eq!(missing["vendor_code"], "404");
    assert_eq!(missing["status"], 200, "status:false on HTTP 200");
}

#[test]
fn confirming_an_order_approves_quantities_and_awaits_shipment() {
    let mut tedbul = Tedbul::new();
    let confirmed = tedbul.ok(
        "tedbul.orders.confirm",
        json!({"orderId": 19, "products": [{"penId": 3, "approvedQty": 7}]}),
    );
    assert_eq!(confirmed["orderStatus"], 1);
    assert_eq!(confirmed["orderStatusText"], "Kargolanması Bekleniyor");
    let lines = confirmed["orderProducts"].as_array().unwrap();
    assert_eq!(
        (
            &lines[0]["orderApprovedQty"],
            &lines[0]["orderApprovedPrice"]
        ),
        (&json!(7), &json!("122.15"))
    );
    assert_eq!(
        (
            &lines[1]["orderApprovedQty"],
            &lines[1]["orderApprovedPrice"]
        ),
        (&json!(0), &json!("0.00")),
        "a line left out is not approved"
    );

    assert_eq!(
        lines[0]["penId"], "3",
        "the confirmation answer shows penId"
    );
    let stored = tedbul.ok("tedbul.orders.sold.get", json!({"id": 19}));
    let mut without_pen_ids = confirmed.clone();
    for line in without_pen_ids["orderProducts"].as_array_mut().unwrap() {
        line.as_object_mut()
            .unwrap()
            .retain(|key, _| key != "penId");
    }
    assert_eq!(stored, without_pen_ids);
    let waiting = tedbul.ok("tedbul.orders.sold.list", json!({"orderStatus": 0}));
    assert_eq!(ids(&waiting), ["21"]);

    let again = api_error(tedbul.run(
        "tedbul.orders.confirm",
        json!({"orderId": 19, "products": [{"penId": 3, "approvedQty": 7}]}),
    ));
    assert_eq!(again["vendor_code"], "400");
}

#[test]
fn a_confirmation_names_lines_by_the_listed_order_product_id() {
    let mut tedbul = Tedbul::new();
    let listed = tedbul.ok("tedbul.orders.sold.get", json!({"id": 21}));
    let lines = listed["orderProducts"].as_array().unwrap();
    let products: Vec<Value> = lines
        .iter()
        .map(|l| json!({"penId": l["orderProductId"], "approvedQty": l["orderQty"]}))
        .collect();
    let confirmed = tedbul.ok(
        "tedbul.orders.confirm",
        json!({"orderId": 21, "products": products}),
    );
    for line in confirmed["orderProducts"].as_array().unwrap() {
        assert_eq!(line["orderApprovedQty"], line["orderQty"], "{line}");
    }
    let unknown = tedbul.run(
        "tedbul.orders.confirm",
        json!({"orderId": 34, "products": [{"penId": 424242, "approvedQty": 1}]}),
    );
    assert!(unknown.is_err());
}

#[test]
fn approving_nothing_cancels_the_order() {
    let mut tedbul = Tedbul::new();
    let cancelled = tedbul.ok(
        "tedbul.orders.confirm",
        json!({"orderId": 21, "products": [{"penId": 9, "approvedQty": 0}, {"penId": 10, "approvedQty": 0}]}),
    );
    assert_eq!(cancelled["orderStatus"], 4);
    assert_eq!(cancelled["orderStatusText"], "İptal Edildi");
    assert!(cancelled["cancelNote"].is_string());
}

#[test]
fn confirming_more_than_ordered_or_a_foreign_line_is_refused_by_tedbul() {
    let mut tedbul = Tedbul::new();
    let too_many = api_error(tedbul.run(
        "tedbul.orders.confirm",
        json!({"orderId": 19, "products": [{"penId": 4, "approvedQty": 6}]}),
    ));
    assert_eq!(too_many["status"], 422);
    assert!(
        too_many["message"]
            .as_str()
            .unwrap()
            .contains("may not be greater than 5"),
        "{too_many}"
    );
    let foreign = api_error(tedbul.run(
        "tedbul.orders.confirm",
        json!({"orderId": 19, "products": [{"penId": 9, "approvedQty": 1}]}),
    ));
    assert_eq!(foreign["status"], 422);
    let unknown = api_error(tedbul.run(
        "tedbul.orders.confirm",
        json!({"orderId": 999, "products": [{"penId": 3, "approvedQty": 1}]}),
    ));
    assert_eq!(unknown["vendor_code"], "404");
    let untouched = tedbul.ok("tedbul.orders.sold.get", json!({"id": 19}));
    assert_eq!(untouched["orderStatus"], 0);
    assert_eq!(untouched["orderProducts"][1]["orderApprovedQty"], 0);
}

#[test]
fn confirmation_bodies_are_checked_by_the_emulator_too() {
    let mut tedbul = Tedbul::new();
    let errors = errors_of(&tedbul.raw(
        "POST",
        "/api/orders/orderConfirmation",
        Some(json!({"products": [{"penId": 3}, {"penId": 3, "approvedQty": -1}]})),
    ));
    let fields: Vec<&String> = errors.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        [
            "orderId",
            "products.0.approvedQty",
            "products.1.penId",
            "products.1.approvedQty"
        ]
    );
    let empty = errors_of(&tedbul.raw(
        "POST",
        "/api/orders/orderConfirmation",
        Some(json!({"orderId": 19, "products": []})),
    ));
    assert_eq!(empty["products"][0], "The products field is required.");
}

#[test]
fn ads_update_get_and_delete() {
    let mut tedbul = Tedbul::new();
    let updated = tedbul.ok(
        "tedbul.ads.update",
        json!({"id": "1111111111", "stock": 25, "price": "17.95", "status": 2}),
    );
    assert_eq!(updated["adsId"], "1111111111");
    assert_eq!(updated["price"], "17.95");
    assert_eq!(updated["stock"], 25);
    let read = tedbul.ok("tedbul.ads.get", json!({"id": 1111111111}));
    assert_eq!(read, updated);
    let passive = tedbul.ok("tedbul.ads.list", json!({"adsStatus": 2}));
    assert_eq!(passive["total"], 1);

    let deleted = tedbul.ok("tedbul.ads.delete", json!({"id": 22222222222_i64}));
    assert_eq!(deleted, json!({"code": 200, "message": "ok"}));
    let gone = api_error(tedbul.run("tedbul.ads.get", json!({"id": 22222222222_i64})));
    assert_eq!(gone["vendor_code"], "404");
    let again = api_error(tedbul.run("tedbul.ads.delete", json!({"id": 22222222222_i64})));
    assert_eq!(again["vendor_code"], "404");
    assert_eq!(tedbul.ok("tedbul.ads.list", json!({}))["total"], 1);

    let unknown = api_error(tedbul.run(
        "tedbul.ads.update",
        json!({"id": 5, "stock": 5, "price": 1}),
    ));
    assert_eq!(unknown["vendor_code"], "404");
}

#[test]
fn ads_are_checked_by_the_emulator_too() {
    let mut tedbul = Tedbul::new();
    let errors = errors_of(&tedbul.raw(
        "PUT",
        "/api/ads/updateAds",
        Some(json!({"stock": 2, "price": "1,00", "featured": 4, "minSellQty": 5})),
    ));
    let fields: Vec<&String> = errors.as_object().unwrap().keys().collect();
    assert_eq!(fields, ["id", "stock", "featured", "minSellQty"]);
    let no_id = errors_of(&tedbul.raw("DELETE", "/api/ads/deleteAds", None));
    assert_eq!(no_id["id"][0], "The id field is required.");
    let created = tedbul.raw(
        "POST",
        "/api/ads/createAds",
        Some(json!({"productBarcode": "170017341905", "productName": "Parol", "stock": 5, "price": "1,00"})),
    );
    let body: Value = serde_json::from_str(&created.body).unwrap();
    assert_eq!(
        (created.status, &body["status"], &body["code"]),
        (200, &json!(false), &json!(400)),
        "one ad per barcode"
    );
}

#[test]
fn new_barcodes_join_the_catalogue_and_search_finds_them() {
    let mut tedbul = Tedbul::new();
    let by_name = tedbul.ok("tedbul.products.search", json!({"nameOrBarcode": "PAROL"}));
    let names: Vec<&str> = by_name["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Parol 500 mg 20 tablet", "Parol Plus 30 tablet"]);
    let parol = &by_name["items"][0];
    assert_eq!(parol["id"], "501");
    assert_eq!(parol["brand"], "41");
    assert_eq!(parol["kdv"], 10);
    assert_eq!(parol["minimumListPrice"], "16.90");

    let dotted = tedbul.ok(
        "tedbul.products.search",
        json!({"nameOrBarcode": "majezİk"}),
    );
    assert_eq!(dotted["items"][0]["id"], "503");
    let by_barcode = tedbul.ok(
        "tedbul.products.search",
        json!({"nameOrBarcode": 8699536090115_i64}),
    );
    assert_eq!(
        by_barcode["items"][0]["name"],
        "Majezik 100 mg 15 film tablet"
    );

    tedbul.ok(
        "tedbul.ads.update",
        json!({"id": 1111111111, "stock": 17, "price": 15}),
    );
    let cheaper = tedbul.ok(
        "tedbul.products.search",
        json!({"nameOrBarcode": "170017341905"}),
    );
    assert_eq!(cheaper["items"][0]["minimumListPrice"], "15.00");

    let created = tedbul.ok(
        "tedbul.ads.create",
        json!({"productBarcode": "8690000000301", "productName": "Kopru güneş kremi", "stock": 8, "price": "240"}),
    );
    let found = tedbul.ok("tedbul.products.search", json!({"nameOrBarcode": "güneş"}));
    assert_eq!(found["items"][0]["id"], created["productId"]);
    assert_eq!(found["items"][0]["minimumListPrice"], "240.00");
    let known = tedbul.ok(
        "tedbul.ads.create",
        json!({"productBarcode": "8699536090115", "productName": "my own name", "stock": 8, "price": "57"}),
    );
    assert_eq!(
        known["productId"], "503",
        "a known barcode keeps its product"
    );
    assert_eq!(known["productName"], "Majezik 100 mg 15 film tablet");

    let nothing = tedbul.ok(
        "tedbul.products.search",
        json!({"nameOrBarcode": "aspirin"}),
    );
    assert_eq!(nothing["items"], json!([]));
    let everything = tedbul.ok("tedbul.products.search", json!({}));
    assert_eq!(
        everything["items"].as_array().unwrap().len(),
        7,
        "nameOrBarcode is optional in seed 002: without it every product"
    );
}

#[test]
fn integration_reports_are_filed() {
    let mut tedbul = Tedbul::new();
    let report = json!({"message": "Stoklar güncellendi", "messageType": 2, "totalAds": 120, "pullAds": 118});
    let done = tedbul.ok("tedbul.user.integration_data", report.clone());
    assert_eq!(done, json!({"code": 200, "message": "ok"}));
    let Emulator::Tedbul(emulator) = &tedbul.sandbox.emulator else {
        panic!("a Tedbul sandbox")
    };
    assert_eq!(emulator.reports(), [report]);
    let errors = errors_of(&tedbul.raw(
        "PUT",
        "/api/user/integrationdata",
        Some(json!({"message": "", "messageType": 3, "totalAds": -1})),
    ));
    let fields: Vec<&String> = errors.as_object().unwrap().keys().collect();
    assert_eq!(fields, ["message", "messageType", "totalAds", "pullAds"]);
}

#[test]
fn laravel_answers_bad_queries_methods_and_tokens() {
    let mut tedbul = Tedbul::new();
    let dates = errors_of(&tedbul.raw(
        "GET",
        "/api/orders/getSoldList?show=0&startDate=01.11.2025&endDate=2025-11-31&orderStatus=5",
        None,
    ));
    let fields: Vec<&String> = dates.as_object().unwrap().keys().collect();
    assert_eq!(fields, ["show", "startDate", "endDate", "orderStatus"]);
    let reversed = errors_of(&tedbul.raw(
        "GET",
        "/api/orders/getPurchasedList?startDate=2025-11-02&endDate=2025-11-01",
        None,
    ));
    assert!(reversed.get("endDate").is_some());
    let paging = errors_of(&tedbul.raw("GET", "/api/ads/getAdsList?show=0", None));
    assert!(paging.get("show").is_some());

    let wrong = tedbul.raw("GET", "/api/ads/createAds", None);
    assert_eq!(wrong.status, 405);
    let unknown = tedbul.raw("GET", "/api/orders/getEverything", None);
    assert_eq!(unknown.status, 404);
    let anonymous = tedbul.send("GET", "/api/orders/getSoldList", &[], None);
    assert_eq!(anonymous, json!({"message": "Unauthenticated."}));
}
