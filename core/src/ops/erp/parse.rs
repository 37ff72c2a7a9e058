//! Reading the ERP's `{success, data, pagination}` answers, each typed by the
//! operation's result schema ([`Typer`]).

use crate::error::Error;
use crate::ops::{fallback_of, page_result, with_warnings, Body, ParseContext, Typer};
use crate::schema::Schema;
use crate::service::Service;
use crate::wire::Wire;
use serde_json::{json, Value};

/// `{success, data: […], pagination: {current_page, total, total_pages}}` → a page result.
pub fn page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut body = body.value()?;
    let mut typer = Typer::new(fallback_of(Service::Erp));
    let items = records(&mut body, context.result, &mut typer)?;
    let pagination = body.get("pagination");
    let page = typer
        .count(
            pagination.and_then(|p| p.get("current_page")),
            "pagination.current_page",
        )
        .unwrap_or_else(|| context.page());
    let total = typer.count(pagination.and_then(|p| p.get("total")), "pagination.total");
    let total_pages = typer.count(
        pagination.and_then(|p| p.get("total_pages")),
        "pagination.total_pages",
    );
    let next = total_pages.filter(|pages| page < *pages && !items.is_empty());
    Ok(page_result(
        items.into_iter().map(Wire::from_value).collect(),
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

/// The typed records under `data` (none when it is absent or null).
fn records(
    body: &mut Value,
    schema: &'static Schema,
    typer: &mut Typer<'_>,
) -> Result<Vec<Value>, Error> {
    let mut items = match body.get_mut("data").map(Value::take) {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode("data", "expected a list")),
    };
    typer.records(&mut items, schema, "items");
    Ok(items)
}
