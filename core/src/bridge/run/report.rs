//! What a run reports: progress events while it goes, a summary at the end.

use super::Action;
use crate::bridge::apply::Applied;
use crate::bridge::mapping::skips_json;
use crate::bridge::plan::request::Request;
use crate::bridge::plan::Plan;
use crate::bridge::quantity::warnings_json;
use crate::bridge::state::Marketplace;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// Requests and items sent through one operation.
#[derive(Clone, Debug, Default)]
struct OpCount {
    requests: usize,
    items: usize,
}

fn counts_json(counts: &BTreeMap<String, OpCount>) -> Value {
    let map: Map<String, Value> = counts
        .iter()
        .map(|(op, c)| {
            (
                op.clone(),
                json!({"requests": c.requests, "items": c.items}),
            )
        })
        .collect();
    Value::Object(map)
}

fn error_entry(op: &str, error: &Value) -> Value {
    json!({"op": op, "kind": error.get("kind"), "message": error.get("message")})
}

/// The tally of a catalogue run.
#[derive(Clone, Debug)]
pub struct CatalogueReport {
    marketplace: Marketplace,
    listing_read: bool,
    planned: BTreeMap<String, OpCount>,
    planned_requests: usize,
    sent: BTreeMap<String, OpCount>,
    sent_requests: usize,
    confirmed: usize,
    unconfirmed: Vec<Value>,
    deferred: usize,
    in_doubt: Value,
    skipped: Value,
    warnings: Value,
    errors: Vec<Value>,
    last_batch: Value,
}

impl CatalogueReport {
    /// An empty tally.
    pub fn new(marketplace: Marketplace) -> CatalogueReport {
        CatalogueReport {
            marketplace,
            listing_read: false,
            planned: BTreeMap::new(),
            planned_requests: 0,
            sent: BTreeMap::new(),
            sent_requests: 0,
            confirmed: 0,
            unconfirmed: Vec::new(),
            deferred: 0,
            in_doubt: json!([]),
            skipped: json!([]),
            warnings: json!([]),
            errors: Vec::new(),
            last_batch: Value::Null,
        }
    }

    /// Takes the plan.
    pub fn planned(&mut self, plan: &Plan, listing_read: bool) {
        self.listing_read = listing_read;
        for request in &plan.requests {
            let count = self.planned.entry(request.op.clone()).or_default();
            count.requests += 1;
            count.items += request.keys.len();
            self.planned_requests += 1;
        }
        self.deferred = plan.deferred;
        self.in_doubt = json!(plan.in_doubt);
        self.skipped = skips_json(&plan.skipped);
        self.warnings = warnings_json(&plan.warnings);
    }

    /// The `planned` progress event.
    pub fn planned_event(&self) -> Value {
        json!({
            "event": "planned",
            "marketplace": self.marketplace.name(),
            "requests": self.planned_requests,
            "by_op": counts_json(&self.planned),
            "deferred": self.deferred,
            "skipped": self.skipped.as_array().map_or(0, Vec::len),
            "warnings": self.warnings.as_array().map_or(0, Vec::len),
            "listing_read": self.listing_read,
        })
    }

    /// Takes the outcome of request `index` of `total`.
    pub fn sent(
        &mut self,
        request: &Request,
        applied: &Applied,
        error: Option<&Value>,
        index: usize,
        total: usize,
    ) {
        let op = request.op.as_str();
        let items = request.keys.len();
        let count = self.sent.entry(op.to_string()).or_default();
        count.requests += 1;
        count.items += items;
        self.sent_requests += 1;
        let confirmed = applied.confirmed.len();
        self.confirmed += confirmed;
        self.unconfirmed
            .extend(applied.unconfirmed.iter().cloned().map(Value::from));
        if let Some(error) = error {
            self.errors.push(error_entry(op, error));
        }
        self.last_batch = json!({
            "event": "batch",
            "marketplace": self.marketplace.name(),
            "index": index,
            "total": total,
            "op": op,
            "items": items,
            "confirmed": confirmed,
            "unconfirmed": applied.unconfirmed.len(),
            "error": error.map(|e| error_entry(op, e)),
        });
    }

    /// The progress event of the last request sent.
    pub fn batch_event(&self) -> Value {
        self.last_batch.clone()
    }

    /// `count` planned requests are left for a later run (quota).
    pub fn defer(&mut self, count: usize) {
        self.deferred += count;
    }

    /// The summary of a dry run: what was planned, per endpoint (`endpoints`)
    /// and item by item (`changes`), and that nothing was sent.
    pub fn dry_run_json(&self, endpoints: Value, changes: Value) -> Value {
        json!({
            "job": "catalogue",
            "dry_run": true,
            "marketplace": self.marketplace.name(),
            "listing_read": self.listing_read,
            "requests_planned": self.planned_requests,
            "requests_sent": 0,
            "planned": counts_json(&self.planned),
            "sent": {},
            "endpoints": endpoints,
            "changes": changes,
            "deferred": self.deferred,
            "in_doubt": self.in_doubt,
            "skipped": self.skipped,
            "errors": [],
        })
    }

