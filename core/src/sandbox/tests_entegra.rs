//! The Entegra emulator driven through the session: every operation changes
//! what the lists show, and the emulator answers bad requests as Entegra does.

use super::credentials::{ENTEGRA_EMAIL, PASSWORD};
use super::Sandbox;
use crate::error::{Error, ErrorKind};
use crate::http::Step;
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

/// A session and a fresh seeded emulator.
struct Bench {
    session: Session,
    sandbox: Sandbox,
}

impl Bench {
    fn new() -> Bench {
        Bench {
            session: Session::from_json(&super::sandbox_config(Service::Entegra), None).unwrap(),
            sandbox: Sandbox::new(Service::Entegra),
        }
    }

    fn try_call(&mut self, op: &str, params: Value) -> Result<Value, Error> {
        call(&mut self.session, &mut self.sandbox, op, params, NOW).0
    }

    fn ok(&mut self, op: &str, params: Value) -> Value {
        self.try_call(op, params)
            .unwrap_or_else(|e| panic!("{op}: {e}"))
    }

    /// Every item of a paginated list, page by page.
    fn all(&mut self, op: &str, params: Value) -> Vec<Value> {
        let mut items = Vec::new();
        let mut next = Some(params);
        while let Some(params) = next {
            let page = self.ok(op, params.clone());
            next = crate::pages::next_params(&params, page["next_page"].as_u64());
            items.extend(crate::pages::into_value_items(page));
        }
        items
    }

    fn product(&mut self, code: &str) -> Value {
        self.all("entegra.products.list", json!({}))
            .into_iter()
            .find(|p| p["productCode"] == code)
            .unwrap_or_else(|| panic!("no product {code}"))
    }

    fn order(&mut self, id: &str) -> Value {
        self.all("entegra.orders.list", json!({}))
            .into_iter()
            .find(|o| o["id"] == id)
            .unwrap_or_else(|| panic!("no order {id}"))
    }

    fn unsynced_ids(&mut self) -> Vec<String> {
        self.all("entegra.orders.list", json!({"sync": 0}))
            .iter()
            .filter_map(|o| o["id"].as_str().map(str::to_string))
            .collect()
    }

    /// A request sent as is (no validation in between), with a fresh token.
    fn raw(&mut self, method: &str, path: &str, body: Value) -> (u16, Value) {
        let login = json!({"email": ENTEGRA_EMAIL, "password": PASSWORD}).to_string();
        let token =
            self.sandbox
                .handle_relative("POST", "/api/user/token/obtain/", &[], Some(&login), NOW);
        let access: Value = serde_json::from_str(&token.body).unwrap();
        let header = (
            "Authorization".to_string(),
            format!("JWT {}", access["access"].as_str().unwrap()),
        );
        let text = (!body.is_null()).then(|| body.to_string());
        let response = self
            .sandbox
            .handle_relative(method, path, &[header], text.as_deref(), NOW);
        (
            response.status,
            serde_json::from_str(&response.body).unwrap(),
        )
    }
}

fn variant<'a>(product: &'a Value, code: &str) -> &'a Value {
    product["variations"]
        .as_array()
        .and_then(|list| list.iter().find(|v| v["productCode"] == code))
        .unwrap_or_else(|| panic!("no variant {code}"))
}

#[test]
fn every_entegra_example_succeeds_as_the_first_call() {
    for op in ops::all().filter(|op| op.service == Service::Entegra) {
        if !matches!(op.role, Role::Call) {
            continue;
        }
        let mut bench = Bench::new();
        let params: Value = serde_json::from_str(op.example).unwrap();
        let result = bench.ok(op.name, params);
        let refused = result.get("errors").and_then(Value::as_array);
        assert!(refused.is_none_or(Vec::is_empty), "{}: {result}", op.name);
    }
}

