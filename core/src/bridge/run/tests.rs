//! The runner's protocol; runs against the sandboxes are in core/tests/sync_run.rs.

use super::*;
use crate::bridge::journal::fold;

#[test]
fn answers_read_from_json() {
    assert_eq!(Answer::from_json(&Value::Null).unwrap(), None);
    assert_eq!(
        Answer::from_json(&json!({"result": [1]})).unwrap(),
        Some(Answer::Result(json!([1])))
    );
    let error = json!({"kind": "api", "message": "no"});
    assert_eq!(
        Answer::from_json(&json!({"error": error})).unwrap(),
        Some(Answer::Error(error))
    );
    assert!(Answer::from_json(&json!({"value": 1})).is_err());
}

#[test]
fn a_snapshot_run_starts_with_the_listing_and_answers_are_checked() {
    let mut run = SyncRun::new(json!({"job": "catalogue", "marketplace": "tedbul",
        "snapshot": {"products": [], "inventory": []}}))
    .unwrap();
    assert!(
        run.step(Some(Answer::Result(json!(1)))).is_err(),
        "nothing asked yet"
    );
    let first = run.step(None).unwrap().to_json();
    assert_eq!(
        first,
        json!({"call": {"client": "marketplace", "op": "tedbul.ads.list", "params": {"show": 100}}})
    );
    assert!(run.step(None).is_err(), "the call waits for its answer");
    let empty = json!({"items": [], "total": 0, "page": 1, "next_page": null});
    let read = run.step(Some(Answer::Result(empty))).unwrap().to_json();
    assert_eq!(read["progress"]["event"], "read");
    assert!(run.step(None).unwrap().to_json()["save"]["state"].is_object());
    assert_eq!(run.step(None).unwrap().to_json()["progress"]["requests"], 0);
    let done = run.step(None).unwrap().to_json();
    assert_eq!(done["done"]["requests_sent"], 0);
    assert!(run.step(None).is_err(), "the run is over");
}

#[test]
fn a_state_for_another_marketplace_is_refused() {
    let state = json!({"version": 1, "marketplace": "entegra", "items": {}, "pending": {}});
    let error = SyncRun::new(json!({"job": "catalogue", "marketplace": "tedbul", "state": state}))
        .unwrap_err()
        .to_json();
    assert_eq!(error["errors"][0]["path"], "state.marketplace");
}

fn page(items: Value) -> Answer {
    Answer::Result(json!({"items": items, "total": null, "page": 1, "next_page": null}))
}

/// Steps through actions that need no answer; returns the first that does (or ends the run).
fn until_answer_needed(run: &mut SyncRun, mut answer: Option<Answer>) -> (Vec<Action>, Action) {
    let mut passed = Vec::new();
    loop {
        let action = run.step(answer.take()).unwrap();
        match action {
            Action::Save(_) | Action::Progress(_) => passed.push(action),
            other => return (passed, other),
        }
    }
}

/// The saved state after `saves`: snapshots replace it, changes are folded in.
fn folded(mut state: Value, saves: &[Action]) -> Value {
    for action in saves {
        match action {
            Action::Save(Save::State(snapshot)) => state = snapshot.clone(),
            Action::Save(Save::Change(change)) => fold(&mut state, change),
            _ => {}
        }
    }
    state
}

#[test]
fn a_bad_snapshot_is_reported_before_anything_is_asked() {
    let params = json!({"job": "catalogue", "marketplace": "entegra",
        "snapshot": {"products": [{"ItemDescription": "no code"}], "inventory": []}});
    let error = SyncRun::new(params).unwrap_err().to_json();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["errors"][0]["path"], "snapshot.products[0].ItemCode");
}

#[test]
fn an_auth_error_while_sending_saves_then_fails() {
    let product = json!({"ItemCode": "A-1", "ItemDescription": "A", "SalePrice": "10.00",
        "Barcode": "869000", "Variants": []});
    let inventory = json!([{"WarehouseCode": "W", "ItemCode": "A-1", "InventoryQty1": 5}]);
    let mut run = SyncRun::new(json!({"job": "catalogue", "marketplace": "entegra",
        "snapshot": {"products": [product], "inventory": inventory}}))
    .unwrap();
    let (_, listing) = until_answer_needed(&mut run, None);
    assert!(matches!(listing, Action::Call { ref op, .. } if op == "entegra.products.list"));
    let (planned, create) = until_answer_needed(&mut run, Some(page(json!([]))));
    assert!(matches!(create, Action::Call { ref op, .. } if op == "entegra.products.create"));
    let mut saved = folded(Value::Null, &planned);
    assert_eq!(saved["pending"]["A-1"]["op"], "entegra.products.create");
    let refused = json!({"kind": "auth", "message": "token refused"});
    let (passed, last) = until_answer_needed(&mut run, Some(Answer::Error(refused.clone())));
    assert!(
        passed.iter().any(|a| matches!(a, Action::Save(_))),
        "the state is saved before the run fails"
    );
    saved = folded(saved, &passed);
    assert_eq!(
        saved["pending"],
        json!({}),
        "a refused token means nothing was created: {saved}"
    );
    assert_eq!(last, Action::Fail(refused));
}

