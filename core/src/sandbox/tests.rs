//! The session driven against the emulators: every behaviour end to end, no I/O.

use super::Sandbox;
use crate::error::{Error, ErrorKind};
use crate::http::Step;
use crate::service::Service;
use crate::session::Session;
use serde_json::{json, Value};

const NOW: u64 = 1_700_000_000_000;

fn config(service: Service) -> Value {
    super::sandbox_config(service)
}

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

fn pair(service: Service) -> (Session, Sandbox) {
    (
        Session::from_json(&config(service), None).unwrap(),
        Sandbox::new(service),
    )
}

#[test]
fn entegra_logs_in_once_and_parses_the_live_dialect() {
    let (mut session, mut sandbox) = pair(Service::Entegra);
    let (result, sent) = call(
        &mut session,
        &mut sandbox,
        "entegra.products.list",
        json!({}),
        NOW,
    );
    let result = result.unwrap();
    assert_eq!(sent, 2, "login + list");
    assert_eq!(result["total"], 2);
    assert_eq!(result["next_page"], Value::Null);
    let product = &result["items"][0];
    assert_eq!(product["id"], "1223");
    assert_eq!(product["price1"], "12.90");
    assert_eq!(product["quantity"], 13);
    assert_eq!(product["variations"][0]["quantity"], 2);
    assert_eq!(product["date_change"], "2020-09-21");
    let (_, sent) = call(
        &mut session,
        &mut sandbox,
        "entegra.orders.list",
        json!({"sync": 0}),
        NOW,
    );
    assert_eq!(sent, 1, "the token is reused");
    assert_eq!(sandbox.login_count(), 1);
}

#[test]
fn created_products_appear_in_the_list() {
    let (mut session, mut sandbox) = pair(Service::Entegra);
    let product = json!({"list": [{
        "productCode": "k-1", "productName": "Kopru mug", "price1": "99.90", "quantity": 5,
        "variations": [{"barcode": "869000000001", "productCode": "k-1-red", "quantity": 5,
                        "variation_specs": [{"name": "Renk", "value": "Kırmızı"}]}]
    }]});
    let (created, _) = call(
        &mut session,
        &mut sandbox,
        "entegra.products.create",
        product,
        NOW,
    );
    assert_eq!(created.unwrap()["created"][0]["productCode"], "k-1");
    let (listed, _) = call(
        &mut session,
        &mut sandbox,
        "entegra.products.list",
        json!({"page": 1}),
        NOW,
    );
    let items = listed.unwrap()["items"].as_array().unwrap().clone();
    let mug = items.iter().find(|p| p["productCode"] == "k-1").unwrap();
    assert_eq!(mug["price1"], "99.90");
    assert_eq!(mug["variations"][0]["price_prefix"], "+");
}

#[test]
fn validation_reports_every_problem_and_sends_nothing() {
    let (mut session, _) = pair(Service::Entegra);
    let product = json!({"list": [
        {"productCode": "a", "productName": "A"},
        {"productName": 5, "price1": "12,3,4",
         "variations": [{"productCode": "v", "quantity": -1, "variation_specs": [{"name": "Beden", "value": 40}]}]}
    ]});
    let err = session
        .start("entegra.products.create", &product, NOW)
        .unwrap_err();
    let Error::Validation { errors } = err else {
        panic!("expected validation")
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "list[1].productCode",
            "list[1].productName",
            "list[1].variations[0].barcode",
            "list[1].variations[0].quantity",
            "list[1].variations[0].variation_specs",
            "list[1].price1",
        ]
    );
    let colour_missing = json!({"list": [{"productCode": "a", "productName": "A",
        "variations": [{"barcode": "1", "productCode": "a-1", "quantity": 1}]}]});
    let err = session
        .start("entegra.products.create", &colour_missing, NOW)
        .unwrap_err();
    assert_eq!(
        err.to_json()["errors"][0]["path"],
        "list[0].variations[0].variation_specs"
    );
}

#[test]
fn expired_access_token_is_refreshed_not_relogged() {
    let (mut session, mut sandbox) = pair(Service::Entegra);
    call(
        &mut session,
        &mut sandbox,
        "entegra.products.list",
        json!({}),
        NOW,
    )
    .0
    .unwrap();
    let eight_days = NOW + 8 * 24 * 3_600_000;
    let step = session
        .start("entegra.products.list", &json!({}), eight_days)
        .unwrap();
    let Step::Send { request, .. } = step else {
        panic!()
    };
    assert!(request.url.ends_with("/api/user/token/refresh/"));
    let response = sandbox.handle(&request, eight_days);
    let Step::Send { request, .. } = session.receive(&response, eight_days).unwrap() else {
        panic!()
    };
    assert!(request.header("Authorization").unwrap().starts_with("JWT "));
    assert_eq!(sandbox.login_count(), 1);
}

