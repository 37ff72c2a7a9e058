//! The `orders` job: unacknowledged marketplace orders → ERP sales-order
//! documents, handed to the caller one by one, then acknowledged.
//!
//! An order's id goes into the state (`orders`) before its document is
//! delivered and is marked `delivered` once the importer took it; it leaves
//! the state when the marketplace acknowledged it. A run that dies after a
//! delivery acknowledges the order next time without delivering it again; one
//! that dies during a delivery delivers it again marked `retry`, so the
//! importer checks whether the OrderNumber is already in the ERP. Ids in the
//! state that the marketplace no longer lists as unacknowledged were
//! acknowledged by a run that died before saving, and are dropped.

use super::catalogue::ERP_PAGE;
use super::reader::Reader;
use super::report::OrdersReport;
use super::{is_fatal, is_rate_limited, Action, Answer, Job, Snapshot, Target};
use crate::bridge::catalogue::code_text;
use crate::bridge::plan::ENTEGRA_BATCH;
use crate::bridge::state::{ImportedOrder, Marketplace, SyncState};
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

/// One acknowledgement request and the order ids it carries.
struct Ack {
    op: &'static str,
    params: Value,
    ids: Vec<String>,
}

/// The orders job (see the module documentation).
pub struct OrdersJob {
    marketplace: Marketplace,
    state: SyncState,
    options: Value,
    products: Vec<Value>,
    orders: Vec<Value>,
    to_deliver: Vec<(String, Value)>,
    acks: Vec<Ack>,
    phase: Phase,
    report: OrdersReport,
}

impl OrdersJob {
    /// A job importing `marketplace`'s orders; the options are checked now.
    pub fn new(
        marketplace: Marketplace,
        state: SyncState,
        options: Value,
        snapshot: Option<Snapshot>,
    ) -> Result<OrdersJob, Error> {
        run_local(
            map_op(marketplace),
            &json!({"orders": [], "products": [], "options": options}),
        )?;
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
        Ok(OrdersJob {
            marketplace,
            state,
            options,
            products,
            orders: Vec::new(),
            to_deliver: Vec::new(),
            acks: Vec::new(),
            phase,
            report: OrdersReport::new(marketplace),
        })
    }

    fn save(&self) -> Action {
        Action::Save(self.state.to_json())
    }

    /// Maps the orders to documents and decides what to deliver and acknowledge.
    fn map(&mut self) -> Vec<Action> {
        let params =
            json!({"orders": self.orders, "products": self.products, "options": self.options});
        let mapped = match run_local(map_op(self.marketplace), &params) {
            Ok(mapped) => mapped,
            Err(error) => return self.fail(error.to_json()),
        };
        let listed: BTreeSet<String> = self.orders.iter().map(|o| self.order_id(o)).collect();
        self.state.orders.retain(|id, _| listed.contains(id));
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
        self.phase = Phase::Deliver(0);
        vec![
            self.save(),
            self.report
                .mapped_event(documents.len(), self.to_deliver.len(), waiting),
        ]
    }

    fn order_id(&self, order: &Value) -> String {
        match self.marketplace {
            Marketplace::Entegra => code_text(order.get("id")),
            Marketplace::Tedbul => code_text(order.get("orderId")),
        }
    }

    /// The acknowledgements of every delivered order.
    fn plan_acks(&self) -> Vec<Ack> {
        match self.marketplace {
            Marketplace::Entegra => {
                let entries: Vec<(String, Value)> = self
                    .state
                    .orders
                    .iter()
                    .filter(|(_, order)| order.delivered)
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
                    .map(|chunk| Ack {
                        op: "entegra.orders.update_erp",
                        params: json!({"list": chunk.iter().map(|(_, e)| e.clone()).collect::<Vec<_>>()}),
                        ids: chunk.iter().map(|(id, _)| id.clone()).collect(),
                    })
                    .collect()
            }
            Marketplace::Tedbul => self
                .orders
                .iter()
                .filter(|order| {
                    let id = self.order_id(order);
                    self.state.orders.get(&id).is_some_and(|o| o.delivered)
                })
                .map(|order| Ack {
                    op: "tedbul.orders.confirm",
                    params: confirmation(order),
                    ids: vec![self.order_id(order)],
                })
                .collect(),
        }
    }

