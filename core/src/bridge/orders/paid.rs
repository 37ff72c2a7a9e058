//! What the buyer paid for one order line, and the one rule both
//! marketplaces follow to carry it into the ERP document.
//!
//! The rule: a line carries the VAT-inclusive amounts as the marketplace
//! charged them, so the ERP reproduces the paid gross total to the kuruş:
//! - `PriceVI`: the unit price with VAT, before discount;
//! - `DiscountVI`: the line's discount with VAT;
//! - `AmountVI` = `PriceVI` × `Qty1` − `DiscountVI`, exactly: what was paid;
//! - `NetAmount`: `AmountVI` × 100 / (100 + `VatRate`), rounded half away
//!   from zero to 2 decimals (computed from the gross line total, never from
//!   a rounded unit price);
//! - `VatAmount` = `AmountVI` − `NetAmount`, exactly.
//!
//! So `NetAmount` + `VatAmount` = `AmountVI` and the document's `TotalVI` is
//! the sum of what was paid for its lines.

use crate::bridge::amount;
use crate::money::Money;
use serde_json::{json, Value};

/// One line's quantity, gross prices and VAT rate.
#[derive(Clone, Copy, Debug)]
pub struct Paid {
    /// Qty1: whole pieces.
    pub quantity: i64,
    /// The unit price with VAT, before discount.
    pub unit_gross: Money,
    /// The line's discount with VAT (never negative).
    pub discount_gross: Money,
    /// The VAT rate in percent.
    pub vat_rate: i64,
}

impl Paid {
    /// A line whose buyer paid `total_gross` for `quantity` pieces listed at
    /// `unit_gross` each: the difference is the discount. When the listed unit
    /// price is unknown or below the paid total's share, the unit price is
    /// the total divided by the quantity, rounded up to cents (the rounding
    /// becomes a discount below one kuruş per piece).
    pub fn from_total(
        quantity: i64,
        unit_gross: Option<Money>,
        total_gross: Money,
        vat_rate: i64,
    ) -> Paid {
        let covers = |unit: &Money| {
            !amount::minus(amount::times(*unit, quantity), total_gross).is_negative()
        };
        let unit_gross = unit_gross
            .filter(covers)
            .unwrap_or_else(|| amount::divided_up_to_cents(total_gross, quantity));
        Paid {
            quantity,
            unit_gross,
            discount_gross: amount::minus(amount::times(unit_gross, quantity), total_gross),
            vat_rate,
        }
    }

    /// `PriceVI` × `Qty1` − `DiscountVI`: the line's paid gross total.
    pub fn amount_gross(&self) -> Money {
        amount::minus(
            amount::times(self.unit_gross, self.quantity),
            self.discount_gross,
        )
    }

    /// The paid total without VAT, rounded half away from zero to cents.
    pub fn net(&self) -> Money {
        amount::remove_vat(self.amount_gross(), self.vat_rate)
    }

    /// The line's VAT: the paid total minus the net amount, exactly.
    pub fn vat(&self) -> Money {
        amount::minus(self.amount_gross(), self.net())
    }

    /// The amount fields of the ERP line.
    pub fn fields(&self) -> Value {
        let text = |money: Money| money.with_min_scale(2).to_dot_string();
        json!({
            "Qty1": self.quantity,
            "PriceVI": text(self.unit_gross),
            "DiscountVI": text(self.discount_gross),
            "AmountVI": text(self.amount_gross()),
            "NetAmount": text(self.net()),
            "VatAmount": text(self.vat()),
            "VatRate": self.vat_rate,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Money {
        Money::parse_text(text).unwrap()
    }

    #[test]
    fn the_paid_gross_is_kept_and_split_into_net_and_vat() {
        let paid = Paid::from_total(2, Some(m("89.90")), m("179.80"), 20);
        assert_eq!(
            paid.fields(),
            json!({"Qty1": 2, "PriceVI": "89.90", "DiscountVI": "0.00", "AmountVI": "179.80",
                   "NetAmount": "149.83", "VatAmount": "29.97", "VatRate": 20})
        );
    }

    #[test]
    fn a_total_below_the_listed_price_is_a_discount_and_above_it_a_derived_price() {
        let discounted = Paid::from_total(3, Some(m("10")), m("25.00"), 8);
        assert_eq!(discounted.fields()["DiscountVI"], "5.00");
        let derived = Paid::from_total(3, Some(m("3")), m("10.00"), 8);
        assert_eq!(derived.fields()["PriceVI"], "3.34");
        assert_eq!(derived.fields()["DiscountVI"], "0.02");
        assert_eq!(derived.fields()["AmountVI"], "10.00");
    }
}