#[test]
fn a_401_re_authenticates_once() {
    let (mut session, mut sandbox) = pair(Service::Tedbul);
    call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.list",
        json!({}),
        NOW,
    )
    .0
    .unwrap();
    sandbox.expire_tokens();
    let (result, sent) = call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.list",
        json!({}),
        NOW,
    );
    assert!(result.is_ok());
    assert_eq!(sent, 3, "401, login, retry");
    assert_eq!(sandbox.login_count(), 2);
}

#[test]
fn wrong_password_is_an_auth_error_without_the_password() {
    let mut config = config(Service::Tedbul);
    config["credentials"]["password"] = json!("wrong-secret-pw");
    let mut session = Session::from_json(&config, None).unwrap();
    let mut sandbox = Sandbox::new(Service::Tedbul);
    let (result, _) = call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.list",
        json!({}),
        NOW,
    );
    let err = result.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth);
    assert!(!err.to_json().to_string().contains("wrong-secret-pw"));
    assert!(!format!("{session:?}").contains("wrong-secret-pw"));
}

#[test]
fn tedbul_ads_round_trip_with_decimal_commas() {
    let (mut session, mut sandbox) = pair(Service::Tedbul);
    let ad = json!({"productBarcode": "8690000000011", "productName": "Kopru krem",
                    "stock": 10, "price": "12.5", "expiration": "2027-01-31"});
    let (created, _) = call(&mut session, &mut sandbox, "tedbul.ads.create", ad, NOW);
    let created = created.unwrap();
    assert_eq!(created["price"], "12.50");
    let id = created["adsId"].as_str().unwrap().to_string();
    let update = json!({"adsList": [{"id": id, "stock": 20, "price": 13}, {"id": 1, "stock": 5, "price": 1}]});
    let (counts, _) = call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.update_many",
        update,
        NOW,
    );
    let counts = counts.unwrap();
    assert_eq!(
        (
            counts["successCount"].as_i64(),
            counts["errorCount"].as_i64()
        ),
        (Some(1), Some(1))
    );
    let (page, _) = call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.list",
        json!({"show": 2, "page": 2}),
        NOW,
    );
    let page = page.unwrap();
    assert_eq!(page["total"], 3);
    assert_eq!(page["items"][0]["price"], "13.00");
    assert_eq!(page["items"][0]["stock"], 20);
    assert_eq!(page["next_page"], Value::Null);
}

#[test]
fn tedbul_rules_are_checked_before_sending() {
    let (mut session, _) = pair(Service::Tedbul);
    let ad = json!({"productBarcode": "1", "productName": "x", "stock": 2, "description": "d".repeat(256),
                    "featured": 3, "status": 0, "minSellQty": 5, "expiration": "31.01.2027"});
    let err = session.start("tedbul.ads.create", &ad, NOW).unwrap_err();
    let paths: Vec<String> = err.to_json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        vec![
            "expiration",
            "stock",
            "price",
            "description",
            "featured",
            "status",
            "minSellQty"
        ]
    );
    let too_many: Vec<Value> = (0..101)
        .map(|i| json!({"id": i + 1, "stock": 3, "price": 1}))
        .collect();
    let err = session
        .start("tedbul.ads.update_many", &json!({"adsList": too_many}), NOW)
        .unwrap_err();
    assert_eq!(err.to_json()["errors"][0]["path"], "adsList");
}

#[test]
fn erp_pages_until_total_pages() {
    let (mut session, mut sandbox) = pair(Service::Erp);
    let mut params = json!({"per_page": 3});
    let mut seen = 0;
    let mut pages = 0;
    loop {
        let (result, sent) = call(
            &mut session,
            &mut sandbox,
            "erp.inventory.list",
            params.clone(),
            NOW,
        );
        assert_eq!(sent, 1, "Basic auth needs no login");
        let result = result.unwrap();
        seen += result["items"].as_array().unwrap().len();
        pages += 1;
        match crate::pages::next_params(&params, result["next_page"].as_u64()) {
            Some(next) => params = next,
            None => break,
        }
    }
    assert_eq!((seen, pages), (8, 3));
    let err = session
        .start("erp.products.list", &json!({"per_page": 101}), NOW)
        .unwrap_err();
    assert_eq!(err.to_json()["errors"][0]["path"], "per_page");
}