    fn delivered(&mut self, index: usize, answer: Answer) -> Vec<Action> {
        if let Answer::Error(error) = answer {
            return self.fail(error);
        }
        let (id, document) = self.to_deliver[index].clone();
        if let Some(order) = self.state.orders.get_mut(&id) {
            order.delivered = true;
        }
        self.phase = Phase::Deliver(index + 1);
        vec![self.save(), self.report.imported(&id, &document)]
    }

    fn acknowledged(&mut self, index: usize, answer: Answer) -> Vec<Action> {
        let ack = &self.acks[index];
        let (done, error) = match &answer {
            Answer::Result(result) => {
                let failed = failed_ids(result);
                let done: Vec<String> = ack
                    .ids
                    .iter()
                    .filter(|id| !failed.contains(*id))
                    .cloned()
                    .collect();
                (done, None)
            }
            Answer::Error(error) => (Vec::new(), Some(error.clone())),
        };
        let op = ack.op;
        for id in &done {
            self.state.orders.remove(id);
        }
        let mut actions = vec![
            self.save(),
            self.report.acknowledged(op, &done, error.as_ref()),
        ];
        if is_fatal(&answer) {
            actions.extend(self.fail(error.unwrap_or(Value::Null)));
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

    fn fail(&mut self, error: Value) -> Vec<Action> {
        self.phase = Phase::Finished;
        vec![Action::Fail(error)]
    }
}

impl Job for OrdersJob {
    fn answer(&mut self, answer: Answer) -> Vec<Action> {
        match &self.phase {
            Phase::Deliver(index) => return self.delivered(*index, answer),
            Phase::Acknowledge(index) => return self.acknowledged(*index, answer),
            _ => {}
        }
        let result = match answer {
            Answer::Error(error) => return self.fail(error),
            Answer::Result(result) => result,
        };
        let event = match &mut self.phase {
            Phase::ReadProducts(reader) | Phase::ReadOrders(reader) => {
                reader.take(&result);
                reader.call().is_none().then(|| reader.finished_event())
            }
            _ => None,
        };
        let Some(event) = event else {
            return Vec::new();
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
        vec![event]
    }

    fn advance(&mut self) -> Vec<Action> {
        match &self.phase {
            Phase::ReadProducts(reader) | Phase::ReadOrders(reader) => {
                reader.call().into_iter().collect()
            }
            Phase::Map => self.map(),
            Phase::Deliver(index) => match self.to_deliver.get(*index).cloned() {
                Some((order, document)) => {
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
                None => {
                    self.acks = self.plan_acks();
                    self.phase = Phase::Acknowledge(0);
                    self.advance()
                }
            },
            Phase::Acknowledge(index) => match self.acks.get(*index) {
                Some(ack) => vec![Action::Call {
                    target: Target::Marketplace,
                    op: ack.op.to_string(),
                    params: ack.params.clone(),
                }],
                None => self.finish(),
            },
            Phase::Finished => vec![Action::Fail(
                Error::config("the sync run is over").to_json(),
            )],
        }
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

/// Tedbul's confirmation of every line of `order` in full.
fn confirmation(order: &Value) -> Value {
    let lines: Vec<Value> = order["orderProducts"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|line| json!({"penId": line["penId"], "approvedQty": line["orderQty"]}))
        .collect();
    json!({"orderId": order["orderId"], "products": lines})
}

/// Order ids an Entegra bulk answer lists under `errors`.
fn failed_ids(result: &Value) -> BTreeSet<String> {
    let errors = result.get("errors").and_then(Value::as_array);
    errors
        .into_iter()
        .flatten()
        .map(|error| code_text(error.get("id")))
        .filter(|id| !id.is_empty())
        .collect()
}