#[test]
fn products_update_changes_what_the_list_shows() {
    let mut bench = Bench::new();
    let result = bench.ok(
        "entegra.products.update",
        json!({"list": [
            {"id": 1223, "quantity": 20, "price1": "14.90"},
            {"productCode": "w-1-1253", "status": 0, "trendyol_salePrice": 30},
            {"productCode": "nope", "quantity": 1}
        ]}),
    );
    assert_eq!(
        result["updated"][0],
        json!({"id": "1223", "productCode": "w-1-1259"})
    );
    assert_eq!(result["errors"][0]["productCode"], "nope");
    assert_eq!(result["errors"][0]["message"], "Product not found.");
    let pants = bench.product("w-1-1259");
    assert_eq!(pants["quantity"], 20);
    assert_eq!(pants["price1"], "14.90");
    assert_eq!(pants["date_change"], "2023-11-14 22:13:20");
    let shirt = bench.product("w-1-1253");
    assert_eq!(shirt["status"], 0);
    assert_eq!(shirt["trendyol_salePrice"], "30");

    let err = bench
        .try_call(
            "entegra.products.update",
            json!({"list": [{"productCode": "nope", "quantity": 1}]}),
        )
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert!(err.to_string().contains("Product not found."), "{err}");
}

#[test]
fn pictures_go_to_the_product_or_its_variant() {
    let mut bench = Bench::new();
    let upload = |variant: Option<&str>| {
        let mut item = json!({"productCode": "w-1-1259", "name": "front", "filename": "front.png",
                              "supplier": "Entegra Bilisim", "supplier_id": "w-1-1259",
                              "picture": [{"picture_byte": "iVBORw0KGgo="}, {"picture_byte": "R0lGODlh"}]});
        if let Some(variant) = variant {
            item["variation_productCode"] = json!(variant);
        }
        json!({"list": [item]})
    };
    let added = bench.ok("entegra.products.add_pictures", upload(None));
    assert_eq!(added["created"].as_array().unwrap().len(), 2);
    bench.ok("entegra.products.add_pictures", upload(Some("w-1-1259-m")));
    let pants = bench.product("w-1-1259");
    assert_eq!(pants["pictures"].as_array().unwrap().len(), 2);
    assert_eq!(pants["pictures"][0]["filename"], "front.png");
    let pictures = &variant(&pants, "w-1-1259-m")["variation_pictures"];
    assert_eq!(pictures.as_array().unwrap().len(), 2);

    let err = bench
        .try_call(
            "entegra.products.add_pictures",
            upload(Some("no-such-variant")),
        )
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);

    let (status, body) = bench.raw(
        "POST",
        "/product/pictures/",
        json!({"list": [{"productCode": "w-1-1259", "name": "x", "filename": "x.png", "supplier": "s",
                         "supplier_id": "w-1-1259", "picture": [{"picture_byte": "not base64!"}]}]}),
    );
    assert_eq!(status, 400);
    assert_eq!(
        body["errors"][0]["message"],
        "picture_byte: Invalid base64-encoded string."
    );
}

#[test]
fn variations_are_added_then_changed() {
    let mut bench = Bench::new();
    let new_variant = json!({"barcode": "8690000000201", "productCode": "w-1-1258-s", "quantity": 3,
                             "price": "1.50", "variation_specs": [{"name": "Renk", "value": "Siyah"}]});
    let created = bench.ok(
        "entegra.variations.create",
        json!({"list": [{"productCode": "w-1-1253", "variations": [new_variant.clone()]}]}),
    );
    assert_eq!(created["created"][0]["mainProductCode"], "w-1-1253");
    let shirt = bench.product("w-1-1253");
    let stored = variant(&shirt, "w-1-1258-s");
    assert_eq!(stored["quantity"], 3);
    assert_eq!(stored["price"], "1.50");
    assert_eq!(stored["price_prefix"], "+");
    assert_eq!(stored["id"], created["created"][0]["id"]);

    let again = bench
        .try_call(
            "entegra.variations.create",
            json!({"list": [{"productCode": "w-1-1253", "variations": [new_variant]}]}),
        )
        .unwrap_err();
    assert!(again.to_string().contains("exists"), "{again}");
    let (status, body) = bench.raw(
        "POST",
        "/product/variations/",
        json!({"list": [{"productCode": "w-1-1253", "variations": [
            {"barcode": "1", "productCode": "no-colour", "quantity": 1,
             "variation_specs": [{"name": "Beden", "value": "40"}]}]}]}),
    );
    assert_eq!(status, 400);
    assert!(body["detail"].as_str().unwrap().contains("Renk"));

    let updated = bench.ok(
        "entegra.variations.update",
        json!({"list": [
            {"productCode": "w-1-1258-s", "mainProductCode": "w-1-1253", "quantity": 9, "price": 2},
            {"productCode": "w-1-1258-s", "mainProductCode": "w-1-1259", "quantity": 1}
        ]}),
    );
    assert_eq!(updated["updated"].as_array().unwrap().len(), 1);
    assert_eq!(updated["errors"][0]["mainProductCode"], "w-1-1259");
    let stored = bench.product("w-1-1253");
    assert_eq!(variant(&stored, "w-1-1258-s")["quantity"], 9);
    assert_eq!(variant(&stored, "w-1-1258-s")["price"], "2");
}

