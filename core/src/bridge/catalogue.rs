//! The ERP snapshot the mappings read: products with their variants
//! (items of `erp.products.list`) and stock (items of `erp.inventory.list`),
//! summed over the configured warehouses.

use super::amount;
use crate::messages::Problem;
use crate::money::Money;
use crate::schema::{integer, Problems};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One colour/size variant of a product.
#[derive(Clone, Debug)]
pub struct Variant {
    /// ColorCode ("" when none).
    pub color_code: String,
    /// ColorDescription ("" when none).
    pub color_description: String,
    /// ItemDim1Code, the size ("" when none).
    pub dim1: String,
    /// Barcode ("" when none).
    pub barcode: String,
    /// Its position in the product's `Variants`.
    pub index: usize,
}

/// One ERP product (item master).
#[derive(Clone, Debug)]
pub struct Product {
    /// ItemCode.
    pub item_code: String,
    /// ItemDescription.
    pub description: String,
    /// ItemTypeCode as given (1, "Ürün", when absent).
    pub item_type: Value,
    /// TaxRate in percent, when given.
    pub tax_rate: Option<i64>,
    /// IsBlocked.
    pub blocked: bool,
    /// The variants.
    pub variants: Vec<Variant>,
    /// Every field as given, for configured field names.
    pub fields: Map<String, Value>,
    /// Its position in `products`.
    pub index: usize,
}

impl Product {
    /// The product's parameter path, e.g. `products[3]`.
    pub fn path(&self) -> String {
        format!("products[{}]", self.index)
    }

    /// A variant's parameter path, e.g. `products[3].Variants[1]`.
    pub fn variant_path(&self, variant: &Variant) -> String {
        format!("{}.Variants[{}]", self.path(), variant.index)
    }

    /// A field's value, `None` when absent, null or blank.
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.fields
            .get(name)
            .filter(|v| !v.is_null() && v.as_str().is_none_or(|s| !s.trim().is_empty()))
    }

    /// The ERP price in `field`: `Ok(None)` when absent, `Err` when it is no amount.
    pub fn price(&self, field: &str) -> Result<Option<Money>, String> {
        self.field(field).map(Money::from_json).transpose()
    }
}

/// A code or text value as trimmed text ("" for null); numbers become text.
pub fn code_text(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

type VariantKey = (String, String, String);

/// Stock summed over the configured warehouses, exactly (fractions of 10⁻⁸).
#[derive(Clone, Debug, Default)]
pub struct Stock {
    by_variant: HashMap<VariantKey, i128>,
    by_item: HashMap<String, i128>,
}

impl Stock {
    /// The exact stock of one variant, in units of 10⁻⁸ (fractional, possibly negative).
    pub fn units_of_variant(&self, item_code: &str, variant: &Variant) -> i128 {
        let key = (
            item_code.to_string(),
            variant.color_code.clone(),
            variant.dim1.clone(),
        );
        self.by_variant.get(&key).copied().unwrap_or(0)
    }

    /// The exact stock of an item over all its records, in units of 10⁻⁸.
    pub fn units_of_item(&self, item_code: &str) -> i128 {
        self.by_item.get(item_code).copied().unwrap_or(0)
    }

    /// Whole pieces of one variant (rounded down, never negative).
    pub fn of_variant(&self, item_code: &str, variant: &Variant) -> i64 {
        amount::whole_pieces(self.units_of_variant(item_code, variant))
    }

    /// Whole pieces of an item over all its records.
    pub fn of_item(&self, item_code: &str) -> i64 {
        amount::whole_pieces(self.units_of_item(item_code))
    }

    /// The product's quantity: the sum of its variants' quantities, or the
    /// item's own stock when it has no variants.
    pub fn of_product(&self, product: &Product) -> i64 {
        if product.variants.is_empty() {
            self.of_item(&product.item_code)
        } else {
            product
                .variants
                .iter()
                .map(|v| self.of_variant(&product.item_code, v))
                .sum()
        }
    }
}

/// Products and stock.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    /// The products, in the given order.
    pub products: Vec<Product>,
    /// Their stock.
    pub stock: Stock,
}

