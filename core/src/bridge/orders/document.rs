//! Building ERP sales-order documents: header from the options, lines in the
//! ERP's shape, and the all-or-nothing rule for orders with unresolved lines.

use super::index::Resolved;
use super::paid::Paid;
use super::OrderOptions;
use crate::bridge::amount;
use crate::dates::Date;
use crate::money::Money;
use serde_json::{json, Value};

/// An ERP order line: the resolved item and what was paid for it.
pub fn line(item: &Resolved, paid: &Paid) -> Value {
    let code_or_null = |code: &str| {
        if code.is_empty() {
            Value::Null
        } else {
            Value::from(code)
        }
    };
    let mut line = json!({
        "ItemTypeCode": item.item_type,
        "ItemCode": item.item_code,
        "ColorCode": code_or_null(&item.color_code),
        "ItemDim1Code": code_or_null(&item.dim1),
    });
    if let (Some(line), Value::Object(amounts)) = (line.as_object_mut(), paid.fields()) {
        line.extend(amounts);
    }
    line
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

/// Builds the documents of `orders`: `line_of` reads one raw line.
pub fn documents(
    orders: &[Value],
    header_of: impl Fn(&Value) -> OrderHeader,
    lines_key: &[&str],
    line_of: impl Fn(&Value) -> Result<(Resolved, Paid), String>,
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
        let raw_lines = lines_key
            .iter()
            .find_map(|key| order.get(*key).and_then(Value::as_array));
        let raw_lines = raw_lines.map(Vec::as_slice).unwrap_or_default();
        if raw_lines.is_empty() {
            let keys = lines_key.join(" or ");
            problems.push((None, format!("the order has no lines ({keys})")));
        }
        let mut lines = Vec::new();
        let mut total = Money::from_units(0, 2);
        for (at, raw) in raw_lines.iter().enumerate() {
            match line_of(raw) {
                Ok((item, paid)) => {
                    total = amount::plus(total, paid.amount_gross());
                    lines.push(line(&item, &paid));
                }
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
            "TotalVI": total.to_dot_string(),
            "Lines": lines,
        }));
    }
    let unresolved: Vec<Value> = unresolved
        .iter()
        .map(|u| json!({"order": u.order, "line": u.line, "reason": u.reason}))
        .collect();
    json!({"documents": documents, "sources": sources, "unresolved": unresolved})
}
