//! Typing a response by its operation's own result schema, leniently.
//!
//! Entegra sends every scalar as a string (`"id":"1223"`, `"price1":"12.90"`),
//! Tedbul prices with a decimal comma, the ERP codes as numbers or strings.
//! Each record is walked together with the `result` schema of its operation
//! (the one the docs and stubs are generated from), in place: money becomes a
//! dot-decimal string, counts and codes integers, quantities numbers, ids
//! strings, dates ISO text. A value that does not fit its type never fails the
//! page: it keeps its raw value and a [`Warning`] says where and what was
//! expected. Fields a schema does not list are typed by the service's own
//! [`KeyKinds`] (open records only) or kept as they came.

use crate::dates::Date;
use crate::money_text::{
    decimal_number, is_dot_form, quantity_number, read_amount, read_amount_text, EXPECTED_AMOUNT,
};
use crate::schema::{child_path, Schema, Type};
use crate::service::Service;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Which keys of a service's open records hold which kind of value, for the
/// fields its result schemas do not list. Each service module declares its own.
#[derive(Debug)]
pub struct KeyKinds {
    /// Keys whose values are money.
    pub money: &'static [&'static str],
    /// Keys whose values are integers (counts, codes, statuses).
    pub integer: &'static [&'static str],
    /// Keys whose values are decimal quantities (weights, desi).
    pub decimal: &'static [&'static str],
    /// Keys whose values are identifiers, kept as strings.
    pub id: &'static [&'static str],
    /// Keys whose values are dates (optionally with a time), returned as ISO text.
    pub date: &'static [&'static str],
}

impl KeyKinds {
    /// The type a key of an open record has by this service's lists, with
    /// the key as the list spells it.
    fn named_type_of(&self, key: &str) -> Option<(&'static str, &'static Type)> {
        match indexed_kinds(self) {
            Some(index) => index.get_key_value(key).map(|(name, ty)| (*name, *ty)),
            None => self.kinds().find_map(|(keys, ty)| {
                keys.iter()
                    .find(|listed| **listed == key)
                    .map(|listed| (*listed, ty))
            }),
        }
    }

    /// Each list with the type its keys have, in the order they are tried.
    fn kinds(&self) -> impl Iterator<Item = (&'static [&'static str], &'static Type)> {
        static MONEY: Type = Type::Money(crate::schema::MoneyWire::Dot);
        static INT: Type = Type::INT;
        static DECIMAL: Type = Type::Decimal;
        static ID: Type = Type::Code;
        static DATE: Type = Type::Date(crate::schema::DateWire::Iso);
        [
            (self.money, &MONEY),
            (self.integer, &INT),
            (self.decimal, &DECIMAL),
            (self.id, &ID),
            (self.date, &DATE),
        ]
        .into_iter()
    }
}

/// The services' key lists as one index each (a key in two lists has the
/// first list's type), built once: an open record looks up every key it has
/// no field for, so this is one hash, not a scan of every list.
fn indexed_kinds(kinds: &KeyKinds) -> Option<&'static FieldIndex> {
    static INDEX: OnceLock<Vec<(usize, FieldIndex)>> = OnceLock::new();
    let address = kinds as *const KeyKinds as usize;
    INDEX
        .get_or_init(|| {
            Service::ALL
                .into_iter()
                .map(|service| {
                    let kinds = super::fallback_of(service);
                    let mut index = FieldIndex::default();
                    for (keys, ty) in kinds.kinds() {
                        for key in keys {
                            index.entry(*key).or_insert(ty);
                        }
                    }
                    (kinds as *const KeyKinds as usize, index)
                })
                .collect()
        })
        .iter()
        .find(|(at, _)| *at == address)
        .map(|(_, index)| index)
}

/// A value that did not fit its declared type: where, and what was expected.
/// The value itself is kept in the result as it came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where it is in the result (`items[3].weight`).
    pub path: String,
    /// What kopru expected there.
    pub expected: String,
}

