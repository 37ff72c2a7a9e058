//! How ERP stock becomes marketplace stock, and what the sync says about it.
//!
//! The ERP counts stock in decimals (`InventoryQty1: 1250.75` metres) and can
//! go negative; the marketplaces take whole units. The rule: the stock of a
//! variant (or of a product without variants), summed over the configured
//! warehouses, is rounded down to whole units — kopru never offers stock the
//! ERP does not have — and a negative sum is sent as 0. Every quantity that
//! the rule changes gets a [`QuantityWarning`] in the plan and the sync report.

use super::amount;
use super::catalogue::{Catalogue, Product, Variant};
use super::mapping::Skip;
use serde_json::{json, Value};

/// The rule for a fractional sum.
pub const ROUNDED_DOWN: &str = "rounded_down";
/// The rule for a negative sum.
pub const NEGATIVE_AS_ZERO: &str = "negative_as_zero";

/// A quantity the marketplace receives other than the ERP has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityWarning {
    /// The ERP ItemCode.
    pub item_code: String,
    /// The variant's ColorCode ("" for a product without variants).
    pub color_code: String,
    /// The variant's ItemDim1Code ("" when none).
    pub size: String,
    /// Where the product or variant is in the parameters, e.g. `products[2].Variants[0]`.
    pub path: String,
    /// The ERP's stock summed over the warehouses, as exact decimal text.
    pub erp: String,
    /// The whole units sent.
    pub sent: i64,
    /// [`ROUNDED_DOWN`] or [`NEGATIVE_AS_ZERO`].
    pub rule: &'static str,
}

impl QuantityWarning {
    /// `{"item", "color", "size", "path", "erp", "sent", "rule"}`.
    pub fn to_json(&self) -> Value {
        json!({
            "item": self.item_code,
            "color": self.color_code,
            "size": self.size,
            "path": self.path,
            "erp": self.erp,
            "sent": self.sent,
            "rule": self.rule,
        })
    }
}

/// Warnings as a JSON list.
pub fn warnings_json(warnings: &[QuantityWarning]) -> Value {
    Value::Array(warnings.iter().map(QuantityWarning::to_json).collect())
}

/// A warning for every product and variant of the catalogue whose stock is
/// not sent as the ERP has it (fractional or negative), in catalogue order.
pub fn warnings(catalogue: &Catalogue) -> Vec<QuantityWarning> {
    let mut out = Vec::new();
    for product in &catalogue.products {
        if product.variants.is_empty() {
            let units = catalogue.stock.units_of_item(&product.item_code);
            out.extend(warning(product, None, units));
        }
        for variant in &product.variants {
            let units = catalogue
                .stock
                .units_of_variant(&product.item_code, variant);
            out.extend(warning(product, Some(variant), units));
        }
    }
    out
}

