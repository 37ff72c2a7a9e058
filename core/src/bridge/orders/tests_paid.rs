//! Property tests of the order-money rule: for random prices, quantities,
//! discounts and VAT rates, Entegra and Tedbul orders for the same purchase
//! become ERP lines that reproduce the paid gross total to the kuruş, with
//! `PriceVI × Qty1 − DiscountVI = AmountVI` and `NetAmount + VatAmount =
//! AmountVI` exactly, and the same amounts from both marketplaces.

use super::{entegra, tedbul};
use crate::bridge::amount;
use crate::money::Money;
use proptest::prelude::*;
use serde_json::{json, Value};

fn cents(units: i64) -> Money {
    Money::from_units(i128::from(units), 2)
}

fn read(value: &Value) -> Money {
    Money::from_json(value).unwrap_or_else(|e| panic!("{value}: {e}"))
}

fn equal(a: Money, b: Money) -> bool {
    amount::minus(a, b) == Money::from_units(0, a.scale().max(b.scale()))
}

fn products(rate: i64) -> Value {
    json!([{"ItemCode": "SHIRT", "ItemTypeCode": 1, "TaxRate": rate,
            "Variants": [{"ColorCode": "RED", "ItemDim1Code": "M", "Barcode": "8690001"}]}])
}

fn options() -> Value {
    json!({"CustomerCode": "C", "OfficeCode": "O", "WarehouseCode": "W"})
}

/// The one line of the only document, after checking the rule's identities
/// and that the line's paid total is `paid`.
fn checked_line(out: &Value, paid: Money) -> Result<Value, TestCaseError> {
    prop_assert_eq!(&out["unresolved"], &json!([]));
    let document = &out["documents"][0];
    let line = document["Lines"][0].clone();
    let qty = line["Qty1"].as_i64().unwrap_or(0);
    let amount_vi = read(&line["AmountVI"]);
    let price_vi = read(&line["PriceVI"]);
    let discount_vi = read(&line["DiscountVI"]);
    let net = read(&line["NetAmount"]);
    let vat = read(&line["VatAmount"]);
    prop_assert!(equal(amount_vi, paid), "{line} paid {paid}");
    prop_assert!(equal(read(&document["TotalVI"]), paid));
    prop_assert!(!discount_vi.is_negative(), "{line}");
    prop_assert!(equal(
        amount::minus(amount::times(price_vi, qty), discount_vi),
        amount_vi
    ));
    prop_assert!(equal(amount::plus(net, vat), amount_vi), "{line}");
    let rate = line["VatRate"].as_i64().unwrap_or(-1);
    prop_assert!(equal(net, amount::remove_vat(amount_vi, rate)));
    prop_assert_eq!(net.scale(), 2);
    Ok(line)
}

proptest! {
    #[test]
    fn both_marketplaces_reproduce_the_paid_gross(
        net_unit in 1i64..2_000_000,
        discount_per_unit in 0i64..200_000,
        quantity in 1i64..60,
        rate in prop::sample::select(vec![0i64, 1, 8, 10, 18, 20]),
        comma in any::<bool>(),
    ) {
        let price = cents(net_unit);
        let first_price = cents(net_unit + discount_per_unit);
        let tax = amount::minus(amount::add_vat(price, rate), price);
        let paid_unit = amount::plus(price, tax);
        let paid = amount::times(paid_unit, quantity);
        let entegra_order = json!([{"id": "1", "order_number": "E-1", "datetime": "2026-12-05 10:00:00",
            "order_product": [{"model": "SHIRT-RED-M", "quantity": quantity.to_string(),
                "price": price.to_dot_string(), "tax": tax.to_dot_string(),
                "first_price": first_price.to_dot_string(),
                "total": amount::times(price, quantity).to_dot_string()}]}]);
        let entegra_out = entegra::orders_to_erp(&json!({"orders": entegra_order,
            "products": products(rate), "options": options()})).unwrap();
        let entegra_line = checked_line(&entegra_out, paid)?;

        let listed = if discount_per_unit > 0 { amount::add_vat(first_price, rate) } else { paid_unit };
        let text = |m: Money| if comma { m.to_text(',') } else { m.to_dot_string() };
        let tedbul_order = json!([{"orderId": 7, "orderCode": "T-7", "orderDate": "2026-12-05 10:00:00",
            "orderProducts": [{"orderProductBarcode": "8690001", "orderQty": quantity,
                "orderProductVAT": rate, "orderProductPrice": text(listed),
                "orderTotalPrice": text(paid)}]}]);
        let tedbul_out = tedbul::orders_to_erp(&json!({"orders": tedbul_order,
            "products": products(rate), "options": options()})).unwrap();
        let tedbul_line = checked_line(&tedbul_out, paid)?;
        prop_assert_eq!(entegra_line, tedbul_line);
    }

    #[test]
    fn any_tedbul_total_up_to_the_listed_price_is_kept(
        unit in 1i64..2_000_000,
        quantity in 1i64..60,
        off in 0i64..10_000,
        rate in 0i64..=100,
    ) {
        let listed = amount::times(cents(unit), quantity);
        let off = cents(off.min(unit * quantity - 1));
        let paid = amount::minus(listed, off);
        let order = json!([{"orderId": 7, "orderDate": "2026-12-05",
            "orderProducts": [{"orderProductBarcode": "8690001", "orderQty": quantity,
                "orderProductVAT": rate, "orderProductPrice": cents(unit).to_dot_string(),
                "orderTotalPrice": paid.to_dot_string()}]}]);
        let out = tedbul::orders_to_erp(&json!({"orders": order,
            "products": products(rate), "options": options()})).unwrap();
        checked_line(&out, paid)?;
    }
}
