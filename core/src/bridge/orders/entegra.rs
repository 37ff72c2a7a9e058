//! Entegra orders (items of `entegra.orders.list`) → ERP sales orders.
//!
//! The live list shape (api-ground-truth §1.4) is read first, the create
//! shape second, so orders kopru created itself map the same way:
//! - number: `order_number` (the marketplace's), else `no` (Entegra's own
//!   reference), else `order_id` (create shape), else the `id`;
//! - date: `datetime`, else `date_add`, else `order_date`, in every format
//!   the sources show (`YYYY-MM-DD HH:MM:SS`, `DD/MM/YYYY`, `DD.MM.YYYY`);
//! - lines: `order_product`, else `order_details`; each resolved by
//!   `store_stock_code`, then `model`, then `product_code` (through the code
//!   template or a variant-less ItemCode), then `barcode` against the
//!   variant barcodes. The first that names one ERP item wins.
//!
//! Prices: `price` is the unit price paid without VAT and `first_price` the
//! unit price before discount (research: "Fiyatlar Entegra'dan KDV hariç
//! gelir"); `tax` is the VAT per unit (the OpenCart `order_product` column
//! Entegra's lines mirror). So the gross unit price paid is `price` + `tax`,
//! or `price` plus the ERP TaxRate rounded to cents when `tax` is missing,
//! or `price` itself when `priceIncludedTax` is 1. The gross list price is
//! `first_price` with VAT the same way; the difference × quantity is the
//! discount. The VAT rate is the ERP product's TaxRate.

use super::document::{documents, OrderHeader};
use super::index::{Index, Resolved};
use super::paid::Paid;
use super::{list_of, money, prepare, quantity};
use crate::bridge::amount;
use crate::bridge::catalogue::code_text;
use crate::dates::Date;
use crate::error::Error;
use crate::money::Money;
use serde_json::Value;

/// The keys naming a line's product, in the order they are tried.
const CODE_KEYS: [&str; 3] = ["store_stock_code", "model", "product_code"];

/// Runs `map.entegra.orders_to_erp` on schema-checked params.
pub fn orders_to_erp(params: &Value) -> Result<Value, Error> {
    let (index, options) = prepare(params)?;
    let orders = list_of(params.get("orders"));
    Ok(documents(
        orders,
        header,
        &["order_product", "order_details"],
        |raw| order_line(&index, raw),
        &options,
    ))
}

/// The first non-empty text of `keys` in `value`.
fn first_text(value: &Value, keys: &[&str]) -> Option<String> {
    keys.iter()
        .map(|key| code_text(value.get(*key)))
        .find(|text| !text.is_empty())
}

fn header(order: &Value) -> OrderHeader {
    let id = code_text(order.get("id"));
    let number =
        first_text(order, &["order_number", "no", "order_id"]).unwrap_or_else(|| id.clone());
    let date = ["datetime", "date_add", "order_date"]
        .iter()
        .filter_map(|key| order.get(*key).and_then(Value::as_str))
        .find_map(Date::parse_any);
    OrderHeader {
        id,
        number,
        date,
        marketplace: "Entegra",
    }
}

/// The ERP item a line names: by its codes, then by its barcode.
fn resolve(index: &Index, raw: &Value) -> Result<Resolved, String> {
    let mut reasons = Vec::new();
    for key in CODE_KEYS {
        let code = code_text(raw.get(key));
        if code.is_empty() {
            continue;
        }
        match index.by_code(&code) {
            Ok(item) => return Ok(item),
            Err(reason) => reasons.push(format!("{key}: {reason}")),
        }
    }
    let barcode = code_text(raw.get("barcode"));
    if !barcode.is_empty() {
        match index.by_barcode(&barcode) {
            Ok(item) => return Ok(item),
            Err(reason) => reasons.push(format!("barcode: {reason}")),
        }
    }
    if reasons.is_empty() {
        return Err("the line has none of store_stock_code, model, product_code or barcode".into());
    }
    Err(reasons.join("; "))
}

/// True when the line says its `price` includes VAT.
fn price_includes_vat(raw: &Value) -> bool {
    match raw.get("priceIncludedTax") {
        Some(Value::Bool(flag)) => *flag,
        Some(other) => crate::schema::integer(other) == Some(1),
        None => false,
    }
}

