//! The `orders` job: unacknowledged marketplace orders → ERP sales-order
//! documents, handed to the caller one by one, then acknowledged.
//!
//! An order's id goes into the state (`orders`) before its document is
//! delivered and is marked `delivered` once the importer took it; it leaves
//! the state when the marketplace acknowledged it. A run that dies after a
//! delivery acknowledges the order next time without delivering it again; one
//! that dies during a delivery delivers it again marked `retry`, so the
//! importer checks whether the OrderNumber is already in the ERP. An
//! acknowledgement whose answer does not say which orders failed counts for
//! none of them: they stay delivered and are acknowledged again next run.
//! Ids in the state that the marketplace no longer lists as unacknowledged
//! were acknowledged by a run that died before saving, and are dropped.

use super::catalogue::{under, ERP_PAGE};
use super::dry_run::endpoints_json;
use super::reader::Reader;
use super::report::OrdersReport;
use super::{is_fatal, is_rate_limited, Action, Answer, Job, Save, Snapshot, Target};
use crate::bridge::apply::{failed, unrecognised_answer};
use crate::bridge::catalogue::code_text;
use crate::bridge::plan::request::Request;
use crate::bridge::plan::ENTEGRA_BATCH;
use crate::bridge::state::{ImportedOrder, Item, Marketplace, SyncState};
use crate::error::Error;
use crate::ops::run_local;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Tedbul page size when reading its orders.
const TEDBUL_PAGE: u64 = 100;

enum Phase {
    ReadProducts(Reader),
    ReadOrders(Reader),
    Map,
    Deliver(usize),
    Acknowledge(usize),
    Finished,
}

/// The orders job (see the module documentation).
pub struct OrdersJob {
    marketplace: Marketplace,
    state: SyncState,
    options: Value,
    products: Vec<Value>,
    orders: Vec<Value>,
    to_deliver: Vec<(String, Value)>,
    acks: Vec<Request>,
    phase: Phase,
    report: OrdersReport,
    /// True for a dry run: map, report, deliver, acknowledge and save nothing.
    dry_run: bool,
}

impl OrdersJob {
    /// A job importing `marketplace`'s orders; the options and a snapshot are checked now.
    pub fn new(
        marketplace: Marketplace,
        state: SyncState,
        options: Value,
        snapshot: Option<Snapshot>,
        dry_run: bool,
    ) -> Result<OrdersJob, Error> {
        let (phase, products) = match snapshot {
            Some(snapshot) => (
                Phase::ReadOrders(orders_reader(marketplace)),
                snapshot.products,
            ),
            None => (
                Phase::ReadProducts(Reader::new(
                    Target::Erp,
                    "erp.products.list",
                    json!({"per_page": ERP_PAGE}),
                )),
                Vec::new(),
            ),
        };
        let job = OrdersJob {
            marketplace,
            state,
            options,
            products,
            orders: Vec::new(),
            to_deliver: Vec::new(),
            acks: Vec::new(),
            phase,
            report: OrdersReport::new(marketplace),
            dry_run,
        };
        run_local(map_op(marketplace), &job.map_params())
            .map_err(|error| under(error, "snapshot"))?;
        Ok(job)
    }

    fn map_params(&self) -> Value {
        json!({"orders": self.orders, "products": self.products, "options": self.options})
    }

    fn save(&self) -> Action {
        Action::Save(Save::State(self.state.to_json()))
    }

