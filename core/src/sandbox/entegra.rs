//! The Entegra emulator: Django REST Framework with SimpleJWT, in Entegra's dialect.

use super::credentials::{ENTEGRA_EMAIL, PASSWORD};
use super::request::{page_of, Incoming};
use super::token::TokenBook;
use crate::dates::Date;
use crate::http::HttpResponse;
use serde_json::{json, Map, Value};

const ACCESS_LIFETIME_MS: u64 = 7 * 24 * 3_600_000;
const REFRESH_LIFETIME_MS: u64 = 30 * 24 * 3_600_000;
/// Entegra's page size as the sandbox serves it.
const PAGE_SIZE: u64 = 100;

/// The emulator's state.
#[derive(Debug)]
pub struct EntegraSandbox {
    products: Vec<Value>,
    orders: Vec<Value>,
    access: TokenBook,
    refresh: TokenBook,
    next_id: u64,
    logins: u64,
}

impl EntegraSandbox {
    /// Seeded with the seed document's products and orders.
    pub fn seeded() -> Self {
        let seed: Value = serde_json::from_str(include_str!("seed/entegra.json"))
            .expect("the Entegra seed is valid JSON");
        EntegraSandbox {
            products: seed["products"].as_array().cloned().unwrap_or_default(),
            orders: seed["orders"].as_array().cloned().unwrap_or_default(),
            access: TokenBook::default(),
            refresh: TokenBook::default(),
            next_id: 2000,
            logins: 0,
        }
    }

    /// Invalidates every token.
    pub fn expire_tokens(&mut self) {
        self.access.expire_all();
        self.refresh.expire_all();
    }

    /// Successful logins so far.
    pub fn login_count(&self) -> u64 {
        self.logins
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        if !request.trailing_slash {
            return not_found();
        }
        let method = request.method.as_str();
        if request.ends_with(&["api", "user", "token", "obtain"]) && method == "POST" {
            return self.obtain(request, now_ms);
        }
        if request.ends_with(&["api", "user", "token", "refresh"]) && method == "POST" {
            return self.renew(request, now_ms);
        }
        if let Some(refusal) = self.check_token(request, now_ms) {
            return refusal;
        }
        let page = page_number(request.last_segment());
        match (method, page) {
            ("GET", Some(page)) if request.ends_with(&["product", "*"]) => self.list_products(page),
            ("GET", Some(page)) if request.ends_with(&["order", "*"]) => {
                self.list_orders(request, page)
            }
            ("POST", None) if request.ends_with(&["product"]) => self.create_products(request),
            _ => not_found(),
        }
    }

    fn obtain(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let email = request.body.get("email").and_then(Value::as_str);
        let password = request.body.get("password").and_then(Value::as_str);
        let (Some(email), Some(password)) = (email, password) else {
            let mut errors = Map::new();
            for field in ["email", "password"] {
                if request.body.get(field).and_then(Value::as_str).is_none() {
                    errors.insert(field.into(), json!(["This field is required."]));
                }
            }
            return HttpResponse::json(400, &Value::Object(errors));
        };
        if email != ENTEGRA_EMAIL || password != PASSWORD {
            return HttpResponse::json(
                401,
                &json!({"detail": "No active account found with the given credentials"}),
            );
        }
        self.logins += 1;
        let refresh = self.refresh.mint("refresh", now_ms + REFRESH_LIFETIME_MS);
        let access = self.access.mint("access", now_ms + ACCESS_LIFETIME_MS);
        HttpResponse::json(200, &json!({"refresh": refresh, "access": access}))
    }

    fn renew(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let refresh = request.body.get("refresh").and_then(Value::as_str);
        match refresh {
            Some(token) if self.refresh.valid(token, now_ms) => {
                let access = self.access.mint("access", now_ms + ACCESS_LIFETIME_MS);
                HttpResponse::json(200, &json!({"access": access}))
            }
            _ => HttpResponse::json(
                401,
                &json!({"detail": "Token is invalid or expired", "code": "token_not_valid"}),
            ),
        }
    }

