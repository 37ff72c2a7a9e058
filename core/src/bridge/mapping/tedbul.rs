//! ERP products → Tedbul ads, one per barcode.
//!
//! Each variant with a barcode is an ad (a product without variants is one
//! ad when it has a barcode in `barcode_field`). The ad's stock is the
//! variant's stock summed over the configured warehouses; its price is the
//! marketplace price rounded half away from zero to 2 decimals (Tedbul's
//! `"10,50"`). An ad is active when the item is not blocked and the stock
//! reaches Tedbul's minimum of 3; otherwise an existing ad is made passive
//! (status 2) and no new ad is created. The expiry date is read from
//! `expiration_field` when the product has a date there, else the fixed
//! `expiration` option, else none.

use super::Skip;
use crate::bridge::amount;
use crate::bridge::catalogue::{code_text, Catalogue, Product};
use crate::bridge::mapping::entegra::price_of;
use crate::bridge::options::MapOptions;
use crate::dates::Date;
use crate::money::Money;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// Tedbul's smallest stock for an ad.
pub const MIN_STOCK: i64 = 3;

/// One desired Tedbul ad.
#[derive(Clone, Debug, PartialEq)]
pub struct TedbulAd {
    /// The barcode (the ad's key).
    pub barcode: String,
    /// productName.
    pub name: String,
    /// Stock.
    pub stock: i64,
    /// Price, 2 decimals.
    pub price: Money,
    /// Expiry date.
    pub expiration: Option<Date>,
    /// True when it should be on sale.
    pub active: bool,
}

impl TedbulAd {
    /// `tedbul.ads.create` params.
    pub fn create_params(&self) -> Value {
        let mut ad = Map::new();
        ad.insert("productBarcode".into(), Value::from(self.barcode.as_str()));
        ad.insert("productName".into(), Value::from(self.name.as_str()));
        self.common(&mut ad);
        Value::Object(ad)
    }

    /// A `tedbul.ads.update_many` item that brings ad `id` to this state.
    pub fn update_item(&self, id: &str) -> Value {
        let mut ad = Map::new();
        ad.insert("id".into(), id_json(id));
        self.common(&mut ad);
        Value::Object(ad)
    }

    fn common(&self, ad: &mut Map<String, Value>) {
        ad.insert("stock".into(), Value::from(self.stock));
        ad.insert("price".into(), Value::from(self.price.to_tedbul_string()));
        if let Some(date) = self.expiration {
            ad.insert("expiration".into(), Value::from(date.to_iso()));
        }
        ad.insert("status".into(), Value::from(1));
    }
}

/// The stock a passive update sends: Tedbul wants at least 3 on every
/// update, so the listed stock is kept when it reaches that, else 3.
pub fn passive_stock(listed: Option<i64>) -> i64 {
    listed.unwrap_or(MIN_STOCK).max(MIN_STOCK)
}

/// A `tedbul.ads.update_many` item that makes ad `id` passive (status 2).
pub fn deactivate_item(id: &str, stock: i64, price: Money) -> Value {
    json!({
        "id": id_json(id),
        "stock": stock,
        "price": amount::round_cents(price).to_tedbul_string(),
        "status": 2,
    })
}

/// Ad ids go out as numbers when they are digits.
pub fn id_json(id: &str) -> Value {
    id.parse::<i64>()
        .map_or_else(|_| Value::from(id), Value::from)
}

/// The Tedbul ads of a catalogue; what cannot be listed goes to `skipped`.
pub fn ads(catalogue: &Catalogue, options: &MapOptions, skipped: &mut Vec<Skip>) -> Vec<TedbulAd> {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut out = Vec::new();
    for product in &catalogue.products {
        let units = units_of(catalogue, product, options);
        if units.is_empty() {
            let reason = format!("no variant barcodes and no {}", options.barcode_field);
            skipped.push(Skip::new(&product.item_code, product.path(), reason));
            continue;
        }
        if product.description.is_empty() {
            let reason = "no ItemDescription (the productName)";
            skipped.push(Skip::new(&product.item_code, product.path(), reason));
            continue;
        }
        let price = price_of(product, options).map(amount::round_cents);
        let expiration = expiration_of(product, options);
        for unit in units {
            let (price, expiration) = match (&price, &expiration) {
                (Ok(price), Ok(expiration)) => (*price, *expiration),
                (Err(reason), _) | (_, Err(reason)) => {
                    skipped.push(Skip::new(&unit.barcode, unit.path, reason.clone()));
                    continue;
                }
            };
            let problem = if unit.barcode.is_empty() {
                Some("no Barcode".to_string())
            } else {
                seen.get(&unit.barcode)
                    .map(|first| format!("duplicate barcode (also {first})"))
            };
            if let Some(reason) = problem {
                skipped.push(Skip::new(&unit.barcode, unit.path, reason));
                continue;
            }
            seen.insert(unit.barcode.clone(), unit.path);
            out.push(TedbulAd {
                active: !product.blocked && unit.stock >= MIN_STOCK,
                barcode: unit.barcode,
                name: unit.name,
                stock: unit.stock,
                price,
                expiration,
            });
        }
    }
    out
}