impl Warning {
    /// `{"path", "expected"}`, as results list them under `warnings`.
    pub fn to_json(&self) -> Value {
        serde_json::json!({"path": self.path, "expected": self.expected})
    }
}

/// One step of a path, kept borrowed and written out only for a warning.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root(&'a str),
    Key(&'a str),
    Index(usize),
}

/// A path as a chain of borrowed steps (no string is built on the success path).
#[derive(Clone, Copy)]
struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

impl<'a> At<'a> {
    fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'a self, index: usize) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    fn render(&self) -> String {
        let parent = self.parent.map(At::render).unwrap_or_default();
        match self.step {
            Step::Root(root) => root.to_string(),
            Step::Key(key) => child_path(&parent, key),
            Step::Index(index) => format!("{parent}[{index}]"),
        }
    }
}

/// FNV-1a: field names are short, and a lookup per field of every record
/// should cost a few nanoseconds, not a SipHash round.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The fields of one schema by name.
type FieldIndex = HashMap<&'static str, &'static Type, BuildHasherDefault<Fnv>>;

/// The field index of each schema, by the schema's address (FNV too: it is
/// looked up once per record received).
type SchemaIndex = HashMap<usize, FieldIndex, BuildHasherDefault<Fnv>>;

/// The field types of every schema, by name, built once (schemas are static).
fn field_index(schema: &'static Schema) -> Option<&'static FieldIndex> {
    static INDEX: OnceLock<SchemaIndex> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut all = SchemaIndex::default();
            for op in super::all() {
                index_schema(op.result, &mut all);
            }
            all
        })
        .get(&(schema as *const Schema as usize))
}

fn index_schema(schema: &'static Schema, all: &mut SchemaIndex) {
    let key = schema as *const Schema as usize;
    if all.contains_key(&key) {
        return;
    }
    all.insert(key, schema.fields.iter().map(|f| (f.name, &f.ty)).collect());
    for field in schema.fields {
        index_type(&field.ty, all);
    }
}

fn index_type(ty: &'static Type, all: &mut SchemaIndex) {
    match ty {
        Type::List { item, .. } => index_type(item, all),
        Type::Object(schema) => index_schema(schema, all),
        _ => {}
    }
}

/// The declared type of `key` in `schema`, else (open records) the service's fallback.
pub(crate) fn type_of_key(
    schema: &'static Schema,
    fallback: &KeyKinds,
    key: &str,
) -> Option<&'static Type> {
    lookup(schema, field_index(schema), fallback, key)
}

/// [`type_of_key`] with the schema's index already found (once per record).
fn lookup(
    schema: &'static Schema,
    index: Option<&'static FieldIndex>,
    fallback: &KeyKinds,
    key: &str,
) -> Option<&'static Type> {
    lookup_named(schema, index, fallback, key).map(|(_, ty)| ty)
}

/// [`lookup`], with the key as the schema (or key list) spells it.
fn lookup_named(
    schema: &'static Schema,
    index: Option<&'static FieldIndex>,
    fallback: &KeyKinds,
    key: &str,
) -> Option<(&'static str, &'static Type)> {
    let declared = match index {
        Some(index) => index.get_key_value(key).map(|(name, ty)| (*name, *ty)),
        None => schema
            .fields
            .iter()
            .find(|f| f.name == key)
            .map(|f| (f.name, &f.ty)),
    };
    match declared {
        Some(found) => Some(found),
        None if schema.open => fallback.named_type_of(key),
        None => None,
    }
}

/// Types values in place and collects the warnings.
pub struct Typer<'k> {
    fallback: &'k KeyKinds,
    warnings: Vec<Warning>,
    /// What the records read so far looked like, to read the next ones faster.
    shapes: read::Shapes,
}

