//! The operation table as JSON, for people: what `kopru ops` lists and
//! `kopru describe OP` prints (name, method, path, summary, every parameter
//! with its type and rules, and the example).

use super::{all, find, Operation, Role};
use crate::schema::{DateWire, DefaultValue, Field, MoneyWire, Schema, Type};
use serde_json::{json, Map, Value};

/// One row per operation: `{name, service, method, path, summary, local, paginated, idempotent}`.
pub fn list() -> Value {
    Value::Array(all().map(row).collect())
}

/// The full description of `name`: its row plus `params` (described fields), `open`
/// (whether unknown fields pass through), `example` (parameters that work on the sandbox)
/// and `result` (the result's fields). `None` when there is no such operation.
pub fn describe(name: &str) -> Option<Value> {
    let op = find(name)?;
    let mut described = row(op);
    let example: Value = serde_json::from_str(op.example).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut described {
        map.insert("params".into(), fields(op.params));
        map.insert("open".into(), Value::Bool(op.params.open));
        map.insert("example".into(), example);
        map.insert("result".into(), fields(op.result));
    }
    Some(described)
}

fn row(op: &Operation) -> Value {
    let local = matches!(op.role, Role::Local(_));
    json!({
        "name": op.name,
        "service": op.service.name(),
        "method": if local { "LOCAL" } else { op.method.as_str() },
        "path": if local { "" } else { op.path },
        "summary": op.summary,
        "local": local,
        "paginated": op.paginated,
        "idempotent": op.idempotent,
    })
}

fn fields(schema: &Schema) -> Value {
    Value::Array(schema.fields.iter().map(field).collect())
}

fn field(field: &Field) -> Value {
    let mut map = Map::new();
    map.insert("name".into(), field.name.into());
    map.insert("type".into(), type_name(&field.ty).into());
    map.insert("required".into(), field.required.into());
    if let Some(default) = field.default {
        map.insert(
            "default".into(),
            match default {
                DefaultValue::Text(text) => text.into(),
                DefaultValue::Int(number) => number.into(),
            },
        );
    }
    map.insert("doc".into(), field.doc.into());
    if let Some(schema) = nested(&field.ty) {
        map.insert("fields".into(), fields(schema));
    }
    Value::Object(map)
}

/// The object schema inside a field's type (an object, or a list of objects).
fn nested(ty: &Type) -> Option<&'static Schema> {
    match ty {
        Type::Object(schema) => Some(schema),
        Type::List { item, .. } => nested(item),
        _ => None,
    }
}

/// The type as a person reads it: `text (at most 255)`, `integer 1..100`, `one of 0, 1`, ...
fn type_name(ty: &Type) -> String {
    match ty {
        Type::Text { max_len: None } => "text".into(),
        Type::Text { max_len: Some(max) } => format!("text (at most {max})"),
        Type::Code => "code (text or integer)".into(),
        Type::Int { min, max } => match (min, max) {
            (None, None) => "integer".into(),
            (Some(min), None) => format!("integer ≥ {min}"),
            (None, Some(max)) => format!("integer ≤ {max}"),
            (Some(min), Some(max)) => format!("integer {min}..{max}"),
        },
        Type::Choice(values) => {
            let values: Vec<String> = values.iter().map(i64::to_string).collect();
            format!("one of {}", values.join(", "))
        }
        Type::Money(MoneyWire::Dot) => "money (decimal, sent as 12.90)".into(),
        Type::Money(MoneyWire::Comma) => "money (decimal, sent as 12,90)".into(),
        Type::Decimal => "decimal number (e.g. a quantity of 1250.75)".into(),
        Type::Date(DateWire::Iso) => "date (YYYY-MM-DD)".into(),
        Type::Date(DateWire::DayFirstDots) => "date (YYYY-MM-DD or DD.MM.YYYY)".into(),
        Type::List { item, min, max } => {
            let count = match (min, max) {
                (0, None) => String::new(),
                (min, None) => format!(", at least {min}"),
                (min, Some(max)) => format!(", {min}..{max} items"),
            };
            format!("list of {}{count}", type_name(item))
        }
        Type::Object(_) => "object".into(),
        Type::Any => "any JSON".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_operation_once_with_method_and_path() {
        let rows = list();
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), all().count());
        let products = rows
            .iter()
            .find(|r| r["name"] == "entegra.products.list")
            .unwrap();
        assert_eq!(products["method"], "GET");
        assert!(!products["path"].as_str().unwrap().is_empty());
        assert!(!products["summary"].as_str().unwrap().is_empty());
    }

    #[test]
    fn describes_nested_parameters_and_the_example() {
        let create = describe("entegra.products.create").unwrap();
        let list = &create["params"][0];
        assert_eq!(list["name"], "list");
        assert!(list["type"].as_str().unwrap().starts_with("list of object"));
        let inner: Vec<&str> = list["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert!(inner.contains(&"productCode"), "{inner:?}");
        assert!(create["example"].is_object());
        assert!(describe("no.such.op").is_none());
    }
}