struct Unit {
    barcode: String,
    name: String,
    stock: i64,
    path: String,
}

fn units_of(catalogue: &Catalogue, product: &Product, options: &MapOptions) -> Vec<Unit> {
    if product.variants.is_empty() {
        let barcode = code_text(product.field(&options.barcode_field));
        if barcode.is_empty() {
            return Vec::new();
        }
        return vec![Unit {
            barcode,
            name: product.description.clone(),
            stock: catalogue.stock.of_product(product),
            path: product.path(),
        }];
    }
    product
        .variants
        .iter()
        .map(|variant| {
            let colour = if variant.color_description.is_empty() {
                &variant.color_code
            } else {
                &variant.color_description
            };
            let name = [product.description.as_str(), colour, &variant.dim1]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" - ");
            Unit {
                barcode: variant.barcode.clone(),
                name,
                stock: catalogue.stock.of_variant(&product.item_code, variant),
                path: product.variant_path(variant),
            }
        })
        .collect()
}

fn expiration_of(product: &Product, options: &MapOptions) -> Result<Option<Date>, String> {
    let Some(field) = &options.expiration_field else {
        return Ok(options.expiration);
    };
    match product.field(field) {
        None => Ok(options.expiration),
        Some(value) => value
            .as_str()
            .and_then(Date::parse_any)
            .map(Some)
            .ok_or_else(|| format!("{field} is not a date: {value}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Problems;

    fn catalogue() -> Catalogue {
        let params = json!({
            "products": [
                {"ItemCode": "SHIRT-001", "ItemDescription": "Polo", "SalePrice": "89.905",
                 "Expiry": "2027-03-01T00:00:00Z",
                 "Variants": [
                    {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "M", "Barcode": "1"},
                    {"ColorCode": "RED", "ColorDescription": "Kırmızı", "ItemDim1Code": "L", "Barcode": "2"}]},
                {"ItemCode": "FABRIC-100", "ItemDescription": "Kumaş", "SalePrice": "25", "Variants": []},
                {"ItemCode": "GAUZE", "ItemDescription": "Gazlı bez", "SalePrice": "10.5", "Barcode": "77",
                 "IsBlocked": true, "Expiry": "soon"}
            ],
            "inventory": [
                {"WarehouseCode": "A", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 5},
                {"WarehouseCode": "A", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": 2}
            ]
        });
        Catalogue::parse(&params, &[], &mut Problems::default())
    }

    #[test]
    fn one_ad_per_barcode_with_comma_prices_and_the_stock_minimum() {
        let options = MapOptions {
            expiration_field: Some("Expiry".into()),
            expiration: Date::new(2026, 12, 31),
            ..MapOptions::default()
        };
        let mut skipped = Vec::new();
        let out = ads(&catalogue(), &options, &mut skipped);
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[0].create_params(),
            json!({"productBarcode": "1", "productName": "Polo - Kırmızı - M", "stock": 5,
                   "price": "89,91", "expiration": "2027-03-01", "status": 1})
        );
        assert!(out[0].active);
        assert!(!out[1].active, "stock 2 is under the minimum");
        assert_eq!(out[1].update_item("42")["id"], 42);
        assert_eq!(skipped.len(), 2);
        assert_eq!(skipped[0].path, "products[1]");
        assert_eq!(skipped[1].reason, "Expiry is not a date: \"soon\"");
    }

    #[test]
    fn passive_updates_keep_a_valid_stock() {
        let price = Money::parse_text("17,45").unwrap();
        assert_eq!(
            deactivate_item("7", passive_stock(Some(1)), price),
            json!({"id": 7, "stock": 3, "price": "17,45", "status": 2})
        );
        assert_eq!(passive_stock(Some(20)), 20);
        assert_eq!(passive_stock(None), 3);
    }
}
