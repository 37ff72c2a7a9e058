//! `sandbox.erp.update` end to end: a session and the ERP emulator, the
//! change seen afterwards through `erp.products.*` and `erp.inventory.*`.

use super::test_driver::{service_driver, validation_paths, NOW};
use super::Sandbox;
use crate::service::Service;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};

const UPDATE: &str = "sandbox.erp.update";

service_driver!(Erp, Service::Erp);

impl Erp {
    fn products(&mut self) -> Vec<Value> {
        let page = self.ok("erp.products.list", json!({"per_page": 100}));
        page["items"].as_array().unwrap().clone()
    }

    fn stock(&mut self) -> Vec<Value> {
        let page = self.ok("erp.inventory.list", json!({"per_page": 100}));
        page["items"].as_array().unwrap().clone()
    }

    /// The quantity of one stock row, if the list has it.
    fn quantity(
        &mut self,
        warehouse: &str,
        item: &str,
        color: Value,
        size: Value,
    ) -> Option<Value> {
        self.stock()
            .into_iter()
            .find(|row| {
                row["WarehouseCode"] == warehouse
                    && row["ItemCode"] == item
                    && row["ColorCode"] == color
                    && row["ItemDim1Code"] == size
            })
            .map(|row| row["InventoryQty1"].clone())
    }
}

fn codes(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["ItemCode"].as_str().unwrap())
        .collect()
}