    /// The summary, with the final state.
    pub fn to_json(&self, state: &Value) -> Value {
        json!({
            "job": "catalogue",
            "marketplace": self.marketplace.name(),
            "listing_read": self.listing_read,
            "requests_planned": self.planned_requests,
            "requests_sent": self.sent_requests,
            "planned": counts_json(&self.planned),
            "sent": counts_json(&self.sent),
            "confirmed": self.confirmed,
            "unconfirmed": self.unconfirmed,
            "deferred": self.deferred,
            "in_doubt": self.in_doubt,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "errors": self.errors,
            "state": state,
        })
    }
}

/// The tally of an orders run.
#[derive(Clone, Debug)]
pub struct OrdersReport {
    marketplace: Marketplace,
    /// Orders listed by the marketplace.
    pub orders_read: usize,
    documents: Vec<Value>,
    imported: Vec<String>,
    acknowledged: Vec<String>,
    unresolved: Value,
    errors: Vec<Value>,
    requests_sent: usize,
}

impl OrdersReport {
    /// An empty tally.
    pub fn new(marketplace: Marketplace) -> OrdersReport {
        OrdersReport {
            marketplace,
            orders_read: 0,
            documents: Vec::new(),
            imported: Vec::new(),
            acknowledged: Vec::new(),
            unresolved: json!([]),
            errors: Vec::new(),
            requests_sent: 0,
        }
    }

    /// The orders that could not become documents (`unresolved` of the mapping).
    pub fn unresolved(&mut self, unresolved: Value) {
        self.unresolved = unresolved;
    }

    /// The `mapped` progress event.
    pub fn mapped_event(
        &self,
        documents: usize,
        to_deliver: usize,
        to_acknowledge: usize,
    ) -> Action {
        Action::Progress(json!({
            "event": "mapped",
            "marketplace": self.marketplace.name(),
            "orders": self.orders_read,
            "documents": documents,
            "to_import": to_deliver,
            "to_acknowledge": to_acknowledge,
            "unresolved": self.unresolved.as_array().map_or(0, Vec::len),
        }))
    }

    /// Order `id` was imported as `document`.
    pub fn imported(&mut self, id: &str, document: &Value) -> Action {
        self.imported.push(id.to_string());
        self.documents.push(document.clone());
        Action::Progress(json!({
            "event": "imported",
            "marketplace": self.marketplace.name(),
            "order": id,
            "OrderNumber": document["OrderNumber"],
        }))
    }

    /// An acknowledgement request was answered: `done` ids acknowledged, or the error.
    pub fn acknowledged(&mut self, op: &str, done: &[String], error: Option<&Value>) -> Action {
        self.requests_sent += 1;
        self.acknowledged.extend(done.iter().cloned());
        if let Some(error) = error {
            self.errors.push(error_entry(op, error));
        }
        Action::Progress(json!({
            "event": "acknowledged",
            "marketplace": self.marketplace.name(),
            "op": op,
            "orders": done,
            "error": error.map(|e| error_entry(op, e)),
        }))
    }

    /// An order that stays unacknowledged, and why (an error of the report).
    pub fn not_acknowledged(&mut self, op: &str, order: &str, reason: &str) -> Action {
        let error =
            json!({"kind": "unacknowledged", "message": format!("order {order}: {reason}")});
        self.errors.push(error_entry(op, &error));
        Action::Progress(json!({
            "event": "acknowledged",
            "marketplace": self.marketplace.name(),
            "op": op,
            "orders": [],
            "error": error_entry(op, &error),
        }))
    }

    /// The summary of a dry run: the documents it would hand over (each with
    /// its marketplace `order` id), the orders it would then acknowledge and
    /// the requests that takes (`endpoints`), the orders left unresolved.
    pub fn dry_run_json(
        &self,
        to_deliver: &[(String, Value)],
        to_acknowledge: Value,
        endpoints: Value,
    ) -> Value {
        let documents: Vec<Value> = to_deliver
            .iter()
            .map(|(order, document)| json!({"order": order, "document": document}))
            .collect();
        json!({
            "job": "orders",
            "dry_run": true,
            "marketplace": self.marketplace.name(),
            "orders_read": self.orders_read,
            "to_import": documents,
            "to_acknowledge": to_acknowledge,
            "endpoints": endpoints,
            "imported": [],
            "documents": [],
            "acknowledged": [],
            "unresolved": self.unresolved,
            "requests_sent": 0,
            "errors": [],
        })
    }

    /// The summary, with the final state.
    pub fn to_json(&self, state: &Value) -> Value {
        json!({
            "job": "orders",
            "marketplace": self.marketplace.name(),
            "orders_read": self.orders_read,
            "imported": self.imported,
            "documents": self.documents,
            "acknowledged": self.acknowledged,
            "unresolved": self.unresolved,
            "requests_sent": self.requests_sent,
            "errors": self.errors,
            "state": state,
        })
    }
}