    /// Maps the orders to documents and decides what to deliver and acknowledge.
    fn map(&mut self) -> Result<Vec<Action>, Error> {
        let mut seen = BTreeSet::new();
        let marketplace = self.marketplace;
        self.orders
            .retain(|order| seen.insert(order_id(marketplace, order)));
        let mapped = run_local(map_op(self.marketplace), &self.map_params())?;
        self.state.orders.retain(|id, _| seen.contains(id));
        let documents = mapped["documents"].as_array().cloned().unwrap_or_default();
        let sources = mapped["sources"].as_array().cloned().unwrap_or_default();
        self.to_deliver = sources
            .iter()
            .map(|id| code_text(Some(id)))
            .zip(documents.iter().cloned())
            .filter(|(id, _)| !self.state.orders.get(id).is_some_and(|o| o.delivered))
            .collect();
        self.report.orders_read = self.orders.len();
        self.report.unresolved(mapped["unresolved"].clone());
        let waiting = self.state.orders.values().filter(|o| o.delivered).count();
        if self.dry_run {
            let event = self
                .report
                .mapped_event(documents.len(), self.to_deliver.len(), waiting);
            return Ok(vec![event, self.dry_run_report()]);
        }
        self.phase = Phase::Deliver(0);
        Ok(vec![
            self.save(),
            self.report
                .mapped_event(documents.len(), self.to_deliver.len(), waiting),
        ])
    }

    /// What a dry run reports: the documents it would hand over, the
    /// acknowledgements that would follow were they all imported, and the
    /// orders left unresolved. The state it leaves in memory is never saved.
    fn dry_run_report(&mut self) -> Action {
        for (id, document) in &self.to_deliver {
            let number = document["OrderNumber"].as_str().unwrap_or(id).to_string();
            let order = self
                .state
                .orders
                .entry(id.clone())
                .or_insert(ImportedOrder {
                    number,
                    delivered: false,
                });
            order.delivered = true;
        }
        let acks = self.plan_acks();
        let to_acknowledge: Vec<&String> = acks.iter().flat_map(|ack| &ack.keys).collect();
        self.phase = Phase::Finished;
        Action::Done(self.report.dry_run_json(
            &self.to_deliver,
            json!(to_acknowledge),
            endpoints_json(acks.iter()),
        ))
    }

    /// The acknowledgements of every delivered order, as requests keyed by order id.
    fn plan_acks(&self) -> Vec<Request> {
        let delivered = |id: &String| self.state.orders.get(id).is_some_and(|o| o.delivered);
        match self.marketplace {
            Marketplace::Entegra => {
                let entries: Vec<(String, Value)> = self
                    .state
                    .orders
                    .iter()
                    .filter(|(id, _)| delivered(id))
                    .map(|(id, order)| {
                        let wire_id = id
                            .parse::<i64>()
                            .map_or(Value::from(id.as_str()), Value::from);
                        let entry =
                            json!({"id": wire_id, "sync": 1, "erp_order_number": order.number});
                        (id.clone(), entry)
                    })
                    .collect();
                entries
                    .chunks(ENTEGRA_BATCH)
                    .map(|chunk| {
                        let ids: Vec<String> = chunk.iter().map(|(id, _)| id.clone()).collect();
                        let list: Vec<Value> = chunk.iter().map(|(_, e)| e.clone()).collect();
                        acknowledgement("entegra.orders.update_erp", json!({"list": list}), ids)
                    })
                    .collect()
            }
            Marketplace::Tedbul => self
                .orders
                .iter()
                .map(|order| (order_id(self.marketplace, order), order))
                .filter(|(id, _)| delivered(id))
                .filter_map(|(id, order)| {
                    let params = confirmation(order).ok()?;
                    Some(acknowledgement("tedbul.orders.confirm", params, vec![id]))
                })
                .collect(),
        }
    }

    fn delivered(&mut self, index: usize, answer: Answer) -> Vec<Action> {
        if let Answer::Error(error) = answer {
            self.phase = Phase::Finished;
            return vec![Action::Fail(error)];
        }
        let (id, document) = self.to_deliver[index].clone();
        if let Some(order) = self.state.orders.get_mut(&id) {
            order.delivered = true;
        }
        self.phase = Phase::Deliver(index + 1);
        vec![self.save(), self.report.imported(&id, &document)]
    }

