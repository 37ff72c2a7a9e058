//! The session driven against the ERP emulator: lists, records, filters,
//! pagination, the vendor's own answers and Basic auth, end to end, no I/O.

use super::Sandbox;
use crate::error::{Error, ErrorKind};
use crate::http::{HttpResponse, Step};
use crate::ops;
use crate::pages::next_params;
use crate::service::Service;
use crate::session::Session;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};

const NOW: u64 = 1_700_000_000_000;

/// Runs one call to the end, counting the requests sent.
fn call(
    session: &mut Session,
    sandbox: &mut Sandbox,
    op: &str,
    params: Value,
) -> (Result<Value, Error>, usize) {
    let mut sent = 0;
    let mut step = session.start(op, &params, NOW);
    loop {
        match step {
            Ok(Step::Send { request, .. }) => {
                sent += 1;
                let response = sandbox.handle(&request, NOW);
                step = session.receive(&response, NOW);
            }
            Ok(Step::Done(result)) => return (Ok(result.into_value()), sent),
            Err(err) => return (Err(err), sent),
        }
    }
}

fn pair() -> (Session, Sandbox) {
    (
        Session::from_json(&super::sandbox_config(Service::Erp), None).unwrap(),
        Sandbox::new(Service::Erp),
    )
}

/// A call on a fresh sandbox that must succeed.
fn ok(op: &str, params: Value) -> Value {
    let (mut session, mut sandbox) = pair();
    let (result, _) = call(&mut session, &mut sandbox, op, params);
    result.unwrap_or_else(|e| panic!("{op}: {e}"))
}

/// Every item of a list, page after page.
fn every_item(op: &str, params: Value) -> Vec<Value> {
    let (mut session, mut sandbox) = pair();
    let mut params = Some(params);
    let mut items = Vec::new();
    while let Some(current) = params {
        let (result, _) = call(&mut session, &mut sandbox, op, current.clone());
        let result = result.unwrap();
        items.extend(result["items"].as_array().unwrap().iter().cloned());
        params = next_params(&current, result["next_page"].as_u64());
    }
    items
}

fn codes(items: &[Value], key: &str) -> Vec<String> {
    items
        .iter()
        .map(|item| item[key].as_str().unwrap().to_string())
        .collect()
}

/// A raw request to the emulator, with or without the sandbox account.
fn raw(method: &str, path: &str, authorized: bool) -> (u16, Value) {
    let basic = format!("Basic {}", STANDARD.encode("demo:demo-password"));
    let headers = if authorized {
        vec![("Authorization".to_string(), basic)]
    } else {
        vec![]
    };
    let response: HttpResponse =
        Sandbox::new(Service::Erp).handle_relative(method, path, &headers, None, NOW);
    (
        response.status,
        serde_json::from_str(&response.body).unwrap(),
    )
}

#[test]
fn every_example_succeeds_on_a_fresh_sandbox_and_lists_find_something() {
    for op in ops::all().filter(|op| op.service == Service::Erp) {
        let result = ok(op.name, serde_json::from_str(op.example).unwrap());
        if op.paginated {
            assert!(
                !result["items"].as_array().unwrap().is_empty(),
                "{}: the example finds nothing",
                op.name
            );
        }
    }
}

#[test]
fn lists_serve_every_seeded_record_page_by_page() {
    let expected = [
        ("erp.products.list", 3),
        ("erp.suppliers.list", 2),
        ("erp.customers.wholesale.list", 2),
        ("erp.customers.retail.list", 2),
        ("erp.purchase_orders.list", 2),
        ("erp.purchase_invoices.list", 2),
        ("erp.warehouses.list", 7),
        ("erp.inventory.list", 8),
        ("erp.sales_orders.list", 3),
        ("erp.sales_invoices.list", 4),
    ];
    for (op, count) in expected {
        let first = ok(op, json!({"per_page": 1}));
        assert_eq!(first["total"], count, "{op}");
        assert_eq!(first["page"], 1, "{op}");
        let walked = every_item(op, json!({"per_page": 1}));
        assert_eq!(walked.len(), count, "{op}");
        assert_eq!(walked, every_item(op, json!({"per_page": 100})), "{op}");
    }
    let last = ok("erp.warehouses.list", json!({"page": 2, "per_page": 5}));
    assert_eq!(last["items"].as_array().unwrap().len(), 2);
    assert_eq!(last["next_page"], Value::Null);
    let beyond = ok("erp.warehouses.list", json!({"page": 9}));
    assert_eq!(beyond["items"], json!([]));
    assert_eq!(beyond["next_page"], Value::Null);
}

