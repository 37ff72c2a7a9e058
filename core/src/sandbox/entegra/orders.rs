//! Orders in the Entegra emulator: list (with the ERP's `sync` flag and the
//! API's `api_sync` flag), create, update, and the ERP acknowledgement.

use super::wire::{body_list, bulk_answer, missing_field, refused, stringify, text, value_problem};
use super::{EntegraSandbox, PAGE_SIZE};
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::sandbox::request::Incoming;
use serde_json::{json, Map, Value};

/// The seed's required order fields ("Zorunlu Alanlar").
const REQUIRED: [&str; 30] = [
    "supplier",
    "order_id",
    "company",
    "full_name",
    "email",
    "mobile_phone",
    "phone",
    "invoice_address",
    "invoice_city",
    "invoice_district",
    "invoice_fullname",
    "invoice_postcode",
    "invoice_tel",
    "invoice_gsm",
    "ship_address",
    "ship_city",
    "ship_district",
    "ship_fullname",
    "ship_postcode",
    "ship_tel",
    "ship_gsm",
    "tax_office",
    "order_date",
    "cargo_code",
    "payment_type",
    "cargo",
    "cargo_payment_method",
    "bank",
    "installment",
    "order_details",
];
const LINE_REQUIRED: [&str; 4] = ["quantity", "product_code", "price", "first_price"];
/// The largest `limit` of an order page.
const MAX_LIMIT: u64 = 200;

impl EntegraSandbox {
    /// `GET /order/page=N/?sync=&api_sync=&status=&start_date=&end_date=&limit=`.
    /// Orders listed with `api_sync=0` get `api_sync` "1", as the live service does.
    pub(super) fn list_orders(&mut self, request: &Incoming, page: u64) -> HttpResponse {
        let limit = match request.query_number("limit", PAGE_SIZE) {
            Ok(limit) if limit <= MAX_LIMIT => limit,
            _ => {
                return HttpResponse::json(
                    400,
                    &json!({"limit": ["Ensure this value is less than or equal to 200."]}),
                )
            }
        };
        let start = request.query("start_date").and_then(Date::parse_any);
        let end = request.query("end_date").and_then(Date::parse_any);
        let flag = |order: &Value, key: &str| order[key].as_str().unwrap_or("0").to_string();
        let matching: Vec<usize> = (0..self.orders.len())
            .filter(|at| {
                let order = &self.orders[*at];
                let date = order["order_date"].as_str().and_then(Date::parse_any);
                ["sync", "api_sync", "status"].iter().all(|key| {
                    request
                        .query(key)
                        .is_none_or(|want| want == flag(order, key))
                }) && start.is_none_or(|s| date.is_some_and(|d| d >= s))
                    && end.is_none_or(|e| date.is_some_and(|d| d <= e))
            })
            .collect();
        let total = matching.len();
        let skip = (page - 1).saturating_mul(limit) as usize;
        let shown: Vec<usize> = matching
            .into_iter()
            .skip(skip)
            .take(limit as usize)
            .collect();
        let orders: Vec<Value> = shown.iter().map(|at| self.orders[*at].clone()).collect();
        if request.query("api_sync") == Some("0") {
            for at in shown {
                self.orders[at]["api_sync"] = Value::from("1");
            }
        }
        HttpResponse::json(200, &json!({"orders": orders, "totalOrder": total}))
    }

