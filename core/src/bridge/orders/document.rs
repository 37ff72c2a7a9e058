//! Building ERP sales-order documents: header from the options, lines in the
//! ERP's shape, and the all-or-nothing rule for orders with unresolved lines.

use super::index::Resolved;
use super::OrderOptions;
use crate::dates::Date;
use crate::money::Money;
use serde_json::{json, Value};

/// A line's amounts, without VAT.
#[derive(Clone, Copy, Debug)]
pub struct Amounts {
    /// Qty1.
    pub quantity: i64,
    /// Unit price before discount.
    pub price: Money,
    /// The line's discount.
    pub discount: Money,
    /// The line total after discount.
    pub net: Money,
    /// VAT rate in percent.
    pub vat_rate: Option<i64>,
}

/// An ERP order line.
pub fn line(item: &Resolved, amounts: Amounts) -> Value {
    let code_or_null = |code: &str| {
        if code.is_empty() {
            Value::Null
        } else {
            Value::from(code)
        }
    };
    json!({
        "ItemTypeCode": item.item_type,
        "ItemCode": item.item_code,
        "ColorCode": code_or_null(&item.color_code),
        "ItemDim1Code": code_or_null(&item.dim1),
        "Qty1": amounts.quantity,
        "Price": amounts.price.to_dot_string(),
        "DiscountAmount": amounts.discount.to_dot_string(),
        "NetAmount": amounts.net.to_dot_string(),
        "VatRate": amounts.vat_rate,
    })
}

/// A line that could not be imported.
#[derive(Clone, Debug)]
pub struct Unresolved {
    /// The marketplace's order id.
    pub order: String,
    /// The line's index in the order (None: the order itself).
    pub line: Option<usize>,
    /// Why.
    pub reason: String,
}

/// One marketplace order, read far enough to build its document.
#[derive(Clone, Debug)]
pub struct OrderHeader {
    /// The marketplace's id (what acknowledgements take).
    pub id: String,
    /// The order number the buyer sees (OrderNumber and DocumentNumber).
    pub number: String,
    /// The order date.
    pub date: Option<Date>,
    /// Which marketplace, for the Description.
    pub marketplace: &'static str,
}

/// Builds the documents of `orders`: `line_of` turns one raw line into an ERP line.
pub fn documents(
    orders: &[Value],
    header_of: impl Fn(&Value) -> OrderHeader,
    lines_key: &str,
    line_of: impl Fn(&Value) -> Result<Value, String>,
    options: &OrderOptions,
) -> Value {
    let mut documents = Vec::new();
    let mut sources = Vec::new();
    let mut unresolved = Vec::new();
    for order in orders {
        let header = header_of(order);
        let mut problems = Vec::new();
        if header.date.is_none() {
            problems.push((None, "the order date is missing or not a date".to_string()));
        }
        let raw_lines = order.get(lines_key).and_then(Value::as_array);
        let raw_lines = raw_lines.map(Vec::as_slice).unwrap_or_default();
        if raw_lines.is_empty() {
            problems.push((None, format!("the order has no lines ({lines_key})")));
        }
        let mut lines = Vec::new();
        for (at, raw) in raw_lines.iter().enumerate() {
            match line_of(raw) {
                Ok(line) => lines.push(line),
                Err(reason) => problems.push((Some(at), reason)),
            }
        }
        if !problems.is_empty() {
            unresolved.extend(problems.into_iter().map(|(line, reason)| Unresolved {
                order: header.id.clone(),
                line,
                reason,
            }));
            continue;
        }
        sources.push(Value::from(header.id.as_str()));
        documents.push(json!({
            "OrderNumber": header.number,
            "OrderDate": header.date.map(Date::to_iso),
            "DocumentNumber": header.number,
            "CustomerCode": options.customer_code,
            "ProcessCode": options.process_code,
            "OfficeCode": options.office_code,
            "WarehouseCode": options.warehouse_code,
            "DocCurrencyCode": options.currency,
            "Description": format!("{} order {} (id {})", header.marketplace, header.number, header.id),
            "Lines": lines,
        }));
    }
    let unresolved: Vec<Value> = unresolved
        .iter()
        .map(|u| json!({"order": u.order, "line": u.line, "reason": u.reason}))
        .collect();
    json!({"documents": documents, "sources": sources, "unresolved": unresolved})
}