#[test]
fn an_acknowledgement_that_names_no_failed_order_acknowledges_none() {
    let product = json!({"ItemCode": "A-1", "ItemDescription": "A", "TaxRate": 20, "Variants": []});
    let options = json!({"CustomerCode": "C", "OfficeCode": "O", "WarehouseCode": "W"});
    let mut run = SyncRun::new(json!({"job": "orders", "marketplace": "entegra",
        "options": options, "snapshot": {"products": [product]}}))
    .unwrap();
    let (_, list) = until_answer_needed(&mut run, None);
    assert!(matches!(list, Action::Call { ref op, .. } if op == "entegra.orders.list"));
    let order = json!({"id": "26", "order_number": "e-26", "datetime": "2026-12-01 09:30:00",
        "order_product": [{"model": "A-1", "quantity": "1", "price": "10.00", "tax": "2.00"}]});
    let (_, deliver) = until_answer_needed(&mut run, Some(page(json!([order]))));
    assert!(
        matches!(deliver, Action::Deliver { retry: false, .. }),
        "{deliver:?}"
    );
    let (_, ack) = until_answer_needed(&mut run, Some(Answer::Result(json!(true))));
    assert!(matches!(ack, Action::Call { ref op, .. } if op == "entegra.orders.update_erp"));
    let vague = json!({"updated": [], "errorCount": 1, "errors": [{"message": "locked"}]});
    let (passed, done) = until_answer_needed(&mut run, Some(Answer::Result(vague)));
    let Action::Done(report) = done else {
        panic!("{done:?}")
    };
    assert_eq!(report["acknowledged"], json!([]));
    assert_eq!(
        report["state"]["orders"]["26"],
        json!({"OrderNumber": "e-26", "delivered": true}),
        "kept for the next run to acknowledge, not to deliver again"
    );
    assert!(passed.iter().any(|a| matches!(a, Action::Save(_))));
}

/// An orders run from a snapshot of one product, through the delivery of
/// the listed `order`, to the first acknowledgement call (or the end).
fn delivered_run(marketplace: &str, product: Value, order: Value) -> (SyncRun, Action) {
    let options = json!({"CustomerCode": "C", "OfficeCode": "O", "WarehouseCode": "W"});
    let mut run = SyncRun::new(json!({"job": "orders", "marketplace": marketplace,
        "options": options, "snapshot": {"products": [product]}}))
    .unwrap();
    let (_, list) = until_answer_needed(&mut run, None);
    assert!(matches!(list, Action::Call { .. }), "{list:?}");
    let (_, deliver) = until_answer_needed(&mut run, Some(page(json!([order]))));
    assert!(matches!(deliver, Action::Deliver { .. }), "{deliver:?}");
    let (_, next) = until_answer_needed(&mut run, Some(Answer::Result(json!(true))));
    (run, next)
}

