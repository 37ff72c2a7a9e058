//! Exact arithmetic on [`Money`] for the bridge: line totals, discounts and
//! VAT, with one documented rounding (half away from zero, to 2 decimals).

use crate::money::Money;

/// The amount's integer units and scale: `12.90` → `(1290, 2)`.
fn parts(amount: Money) -> (i128, u32) {
    let digits: String = amount
        .to_dot_string()
        .chars()
        .filter(|c| *c != '.')
        .collect();
    let units = digits.parse().unwrap_or(0);
    (units, amount.scale())
}

/// `numerator / denominator` rounded half away from zero (`denominator > 0`).
fn divide_rounded(numerator: i128, denominator: i128) -> i128 {
    let magnitude = (2 * numerator.abs() + denominator) / (2 * denominator);
    if numerator < 0 {
        -magnitude
    } else {
        magnitude
    }
}

/// `amount × count`, exactly.
pub fn times(amount: Money, count: i64) -> Money {
    let (units, scale) = parts(amount);
    Money::from_units(units * i128::from(count), scale)
}

/// `a − b`, exactly.
pub fn minus(a: Money, b: Money) -> Money {
    let scale = a.scale().max(b.scale());
    let (x, _) = parts(a.with_min_scale(scale));
    let (y, _) = parts(b.with_min_scale(scale));
    Money::from_units(x - y, scale)
}

/// `a + b`, exactly.
pub fn plus(a: Money, b: Money) -> Money {
    let scale = a.scale().max(b.scale());
    let (x, _) = parts(a.with_min_scale(scale));
    let (y, _) = parts(b.with_min_scale(scale));
    Money::from_units(x + y, scale)
}

/// `amount / count` rounded up to whole cents (`count > 0`), so that the
/// result times `count` is never below `amount`.
pub fn divided_up_to_cents(amount: Money, count: i64) -> Money {
    let (units, scale) = parts(amount.with_min_scale(2));
    let per_cent = 10_i128.pow(scale - 2) * i128::from(count);
    Money::from_units((units + per_cent - 1).div_euclid(per_cent), 2)
}

/// `amount × numerator / denominator`, rounded half away from zero to 2 decimals.
pub fn scaled_to_cents(amount: Money, numerator: i128, denominator: i128) -> Money {
    let (units, scale) = parts(amount);
    let cents = divide_rounded(units * numerator * 100, denominator * 10_i128.pow(scale));
    Money::from_units(cents, 2)
}

/// The amount rounded half away from zero to 2 decimals (unchanged when it has fewer).
pub fn round_cents(amount: Money) -> Money {
    if amount.scale() <= 2 {
        amount.with_min_scale(2)
    } else {
        scaled_to_cents(amount, 1, 1)
    }
}

/// The gross price of a net one: `net × (100 + rate) / 100`, to 2 decimals.
pub fn add_vat(net: Money, rate_percent: i64) -> Money {
    scaled_to_cents(net, 100 + i128::from(rate_percent), 100)
}

/// The net price of a gross one: `gross × 100 / (100 + rate)`, to 2 decimals.
pub fn remove_vat(gross: Money, rate_percent: i64) -> Money {
    scaled_to_cents(gross, 100, 100 + i128::from(rate_percent))
}

/// One whole piece in quantity units (10⁻⁸, the finest scale [`Money`] reads).
pub const QUANTITY_UNIT: i128 = 100_000_000;

/// A quantity (possibly fractional, possibly negative) in units of 10⁻⁸.
pub fn quantity_units(quantity: Money) -> i128 {
    parts(quantity.with_min_scale(8)).0
}

/// Units of 10⁻⁸ back to whole pieces, rounded down; never below zero.
pub fn whole_pieces(units: i128) -> i64 {
    let pieces = units.max(0) / QUANTITY_UNIT;
    i64::try_from(pieces).unwrap_or(i64::MAX)
}

/// Units of 10⁻⁸ as exact decimal text without trailing zeros: `125075000000` → `"1250.75"`.
pub fn quantity_text(units: i128) -> String {
    let exact = Money::from_units(units, 8);
    (0..=8)
        .find_map(|scale| exact.with_max_scale(scale))
        .unwrap_or(exact)
        .to_dot_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Money {
        Money::parse_text(text).unwrap()
    }

    #[test]
    fn vat_is_added_and_removed_with_half_up_cents() {
        assert_eq!(add_vat(m("74.92"), 20).to_dot_string(), "89.90");
        assert_eq!(remove_vat(m("89.90"), 20).to_dot_string(), "74.92");
        assert_eq!(remove_vat(m("10"), 8).to_dot_string(), "9.26");
        assert_eq!(remove_vat(m("0.05"), 0).to_dot_string(), "0.05");
        assert_eq!(remove_vat(m("1.005"), 0).to_dot_string(), "1.01");
        assert_eq!(remove_vat(m("-1.005"), 0).to_dot_string(), "-1.01");
    }

    #[test]
    fn totals_and_differences_are_exact() {
        assert_eq!(times(m("120.20"), 3).to_dot_string(), "360.60");
        assert_eq!(minus(m("130"), m("120.20")).to_dot_string(), "9.80");
        assert_eq!(round_cents(m("7")).to_dot_string(), "7.00");
        assert_eq!(round_cents(m("7.125")).to_dot_string(), "7.13");
        assert_eq!(plus(m("74.92"), m("14.98")).to_dot_string(), "89.90");
        assert_eq!(divided_up_to_cents(m("10"), 3).to_dot_string(), "3.34");
        assert_eq!(divided_up_to_cents(m("179.80"), 2).to_dot_string(), "89.90");
    }

    #[test]
    fn quantities_sum_exactly_and_floor_to_pieces() {
        let units = quantity_units(m("12.5")) + quantity_units(m("0.5")) + quantity_units(m("-3"));
        assert_eq!(whole_pieces(units), 10);
        assert_eq!(whole_pieces(quantity_units(m("-4"))), 0);
        assert_eq!(quantity_text(quantity_units(m("1250.750"))), "1250.75");
        assert_eq!(quantity_text(quantity_units(m("-0.5"))), "-0.5");
        assert_eq!(quantity_text(quantity_units(m("12"))), "12");
    }
}
