//! Products in the Entegra emulator: list, create, update, and finding a
//! product or variant by its SKU.

use super::variations::variation_problem;
use super::wire::{
    body_list, bulk_answer, missing_field, refused, stringify, text, timestamp, value_problem,
};
use super::{EntegraSandbox, PAGE_SIZE};
use crate::http::HttpResponse;
use crate::sandbox::request::{page_of, Incoming};
use serde_json::{json, Map, Value};

/// Create-shape product fields and the names the live list shows them under
/// (api-ground-truth §1.4: `name`, `pictures`; the create payload says
/// `productName`, `product_pictures`).
const PRODUCT_RENAMES: &[(&str, &str)] =
    &[("productName", "name"), ("product_pictures", "pictures")];
/// The same for variations (`variation_specs` is listed as `variationSpec`).
const VARIATION_RENAMES: &[(&str, &str)] = &[("variation_specs", "variationSpec")];

/// Moves each `(given, listed)` key of `record` to its listed name.
fn rename_keys(record: &mut Map<String, Value>, renames: &[(&str, &str)]) {
    for (given, listed) in renames {
        if let Some(value) = record.remove(*given) {
            record.insert((*listed).into(), value);
        }
    }
}

/// The variant fields Entegra fills in when they are not given.
const VARIATION_DEFAULTS: [(&str, &str); 5] = [
    ("price_prefix", "+"),
    ("points", "0"),
    ("points_prefix", "+"),
    ("weight", "0"),
    ("weight_prefix", "+"),
];

impl EntegraSandbox {
    /// `GET /product/page=N/`.
    pub(super) fn list_products(&self, page: u64) -> HttpResponse {
        HttpResponse::json(
            200,
            &json!({
                "productList": page_of(&self.products, page, PAGE_SIZE),
                "totalProduct": self.products.len().to_string(),
            }),
        )
    }

    /// `POST /product/`: new products, their variants under `variatios`.
    pub(super) fn create_products(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut created = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let code = text(item, "productCode");
            let name = [("productCode", code.clone())];
            if let Some(problem) = missing_field(item, &["productCode", "productName"]) {
                errors.push(refused(&name, problem));
                continue;
            }
            let code = code.unwrap_or_default();
            let variant_problem = item["variations"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .find_map(|(at, v)| variation_problem(v).map(|p| format!("variations[{at}].{p}")));
            if let Some(problem) = variant_problem {
                errors.push(refused(&name, problem));
                continue;
            }
            if self.sku_exists(&code) {
                errors.push(refused(&name, "a product with this productCode exists"));
                continue;
            }
            let id = self.new_id();
            let product = self.stored_product(item, &id, now_ms);
            self.index.add_product(self.products.len(), &product);
            self.products.push(product);
            created.push(json!({"productCode": code, "id": id}));
        }
        bulk_answer(201, "created", created, errors)
    }

    /// `PUT /product/`: new stock, status or prices of products named by id or productCode.
    pub(super) fn update_products(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut updated = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let id = text(item, "id");
            let code = text(item, "productCode");
            let names = [("id", id.clone()), ("productCode", code.clone())];
            let by_id = id.as_deref().and_then(|id| self.index.id(id));
            let by_code = code.as_deref().and_then(|c| self.index.product(c));
            let found = by_id.into_iter().chain(by_code).min();
            let problem = item
                .as_object()
                .into_iter()
                .flatten()
                .find_map(|(key, value)| value_problem(key, value));
            let at = match (found, problem, &id, &code) {
                (_, _, None, None) => Err("id or productCode: This field is required.".into()),
                (_, Some(problem), _, _) => Err(problem),
                (None, None, _, _) => Err("Product not found.".to_string()),
                (Some(at), None, _, _) => Ok(at),
            };
            let at = match at {
                Ok(at) => at,
                Err(message) => {
                    errors.push(refused(&names, message));
                    continue;
                }
            };
            let product = self.products[at]
                .as_object_mut()
                .expect("products are objects");
            for (key, value) in item.as_object().into_iter().flatten() {
                if key != "id" && key != "productCode" && !value.is_null() {
                    product.insert(key.clone(), stringify(value));
                }
            }
            product.insert("date_change".into(), Value::from(timestamp(now_ms)));
            updated.push(json!({"id": product["id"], "productCode": product["productCode"]}));
        }
        bulk_answer(200, "updated", updated, errors)
    }

    /// True when a product or a variant has this SKU.
    pub(super) fn sku_exists(&self, code: &str) -> bool {
        self.index.sku(code).is_some()
    }

    /// The product or variant with this SKU.
    pub(super) fn sku_mut(&mut self, code: &str) -> Option<&mut Map<String, Value>> {
        let place = self.index.sku(code)?;
        let product = self.products.get_mut(place.product)?;
        match place.variation {
            None => product.as_object_mut(),
            Some(at) => product
                .get_mut("variatios")
                .and_then(Value::as_array_mut)
                .and_then(|list| list.get_mut(at))
                .and_then(Value::as_object_mut),
        }
    }

    /// The position of the product with this productCode.
    pub(super) fn product_at(&self, code: &str) -> Option<usize> {
        self.index.product(code)
    }

    /// The product with this productCode.
    pub(super) fn product_mut(&mut self, code: &str) -> Option<&mut Map<String, Value>> {
        let at = self.index.product(code)?;
        self.products.get_mut(at).and_then(Value::as_object_mut)
    }

    /// A variant as Entegra stores it: string scalars, an id, the defaults filled in.
    pub(super) fn stored_variation(&mut self, given: &Value) -> Value {
        let mut variation = Map::new();
        variation.insert("id".into(), Value::from(self.new_id()));
        if let Value::Object(mut fields) = stringify(given) {
            rename_keys(&mut fields, VARIATION_RENAMES);
            variation.extend(fields);
        }
        for (key, default) in VARIATION_DEFAULTS {
            variation.entry(key).or_insert_with(|| Value::from(default));
        }
        variation
            .entry("variation_pictures")
            .or_insert_with(|| json!([]));
        Value::Object(variation)
    }

    /// A created product as Entegra stores and lists it: scalars as strings,
    /// the list's names (`name`, `pictures`, `variationSpec`), variations under
    /// `variatios`, with ids and the defaults filled in.
    fn stored_product(&mut self, item: &Value, id: &str, now_ms: u64) -> Value {
        let given_variations = item
            .get("variations")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let variations: Vec<Value> = given_variations
            .iter()
            .map(|v| self.stored_variation(v))
            .collect();
        let mut product = match stringify(item) {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        product.remove("variations");
        rename_keys(&mut product, PRODUCT_RENAMES);
        product.insert("id".into(), Value::from(id));
        product.insert("variatios".into(), Value::Array(variations));
        product.entry("pictures").or_insert_with(|| json!([]));
        let stamp = Value::from(timestamp(now_ms));
        product.insert("date_add".into(), stamp.clone());
        product.insert("date_change".into(), stamp);
        Value::Object(product)
    }
}

/// The variants of a stored product.
pub(super) fn variations(product: &Value) -> &[Value] {
    product
        .get("variatios")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}
