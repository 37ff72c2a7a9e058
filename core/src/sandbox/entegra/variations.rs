//! Variants in the Entegra emulator: added to a product, then changed.

use super::wire::{
    body_list, bulk_answer, missing_field, refused, stringify, text, timestamp, value_problem,
};
use super::EntegraSandbox;
use crate::http::HttpResponse;
use crate::sandbox::request::Incoming;
use serde_json::{json, Value};

impl EntegraSandbox {
    /// `POST /product/variations/`: variants added to existing products.
    pub(super) fn create_variations(&mut self, request: &Incoming) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut created = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let main = text(item, "productCode").unwrap_or_default();
            let given = item["variations"].as_array().map(Vec::as_slice);
            let refusal = match given {
                _ if main.is_empty() => Some("productCode: This field is required."),
                None | Some([]) => Some("variations: This list may not be empty."),
                Some(_) if self.product_mut(&main).is_none() => Some("Product not found."),
                Some(_) => None,
            };
            if let Some(message) = refusal {
                errors.push(refused(&[("mainProductCode", Some(main))], message));
                continue;
            }
            for variation in given.unwrap_or_default() {
                let code = text(variation, "productCode");
                let names = [
                    ("productCode", code.clone()),
                    ("mainProductCode", Some(main.clone())),
                ];
                let problem = variation_problem(variation).or_else(|| {
                    code.as_deref().filter(|c| self.sku_exists(c)).map(|_| {
                        "productCode: a product or variant with this productCode exists."
                            .to_string()
                    })
                });
                if let Some(message) = problem {
                    errors.push(refused(&names, message));
                    continue;
                }
                let stored = self.stored_variation(variation);
                let id = stored["id"].clone();
                let at = self.product_at(&main).expect("checked above");
                let product = self.products[at]
                    .as_object_mut()
                    .expect("products are objects");
                let list = product.entry("variatios").or_insert_with(|| json!([]));
                if let Value::Array(list) = list {
                    self.index.add_variation(at, list.len(), &stored);
                    list.push(stored);
                }
                created.push(json!({"id": id, "productCode": code, "mainProductCode": main}));
            }
        }
        bulk_answer(201, "created", created, errors)
    }

    /// `PUT /product/variations/`: the stock or price of variants, each named
    /// with its main product.
    pub(super) fn update_variations(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut updated = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let code = text(item, "productCode");
            let main = text(item, "mainProductCode");
            let names = [
                ("productCode", code.clone()),
                ("mainProductCode", main.clone()),
            ];
            let problem = missing_field(item, &["productCode", "mainProductCode"]).or_else(|| {
                ["quantity", "price"]
                    .iter()
                    .find_map(|key| item.get(*key).and_then(|v| value_problem(key, v)))
            });
            if let Some(message) = problem {
                errors.push(refused(&names, message));
                continue;
            }
            let (code, main) = (code.unwrap_or_default(), main.unwrap_or_default());
            let Some(product) = self.product_mut(&main) else {
                errors.push(refused(&names, "mainProductCode: Product not found."));
                continue;
            };
            let variant = product
                .get_mut("variatios")
                .and_then(Value::as_array_mut)
                .and_then(|list| list.iter_mut().find(|v| v["productCode"] == code.as_str()))
                .and_then(Value::as_object_mut);
            let Some(variant) = variant else {
                errors.push(refused(
                    &names,
                    "productCode: no such variant of this product.",
                ));
                continue;
            };
            for key in ["quantity", "price"] {
                if let Some(value) = item.get(key).filter(|v| !v.is_null()) {
                    variant.insert(key.into(), stringify(value));
                }
            }
            product.insert("date_change".into(), Value::from(timestamp(now_ms)));
            updated.push(json!({"productCode": code, "mainProductCode": main}));
        }
        bulk_answer(200, "updated", updated, errors)
    }
}

/// Why Entegra refuses a variant: a missing required field, a bad count or
/// price, or no colour spec "Renk".
pub(super) fn variation_problem(variation: &Value) -> Option<String> {
    if let Some(missing) = missing_field(variation, &["barcode", "productCode", "quantity"]) {
        return Some(missing);
    }
    if let Some(problem) = ["quantity", "price"]
        .iter()
        .find_map(|key| variation.get(*key).and_then(|v| value_problem(key, v)))
    {
        return Some(problem);
    }
    let has_colour = variation["variation_specs"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|spec| {
            spec["name"]
                .as_str()
                .is_some_and(|n| n.trim().eq_ignore_ascii_case("renk"))
        });
    (!has_colour).then(|| "variation_specs: one spec must be the colour \"Renk\".".to_string())
}
