//! Reading Entegra's responses as the live service sends them: string
//! scalars, `porductList`, `variatios`, categories as a bare list or under
//! `categories`, brands under `brand`, and pages without a next link.

use super::order_schemas::ORDER_LIMIT;
use crate::error::Error;
use crate::ops::normalize::{count, normalize};
use crate::ops::{page_param, page_result, ParseContext};
use serde_json::{Map, Value};

/// Any body, with its values typed.
pub(super) fn parse_passthrough(body: Value, _: &ParseContext) -> Result<Value, Error> {
    normalize(body, "")
}

/// A product page: `productList` (older deployments: `porductList`), each
/// product's variants moved from `variatios` to `variations`.
pub(super) fn parse_products_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let key = if body.get("productList").is_some() {
        "productList"
    } else {
        "porductList"
    };
    let mut page = parse_page(
        body,
        &[key],
        Some("totalProduct"),
        context.page_size,
        context,
    )?;
    if let Some(items) = page["items"].as_array_mut() {
        for product in items.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(variations) = product.remove("variatios") {
                product.entry("variations").or_insert(variations);
            }
        }
    }
    Ok(page)
}

/// An order page: `orders` and `totalOrder`; the page size is `limit` (200
/// when not given, as `entegra.orders.list` sends it).
pub(super) fn parse_orders_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    let page_size = context
        .params
        .get("limit")
        .and_then(Value::as_u64)
        .map(|l| l as u32)
        .unwrap_or(ORDER_LIMIT as u32);
    parse_page(body, &["orders"], Some("totalOrder"), page_size, context)
}

/// A category page: a bare list or `{"categories": […]}`.
pub(super) fn parse_categories_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    parse_page(body, &["categories"], None, context.page_size, context)
}

/// A brand page: `{"brand": […]}` (some deployments say `brands`).
pub(super) fn parse_brands_page(body: Value, context: &ParseContext) -> Result<Value, Error> {
    parse_page(body, &["brand", "brands"], None, context.page_size, context)
}

/// Entegra pages have no next link: a page is the last when it is empty or
/// reaches the total; without a total, when it is shorter than the page size
/// (a total wins over a short page: the server's page size is undocumented). The items are under the
/// first of `items_keys` present, or the body is the bare list.
fn parse_page(
    body: Value,
    items_keys: &[&str],
    total_key: Option<&str>,
    page_size: u32,
    context: &ParseContext,
) -> Result<Value, Error> {
    let first_key = items_keys.first().copied().unwrap_or("items");
    let mut body = match body {
        Value::Object(map) => map,
        Value::Array(items) => Map::from_iter([(first_key.to_string(), Value::Array(items))]),
        _ => return Err(Error::decode("", "expected an object with a list")),
    };
    let total = total_key.and_then(|key| count(body.get(key)));
    let key = items_keys
        .iter()
        .copied()
        .find(|k| body.contains_key(*k))
        .unwrap_or(first_key);
    let items = match body.remove(key) {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => Vec::new(),
        Some(_) => return Err(Error::decode(key, "expected a list")),
    };
    let items = match normalize(Value::Array(items), key)? {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    let page = page_param(context.params);
    let seen = (page - 1) * u64::from(page_size) + items.len() as u64;
    let last = items.is_empty()
        || match total {
            Some(total) => seen >= total,
            None => items.len() < page_size as usize,
        };
    Ok(page_result(items, total, page, (!last).then_some(page + 1)))
}
