//! Tedbul's product catalogue: what ads are attached to, and what
//! `searchProduct` finds by name or barcode.

use super::ads::has_barcode;
use super::reply;
use super::TedbulSandbox;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::sandbox::request::Incoming;
use crate::schema::integer;
use serde_json::{json, Value};

/// The most products one search answers with.
const SEARCH_LIMIT: usize = 50;

impl TedbulSandbox {
    /// The catalogue product that has `barcode`.
    pub(super) fn product_with_barcode(&self, barcode: &str) -> Option<&Value> {
        self.products.iter().find(|p| has_barcode(p, barcode))
    }

    /// Records a product the catalogue did not know, as an ad for it is created.
    pub(super) fn add_product(&mut self, name: &str, barcode: &str) -> Value {
        self.next_product_id += 1;
        let product = json!({
            "id": self.next_product_id,
            "name": name,
            "brand": null,
            "barcodes": [barcode],
            "image": null,
            "kdv": null,
            "minimumListPrice": null,
        });
        self.products.push(product.clone());
        product
    }

    /// `POST api/ads/searchProduct {nameOrBarcode}`: an exact barcode or a
    /// part of the name (case and dotted/dotless i do not matter); without a
    /// term (optional in seed 002) every product.
    pub(super) fn search(&self, request: &Incoming) -> HttpResponse {
        let term = match request.body.get("nameOrBarcode") {
            Some(Value::String(text)) => text.trim().to_string(),
            Some(Value::Number(number)) => number.to_string(),
            _ => String::new(),
        };
        let folded = fold(&term);
        let found: Vec<Value> = self
            .products
            .iter()
            .filter(|p| {
                has_barcode(p, &term)
                    || p["name"]
                        .as_str()
                        .is_some_and(|n| fold(n).contains(&folded))
            })
            .take(SEARCH_LIMIT)
            .map(|p| self.with_lowest_price(p))
            .collect();
        reply::envelope(Value::Array(found))
    }

    /// The product with `minimumListPrice` lowered to the account's own active
    /// ads' lowest price when that is lower than the rest of the market's.
    fn with_lowest_price(&self, product: &Value) -> Value {
        let market = product["minimumListPrice"].as_str().map(str::to_string);
        let own = self
            .ads
            .iter()
            .filter(|ad| ad["productId"] == product["id"] && integer(&ad["status"]) == Some(1))
            .filter_map(|ad| ad["price"].as_str().map(str::to_string));
        let lowest = market
            .into_iter()
            .chain(own)
            .filter_map(|text| Money::parse_text(&text).ok().map(|money| (money, text)))
            .min_by(|(a, _), (b, _)| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal))
            .map(|(_, text)| text);
        let mut out = product.clone();
        out["minimumListPrice"] = lowest.map_or(Value::Null, Value::String);
        out
    }
}

/// Lower case, with every Turkish i (`I`, `İ`, `ı`, `i`) as `i`, for matching names.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            'I' | 'İ' | 'ı' => vec!['i'],
            other => other.to_lowercase().collect(),
        })
        .collect()
}
