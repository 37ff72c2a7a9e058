//! The ERP emulator: a REST layer over Nebim-style data, Basic auth, paginated lists.

use super::credentials::{PASSWORD, USERNAME};
use super::request::{page_of, Incoming};
use crate::http::HttpResponse;
use crate::schema::integer;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Value};

const DEFAULT_PER_PAGE: u64 = 50;
const MAX_PER_PAGE: u64 = 100;

/// The emulator's state.
#[derive(Debug)]
pub struct ErpSandbox {
    products: Vec<Value>,
    inventory: Vec<Value>,
}

impl ErpSandbox {
    /// Seeded with the seed document's products and inventory.
    pub fn seeded() -> Self {
        let seed: Value = serde_json::from_str(include_str!("seed/erp.json"))
            .expect("the ERP seed is valid JSON");
        ErpSandbox {
            products: seed["products"].as_array().cloned().unwrap_or_default(),
            inventory: seed["inventory"].as_array().cloned().unwrap_or_default(),
        }
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &Incoming) -> HttpResponse {
        let expected = format!("{USERNAME}:{PASSWORD}");
        let authorized = request
            .token("Basic")
            .and_then(|t| STANDARD.decode(t).ok())
            .is_some_and(|decoded| decoded == expected.as_bytes());
        if !authorized {
            return HttpResponse::json(401, &json!({"success": false, "message": "Unauthorized"}));
        }
        match request.method.as_str() {
            "GET" if request.ends_with(&["api", "products"]) => {
                let filter = request.query("item_type_code");
                let items: Vec<Value> = self
                    .products
                    .iter()
                    .filter(|p| {
                        filter.is_none_or(|code| integer(&p["ItemTypeCode"]) == code.parse().ok())
                    })
                    .cloned()
                    .collect();
                list(request, &items)
            }
            "GET" if request.ends_with(&["api", "inventory"]) => {
                let filter = request.query("warehouse_code");
                let items: Vec<Value> = self
                    .inventory
                    .iter()
                    .filter(|r| filter.is_none_or(|code| r["WarehouseCode"] == code))
                    .cloned()
                    .collect();
                list(request, &items)
            }
            _ => HttpResponse::json(404, &json!({"success": false, "message": "Not found"})),
        }
    }
}

fn list(request: &Incoming, items: &[Value]) -> HttpResponse {
    let page = request.query_number("page", 1);
    let per_page = request.query_number("per_page", DEFAULT_PER_PAGE);
    let (page, per_page) = match (page, per_page) {
        (Ok(page), Ok(per_page)) if per_page <= MAX_PER_PAGE => (page, per_page),
        (Err(message), _) | (_, Err(message)) => {
            return HttpResponse::json(422, &json!({"success": false, "message": message}))
        }
        _ => {
            return HttpResponse::json(
                422,
                &json!({"success": false, "message": format!("per_page must not exceed {MAX_PER_PAGE}")}),
            )
        }
    };
    let total = items.len() as u64;
    HttpResponse::json(
        200,
        &json!({
            "success": true,
            "data": page_of(items, page, per_page),
            "pagination": {
                "current_page": page,
                "per_page": per_page,
                "total": total,
                "total_pages": total.div_ceil(per_page),
            }
        }),
    )
}