#[test]
fn gets_agree_with_lists() {
    for product in every_item("erp.products.list", json!({})) {
        let got = ok("erp.products.get", json!({"id": product["ItemCode"]}));
        assert_eq!(got, product);
        let stock = ok(
            "erp.inventory.get",
            json!({"ItemCode": product["ItemCode"]}),
        );
        let listed: Vec<Value> = every_item("erp.inventory.list", json!({}))
            .into_iter()
            .filter(|record| record["ItemCode"] == product["ItemCode"])
            .collect();
        assert_eq!(stock, json!({"items": listed}));
    }
    for op in [
        "erp.suppliers.list",
        "erp.customers.wholesale.list",
        "erp.customers.retail.list",
    ] {
        for account in every_item(op, json!({})) {
            let got = ok("erp.customers.get", json!({"id": account["CurrAccCode"]}));
            assert_eq!(got, account, "{op}");
        }
    }
}

#[test]
fn inventory_get_spans_every_warehouse() {
    let stock = ok("erp.inventory.get", json!({"ItemCode": "SHIRT-001"}));
    let items = stock["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    let total: i64 = items
        .iter()
        .map(|r| r["InventoryQty1"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 45 + 32 + 28 + 12 + 18 + 15);
}

#[test]
fn results_are_typed() {
    let product = ok("erp.products.get", json!({"id": "SHIRT-001"}));
    assert_eq!(product["SalePrice"], "89.9");
    assert_eq!(product["ItemTypeCode"], 1);
    assert_eq!(product["Variants"][0]["Barcode"], "8690123456789");
    let orders = ok("erp.purchase_orders.list", json!({}));
    let line = &orders["items"][0]["Lines"][0];
    assert_eq!(line["Qty1"], 500, "500.00 arrives as a float");
    assert_eq!(line["NetAmount"], "6250");
    let warehouses = ok("erp.warehouses.list", json!({"per_page": 100}));
    assert_eq!(
        warehouses["items"][4]["StoreCode"],
        Value::Null,
        "\"\" is no store"
    );
}

#[test]
fn filters_are_honoured() {
    let materials = ok("erp.products.list", json!({"item_type_code": "2"}));
    assert_eq!(
        codes(materials["items"].as_array().unwrap(), "ItemCode"),
        ["FABRIC-100"]
    );
    let products = every_item("erp.products.list", json!({"item_type_code": 1}));
    assert_eq!(codes(&products, "ItemCode"), ["SHIRT-001", "SCARF-001"]);

    let back = every_item(
        "erp.inventory.list",
        json!({"warehouse_code": "WH-IST-M01-BACK"}),
    );
    assert_eq!(back.len(), 1);
    assert_eq!(back[0]["InventoryQty1"], 12);

    let from = every_item(
        "erp.purchase_orders.list",
        json!({"order_date_start": "2024-02-16"}),
    );
    assert_eq!(codes(&from, "OrderNumber"), ["1-IP-2-458"]);
    let until = every_item(
        "erp.purchase_invoices.list",
        json!({"invoice_date_end": "2024-02-18"}),
    );
    assert_eq!(codes(&until, "InvoiceNumber"), ["1-BP-7-345"]);

    let one_day = json!({"invoice_date_start": "2024-02-16", "invoice_date_end": "2024-02-16"});
    let invoices = every_item("erp.sales_invoices.list", one_day);
    assert_eq!(
        codes(&invoices, "InvoiceNumber"),
        ["1-R-7-4521", "1-RI-7-8934"]
    );
    let export = every_item("erp.sales_invoices.list", json!({"process_code": "EP"}));
    assert_eq!(codes(&export, "InvoiceNumber"), ["1-EP-7-234"]);
    assert_eq!(export[0]["TaxTypeCode"], 3);

    let retail = json!({"order_date_start": "2024-02-16", "process_code": "R"});
    let orders = every_item("erp.sales_orders.list", retail);
    assert_eq!(codes(&orders, "OrderNumber"), ["1-R-2-1243"]);
    let none = every_item("erp.sales_orders.list", json!({"process_code": "SS"}));
    assert!(none.is_empty());
}

#[test]
fn unknown_codes_are_404_api_errors() {
    for (op, key, code) in [
        ("erp.products.get", "id", "NOPE-1"),
        ("erp.customers.get", "id", "1-9-999"),
        ("erp.inventory.get", "ItemCode", "NOPE-1"),
    ] {
        let (mut session, mut sandbox) = pair();
        let (result, sent) = call(&mut session, &mut sandbox, op, json!({ key: code }));
        let err = result.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Api, "{op}");
        assert_eq!(err.to_json()["status"], 404, "{op}");
        assert!(err.to_string().contains(code), "{op}: {err}");
        assert_eq!(sent, 1, "a 404 is not retried");
    }
    let (status, body) = raw("GET", "/api/customers/1-9-999", true);
    assert_eq!((status, body["success"].clone()), (404, json!(false)));
    assert!(body["message"].is_string());
}

#[test]
fn codes_with_special_characters_travel_in_the_path() {
    let (mut session, mut sandbox) = pair();
    let (result, _) = call(
        &mut session,
        &mut sandbox,
        "erp.products.get",
        json!({"id": "A/B ÇŞ"}),
    );
    let err = result.unwrap_err();
    assert!(err.to_string().contains("A/B ÇŞ"), "{err}");
}

#[test]
fn the_vendor_refuses_bad_pages_and_dates_with_422() {
    let (status, body) = raw("GET", "/api/products?per_page=101", true);
    assert_eq!(status, 422);
    assert_eq!(body["success"], false);
    assert!(body["message"].as_str().unwrap().contains("per_page"));
    let (status, body) = raw(
        "GET",
        "/api/sales-orders?page=0&order_date_start=2024-13-01&order_date_end=01.02.2024",
        true,
    );
    assert_eq!(status, 422);
    let message = body["message"].as_str().unwrap();
    for name in ["page", "order_date_start", "order_date_end"] {
        assert!(message.contains(name), "{message}");
    }
    let (status, _) = raw("GET", "/api/products?per_page=100", true);
    assert_eq!(status, 200);
}

#[test]
fn the_session_refuses_what_the_vendor_would_before_sending() {
    let (mut session, mut sandbox) = pair();
    let params = json!({"per_page": 101, "order_date_start": "2024-03-01",
                        "order_date_end": "2024-02-01", "process_code": "XX"});
    let (result, sent) = call(&mut session, &mut sandbox, "erp.sales_orders.list", params);
    assert_eq!(sent, 0);
    let err = result.unwrap_err();
    let paths: Vec<Value> = err.to_json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].clone())
        .collect();
    assert_eq!(
        paths,
        [
            json!("per_page"),
            json!("order_date_end"),
            json!("process_code")
        ]
    );
}

