//! The Entegra emulator: Django REST Framework with SimpleJWT, in Entegra's dialect.
//!
//! Records are kept as the live service lists them (api-ground-truth §1.4:
//! every scalar a string, `name`, `pictures`, variants under `variatios`
//! with `variationSpec`, orders in the list shape with lines under
//! `order_product`). The field lists are the emulator's own (`fields.rs`).
//! Bulk writes answer `{"created"|"updated": […], "errors": [{…, "message"}]}`
//! — kopru's assumption, as Entegra documents no write answer: 201/200 when
//! anything was done, 400 with a `detail` when nothing was.
//! Stock and prices given for a `store_id` are kept under `store_quantities`
//! and `store_prices` of the product or variant.

mod auth;
mod catalog;
mod fields;
mod index;
mod orders;
mod pictures;
mod products;
mod stock;
mod variations;
mod wire;

use super::request::Incoming;
use super::token::TokenBook;
use crate::http::HttpResponse;
use index::Index;
use serde_json::Value;
use wire::{method_not_allowed, not_found, page_number};

/// Entegra's page size as the sandbox serves it.
const PAGE_SIZE: u64 = 100;

/// The routes the emulator knows: path ending (`*` is the `page=N` segment) and methods.
const ROUTES: &[(&[&str], &[&str])] = &[
    (&["product", "brand", "*"], &["GET"]),
    (&["product", "*"], &["GET"]),
    (&["order", "*"], &["GET"]),
    (&["category", "*"], &["GET"]),
    (&["product", "pictures"], &["POST"]),
    (&["product", "variations"], &["POST", "PUT"]),
    (&["product", "quantity"], &["PUT"]),
    (&["product", "prices"], &["PUT"]),
    (&["product"], &["POST", "PUT"]),
    (&["order", "update"], &["PUT"]),
    (&["order"], &["POST", "PUT"]),
];

/// The emulator's state.
#[derive(Debug)]
pub struct EntegraSandbox {
    products: Vec<Value>,
    /// Boxed: the emulators share an enum, which stays small.
    index: Box<Index>,
    orders: Vec<Value>,
    categories: Vec<Value>,
    brands: Vec<Value>,
    access: TokenBook,
    refresh: TokenBook,
    next_id: u64,
    logins: u64,
}

impl EntegraSandbox {
    /// Seeded with the seed document's products and orders, and a few categories and brands.
    pub fn seeded() -> Self {
        let seed: Value = serde_json::from_str(include_str!("../seed/entegra.json"))
            .expect("the Entegra seed is valid JSON");
        let list = |key: &str| seed[key].as_array().cloned().unwrap_or_default();
        let products = list("products");
        EntegraSandbox {
            index: Box::new(Index::of(&products)),
            products,
            orders: list("orders"),
            categories: list("categories"),
            brands: list("brands"),
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
        let Some(route) = ROUTES.iter().find(|(path, _)| self.matches(request, path)) else {
            return not_found();
        };
        if !route.1.contains(&method) {
            return method_not_allowed(method);
        }
        let page = page_number(request.last_segment()).unwrap_or(1);
        match (method, route.0) {
            ("GET", ["product", "brand", _]) => self.list_brands(page),
            ("GET", ["product", _]) => self.list_products(page),
            ("GET", ["order", _]) => self.list_orders(request, page),
            ("GET", ["category", _]) => self.list_categories(page),
            ("POST", ["product", "pictures"]) => self.add_pictures(request),
            ("POST", ["product", "variations"]) => self.create_variations(request),
            ("PUT", ["product", "variations"]) => self.update_variations(request, now_ms),
            ("PUT", ["product", "quantity"]) => self.update_quantities(request, now_ms),
            ("PUT", ["product", "prices"]) => self.update_prices(request, now_ms),
            ("POST", ["product"]) => self.create_products(request, now_ms),
            ("PUT", ["product"]) => self.update_products(request, now_ms),
            ("PUT", ["order", "update"]) => self.update_orders(request, true),
            ("POST", ["order"]) => self.create_orders(request, now_ms),
            ("PUT", ["order"]) => self.update_orders(request, false),
            _ => not_found(),
        }
    }

    /// True when the request's path ends with `pattern`; a `*` there must be a `page=N` segment.
    fn matches(&self, request: &Incoming, pattern: &[&str]) -> bool {
        request.ends_with(pattern)
            && (pattern.last() != Some(&"*") || page_number(request.last_segment()).is_some())
    }

    /// A new record id.
    fn new_id(&mut self) -> String {
        self.next_id += 1;
        self.next_id.to_string()
    }
}
