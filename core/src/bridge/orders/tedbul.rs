//! Tedbul sold orders (items of `tedbul.orders.sold.list`, lines under
//! `orderProducts`) → ERP sales orders.
//!
//! Tedbul's prices include VAT (`prices_include_vat`, default true):
//! `orderTotalPrice` is what the buyer paid for the line (else
//! `orderProductPrice` × `orderQty`) and `orderProductPrice` the unit price.
//! With `prices_include_vat` false both are taken as net and get the VAT
//! rate added, rounded to cents. The VAT rate is the line's
//! `orderProductVAT`, else the ERP product's TaxRate; a line with neither is
//! unresolved. The ERP line follows the rule of [`super::paid`].

use super::document::{documents, OrderHeader};
use super::index::{Index, Resolved};
use super::paid::Paid;
use super::{list_of, money, prepare, quantity, vat_rate};
use crate::bridge::amount;
use crate::bridge::catalogue::code_text;
use crate::dates::Date;
use crate::error::Error;
use serde_json::Value;

/// Runs `map.tedbul.orders_to_erp` on schema-checked params.
pub fn orders_to_erp(params: &Value) -> Result<Value, Error> {
    let (index, options) = prepare(params)?;
    let orders = list_of(params.get("orders"));
    let include_vat = options.prices_include_vat;
    Ok(documents(
        orders,
        header,
        &["orderProducts"],
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

fn order_line(index: &Index, raw: &Value, include_vat: bool) -> Result<(Resolved, Paid), String> {
    let barcode = code_text(raw.get("orderProductBarcode"));
    if barcode.is_empty() {
        return Err("the line has no orderProductBarcode".into());
    }
    let item = index.by_barcode(&barcode)?;
    let quantity = quantity(raw.get("orderQty"))?;
    let rate = vat_rate(raw.get("orderProductVAT"), item.tax_rate, "orderProductVAT")?;
    let gross = |amount: crate::money::Money| {
        if include_vat {
            amount
        } else {
            amount::add_vat(amount, rate)
        }
    };
    let unit = money(raw.get("orderProductPrice"), "orderProductPrice")?.map(gross);
    let total = money(raw.get("orderTotalPrice"), "orderTotalPrice")?.map(gross);
    let total = total
        .or_else(|| unit.map(|u| amount::times(u, quantity)))
        .ok_or("the line has neither orderTotalPrice nor orderProductPrice")?;
    Ok((item, Paid::from_total(quantity, unit, total, rate)))
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
        assert_eq!(first["PriceVI"], "17.45");
        assert_eq!(first["AmountVI"], "52.35");
        assert_eq!(first["NetAmount"], "48.47");
        assert_eq!(first["VatAmount"], "3.88");
        assert_eq!(first["VatRate"], 8);
        let second = &document["Lines"][1];
        assert_eq!(
            (&second["ColorCode"], &second["NetAmount"]),
            (&json!("STD"), &json!("16.67"))
        );
        assert_eq!(document["TotalVI"], "72.35");
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