#[test]
fn basic_auth_is_required() {
    let (status, body) = raw("GET", "/api/warehouses", false);
    assert_eq!((status, body["success"].clone()), (401, json!(false)));
    let mut config = super::sandbox_config(Service::Erp);
    config["credentials"]["password"] = json!("wrong");
    let mut session = Session::from_json(&config, None).unwrap();
    let mut sandbox = Sandbox::new(Service::Erp);
    let (result, sent) = call(&mut session, &mut sandbox, "erp.warehouses.list", json!({}));
    assert_eq!(result.unwrap_err().kind(), ErrorKind::Auth);
    assert_eq!(sent, 1, "Basic auth has no login to retry");
}

#[test]
fn the_api_is_read_only() {
    assert_eq!(raw("POST", "/api/products", true).0, 405);
    assert_eq!(raw("DELETE", "/api/products/SHIRT-001", true).0, 405);
    assert_eq!(raw("GET", "/api/nothing-here", true).0, 404);
}

#[test]
fn code_tables_carry_turkish_labels() {
    let tables = ok("erp.codes.list", json!({}));
    let label = |table: &str, code: Value| -> Value {
        tables[table]["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["code"] == code)
            .map(|e| e["label"].clone())
            .unwrap_or(Value::Null)
    };
    assert_eq!(
        label("process_code", json!("WS")),
        "Toptan Satış (Wholesale)"
    );
    assert_eq!(
        label("process_code", json!("RSD")),
        "Perakende Sonra Teslim"
    );
    assert_eq!(label("item_dim_type", json!(2)), "Renk-Beden");
    assert_eq!(label("curr_acc_type", json!(4)), "Perakende Müşteri");
    assert_eq!(label("communication_type", json!(7)), "GSM");
    assert_eq!(label("purchase_order_tax_type", json!(3)), "Diplomatik");
    assert_eq!(label("invoice_tax_type", json!(3)), "İhraç Kayıtlı");
    for record in every_item("erp.sales_invoices.list", json!({})) {
        assert!(label("process_code", record["ProcessCode"].clone()).is_string());
        assert!(label("invoice_tax_type", record["TaxTypeCode"].clone()).is_string());
    }
}
