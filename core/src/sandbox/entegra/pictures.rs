//! Pictures in the Entegra emulator: base64 bytes added to a product or a variant.

use super::wire::{body_list, bulk_answer, missing_field, refused, text};
use super::EntegraSandbox;
use crate::http::HttpResponse;
use crate::sandbox::request::Incoming;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};

const REQUIRED: [&str; 6] = [
    "productCode",
    "name",
    "filename",
    "supplier",
    "supplier_id",
    "picture",
];

impl EntegraSandbox {
    /// `POST /product/pictures/`: each picture goes to the product's
    /// `pictures` (the list's name), or to the variant's `variation_pictures`.
    pub(super) fn add_pictures(&mut self, request: &Incoming) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut created = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let code = text(item, "productCode");
            let variant = text(item, "variation_productCode");
            let names = [("productCode", code.clone())];
            match self.add_item_pictures(item, code.as_deref(), variant.as_deref()) {
                Ok(added) => created.extend(added),
                Err(message) => errors.push(refused(&names, message)),
            }
        }
        bulk_answer(201, "created", created, errors)
    }

    fn add_item_pictures(
        &mut self,
        item: &Value,
        code: Option<&str>,
        variant: Option<&str>,
    ) -> Result<Vec<Value>, String> {
        if let Some(problem) = missing_field(item, &REQUIRED) {
            return Err(problem);
        }
        let pictures = item["picture"]
            .as_array()
            .filter(|p| !p.is_empty())
            .ok_or("picture: This list may not be empty.")?;
        if !pictures.iter().all(|p| is_base64(&p["picture_byte"])) {
            return Err("picture_byte: Invalid base64-encoded string.".into());
        }
        let code = code.unwrap_or_default();
        let ids: Vec<String> = pictures.iter().map(|_| self.new_id()).collect();
        let product = self.product_mut(code).ok_or("Product not found.")?;
        let (target, key) = match variant {
            None => (product, "pictures"),
            Some(variant) => {
                let found = product
                    .get_mut("variatios")
                    .and_then(Value::as_array_mut)
                    .and_then(|list| list.iter_mut().find(|v| v["productCode"] == variant))
                    .and_then(Value::as_object_mut)
                    .ok_or("variation_productCode: no such variant of this product.")?;
                (found, "variation_pictures")
            }
        };
        let list = target.entry(key).or_insert_with(|| json!([]));
        if !list.is_array() {
            *list = json!([]);
        }
        let mut added = Vec::new();
        for id in ids {
            let picture = json!({"id": id, "name": item["name"], "filename": item["filename"]});
            list.as_array_mut()
                .expect("made a list above")
                .push(picture);
            let mut done = json!({"id": id, "productCode": code, "filename": item["filename"]});
            if let Some(variant) = variant {
                done["variation_productCode"] = Value::from(variant);
            }
            added.push(done);
        }
        Ok(added)
    }
}

/// Non-empty standard base64 (line breaks allowed), as Python's decoder takes it.
fn is_base64(value: &Value) -> bool {
    let Some(text) = value.as_str() else {
        return false;
    };
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    !compact.is_empty() && STANDARD.decode(compact).is_ok()
}