impl<'k> Typer<'k> {
    /// A typer reading open records by `fallback`.
    pub fn new(fallback: &'k KeyKinds) -> Typer<'k> {
        Typer {
            fallback,
            warnings: Vec::new(),
            shapes: read::Shapes::default(),
        }
    }

    /// Types every record of `items` by `schema`; `root` names the list in warnings.
    pub fn records(&mut self, items: &mut [Value], schema: &'static Schema, root: &str) {
        let at = At {
            parent: None,
            step: Step::Root(root),
        };
        for (i, item) in items.iter_mut().enumerate() {
            self.record(item, schema, &at.index(i));
        }
    }

    /// Types one record by `schema`; `root` names it in warnings.
    pub fn record_at(&mut self, value: &mut Value, schema: &'static Schema, root: &str) {
        let at = At {
            parent: None,
            step: Step::Root(root),
        };
        self.record(value, schema, &at);
    }

    /// A pagination count (a total, a page number): a non-negative integer of
    /// any size, as a number or text. Anything else reads as absent, with a
    /// warning at `path`, and paging falls back to the page's length.
    pub fn count(&mut self, value: Option<&Value>, path: &str) -> Option<u64> {
        let read = match value {
            None | Some(Value::Null) => return None,
            Some(Value::Number(n)) => n.as_u64(),
            Some(Value::String(text)) if text.is_empty() => return None,
            Some(Value::String(text)) => text.trim().parse().ok(),
            Some(_) => None,
        };
        if read.is_none() {
            self.warnings.push(Warning {
                path: path.to_string(),
                expected: "a count (a non-negative integer)".into(),
            });
        }
        read
    }

    /// The warnings collected so far.
    pub fn into_warnings(self) -> Vec<Warning> {
        self.warnings
    }

    fn warn(&mut self, at: &At<'_>, expected: &str) {
        self.warnings.push(Warning {
            path: at.render(),
            expected: expected.to_string(),
        });
    }

    fn record(&mut self, value: &mut Value, schema: &'static Schema, at: &At<'_>) {
        match value {
            Value::Object(map) => self.fields(map, schema, at),
            Value::Null => {}
            _ => self.warn(at, "a record (an object)"),
        }
    }

    fn fields(&mut self, map: &mut Map<String, Value>, schema: &'static Schema, at: &At<'_>) {
        let index = field_index(schema);
        for (key, field) in map.iter_mut() {
            let field_at = at.key(key);
            match lookup(schema, index, self.fallback, key) {
                Some(ty) => self.value(field, ty, &field_at),
                None => self.untyped(field, &field_at),
            }
        }
    }

    /// A value no schema describes: nested records are read by the fallback.
    fn untyped(&mut self, value: &mut Value, at: &At<'_>) {
        match value {
            Value::Object(map) => self.fields(map, &super::NO_FIELDS, at),
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    self.untyped(item, &at.index(i));
                }
            }
            _ => {}
        }
    }

    fn value(&mut self, value: &mut Value, ty: &'static Type, at: &At<'_>) {
        if value.is_null() {
            return;
        }
        if matches!(value, Value::String(s) if s.is_empty()) {
            *value = Value::Null;
            return;
        }
        if let Some(typed) = value.as_str().and_then(|text| typed_text(text, ty)) {
            *value = typed;
            return;
        }
        match ty {
            Type::Text { .. } | Type::Code => match value {
                Value::String(_) => {}
                Value::Number(n) => *value = Value::String(n.to_string()),
                _ => self.warn(at, "text"),
            },
            Type::Int { .. } | Type::Choice(_) => self.integer(value, at),
            Type::Money(_) => match read_amount(value) {
                Some(amount) => *value = Value::String(amount.to_dot_string()),
                None => self.warn(at, EXPECTED_AMOUNT),
            },
            Type::Decimal => match read_amount(value) {
                Some(amount) => *value = quantity_number(&amount),
                None => self.warn(at, "a decimal number"),
            },
            Type::Date(_) => match value {
                Value::String(text) => match iso_date_text(text) {
                    Some(iso) => *text = iso,
                    None => self.warn(at, "a date such as 2024-03-01 or 01.03.2024"),
                },
                _ => self.warn(at, "a date such as 2024-03-01 or 01.03.2024"),
            },
            Type::List { item, .. } => match value {
                Value::Array(items) => {
                    for (i, element) in items.iter_mut().enumerate() {
                        self.value(element, item, &at.index(i));
                    }
                }
                _ => self.warn(at, "a list"),
            },
            Type::Object(schema) => self.record(value, schema, at),
            Type::Any => self.untyped(value, at),
        }
    }

    /// Integers stay integers, digit strings become integers, other numbers
    /// (and decimal text) stay numbers; `true`/`false` are 1/0.
    fn integer(&mut self, value: &mut Value, at: &At<'_>) {
        match value {
            Value::Number(number) => {
                if let Some(whole) = number.as_f64().filter(|f| {
                    !number.is_i64() && !number.is_u64() && f.fract() == 0.0 && f.abs() < 9.0e15
                }) {
                    *value = Value::from(whole as i64);
                }
            }
            Value::Bool(flag) => *value = Value::from(i64::from(*flag)),
            Value::String(text) => match text.trim().parse::<i64>() {
                Ok(int) => *value = Value::from(int),
                Err(_) => match read_amount(value) {
                    Some(amount) => *value = quantity_number(&amount),
                    None => self.warn(at, "an integer"),
                },
            },
            _ => self.warn(at, "an integer"),
        }
    }
}