#[test]
fn changed_stock_shows_in_the_inventory_lists() {
    let mut erp = Erp::new();
    let row = json!({"WarehouseCode": "WH-IST-M01-MAIN", "ItemCode": "SHIRT-001",
                     "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 7});
    let counts = erp.ok(UPDATE, json!({"inventory": [row]}));
    assert_eq!(counts, json!({"products": 3, "inventory": 8}));
    let changed = erp.quantity("WH-IST-M01-MAIN", "SHIRT-001", json!("RED"), json!("M"));
    assert_eq!(changed, Some(json!(7)));
    let elsewhere = erp.quantity("WH-IST-M01-BACK", "SHIRT-001", json!("RED"), json!("M"));
    assert_eq!(elsewhere, Some(json!(12)), "only the keyed row changes");
    let item = erp.ok("erp.inventory.get", json!({"ItemCode": "SHIRT-001"}));
    let main = &item["items"][0];
    assert_eq!(main["InventoryQty1"], 7);
    assert_eq!(main["OfficeCode"], "IST-01", "the other fields are kept");
    assert_eq!(main["ItemTypeCode"], 1);
}

#[test]
fn the_example_sets_what_the_seed_has() {
    let mut erp = Erp::new();
    let before = (erp.products(), erp.stock());
    let op = crate::ops::find(UPDATE).unwrap();
    let counts = erp.ok(UPDATE, serde_json::from_str(op.example).unwrap());
    assert_eq!(counts, json!({"products": 3, "inventory": 8}));
    assert_eq!((erp.products(), erp.stock()), before);
}

#[test]
fn products_are_upserted_by_item_code() {
    let mut erp = Erp::new();
    let counts = erp.ok(
        UPDATE,
        json!({"products": [
            {"ItemCode": "SHIRT-001", "SalePrice": "99,50", "ItemDescription": "Polo"},
            {"ItemCode": "CAP-001", "ItemTypeCode": 1, "ItemDescription": "Şapka",
             "SalePrice": 15, "TaxRate": 20, "IsBlocked": 1, "ProductAtt01": "Keten"},
        ]}),
    );
    assert_eq!(counts, json!({"products": 4, "inventory": 8}));
    let products = erp.products();
    assert_eq!(
        codes(&products),
        ["SHIRT-001", "SCARF-001", "FABRIC-100", "CAP-001"]
    );
    let shirt = erp.ok("erp.products.get", json!({"id": "SHIRT-001"}));
    assert_eq!(shirt["SalePrice"], "99.50");
    assert_eq!(shirt["ItemDescription"], "Polo");
    assert_eq!(shirt["PurchasePrice"], "45.5", "fields not given are kept");
    assert_eq!(shirt["Variants"].as_array().unwrap().len(), 3);
    let cap = &products[3];
    assert_eq!(cap["SalePrice"], "15");
    assert_eq!(cap["IsBlocked"], true, "the ERP's own boolean");
    assert_eq!(cap["ProductAtt01"], "Keten", "other product fields pass");
    let products = erp.ok("erp.products.list", json!({"item_type_code": 1}));
    let of_type_1 = codes(products["items"].as_array().unwrap()).join(" ");
    assert_eq!(
        of_type_1, "SHIRT-001 SCARF-001 CAP-001",
        "filters see the new product"
    );
}

#[test]
fn new_stock_rows_are_filled_from_the_warehouse_and_the_product() {
    let mut erp = Erp::new();
    let counts = erp.ok(
        UPDATE,
        json!({
            "products": [{"ItemCode": 42, "ItemTypeCode": 2, "ItemDescription": "Düğme"}],
            "inventory": [
                {"WarehouseCode": "WH-IZM-CENTRAL", "ItemCode": 42, "InventoryQty1": "500"},
                {"WarehouseCode": "WH-NEW", "ItemCode": "42", "ColorCode": null,
                 "InventoryQty1": -3, "OfficeCode": "X-01"},
            ],
        }),
    );
    assert_eq!(counts, json!({"products": 4, "inventory": 10}));
    let rows = erp.ok("erp.inventory.get", json!({"ItemCode": "42"}));
    assert_eq!(
        rows["items"],
        json!([
            {"OfficeCode": "IZM-01", "StoreCode": null, "WarehouseCode": "WH-IZM-CENTRAL",
             "ItemTypeCode": 2, "ItemCode": "42", "ColorCode": null, "ItemDim1Code": null,
             "InventoryQty1": 500},
            {"OfficeCode": "X-01", "StoreCode": null, "WarehouseCode": "WH-NEW",
             "ItemTypeCode": 2, "ItemCode": "42", "ColorCode": null, "ItemDim1Code": null,
             "InventoryQty1": -3},
        ])
    );
    let izmir = erp.ok(
        "erp.inventory.list",
        json!({"warehouse_code": "WH-IZM-CENTRAL"}),
    );
    assert_eq!(
        codes(izmir["items"].as_array().unwrap()),
        ["FABRIC-100", "42"]
    );
}

#[test]
fn removed_products_take_their_stock_with_them() {
    let mut erp = Erp::new();
    let counts = erp.ok(UPDATE, json!({"remove_products": ["SHIRT-001", "NO-SUCH"]}));
    assert_eq!(counts, json!({"products": 2, "inventory": 2}));
    assert_eq!(codes(&erp.products()), ["SCARF-001", "FABRIC-100"]);
    assert_eq!(codes(&erp.stock()), ["SCARF-001", "FABRIC-100"]);
    let gone = erp.call("erp.products.get", json!({"id": "SHIRT-001"}));
    assert_eq!(gone.unwrap_err().to_json()["status"], 404);
    let readded = erp.ok(
        UPDATE,
        json!({"remove_products": ["SCARF-001"], "products": [{"ItemCode": "SCARF-001"}]}),
    );
    assert_eq!(readded, json!({"products": 2, "inventory": 1}));
    let scarf = erp.ok("erp.products.get", json!({"id": "SCARF-001"}));
    assert_eq!(
        scarf,
        json!({"ItemCode": "SCARF-001"}),
        "removed, then added afresh"
    );
}

#[test]
fn replace_puts_exactly_the_given_lists_in_place() {
    let mut erp = Erp::new();
    let catalogue = json!({
        "replace": 1,
        "products": [{"ItemCode": "GEN-1", "ItemTypeCode": 1, "SalePrice": 10},
                     {"ItemCode": "GEN-2", "ItemTypeCode": 1, "SalePrice": "20.5"}],
        "inventory": [{"WarehouseCode": "WH-BRS-MAIN", "ItemCode": "GEN-1", "InventoryQty1": 5}],
    });
    assert_eq!(
        erp.ok(UPDATE, catalogue.clone()),
        json!({"products": 2, "inventory": 1})
    );
    assert_eq!(codes(&erp.products()), ["GEN-1", "GEN-2"]);
    assert_eq!(erp.stock()[0]["OfficeCode"], "BRS-01");
    assert_eq!(
        erp.ok(UPDATE, catalogue),
        json!({"products": 2, "inventory": 1}),
        "the same update again changes nothing"
    );
    let emptied = erp.ok(UPDATE, json!({"replace": true}));
    assert_eq!(emptied, json!({"products": 0, "inventory": 0}));
    assert_eq!(erp.ok("erp.warehouses.list", json!({}))["total"], 7);
    assert_eq!(
        erp.ok(UPDATE, json!({})),
        json!({"products": 0, "inventory": 0})
    );
}

#[test]
fn bad_params_are_refused_with_their_paths_before_sending() {
    let mut erp = Erp::new();
    let err = erp
        .call(
            UPDATE,
            json!({
                "products": [{"SalePrice": -1}, {"ItemCode": " "}, "x"],
                "inventory": [{"ItemCode": "SHIRT-001", "InventoryQty1": "lots", "Size": "M"},
                              {"WarehouseCode": "", "ItemCode": "SHIRT-001", "InventoryQty1": 1}],
                "remove_products": ["", true],
                "replace": 2,
                "dry_run": 1,
            }),
        )
        .unwrap_err();
    assert_eq!(
        validation_paths(&err),
        [
            "dry_run",
            "inventory[0].InventoryQty1",
            "inventory[0].Size",
            "inventory[0].WarehouseCode",
            "inventory[1].WarehouseCode",
            "products[0].ItemCode",
            "products[0].SalePrice",
            "products[1].ItemCode",
            "products[2]",
            "remove_products[0]",
            "remove_products[1]",
            "replace",
        ]
    );
    assert_eq!(erp.sent, 0);
}

#[test]
fn stock_of_an_unknown_product_changes_nothing() {
    let mut erp = Erp::new();
    let err = erp
        .call(
            UPDATE,
            json!({
                "products": [{"ItemCode": "NEW-1"}],
                "remove_products": ["SCARF-001"],
                "inventory": [
                    {"WarehouseCode": "WH-BRS-MAIN", "ItemCode": "NEW-1", "InventoryQty1": 1},
                    {"WarehouseCode": "WH-BRS-MAIN", "ItemCode": "SCARF-001", "InventoryQty1": 1},
                ],
            }),
        )
        .unwrap_err();
    let json = err.to_json();
    assert_eq!(json["kind"], "api");
    assert_eq!(json["status"], 422);
    assert!(err.to_string().contains("inventory[1].ItemCode"), "{err}");
    assert_eq!(
        codes(&erp.products()),
        ["SHIRT-001", "SCARF-001", "FABRIC-100"]
    );
    assert_eq!(erp.stock().len(), 8);
}

/// A raw request to the route, with or without the sandbox account.
fn raw(sandbox: &mut Sandbox, method: &str, body: Option<&str>, authorized: bool) -> (u16, Value) {
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    if authorized {
        let basic = format!("Basic {}", STANDARD.encode("demo:demo-password"));
        headers.push(("Authorization".to_string(), basic));
    }
    let response = sandbox.handle_relative(method, "/erp/_sandbox/erp", &headers, body, NOW);
    (
        response.status,
        serde_json::from_str(&response.body).unwrap(),
    )
}

#[test]
fn the_route_checks_credentials_method_and_body() {
    let mut sandbox = Sandbox::new(Service::Erp);
    let body = r#"{"remove_products": ["SHIRT-001"]}"#;
    let (status, answer) = raw(&mut sandbox, "PUT", Some(body), false);
    assert_eq!((status, &answer["success"]), (401, &json!(false)));
    let (status, _) = raw(&mut sandbox, "POST", Some(body), true);
    assert_eq!(status, 405);
    let (status, answer) = raw(&mut sandbox, "PUT", None, true);
    assert_eq!(status, 422);
    assert_eq!(answer["errors"]["params"][0], "must be an object");
    let (status, answer) = raw(&mut sandbox, "PUT", Some(r#"{"inventory": [{}]}"#), true);
    assert_eq!(status, 422);
    let mut fields: Vec<&String> = answer["errors"].as_object().unwrap().keys().collect();
    fields.sort();
    assert_eq!(
        fields,
        [
            "inventory[0].InventoryQty1",
            "inventory[0].ItemCode",
            "inventory[0].WarehouseCode"
        ]
    );
    let (status, answer) = raw(&mut sandbox, "PUT", Some(body), true);
    assert_eq!(status, 200);
    assert_eq!(
        answer,
        json!({"success": true, "data": {"products": 2, "inventory": 2}})
    );
}
