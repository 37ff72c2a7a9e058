//! Entegra's rules across fields, run on the normalised (wire-form) objects.

use crate::schema::{child_path, Problems};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{Map, Value};

/// When a product has variations, each must carry the colour spec "Renk".
pub(super) fn colour_spec_required(
    variation: &Map<String, Value>,
    path: &str,
    problems: &mut Problems,
) {
    let has_colour = variation
        .get("variation_specs")
        .and_then(Value::as_array)
        .is_some_and(|specs| {
            specs.iter().any(|spec| {
                spec.get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| n.trim().eq_ignore_ascii_case("renk"))
            })
        });
    if !has_colour {
        problems.add(
            &child_path(path, "variation_specs"),
            "a spec named \"Renk\" (colour) is required for every variation",
        );
    }
}

/// A product update names its product by `id` or by `productCode`.
pub(super) fn id_or_product_code(item: &Map<String, Value>, path: &str, problems: &mut Problems) {
    if !item.contains_key("id") && !item.contains_key("productCode") {
        problems.add(
            &child_path(path, "productCode"),
            "required: name the product by productCode or by id",
        );
    }
}

/// `picture_byte` is non-empty base64 text (line breaks allowed, padding required).
pub(super) fn picture_is_base64(picture: &Map<String, Value>, path: &str, problems: &mut Problems) {
    let Some(text) = picture.get("picture_byte").and_then(Value::as_str) else {
        return;
    };
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let problem = if compact.is_empty() {
        Some("must not be empty: give the picture's bytes as base64")
    } else if compact.starts_with("data:") {
        Some("give only the base64 text, without the \"data:…;base64,\" prefix")
    } else if STANDARD.decode(&compact).is_err() {
        Some("must be base64 text (A–Z, a–z, 0–9, +, / and = padding); the bindings encode raw bytes for you")
    } else {
        None
    };
    if let Some(message) = problem {
        problems.add(&child_path(path, "picture_byte"), message);
    }
}

/// A stock update names each product and store once per request.
pub(super) fn unique_product_codes(
    params: &Map<String, Value>,
    path: &str,
    problems: &mut Problems,
) {
    let list_path = child_path(path, "list");
    if let Some(items) = params.get("list").and_then(Value::as_array) {
        report_repeats(items, "productCode", &list_path, problems);
    }
}

/// A price update names each price code and store once per product.
pub(super) fn unique_price_codes(item: &Map<String, Value>, path: &str, problems: &mut Problems) {
    let prices_path = child_path(path, "prices");
    if let Some(prices) = item.get("prices").and_then(Value::as_array) {
        report_repeats(prices, "priceCode", &prices_path, problems);
    }
}

/// Reports every item whose `key` (with its `store_id`) repeats an earlier item's.
fn report_repeats(items: &[Value], key: &str, list_path: &str, problems: &mut Problems) {
    let identity = |item: &Value| -> Option<(String, Value)> {
        let code = item.get(key)?.as_str()?.to_string();
        Some((code, item.get("store_id").cloned().unwrap_or(Value::Null)))
    };
    let seen: Vec<Option<(String, Value)>> = items.iter().map(identity).collect();
    for (at, current) in seen.iter().enumerate() {
        let Some(current) = current else { continue };
        if let Some(first) = seen[..at].iter().position(|s| s.as_ref() == Some(current)) {
            problems.add(
                &format!("{list_path}[{at}].{key}"),
                format!(
                    "{:?} is already set at {list_path}[{first}] (same store): one value each per request",
                    current.0
                ),
            );
        }
    }
}
