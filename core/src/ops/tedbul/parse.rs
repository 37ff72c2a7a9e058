//! Reading Tedbul's `{status, code, message, result}` answers into results.
//! (`status: false` never gets here: the envelope check turns it into an error.)

use super::DEFAULT_SHOW;
use crate::error::Error;
use crate::ops::normalize::{count, normalize};
use crate::ops::{page_param, page_result, ParseContext};
use serde_json::{json, Value};

/// `result`, normalised (a login, a created or updated ad).
pub fn result(body: Value, _: &ParseContext) -> Result<Value, Error> {
    match body {
        Value::Object(mut map) => normalize(map.remove("result").unwrap_or(Value::Null), "result"),
        _ => Err(not_an_envelope()),
    }
}

/// `result.data`, normalised: the one record of a detail call (an order, an ad).
/// A `result` that is the record itself is accepted too.
pub fn data(body: Value, _: &ParseContext) -> Result<Value, Error> {
    let Value::Object(mut map) = body else {
        return Err(not_an_envelope());
    };
    match map.remove("result") {
        Some(Value::Object(mut result)) => match result.remove("data") {
            Some(record @ Value::Object(_)) => normalize(record, "result.data"),
            None => normalize(Value::Object(result), "result"),
            Some(_) => Err(Error::decode("result.data", "expected a record")),
        },
        _ => Err(Error::decode(
            "result",
            "expected a record under result.data",
        )),
    }
}

/// The confirmed order (`result.data`); when Tedbul confirms without
/// returning it, its acknowledgement, so a done confirmation never reads as failed.
pub fn confirmed(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let has_record = body.get("result").is_some_and(Value::is_object);
    if has_record {
        data(body, context)
    } else {
        ack(body, context)
    }
}

/// `result: {total, data: […]}` → a page; pages follow while `page × show < total`.
pub fn page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let result = body
        .get("result")
        .ok_or_else(|| Error::decode("result", "missing"))?;
    let total = count(result.get("total"));
    let items = list_at(result.get("data"), "result.data")?;
    let page = page_param(context.params);
    let show = context
        .params
        .get("show")
        .and_then(Value::as_u64)
        .unwrap_or(DEFAULT_SHOW);
    let more = !items.is_empty() && total.is_some_and(|t| page * show < t);
    Ok(page_result(items, total, page, more.then_some(page + 1)))
}

/// `result: […]` (a search) → `{"items": […]}`.
pub fn items(body: Value, _: &ParseContext) -> Result<Value, Error> {
    let items = list_at(body.get("result"), "result")?;
    Ok(json!({ "items": items }))
}

/// The bulk update's `{status, code, successCount, errorCount}` → the two counts.
pub fn counts(body: Value, _: &ParseContext) -> Result<Value, Error> {
    let mut body = normalize(body, "")?;
    let Some(map) = body.as_object_mut() else {
        return Err(not_an_envelope());
    };
    map.remove("status");
    map.remove("code");
    map.remove("message");
    for key in ["successCount", "errorCount"] {
        map.entry(key).or_insert(Value::from(0));
    }
    Ok(body)
}

/// An answer without a result (a delete, the integration report) → `{code, message}`.
pub fn ack(body: Value, _: &ParseContext) -> Result<Value, Error> {
    let code = count(body.get("code")).unwrap_or(200);
    let message = body.get("message").and_then(Value::as_str).unwrap_or("ok");
    Ok(json!({ "code": code, "message": message }))
}

fn list_at(value: Option<&Value>, path: &str) -> Result<Vec<Value>, Error> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => match normalize(Value::Array(items.clone()), path)? {
            Value::Array(items) => Ok(items),
            _ => Ok(Vec::new()),
        },
        Some(_) => Err(Error::decode(path, "expected a list")),
    }
}

fn not_an_envelope() -> Error {
    Error::decode("", "expected Tedbul's {status, code, message, result}")
}
