//! Turning the services' loosely typed responses into proper values.
//!
//! Entegra sends every scalar as a string (`"id":"1223"`, `"price1":"12.90"`),
//! Tedbul sends prices with a decimal comma, the ERP sends codes as numbers
//! or strings. Results leave kopru with one shape: money as dot-decimal
//! strings, counts and codes as integers, ids as strings, dates as ISO text.
//! Unknown fields are kept as they came.

use crate::dates::Date;
use crate::error::Error;
use crate::money::Money;
use crate::schema::{integer, Schema, Type};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// Which result keys of one service hold which kind of value. Each service
/// module declares its own; normalisation reads all of them.
#[derive(Debug)]
pub struct KeyKinds {
    /// Keys whose values are money (besides the money fields of the schemas).
    pub money: &'static [&'static str],
    /// Keys whose values are integers (counts, codes, statuses).
    pub integer: &'static [&'static str],
    /// Keys whose values are identifiers, kept as strings.
    pub id: &'static [&'static str],
    /// Keys whose values are dates (optionally with a time), returned as ISO text.
    pub date: &'static [&'static str],
}

fn any_service(pick: fn(&KeyKinds) -> &'static [&'static str], key: &str) -> bool {
    super::RESULT_KEYS
        .iter()
        .any(|kinds| pick(kinds).contains(&key))
}

/// True when a result value under `key` is money: Python turns these into `Decimal`.
pub fn is_money_key(key: &str) -> bool {
    static KEYS: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: BTreeSet<&'static str> = super::RESULT_KEYS
            .iter()
            .flat_map(|kinds| kinds.money.iter().copied())
            .collect();
        for op in super::all() {
            collect_money_keys(op.params, &mut keys);
            collect_money_keys(op.result, &mut keys);
        }
        keys
    })
    .contains(key)
}

fn collect_money_keys(schema: &'static Schema, keys: &mut BTreeSet<&'static str>) {
    for field in schema.fields {
        collect_type(field.name, &field.ty, keys);
    }
}

fn collect_type(name: &'static str, ty: &'static Type, keys: &mut BTreeSet<&'static str>) {
    match ty {
        Type::Money(_) => {
            keys.insert(name);
        }
        Type::List { item, .. } => collect_type(name, item, keys),
        Type::Object(schema) => collect_money_keys(schema, keys),
        _ => {}
    }
}

/// Normalises a record (and everything nested in it); `path` names it in decode errors.
pub fn normalize(value: Value, path: &str) -> Result<Value, Error> {
    match value {
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, field) in map {
                let field_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let normalized = normalize_field(&key, field, &field_path)?;
                out.insert(key, normalized);
            }
            Ok(Value::Object(out))
        }
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| normalize(item, &format!("{path}[{i}]")))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        scalar => Ok(scalar),
    }
}

fn normalize_field(key: &str, value: Value, path: &str) -> Result<Value, Error> {
    if matches!(value, Value::Object(_) | Value::Array(_)) {
        if is_money_key(key) {
            return Err(Error::decode(
                path,
                "expected an amount, got a list or an object",
            ));
        }
        return normalize(value, path);
    }
    if value.is_null() || value == Value::String(String::new()) {
        return Ok(Value::Null);
    }
    if is_money_key(key) {
        return Money::from_json(&value)
            .map(|m| Value::String(m.to_dot_string()))
            .map_err(|message| Error::decode(path, message));
    }
    if any_service(|k| k.integer, key) {
        return match (&value, integer(&value)) {
            (Value::Bool(b), _) => Ok(Value::from(i64::from(*b))),
            (_, Some(i)) => Ok(Value::from(i)),
            (_, None) => Err(Error::decode(
                path,
                format!("expected an integer, got {value}"),
            )),
        };
    }
    if any_service(|k| k.id, key) {
        return Ok(match value {
            Value::Number(n) => Value::String(n.to_string()),
            other => other,
        });
    }
    if any_service(|k| k.date, key) {
        if let Value::String(text) = &value {
            return Ok(Value::String(iso_date_text(text)));
        }
    }
    Ok(value)
}

/// `21.09.2020 10:30` → `2020-09-21 10:30`; text that is no date is returned unchanged.
fn iso_date_text(text: &str) -> String {
    let trimmed = text.trim();
    let (date_part, rest) = match trimmed.find([' ', 'T']) {
        Some(at) => trimmed.split_at(at),
        None => (trimmed, ""),
    };
    match Date::parse_iso(date_part).or_else(|| Date::parse_day_first(date_part)) {
        Some(date) => format!("{}{}", date.to_iso(), rest),
        None => text.to_string(),
    }
}

/// Reads a count that may arrive as a number or a string.
pub fn count(value: Option<&Value>) -> Option<u64> {
    value.and_then(integer).and_then(|i| u64::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entegra_strings_become_proper_values() {
        let raw = json!({"id": 1223, "price1": "12.90", "quantity": "13", "extra": "kept",
                         "order_date": "21.09.2020", "n11_price": ""});
        let out = normalize(raw, "productList[0]").unwrap();
        assert_eq!(
            out,
            json!({"id": "1223", "price1": "12.90", "quantity": 13, "extra": "kept",
                   "order_date": "2020-09-21", "n11_price": null})
        );
    }

    #[test]
    fn comma_prices_and_bad_numbers() {
        assert_eq!(
            normalize(json!({"price": "10,50"}), "").unwrap()["price"],
            "10.50"
        );
        let err = normalize(json!({"list": [{"quantity": "lots"}]}), "").unwrap_err();
        assert_eq!(err.to_json()["path"], "list[0].quantity");
        let err = normalize(json!({"items": [{"price1": ["1"]}]}), "").unwrap_err();
        assert_eq!(err.to_json()["path"], "items[0].price1");
    }

    #[test]
    fn money_keys_come_from_schemas_and_responses() {
        assert!(is_money_key("price1"));
        assert!(is_money_key("trendyol_salePrice"));
        assert!(is_money_key("SalePrice"));
        assert!(!is_money_key("quantity"));
    }
}
