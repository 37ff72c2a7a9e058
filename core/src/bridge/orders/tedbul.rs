//! Tedbul sold orders (items of `tedbul.orders.sold.list`, lines under
//! `orderProducts`) → ERP sales orders.
//!
//! Tedbul's prices include VAT (`prices_include_vat`, default true). The
//! line total is `orderTotalPrice` (else `orderProductPrice` × `orderQty`);
//! `NetAmount` = total × 100 / (100 + VAT) and `Price` = unit price × 100 /
//! (100 + VAT), each computed exactly and rounded half away from zero to 2
//! decimals. The VAT rate is the line's `orderProductVAT`, else the ERP
//! product's TaxRate; a line with neither is unresolved. Tedbul has no line
//! discounts: `DiscountAmount` is 0.

use super::document::{documents, line, Amounts, OrderHeader};
use super::index::Index;
use super::{list_of, money, prepare, quantity};
use crate::bridge::amount;
use crate::bridge::catalogue::code_text;
use crate::dates::Date;
use crate::error::Error;
use crate::money::Money;
use crate::schema::integer;
use serde_json::Value;

/// Runs `map.tedbul.orders_to_erp` on schema-checked params.
pub fn orders_to_erp(params: &Value) -> Result<Value, Error> {
    let (index, options) = prepare(params)?;
    let orders = list_of(params.get("orders"));
    let include_vat = options.prices_include_vat;
    Ok(documents(
        orders,
        header,
        "orderProducts",
        |raw| order_line(&index, raw, include_vat),
        &options,
    ))
}

fn header(order: &Value) -> OrderHeader {
    let id = code_text(order.get("orderId"));
    let number = Some(code_text(order.get("orderCode")))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| id.clone());
    OrderHeader {
        id,
        number,
        date: order
            .get("orderDate")
            .and_then(Value::as_str)
            .and_then(Date::parse_any),
        marketplace: "Tedbul",
    }
}

fn order_line(index: &Index, raw: &Value, include_vat: bool) -> Result<Value, String> {
    let barcode = code_text(raw.get("orderProductBarcode"));
    if barcode.is_empty() {
        return Err("the line has no orderProductBarcode".into());
    }
    let item = index.by_barcode(&barcode)?;
    let quantity = quantity(raw.get("orderQty"))?;
    let vat = match raw.get("orderProductVAT").filter(|v| !v.is_null()) {
        Some(v) => Some(
            integer(v)
                .filter(|r| (0..=100).contains(r))
                .ok_or_else(|| format!("orderProductVAT is not a VAT rate in percent: {v}"))?,
        ),
        None => item.tax_rate,
    };
    let unit = money(raw.get("orderProductPrice"), "orderProductPrice")?;
    let total = money(raw.get("orderTotalPrice"), "orderTotalPrice")?;
    let total = total
        .or_else(|| unit.map(|u| amount::times(u, quantity)))
        .ok_or("the line has neither orderTotalPrice nor orderProductPrice")?;
    let (price, net) = if include_vat {
        let vat = vat.ok_or("no VAT rate: neither orderProductVAT nor the ERP TaxRate")?;
        let denominator = 100 + i128::from(vat);
        let price = match unit {
            Some(unit) => amount::remove_vat(unit, vat),
            None => amount::scaled_to_cents(total, 100, denominator * i128::from(quantity)),
        };
        (price, amount::remove_vat(total, vat))
    } else {
        let price = unit.unwrap_or_else(|| amount::scaled_to_cents(total, 1, i128::from(quantity)));
        (amount::round_cents(price), amount::round_cents(total))
    };
    let amounts = Amounts {
        quantity,
        price,
        discount: Money::from_units(0, 2),
        net,
        vat_rate: vat,
    };
    Ok(line(&item, amounts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn params(orders: Value, options: Value) -> Value {
        json!({
            "orders": orders,
            "products": [{"ItemCode": "PAROL", "ItemTypeCode": 1, "TaxRate": 10, "Barcode": "170017341905", "Variants": []},
                         {"ItemCode": "KREM", "Variants": [{"ColorCode": "STD", "Barcode": "17001734190500"}]}],
            "options": options
        })
    }

    fn options() -> Value {
        json!({"CustomerCode": "TEDBUL", "OfficeCode": "IST-01", "WarehouseCode": "WH", "ProcessCode": "WS"})
    }

    #[test]
    fn net_amounts_remove_the_line_vat_exactly() {
        let orders = json!([{"orderId": 91, "orderCode": "TB-91", "orderDate": "2024-03-01 10:00:00",
            "orderProducts": [
                {"orderProductBarcode": "170017341905", "orderQty": 3, "orderProductPrice": "17,45",
                 "orderTotalPrice": "52,35", "orderProductVAT": 8},
                {"orderProductBarcode": "17001734190500", "orderQty": 2, "orderProductPrice": "10.00",
                 "orderProductVAT": 20}]}]);
        let out = orders_to_erp(&params(orders, options())).unwrap();
        assert_eq!(out["unresolved"], json!([]));
        let document = &out["documents"][0];
        assert_eq!(document["OrderNumber"], "TB-91");
        assert_eq!(document["ProcessCode"], "WS");
        let first = &document["Lines"][0];
        assert_eq!(first["ItemCode"], "PAROL");
        assert_eq!(first["ColorCode"], Value::Null);
        assert_eq!(first["Price"], "16.16");
        assert_eq!(first["NetAmount"], "48.47");
        assert_eq!(first["VatRate"], 8);
        let second = &document["Lines"][1];
        assert_eq!(
            (&second["ColorCode"], &second["NetAmount"]),
            (&json!("STD"), &json!("16.67"))
        );
    }

    #[test]
    fn missing_vat_falls_back_to_the_tax_rate_or_is_reported() {
        let orders = json!([
            {"orderId": 1, "orderDate": "2024-03-01", "orderProducts": [
                {"orderProductBarcode": "170017341905", "orderQty": 1, "orderTotalPrice": "11,00"}]},
            {"orderId": 2, "orderDate": "2024-03-01", "orderProducts": [
                {"orderProductBarcode": "17001734190500", "orderQty": 1, "orderTotalPrice": "11,00"},
                {"orderProductBarcode": "000", "orderQty": 1, "orderTotalPrice": "1"}]}]);
        let out = orders_to_erp(&params(orders, options())).unwrap();
        assert_eq!(out["documents"][0]["Lines"][0]["NetAmount"], "10.00");
        assert_eq!(out["documents"].as_array().unwrap().len(), 1);
        assert_eq!(out["unresolved"].as_array().unwrap().len(), 2);
        assert_eq!(out["unresolved"][0]["order"], "2");
        let mut net = options();
        net["prices_include_vat"] = json!(0);
        let out = orders_to_erp(&params(json!([]), net)).unwrap();
        assert_eq!(out["documents"], json!([]));
    }
}
