//! The Entegra emulator's lookup tables: products and variants by SKU and
//! products by id, so finding a record does not scan the whole catalogue.
//! Records are only ever added and their codes never change, so the tables
//! are kept by adding each record as it is stored. Where two records share a
//! code, the first stored wins, as a scan in order would find it.

use serde_json::Value;
use std::collections::HashMap;

/// Where a record is: its product and, for a variant, its place under `variatios`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Place {
    /// The product's position.
    pub product: usize,
    /// The variant's position in the product's `variatios`, for a variant.
    pub variation: Option<usize>,
}

/// The lookup tables.
#[derive(Debug, Default)]
pub(super) struct Index {
    skus: HashMap<String, Place>,
    products: HashMap<String, usize>,
    ids: HashMap<String, usize>,
}

impl Index {
    /// The tables of `products`, stored in this order.
    pub fn of(products: &[Value]) -> Index {
        let mut index = Index::default();
        for (at, product) in products.iter().enumerate() {
            index.add_product(at, product);
        }
        index
    }

    /// Adds the product stored at `at`, with its variants.
    pub fn add_product(&mut self, at: usize, product: &Value) {
        if let Some(code) = product["productCode"].as_str() {
            self.products.entry(code.to_string()).or_insert(at);
            self.add_sku(code, at, None);
        }
        if let Some(id) = product["id"].as_str() {
            self.ids.entry(id.to_string()).or_insert(at);
        }
        let variations = product["variatios"].as_array().into_iter().flatten();
        for (position, variation) in variations.enumerate() {
            self.add_variation(at, position, variation);
        }
    }

    /// Adds the variant stored at `position` under product `product`.
    pub fn add_variation(&mut self, product: usize, position: usize, variation: &Value) {
        if let Some(code) = variation["productCode"].as_str() {
            self.add_sku(code, product, Some(position));
        }
    }

    fn add_sku(&mut self, code: &str, product: usize, variation: Option<usize>) {
        let place = Place { product, variation };
        let known = self.skus.entry(code.to_string()).or_insert(place);
        if place < *known {
            *known = place;
        }
    }

    /// The product or variant with this SKU.
    pub fn sku(&self, code: &str) -> Option<Place> {
        self.skus.get(code).copied()
    }

    /// The product with this productCode.
    pub fn product(&self, code: &str) -> Option<usize> {
        self.products.get(code).copied()
    }

    /// The product with this id.
    pub fn id(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }
}

impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Place) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Place {
    /// Scan order: by product, the product itself before its variants.
    fn cmp(&self, other: &Place) -> std::cmp::Ordering {
        (self.product, self.variation.map_or(0, |v| v + 1))
            .cmp(&(other.product, other.variation.map_or(0, |v| v + 1)))
    }
}
