//! Rules across the fields of one Tedbul request object.

use crate::messages::{Problem, RuleName};
use crate::schema::{child_path, Problems};
use crate::wire::{Record, Wire};
use serde_json::json;
use std::collections::BTreeSet;

/// Minimum and multiple ("katlı") sale quantities must fit the stock, and the
/// maximum sale quantity may not be below the minimum.
pub fn quantities_fit_stock(ad: &Record, path: &str, problems: &mut Problems) {
    let get = |key: &str| ad.get(key).and_then(Wire::integer);
    if let Some(stock) = get("stock") {
        if let Some(min) = get("minSellQty").filter(|m| *m > stock) {
            problems.add(
                &child_path(path, "minSellQty"),
                Problem::rule(
                    RuleName::QuantityOverStock,
                    json!({"quantity": min, "stock": stock}),
                    format!("minimum sale quantity {min} is more than the stock {stock}"),
                    format!("en düşük satış miktarı {min}, stoktan ({stock}) fazla"),
                ),
            );
        }
        if let Some(level) = get("levelOfSales").filter(|l| *l > stock) {
            problems.add(
                &child_path(path, "levelOfSales"),
                Problem::rule(
                    RuleName::QuantityOverStock,
                    json!({"quantity": level, "stock": stock}),
                    format!("multiple sale quantity {level} is more than the stock {stock}"),
                    format!("katlı satış miktarı {level}, stoktan ({stock}) fazla"),
                ),
            );
        }
    }
    if let (Some(min), Some(max)) = (get("minSellQty"), get("maxSellQty")) {
        if max < min {
            problems.add(
                &child_path(path, "maxSellQty"),
                Problem::rule(
                    RuleName::MaxBelowMin,
                    json!({"min": min, "max": max}),
                    format!("maximum sale quantity {max} is less than the minimum {min}"),
                    format!("en yüksek satış miktarı {max}, en düşükten ({min}) az"),
                ),
            );
        }
    }
}

/// `endDate` may not come before `startDate` (both already `YYYY-MM-DD`).
pub fn dates_in_order(query: &Record, path: &str, problems: &mut Problems) {
    let date = |key: &str| query.get(key).and_then(Wire::as_str);
    if let (Some(start), Some(end)) = (date("startDate"), date("endDate")) {
        if end < start {
            problems.add(
                &child_path(path, "endDate"),
                Problem::rule(
                    RuleName::DatesReversed,
                    json!({"start": start, "end": end}),
                    format!("end date {end} is before the start date {start}"),
                    format!("bitiş tarihi {end}, başlangıç tarihinden ({start}) önce"),
                ),
            );
        }
    }
}

/// Each order line (`penId`) is confirmed at most once per request.
pub fn distinct_lines(confirmation: &Record, path: &str, problems: &mut Problems) {
    let Some(lines) = confirmation.get("products").and_then(Wire::as_array) else {
        return;
    };
    let mut seen = BTreeSet::new();
    for (index, line) in lines.iter().enumerate() {
        if let Some(pen_id) = line.get("penId").and_then(Wire::integer) {
            if !seen.insert(pen_id) {
                problems.add(
                    &format!("{}[{index}].penId", child_path(path, "products")),
                    Problem::rule(
                        RuleName::Repeated,
                        json!({"value": pen_id}),
                        format!("order line {pen_id} is listed more than once"),
                        format!("{pen_id} numaralı sipariş satırı birden fazla kez verilmiş"),
                    ),
                );
            }
        }
    }
}

/// Laravel's `required` refuses empty and blank strings: so does kopru, before sending.
pub fn not_blank(object: &Record, path: &str, keys: &[&str], problems: &mut Problems) {
    for key in keys {
        if object
            .get(key)
            .and_then(Wire::as_str)
            .is_some_and(|text| text.trim().is_empty())
        {
            problems.add(&child_path(path, key), Problem::Empty);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn paths(rule: fn(&Record, &str, &mut Problems), value: Value) -> Vec<String> {
        let mut problems = Problems::default();
        let record = Wire::from_value(value);
        rule(record.as_record().unwrap(), "adsList[2]", &mut problems);
        problems.into_errors().into_iter().map(|e| e.path).collect()
    }

    #[test]
    fn quantities_are_checked_against_the_stock() {
        let ad = json!({"stock": 5, "minSellQty": 6, "levelOfSales": 7, "maxSellQty": 4});
        assert_eq!(
            paths(quantities_fit_stock, ad),
            vec![
                "adsList[2].minSellQty",
                "adsList[2].levelOfSales",
                "adsList[2].maxSellQty"
            ]
        );
        let fits = json!({"stock": 5, "minSellQty": 5, "levelOfSales": 5, "maxSellQty": 5});
        assert!(paths(quantities_fit_stock, fits).is_empty());
    }

    #[test]
    fn dates_and_lines() {
        let reversed = json!({"startDate": "2025-02-01", "endDate": "2025-01-31"});
        assert_eq!(paths(dates_in_order, reversed), vec!["adsList[2].endDate"]);
        let same_day = json!({"startDate": "2025-02-01", "endDate": "2025-02-01"});
        assert!(paths(dates_in_order, same_day).is_empty());
        let twice = json!({"products": [{"penId": 3}, {"penId": 4}, {"penId": 3}]});
        assert_eq!(
            paths(distinct_lines, twice),
            vec!["adsList[2].products[2].penId"]
        );
    }
}