/// The [`warnings`] of what a mapping sends: those of products and variants
/// it left out (`skipped`) are dropped.
pub fn mapped_warnings(catalogue: &Catalogue, skipped: &[Skip]) -> Vec<QuantityWarning> {
    let left_out = |path: &str| {
        skipped.iter().any(|skip| {
            path.strip_prefix(skip.path.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
    };
    warnings(catalogue)
        .into_iter()
        .filter(|warning| !left_out(&warning.path))
        .collect()
}

fn warning(product: &Product, variant: Option<&Variant>, units: i128) -> Option<QuantityWarning> {
    let sent = amount::whole_pieces(units);
    let rule = match units {
        u if u < 0 => NEGATIVE_AS_ZERO,
        u if u % amount::QUANTITY_UNIT != 0 => ROUNDED_DOWN,
        _ => return None,
    };
    Some(QuantityWarning {
        item_code: product.item_code.clone(),
        color_code: variant.map(|v| v.color_code.clone()).unwrap_or_default(),
        size: variant.map(|v| v.dim1.clone()).unwrap_or_default(),
        path: variant.map_or_else(|| product.path(), |v| product.variant_path(v)),
        erp: amount::quantity_text(units),
        sent,
        rule,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Problems;
    use proptest::prelude::*;

    fn catalogue(inventory: Value) -> Catalogue {
        let params = json!({
            "products": [
                {"ItemCode": "FABRIC", "ItemDescription": "Kumaş", "Variants": []},
                {"ItemCode": "SHIRT", "ItemDescription": "Polo",
                 "Variants": [{"ColorCode": "RED", "ItemDim1Code": "M", "Barcode": "1"},
                              {"ColorCode": "RED", "ItemDim1Code": "L", "Barcode": "2"}]}],
            "inventory": inventory,
        });
        let mut problems = Problems::default();
        let out = Catalogue::parse(&params, &[], &mut problems);
        assert!(problems.is_empty());
        out
    }

    #[test]
    fn fractions_are_rounded_down_and_negatives_sent_as_zero_each_with_a_warning() {
        let out = catalogue(json!([
            {"ItemCode": "FABRIC", "InventoryQty1": 1250.75},
            {"ItemCode": "SHIRT", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": "4"},
            {"ItemCode": "SHIRT", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": -2.5}
        ]));
        assert_eq!(out.stock.of_product(&out.products[0]), 1250);
        let found = warnings(&out);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0].to_json(),
            json!({"item": "FABRIC", "color": "", "size": "", "path": "products[0]",
                   "erp": "1250.75", "sent": 1250, "rule": "rounded_down"})
        );
        assert_eq!(
            found[1].to_json(),
            json!({"item": "SHIRT", "color": "RED", "size": "L", "path": "products[1].Variants[1]",
                   "erp": "-2.5", "sent": 0, "rule": "negative_as_zero"})
        );
    }

    #[test]
    fn fractions_that_sum_to_whole_units_need_no_warning() {
        let out = catalogue(json!([
            {"WarehouseCode": "A", "ItemCode": "FABRIC", "InventoryQty1": "0.25"},
            {"WarehouseCode": "B", "ItemCode": "FABRIC", "InventoryQty1": 2.75}
        ]));
        assert_eq!(out.stock.of_product(&out.products[0]), 3);
        assert!(warnings(&out).is_empty());
    }

    #[test]
    fn what_the_mapping_left_out_is_not_warned_about() {
        let out = catalogue(json!([
            {"ItemCode": "FABRIC", "InventoryQty1": 0.5},
            {"ItemCode": "SHIRT", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 1.5},
            {"ItemCode": "SHIRT", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": 2.5}
        ]));
        let skipped = [
            Skip::new("FABRIC", "products[0]".into(), "no price"),
            Skip::new("2", "products[1].Variants[1]".into(), "duplicate"),
        ];
        let kept: Vec<String> = mapped_warnings(&out, &skipped)
            .into_iter()
            .map(|w| w.path)
            .collect();
        assert_eq!(kept, ["products[1].Variants[0]"]);
    }

    proptest! {
        /// Whatever the ERP holds, the units sent are the floor of its sum,
        /// never below 0, and a warning names exactly the sums that change.
        #[test]
        fn sent_units_are_the_floor_of_the_sum_and_changed_sums_are_warned(
            hundredths in proptest::collection::vec(-100_000_i64..100_000, 1..5)
        ) {
            let inventory: Vec<Value> = hundredths
                .iter()
                .map(|h| json!({"ItemCode": "FABRIC", "InventoryQty1": format!("{}.{:02}",
                    if *h < 0 { format!("-{}", h.abs() / 100) } else { (h / 100).to_string() },
                    h.abs() % 100)}))
                .collect();
            let out = catalogue(Value::Array(inventory));
            let total: i64 = hundredths.iter().sum();
            let expected = total.max(0).div_euclid(100);
            prop_assert_eq!(out.stock.of_product(&out.products[0]), expected);
            let found = warnings(&out);
            prop_assert_eq!(found.len(), usize::from(total < 0 || total % 100 != 0));
            if let Some(warning) = found.first() {
                prop_assert_eq!(warning.sent, expected);
                let erp = crate::money::Money::parse_text(&warning.erp).unwrap();
                prop_assert_eq!(amount::quantity_units(erp), i128::from(total) * 1_000_000);
            }
        }
    }
}