    /// `POST /order/`: new orders, their `order_details` listed as `order_product`;
    /// new orders start as status 1 with `sync` and `api_sync` "0".
    pub(super) fn create_orders(&mut self, request: &Incoming) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut created = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let order_id = text(item, "order_id");
            let names = [("order_id", order_id.clone())];
            if let Some(message) = self.order_problem(item) {
                errors.push(refused(&names, message));
                continue;
            }
            let id = self.new_id();
            let mut order = match stringify(item) {
                Value::Object(map) => map,
                _ => Map::new(),
            };
            let lines = order.remove("order_details").unwrap_or_else(|| json!([]));
            order.insert("id".into(), Value::from(id.as_str()));
            order.insert("order_product".into(), lines);
            for (key, initial) in [("status", "1"), ("sync", "0"), ("api_sync", "0")] {
                order.insert(key.into(), Value::from(initial));
            }
            self.orders.push(Value::Object(order));
            created.push(json!({"id": id, "order_id": order_id}));
        }
        bulk_answer(201, "created", created, errors)
    }

    /// `PUT /order/` (status, cargo_code2, cargo_follow_url) and, with `erp`,
    /// `PUT /order/update/`, which also acknowledges: `sync` and `api_sync`
    /// become "1" unless given, and `erp_order_number` is kept.
    pub(super) fn update_orders(&mut self, request: &Incoming, erp: bool) -> HttpResponse {
        let list = match body_list(request, None) {
            Ok(list) => list,
            Err(answer) => return answer,
        };
        let mut fields = vec!["status", "cargo_code2", "cargo_follow_url"];
        if erp {
            fields.extend(["sync", "api_sync", "erp_order_number"]);
        }
        let mut updated = Vec::new();
        let mut errors = Vec::new();
        for item in list {
            let id = text(item, "id");
            let names = [("id", id.clone())];
            let problem = match &id {
                None => Some("id: This field is required.".to_string()),
                Some(_) => update_problem(item),
            };
            if let Some(message) = problem {
                errors.push(refused(&names, message));
                continue;
            }
            let id = id.unwrap_or_default();
            let Some(order) = self.orders.iter_mut().find(|o| o["id"] == id.as_str()) else {
                errors.push(refused(&names, "Order not found."));
                continue;
            };
            if erp {
                order["sync"] = Value::from("1");
                order["api_sync"] = Value::from("1");
            }
            for key in &fields {
                if let Some(value) = item.get(*key).filter(|v| !v.is_null()) {
                    order[*key] = stringify(value);
                }
            }
            updated.push(json!({"id": id}));
        }
        bulk_answer(200, "updated", updated, errors)
    }

    /// Why Entegra refuses a new order.
    fn order_problem(&self, order: &Value) -> Option<String> {
        if let Some(missing) = missing_field(order, &REQUIRED) {
            return Some(missing);
        }
        let date = text(order, "order_date").unwrap_or_default();
        if Date::parse_day_first(&date).is_none() {
            return Some("order_date: Enter the date as DD.MM.YYYY.".into());
        }
        if let Some(problem) = value_problem("installment", &order["installment"]) {
            return Some(problem);
        }
        let lines = order["order_details"].as_array().map(Vec::as_slice);
        let Some(lines @ [_, ..]) = lines else {
            return Some("order_details: This list may not be empty.".into());
        };
        for (at, line) in lines.iter().enumerate() {
            let problem = missing_field(line, &LINE_REQUIRED).or_else(|| {
                ["quantity", "price", "first_price"]
                    .iter()
                    .find_map(|key| value_problem(key, &line[*key]))
            });
            if let Some(problem) = problem {
                return Some(format!("order_details[{at}].{problem}"));
            }
        }
        let (supplier, order_id) = (text(order, "supplier"), text(order, "order_id"));
        let duplicate = self
            .orders
            .iter()
            .any(|o| text(o, "supplier") == supplier && text(o, "order_id") == order_id);
        duplicate.then(|| "order_id: an order with this order_id exists for this supplier.".into())
    }
}

/// Why Entegra refuses an order update: a status outside 1–13, or a flag not 0/1.
fn update_problem(item: &Value) -> Option<String> {
    let status = text(item, "status");
    if status
        .as_deref()
        .is_some_and(|s| !matches!(s.parse::<u8>(), Ok(1..=13)))
    {
        return Some(format!(
            "status: \"{}\" is not a valid choice.",
            status.unwrap_or_default()
        ));
    }
    ["sync", "api_sync"].iter().find_map(|key| {
        text(item, key)
            .filter(|v| v != "0" && v != "1")
            .map(|v| format!("{key}: \"{v}\" is not a valid choice."))
    })
}
