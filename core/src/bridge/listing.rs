//! What a marketplace lists now (items of `entegra.products.list` or
//! `tedbul.ads.list`, as kopru returns them or as the vendor sends them),
//! read into sync [`Item`]s by key.

use super::catalogue::code_text;
use super::state::Item;
use crate::money::Money;
use crate::schema::integer;
use serde_json::Value;
use std::collections::BTreeMap;

fn item_of(record: &Value, quantity_key: &str, price_key: &str) -> Item {
    let text = |key: &str| Some(code_text(record.get(key))).filter(|t| !t.is_empty());
    Item {
        id: text("id").or_else(|| text("adsId")),
        quantity: record.get(quantity_key).and_then(integer),
        price: record.get(price_key).and_then(|p| Money::from_json(p).ok()),
        status: record.get("status").and_then(integer),
        expiration: text("expiration"),
        parent: None,
    }
}

/// Entegra products (with `variations` or `variatios`) by productCode; the
/// price is read from `price_code`.
pub fn entegra(listing: &[Value], price_code: &str) -> BTreeMap<String, Item> {
    let mut out = BTreeMap::new();
    for product in listing {
        let code = code_text(product.get("productCode"));
        if code.is_empty() {
            continue;
        }
        let variations = product
            .get("variations")
            .or_else(|| product.get("variatios"))
            .and_then(Value::as_array);
        for variation in variations.into_iter().flatten() {
            let variation_code = code_text(variation.get("productCode"));
            if !variation_code.is_empty() {
                let mut item = item_of(variation, "quantity", "");
                item.id = None;
                item.status = None;
                item.parent = Some(code.clone());
                out.insert(variation_code, item);
            }
        }
        out.insert(code, item_of(product, "quantity", price_code));
    }
    out
}

/// Tedbul ads by barcode (an ad with several barcodes appears under each).
pub fn tedbul(listing: &[Value]) -> BTreeMap<String, Item> {
    let mut out = BTreeMap::new();
    for ad in listing {
        let item = item_of(ad, "stock", "price");
        let mut barcodes: Vec<String> = ad
            .get("barcodes")
            .and_then(Value::as_array)
            .map(|codes| codes.iter().map(|c| code_text(Some(c))).collect())
            .unwrap_or_default();
        barcodes.push(code_text(ad.get("productBarcode")));
        for barcode in barcodes.into_iter().filter(|b| !b.is_empty()) {
            out.insert(barcode, item.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entegra_products_and_variations() {
        let listing = [
            json!({"id": "1223", "productCode": "w-1", "quantity": "13", "price1": "12.90",
            "status": "1", "variatios": [{"productCode": "w-1-m", "quantity": "2"}]}),
        ];
        let items = entegra(&listing, "price1");
        assert_eq!(items["w-1"].quantity, Some(13));
        assert_eq!(items["w-1"].id.as_deref(), Some("1223"));
        assert!(items["w-1"].same_price(Money::parse_text("12.9").unwrap()));
        assert_eq!(items["w-1-m"].parent.as_deref(), Some("w-1"));
        assert_eq!(items["w-1-m"].quantity, Some(2));
    }

    #[test]
    fn tedbul_ads_by_barcode() {
        let listing = [
            json!({"adsId": 1111111111_i64, "barcodes": ["170017341905"],
            "price": "17,45", "stock": "17", "status": 1, "expiration": "2022-01-01"}),
        ];
        let items = tedbul(&listing);
        let ad = &items["170017341905"];
        assert_eq!(ad.id.as_deref(), Some("1111111111"));
        assert_eq!(ad.quantity, Some(17));
        assert_eq!(ad.price.unwrap().to_dot_string(), "17.45");
        assert_eq!(ad.expiration.as_deref(), Some("2022-01-01"));
    }
}
