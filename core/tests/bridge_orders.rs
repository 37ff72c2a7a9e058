//! Orders listed by the Entegra and Tedbul sandboxes → ERP sales orders:
//! resolved through the catalogue, the paid gross kept with its net and VAT
//! split, never half an order.

mod bridge_support;

use bridge_support::*;
use kopru_core::Service;
use serde_json::{json, Value};

fn options() -> Value {
    json!({"CustomerCode": "120.01.900", "OfficeCode": "IST-01", "WarehouseCode": "WH-IST"})
}

#[test]
fn entegra_orders_become_documents_or_are_reported_whole() {
    let mut market = Marketplace::new(Service::Entegra);
    let orders = market.list_all("entegra.orders.list", json!({"page": 1}));
    let catalogue = json!([
        {"ItemCode": "w-1-1259", "ItemTypeCode": 1, "TaxRate": 20, "Variants": [
            {"ColorCode": "m", "ColorDescription": "Siyah", "Barcode": "82198029399"}]},
        {"ItemCode": "w-1-1258", "ItemTypeCode": 1, "TaxRate": 20, "Variants": [
            {"ColorCode": "x", "ColorDescription": "Beyaz", "ItemDim1Code": null, "Barcode": "821980293986"}]}
    ]);
    let out = local(
        "map.entegra.orders_to_erp",
        &json!({"orders": orders, "products": catalogue, "options": options()}),
    )
    .unwrap();
    assert_eq!(out["sources"], json!(["26"]));
    let document = &out["documents"][0];
    assert_eq!(
        document["OrderNumber"], "e-1233",
        "order_number of the live list"
    );
    assert_eq!(document["OrderDate"], "2020-09-21", "from datetime");
    assert_eq!(
        document["TotalVI"], "432.72",
        "the order's grand_total: what was paid"
    );
    assert_eq!(
        document["Lines"],
        json!([{"ItemTypeCode": 1, "ItemCode": "w-1-1259", "ColorCode": "m", "ItemDim1Code": null,
                "Qty1": 3, "PriceVI": "156.00", "DiscountVI": "35.28", "AmountVI": "432.72",
                "NetAmount": "360.60", "VatAmount": "72.12", "VatRate": 20}])
    );
    let reason = "store_stock_code: no ERP item has the productCode \"w-1-1258-g\"; \
                  model: no ERP item has the productCode \"w-1-1258-g\"; \
                  barcode: no ERP item has the barcode \"82198029390\"";
    assert_eq!(
        out["unresolved"],
        json!([{"order": "27", "line": 1, "reason": reason}]),
        "order 27 has one unknown line: no document for it at all"
    );
}

#[test]
fn tedbul_sold_orders_have_vat_removed_per_line() {
    let mut market = Marketplace::new(Service::Tedbul);
    let orders = market.list_all("tedbul.orders.sold.list", json!({"page": 1, "show": 50}));
    assert!(orders.len() >= 6);
    let catalogue = json!([
        {"ItemCode": "PAROL-500", "ItemTypeCode": 1, "TaxRate": 10, "Barcode": "170017341905", "Variants": []},
        {"ItemCode": "BEPANTHEN-30", "ItemTypeCode": 1, "TaxRate": 10, "Barcode": "17001734190500"}
    ]);
    let out = local(
        "map.tedbul.orders_to_erp",
        &json!({"orders": orders, "products": catalogue, "options": options()}),
    )
    .unwrap();
    let imported: Vec<&str> = out["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let reported: Vec<&str> = out["unresolved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["order"].as_str().unwrap())
        .collect();
    for order in &orders {
        let id = order["orderId"].as_str().unwrap();
        let lines = order["orderProducts"].as_array().unwrap();
        let resolvable = lines
            .iter()
            .all(|l| l["orderProductBarcode"] != "8699536090115");
        assert_eq!(imported.contains(&id), resolvable, "order {id}");
        assert_eq!(reported.contains(&id), !resolvable, "order {id}");
    }
    let document = out["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["OrderNumber"] == "TB2025000019")
        .unwrap();
    let lines = document["Lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["ItemCode"], "PAROL-500");
    assert_eq!(lines[0]["AmountVI"], "174.50", "what was paid");
    assert_eq!(lines[0]["NetAmount"], "158.64", "174.50 / 1.10");
    assert_eq!(lines[0]["VatAmount"], "15.86");
    assert_eq!(lines[1]["NetAmount"], "477.27", "525.00 / 1.10");
    assert_eq!(lines[1]["PriceVI"], "105.00", "the unit price as charged");
    assert_eq!(document["Description"], "Tedbul order TB2025000019 (id 19)");
}
