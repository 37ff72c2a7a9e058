//! Reading Entegra's responses as the live service sends them: string
//! scalars, `porductList`, `variatios`, categories as a bare list or under
//! `categories`, brands under `brand`, and pages without a next link. Every
//! record is typed by the operation's result schema ([`Typer`]).

use super::order_schemas::ORDER_LIMIT;
use crate::error::Error;
use crate::ops::typing::Renames;
use crate::ops::{fallback_of, page_result, with_warnings, Body, ParseContext, Typer};
use crate::service::Service;
use crate::wire::{Record, Wire};

/// Any body, typed as one record of the result schema.
pub(super) fn parse_passthrough(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut body = body.value()?;
    let mut typer = Typer::new(fallback_of(Service::Entegra));
    typer.record_at(&mut body, context.result, "");
    Ok(Wire::from_value(with_warnings(body, typer.into_warnings())))
}

/// A product page: `productList` (older deployments: `porductList`), each
/// product's variants moved from `variatios` to `variations`.
pub(super) fn parse_products_page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    parse_page(
        body,
        &Page {
            items_keys: &["productList", "porductList"],
            total_key: Some("totalProduct"),
            page_size: context.page_size,
            renames: &[("variatios", "variations")],
            total_wins: false,
        },
        context,
    )
}

/// An order page: `orders` and `totalOrder`; the page size is `limit` (200
/// when not given, as `entegra.orders.list` sends it).
pub(super) fn parse_orders_page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let page_size = context
        .params
        .get("limit")
        .and_then(Wire::as_u64)
        .map(|l| l as u32)
        .unwrap_or(ORDER_LIMIT as u32);
    parse_page(
        body,
        &Page {
            items_keys: &["orders"],
            total_key: Some("totalOrder"),
            page_size,
            renames: &[],
            total_wins: true,
        },
        context,
    )
}

/// A category page: a bare list or `{"categories": […]}`.
pub(super) fn parse_categories_page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    parse_page(
        body,
        &Page {
            items_keys: &["categories"],
            total_key: None,
            page_size: context.page_size,
            renames: &[],
            total_wins: false,
        },
        context,
    )
}

/// A brand page: `{"brand": […]}` (some deployments say `brands`).
pub(super) fn parse_brands_page(body: Body<'_>, context: &ParseContext) -> Result<Wire, Error> {
    parse_page(
        body,
        &Page {
            items_keys: &["brand", "brands"],
            total_key: None,
            page_size: context.page_size,
            renames: &[],
            total_wins: false,
        },
        context,
    )
}

/// How one kind of Entegra page is read.
struct Page<'a> {
    /// Where the items may be, the first present wins (or the body is the bare list).
    items_keys: &'static [&'static str],
    /// The key of the total count, when the page has one.
    total_key: Option<&'a str>,
    /// The page size asked for.
    page_size: u32,
    /// Renames of a record's fields to the documented names, before typing.
    renames: Renames,
    /// True when a total decides over a short page (orders: Entegra's order
    /// page size is undocumented; products come 100 a page).
    total_wins: bool,
}

/// Entegra pages have no next link: a page is the last when it is empty,
/// shorter than the page size, or reaches the total; for orders a total
/// wins over a short page (the server's order page size is undocumented).
fn parse_page(body: Body<'_>, shape: &Page<'_>, context: &ParseContext) -> Result<Wire, Error> {
    let mut typer = Typer::new(fallback_of(Service::Entegra));
    let body =
        body.read(|text| typer.read_page(text, context.result, shape.items_keys, shape.renames))?;
    let first_key = shape.items_keys.first().copied().unwrap_or("items");
    let mut body = match body {
        Wire::Record(record) => record,
        Wire::List(items) => {
            let mut record = Record::with_capacity(1);
            record.push(first_key, Wire::List(items));
            record
        }
        _ => return Err(Error::decode("", "expected an object with a list")),
    };
    let mut counts = Typer::new(fallback_of(Service::Entegra));
    let total = shape
        .total_key
        .and_then(|key| counts.count(body.get(key).map(Wire::to_value).as_ref(), key));
    let key = shape
        .items_keys
        .iter()
        .copied()
        .find(|k| body.contains_key(k))
        .unwrap_or(first_key);
    let items = match body.remove(key) {
        Some(Wire::List(items)) => items,
        None | Some(Wire::Null) => Vec::new(),
        Some(_) => return Err(Error::decode(key, "expected a list")),
    };
    let page = context.page();
    let seen = (page - 1) * u64::from(shape.page_size) + items.len() as u64;
    let short = items.len() < shape.page_size as usize;
    let last = items.is_empty()
        || match total {
            Some(total) if shape.total_wins => seen >= total,
            Some(total) => short || seen >= total,
            None => short,
        };
    Ok(page_result(
        items,
        total,
        page,
        (!last).then_some(page + 1),
        [counts.into_warnings(), typer.into_warnings()].concat(),
    ))
}
