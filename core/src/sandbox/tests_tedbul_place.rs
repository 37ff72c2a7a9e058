//! `sandbox.tedbul.place_order` end to end: a session and the Tedbul emulator,
//! the order seen afterwards through `tedbul.orders.*` and the stock through
//! `tedbul.ads.*`; the emulator's own 422 answers to raw requests.

use super::test_driver::{service_driver, validation_paths, NOW};
use crate::error::{Error, ErrorKind};
use crate::http::HttpResponse;
use crate::service::Service;
use serde_json::{json, Value};

const PLACE: &str = "sandbox.tedbul.place_order";
/// Parol: 17 in stock at 17,45.
const PAROL: &str = "170017341905";
/// Bepanthen: 34 in stock at 105,00.
const BEPANTHEN: &str = "17001734190500";

service_driver!(Tedbul, Service::Tedbul);

impl Tedbul {
    fn stock(&mut self, ad: &str) -> Value {
        self.ok("tedbul.ads.get", json!({"id": ad}))["stock"].clone()
    }

    fn sold_ids(&mut self, params: Value) -> Vec<String> {
        let page = self.ok("tedbul.orders.sold.list", params);
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|order| order["orderId"].as_str().unwrap().to_string())
            .collect()
    }

    /// A raw POST to the route with a fresh token, past kopru's own validation.
    fn raw(&mut self, body: Value) -> HttpResponse {
        let login =
            json!({"username": "demo", "password": "demo-password", "secretkey": "demo-secret"})
                .to_string();
        let answer = self
            .sandbox
            .handle_relative("POST", "/api/auth", &[], Some(&login), NOW);
        let answer: Value = serde_json::from_str(&answer.body).unwrap();
        let token = answer["result"]["token"].as_str().unwrap();
        let headers = [("Authorization".to_string(), format!("Bearer {token}"))];
        let body = body.to_string();
        self.sandbox.handle_relative(
            "POST",
            "/api/_sandbox/placeOrder",
            &headers,
            Some(&body),
            NOW,
        )
    }
}

/// The emulator's 422 for the whole order: `{field: [message]}`.
fn errors_of(response: &HttpResponse) -> Value {
    assert_eq!(response.status, 422, "{}", response.body);
    let body: Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(body["message"], "The given data was invalid.");
    body["errors"].clone()
}

/// The message of Tedbul's 422 through a session (an `api` error).
fn refusal(result: Result<Value, Error>) -> String {
    let err = result.expect_err("expected Tedbul's refusal");
    assert_eq!(err.kind(), ErrorKind::Api, "{err}");
    assert_eq!(err.to_json()["status"], 422, "{err}");
    err.to_string()
}

