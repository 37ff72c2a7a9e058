//! ERP products → Entegra products with variations.
//!
//! productCode is the ItemCode; each variant with a barcode and a colour
//! becomes a variation whose productCode comes from the template, with the
//! specs Renk = ColorDescription (ColorCode when it has none) and Beden =
//! ItemDim1Code when there is one. Quantities are stock summed over the
//! configured warehouses; a product with variants gets the sum of its listed
//! variations. Blocked items are passive (status 0). ERP prices are per item,
//! so the price goes on the product (`price_code`, `price1` by default) and
//! variations carry no price difference.

use super::Skip;
use crate::bridge::catalogue::{Catalogue, Product};
use crate::bridge::options::MapOptions;
use crate::bridge::template::VariantFields;
use crate::money::Money;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// One Entegra variation.
#[derive(Clone, Debug, PartialEq)]
pub struct EntegraVariation {
    /// productCode, from the template.
    pub code: String,
    /// The variant's barcode.
    pub barcode: String,
    /// Its stock.
    pub quantity: i64,
    /// The Renk spec.
    pub colour: String,
    /// The Beden spec ("" when none).
    pub size: String,
}

/// One Entegra product.
#[derive(Clone, Debug, PartialEq)]
pub struct EntegraProduct {
    /// productCode (the ItemCode).
    pub code: String,
    /// productName (the ItemDescription).
    pub name: String,
    /// The product barcode, when the ERP has one.
    pub barcode: Option<String>,
    /// 1 active, 0 passive (blocked).
    pub status: i64,
    /// Its stock.
    pub quantity: i64,
    /// The price for `price_code`.
    pub price: Money,
    /// Its variations.
    pub variations: Vec<EntegraVariation>,
}

impl EntegraVariation {
    /// The variation as `entegra.products.create` / `entegra.variations.create` take it.
    pub fn to_json(&self) -> Value {
        let mut specs = vec![json!({"name": "Renk", "value": self.colour})];
        if !self.size.is_empty() {
            specs.push(json!({"name": "Beden", "value": self.size}));
        }
        json!({
            "barcode": self.barcode,
            "productCode": self.code,
            "quantity": self.quantity,
            "variation_specs": specs,
        })
    }
}

impl EntegraProduct {
    /// The product as `entegra.products.create` takes it.
    pub fn to_json(&self, price_code: &str) -> Value {
        let mut item = Map::new();
        item.insert("productCode".into(), Value::from(self.code.as_str()));
        item.insert("productName".into(), Value::from(self.name.as_str()));
        if let Some(barcode) = &self.barcode {
            item.insert("barcode".into(), Value::from(barcode.as_str()));
        }
        item.insert("status".into(), Value::from(self.status));
        item.insert("quantity".into(), Value::from(self.quantity));
        item.insert(price_code.into(), Value::from(self.price.to_dot_string()));
        if !self.variations.is_empty() {
            let variations = self.variations.iter().map(EntegraVariation::to_json);
            item.insert("variations".into(), Value::Array(variations.collect()));
        }
        Value::Object(item)
    }
}

/// The Entegra products of a catalogue; what cannot be listed goes to `skipped`.
pub fn products(
    catalogue: &Catalogue,
    options: &MapOptions,
    skipped: &mut Vec<Skip>,
) -> Vec<EntegraProduct> {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut out = Vec::new();
    for product in &catalogue.products {
        let path = product.path();
        let code = product.item_code.clone();
        if code.is_empty() {
            skipped.push(Skip::new("", path, "no ItemCode"));
            continue;
        }
        if product.description.is_empty() {
            skipped.push(Skip::new(
                &code,
                path,
                "no ItemDescription (the productName)",
            ));
            continue;
        }
        let price = match price_of(product, options) {
            Ok(price) => price,
            Err(reason) => {
                skipped.push(Skip::new(&code, path, reason));
                continue;
            }
        };
        if let Some(first) = seen.get(&code) {
            skipped.push(Skip::new(
                &code,
                path,
                format!("duplicate productCode (also {first})"),
            ));
            continue;
        }
        seen.insert(code.clone(), path.clone());
        let variations = variations(catalogue, product, options, &mut seen, skipped);
        let quantity = if product.variants.is_empty() {
            catalogue.stock.of_product(product)
        } else {
            variations.iter().map(|v| v.quantity).sum()
        };
        out.push(EntegraProduct {
            code,
            name: product.description.clone(),
            barcode: product
                .field(&options.barcode_field)
                .map(|b| crate::bridge::catalogue::code_text(Some(b))),
            status: if product.blocked { 0 } else { 1 },
            quantity,
            price,
            variations,
        });
    }
    out
}

