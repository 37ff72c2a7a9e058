//! Sold and purchased orders: lists by date and status, details, and the
//! seller's confirmation of a new sold order.
//!
//! As in seed 002, listed and detailed lines carry `orderProductId` and no
//! `penId`; the emulator keeps a `penId` per line for itself and shows it
//! only in the confirmation's answer (seed lines 538–696). A confirmation's
//! `penId` names a line by that id or, as kopru reads the seed, by the
//! line's `orderProductId` when no other line of the order has the same one
//! (kopru's assumption, README "Choices").

use super::reply::{self, invalid, problem, required, Problem};
use super::{paging, TedbulSandbox};
use crate::codes::TEDBUL_ORDER_STATUS;
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::sandbox::request::{page_of, Incoming};
use crate::schema::integer;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// "Satıcı Onayı Bekliyor": a new order the seller has not confirmed yet.
pub(super) const AWAITING_SELLER: i64 = 0;
/// "Kargolanması Bekleniyor": confirmed, waiting to be shipped.
const AWAITING_SHIPMENT: i64 = 1;
/// "İptal Edildi".
const CANCELLED: i64 = 4;

/// `GET …List?page&show&startDate&endDate&orderStatus`. Without dates every
/// order is listed (Tedbul itself defaults to the last month; the sandbox's
/// seeded orders have fixed dates, so it does not).
pub fn list(orders: &[Value], request: &Incoming) -> HttpResponse {
    let ((page, show), mut problems) = paging(request);
    let mut date = |name: &str| {
        let text = request.query(name)?;
        let parsed = Date::parse_iso(text).map(Date::to_iso);
        if parsed.is_none() {
            problems.push(problem(
                name,
                format!(
                    "The {} does not match the format Y-m-d.",
                    reply::attribute(name)
                ),
            ));
        }
        parsed
    };
    let (start, end) = (date("startDate"), date("endDate"));
    if let (Some(start), Some(end)) = (&start, &end) {
        if end < start {
            problems.push(problem(
                "endDate",
                "The end date must be a date after or equal to start date.",
            ));
        }
    }
    let status = request.query("orderStatus").map(|s| s.parse::<i64>().ok());
    let status = match status {
        None => None,
        Some(Some(code)) if TEDBUL_ORDER_STATUS.label_of(&Value::from(code)).is_some() => {
            Some(code)
        }
        Some(_) => {
            problems.push(problem(
                "orderStatus",
                "The selected order status is invalid.",
            ));
            None
        }
    };
    if !problems.is_empty() {
        return invalid(&problems);
    }
    let matching: Vec<Value> = orders
        .iter()
        .filter(|order| {
            let day = order["orderDate"]
                .as_str()
                .unwrap_or("")
                .get(..10)
                .unwrap_or("");
            start.as_deref().is_none_or(|s| day >= s)
                && end.as_deref().is_none_or(|e| day <= e)
                && status.is_none_or(|s| integer(&order["orderStatus"]) == Some(s))
        })
        .map(as_listed)
        .collect();
    reply::envelope(json!({"total": matching.len(), "data": page_of(&matching, page, show)}))
}

/// An order as the list and detail show it: its lines without `penId`.
pub(super) fn as_listed(order: &Value) -> Value {
    let mut order = order.clone();
    for line in order["orderProducts"].as_array_mut().into_iter().flatten() {
        if let Some(line) = line.as_object_mut() {
            line.retain(|key, _| key != "penId");
        }
    }
    order
}