impl Catalogue {
    /// Reads `products` and `inventory` (schema-checked params); stock counts only
    /// `warehouses` (every warehouse when empty).
    pub fn parse(params: &Value, warehouses: &[String], problems: &mut Problems) -> Catalogue {
        let products = items(params.get("products"))
            .enumerate()
            .filter_map(|(index, p)| product(p, index))
            .collect();
        let mut stock = Stock::default();
        for (index, record) in items(params.get("inventory")).enumerate() {
            let warehouse = code_text(record.get("WarehouseCode"));
            if !warehouses.is_empty() && !warehouses.contains(&warehouse) {
                continue;
            }
            let quantity = match record.get("InventoryQty1").map(Money::from_json) {
                Some(Ok(q)) => amount::quantity_units(q),
                Some(Err(reason)) => {
                    let at = format!("inventory[{index}].InventoryQty1");
                    problems.add(&at, Problem::BadMoney { reason });
                    continue;
                }
                None => continue,
            };
            let item = code_text(record.get("ItemCode"));
            let key = (
                item.clone(),
                code_text(record.get("ColorCode")),
                code_text(record.get("ItemDim1Code")),
            );
            *stock.by_variant.entry(key).or_insert(0) += quantity;
            *stock.by_item.entry(item).or_insert(0) += quantity;
        }
        Catalogue { products, stock }
    }
}

fn items(list: Option<&Value>) -> impl Iterator<Item = &Value> {
    list.and_then(Value::as_array).into_iter().flatten()
}

fn product(value: &Value, index: usize) -> Option<Product> {
    let fields = value.as_object()?.clone();
    let variants = items(fields.get("Variants"))
        .enumerate()
        .map(|(index, v)| Variant {
            color_code: code_text(v.get("ColorCode")),
            color_description: code_text(v.get("ColorDescription")),
            dim1: code_text(v.get("ItemDim1Code")),
            barcode: code_text(v.get("Barcode")),
            index,
        })
        .collect();
    Some(Product {
        item_code: code_text(fields.get("ItemCode")),
        description: code_text(fields.get("ItemDescription")),
        item_type: fields
            .get("ItemTypeCode")
            .filter(|v| !v.is_null())
            .map(|v| integer(v).map_or_else(|| v.clone(), Value::from))
            .unwrap_or_else(|| Value::from(1)),
        tax_rate: fields.get("TaxRate").and_then(integer),
        blocked: fields
            .get("IsBlocked")
            .is_some_and(|b| b.as_bool().unwrap_or_else(|| integer(b) == Some(1))),
        variants,
        fields,
        index,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn params() -> Value {
        json!({
            "products": [{"ItemCode": "SHIRT-001", "ItemDescription": "Polo", "IsBlocked": 0,
                          "TaxRate": 20, "SalePrice": "89.90",
                          "Variants": [{"ColorCode": "RED", "ItemDim1Code": "M", "Barcode": "1"},
                                       {"ColorCode": "RED", "ItemDim1Code": "L", "Barcode": "2"}]},
                         {"ItemCode": "FABRIC-100", "ItemDescription": "Kumaş", "IsBlocked": true,
                          "ItemTypeCode": "2"}],
            "inventory": [
                {"WarehouseCode": "A", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 45},
                {"WarehouseCode": "B", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "M", "InventoryQty1": 12},
                {"WarehouseCode": "A", "ItemCode": "SHIRT-001", "ColorCode": "RED", "ItemDim1Code": "L", "InventoryQty1": -2},
                {"WarehouseCode": "A", "ItemCode": "FABRIC-100", "ColorCode": null, "InventoryQty1": "12.5"},
                {"WarehouseCode": "B", "ItemCode": "FABRIC-100", "InventoryQty1": "0.5"}
            ]
        })
    }

    #[test]
    fn stock_is_summed_over_the_configured_warehouses() {
        let mut problems = Problems::default();
        let all = Catalogue::parse(&params(), &[], &mut problems);
        let shirt = &all.products[0];
        assert_eq!(all.stock.of_variant("SHIRT-001", &shirt.variants[0]), 57);
        assert_eq!(all.stock.of_variant("SHIRT-001", &shirt.variants[1]), 0);
        assert_eq!(all.stock.of_product(shirt), 57);
        assert_eq!(all.stock.of_product(&all.products[1]), 13);
        let only_a = Catalogue::parse(&params(), &["A".into()], &mut problems);
        assert_eq!(only_a.stock.of_product(&only_a.products[0]), 45);
        assert_eq!(only_a.stock.of_product(&only_a.products[1]), 12);
        assert!(problems.is_empty());
    }

    #[test]
    fn product_fields_are_read_leniently() {
        let mut problems = Problems::default();
        let catalogue = Catalogue::parse(&params(), &[], &mut problems);
        let fabric = &catalogue.products[1];
        assert!(fabric.blocked);
        assert_eq!(fabric.item_type, json!(2));
        assert_eq!(catalogue.products[0].item_type, json!(1));
        assert_eq!(
            catalogue.products[0]
                .price("SalePrice")
                .unwrap()
                .unwrap()
                .to_dot_string(),
            "89.90"
        );
        assert_eq!(fabric.price("SalePrice"), Ok(None));
    }
}