    fn check_token(&self, request: &Incoming, now_ms: u64) -> Option<HttpResponse> {
        if request.authorization.is_none() {
            return Some(HttpResponse::json(
                401,
                &json!({"detail": "Authentication credentials were not provided."}),
            ));
        }
        match request.token("JWT") {
            Some(token) if self.access.valid(token, now_ms) => None,
            _ => Some(HttpResponse::json(
                401,
                &json!({
                    "detail": "Given token not valid for any token type",
                    "code": "token_not_valid",
                    "messages": [{"token_class": "AccessToken", "token_type": "access",
                                  "message": "Token is invalid or expired"}]
                }),
            )),
        }
    }

    fn list_products(&self, page: u64) -> HttpResponse {
        HttpResponse::json(
            200,
            &json!({
                "productList": page_of(&self.products, page, PAGE_SIZE),
                "totalProduct": self.products.len().to_string(),
            }),
        )
    }

    fn list_orders(&self, request: &Incoming, page: u64) -> HttpResponse {
        let limit = match request.query_number("limit", PAGE_SIZE) {
            Ok(limit) if limit <= 200 => limit,
            _ => {
                return HttpResponse::json(
                    400,
                    &json!({"limit": ["Ensure this value is less than or equal to 200."]}),
                )
            }
        };
        let start = request.query("start_date").and_then(Date::parse_any);
        let end = request.query("end_date").and_then(Date::parse_any);
        let matching: Vec<Value> = self
            .orders
            .iter()
            .filter(|order| {
                let text = |key: &str| order.get(key).and_then(Value::as_str).unwrap_or("");
                let date = Date::parse_any(text("order_date"));
                request.query("sync").is_none_or(|s| s == text("sync"))
                    && request.query("status").is_none_or(|s| s == text("status"))
                    && start.is_none_or(|s| date.is_some_and(|d| d >= s))
                    && end.is_none_or(|e| date.is_some_and(|d| d <= e))
            })
            .cloned()
            .collect();
        HttpResponse::json(
            200,
            &json!({
                "orders": page_of(&matching, page, limit),
                "totalOrder": matching.len(),
            }),
        )
    }

    fn create_products(&mut self, request: &Incoming) -> HttpResponse {
        let Some(list) = request.body.get("list").and_then(Value::as_array) else {
            return HttpResponse::json(400, &json!({"list": ["This field is required."]}));
        };
        let mut created = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let code = item
                .get("productCode")
                .and_then(Value::as_str)
                .unwrap_or("");
            if code.is_empty() {
                errors.push(json!({"productCode": code, "message": "productCode is required"}));
                continue;
            }
            if self.products.iter().any(|p| p["productCode"] == code) {
                errors.push(json!({"productCode": code, "message": "a product with this productCode exists"}));
                continue;
            }
            self.next_id += 1;
            let id = self.next_id.to_string();
            self.products.push(stored_product(item, &id));
            created.push(json!({"productCode": code, "id": id}));
        }
        let status = if created.is_empty() && !errors.is_empty() {
            400
        } else {
            201
        };
        HttpResponse::json(status, &json!({"created": created, "errors": errors}))
    }
}

/// A created product as Entegra stores and lists it: scalars as strings,
/// variations under `variatios`.
fn stored_product(item: &Value, id: &str) -> Value {
    let mut product = stringify(item);
    if let Some(map) = product.as_object_mut() {
        map.insert("id".into(), Value::from(id));
        let variations = map.remove("variations").unwrap_or_else(|| json!([]));
        map.insert("variatios".into(), variations);
    }
    product
}

fn stringify(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(stringify).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), stringify(v))).collect())
        }
        other => other.clone(),
    }
}

fn page_number(segment: &str) -> Option<u64> {
    segment
        .strip_prefix("page=")
        .and_then(|n| n.parse().ok())
        .filter(|n| *n > 0)
}

fn not_found() -> HttpResponse {
    HttpResponse::json(404, &json!({"detail": "Not found."}))
}
