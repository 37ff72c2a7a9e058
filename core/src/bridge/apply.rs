//! `sync.apply`: state + one planned request + the marketplace's answer → the
//! new state, advanced only for the items the marketplace acknowledged.
//!
//! - `entegra.products.create` (and `entegra.variations.create` when it
//!   answers the same way): `{"created": [{productCode, id}], "errors": […]}`
//!   confirms each created product with its variations.
//! - `tedbul.ads.create`: the created ad (`adsId`) confirms the barcode.
//! - `tedbul.ads.update_many`: `{successCount, errorCount}`; any error
//!   without a list of the failed ads leaves the whole batch unconfirmed.
//! - other updates: everything is confirmed unless the answer lists `errors`
//!   (each naming a `productCode` or `id`; an error naming none leaves the
//!   whole batch unconfirmed) or counts `errorCount > 0`.
//!
//! Entegra documents no write answer. An Entegra answer counts only when it
//! is a per-item result: an object with a `created`, `updated` or `errors`
//! list, and no `status: false` or `Error`. Any other 2xx body (`true`,
//! `{"status": false, …}`, `{"Error": …}`, `{"message": "ok"}`) confirms
//! nothing, and [`unrecognised_answer`] says why: updates are planned again
//! (they set absolute values), creates stay pending and are checked against
//! the listing before anything is created again.
//!
//! A creation that is not confirmed stays `pending` (it may exist: the next
//! plan asks for the listing before creating it again), except when the
//! error shows nothing was applied: its kind is one of `validation`, `auth`,
//! `rate_limited` (refused before or by the marketplace), or the error says
//! `"sent": false` (the bundled runners add `sent` to every error they answer:
//! whether any request left the process). A `config` error alone proves
//! nothing: a local failure after the request went out must not turn an
//! applied create into "never sent". Unconfirmed updates simply stay as they
//! were and are planned again.

use super::plan::request::Request;
use super::state::{Item, SyncState};
use crate::error::Error;
use crate::schema::{integer, Problems};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Error kinds that prove the marketplace did not apply the request.
const NOT_SENT: [&str; 3] = ["validation", "auth", "rate_limited"];

/// Runs `sync.apply` on schema-checked params.
pub fn apply(params: &Value) -> Result<Value, Error> {
    let mut problems = Problems::default();
    let state = params
        .get("state")
        .and_then(|s| SyncState::parse(s, "state", &mut problems));
    let request = read_request(params.get("request"), &mut problems);
    let result = params.get("result").filter(|r| !r.is_null());
    let error = params.get("error").filter(|e| !e.is_null());
    match (result, error) {
        (None, None) => problems.add("result", "give the marketplace's result, or the error"),
        (Some(_), Some(_)) => {
            problems.add("error", "give either the result or the error, not both")
        }
        _ => {}
    }
    let (Some(mut state), Some(request), true) = (state, request, problems.is_empty()) else {
        return Err(Error::Validation {
            errors: problems.into_errors(),
        });
    };
    let answer = match (result, error) {
        (Some(result), _) => Ok(result),
        (None, error) => Err(error.unwrap_or(&Value::Null)),
    };
    let applied = advance(&mut state, &request, answer);
    Ok(json!({
        "state": state.to_json(),
        "confirmed": applied.confirmed,
        "unconfirmed": applied.unconfirmed,
    }))
}

/// What one answer did: the request's keys the marketplace confirmed, and those it did not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Confirmed keys, in the request's order.
    pub confirmed: Vec<String>,
    /// Keys not confirmed.
    pub unconfirmed: Vec<String>,
}

/// Advances `state` for what the marketplace acknowledged of `request`:
/// `answer` is its result, or the error (JSON) it ended with. Only the
/// request's keys are touched.
pub fn advance(
    state: &mut SyncState,
    request: &Request,
    answer: Result<&Value, &Value>,
) -> Applied {
    let outcome = match answer {
        Ok(result) => acknowledged(request, result),
        Err(error) => Outcome {
            confirmed: BTreeMap::new(),
            sent: !proves_not_sent(error),
        },
    };
    let mut unconfirmed = Vec::new();
    for (key, item) in &request.set {
        match outcome.confirmed.get(key) {
            Some(id) => {
                let known = state.items.entry(key.clone()).or_default();
                known.merge(item);
                if id.is_some() {
                    known.id.clone_from(id);
                }
                state.pending.remove(key);
            }
            None => {
                unconfirmed.push(key.clone());
                if !request.creates() {
                    continue;
                }
                if outcome.sent {
                    state.pending.insert(key.clone(), request.op.clone());
                } else {
                    state.pending.remove(key);
                }
            }
        }
    }
    let confirmed = request
        .keys
        .iter()
        .filter(|k| outcome.confirmed.contains_key(*k))
        .cloned()
        .collect();
    Applied {
        confirmed,
        unconfirmed,
    }
}

/// True when an error shows the request was not applied: a refusing kind,
/// or `"sent": false` from the runner that made the call.
fn proves_not_sent(error: &Value) -> bool {
    let kind = error.get("kind").and_then(Value::as_str);
    kind.is_some_and(|kind| NOT_SENT.contains(&kind))
        || error.get("sent").and_then(Value::as_bool) == Some(false)
}

/// Which keys the marketplace confirmed (with the id it gave, if any).
struct Outcome {
    confirmed: BTreeMap<String, Option<String>>,
    sent: bool,
}

