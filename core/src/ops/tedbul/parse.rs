//! Reading Tedbul's `{status, code, message, result}` answers into results,
//! each typed by the operation's result schema ([`Typer`]).
//! (`status: false` never gets here: the envelope check turns it into an error.)

use super::DEFAULT_SHOW;
use crate::error::Error;
use crate::ops::typing::count;
use crate::ops::{fallback_of, page_result, with_warnings, Body, ParseContext, Typer};
use crate::schema::Schema;
use crate::service::Service;
use crate::wire::Wire;
use serde_json::{json, Value};

/// `record` typed as one record of `schema`, with its warnings added.
fn typed(mut record: Value, schema: &'static Schema, root: &str) -> Wire {
    let mut typer = Typer::new(fallback_of(Service::Tedbul));
    typer.record_at(&mut record, schema, root);
    Wire::from_value(with_warnings(record, typer.into_warnings()))
}

/// `result`, typed (a login, a created or updated ad).
pub fn result(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let body = body.value()?;
    match body {
        Value::Object(mut map) => Ok(typed(
            map.remove("result").unwrap_or(Value::Null),
            context.result,
            "result",
        )),
        _ => Err(not_an_envelope()),
    }
}

/// `result.data`, typed: the one record of a detail call (an order, an ad).
/// A `result` that is the record itself is accepted too.
pub fn data(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    record_data(body.value()?, context)
}

/// [`data`] of a body already read.
fn record_data(body: Value, context: &ParseContext) -> Result<Wire, Error> {
    let Value::Object(mut map) = body else {
        return Err(not_an_envelope());
    };
    match map.remove("result") {
        Some(Value::Object(mut result)) => match result.remove("data") {
            Some(record @ Value::Object(_)) => Ok(typed(record, context.result, "result.data")),
            None => Ok(typed(Value::Object(result), context.result, "result")),
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
pub fn confirmed(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let body = body.value()?;
    let has_record = body.get("result").is_some_and(Value::is_object);
    if has_record {
        record_data(body, context)
    } else {
        Ok(acknowledgement(&body))
    }
}

/// `result: {total, data: […]}` → a page; pages follow while `page × show < total`.
pub fn page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut body = body.value()?;
    let result = body
        .get_mut("result")
        .ok_or_else(|| Error::decode("result", "missing"))?;
    let mut typer = Typer::new(fallback_of(Service::Tedbul));
    let total = typer.count(result.get("total"), "result.total");
    let items = list_at(
        result.get_mut("data").map(Value::take),
        "result.data",
        context.result,
        &mut typer,
    )?;
    let page = context.page();
    let show = context
        .params
        .get("show")
        .and_then(Wire::as_u64)
        .unwrap_or(DEFAULT_SHOW);
    let more = !items.is_empty() && total.is_some_and(|t| page * show < t);
    Ok(page_result(
        items.into_iter().map(Wire::from_value).collect(),
        total,
        page,
        more.then_some(page + 1),
        typer.into_warnings(),
    ))
}

/// `result: […]` (a search) → `{"items": […]}`.
pub fn items(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut body = body.value()?;
    let items = match body.get_mut("result").map(Value::take) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Error::decode("result", "expected a list")),
    };
    Ok(typed(json!({ "items": items }), context.result, ""))
}

/// The bulk update's `{status, code, successCount, errorCount}` → the two counts.
pub fn counts(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let body = body.value()?;
    let Value::Object(mut map) = body else {
        return Err(not_an_envelope());
    };
    map.remove("status");
    map.remove("code");
    map.remove("message");
    for key in ["successCount", "errorCount"] {
        map.entry(key).or_insert(Value::from(0));
    }
    Ok(typed(Value::Object(map), context.result, ""))
}

/// An answer without a result (a delete, the integration report) → `{code, message}`.
pub fn ack(body: Body<'_>, _: &ParseContext) -> Result<Wire, Error> {
    Ok(acknowledgement(&body.value()?))
}

/// `{code, message}` of a body already read.
fn acknowledgement(body: &Value) -> Wire {
    let code = count(body.get("code")).unwrap_or(200);
    let message = body.get("message").and_then(Value::as_str).unwrap_or("ok");
    Wire::from_value(json!({ "code": code, "message": message }))
}

/// The records of a list, typed by `schema` (none when it is absent or null).
fn list_at(
    value: Option<Value>,
    path: &str,
    schema: &'static Schema,
    typer: &mut Typer<'_>,
) -> Result<Vec<Value>, Error> {
    let mut items = match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(Error::decode(path, "expected a list")),
    };
    typer.records(&mut items, schema, "items");
    Ok(items)
}

fn not_an_envelope() -> Error {
    Error::decode("", "expected Tedbul's {status, code, message, result}")
}
