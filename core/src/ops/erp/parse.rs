//! Reading the ERP's `{success, data, pagination}` answers.

use crate::error::Error;
use crate::ops::normalize::{count, normalize};
use crate::ops::{page_param, page_result, ParseContext};
use serde_json::{json, Value};

/// `{success, data: […], pagination: {current_page, total, total_pages}}` → a page result.
pub fn page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let items = records(&body)?;
    let pagination = body.get("pagination");
    let page = count(pagination.and_then(|p| p.get("current_page")))
        .unwrap_or_else(|| page_param(context.params));
    let total = count(pagination.and_then(|p| p.get("total")));
    let total_pages = count(pagination.and_then(|p| p.get("total_pages")));
    let next = total_pages.filter(|pages| page < *pages && !items.is_empty());
    Ok(page_result(items, total, page, next.map(|_| page + 1)))
}

/// `{success, data: {…}}` → the record.
pub fn record(body: Value, _: &ParseContext) -> Result<Value, Error> {
    match body.get("data") {
        Some(data @ Value::Object(_)) => normalize(data.clone(), "data"),
        _ => Err(Error::decode("data", "expected the record (an object)")),
    }
}

/// `{success, data: […]}` (no pagination) → `{"items": […]}`.
pub fn all_items(body: Value, _: &ParseContext) -> Result<Value, Error> {
    Ok(json!({"items": records(&body)?}))
}

/// The normalised records under `data` (none when it is absent or null).
fn records(body: &Value) -> Result<Vec<Value>, Error> {
    let items = match body.get("data") {
        Some(Value::Array(items)) => items.clone(),
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode("data", "expected a list")),
    };
    match normalize(Value::Array(items), "data")? {
        Value::Array(items) => Ok(items),
        _ => Ok(Vec::new()),
    }
}