/// Why kopru cannot read `result` as the per-item answer of `op`, if it cannot.
pub(crate) fn unrecognised_answer(op: &str, result: &Value) -> Option<String> {
    if !op.starts_with("entegra.") {
        return None;
    }
    let Some(body) = result.as_object() else {
        return Some(format!(
            "{op} answered {result} instead of a per-item result; nothing of the request counts as done"
        ));
    };
    if body.get("status") == Some(&Value::Bool(false)) || body.contains_key("Error") {
        return Some(format!(
            "{op} answered a failure ({result}); nothing of the request counts as done"
        ));
    }
    let per_item = ["created", "updated", "errors"]
        .iter()
        .any(|key| body.get(*key).is_some_and(Value::is_array));
    (!per_item).then(|| {
        format!(
            "{op} answered without a created, updated or errors list ({result}); nothing of the request counts as done"
        )
    })
}

fn acknowledged(request: &Request, result: &Value) -> Outcome {
    let all = |id: Option<String>| -> BTreeMap<String, Option<String>> {
        request
            .keys
            .iter()
            .map(|k| (k.clone(), id.clone()))
            .collect()
    };
    let confirmed = match request.op.as_str() {
        op if unrecognised_answer(op, result).is_some() => BTreeMap::new(),
        "tedbul.ads.create" => match id_text(result.get("adsId").or_else(|| result.get("id"))) {
            Some(id) => all(Some(id)),
            None => BTreeMap::new(),
        },
        _ if result.get("created").is_some() || request.creates() => created(request, result),
        _ => match failed(request, result) {
            Some(failed) => request
                .keys
                .iter()
                .filter(|key| !failed.contains(*key))
                .map(|key| (key.clone(), None))
                .collect(),
            None => BTreeMap::new(),
        },
    };
    Outcome {
        confirmed,
        sent: true,
    }
}

/// `{"created": [{productCode, id}]}`: each created code confirms itself and
/// the variations whose parent it is.
fn created(request: &Request, result: &Value) -> BTreeMap<String, Option<String>> {
    let mut out = BTreeMap::new();
    let list = result.get("created").and_then(Value::as_array);
    for entry in list.into_iter().flatten() {
        let Some(code) = id_text(entry.get("productCode")) else {
            continue;
        };
        for (key, item) in &request.set {
            if *key == code {
                out.insert(key.clone(), id_text(entry.get("id")));
            } else if item.parent.as_deref() == Some(code.as_str()) {
                out.entry(key.clone()).or_insert(None);
            }
        }
    }
    out
}

/// The keys that failed, or `None` when the answer does not say which did
/// (then nothing of the request may count as acknowledged).
pub(crate) fn failed(request: &Request, result: &Value) -> Option<BTreeSet<String>> {
    if unrecognised_answer(&request.op, result).is_some() {
        return None;
    }
    let errors = result.get("errors").and_then(Value::as_array);
    let Some(errors) = errors.filter(|e| !e.is_empty()) else {
        let counted = result.get("errorCount").and_then(integer).unwrap_or(0);
        let succeeded = result.get("successCount").and_then(integer);
        let short = succeeded.is_some_and(|s| (s as usize) < request.keys.len());
        return (counted == 0 && !short).then(BTreeSet::new);
    };
    let ids = request_ids(request);
    let mut out = BTreeSet::new();
    for error in errors {
        let named = id_text(error.get("productCode"))
            .or_else(|| id_text(error.get("id")).and_then(|id| ids.get(&id).cloned()))?;
        for (key, item) in &request.set {
            if *key == named || item.parent.as_deref() == Some(named.as_str()) {
                out.insert(key.clone());
            }
        }
    }
    Some(out)
}

/// Ad id → key, for answers that name failed ads by id (list entries and keys align).
fn request_ids(request: &Request) -> BTreeMap<String, String> {
    let list = request
        .params
        .get("adsList")
        .or_else(|| request.params.get("list"))
        .and_then(Value::as_array);
    list.into_iter()
        .flatten()
        .zip(&request.keys)
        .filter_map(|(entry, key)| id_text(entry.get("id")).map(|id| (id, key.clone())))
        .collect()
}

fn id_text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads the planned request (`{"op", "params", "keys", "set"}`).
fn read_request(value: Option<&Value>, problems: &mut Problems) -> Option<Request> {
    let value = value?;
    let op = value.get("op").and_then(Value::as_str).unwrap_or_default();
    let keys: Vec<String> = value
        .get("keys")
        .and_then(Value::as_array)
        .map(|keys| keys.iter().filter_map(|k| id_text(Some(k))).collect())
        .unwrap_or_default();
    let mut set = Vec::new();
    if let Some(entries) = value.get("set").and_then(Value::as_object) {
        for (key, item) in entries {
            let path = format!("request.set.{key}");
            set.push((key.clone(), Item::parse(item, &path, problems)));
            if !keys.contains(key) {
                problems.add(&path, "is not one of the request's keys");
            }
        }
    }
    for key in &keys {
        if !set.iter().any(|(k, _)| k == key) {
            problems.add(&format!("request.set.{key}"), "required for every key");
        }
    }
    Some(Request {
        op: op.to_string(),
        params: value.get("params").cloned().unwrap_or(Value::Null),
        keys,
        set,
    })
}
