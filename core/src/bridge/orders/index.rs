//! Resolving order lines through the ERP catalogue: by the marketplace's
//! productCode (the variant code template, or a variant-less ItemCode) or by
//! barcode. A code that names several ERP items is reported, not guessed.

use super::OrderOptions;
use crate::bridge::catalogue::{code_text, Catalogue, Product, Variant};
use crate::bridge::template::VariantFields;
use serde_json::Value;
use std::collections::HashMap;

/// An order line resolved to an ERP item.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// ItemTypeCode.
    pub item_type: Value,
    /// ItemCode.
    pub item_code: String,
    /// ColorCode ("" when none).
    pub color_code: String,
    /// ItemDim1Code ("" when none).
    pub dim1: String,
    /// The product's TaxRate.
    pub tax_rate: Option<i64>,
}

impl Resolved {
    fn of(product: &Product, variant: Option<&Variant>) -> Resolved {
        Resolved {
            item_type: product.item_type.clone(),
            item_code: product.item_code.clone(),
            color_code: variant.map(|v| v.color_code.clone()).unwrap_or_default(),
            dim1: variant.map(|v| v.dim1.clone()).unwrap_or_default(),
            tax_rate: product.tax_rate,
        }
    }
}

type Lookup = HashMap<String, Result<Resolved, String>>;

/// The catalogue indexed by marketplace code and by barcode.
#[derive(Debug, Default)]
pub struct Index {
    by_code: Lookup,
    by_barcode: Lookup,
}

fn add(lookup: &mut Lookup, key: String, value: Result<Resolved, String>) {
    if key.is_empty() {
        return;
    }
    let entry = lookup.entry(key.clone()).or_insert_with(|| value.clone());
    if *entry != value {
        *entry = Err(format!("{key} matches more than one ERP item"));
    }
}

impl Index {
    /// Indexes `catalogue`.
    pub fn build(catalogue: &Catalogue, options: &OrderOptions) -> Index {
        let mut index = Index::default();
        for product in &catalogue.products {
            for variant in &product.variants {
                let code = options.template.render(VariantFields {
                    item_code: &product.item_code,
                    color_code: &variant.color_code,
                    dim1: &variant.dim1,
                    barcode: &variant.barcode,
                });
                let resolved = Resolved::of(product, Some(variant));
                add(&mut index.by_code, code, Ok(resolved.clone()));
                add(&mut index.by_barcode, variant.barcode.clone(), Ok(resolved));
            }
            let own = match product.variants.as_slice() {
                [] => Ok(Resolved::of(product, None)),
                [only] => Ok(Resolved::of(product, Some(only))),
                _ => Err(format!(
                    "{} has several variants and the line names none of them",
                    product.item_code
                )),
            };
            add(&mut index.by_code, product.item_code.clone(), own);
            if product.variants.is_empty() {
                let barcode = code_text(product.field(&options.barcode_field));
                add(
                    &mut index.by_barcode,
                    barcode,
                    Ok(Resolved::of(product, None)),
                );
            }
        }
        index
    }

    /// The item a productCode names.
    pub fn by_code(&self, code: &str) -> Result<Resolved, String> {
        self.by_code
            .get(code)
            .cloned()
            .unwrap_or_else(|| Err(format!("no ERP item has the productCode {code:?}")))
    }

    /// The item a barcode names.
    pub fn by_barcode(&self, barcode: &str) -> Result<Resolved, String> {
        self.by_barcode
            .get(barcode)
            .cloned()
            .unwrap_or_else(|| Err(format!("no ERP item has the barcode {barcode:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bridge::orders::OrderOptions;
    use crate::schema::Problems;
    use serde_json::json;

    #[test]
    fn codes_and_barcodes_resolve_and_ambiguity_is_reported() {
        let params = json!({"products": [
            {"ItemCode": "SHIRT", "ItemTypeCode": 1, "TaxRate": 20, "Variants": [
                {"ColorCode": "RED", "ItemDim1Code": "M", "Barcode": "1"},
                {"ColorCode": "RED", "ItemDim1Code": "L", "Barcode": "2"}]},
            {"ItemCode": "SCARF", "Variants": [{"ColorCode": "RED", "Barcode": "3"}]},
            {"ItemCode": "FABRIC", "Barcode": "4", "Variants": []},
            {"ItemCode": "TWIN", "Barcode": "4"}
        ]});
        let mut problems = Problems::default();
        let options = OrderOptions::parse(&json!({}), &mut problems);
        let index = Index::build(&Catalogue::parse(&params, &[], &mut problems), &options);
        let shirt = index.by_code("SHIRT-RED-L").unwrap();
        assert_eq!(
            (shirt.color_code.as_str(), shirt.dim1.as_str()),
            ("RED", "L")
        );
        assert_eq!(index.by_barcode("1").unwrap().dim1, "M");
        assert_eq!(index.by_code("SCARF").unwrap().color_code, "RED");
        assert_eq!(index.by_code("FABRIC").unwrap().color_code, "");
        assert!(index
            .by_code("SHIRT")
            .unwrap_err()
            .contains("several variants"));
        assert!(index.by_barcode("4").unwrap_err().contains("more than one"));
        assert!(index.by_barcode("9").unwrap_err().contains("no ERP item"));
    }
}
