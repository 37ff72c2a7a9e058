//! Orders in the Entegra emulator: list (with the ERP's `sync` flag and the
//! API's `api_sync` flag), create, update, and the ERP acknowledgement.
//!
//! Orders are kept and listed in the live list shape (api-ground-truth
//! §1.4): `id`, `no`, `order_number`, `datetime`, `firstname`/`lastname`,
//! `mobil_phone`, money as dot strings (`total`, `tax`, `grand_total`), and
//! lines under `order_product` with `order_product_id`, `model`,
//! `store_stock_code`, `barcode`, `quantity`, `price`, `first_price`, `tax`
//! (the VAT per unit, from the product's `kdv_id` when it has one) and
//! `total`. A created order is turned into that shape.

use super::fields::{LINE_REQUIRED, ORDER_RENAMES, ORDER_REQUIRED};
use super::products::variations;
use super::wire::{
    body_list, bulk_answer, missing_field, refused, stringify, text, timestamp, value_problem,
};
use super::{EntegraSandbox, PAGE_SIZE};
use crate::bridge::amount;
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::sandbox::request::Incoming;
use serde_json::{json, Map, Value};

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
                let date = order["datetime"].as_str().and_then(Date::parse_any);
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

    /// `POST /order/`: new orders, kept in the list shape; new orders start
    /// as status 1 with `sync` and `api_sync` "0".
    pub(super) fn create_orders(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
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
            let order = self.listed_order(item, &id, now_ms);
            self.orders.push(order);
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

    /// A created order in the list shape.
    fn listed_order(&mut self, item: &Value, id: &str, now_ms: u64) -> Value {
        let mut order = match stringify(item) {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        let given_lines = order.remove("order_details");
        for (given, listed) in ORDER_RENAMES {
            if let Some(value) = order.remove(*given) {
                order.insert((*listed).into(), value);
            }
        }
        let full_name = order.remove("full_name");
        let full_name = full_name.as_ref().and_then(Value::as_str).unwrap_or("");
        let (firstname, lastname) = full_name.rsplit_once(' ').unwrap_or((full_name, ""));
        order.insert("firstname".into(), Value::from(firstname));
        order.insert("lastname".into(), Value::from(lastname));
        let date = order
            .remove("order_date")
            .and_then(|d| d.as_str().and_then(Date::parse_any));
        let datetime =
            date.map_or_else(|| timestamp(now_ms), |d| format!("{} 00:00:00", d.to_iso()));
        order.insert("datetime".into(), Value::from(datetime));
        order.insert("date_add".into(), Value::from(timestamp(now_ms)));
        order.insert("id".into(), Value::from(id));
        order.insert("no".into(), Value::from(format!("E{id}")));
        order.insert("currencyType".into(), Value::from("TRL"));
        for (key, initial) in [("status", "1"), ("sync", "0"), ("api_sync", "0")] {
            order.insert(key.into(), Value::from(initial));
        }
        let lines: Vec<Value> = given_lines
            .as_ref()
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|line| self.listed_line(line, id))
            .collect();
        let sum = |key: &str| {
            lines.iter().fold(Money::from_units(0, 2), |total, line| {
                let amount = line[key].as_str().and_then(|t| Money::parse_text(t).ok());
                amount.map_or(total, |a| amount::plus(total, a))
            })
        };
        let (total, tax) = (sum("total"), sum("line_tax"));
        let discount = order
            .get("discount")
            .and_then(|d| d.as_str())
            .and_then(|d| Money::parse_text(d).ok())
            .unwrap_or(Money::from_units(0, 2));
        let grand_total = amount::minus(amount::plus(total, tax), discount);
        order.insert("total".into(), Value::from(total.to_dot_string()));
        order.insert("tax".into(), Value::from(tax.to_dot_string()));
        order.insert(
            "discount".into(),
            Value::from(discount.with_min_scale(2).to_dot_string()),
        );
        order.insert(
            "grand_total".into(),
            Value::from(grand_total.to_dot_string()),
        );
        let lines = lines
            .into_iter()
            .map(|mut line| {
                if let Some(line) = line.as_object_mut() {
                    line.remove("line_tax");
                }
                line
            })
            .collect();
        order.insert("order_product".into(), Value::Array(lines));
        Value::Object(order)
    }

    /// A created order line in the list shape; `line_tax` (the line's whole
    /// VAT, for the order's `tax`) is removed by the caller.
    fn listed_line(&mut self, given: &Value, order_id: &str) -> Value {
        let code = text(given, "product_code").unwrap_or_default();
        let (product, variant) = self.sku(&code);
        let field = |key: &str| {
            variant
                .as_ref()
                .and_then(|v| text(v, key))
                .or_else(|| product.as_ref().and_then(|p| text(p, key)))
                .unwrap_or_default()
        };
        let quantity = text(given, "quantity").unwrap_or_default();
        let count = quantity.parse::<i64>().unwrap_or(0);
        let money = |key: &str| {
            given
                .get(key)
                .and_then(|v| Money::from_json(v).ok())
                .map(amount::round_cents)
        };
        let price = money("price").unwrap_or(Money::from_units(0, 2));
        let first_price = money("first_price").unwrap_or(price);
        let rate = product
            .as_ref()
            .and_then(|p| text(p, "kdv_id"))
            .and_then(|r| r.parse::<i64>().ok());
        let mut line = json!({
            "order_product_id": self.new_id(),
            "order_id": order_id,
            "product_id": product.as_ref().and_then(|p| text(p, "id")).unwrap_or_default(),
            "name": product.as_ref().and_then(|p| text(p, "name")).unwrap_or_default(),
            "model": code,
            "store_stock_code": code,
            "barcode": field("barcode"),
            "quantity": quantity,
            "price": price.to_dot_string(),
            "first_price": first_price.to_dot_string(),
            "total": amount::times(price, count).to_dot_string(),
            "currencyType": "TRL",
        });
        if let Some(rate) = rate {
            let tax = amount::minus(amount::add_vat(price, rate), price);
            line["tax"] = Value::from(tax.to_dot_string());
            line["line_tax"] = Value::from(amount::times(tax, count).to_dot_string());
        }
        line
    }

    /// The product with this SKU, and the variant when the SKU is a variant's.
    fn sku(&self, code: &str) -> (Option<Value>, Option<Value>) {
        for product in &self.products {
            if product["productCode"] == code {
                return (Some(product.clone()), None);
            }
            if let Some(variant) = variations(product)
                .iter()
                .find(|v| v["productCode"] == code)
            {
                return (Some(product.clone()), Some(variant.clone()));
            }
        }
        (None, None)
    }

    /// Why Entegra refuses a new order.
    fn order_problem(&self, order: &Value) -> Option<String> {
        if let Some(missing) = missing_field(order, &ORDER_REQUIRED) {
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
                    .filter(|key| !line[**key].is_null())
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
            .any(|o| text(o, "supplier") == supplier && text(o, "order_number") == order_id);
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
