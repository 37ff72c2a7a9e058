//! The ERP's paginated lists: page checks, filters and the pagination block.

use crate::dates::Date;
use crate::http::HttpResponse;
use crate::sandbox::request::{page_of, Incoming};
use serde_json::{json, Value};

const DEFAULT_PER_PAGE: u64 = 50;
const MAX_PER_PAGE: u64 = 100;

/// How a list narrows its records.
pub struct Filters {
    /// Query parameters matched exactly against a record field: `(query, field)`.
    pub exact: &'static [(&'static str, &'static str)],
    /// The document-date range the list can be limited to.
    pub dates: Option<DateRange>,
}

/// A date range filter: the record's date field and the query parameters of
/// the first and the last day (both inclusive).
pub struct DateRange {
    /// The record field holding the date.
    pub field: &'static str,
    /// The query parameter of the first day.
    pub start: &'static str,
    /// The query parameter of the last day.
    pub end: &'static str,
}

/// One page of the `records` that pass the filters, or 422 for bad parameters.
pub fn answer(request: &Incoming, records: &[Value], filters: &Filters) -> HttpResponse {
    let mut problems = Vec::new();
    let page = request.query_number("page", 1).unwrap_or_else(|message| {
        problems.push(message);
        1
    });
    let per_page = request
        .query_number("per_page", DEFAULT_PER_PAGE)
        .unwrap_or_else(|message| {
            problems.push(message);
            DEFAULT_PER_PAGE
        });
    if per_page > MAX_PER_PAGE {
        problems.push(format!("per_page must not exceed {MAX_PER_PAGE}"));
    }
    let mut day = |name: &str| {
        let text = request.query(name)?;
        let date = Date::parse_iso(text);
        if date.is_none() {
            problems.push(format!("{name} must be a date YYYY-MM-DD"));
        }
        date
    };
    let range = filters
        .dates
        .as_ref()
        .map(|range| (range.field, day(range.start), day(range.end)));
    if !problems.is_empty() {
        return HttpResponse::json(
            422,
            &json!({"success": false, "message": problems.join("; ")}),
        );
    }
    let selected: Vec<Value> = records
        .iter()
        .filter(|record| {
            filters.exact.iter().all(|(query, field)| {
                request
                    .query(query)
                    .is_none_or(|wanted| text(&record[*field]).as_deref() == Some(wanted))
            })
        })
        .filter(|record| {
            range.is_none_or(|(field, start, end)| {
                let date = record[field].as_str().and_then(Date::parse_any);
                start.is_none_or(|s| date.is_some_and(|d| d >= s))
                    && end.is_none_or(|e| date.is_some_and(|d| d <= e))
            })
        })
        .cloned()
        .collect();
    let total = selected.len() as u64;
    HttpResponse::json(
        200,
        &json!({
            "success": true,
            "data": page_of(&selected, page, per_page),
            "pagination": {
                "current_page": page,
                "per_page": per_page,
                "total": total,
                "total_pages": total.div_ceil(per_page),
            }
        }),
    )
}

/// A scalar as the text a query parameter would carry (`1` → `"1"`).
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
