//! Entegra orders (items of `entegra.orders.list`, lines under
//! `order_product`) → ERP sales orders.
//!
//! Entegra's line prices are without VAT: `price` is what was paid per unit,
//! `first_price` the price before discount. So `Price` = first_price (price
//! when first_price is missing or lower), `DiscountAmount` = (first_price −
//! price) × quantity and `NetAmount` = price × quantity; `VatRate` is the
//! ERP product's TaxRate.

use super::document::{documents, line, Amounts, OrderHeader};
use super::index::Index;
use super::{list_of, money, prepare, quantity};
use crate::bridge::amount;
use crate::bridge::catalogue::code_text;
use crate::dates::Date;
use crate::error::Error;
use serde_json::Value;

/// Runs `map.entegra.orders_to_erp` on schema-checked params.
pub fn orders_to_erp(params: &Value) -> Result<Value, Error> {
    let (index, options) = prepare(params)?;
    let orders = list_of(params.get("orders"));
    Ok(documents(
        orders,
        header,
        "order_product",
        |raw| order_line(&index, raw),
        &options,
    ))
}

fn header(order: &Value) -> OrderHeader {
    let id = code_text(order.get("id"));
    let number = Some(code_text(order.get("order_id")))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| id.clone());
    OrderHeader {
        id,
        number,
        date: order
            .get("order_date")
            .and_then(Value::as_str)
            .and_then(Date::parse_any),
        marketplace: "Entegra",
    }
}

fn order_line(index: &Index, raw: &Value) -> Result<Value, String> {
    let code = code_text(raw.get("product_code"));
    if code.is_empty() {
        return Err("the line has no product_code".into());
    }
    let item = index.by_code(&code)?;
    let quantity = quantity(raw.get("quantity"))?;
    let price = money(raw.get("price"), "price")?.ok_or("the line has no price")?;
    let list = money(raw.get("first_price"), "first_price")?
        .filter(|first| *first >= price)
        .unwrap_or(price);
    let amounts = Amounts {
        quantity,
        price: amount::round_cents(list),
        discount: amount::round_cents(amount::times(amount::minus(list, price), quantity)),
        net: amount::round_cents(amount::times(price, quantity)),
        vat_rate: item.tax_rate,
    };
    Ok(line(&item, amounts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn params(orders: Value) -> Value {
        json!({
            "orders": orders,
            "products": [{"ItemCode": "w-1", "ItemTypeCode": 1, "TaxRate": 20, "Variants": [
                {"ColorCode": "BLK", "ItemDim1Code": "40", "Barcode": "1"},
                {"ColorCode": "WHT", "ItemDim1Code": "40", "Barcode": "2"}]}],
            "options": {"CustomerCode": "C-1", "OfficeCode": "IST-01", "WarehouseCode": "WH"}
        })
    }

    #[test]
    fn lines_keep_the_discount_and_amounts_exclude_vat() {
        let orders = json!([{"id": "26", "order_id": "e-1233", "order_date": "21.09.2020",
            "order_product": [{"product_code": "w-1-BLK-40", "quantity": "3", "price": "120.20", "first_price": "130.00"}]}]);
        let out = orders_to_erp(&params(orders)).unwrap();
        assert_eq!(out["unresolved"], json!([]));
        assert_eq!(out["sources"], json!(["26"]));
        let document = &out["documents"][0];
        assert_eq!(document["OrderNumber"], "e-1233");
        assert_eq!(document["OrderDate"], "2020-09-21");
        assert_eq!(document["ProcessCode"], "R");
        assert_eq!(document["DocCurrencyCode"], "TRY");
        assert_eq!(
            document["Lines"][0],
            json!({"ItemTypeCode": 1, "ItemCode": "w-1", "ColorCode": "BLK", "ItemDim1Code": "40",
                   "Qty1": 3, "Price": "130.00", "DiscountAmount": "29.40", "NetAmount": "360.60", "VatRate": 20})
        );
    }

    #[test]
    fn an_order_with_an_unresolved_line_is_not_imported() {
        let orders = json!([{"id": "27", "order_id": "e-1234", "order_date": "2021-01-05 14:20:00",
            "order_product": [
                {"product_code": "w-1-WHT-40", "quantity": 1, "price": "24.50"},
                {"product_code": "w-1-RED-40", "quantity": 2, "price": "24.50"},
                {"product_code": "w-1", "quantity": 0, "price": "x"}]}]);
        let out = orders_to_erp(&params(orders)).unwrap();
        assert_eq!(out["documents"], json!([]));
        let lines: Vec<&Value> = out["unresolved"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| &u["line"])
            .collect();
        assert_eq!(lines, vec![&json!(1), &json!(2)]);
        assert_eq!(out["unresolved"][0]["order"], "27");
        assert!(out["unresolved"][1]["reason"]
            .as_str()
            .unwrap()
            .contains("several variants"));
    }
}