#[test]
fn stock_and_prices_by_sku_and_store() {
    let mut bench = Bench::new();
    let stock = bench.ok(
        "entegra.products.update_quantity",
        json!({"list": [
            {"productCode": "w-1-1259-m", "quantity": 7},
            {"productCode": "w-1-1253", "quantity": 4, "store_id": 2},
            {"productCode": "nope", "quantity": 1}
        ]}),
    );
    assert_eq!(
        stock["updated"][1],
        json!({"productCode": "w-1-1253", "quantity": 4, "store_id": "2"})
    );
    assert_eq!(stock["errors"][0]["productCode"], "nope");
    let prices = bench.ok(
        "entegra.products.update_prices",
        json!({"list": [{"productCode": "w-1-1259", "prices": [
            {"priceCode": "price1", "priceValue": "13.90"},
            {"priceCode": "hb_price", "priceValue": 15, "store_id": 2}
        ]}]}),
    );
    assert_eq!(prices["updated"][0]["priceValue"], "13.90");
    let pants = bench.product("w-1-1259");
    assert_eq!(variant(&pants, "w-1-1259-m")["quantity"], 7);
    assert_eq!(pants["price1"], "13.90");
    assert_eq!(
        pants["store_prices"],
        json!([{"store_id": "2", "priceCode": "hb_price", "priceValue": "15"}])
    );
    let shirt = bench.product("w-1-1253");
    assert_eq!(
        shirt["quantity"], 4,
        "a store's stock leaves the main stock alone"
    );
    assert_eq!(
        shirt["store_quantities"],
        json!([{"store_id": "2", "quantity": 4}])
    );

    let err = bench
        .try_call(
            "entegra.products.update_prices",
            json!({"list": [{"productCode": "w-1-1259", "prices": [{"priceCode": "price9", "priceValue": 1}]}]}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("price9"), "{err}");
    let too_many: Vec<Value> = (0..51)
        .map(|i| json!({"productCode": format!("p{i}"), "quantity": 1}))
        .collect();
    let (status, body) = bench.raw("PUT", "/product/quantity/", json!({"list": too_many}));
    assert_eq!(status, 400);
    assert_eq!(
        body["list"][0],
        "Ensure this field has no more than 50 elements."
    );
}

#[test]
fn created_orders_wait_for_the_erp_until_acknowledged() {
    let mut bench = Bench::new();
    let example = ops::find("entegra.orders.create").unwrap().example;
    let created = bench.ok(
        "entegra.orders.create",
        serde_json::from_str(example).unwrap(),
    );
    let id = created["created"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(bench.unsynced_ids(), vec!["26".to_string(), id.clone()]);
    let order = bench.order(&id);
    assert_eq!(order["status"], 1);
    assert_eq!(order["datetime"], "2024-03-15 00:00:00");
    assert_eq!(order["order_number"], "e-2001");
    assert_eq!(order["no"], format!("E{id}"));
    assert_eq!(
        order["mobil_phone"], "5321112233",
        "the live list's own spelling"
    );
    assert_eq!(
        (&order["firstname"], &order["lastname"]),
        (&json!("Deniz"), &json!("Yilmaz"))
    );
    assert!(order.get("order_details").is_none() && order.get("order_id").is_none());
    let line = &order["order_product"][0];
    assert_eq!(line["model"], "w-1-1259-m");
    assert_eq!(line["store_stock_code"], "w-1-1259-m");
    assert_eq!(line["barcode"], "82198029399", "the variant's barcode");
    assert_eq!(line["first_price"], "12.90");
    assert_eq!(
        line["tax"], "2.15",
        "10.75 plus the product's kdv_id 20 %, per unit"
    );
    assert_eq!(line["total"], "21.50");
    assert_eq!(
        (&order["total"], &order["tax"], &order["grand_total"]),
        (&json!("21.50"), &json!("4.30"), &json!("25.80"))
    );

    let again = bench
        .try_call(
            "entegra.orders.create",
            serde_json::from_str(example).unwrap(),
        )
        .unwrap_err();
    assert!(again.to_string().contains("order_id"), "{again}");

    bench.ok(
        "entegra.orders.update",
        json!({"list": [{"id": id, "status": 3, "cargo_code2": "K-77", "cargo_follow_url": "https://t.example/K-77"}]}),
    );
    let order = bench.order(&id);
    assert_eq!(order["status"], 3);
    assert_eq!(order["cargo_code2"], "K-77");
    assert_eq!(order["sync"], 0, "orders.update leaves the ERP flag alone");

    let acknowledged = bench.ok(
        "entegra.orders.update_erp",
        json!({"list": [{"id": id, "erp_order_number": "SIP-1"}, {"id": 26}, {"id": 999}]}),
    );
    assert_eq!(acknowledged["errors"][0]["message"], "Order not found.");
    assert!(bench.unsynced_ids().is_empty());
    let order = bench.order(&id);
    assert_eq!(
        (order["sync"].clone(), order["api_sync"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(order["erp_order_number"], "SIP-1");

    bench.ok(
        "entegra.orders.update_erp",
        json!({"list": [{"id": 26, "sync": 0}]}),
    );
    assert_eq!(bench.unsynced_ids(), vec!["26".to_string()]);

    let mut without_first_price: Value = serde_json::from_str(example).unwrap();
    without_first_price["list"][0]["order_id"] = json!("e-2002");
    without_first_price["list"][0]["order_details"][0]
        .as_object_mut()
        .unwrap()
        .remove("first_price");
    let created = bench.ok("entegra.orders.create", without_first_price);
    let second = bench.order(created["created"][0]["id"].as_str().unwrap());
    assert_eq!(
        second["order_product"][0]["first_price"], "10.75",
        "first_price defaults to price"
    );
}

#[test]
fn the_emulator_refuses_bad_order_updates_and_flips_api_sync_on_fetch() {
    let mut bench = Bench::new();
    let (status, body) = bench.raw(
        "PUT",
        "/order/",
        json!({"list": [{"id": 26, "status": 14}]}),
    );
    assert_eq!(status, 400);
    assert_eq!(
        body["errors"][0]["message"],
        "status: \"14\" is not a valid choice."
    );

    let (_, first) = bench.raw("GET", "/order/page=1/?api_sync=0", Value::Null);
    assert_eq!(first["totalOrder"], 1);
    assert_eq!(first["orders"][0]["id"], "26");
    let (_, second) = bench.raw("GET", "/order/page=1/?api_sync=0", Value::Null);
    assert_eq!(
        second["totalOrder"], 0,
        "fetching with api_sync=0 flipped the flag"
    );
}

#[test]
fn categories_and_brands_are_listed() {
    let mut bench = Bench::new();
    let categories = bench.ok("entegra.categories.list", json!({}));
    assert_eq!(categories["next_page"], Value::Null);
    let items = categories["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    assert_eq!(items[2]["parent_id"], "2");
    assert_eq!(items[2]["sort_order"], 0);
    let brands = bench.all("entegra.brands.list", json!({}));
    let names: Vec<&str> = brands.iter().filter_map(|b| b["name"].as_str()).collect();
    assert_eq!(names, ["Fatih", "Kopru", "Entegra"]);
    assert_eq!(brands[2]["status"], 0);
    let beyond = bench.ok("entegra.brands.list", json!({"page": 2}));
    assert_eq!(beyond["items"], json!([]));
}

#[test]
fn routes_answer_like_django() {
    let mut bench = Bench::new();
    let (status, body) = bench.raw("DELETE", "/product/variations/", Value::Null);
    assert_eq!(
        (status, body["detail"].as_str()),
        (405, Some("Method \"DELETE\" not allowed."))
    );
    let (status, _) = bench.raw("PUT", "/product/quantity", json!({"list": []}));
    assert_eq!(status, 404, "no trailing slash");
    let (status, body) = bench.raw("PUT", "/order/update/", json!({}));
    assert_eq!(
        (status, body["list"][0].as_str()),
        (400, Some("This field is required."))
    );
    let (status, _) = bench.raw("GET", "/category/", Value::Null);
    assert_eq!(status, 404, "the list needs its page segment");
}
