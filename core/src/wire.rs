//! The wire form of a value: the checked parameters an operation's request is
//! written from (what the validator builds), and the result a response is
//! read into (what the typed page reader builds, what `Step::Done` carries).
//!
//! A [`Record`] is its fields in order, named by the schema's own `'static`
//! names where the schema lists them, so a named field's key is never copied
//! and no key goes into a hashed map (a `serde_json::Map` copies and SipHashes
//! every key it is given); records are a handful of fields, read by a scan (a
//! parsed object is deduplicated through [`RecordBuilder`], which indexes a wide
//! one). The JSON text is written straight from it ([`Wire::write_json`]),
//! byte for byte what `serde_json` writes for the same `Value` ([`Wire::into_value`]).

use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

/// A value in its wire form (checked parameters, or a result).
#[derive(Clone, Debug, PartialEq)]
pub enum Wire {
    /// JSON `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// Text.
    Text(String),
    /// A list.
    List(Vec<Wire>),
    /// An object.
    Record(Record),
}

/// The fields of a checked object, in order; no name appears twice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    fields: Vec<(Cow<'static, str>, Wire)>,
}

impl Record {
    /// An empty record with room for `capacity` fields.
    pub fn with_capacity(capacity: usize) -> Record {
        Record {
            fields: Vec::with_capacity(capacity),
        }
    }

    /// Adds a field; the caller makes sure `name` is not in the record yet
    /// (else the text would have it twice where the `Value` keeps one).
    pub fn push(&mut self, name: impl Into<Cow<'static, str>>, value: Wire) {
        self.fields.push((name.into(), value));
    }

    /// The number of fields.
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// True when the record has no fields.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// Sets the field `name` as `serde_json::Map::insert` does: a field
    /// already there keeps its place and takes `value`, else it is added last.
    /// A scan: for a few fields (a parsed object goes through [`RecordBuilder`]).
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: Wire) {
        let name = name.into();
        match self.fields.iter_mut().find(|(field, _)| *field == name) {
            Some((_, slot)) => *slot = value,
            None => self.fields.push((name, value)),
        }
    }

    /// The fields in order, each with its name.
    pub fn iter(&self) -> Fields<'_> {
        Fields(self.fields.iter())
    }

    /// The value of the field `name`.
    pub fn get(&self, name: &str) -> Option<&Wire> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value)
    }

    /// True when the record has a field `name` (even a `null` one).
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Takes the field `name` out of the record, keeping the others in order.
    pub fn remove(&mut self, name: &str) -> Option<Wire> {
        let index = self.fields.iter().position(|(field, _)| field == name)?;
        Some(self.fields.remove(index).1)
    }

    /// The JSON object of this record.
    pub fn into_map(self) -> Map<String, Value> {
        let mut map = Map::with_capacity(self.fields.len());
        for (name, value) in self.fields {
            map.insert(name.into_owned(), value.into_value());
        }
        map
    }

    /// Appends this record's JSON text to `out`.
    pub fn write_json(&self, out: &mut String) {
        out.push('{');
        for (index, (name, value)) in self.fields.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            write_json_text(name, out);
            out.push(':');
            value.write_json(out);
        }
        out.push('}');
    }
}

/// How many fields a [`RecordBuilder`] finds by a scan before it indexes them.
const SCANNED_FIELDS: usize = 32;

/// A record built from keys that may come twice (an object as parsed): while
/// it is narrow each key is found by a scan (records are a handful of fields),
/// once it is wide by a hash index, so an object of a million keys costs linear
/// time, not quadratic.
#[derive(Debug, Default)]
pub struct RecordBuilder {
    record: Record,
    index: Option<HashMap<Box<str>, usize>>,
}

impl RecordBuilder {
    /// An empty record with room for `capacity` fields.
    pub fn with_capacity(capacity: usize) -> RecordBuilder {
        RecordBuilder {
            record: Record::with_capacity(capacity),
            index: None,
        }
    }

    /// The number of fields so far.
    pub fn len(&self) -> usize {
        self.record.len()
    }

    /// True when the record has no fields yet.
    pub fn is_empty(&self) -> bool {
        self.record.is_empty()
    }