/// `21.09.2020 10:30` → `2020-09-21 10:30`; `None` for text that is no date.
/// Non-empty text that fits a numeric, money or date type, in its typed form:
/// digit text as an integer, money as dot-decimal text, a decimal quantity as a
/// number, a date in ISO form. `None` for text that does not fit (the typer
/// then tries its other readings and warns) and for types text already is.
/// The one rule for text, whether a tree is walked or a body is read in one pass.
fn typed_text(text: &str, ty: &Type) -> Option<Value> {
    if text.is_empty() {
        return None;
    }
    match ty {
        Type::Int { .. } | Type::Choice(_) => text.trim().parse::<i64>().ok().map(Value::from),
        Type::Money(_) if is_dot_form(text) => Some(Value::String(text.to_owned())),
        Type::Money(_) => {
            read_amount_text(text).map(|amount| Value::String(amount.to_dot_string()))
        }
        Type::Decimal if is_dot_form(text) => match text.split_once('.') {
            None => text.parse::<i64>().ok().map(Value::from),
            Some((_, fraction)) if fraction.bytes().any(|b| b != b'0') => {
                decimal_number(text).map(Value::Number)
            }
            Some(_) => read_amount_text(text).map(|amount| quantity_number(&amount)),
        },
        Type::Decimal => read_amount_text(text).map(|amount| quantity_number(&amount)),
        Type::Date(_) => iso_date_text(text).map(Value::String),
        Type::Text { .. } | Type::Code | Type::List { .. } | Type::Object(_) | Type::Any => None,
    }
}

fn iso_date_text(text: &str) -> Option<String> {
    let trimmed = text.trim();
    let (date_part, rest) = match trimmed.bytes().position(|b| b == b' ' || b == b'T') {
        Some(at) => trimmed.split_at(at),
        None => (trimmed, ""),
    };
    if Date::parse_iso(date_part).is_some() {
        // An ISO date part reads only with exact widths, so it is already its own ISO form.
        return Some(trimmed.to_owned());
    }
    Date::parse_day_first(date_part).map(|date| format!("{}{}", date.to_iso(), rest))
}

/// Reads a count that may arrive as a number or a string.
pub fn count(value: Option<&Value>) -> Option<u64> {
    value
        .and_then(crate::schema::integer)
        .and_then(|i| u64::try_from(i).ok())
}

#[path = "typing_read.rs"]
mod read;
pub(crate) use read::Renames;

#[cfg(test)]
#[path = "typing_tests.rs"]
mod tests;
