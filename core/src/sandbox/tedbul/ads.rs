//! Ads: list, read, create, update one or many, delete, with Tedbul's checks.

use super::reply::{self, invalid, problem, required, Problem};
use super::{paging, TedbulSandbox};
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::sandbox::request::Incoming;
use crate::schema::integer;
use serde_json::{json, Value};

/// The smallest stock Tedbul accepts for an ad.
const MIN_STOCK: i64 = 3;
/// The most ads one bulk update may carry.
const BULK_LIMIT: usize = 100;

impl TedbulSandbox {
    fn ad_position(&self, id: Option<i64>) -> Option<usize> {
        let id = id?;
        self.ads
            .iter()
            .position(|existing| integer(&existing["adsId"]) == Some(id))
    }

    /// `GET api/ads/getAdsList?page&show&adsStatus`.
    pub(super) fn list_ads(&self, request: &Incoming) -> HttpResponse {
        let ((page, show), mut problems) = paging(request);
        let status = match request.query("adsStatus").map(str::parse::<i64>) {
            Some(Ok(status @ (1 | 2))) => Some(status),
            Some(_) => {
                problems.push(problem("adsStatus", "The selected ads status is invalid."));
                None
            }
            None => None,
        };
        if !problems.is_empty() {
            return invalid(&problems);
        }
        let matches = |ad: &&Value| status.is_none_or(|s| integer(&ad["status"]) == Some(s));
        let total = self.ads.iter().filter(matches).count();
        let start = page.saturating_sub(1).saturating_mul(show) as usize;
        let shown: Vec<Value> = self
            .ads
            .iter()
            .filter(matches)
            .skip(start)
            .take(show as usize)
            .cloned()
            .collect();
        reply::envelope(json!({"total": total, "data": shown}))
    }

    /// `GET api/ads/getAds/{id}`.
    pub(super) fn get_ad(&self, id: &str) -> HttpResponse {
        match self.ad_position(id.parse().ok()) {
            Some(at) => reply::envelope(json!({"data": self.ads[at]})),
            None => reply::not_found(),
        }
    }

    /// `POST api/ads/createAds`: the barcode names the product; an unknown one
    /// joins the catalogue ("kayıt tutulup ana veri güncellenmektedir").
    pub(super) fn create_ad(&mut self, request: &Incoming) -> HttpResponse {
        let ad = &request.body;
        let mut problems = ad_problems(ad);
        let barcode = ad.get("productBarcode").and_then(text_of);
        if barcode.is_none() {
            problems.push(required("productBarcode"));
        }
        let name = ad
            .get("productName")
            .and_then(Value::as_str)
            .filter(|n| !n.trim().is_empty());
        if name.is_none() {
            problems.push(required("productName"));
        }
        let (Some(barcode), Some(name), true) = (barcode, name, problems.is_empty()) else {
            return invalid(&problems);
        };
        let taken = self
            .ads
            .iter()
            .any(|existing| has_barcode(existing, &barcode));
        if taken {
            return reply::refused(400, "Bu barkod ile aktif bir ilanınız bulunmaktadır.");
        }
        let product = match self.product_with_barcode(&barcode) {
            Some(product) => product.clone(),
            None => self.add_product(name, &barcode),
        };
        self.next_ad_id += 1;
        let mut stored = json!({
            "adsId": self.next_ad_id,
            "productId": product["id"],
            "productName": product["name"],
            "barcodes": product["barcodes"],
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
        reply::envelope(stored)
    }

    /// `PUT api/ads/updateAds`: changes one ad and answers with it.
    pub(super) fn update_ad(&mut self, request: &Incoming) -> HttpResponse {
        let ad = &request.body;
        let id = ad.get("id").and_then(integer);
        let mut problems = ad_problems(ad);
        if id.is_none() {
            problems.insert(0, required("id"));
        }
        if !problems.is_empty() {
            return invalid(&problems);
        }
        match self.ad_position(id) {
            Some(at) => {
                apply_fields(&mut self.ads[at], ad);
                reply::envelope(self.ads[at].clone())
            }
            None => reply::not_found(),
        }
    }

    /// `PUT api/ads/multipleUpdateAds`: each ad succeeds or fails on its own.
    pub(super) fn update_ads(&mut self, request: &Incoming) -> HttpResponse {
        let Some(list) = request.body.get("adsList").and_then(Value::as_array) else {
            return invalid(&[required("adsList")]);
        };
        if list.len() > BULK_LIMIT {
            return invalid(&[problem(
                "adsList",
                format!("The ads list may not have more than {BULK_LIMIT} items."),
            )]);
        }
        let (mut successes, mut errors) = (0, 0);
        for ad in list {
            match self.ad_position(ad.get("id").and_then(integer)) {
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

    /// `DELETE api/ads/deleteAds` with `{id}` in the body.
    pub(super) fn delete_ad(&mut self, request: &Incoming) -> HttpResponse {
        let Some(id) = request.body.get("id").and_then(integer) else {
            return invalid(&[required("id")]);
        };
        match self.ad_position(Some(id)) {
            Some(at) => {
                self.ads.remove(at);
                reply::ok()
            }
            None => reply::not_found(),
        }
    }
}

/// True when `ad` lists `barcode` among its product's barcodes.
pub(super) fn has_barcode(ad: &Value, barcode: &str) -> bool {
    ad["barcodes"]
        .as_array()
        .is_some_and(|codes| codes.iter().any(|c| c.as_str() == Some(barcode)))
}

/// The rules Tedbul's backend enforces on an ad's fields.
fn ad_problems(ad: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let stock = ad.get("stock").and_then(integer);
    match stock {
        None => problems.push(required("stock")),
        Some(stock) if stock < MIN_STOCK => problems.push(problem(
            "stock",
            format!("The stock must be at least {MIN_STOCK}."),
        )),
        Some(_) => {}
    }
    match ad.get("price").and_then(Value::as_str) {
        None => problems.push(required("price")),
        Some(text) if Money::parse_text(text).is_err() => {
            problems.push(problem("price", "The price format is invalid."))
        }
        Some(_) => {}
    }
    if ad
        .get("description")
        .and_then(Value::as_str)
        .is_some_and(|d| d.chars().count() > 255)
    {
        problems.push(problem(
            "description",
            "The description may not be greater than 255 characters.",
        ));
    }
    if ad
        .get("featured")
        .is_some_and(|f| !matches!(integer(f), Some(0 | 1)))
    {
        problems.push(problem("featured", "The selected featured is invalid."));
    }
    if ad
        .get("status")
        .is_some_and(|s| !matches!(integer(s), Some(1 | 2)))
    {
        problems.push(problem("status", "The selected status is invalid."));
    }
    if ad
        .get("expiration")
        .and_then(Value::as_str)
        .is_some_and(|d| Date::parse_iso(d).is_none())
    {
        problems.push(problem(
            "expiration",
            "The expiration does not match the format Y-m-d.",
        ));
    }
    for field in ["minSellQty", "levelOfSales"] {
        let quantity = ad.get(field).and_then(integer);
        if let (Some(quantity), Some(stock)) = (quantity, stock) {
            if quantity > stock {
                problems.push(problem(
                    field,
                    format!(
                        "The {} may not be greater than the stock ({stock}).",
                        reply::attribute(field)
                    ),
                ));
            }
        }
    }
    problems
}

/// Copies the updatable fields of `from` onto a stored ad (stock is stored as text, as listed).
fn apply_fields(stored: &mut Value, from: &Value) {
    for key in [
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
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
