//! Entegra's rules across fields, run on the normalised (wire-form) objects.

use crate::messages::{Problem, RuleName};
use crate::schema::{child_path, Problems};
use crate::wire::{Record, Wire};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::json;

/// When a product has variations, each must carry the colour spec "Renk".
pub(super) fn colour_spec_required(variation: &Record, path: &str, problems: &mut Problems) {
    let has_colour = variation
        .get("variation_specs")
        .and_then(Wire::as_array)
        .is_some_and(|specs| {
            specs.iter().any(|spec| {
                spec.get("name")
                    .and_then(Wire::as_str)
                    .is_some_and(|n| n.trim().eq_ignore_ascii_case("renk"))
            })
        });
    if !has_colour {
        problems.add(
            &child_path(path, "variation_specs"),
            Problem::rule(
                RuleName::ColourSpecRequired,
                json!({}),
                "a spec named \"Renk\" (colour) is required for every variation",
                "her varyasyonda \"Renk\" adlı bir özellik zorunlu",
            ),
        );
    }
}

/// A product update names its product by `id` or by `productCode`.
pub(super) fn id_or_product_code(item: &Record, path: &str, problems: &mut Problems) {
    if !item.contains_key("id") && !item.contains_key("productCode") {
        problems.add(
            &child_path(path, "productCode"),
            Problem::rule(
                RuleName::IdOrProductCode,
                json!({}),
                "required: name the product by productCode or by id",
                "zorunlu: ürünü productCode ya da id ile belirtin",
            ),
        );
    }
}

/// `picture_byte` is non-empty base64 text (line breaks allowed, padding required).
pub(super) fn picture_is_base64(picture: &Record, path: &str, problems: &mut Problems) {
    let Some(text) = picture.get("picture_byte").and_then(Wire::as_str) else {
        return;
    };
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let problem = if compact.is_empty() {
        Some((
            "empty",
            "must not be empty: give the picture's bytes as base64",
            "boş olamaz: resmin baytlarını base64 olarak verin",
        ))
    } else if compact.starts_with("data:") {
        Some((
            "data_prefix",
            "give only the base64 text, without the \"data:…;base64,\" prefix",
            "yalnızca base64 metnini verin, \"data:…;base64,\" öneki olmadan",
        ))
    } else if STANDARD.decode(&compact).is_err() {
        Some((
            "not_base64",
            "must be base64 text (A–Z, a–z, 0–9, +, / and = padding); the bindings encode raw bytes for you",
            "base64 metni olmalı (A–Z, a–z, 0–9, +, / ve = dolgusu); bağlamalar ham baytları sizin için kodlar",
        ))
    } else {
        None
    };
    if let Some((reason, en, tr)) = problem {
        problems.add(
            &child_path(path, "picture_byte"),
            Problem::rule(RuleName::PictureBase64, json!({"reason": reason}), en, tr),
        );
    }
}

/// A stock update names each product and store once per request.
pub(super) fn unique_product_codes(params: &Record, path: &str, problems: &mut Problems) {
    let list_path = child_path(path, "list");
    if let Some(items) = params.get("list").and_then(Wire::as_array) {
        report_repeats(items, "productCode", &list_path, problems);
    }
}

/// A price update names each price code and store once per product.
pub(super) fn unique_price_codes(item: &Record, path: &str, problems: &mut Problems) {
    let prices_path = child_path(path, "prices");
    if let Some(prices) = item.get("prices").and_then(Wire::as_array) {
        report_repeats(prices, "priceCode", &prices_path, problems);
    }
}

/// Reports every item whose `key` (with its `store_id`) repeats an earlier item's.
fn report_repeats(items: &[Wire], key: &str, list_path: &str, problems: &mut Problems) {
    let identity = |item: &Wire| -> Option<(String, Wire)> {
        let code = item.get(key)?.as_str()?.to_string();
        Some((code, item.get("store_id").cloned().unwrap_or(Wire::Null)))
    };
    let seen: Vec<Option<(String, Wire)>> = items.iter().map(identity).collect();
    for (at, current) in seen.iter().enumerate() {
        let Some(current) = current else { continue };
        if let Some(first) = seen[..at].iter().position(|s| s.as_ref() == Some(current)) {
            problems.add(
                &format!("{list_path}[{at}].{key}"),
                Problem::rule(
                    RuleName::Repeated,
                    json!({"value": current.0, "first": first}),
                    format!(
                        "{:?} is already set at {list_path}[{first}] (same store): one value each per request",
                        current.0
                    ),
                    format!(
                        "{:?} zaten {list_path}[{first}] konumunda verilmiş (aynı mağaza): bir istekte her biri bir kez",
                        current.0
                    ),
                ),
            );
        }
    }
}
