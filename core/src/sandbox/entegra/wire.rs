//! The Entegra emulator's wire habits: string scalars, DRF error shapes, bulk
//! answers, and the checks it makes on the values it stores.

use super::fields::{kind, Kind, PRICE_FIELDS};
use crate::dates::Date;
use crate::http::HttpResponse;
use crate::money::Money;
use crate::sandbox::request::Incoming;
use crate::schema::integer;
use serde_json::{json, Map, Value};

/// Every scalar as a string, the way Entegra stores and lists records.
pub(super) fn stringify(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(stringify).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), stringify(v))).collect())
        }
        other => other.clone(),
    }
}

/// A scalar as text (numbers too); `None` when absent or empty.
pub(super) fn text(item: &Value, key: &str) -> Option<String> {
    match item.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `page=N` → N (from 1).
pub(super) fn page_number(segment: &str) -> Option<u64> {
    segment
        .strip_prefix("page=")
        .and_then(|n| n.parse().ok())
        .filter(|n| *n > 0)
}

/// DRF's 404.
pub(super) fn not_found() -> HttpResponse {
    HttpResponse::json(404, &json!({"detail": "Not found."}))
}

/// DRF's 405.
pub(super) fn method_not_allowed(method: &str) -> HttpResponse {
    HttpResponse::json(
        405,
        &json!({"detail": format!("Method \"{method}\" not allowed.")}),
    )
}

/// The `list` of a bulk request, or DRF's 400 answer for it.
pub(super) fn body_list(request: &Incoming, max: Option<usize>) -> Result<&[Value], HttpResponse> {
    let refuse = |message: String| HttpResponse::json(400, &json!({"list": [message]}));
    match request.body.get("list") {
        None | Some(Value::Null) => Err(refuse("This field is required.".into())),
        Some(Value::Array(items)) if items.is_empty() => {
            Err(refuse("This list may not be empty.".into()))
        }
        Some(Value::Array(items)) => match max.filter(|m| items.len() > *m) {
            Some(max) => Err(refuse(format!(
                "Ensure this field has no more than {max} elements."
            ))),
            None => Ok(items),
        },
        Some(_) => Err(refuse(
            "Expected a list of items but got type \"dict\".".into(),
        )),
    }
}

/// A bulk write's answer: `{key: done, "errors": refused}` with `status`, or
/// 400 with every reason in `detail` when nothing was done.
pub(super) fn bulk_answer(
    status: u16,
    key: &str,
    done: Vec<Value>,
    refused: Vec<Value>,
) -> HttpResponse {
    let mut body = Map::new();
    let nothing_done = done.is_empty() && !refused.is_empty();
    if nothing_done {
        let reasons: Vec<&str> = refused
            .iter()
            .filter_map(|r| r.get("message").and_then(Value::as_str))
            .collect();
        body.insert("detail".into(), Value::from(reasons.join("; ")));
    }
    body.insert(key.into(), Value::Array(done));
    body.insert("errors".into(), Value::Array(refused));
    HttpResponse::json(
        if nothing_done { 400 } else { status },
        &Value::Object(body),
    )
}

/// A refused item: what names it, and why.
pub(super) fn refused(names: &[(&str, Option<String>)], message: impl Into<String>) -> Value {
    let mut entry = Map::new();
    for (key, value) in names {
        if let Some(value) = value {
            entry.insert((*key).into(), Value::from(value.as_str()));
        }
    }
    entry.insert("message".into(), Value::from(message.into()));
    Value::Object(entry)
}

/// The first field of `item` named in `required` that is missing, as DRF says it.
pub(super) fn missing_field(item: &Value, required: &[&str]) -> Option<String> {
    required
        .iter()
        .find(|key| item.get(**key).is_none_or(Value::is_null))
        .map(|key| format!("{key}: This field is required."))
}

/// What the emulator refuses in a value it is asked to store: counts must be
/// whole numbers from 0, prices non-negative decimals.
pub(super) fn value_problem(key: &str, value: &Value) -> Option<String> {
    match kind(key) {
        Kind::Count => match integer(value) {
            Some(i) if i >= 0 => None,
            _ => Some(format!("{key}: A valid integer is required.")),
        },
        Kind::Amount => match Money::from_json(value) {
            Ok(money) if !money.is_negative() => None,
            _ => Some(format!("{key}: A valid number is required.")),
        },
        Kind::Other => None,
    }
}

/// True when `name` is one of Entegra's price fields (price1…price8 and the
/// marketplace prices of seed 000).
pub(super) fn is_price_field(name: &str) -> bool {
    PRICE_FIELDS.contains(&name)
}

/// Puts `entry` (`{"store_id", …}`) in the record's `list_key` list, in place
/// of the entry for the same store (and the same `priceCode`, for prices).
pub(super) fn set_store_entry(record: &mut Map<String, Value>, list_key: &str, entry: Value) {
    let list = record
        .entry(list_key)
        .or_insert_with(|| Value::Array(Vec::new()));
    if !list.is_array() {
        *list = Value::Array(Vec::new());
    }
    let Value::Array(entries) = list else { return };
    let same = |other: &Value| {
        other.get("store_id") == entry.get("store_id")
            && other.get("priceCode") == entry.get("priceCode")
    };
    match entries.iter_mut().find(|other| same(other)) {
        Some(existing) => *existing = entry,
        None => entries.push(entry),
    }
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) of a Unix time in milliseconds, as `date_change` shows it.
pub(super) fn timestamp(now_ms: u64) -> String {
    let seconds = (now_ms / 1000) % 86_400;
    format!(
        "{} {:02}:{:02}:{:02}",
        Date::from_unix_ms(now_ms).to_iso(),
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}