#[test]
fn an_entegra_acknowledgement_kopru_cannot_read_confirms_nothing_and_says_why() {
    let product = json!({"ItemCode": "A-1", "TaxRate": 20, "Variants": []});
    let order = json!({"id": "26", "order_number": "e-26", "datetime": "2026-12-01 09:30:00",
        "order_product": [{"model": "A-1", "quantity": "1", "price": "10.00"}]});
    let (mut run, ack) = delivered_run("entegra", product, order);
    assert!(matches!(ack, Action::Call { ref op, .. } if op == "entegra.orders.update_erp"));
    let (_, done) = until_answer_needed(&mut run, Some(Answer::Result(json!({"message": "ok"}))));
    let Action::Done(report) = done else {
        panic!("{done:?}")
    };
    assert_eq!(report["acknowledged"], json!([]));
    assert_eq!(report["state"]["orders"]["26"]["delivered"], true);
    assert_eq!(
        report["errors"][0]["kind"], "unrecognised_answer",
        "{report}"
    );
    assert!(report["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("without a created, updated or errors list"));
}

#[test]
fn tedbul_lines_are_confirmed_by_their_listed_id_or_the_order_is_reported() {
    let product =
        json!({"ItemCode": "PAROL", "TaxRate": 10, "Barcode": "170017341905", "Variants": []});
    let line = json!({"orderProductId": 501, "orderProductBarcode": "170017341905",
        "orderQty": 2, "orderProductPrice": "17,45", "orderProductVAT": 10});
    let order = json!({"orderId": 19, "orderCode": "TB-19", "orderDate": "2025-01-01 10:00:00",
        "orderProducts": [line]});
    let (_, confirm) = delivered_run("tedbul", product.clone(), order);
    let Action::Call { op, params, .. } = confirm else {
        panic!("{confirm:?}")
    };
    assert_eq!(op, "tedbul.orders.confirm");
    assert_eq!(
        params,
        json!({"orderId": 19, "products": [{"penId": 501, "approvedQty": 2}]})
    );

    let mut unnamed = line.clone();
    unnamed.as_object_mut().unwrap().remove("orderProductId");
    let order = json!({"orderId": 20, "orderCode": "TB-20", "orderDate": "2025-01-01 10:00:00",
        "orderProducts": [unnamed]});
    let (_, done) = delivered_run("tedbul", product, order);
    let Action::Done(report) = done else {
        panic!("no confirmation is sent: {done:?}")
    };
    assert_eq!(report["acknowledged"], json!([]));
    assert_eq!(report["state"]["orders"]["20"]["delivered"], true);
    assert!(
        report["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("neither penId nor orderProductId"),
        "{report}"
    );
}

#[test]
fn an_unknown_parameter_with_an_odd_name_gets_a_quoted_path() {
    let error = SyncRun::new(json!({"job": "orders", "marketplace": "tedbul", "": 1}))
        .unwrap_err()
        .to_json();
    let paths: Vec<&str> = error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["path"].as_str())
        .collect();
    assert!(paths.contains(&"[\"\"]"), "{paths:?}");
    assert!(paths.iter().all(|p| !p.is_empty()));
}

/// A catalogue run of one Entegra product from a snapshot, up to its create call.
fn catalogue_run_to_create(stock: Value) -> SyncRun {
    let product = json!({"ItemCode": "A-1", "ItemDescription": "A", "SalePrice": "10.00",
        "Barcode": "869000", "Variants": []});
    let inventory = json!([{"WarehouseCode": "W", "ItemCode": "A-1", "InventoryQty1": stock}]);
    let mut run = SyncRun::new(json!({"job": "catalogue", "marketplace": "entegra",
        "snapshot": {"products": [product], "inventory": inventory}}))
    .unwrap();
    let (_, listing) = until_answer_needed(&mut run, None);
    assert!(matches!(listing, Action::Call { ref op, .. } if op == "entegra.products.list"));
    run
}

#[test]
fn an_entegra_write_answer_kopru_cannot_read_is_a_failure_of_the_report_with_its_reason() {
    let mut run = catalogue_run_to_create(json!(5));
    let (_, create) = until_answer_needed(&mut run, Some(page(json!([]))));
    assert!(matches!(create, Action::Call { ref op, .. } if op == "entegra.products.create"));
    let (passed, done) =
        until_answer_needed(&mut run, Some(Answer::Result(json!({"message": "ok"}))));
    let Action::Done(report) = done else {
        panic!("{done:?}")
    };
    assert_eq!(report["confirmed"], 0);
    assert_eq!(report["unconfirmed"], json!(["A-1"]));
    let failure = &report["errors"][0];
    assert_eq!(failure["op"], "entegra.products.create", "{report}");
    assert_eq!(failure["kind"], "unrecognised_answer", "{report}");
    assert!(failure["message"]
        .as_str()
        .unwrap()
        .contains("without a created, updated or errors list"));
    let batch = passed.iter().find_map(|a| match a {
        Action::Progress(event) if event["event"] == "batch" => Some(event.clone()),
        _ => None,
    });
    assert_eq!(batch.unwrap()["error"]["kind"], "unrecognised_answer");
}

#[test]
fn a_fractional_stock_is_sent_rounded_down_and_the_report_warns_of_it() {
    let mut run = catalogue_run_to_create(json!(1250.75));
    let (passed, create) = until_answer_needed(&mut run, Some(page(json!([]))));
    let Action::Call { params, .. } = create else {
        panic!("{create:?}")
    };
    assert_eq!(params["list"][0]["quantity"], 1250);
    let planned = passed.iter().find_map(|a| match a {
        Action::Progress(event) if event["event"] == "planned" => Some(event.clone()),
        _ => None,
    });
    assert_eq!(planned.unwrap()["warnings"], 1);
    let created = json!({"created": [{"productCode": "A-1", "id": "9"}], "errors": []});
    let (_, done) = until_answer_needed(&mut run, Some(Answer::Result(created)));
    let Action::Done(report) = done else {
        panic!("{done:?}")
    };
    assert_eq!(
        report["warnings"],
        json!([{"item": "A-1", "color": "", "size": "", "path": "products[0]",
                "erp": "1250.75", "sent": 1250, "rule": "rounded_down"}])
    );
    assert_eq!(report["errors"], json!([]));
}