fn order_line(index: &Index, raw: &Value) -> Result<(Resolved, Paid), String> {
    let item = resolve(index, raw)?;
    let quantity = quantity(raw.get("quantity"))?;
    let rate = item
        .tax_rate
        .ok_or("no VAT rate: the ERP product has no TaxRate")?;
    let price = money(raw.get("price"), "price")?.ok_or("the line has no price")?;
    let included = price_includes_vat(raw);
    let with_vat = |net: Money| {
        if included {
            net
        } else {
            amount::add_vat(net, rate)
        }
    };
    let paid_unit = match money(raw.get("tax"), "tax")? {
        Some(tax) if !included => amount::plus(price, tax),
        _ => with_vat(price),
    };
    let list_unit = money(raw.get("first_price"), "first_price")?
        .filter(|first| *first > price)
        .map(with_vat);
    let paid_total = amount::times(paid_unit, quantity);
    Ok((
        item,
        Paid::from_total(quantity, list_unit.or(Some(paid_unit)), paid_total, rate),
    ))
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
    fn the_live_list_shape_maps_with_the_paid_gross_kept() {
        let orders = json!([{"id": "26", "no": "E-26", "order_number": "TY-1233",
            "datetime": "2020-09-21 10:30:00", "mobil_phone": "5302002020",
            "order_product": [{"order_product_id": "1", "model": "w-1-BLK-40", "store_stock_code": "",
                "barcode": "1", "quantity": "3", "price": "100.00", "tax": "20.00",
                "first_price": "110.00", "total": "300.00"}]}]);
        let out = orders_to_erp(&params(orders)).unwrap();
        assert_eq!(out["unresolved"], json!([]));
        assert_eq!(out["sources"], json!(["26"]));
        let document = &out["documents"][0];
        assert_eq!(document["OrderNumber"], "TY-1233");
        assert_eq!(document["OrderDate"], "2020-09-21");
        assert_eq!(document["TotalVI"], "360.00");
        assert_eq!(
            document["Lines"][0],
            json!({"ItemTypeCode": 1, "ItemCode": "w-1", "ColorCode": "BLK", "ItemDim1Code": "40",
                   "Qty1": 3, "PriceVI": "132.00", "DiscountVI": "36.00", "AmountVI": "360.00",
                   "NetAmount": "300.00", "VatAmount": "60.00", "VatRate": 20})
        );
    }

    #[test]
    fn numbers_dates_and_lines_fall_back_in_order() {
        let orders = json!([
            {"id": "1", "no": "E-1", "date_add": "11/05/2026",
             "order_product": [{"store_stock_code": "nope", "model": "zzz", "barcode": "2",
                                "quantity": 2, "price": "74.92"}]},
            {"id": "2", "order_id": "e-2", "order_date": "21.09.2020",
             "order_details": [{"product_code": "w-1-WHT-40", "quantity": "1.00", "price": "10"}]}]);
        let out = orders_to_erp(&params(orders)).unwrap();
        assert_eq!(out["unresolved"], json!([]));
        let first = &out["documents"][0];
        assert_eq!(
            (&first["OrderNumber"], &first["OrderDate"]),
            (&json!("E-1"), &json!("2026-05-11"))
        );
        assert_eq!(first["Lines"][0]["ColorCode"], "WHT");
        assert_eq!(first["Lines"][0]["PriceVI"], "89.90");
        assert_eq!(first["Lines"][0]["NetAmount"], "149.83");
        let second = &out["documents"][1];
        assert_eq!(
            (&second["OrderNumber"], &second["OrderDate"]),
            (&json!("e-2"), &json!("2020-09-21"))
        );
        assert_eq!(second["Lines"][0]["AmountVI"], "12.00");
    }

    #[test]
    fn an_order_with_an_unresolved_line_is_not_imported() {
        let orders = json!([{"id": "27", "order_number": "e-1234", "datetime": "2021-01-05 14:20:00",
            "order_product": [
                {"model": "w-1-WHT-40", "quantity": 1, "price": "24.50"},
                {"model": "w-1-RED-40", "barcode": "9", "quantity": 2, "price": "24.50"},
                {"model": "w-1", "quantity": 0, "price": "x"},
                {"quantity": 1, "price": "1"}]}]);
        let out = orders_to_erp(&params(orders)).unwrap();
        assert_eq!(out["documents"], json!([]));
        let unresolved = out["unresolved"].as_array().unwrap();
        let lines: Vec<&Value> = unresolved.iter().map(|u| &u["line"]).collect();
        assert_eq!(lines, vec![&json!(1), &json!(2), &json!(3)]);
        assert_eq!(unresolved[0]["order"], "27");
        let reason = |at: usize| unresolved[at]["reason"].as_str().unwrap();
        assert!(reason(0).contains("model") && reason(0).contains("barcode"));
        assert!(reason(1).contains("several variants"));
        assert!(reason(2).contains("none of"));
    }
}
