//! Reading the ERP's `{success, data, pagination}` answers, each typed by the
//! operation's result schema ([`Typer`]).

use crate::error::Error;
use crate::ops::{fallback_of, page_result, with_warnings, Body, ParseContext, Typer};
use crate::service::Service;
use crate::wire::Wire;
use serde_json::{json, Value};

/// `{success, data: […], pagination: {current_page, total, total_pages}}` → a page result,
/// the records typed while the body is read (one pass, as Entegra's pages).
pub fn page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut typer = Typer::new(fallback_of(Service::Erp));
    let body = body.read(|text| typer.read_page(text, context.result, &["data"], &[]))?;
    let (items, pagination) = match body {
        Wire::Record(mut body) => {
            let items = match body.remove("data") {
                Some(Wire::List(items)) => items,
                None | Some(Wire::Null) => Vec::new(),
                Some(_) => return Err(Error::decode("data", "expected a list")),
            };
            (items, body.get("pagination").map(Wire::to_value))
        }
        // The ERP always wraps its records: a bare list has no pagination,
        // so reading it as a page would end a walk after it without a word.
        _ => return Err(Error::decode("", "expected {success, data, pagination}")),
    };
    let count = |typer: &mut Typer<'_>, key: &str| {
        typer.count(
            pagination.as_ref().and_then(|p| p.get(key)),
            &format!("pagination.{key}"),
        )
    };
    let page = count(&mut typer, "current_page").unwrap_or_else(|| context.page());
    let total = count(&mut typer, "total");
    let total_pages = count(&mut typer, "total_pages");
    let next = total_pages.filter(|pages| page < *pages && !items.is_empty());
    Ok(page_result(
        items,
        total,
        page,
        next.map(|_| page + 1),
        typer.into_warnings(),
    ))
}

/// `{success, data: {…}}` → the record.
pub fn record(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut body = body.value()?;
    match body.get_mut("data").map(Value::take) {
        Some(mut data @ Value::Object(_)) => {
            let mut typer = Typer::new(fallback_of(Service::Erp));
            typer.record_at(&mut data, context.result, "data");
            Ok(Wire::from_value(with_warnings(data, typer.into_warnings())))
        }
        _ => Err(Error::decode("data", "expected the record (an object)")),
    }
}

/// `{success, data: […]}` (no pagination) → `{"items": […]}`.
pub fn all_items(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut body = body.value()?;
    let items = match body.get_mut("data").map(Value::take) {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode("data", "expected a list")),
    };
    let mut result = json!({ "items": items });
    let mut typer = Typer::new(fallback_of(Service::Erp));
    typer.record_at(&mut result, context.result, "");
    Ok(Wire::from_value(with_warnings(
        result,
        typer.into_warnings(),
    )))
}