/// The line an approval's `penId` names: by its own `penId`, else by an
/// `orderProductId` no other line of the order shares.
fn line_named(lines: &[Value], pen: i64) -> Option<usize> {
    if let Some(at) = lines.iter().position(|l| integer(&l["penId"]) == Some(pen)) {
        return Some(at);
    }
    let same: Vec<usize> = (0..lines.len())
        .filter(|at| integer(&lines[*at]["orderProductId"]) == Some(pen))
        .collect();
    match same.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// `GET …/{id}`: `result.data` is the order.
pub fn get(orders: &[Value], id: &str) -> HttpResponse {
    match position(orders, id.parse().ok()) {
        Some(at) => reply::envelope(json!({"data": as_listed(&orders[at])})),
        None => reply::refused(404, "Sipariş bulunamadı"),
    }
}

fn position(orders: &[Value], id: Option<i64>) -> Option<usize> {
    let id = id?;
    orders
        .iter()
        .position(|order| integer(&order["orderId"]) == Some(id))
}

impl TedbulSandbox {
    /// `POST api/orders/orderConfirmation {orderId, products: [{penId, approvedQty}]}`:
    /// approves each listed line's quantity (lines not listed get 0). The order
    /// then waits for shipment, or is cancelled when nothing was approved.
    pub(super) fn confirm(&mut self, request: &Incoming) -> HttpResponse {
        let (order_id, approvals) = match read_confirmation(&request.body) {
            Ok(read) => read,
            Err(problems) => return invalid(&problems),
        };
        let Some(at) = position(&self.sold, Some(order_id)) else {
            return reply::refused(404, "Sipariş bulunamadı");
        };
        let order = &mut self.sold[at];
        if integer(&order["orderStatus"]) != Some(AWAITING_SELLER) {
            return reply::refused(400, "Bu sipariş satıcı onayı beklemiyor.");
        }
        let problems = approval_problems(order, &approvals);
        if !problems.is_empty() {
            return invalid(&problems);
        }
        let lines = order["orderProducts"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let by_line: BTreeMap<usize, i64> = approvals
            .iter()
            .filter_map(|(_, pen, qty)| line_named(&lines, *pen).map(|at| (at, *qty)))
            .collect();
        let mut any_approved = false;
        for (at, line) in order["orderProducts"]
            .as_array_mut()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let approved = by_line.get(&at).copied().unwrap_or(0);
            any_approved |= approved > 0;
            line["orderApprovedQty"] = Value::from(approved);
            line["orderApprovedPrice"] = times(&line["orderProductPrice"], approved);
        }
        let status = if any_approved {
            AWAITING_SHIPMENT
        } else {
            order["cancelNote"] = Value::from("Satıcı siparişi onaylamadı.");
            CANCELLED
        };
        order["orderStatus"] = Value::from(status);
        order["orderStatusText"] = TEDBUL_ORDER_STATUS
            .label_of(&Value::from(status))
            .map_or(Value::Null, Value::from);
        reply::envelope(json!({"data": order}))
    }
}

/// One approval: its index in `products`, the line's `penId`, the approved quantity.
type Approval = (usize, i64, i64);

/// The order id and approvals of a confirmation body, or Laravel's messages.
fn read_confirmation(body: &Value) -> Result<(i64, Vec<Approval>), Vec<Problem>> {
    let mut problems = Vec::new();
    let order_id = body.get("orderId").and_then(integer);
    if order_id.is_none() {
        problems.push(required("orderId"));
    }
    let lines = body
        .get("products")
        .and_then(Value::as_array)
        .filter(|lines| !lines.is_empty());
    if lines.is_none() {
        problems.push(required("products"));
    }
    let mut approvals = Vec::new();
    let mut seen = BTreeSet::new();
    for (index, line) in lines.into_iter().flatten().enumerate() {
        let pen = line.get("penId").and_then(integer);
        let qty = line.get("approvedQty").and_then(integer);
        match pen {
            None => problems.push(required(&format!("products.{index}.penId"))),
            Some(pen) if !seen.insert(pen) => problems.push(problem(
                format!("products.{index}.penId"),
                format!("The products.{index}.pen id field has a duplicate value."),
            )),
            Some(_) => {}
        }
        match qty {
            None => problems.push(required(&format!("products.{index}.approvedQty"))),
            Some(q) if q < 0 => problems.push(problem(
                format!("products.{index}.approvedQty"),
                format!("The products.{index}.approved qty must be at least 0."),
            )),
            Some(_) => {}
        }
        if let (Some(pen), Some(qty)) = (pen, qty) {
            approvals.push((index, pen, qty));
        }
    }
    match order_id {
        Some(id) if problems.is_empty() => Ok((id, approvals)),
        _ => Err(problems),
    }
}

/// Each approval must name a line of the order and approve at most what was ordered.
fn approval_problems(order: &Value, approvals: &[Approval]) -> Vec<Problem> {
    let lines = order["orderProducts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut problems = Vec::new();
    for (index, pen, qty) in approvals {
        let line = line_named(&lines, *pen).map(|at| &lines[at]);
        match line.and_then(|l| integer(&l["orderQty"])) {
            None => problems.push(problem(
                format!("products.{index}.penId"),
                format!("The selected products.{index}.pen id is invalid."),
            )),
            Some(ordered) if *qty > ordered => problems.push(problem(
                format!("products.{index}.approvedQty"),
                format!("The products.{index}.approved qty may not be greater than {ordered}."),
            )),
            Some(_) => {}
        }
    }
    problems
}

/// A comma price times a quantity, as a comma price: `"17,45"` × 7 → `"122,15"`.
fn times(unit: &Value, quantity: i64) -> Value {
    match cents(unit) {
        Some(cents) => comma(cents * i128::from(quantity)),
        None => Value::Null,
    }
}

/// A price (`"17,45"`, or with a dot) in cents; `None` unless it is money with
/// at most two decimals.
pub(super) fn cents(price: &Value) -> Option<i128> {
    price
        .as_str()
        .and_then(|text| Money::parse_text(text).ok())
        .and_then(|money| money.with_max_scale(2))
        .and_then(|money| {
            money
                .with_min_scale(2)
                .to_text('.')
                .replace('.', "")
                .parse::<i128>()
                .ok()
        })
}

/// Cents as Tedbul's comma price: 12215 → `"122,15"`.
pub(super) fn comma(cents: i128) -> Value {
    Value::from(Money::from_units(cents, 2).to_tedbul_string())
}
