//! The Tedbul emulator: a Laravel API with the `{status, code, message, result}`
//! envelope, seeded with ads, a product catalogue, and sold and purchased orders.
//! Only the sandbox's own `POST api/_sandbox/placeOrder` route ([`place`]) adds
//! sold orders, as a buyer would.

mod ads;
mod catalogue;
mod orders;
mod place;
mod reply;

use super::credentials::{PASSWORD, SECRET_KEY, USERNAME};
use super::request::Incoming;
use super::token::TokenBook;
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::schema::integer;
use reply::{invalid, problem, required, Problem};
use serde_json::{json, Value};

const TOKEN_LIFETIME_MS: u64 = 3 * 3_600_000;
const TURKEY_OFFSET_MS: u64 = 3 * 3_600_000;
const DEFAULT_SHOW: u64 = 50;

/// The emulator's state.
#[derive(Debug)]
pub struct TedbulSandbox {
    ads: Vec<Value>,
    products: Vec<Value>,
    sold: Vec<Value>,
    purchased: Vec<Value>,
    reports: Vec<Value>,
    tokens: TokenBook,
    next_ad_id: u64,
    next_product_id: u64,
    logins: u64,
}

/// What a request asks for, by its path.
enum Route<'a> {
    Login,
    AdsList,
    AdsGet(&'a str),
    AdsCreate,
    AdsUpdate,
    AdsUpdateMany,
    AdsDelete,
    ProductSearch,
    SoldList,
    SoldGet(&'a str),
    Confirm,
    PurchasedList,
    PurchasedGet(&'a str),
    IntegrationData,
    PlaceOrder,
}

impl TedbulSandbox {
    /// Seeded with the seed document's examples (`seed/tedbul.json`).
    pub fn seeded() -> Self {
        let seed: Value = serde_json::from_str(include_str!("../seed/tedbul.json"))
            .expect("the Tedbul seed is valid JSON");
        let list = |key: &str| seed[key].as_array().cloned().unwrap_or_default();
        TedbulSandbox {
            ads: list("ads"),
            products: list("products"),
            sold: list("soldOrders"),
            purchased: list("purchasedOrders"),
            reports: Vec::new(),
            tokens: TokenBook::default(),
            next_ad_id: 3_000_000_000,
            next_product_id: 900,
            logins: 0,
        }
    }

    /// Invalidates every token.
    pub fn expire_tokens(&mut self) {
        self.tokens.expire_all();
    }

    /// Successful logins so far.
    pub fn login_count(&self) -> u64 {
        self.logins
    }

    /// The integration reports filed so far, oldest first.
    #[cfg(test)]
    pub fn reports(&self) -> &[Value] {
        &self.reports
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let Some((route, allowed)) = route(request) else {
            return reply::no_route();
        };
        if request.method != allowed {
            return reply::wrong_method(&request.method, allowed);
        }
        let authorized = request
            .token("Bearer")
            .is_some_and(|t| self.tokens.valid(t, now_ms));
        if !authorized && !matches!(route, Route::Login) {
            return reply::unauthenticated();
        }
        match route {
            Route::Login => self.login(request, now_ms),
            Route::AdsList => self.list_ads(request),
            Route::AdsGet(id) => self.get_ad(id),
            Route::AdsCreate => self.create_ad(request),
            Route::AdsUpdate => self.update_ad(request),
            Route::AdsUpdateMany => self.update_ads(request),
            Route::AdsDelete => self.delete_ad(request),
            Route::ProductSearch => self.search(request),
            Route::SoldList => orders::list(&self.sold, request),
            Route::SoldGet(id) => orders::get(&self.sold, id),
            Route::Confirm => self.confirm(request),
            Route::PurchasedList => orders::list(&self.purchased, request),
            Route::PurchasedGet(id) => orders::get(&self.purchased, id),
            Route::IntegrationData => self.integration_data(request),
            Route::PlaceOrder => self.place_order(request, now_ms),
        }
    }

    fn login(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let field = |name: &str| request.body.get(name).and_then(Value::as_str);
        let missing: Vec<Problem> = ["username", "password", "secretkey"]
            .into_iter()
            .filter(|f| field(f).is_none_or(|v| v.is_empty()))
            .map(required)
            .collect();
        if !missing.is_empty() {
            return invalid(&missing);
        }
        let matches = field("username") == Some(USERNAME)
            && field("password") == Some(PASSWORD)
            && field("secretkey") == Some(SECRET_KEY);
        if !matches {
            return HttpResponse::json(
                401,
                &json!({"status": false, "code": 401, "message": "Kullanıcı adı, şifre veya gizli anahtar hatalı"}),
            );
        }
        self.logins += 1;
        let expires_ms = now_ms + TOKEN_LIFETIME_MS;
        let token = self.tokens.mint("bearer", expires_ms);
        reply::envelope(json!({
            "token": token,
            "tokenType": "bearer",
            "expiresDate": turkish_datetime(expires_ms),
        }))
    }

    /// `PUT api/user/integrationdata`: files the integrator's report of a run.
    fn integration_data(&mut self, request: &Incoming) -> HttpResponse {
        let body = &request.body;
        let mut problems = Vec::new();
        if body
            .get("message")
            .and_then(Value::as_str)
            .is_none_or(|m| m.trim().is_empty())
        {
            problems.push(required("message"));
        }
        match body.get("messageType").and_then(integer) {
            Some(1 | 2) => {}
            Some(_) => problems.push(problem(
                "messageType",
                "The selected message type is invalid.",
            )),
            None => problems.push(required("messageType")),
        }
        for field in ["totalAds", "pullAds"] {
            match body.get(field).and_then(integer) {
                Some(n) if n >= 0 => {}
                Some(_) => problems.push(problem(
                    field,
                    format!("The {} must be at least 0.", reply::attribute(field)),
                )),
                None => problems.push(required(field)),
            }
        }
        if !problems.is_empty() {
            return invalid(&problems);
        }
        self.reports.push(body.clone());
        reply::ok()
    }
}

/// The route of a request and the one method it accepts.
fn route(request: &Incoming) -> Option<(Route<'_>, &'static str)> {
    let at = |pattern: &[&str]| request.ends_with(pattern);
    let id = request.last_segment();
    let found = if at(&["api", "auth"]) {
        (Route::Login, "POST")
    } else if at(&["api", "ads", "getAdsList"]) {
        (Route::AdsList, "GET")
    } else if at(&["api", "ads", "getAds", "*"]) {
        (Route::AdsGet(id), "GET")
    } else if at(&["api", "ads", "createAds"]) {
        (Route::AdsCreate, "POST")
    } else if at(&["api", "ads", "updateAds"]) {
        (Route::AdsUpdate, "PUT")
    } else if at(&["api", "ads", "multipleUpdateAds"]) || at(&["api", "ads", "multpleUpdateAds"]) {
        (Route::AdsUpdateMany, "PUT")
    } else if at(&["api", "ads", "deleteAds"]) {
        (Route::AdsDelete, "DELETE")
    } else if at(&["api", "ads", "searchProduct"]) {
        (Route::ProductSearch, "POST")
    } else if at(&["api", "orders", "getSoldList"]) {
        (Route::SoldList, "GET")
    } else if at(&["api", "orders", "getSold", "*"]) {
        (Route::SoldGet(id), "GET")
    } else if at(&["api", "orders", "orderConfirmation"]) {
        (Route::Confirm, "POST")
    } else if at(&["api", "orders", "getPurchasedList"]) {
        (Route::PurchasedList, "GET")
    } else if at(&["api", "orders", "getPurchased", "*"]) {
        (Route::PurchasedGet(id), "GET")
    } else if at(&["api", "user", "integrationdata"]) {
        (Route::IntegrationData, "PUT")
    } else if at(place::ROUTE) {
        (Route::PlaceOrder, "POST")
    } else {
        return None;
    };
    Some(found)
}

/// The `page` and `show` query parameters (defaults 1 and 50), with Laravel's
/// messages for malformed ones.
fn paging(request: &Incoming) -> ((u64, u64), Vec<Problem>) {
    let mut problems = Vec::new();
    let mut number = |name: &str, default: u64| {
        request.query_number(name, default).unwrap_or_else(|_| {
            problems.push(problem(
                name,
                format!("The {name} must be a positive integer."),
            ));
            default
        })
    };
    let paging = (number("page", 1), number("show", DEFAULT_SHOW));
    (paging, problems)
}

/// `YYYY-MM-DD HH:MM:SS` in Turkey's time (UTC+3).
fn turkish_datetime(utc_ms: u64) -> String {
    let local = utc_ms + TURKEY_OFFSET_MS;
    let date = Date::from_unix_ms(local);
    let seconds = (local / 1000) % 86_400;
    format!(
        "{} {:02}:{:02}:{:02}",
        date.to_iso(),
        seconds / 3600,
        (seconds / 60) % 60,
        seconds % 60
    )
}