/// The marketplace price of a product, or why it has none.
pub fn price_of(product: &Product, options: &MapOptions) -> Result<Money, String> {
    let field = &options.price_field;
    let erp = product
        .price(field)
        .map_err(|message| format!("{field}: {message}"))?
        .ok_or_else(|| format!("no price in {field}"))?;
    if erp.is_negative() {
        return Err(format!("{field} is negative"));
    }
    options.marketplace_price(erp, product.tax_rate)
}

fn variations(
    catalogue: &Catalogue,
    product: &Product,
    options: &MapOptions,
    seen: &mut HashMap<String, String>,
    skipped: &mut Vec<Skip>,
) -> Vec<EntegraVariation> {
    let mut out = Vec::new();
    for variant in &product.variants {
        let path = product.variant_path(variant);
        let code = options.template.render(VariantFields {
            item_code: &product.item_code,
            color_code: &variant.color_code,
            dim1: &variant.dim1,
            barcode: &variant.barcode,
        });
        let colour = if variant.color_description.is_empty() {
            variant.color_code.clone()
        } else {
            variant.color_description.clone()
        };
        let problem = if variant.barcode.is_empty() {
            Some("no Barcode (Entegra requires one per variation)".to_string())
        } else if colour.is_empty() {
            Some("no colour (Entegra requires a Renk spec)".to_string())
        } else {
            seen.get(&code)
                .map(|first| format!("duplicate productCode (also {first})"))
        };
        if let Some(reason) = problem {
            skipped.push(Skip::new(&code, path, reason));
            continue;
        }
        seen.insert(code.clone(), path);
        out.push(EntegraVariation {
            quantity: catalogue.stock.of_variant(&product.item_code, variant),
            code,
            barcode: variant.barcode.clone(),
            colour,
            size: variant.dim1.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Problems;

    fn catalogue() -> Catalogue {
        let params = json!({
            "products": [
                {"ItemCode": "SHIRT-001", "ItemDescription": "Polo", "SalePrice": "89.90", "TaxRate": 20,
                 "Variants": [
                    {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "1"},
                    {"ColorCode": "BLUE", "ColorDescription": "", "ItemDim1Code": null, "Barcode": "2"},
                    {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "3"},
                    {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "S", "Barcode": null}]},
                {"ItemCode": "FABRIC-100", "ItemDescription": "Kumaş", "SalePrice": "25", "IsBlocked": 1,
                 "Barcode": "99", "Variants": []},
                {"ItemCode": "NOPRICE", "ItemDescription": "x"}
            ],
            "inventory": [
                {"WarehouseCode": "A", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 5},
                {"WarehouseCode": "A", "ItemCode": "SHIRT-001", "ColorCode": "BLUE", "InventoryQty1": 2},
                {"WarehouseCode": "A", "ItemCode": "FABRIC-100", "InventoryQty1": 7}
            ]
        });
        Catalogue::parse(&params, &[], &mut Problems::default())
    }

    #[test]
    fn variants_become_variations_with_specs_and_template_codes() {
        let mut skipped = Vec::new();
        let out = products(&catalogue(), &MapOptions::default(), &mut skipped);
        assert_eq!(out.len(), 2);
        let shirt = out[0].to_json("price1");
        assert_eq!(shirt["quantity"], 7);
        assert_eq!(shirt["status"], 1);
        assert_eq!(shirt["price1"], "89.90");
        assert_eq!(shirt["variations"][0]["productCode"], "SHIRT-001-RED-M");
        assert_eq!(
            shirt["variations"][0]["variation_specs"],
            json!([{"name": "Renk", "value": "Kırmızı"}, {"name": "Beden", "value": "M"}])
        );
        assert_eq!(shirt["variations"][1]["productCode"], "SHIRT-001-BLUE");
        assert_eq!(
            shirt["variations"][1]["variation_specs"],
            json!([{"name": "Renk", "value": "BLUE"}])
        );
        let fabric = out[1].to_json("price1");
        assert_eq!(fabric["status"], 0);
        assert_eq!(fabric["quantity"], 7);
        assert_eq!(fabric["barcode"], "99");
        assert!(fabric.get("variations").is_none());
        let reasons: Vec<(&str, &str)> = skipped
            .iter()
            .map(|s| (s.path.as_str(), s.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (
                    "products[0].Variants[2]",
                    "duplicate productCode (also products[0].Variants[0])"
                ),
                (
                    "products[0].Variants[3]",
                    "no Barcode (Entegra requires one per variation)"
                ),
                ("products[2]", "no price in SalePrice"),
            ]
        );
    }

    #[test]
    fn net_erp_prices_get_vat_added() {
        let options = MapOptions {
            erp_prices_include_vat: false,
            ..MapOptions::default()
        };
        let out = products(&catalogue(), &options, &mut Vec::new());
        assert_eq!(out[0].price.to_dot_string(), "107.88");
        assert_eq!(out.len(), 1, "FABRIC-100 has no TaxRate to add");
    }
}