#[test]
fn erp_codes_and_money() {
    let (mut session, mut sandbox) = pair(Service::Erp);
    let (result, _) = call(
        &mut session,
        &mut sandbox,
        "erp.products.list",
        json!({"item_type_code": 1}),
        NOW,
    );
    let result = result.unwrap();
    assert_eq!(result["total"], 2);
    assert_eq!(result["items"][0]["SalePrice"], "89.9");
    assert_eq!(result["items"][0]["ItemTypeCode"], 1);
}

#[test]
fn retries_5xx_for_safe_operations_only() {
    let (mut session, _) = pair(Service::Erp);
    let Step::Send { .. } = session.start("erp.products.list", &json!({}), NOW).unwrap() else {
        panic!()
    };
    let failure = crate::HttpResponse {
        status: 503,
        headers: vec![],
        body: String::new(),
    };
    let Step::Send { after_ms, .. } = session.receive(&failure, NOW).unwrap() else {
        panic!()
    };
    assert!(
        after_ms.unwrap() <= 500,
        "full jitter below the first ceiling"
    );
    let Step::Send { after_ms, .. } = session.receive(&failure, NOW).unwrap() else {
        panic!()
    };
    assert!(after_ms.unwrap() <= 1000, "the ceiling doubles");

    let (mut session, mut sandbox) = pair(Service::Tedbul);
    call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.list",
        json!({}),
        NOW,
    )
    .0
    .unwrap();
    let ad = json!({"productBarcode": "1", "productName": "x", "stock": 3, "price": 1});
    session.start("tedbul.ads.create", &ad, NOW).unwrap();
    let err = session.receive(&failure, NOW).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    session.start("tedbul.ads.create", &ad, NOW).unwrap();
    let err = session
        .transport_failed("connection reset", false, NOW)
        .unwrap_err();
    assert!(err.to_string().contains("not safe to repeat"));
}

#[test]
fn state_export_resumes_without_a_login() {
    let (mut session, mut sandbox) = pair(Service::Entegra);
    call(
        &mut session,
        &mut sandbox,
        "entegra.products.list",
        json!({}),
        NOW,
    )
    .0
    .unwrap();
    let state = session.export_state();
    assert!(!state.to_string().contains("demo-password"));
    let mut resumed = Session::from_json(&config(Service::Entegra), Some(&state)).unwrap();
    let (_, sent) = call(
        &mut resumed,
        &mut sandbox,
        "entegra.products.list",
        json!({}),
        NOW + 1000,
    );
    assert_eq!(sent, 1);
    assert_eq!(sandbox.login_count(), 1);
}

#[test]
fn entegra_requires_the_trailing_slash_and_the_jwt_scheme() {
    let mut sandbox = Sandbox::new(Service::Entegra);
    let response = sandbox.handle_relative("GET", "/product/page=1", &[], None, NOW);
    assert_eq!(response.status, 404);
    let bearer = [("Authorization".to_string(), "Bearer x".to_string())];
    let response = sandbox.handle_relative("GET", "/product/page=1/", &bearer, None, NOW);
    assert_eq!(response.status, 401);
    assert!(response.body.contains("token_not_valid"));
}

#[test]
fn transport_messages_never_carry_secrets() {
    let (mut session, mut sandbox) = pair(Service::Tedbul);
    call(
        &mut session,
        &mut sandbox,
        "tedbul.ads.list",
        json!({}),
        NOW,
    )
    .0
    .unwrap();
    let token = session.export_state()["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let mut config = config(Service::Tedbul);
    config["max_retries"] = json!(0);
    let mut session = Session::from_json(&config, Some(&session.export_state())).unwrap();
    session.start("tedbul.ads.list", &json!({}), NOW).unwrap();
    let message = format!("invalid header value: Bearer {token} / demo-password");
    let err = session.transport_failed(&message, false, NOW).unwrap_err();
    let text = err.to_string();
    assert!(
        !text.contains(&token) && !text.contains("demo-password"),
        "{text}"
    );
    assert!(text.contains("Bearer ***"));
}

#[test]
fn code_tables_are_answered_locally() {
    let (mut session, _) = pair(Service::Erp);
    let Step::Done(tables) = session.start("erp.codes.list", &json!({}), NOW).unwrap() else {
        panic!("a local operation sends nothing")
    };
    let tables = tables.into_value();
    assert_eq!(tables["item_type"]["entries"][1]["label"], "Malzeme");
    assert_eq!(tables["item_type"]["doc"], "ERP item type (ItemTypeCode).");
}