#[test]
fn the_example_adds_an_order_awaiting_the_seller_shaped_like_the_seeded_ones() {
    let mut tedbul = Tedbul::new();
    let op = crate::ops::find(PLACE).unwrap();
    let order = tedbul.ok(PLACE, serde_json::from_str(op.example).unwrap());
    let seeded = tedbul.ok("tedbul.orders.sold.get", json!({"id": 21}));
    let keys =
        |order: &Value| -> Vec<String> { order.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(
        keys(&order),
        keys(&seeded),
        "the seeded orders' fields, in their order"
    );
    assert_eq!(
        keys(&order["orderProducts"][0]),
        keys(&seeded["orderProducts"][0])
    );
    assert_eq!(
        order["orderId"], "34",
        "above every sold and purchased order"
    );
    assert_eq!(order["orderCode"], "TB2023000034");
    assert_eq!(order["orderDate"], "2023-11-15 01:13:20", "now, in Turkey");
    assert_eq!(order["orderStatus"], 0);
    assert_eq!(order["orderStatusText"], "Satıcı Onayı Bekliyor");
    assert_eq!(order["orderPrice"], "17.45");
    assert_eq!(order["orderRefundPrice"], "0.00");
    assert_eq!(order["sellerUsername"], "demo");
    assert_eq!(order["buyerUsername"], "sifaeczanesi");
    assert_eq!(order["buyerFullName"], "Ayşe Yılmaz");
    assert_eq!(order["orderNote"], Value::Null);
    assert_eq!(
        order["orderProducts"],
        json!([{
            "orderProductId": "501",
            "orderProductName": "Parol 500 mg 20 tablet",
            "orderProductBarcode": PAROL,
            "orderProductVAT": 10,
            "orderProductExpiration": "2027-03-31",
            "orderQty": 1,
            "orderApprovedQty": 0,
            "orderTotalPrice": "17.45",
            "orderProductPrice": "17.45",
            "orderApprovedPrice": "0.00",
            "orderRefundPrice": "0.00",
        }])
    );
    let stored = tedbul.ok("tedbul.orders.sold.get", json!({"id": 34}));
    assert_eq!(stored, order, "the answer is the order as getSold gives it");
}

#[test]
fn the_order_is_listed_awaiting_the_seller_and_can_be_confirmed() {
    let mut tedbul = Tedbul::new();
    let order = tedbul.ok(
        PLACE,
        json!({"products": [{"barcode": PAROL, "qty": 5}, {"barcode": BEPANTHEN, "qty": "2"}]}),
    );
    assert_eq!(order["orderPrice"], "297.25");
    let lines = order["orderProducts"].as_array().unwrap();
    assert_eq!(lines[0]["orderTotalPrice"], "87.25");
    assert_eq!(lines[1]["orderTotalPrice"], "210.00");
    assert_eq!(lines[1]["orderProductPrice"], "105.00");
    assert!(
        lines.iter().all(|line| line.get("penId").is_none()),
        "lines are shaped like the seed's list: orderProductId, no penId"
    );

    assert_eq!(
        tedbul.sold_ids(json!({"orderStatus": 0})),
        ["34", "21", "19"]
    );
    assert_eq!(tedbul.sold_ids(json!({}))[..2], ["34", "21"]);
    let today = json!({"startDate": "2023-11-15", "endDate": "2023-11-15"});
    assert_eq!(tedbul.sold_ids(today), ["34"]);

    let confirmed = tedbul.ok(
        "tedbul.orders.confirm",
        json!({"orderId": 34, "products": [{"penId": 17, "approvedQty": 5}, {"penId": 18, "approvedQty": 1}]}),
    );
    assert_eq!(confirmed["orderStatus"], 1);
    let pen_ids: Vec<&Value> = confirmed["orderProducts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| &l["penId"])
        .collect();
    assert_eq!(
        pen_ids,
        [&json!("17"), &json!("18")],
        "the confirmation shows the lines' penId"
    );
    assert_eq!(confirmed["orderProducts"][0]["orderApprovedPrice"], "87.25");
    assert_eq!(confirmed["orderProducts"][1]["orderApprovedQty"], 1);
    assert_eq!(tedbul.sold_ids(json!({"orderStatus": 0})), ["21", "19"]);
    assert_eq!(tedbul.sold_ids(json!({"orderStatus": 1})), ["34", "18"]);
}

#[test]
fn stock_decreases_and_ids_keep_rising() {
    let mut tedbul = Tedbul::new();
    assert_eq!(tedbul.stock("1111111111"), 17);
    tedbul.ok(PLACE, json!({"products": [{"barcode": PAROL, "qty": 12}]}));
    assert_eq!(tedbul.stock("1111111111"), 5);
    assert_eq!(
        tedbul.stock("22222222222"),
        34,
        "other ads keep their stock"
    );
    let listed = tedbul.ok("tedbul.ads.list", json!({}));
    assert_eq!(listed["items"][0]["stock"], 5);

    let more = refusal(tedbul.call(PLACE, json!({"products": [{"barcode": PAROL, "qty": 6}]})));
    assert!(more.contains("may not be greater than 5"), "{more}");
    let second = tedbul.ok(
        PLACE,
        json!({"products": [{"barcode": PAROL, "qty": 5}], "orderDate": "2025-12-01 09:30:00",
               "buyerFullName": "Mehmet Demir", "buyerInvoiceCompanyName": "Demir Eczanesi",
               "orderNote": "Acil"}),
    );
    assert_eq!(tedbul.stock("1111111111"), 0, "the whole stock can be sold");
    assert_eq!(second["orderId"], "35");
    assert_eq!(second["orderCode"], "TB2025000035");
    assert_eq!(second["orderDate"], "2025-12-01 09:30:00");
    assert_eq!(second["orderProducts"][0]["orderProductId"], "501");
    assert_eq!(second["buyerFullName"], "Mehmet Demir");
    assert_eq!(second["buyerInvoiceCompanyName"], "Demir Eczanesi");
    assert_eq!(
        second["buyerUsername"], "sifaeczanesi",
        "the rest is the regular buyer's"
    );
    assert_eq!(second["orderNote"], "Acil");
    let gone = refusal(tedbul.call(PLACE, json!({"products": [{"barcode": PAROL, "qty": 1}]})));
    assert!(gone.contains("may not be greater than 0"), "{gone}");
}

#[test]
fn an_unknown_barcode_a_passive_ad_or_too_much_changes_nothing() {
    let mut tedbul = Tedbul::new();
    tedbul.ok(
        "tedbul.ads.update",
        json!({"id": "22222222222", "stock": 34, "price": "105", "status": 2}),
    );
    let sent = tedbul.sent;
    for (products, expected) in [
        (
            json!([{"barcode": "8699536090115", "qty": 1}]),
            "products.0.barcode is invalid",
        ),
        (
            json!([{"barcode": PAROL, "qty": 1}, {"barcode": BEPANTHEN, "qty": 1}]),
            "products.1.barcode is not active",
        ),
        (
            json!([{"barcode": PAROL, "qty": 18}]),
            "products.0.qty may not be greater than 17",
        ),
    ] {
        let message = refusal(tedbul.call(PLACE, json!({"products": products})));
        assert!(message.contains(expected), "{message}");
    }
    assert_eq!(tedbul.sent, sent + 3, "Tedbul refused them, not kopru");
    assert_eq!(tedbul.sold_ids(json!({}))[0], "21");
    assert_eq!(tedbul.stock("1111111111"), 17);
    assert_eq!(tedbul.stock("22222222222"), 34);
    let next = tedbul.ok(PLACE, json!({"products": [{"barcode": PAROL, "qty": 1}]}));
    assert_eq!(next["orderId"], "34", "refused orders use up no id");
}

#[test]
fn an_ad_of_a_new_catalogue_product_gets_the_general_vat_rate() {
    let mut tedbul = Tedbul::new();
    tedbul.ok(
        "tedbul.ads.create",
        json!({"productBarcode": "8690000000301", "productName": "Kopru güneş kremi", "stock": 8, "price": "240,5"}),
    );
    let order = tedbul.ok(
        PLACE,
        json!({"products": [{"barcode": 8690000000301_i64, "qty": 3}]}),
    );
    let line = &order["orderProducts"][0];
    assert_eq!(line["orderProductVAT"], 20);
    assert_eq!(line["orderProductName"], "Kopru güneş kremi");
    assert_eq!(line["orderProductExpiration"], Value::Null);
    assert_eq!(line["orderTotalPrice"], "721.50");
}

#[test]
fn bad_params_are_refused_with_their_paths_before_sending() {
    let mut tedbul = Tedbul::new();
    let err = tedbul
        .call(
            PLACE,
            json!({
                "products": [{"barcode": PAROL, "qty": 0}, {"qty": 1}, {"barcode": " ", "qty": 1.5},
                             {"barcode": PAROL, "qty": 1, "price": "1"}],
                "orderDate": "2025-12-01",
                "buyerFullName": 7,
                "buyerId": 1,
            }),
        )
        .unwrap_err();
    let paths = validation_paths(&err);
    assert_eq!(
        paths,
        [
            "buyerFullName",
            "buyerId",
            "orderDate",
            "products[0].qty",
            "products[1].barcode",
            "products[2].barcode",
            "products[2].qty",
            "products[3].barcode",
            "products[3].price",
        ]
    );
    let lines: Vec<Value> = (0..21)
        .map(|i| json!({"barcode": i + 1, "qty": 1}))
        .collect();
    let err = tedbul.call(PLACE, json!({"products": lines})).unwrap_err();
    assert_eq!(err.to_json()["errors"][0]["path"], "products");
    let err = tedbul.call(PLACE, json!({"products": []})).unwrap_err();
    assert_eq!(err.to_json()["errors"][0]["path"], "products");
    assert_eq!(tedbul.sent, 0);
}

#[test]
fn the_route_checks_its_body_like_laravel() {
    let mut tedbul = Tedbul::new();
    let missing = errors_of(&tedbul.raw(json!({})));
    assert_eq!(
        missing,
        json!({"products": ["The products field is required."]})
    );
    let not_a_list = errors_of(&tedbul.raw(json!({"products": {"barcode": PAROL}})));
    assert_eq!(not_a_list["products"][0], "The products must be an array.");
    let lines: Vec<Value> = (0..21)
        .map(|_| json!({"barcode": PAROL, "qty": 1}))
        .collect();
    let too_many = errors_of(&tedbul.raw(json!({"products": lines})));
    assert_eq!(
        too_many["products"][0],
        "The products may not have more than 20 items."
    );
    let errors = errors_of(&tedbul.raw(json!({
        "products": [{"barcode": PAROL, "qty": 0}, {"qty": "x"}, {"barcode": PAROL, "qty": 1},
                     {"barcode": BEPANTHEN}],
        "orderDate": "2025-12-01T09:30:00",
        "orderNote": 5,
    })));
    assert_eq!(
        errors,
        json!({
            "products.0.qty": ["The products.0.qty must be at least 1."],
            "products.1.barcode": ["The products.1.barcode field is required."],
            "products.1.qty": ["The products.1.qty must be an integer."],
            "products.2.barcode": ["The products.2.barcode field has a duplicate value."],
            "products.3.qty": ["The products.3.qty field is required."],
            "orderDate": ["The order date does not match the format Y-m-d H:i:s."],
            "orderNote": ["The order note must be a string."],
        })
    );
    let wrong_method =
        tedbul
            .sandbox
            .handle_relative("GET", "/api/_sandbox/placeOrder", &[], None, NOW);
    assert_eq!(wrong_method.status, 405);
    let anonymous = tedbul.sandbox.handle_relative(
        "POST",
        "/api/_sandbox/placeOrder",
        &[],
        Some(r#"{"products": [{"barcode": "170017341905", "qty": 1}]}"#),
        NOW,
    );
    assert_eq!(anonymous.status, 401);
    assert_eq!(tedbul.sold_ids(json!({}))[0], "21", "nothing was added");
    assert_eq!(tedbul.stock("1111111111"), 17);
}
