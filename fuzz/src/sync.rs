//! `sync`: the sync runner (`bridge::run::SyncRun`) driven with any params and
//! any answers: pages of mutated ERP records, marketplace listings and orders,
//! generated JSON, error answers of every kind, at every step.
//!
//! Invariants: no panic; `new` fails only as `validation` (or `config`); a
//! `fail` action carries exactly the error answer just given; a step error is
//! well-formed and ends the run; every saved state is a state a new run
//! accepts; a run that is told nothing but "empty" ends within a bounded
//! number of steps; answers to a finished run are refused.

use super::check;
use super::input::Source;
use kopru_core::bridge::journal::fold;
use kopru_core::bridge::run::{Action, Answer, Save, SyncRun};
use kopru_core::ops;
use kopru_core::ErrorKind;
use serde_json::{json, Value};

/// The most steps one input drives (a run reading page after page is stopped here).
const MAX_STEPS: usize = 200;

const KINDS: [&str; 8] = [
    "validation",
    "api",
    "auth",
    "rate_limited",
    "transport",
    "decode",
    "config",
    "panic",
];

/// The example params of a local operation, as JSON.
fn example(name: &str) -> Value {
    let op = ops::find(name).expect("a known operation");
    serde_json::from_str(op.example).expect("the example is JSON")
}

/// Params for a run: mostly sensible, mutated or generated at the fuzzer's choice.
fn params(source: &mut Source) -> Value {
    let job = *source.pick(&["catalogue", "orders"]);
    let marketplace = *source.pick(&["entegra", "tedbul"]);
    let mut params = json!({"job": job, "marketplace": marketplace});
    let plan = example("sync.plan");
    let orders = example("map.entegra.orders_to_erp");
    params["options"] = match job {
        "orders" => orders["options"].clone(),
        _ => json!({"expiration": "2027-01-31"}),
    };
    if source.byte() % 2 == 0 {
        params["snapshot"] = json!({"products": plan["products"], "inventory": plan["inventory"]});
    }
    match source.byte() % 4 {
        0 => source.mutate(&mut params, check::words()),
        1 => params["state"] = source.json(check::words()),
        _ => {}
    }
    params
}

/// An answer to a call: a page of mutated records, any JSON, or an error.
fn answer(source: &mut Source, op: &str) -> Answer {
    match source.byte() % 6 {
        0 | 1 => {
            let records = match op {
                "erp.products.list" => example("sync.plan")["products"].clone(),
                "erp.inventory.list" => example("sync.plan")["inventory"].clone(),
                "tedbul.ads.list" => example("map.tedbul.ads")["listing"].clone(),
                "entegra.orders.list" => example("map.entegra.orders_to_erp")["orders"].clone(),
                "tedbul.orders.sold.list" => example("map.tedbul.orders_to_erp")["orders"].clone(),
                _ => json!([]),
            };
            let mut page = json!({"items": records, "total": null, "page": 1, "next_page": null});
            if source.byte() % 2 == 0 {
                source.mutate(&mut page, check::words());
            }
            Answer::Result(page)
        }
        2 => Answer::Result(source.json(check::words())),
        3 => {
            Answer::Result(json!({"created": [], "errors": [], "successCount": 0, "errorCount": 0}))
        }
        _ => Answer::Error(json!({"kind": source.pick(&KINDS), "message": "injected"})),
    }
}

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let params = params(&mut source);
    let mut run = match SyncRun::new(params.clone()) {
        Ok(run) => run,
        Err(err) => {
            check::error(&err, data);
            assert!(
                matches!(err.kind(), ErrorKind::Validation | ErrorKind::Config),
                "new failed as {}",
                err.kind().as_str()
            );
            return;
        }
    };
    let mut given: Option<Answer> = None;
    // The state as saved so far: the last snapshot with the changes since folded in.
    let mut saved: Option<Value> = None;
    // The error answer given last (saves and progress may come between it and the fail).
    let mut last_error = None;
    for _ in 0..MAX_STEPS {
        if let Some(answer) = &given {
            last_error = match answer {
                Answer::Error(error) => Some(error.clone()),
                Answer::Result(_) => None,
            };
        }
        let action = match run.step(given.take()) {
            Ok(action) => action,
            Err(err) => {
                check::error(&err, data);
                assert!(
                    run.step(None).is_err(),
                    "a run that failed took another step"
                );
                return;
            }
        };
        match action {
            Action::Call { op, .. } => given = Some(answer(&mut source, &op)),
            Action::Deliver { .. } => given = Some(Answer::Result(json!(true))),
            Action::Save(save) => {
                let state = match save {
                    Save::State(state) => state,
                    Save::Change(change) => {
                        let mut state = saved.take().unwrap_or(Value::Null);
                        fold(&mut state, &change);
                        state
                    }
                };
                saved = Some(state.clone());
                let again = json!({"job": params["job"], "marketplace": state["marketplace"],
                    "state": state, "options": params["options"], "snapshot": params.get("snapshot")});
                if let Err(err) = SyncRun::new(again) {
                    assert_ne!(
                        err.kind(),
                        ErrorKind::Validation,
                        "a saved state is refused: {err}"
                    );
                }
            }
            Action::Progress(event) => check::no_secret_in(&event, data, "a progress event"),
            Action::Done(report) => {
                check::no_secret_in(&report, data, "a report");
                return;
            }
            Action::Fail(error) => {
                assert_eq!(Some(error), last_error, "a fail names another error");
                return;
            }
        }
    }
}
