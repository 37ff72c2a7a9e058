//! Stock and prices by SKU in the Entegra emulator (`/product/quantity/`,
//! `/product/prices/`), at most 50 items a request.

use super::wire::{
    body_list, bulk_answer, is_price_field, refused, set_store_entry, text, timestamp,
    value_problem,
};
use super::EntegraSandbox;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::sandbox::request::Incoming;
use serde_json::{json, Map, Value};

/// Entegra's limit for these endpoints.
const MAX_ITEMS: usize = 50;

impl EntegraSandbox {
    /// `PUT /product/quantity/`: the stock of a product or variant, or of one store.
    pub(super) fn update_quantities(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let list = match body_list(request, Some(MAX_ITEMS)) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut updated = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let code = text(item, "productCode");
            let names = [("productCode", code.clone())];
            let problem = match (&code, item.get("quantity")) {
                (None, _) => Some("productCode: This field is required.".to_string()),
                (_, None) => Some("quantity: This field is required.".to_string()),
                (_, Some(quantity)) => value_problem("quantity", quantity),
            };
            if let Some(message) = problem {
                errors.push(refused(&names, message));
                continue;
            }
            let code = code.unwrap_or_default();
            let quantity = text(item, "quantity").unwrap_or_default();
            let store = text(item, "store_id");
            let Some(record) = self.sku_mut(&code) else {
                errors.push(refused(&names, "Product not found."));
                continue;
            };
            match &store {
                None => {
                    record.insert("quantity".into(), Value::from(quantity.as_str()));
                }
                Some(store) => set_store_entry(
                    record,
                    "store_quantities",
                    json!({"store_id": store, "quantity": quantity}),
                ),
            }
            record.insert("date_change".into(), Value::from(timestamp(now_ms)));
            let mut done = json!({"productCode": code, "quantity": quantity});
            if let Some(store) = store {
                done["store_id"] = Value::from(store);
            }
            updated.push(done);
        }
        bulk_answer(200, "updated", updated, errors)
    }

    /// `PUT /product/prices/`: named prices (price1…price8, marketplace prices)
    /// of a product or variant, or of one store. A product is changed only when
    /// all its prices are acceptable.
    pub(super) fn update_prices(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let list = match body_list(request, Some(MAX_ITEMS)) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut updated = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let code = text(item, "productCode");
            let names = [("productCode", code.clone())];
            let prices = match (&code, item.get("prices").and_then(Value::as_array)) {
                (None, _) => Err("productCode: This field is required.".to_string()),
                (_, None) => Err("prices: This field is required.".to_string()),
                (_, Some(prices)) if prices.is_empty() => {
                    Err("prices: This list may not be empty.".to_string())
                }
                (_, Some(prices)) => prices.iter().map(checked_price).collect(),
            };
            let prices: Vec<(String, String, Option<String>)> = match prices {
                Ok(prices) => prices,
                Err(message) => {
                    errors.push(refused(&names, message));
                    continue;
                }
            };
            let code = code.unwrap_or_default();
            let Some(record) = self.sku_mut(&code) else {
                errors.push(refused(&names, "Product not found."));
                continue;
            };
            for (price_code, value, store) in prices {
                set_price(record, &price_code, &value, store.as_deref());
                let mut done =
                    json!({"productCode": code, "priceCode": price_code, "priceValue": value});
                if let Some(store) = store {
                    done["store_id"] = Value::from(store);
                }
                updated.push(done);
            }
            record.insert("date_change".into(), Value::from(timestamp(now_ms)));
        }
        bulk_answer(200, "updated", updated, errors)
    }
}

/// `(priceCode, priceValue as a dot decimal, store_id)` of one price, or why it is refused.
fn checked_price(price: &Value) -> Result<(String, String, Option<String>), String> {
    let code = text(price, "priceCode").ok_or("priceCode: This field is required.")?;
    if !is_price_field(&code) {
        return Err(format!(
            "priceCode: \"{code}\" is not a price field (price1…price8 or a marketplace price)."
        ));
    }
    let value = price
        .get("priceValue")
        .ok_or("priceValue: This field is required.")?;
    let money = Money::from_json(value)
        .ok()
        .filter(|m| !m.is_negative())
        .ok_or("priceValue: A valid number is required.")?;
    Ok((code, money.to_dot_string(), text(price, "store_id")))
}

fn set_price(record: &mut Map<String, Value>, code: &str, value: &str, store: Option<&str>) {
    match store {
        None => {
            record.insert(code.into(), Value::from(value));
        }
        Some(store) => set_store_entry(
            record,
            "store_prices",
            json!({"store_id": store, "priceCode": code, "priceValue": value}),
        ),
    }
}
