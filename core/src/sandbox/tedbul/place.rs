//! `POST api/_sandbox/placeOrder` (`sandbox.tedbul.place_order`): a buyer
//! orders the account's ads, which the seller's own API never can.
//!
//! Each line names a barcode of one of the account's ads and a quantity. An
//! unknown barcode, a passive ad or a quantity above the ad's stock is
//! Laravel's 422 and nothing changes. Otherwise a sold order awaiting the
//! seller is added, shaped like the seeded ones: a new `orderId` and `penId`s
//! above every existing one, the ads' prices and VAT, the seed's regular buyer
//! (its name and invoice title may be given). Each ad's stock drops by its
//! line's quantity. The answer is the order under `result.data`, as
//! `getSold/{id}` gives it; it then lists with `orderStatus=0` and can be
//! confirmed like any other.

use super::ads::has_barcode;
use super::orders::{cents, comma, AWAITING_SELLER};
use super::reply::{self, invalid, problem, required, Problem};
use super::{turkish_datetime, TedbulSandbox};
use crate::codes::TEDBUL_ORDER_STATUS;
use crate::dates::is_datetime;
use crate::http::HttpResponse;
use crate::ops::SANDBOX_MAX_ORDER_LINES;
use crate::sandbox::credentials::USERNAME;
use crate::sandbox::request::Incoming;
use crate::schema::integer;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// The route's path segments (relative to Tedbul's base URL).
pub const ROUTE: &[&str] = &["api", "_sandbox", "placeOrder"];

/// The VAT rate of a line whose catalogue product has none (Turkey's general rate).
const DEFAULT_VAT: i64 = 20;
/// The sandbox account's member id as a seller (as in the seeded sold orders).
const SELLER_ID: i64 = 1042;
/// The optional text fields a caller may set on the order.
const TEXT_FIELDS: [&str; 3] = ["buyerFullName", "buyerInvoiceCompanyName", "orderNote"];

/// One accepted line: the ad it orders (its index), the barcode, the quantity.
struct Line {
    ad: usize,
    barcode: String,
    qty: i64,
}

impl TedbulSandbox {
    /// Adds the sold order `request` places and answers with it, or 422.
    pub(super) fn place_order(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let body = &request.body;
        let (lines, mut problems) = self.read_lines(body);
        let date = match body.get("orderDate") {
            None | Some(Value::Null) => Some(turkish_datetime(now_ms)),
            Some(Value::String(text)) if is_datetime(text) => Some(text.clone()),
            Some(_) => {
                problems.push(problem(
                    "orderDate",
                    "The order date does not match the format Y-m-d H:i:s.",
                ));
                None
            }
        };
        for field in TEXT_FIELDS {
            if body
                .get(field)
                .is_some_and(|v| !v.is_null() && !v.is_string())
            {
                problems.push(problem(
                    field,
                    format!("The {} must be a string.", reply::attribute(field)),
                ));
            }
        }
        let (Some(date), true) = (date, problems.is_empty()) else {
            return invalid(&problems);
        };
        let order = self.new_order(body, &lines, date);
        for line in &lines {
            let ad = &mut self.ads[line.ad];
            let left = integer(&ad["stock"]).unwrap_or(0) - line.qty;
            ad["stock"] = Value::String(left.to_string());
        }
        self.sold.insert(0, order.clone());
        reply::envelope(json!({"data": super::orders::as_listed(&order)}))
    }