    /// Takes the answer to acknowledgement `index`: the orders it confirms leave the state.
    fn acknowledged(&mut self, index: usize, answer: Answer) -> Vec<Action> {
        let ack = &self.acks[index];
        let (done, error) = match &answer {
            Answer::Result(result) => {
                let done: Vec<String> = match failed(ack, result) {
                    Some(failed) => ack
                        .keys
                        .iter()
                        .filter(|id| !failed.contains(*id))
                        .cloned()
                        .collect(),
                    None => Vec::new(),
                };
                let why = unrecognised_answer(&ack.op, result)
                    .map(|message| json!({"kind": "unrecognised_answer", "message": message}));
                (done, why)
            }
            Answer::Error(error) => (Vec::new(), Some(error.clone())),
        };
        let op = ack.op.clone();
        for id in &done {
            self.state.orders.remove(id);
        }
        let mut actions = vec![
            self.save(),
            self.report.acknowledged(&op, &done, error.as_ref()),
        ];
        if is_fatal(&answer) {
            self.phase = Phase::Finished;
            actions.push(Action::Fail(error.unwrap_or(Value::Null)));
        } else if is_rate_limited(&answer) {
            actions.extend(self.finish());
        } else {
            self.phase = Phase::Acknowledge(index + 1);
        }
        actions
    }

    fn finish(&mut self) -> Vec<Action> {
        self.phase = Phase::Finished;
        vec![Action::Done(self.report.to_json(&self.state.to_json()))]
    }

    /// The delivery of document `index`, marked in the state first; or, after
    /// the last, the first acknowledgement.
    fn deliver(&mut self, index: usize) -> Vec<Action> {
        let Some((order, document)) = self.to_deliver.get(index).cloned() else {
            self.acks = self.plan_acks();
            self.phase = Phase::Acknowledge(0);
            let mut actions = self.unconfirmable();
            actions.extend(self.acknowledge(0));
            return actions;
        };
        let number = document["OrderNumber"].as_str().unwrap_or(&order);
        let retry = self.state.orders.contains_key(&order);
        let mark = ImportedOrder {
            number: number.to_string(),
            delivered: false,
        };
        self.state.orders.insert(order.clone(), mark);
        vec![
            self.save(),
            Action::Deliver {
                order,
                document,
                retry,
            },
        ]
    }

    /// Delivered Tedbul orders whose lines carry no id to confirm them by:
    /// left unconfirmed (they stay delivered) and reported.
    fn unconfirmable(&mut self) -> Vec<Action> {
        if self.marketplace != Marketplace::Tedbul {
            return Vec::new();
        }
        let mut actions = Vec::new();
        for order in &self.orders {
            let id = order_id(self.marketplace, order);
            if !self.state.orders.get(&id).is_some_and(|o| o.delivered) {
                continue;
            }
            if let Err(reason) = confirmation(order) {
                actions.push(
                    self.report
                        .not_acknowledged("tedbul.orders.confirm", &id, &reason),
                );
            }
        }
        actions
    }

    fn acknowledge(&mut self, index: usize) -> Vec<Action> {
        match self.acks.get(index) {
            Some(ack) => vec![Action::Call {
                target: Target::Marketplace,
                op: ack.op.clone(),
                params: ack.params.clone(),
            }],
            None => self.finish(),
        }
    }
}

