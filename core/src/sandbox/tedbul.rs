//! The Tedbul emulator: a Laravel API with the `{status, code, message, result}` envelope.

use super::credentials::{PASSWORD, SECRET_KEY, USERNAME};
use super::request::{page_of, Incoming};
use super::token::TokenBook;
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::schema::integer;
use serde_json::{json, Map, Value};

const TOKEN_LIFETIME_MS: u64 = 3 * 3_600_000;
const TURKEY_OFFSET_MS: u64 = 3 * 3_600_000;
const DEFAULT_SHOW: u64 = 50;
const MIN_STOCK: i64 = 3;
const BULK_LIMIT: usize = 100;

/// The emulator's state.
#[derive(Debug)]
pub struct TedbulSandbox {
    ads: Vec<Value>,
    tokens: TokenBook,
    next_ad_id: u64,
    next_product_id: u64,
    logins: u64,
}

impl TedbulSandbox {
    /// Seeded with the seed document's ads.
    pub fn seeded() -> Self {
        let seed: Value = serde_json::from_str(include_str!("seed/tedbul.json"))
            .expect("the Tedbul seed is valid JSON");
        TedbulSandbox {
            ads: seed["ads"].as_array().cloned().unwrap_or_default(),
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

    /// Answers one request.
    pub fn handle(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let method = request.method.as_str();
        if request.ends_with(&["api", "auth"]) && method == "POST" {
            return self.login(request, now_ms);
        }
        let authorized = request
            .token("Bearer")
            .is_some_and(|t| self.tokens.valid(t, now_ms));
        if !authorized {
            return HttpResponse::json(401, &json!({"message": "Unauthenticated."}));
        }
        match method {
            "GET" if request.ends_with(&["api", "ads", "getAdsList"]) => self.list(request),
            "POST" if request.ends_with(&["api", "ads", "createAds"]) => self.create(request),
            "PUT"
                if request.ends_with(&["api", "ads", "multipleUpdateAds"])
                    || request.ends_with(&["api", "ads", "multpleUpdateAds"]) =>
            {
                self.update_many(request)
            }
            "GET" if request.ends_with(&["api", "ads", "getAds", "*"]) => {
                self.get(request.last_segment())
            }
            "DELETE" if request.ends_with(&["api", "ads", "deleteAds"]) => self.delete(request),
            _ => HttpResponse::json(404, &json!({"message": "Not Found"})),
        }
    }

    fn position(&self, id: Option<i64>) -> Option<usize> {
        let id = id?;
        self.ads
            .iter()
            .position(|existing| integer(&existing["adsId"]) == Some(id))
    }

    fn get(&self, id: &str) -> HttpResponse {
        match self.position(id.parse().ok()) {
            Some(at) => envelope(json!({"data": self.ads[at]})),
            None => not_found_envelope(),
        }
    }

    fn delete(&mut self, request: &Incoming) -> HttpResponse {
        match self.position(request.body.get("id").and_then(integer)) {
            Some(at) => {
                self.ads.remove(at);
                HttpResponse::json(200, &json!({"status": true, "code": 200, "message": "ok"}))
            }
            None => not_found_envelope(),
        }
    }

    fn login(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let field = |name: &str| request.body.get(name).and_then(Value::as_str);
        let missing: Vec<&str> = ["username", "password", "secretkey"]
            .into_iter()
            .filter(|f| field(f).is_none())
            .collect();
        if !missing.is_empty() {
            let errors: Map<String, Value> = missing
                .iter()
                .map(|f| {
                    (
                        f.to_string(),
                        json!([format!("The {f} field is required.")]),
                    )
                })
                .collect();
            return HttpResponse::json(
                422,
                &json!({"message": "The given data was invalid.", "errors": errors}),
            );
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
        envelope(json!({
            "token": token,
            "tokenType": "bearer",
            "expiresDate": turkish_datetime(expires_ms),
        }))
    }

    fn list(&self, request: &Incoming) -> HttpResponse {
        let (page, show) = match (
            request.query_number("page", 1),
            request.query_number("show", DEFAULT_SHOW),
        ) {
            (Ok(page), Ok(show)) => (page, show),
            (Err(message), _) | (_, Err(message)) => return invalid(&[("page", message)]),
        };
        let status = request.query("adsStatus");
        let matching: Vec<Value> = self
            .ads
            .iter()
            .filter(|ad| status.is_none_or(|s| integer(&ad["status"]) == s.parse().ok()))
            .cloned()
            .collect();
        envelope(json!({"total": matching.len(), "data": page_of(&matching, page, show)}))
    }

    fn create(&mut self, request: &Incoming) -> HttpResponse {
        let ad = &request.body;
        let mut problems = ad_problems(ad);
        if ad.get("productBarcode").and_then(text_of).is_none() {
            problems.push((
                "productBarcode",
                "The product barcode field is required.".into(),
            ));
        }
        if ad.get("productName").and_then(Value::as_str).is_none() {
            problems.push(("productName", "The product name field is required.".into()));
        }
        if !problems.is_empty() {
            return invalid(&problems);
        }
        let barcode = ad
            .get("productBarcode")
            .and_then(text_of)
            .unwrap_or_default();
        let taken = self.ads.iter().any(|existing| {
            existing["barcodes"]
                .as_array()
                .is_some_and(|codes| codes.iter().any(|c| c.as_str() == Some(barcode.as_str())))
        });
        if taken {
            return HttpResponse::json(
                200,
                &json!({"status": false, "code": 400,
                        "message": "Bu barkod ile aktif bir ilanınız bulunmaktadır."}),
            );
        }
        self.next_ad_id += 1;
        self.next_product_id += 1;
        let mut stored = json!({
            "adsId": self.next_ad_id,
            "productId": self.next_product_id,
            "productName": ad["productName"],
            "barcodes": [barcode],
            "status": 1,
            "featured": 0,
            "minSellQty": 1,
            "levelOfSales": 1,
            "description": "",
            "expiration": null,
            "psf": "0,00",
        });
        apply_fields(&mut stored, ad);
        self.ads.push(stored.clone());
        envelope(stored)
    }

    fn update_many(&mut self, request: &Incoming) -> HttpResponse {
        let Some(list) = request.body.get("adsList").and_then(Value::as_array) else {
            return invalid(&[("adsList", "The ads list field is required.".into())]);
        };
        if list.len() > BULK_LIMIT {
            return invalid(&[(
                "adsList",
                format!("The ads list may not have more than {BULK_LIMIT} items."),
            )]);
        }
        let (mut successes, mut errors) = (0, 0);
        for ad in list {
            match self.position(ad.get("id").and_then(integer)) {
                Some(at) if ad_problems(ad).is_empty() => {
                    apply_fields(&mut self.ads[at], ad);
                    successes += 1;
                }
                _ => errors += 1,
            }
        }
        HttpResponse::json(
            200,
            &json!({"status": true, "code": 200, "successCount": successes, "errorCount": errors}),
        )
    }
}

/// The rules Tedbul's backend enforces on an ad's fields.
fn ad_problems(ad: &Value) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    match ad.get("stock").and_then(integer) {
        None => problems.push(("stock", "The stock field is required.".to_string())),
        Some(stock) if stock < MIN_STOCK => {
            problems.push(("stock", format!("The stock must be at least {MIN_STOCK}.")))
        }
        Some(_) => {}
    }
    match ad.get("price").and_then(Value::as_str) {
        None => problems.push(("price", "The price field is required.".into())),
        Some(text) if Money::parse_text(text).is_err() => {
            problems.push(("price", "The price format is invalid.".into()))
        }
        Some(_) => {}
    }
    if ad
        .get("description")
        .and_then(Value::as_str)
        .is_some_and(|d| d.chars().count() > 255)
    {
        problems.push((
            "description",
            "The description may not be greater than 255 characters.".into(),
        ));
    }
    if ad
        .get("featured")
        .is_some_and(|f| !matches!(integer(f), Some(0 | 1)))
    {
        problems.push(("featured", "The selected featured is invalid.".into()));
    }
    if ad
        .get("status")
        .is_some_and(|s| !matches!(integer(s), Some(1 | 2)))
    {
        problems.push(("status", "The selected status is invalid.".into()));
    }
    if ad
        .get("expiration")
        .and_then(Value::as_str)
        .is_some_and(|d| Date::parse_iso(d).is_none())
    {
        problems.push((
            "expiration",
            "The expiration does not match the format Y-m-d.".into(),
        ));
    }
    problems
}

/// Copies the updatable fields of `from` onto a stored ad (stock is stored as text, as listed).
fn apply_fields(stored: &mut Value, from: &Value) {
    for key in [
        "productName",
        "expiration",
        "price",
        "psf",
        "description",
        "featured",
        "minSellQty",
        "maxSellQty",
        "levelOfSales",
        "specialcode",
        "status",
    ] {
        if let Some(value) = from.get(key).filter(|v| !v.is_null()) {
            stored[key] = value.clone();
        }
    }
    if let Some(stock) = from.get("stock").and_then(integer) {
        stored["stock"] = Value::String(stock.to_string());
    }
}

fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Tedbul reports a missing record with `status: false` on HTTP 200.
fn not_found_envelope() -> HttpResponse {
    HttpResponse::json(
        200,
        &json!({"status": false, "code": 404, "message": "Kayıt bulunamadı"}),
    )
}

fn envelope(result: Value) -> HttpResponse {
    HttpResponse::json(
        200,
        &json!({"status": true, "code": 200, "message": "ok", "result": result}),
    )
}

fn invalid(problems: &[(&str, String)]) -> HttpResponse {
    let mut errors = Map::new();
    for (field, message) in problems {
        let entry = errors.entry(field.to_string()).or_insert_with(|| json!([]));
        if let Some(list) = entry.as_array_mut() {
            list.push(Value::from(message.as_str()));
        }
    }
    HttpResponse::json(
        422,
        &json!({"message": "The given data was invalid.", "errors": errors}),
    )
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