    /// Sets the field `name` as `serde_json::Map::insert` does: a field
    /// already there keeps its place and takes `value`, else it is added last.
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: Wire) {
        self.put(name.into(), value, true);
    }

    /// Adds the field `name` unless the record has it already (then `value`
    /// is dropped), as `serde_json::Map::entry(name).or_insert(value)` does.
    pub fn insert_absent(&mut self, name: impl Into<Cow<'static, str>>, value: Wire) {
        self.put(name.into(), value, false);
    }

    /// The record built.
    pub fn finish(self) -> Record {
        self.record
    }

    fn put(&mut self, name: Cow<'static, str>, value: Wire, replace: bool) {
        let fields = &mut self.record.fields;
        let found = match &self.index {
            Some(index) => index.get(&*name).copied(),
            None => fields.iter().position(|(field, _)| *field == name),
        };
        match found {
            Some(at) if replace => fields[at].1 = value,
            Some(_) => {}
            None => {
                if let Some(index) = &mut self.index {
                    index.insert(name.as_ref().into(), fields.len());
                }
                fields.push((name, value));
                if self.index.is_none() && fields.len() > SCANNED_FIELDS {
                    let names = fields.iter().enumerate();
                    self.index = Some(
                        names
                            .map(|(at, (name, _))| (name.as_ref().into(), at))
                            .collect(),
                    );
                }
            }
        }
    }
}

/// The fields of a [`Record`] in order, each with its name ([`Record::iter`]).
#[derive(Clone, Debug)]
pub struct Fields<'a>(std::slice::Iter<'a, (Cow<'static, str>, Wire)>);

impl<'a> Iterator for Fields<'a> {
    type Item = (&'a str, &'a Wire);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(name, value)| (&**name, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl Wire {
    /// The wire form of a JSON value, as given (a field passed through unchanged).
    pub fn from_value(value: Value) -> Wire {
        match value {
            Value::Null => Wire::Null,
            Value::Bool(flag) => Wire::Bool(flag),
            Value::Number(number) => Wire::Number(number),
            Value::String(text) => Wire::Text(text),
            Value::Array(items) => Wire::List(items.into_iter().map(Wire::from_value).collect()),
            Value::Object(map) => Wire::Record(Record {
                fields: map
                    .into_iter()
                    .map(|(name, value)| (Cow::Owned(name), Wire::from_value(value)))
                    .collect(),
            }),
        }
    }

    /// The JSON value of this wire form.
    pub fn into_value(self) -> Value {
        match self {
            Wire::Null => Value::Null,
            Wire::Bool(flag) => Value::Bool(flag),
            Wire::Number(number) => Value::Number(number),
            Wire::Text(text) => Value::String(text),
            Wire::List(items) => Value::Array(items.into_iter().map(Wire::into_value).collect()),
            Wire::Record(record) => Value::Object(record.into_map()),
        }
    }

    /// The JSON value of this wire form, copied.
    pub fn to_value(&self) -> Value {
        self.clone().into_value()
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Wire::Null)
    }

    /// The text, when this is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Wire::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The items, when this is a list.
    pub fn as_array(&self) -> Option<&[Wire]> {
        match self {
            Wire::List(items) => Some(items),
            _ => None,
        }
    }

    /// The record, when this is an object.
    pub fn as_record(&self) -> Option<&Record> {
        match self {
            Wire::Record(record) => Some(record),
            _ => None,
        }
    }

    /// The field `name`, when this is an object that has it.
    pub fn get(&self, name: &str) -> Option<&Wire> {
        self.as_record()?.get(name)
    }

    /// An integer (not a float) that fits in a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Wire::Number(number) => number.as_u64(),
            _ => None,
        }
    }

    /// An integer from a number or a string of digits, as [`crate::schema::integer`] reads it.
    pub fn integer(&self) -> Option<i64> {
        match self {
            Wire::Number(number) => crate::schema::number_integer(number),
            Wire::Text(text) => crate::schema::text_integer(text),
            _ => None,
        }
    }

    /// A scalar's text as it goes into a URL: text as it is, anything else as its JSON.
    pub fn scalar_text(&self) -> String {
        match self {
            Wire::Text(text) => text.clone(),
            other => other.to_json_text(),
        }
    }

    /// This value's JSON text (see [`Wire::write_json`]).
    pub fn to_json_text(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends this value's JSON text to `out` (what `serde_json::to_string`
    /// writes for [`Wire::into_value`]).
    pub fn write_json(&self, out: &mut String) {
        match self {
            Wire::Null => out.push_str("null"),
            Wire::Bool(true) => out.push_str("true"),
            Wire::Bool(false) => out.push_str("false"),
            Wire::Number(number) => {
                write!(out, "{number}").expect("writing to a String cannot fail");
            }
            Wire::Text(text) => write_json_text(text, out),
            Wire::List(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Wire::Record(record) => record.write_json(out),
        }
    }
}

/// Appends `text` as a JSON string: quoted, with `"`, `\` and the control
/// characters escaped as `serde_json` escapes them, everything else as it is.
/// Text with nothing to escape (nearly all) is found so eight bytes at a time
/// and copied whole.
fn write_json_text(text: &str, out: &mut String) {
    out.reserve(text.len() + 2);
    out.push('"');
    if has_escapes(text.as_bytes()) {
        write_escaped(text, out);
    } else {
        out.push_str(text);
    }
    out.push('"');
}

/// True when `bytes` hold a control character, `"` or `\`.
fn has_escapes(bytes: &[u8]) -> bool {
    if bytes.len() < 8 {
        return bytes.iter().any(|&byte| escaped(byte));
    }
    let word_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    // Whole words, then the last eight bytes (overlapping the words before).
    (0..bytes.len() / 8).any(|word| needs_escape(word_at(word * 8)))
        || needs_escape(word_at(bytes.len() - 8))
}

/// `text`'s characters, escaped where they must be.
fn write_escaped(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (index, &byte) in text.as_bytes().iter().enumerate() {
        if !escaped(byte) {
            continue;
        }
        out.push_str(&text[start..index]);
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0xf)]));
            }
        }
        start = index + 1;
    }
    out.push_str(&text[start..]);
}