impl Job for OrdersJob {
    fn answer(&mut self, answer: Answer) -> Result<Vec<Action>, Error> {
        match self.phase {
            Phase::Deliver(index) => return Ok(self.delivered(index, answer)),
            Phase::Acknowledge(index) => return Ok(self.acknowledged(index, answer)),
            _ => {}
        }
        let result = match answer {
            Answer::Error(error) => {
                self.phase = Phase::Finished;
                return Ok(vec![Action::Fail(error)]);
            }
            Answer::Result(result) => result,
        };
        let event = match &mut self.phase {
            Phase::ReadProducts(reader) | Phase::ReadOrders(reader) => reader.take(result)?,
            _ => None,
        };
        let Some(event) = event else {
            return Ok(Vec::new());
        };
        self.phase = match std::mem::replace(&mut self.phase, Phase::Map) {
            Phase::ReadProducts(reader) => {
                self.products = reader.items;
                Phase::ReadOrders(orders_reader(self.marketplace))
            }
            Phase::ReadOrders(reader) => {
                self.orders = reader.items;
                Phase::Map
            }
            other => other,
        };
        Ok(vec![event])
    }

    fn advance(&mut self) -> Result<Vec<Action>, Error> {
        match &self.phase {
            Phase::ReadProducts(reader) | Phase::ReadOrders(reader) => {
                Ok(reader.call().into_iter().collect())
            }
            Phase::Map => self.map(),
            Phase::Deliver(index) => Ok(self.deliver(*index)),
            Phase::Acknowledge(index) => Ok(self.acknowledge(*index)),
            Phase::Finished => Err(Error::config("the sync run is over")),
        }
    }

    fn state(&self) -> &SyncState {
        &self.state
    }
}

/// The id the marketplace acknowledges an order by.
fn order_id(marketplace: Marketplace, order: &Value) -> String {
    match marketplace {
        Marketplace::Entegra => code_text(order.get("id")),
        Marketplace::Tedbul => code_text(order.get("orderId")),
    }
}

/// An acknowledgement request carrying the orders `ids` (in the order of its list).
fn acknowledgement(op: &str, params: Value, ids: Vec<String>) -> Request {
    Request {
        op: op.to_string(),
        params,
        set: ids.iter().map(|id| (id.clone(), Item::default())).collect(),
        keys: ids,
    }
}

/// The mapping operation of `marketplace`'s orders.
fn map_op(marketplace: Marketplace) -> &'static str {
    match marketplace {
        Marketplace::Entegra => "map.entegra.orders_to_erp",
        Marketplace::Tedbul => "map.tedbul.orders_to_erp",
    }
}

/// Reads the orders not yet acknowledged.
fn orders_reader(marketplace: Marketplace) -> Reader {
    match marketplace {
        Marketplace::Entegra => Reader::new(
            Target::Marketplace,
            "entegra.orders.list",
            json!({"sync": 0}),
        ),
        Marketplace::Tedbul => Reader::new(
            Target::Marketplace,
            "tedbul.orders.sold.list",
            json!({"orderStatus": 0, "show": TEDBUL_PAGE}),
        ),
    }
}

/// Tedbul's confirmation of every line of `order` in full, or why the
/// order's lines cannot be named.
///
/// The confirmation names a line by `penId`, which seed 002 shows only in the
/// confirmation itself; its sold list and detail give each line an
/// `orderProductId`. kopru sends the line's `penId` when the listed line has
/// one, else its `orderProductId` — the only line id the listing gives —
/// unless another line of the order has the same one. It never makes an id up.
fn confirmation(order: &Value) -> Result<Value, String> {
    let lines = order["orderProducts"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let id_of = |line: &Value| {
        let given = |key: &str| {
            line.get(key)
                .filter(|v| !v.is_null() && v.as_str() != Some(""))
        };
        given("penId").or_else(|| given("orderProductId")).cloned()
    };
    let mut seen = BTreeSet::new();
    let mut products = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let Some(id) = id_of(line) else {
            return Err(format!(
                "line {at} has neither penId nor orderProductId: the order is left unconfirmed"
            ));
        };
        if !seen.insert(code_text(Some(&id))) {
            return Err(format!(
                "line {at} has the same id ({id}) as another line of the order: the order is left unconfirmed"
            ));
        }
        products.push(json!({"penId": id, "approvedQty": line["orderQty"]}));
    }
    Ok(json!({"orderId": order["orderId"], "products": products}))
}