    /// The lines of `body`, each checked against the ads, with Laravel's messages.
    fn read_lines(&self, body: &Value) -> (Vec<Line>, Vec<Problem>) {
        let mut problems = Vec::new();
        let given = match body.get("products") {
            Some(Value::Array(given)) if !given.is_empty() => given.as_slice(),
            Some(Value::Array(_)) | Some(Value::Null) | None => {
                return (Vec::new(), vec![required("products")]);
            }
            Some(_) => {
                return (
                    Vec::new(),
                    vec![problem("products", "The products must be an array.")],
                );
            }
        };
        if given.len() > SANDBOX_MAX_ORDER_LINES {
            let message =
                format!("The products may not have more than {SANDBOX_MAX_ORDER_LINES} items.");
            return (Vec::new(), vec![problem("products", message)]);
        }
        let mut lines = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, line) in given.iter().enumerate() {
            let qty_field = format!("products.{index}.qty");
            let ad = self.ad_of(line.get("barcode"), index, &mut seen);
            let qty = quantity(line.get("qty"), &qty_field);
            let (ad, barcode, qty) = match (ad, qty) {
                (Ok((ad, barcode)), Ok(qty)) => (ad, barcode, qty),
                (ad, qty) => {
                    problems.extend(ad.err());
                    problems.extend(qty.err());
                    continue;
                }
            };
            let stock = integer(&self.ads[ad]["stock"]).unwrap_or(0);
            if qty > stock {
                let message = format!("The {qty_field} may not be greater than {stock}.");
                problems.push(problem(&qty_field, message));
                continue;
            }
            lines.push(Line { ad, barcode, qty });
        }
        (lines, problems)
    }

    /// The active, priced ad a line's barcode names (its index) and the
    /// barcode, or the line's problem (missing, repeated, unknown, passive).
    fn ad_of(
        &self,
        barcode: Option<&Value>,
        index: usize,
        seen: &mut BTreeSet<String>,
    ) -> Result<(usize, String), Problem> {
        let field = format!("products.{index}.barcode");
        let barcode = match barcode {
            Some(Value::String(text)) if !text.trim().is_empty() => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => return Err(required(&field)),
        };
        if !seen.insert(barcode.clone()) {
            let message = format!("The {field} field has a duplicate value.");
            return Err(problem(&field, message));
        }
        let Some(at) = self.ads.iter().position(|ad| has_barcode(ad, &barcode)) else {
            return Err(problem(&field, format!("The selected {field} is invalid.")));
        };
        let ad = &self.ads[at];
        if integer(&ad["status"]) != Some(1) {
            return Err(problem(&field, format!("The ad of {field} is not active.")));
        }
        if cents(&ad["price"]).is_none() {
            return Err(problem(&field, format!("The ad of {field} has no price.")));
        }
        Ok((at, barcode))
    }

    /// The sold order of `lines` (all valid), in the seeded orders' shape.
    fn new_order(&self, body: &Value, lines: &[Line], date: String) -> Value {
        let orders = || self.sold.iter().chain(&self.purchased);
        let order_id = orders()
            .filter_map(|order| integer(&order["orderId"]))
            .max()
            .unwrap_or(0)
            + 1;
        let mut pen_id = orders()
            .flat_map(|order| order["orderProducts"].as_array().into_iter().flatten())
            .filter_map(|line| integer(&line["penId"]))
            .max()
            .unwrap_or(0);
        let mut total = 0;
        let mut products = Vec::new();
        for line in lines {
            let ad = &self.ads[line.ad];
            let unit = cents(&ad["price"]).unwrap_or(0);
            let line_total = unit * i128::from(line.qty);
            total += line_total;
            pen_id += 1;
            products.push(json!({
                "penId": pen_id,
                "orderProductId": ad["productId"],
                "orderProductName": ad["productName"],
                "orderProductBarcode": line.barcode,
                "orderProductVAT": self.vat_of(ad),
                "orderProductExpiration": ad["expiration"],
                "orderQty": line.qty,
                "orderApprovedQty": 0,
                "orderTotalPrice": comma(line_total),
                "orderProductPrice": comma(unit),
                "orderApprovedPrice": "0,00",
                "orderRefundPrice": "0,00",
            }));
        }
        let pieces: i64 = lines.iter().map(|line| line.qty).sum();
        let year = date.get(..4).unwrap_or("0000");
        let given = |key: &str| body.get(key).filter(|v| v.is_string()).cloned();
        let mut order = json!({
            "orderId": order_id,
            "orderCode": format!("TB{year}{order_id:06}"),
            "orderDate": date,
            "orderStatus": AWAITING_SELLER,
            "orderStatusText": TEDBUL_ORDER_STATUS.label_of(&Value::from(AWAITING_SELLER)),
            "orderNote": given("orderNote"),
            "cancelNote": null,
            "orderPrice": comma(total),
            "orderRefundPrice": "0,00",
            "orderCargoDesi": 1 + pieces / 20,
            "orderCargoCompanyId": 1,
            "orderCargoCompanyText": "Yurtiçi Kargo",
        });
        let fields = order.as_object_mut().expect("an object");
        fields.extend(buyer());
        for key in ["buyerFullName", "buyerInvoiceCompanyName"] {
            if let Some(value) = given(key) {
                fields.insert(key.into(), value);
            }
        }
        fields.insert("orderProducts".into(), Value::Array(products));
        order
    }

    /// The VAT rate of the ad's catalogue product (`kdv`), else [`DEFAULT_VAT`].
    fn vat_of(&self, ad: &Value) -> i64 {
        self.products
            .iter()
            .find(|product| product["id"] == ad["productId"])
            .and_then(|product| integer(&product["kdv"]))
            .unwrap_or(DEFAULT_VAT)
    }
}

/// A line's quantity: an integer of at least 1, with Laravel's messages.
fn quantity(value: Option<&Value>, field: &str) -> Result<i64, Problem> {
    match value.filter(|v| !v.is_null()).map(integer) {
        None => Err(required(field)),
        Some(Some(qty)) if qty >= 1 => Ok(qty),
        Some(Some(_)) => Err(problem(field, format!("The {field} must be at least 1."))),
        Some(None) => Err(problem(field, format!("The {field} must be an integer."))),
    }
}

/// The seller, cargo and buyer fields after the order's own: the seed's
/// regular buyer (Şifa Eczanesi) buying from the sandbox account.
fn buyer() -> Map<String, Value> {
    let fields = json!({
        "buyerId": 2217,
        "buyerUsername": "sifaeczanesi",
        "sellerId": SELLER_ID,
        "sellerUsername": USERNAME,
        "shippingCargoCode": null,
        "sendFollowCargoCode": null,
        "refundFollowCargoCode": null,
        "cargoRequestDate": null,
        "cargoDeliveryDate": null,
        "buyerFullName": "Ayşe Yılmaz",
        "buyerInvoiceCompanyName": "Şifa Eczanesi - Ecz. Ayşe Yılmaz",
        "buyerInvoicePhone": "02163361245",
        "buyerInvoiceEmail": "siparis@sifaeczanesi.example",
        "buyerInvoiceTaxOrTcNo": 9870123456_i64,
        "buyerInvoiceTaxOffice": "Kadıköy",
        "buyerInvoiceAddress": "Caferağa Mah. Moda Cad. No: 12/A",
        "buyerInvoiceCity": "İstanbul",
        "buyerInvoiceTown": "Kadıköy",
        "buyerDeliveryAddress": "Caferağa Mah. Moda Cad. No: 12/A",
        "buyerDeliveryCity": "İstanbul",
        "buyerDeliveryTown": "Kadıköy",
    });
    match fields {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