/// True for a byte JSON text must escape.
fn escaped(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// True when one of the eight bytes of `word` is a control character, `"` or
/// `\` (bytes at or above 0x80, parts of longer characters, never are).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below = |word: u64, bound: u64| word.wrapping_sub(ONES * bound) & !word & HIGHS;
    let zero = |word: u64| below(word, 1);
    below(word, 0x20)
        | zero(word ^ (ONES * u64::from(b'"')))
        | zero(word ^ (ONES * u64::from(b'\\')))
        != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn a_built_record_keeps_first_places_and_last_values_narrow_or_wide() {
        for width in [3, SCANNED_FIELDS + 40] {
            let mut built = RecordBuilder::default();
            let mut map = Map::new();
            for round in 0..3_i64 {
                for at in 0..width {
                    let name = format!("k{at}");
                    let value = Wire::Number((round * 1000 + at as i64).into());
                    if at % 3 == 0 {
                        built.insert_absent(name.clone(), value.clone());
                        map.entry(name).or_insert(value.into_value());
                    } else {
                        built.insert(name.clone(), value.clone());
                        map.insert(name, value.into_value());
                    }
                }
            }
            assert_eq!(built.len(), width);
            let record = Wire::Record(built.finish());
            assert_eq!(record.to_json_text(), Value::Object(map).to_string());
        }
    }

    #[test]
    fn a_record_keeps_its_order_and_finds_its_fields() {
        let mut record = Record::with_capacity(2);
        record.push("b", Wire::Text("2".into()));
        record.push(String::from("a"), Wire::Number(1.into()));
        assert_eq!(record.get("a"), Some(&Wire::Number(1.into())));
        assert!(record.get("c").is_none());
        let mut text = String::new();
        record.write_json(&mut text);
        assert_eq!(text, r#"{"b":"2","a":1}"#);
        assert_eq!(record.remove("b"), Some(Wire::Text("2".into())));
        assert!(!record.contains_key("b"));
    }

    #[test]
    fn control_characters_are_escaped_as_serde_json_escapes_them() {
        let text: String = (0u8..0x80).map(char::from).collect::<String>() + "ığü€😀";
        let wire = Wire::Text(text.clone());
        let mut written = String::new();
        wire.write_json(&mut written);
        assert_eq!(written, serde_json::to_string(&text).unwrap());
    }

    #[test]
    fn a_character_to_escape_is_found_at_every_place_of_short_and_long_text() {
        for special in ['"', '\\', '\n', '\u{1f}', '\u{0}'] {
            for (length, at) in (1..=20).flat_map(|length| (0..length).map(move |at| (length, at)))
            {
                let mut text: String = "abcdefghijklmnopqrst"[..length].into();
                text.replace_range(at..=at, &special.to_string());
                let mut written = String::new();
                Wire::Text(text.clone()).write_json(&mut written);
                assert_eq!(written, serde_json::to_string(&text).unwrap(), "{text:?}");
            }
        }
    }

    fn json_values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|entries| Value::Object(entries.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn written_text_is_what_serde_json_writes(value in json_values()) {
            let wire = Wire::from_value(value.clone());
            let mut written = String::new();
            wire.write_json(&mut written);
            prop_assert_eq!(&written, &serde_json::to_string(&value).unwrap());
            prop_assert_eq!(wire.into_value(), value);
        }
    }
}
