//! Typing a page while it is parsed: a serde [`DeserializeSeed`] walks the
//! body together with the result schema, so each scalar is typed as it is
//! read (digit text straight to an integer, money text straight to its
//! dot-decimal form) and no parsed tree is walked a second time. The rules
//! are [`Typer`]'s own: each scalar goes through the same typing as a walked one.
//!
//! The page comes out in its [`Wire`] form: each record is its fields in the
//! order sent, a field the schema (or the service's key lists) names under
//! the schema's own `'static` name — its key is never copied — and any other
//! under the key as sent (borrowed from the text while it is read, copied only
//! for such a field). A key sent twice keeps its first place and its last
//! value, as a `serde_json::Map` keeps them.

use super::{field_index, lookup_named, typed_text, At, FieldIndex, Step, Typer};
use crate::ops::NO_FIELDS;
use crate::schema::{Schema, Type};
use crate::wire::{RecordBuilder, Wire};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

/// Key renames applied to each record of a page before its fields are typed
/// (`variatios` → `variations`); a key already present under the new name wins.
pub(crate) type Renames = &'static [(&'static str, &'static str)];

/// Where a value sits, which says how it is typed.
#[derive(Clone, Copy)]
enum Place {
    /// A page body: the first of `keys` present (or a bare list) holds the records.
    Page(&'static Schema, &'static [&'static str], Renames),
    /// A list of records of the schema.
    Records(&'static Schema, Renames),
    /// One record of the schema.
    Record(&'static Schema, Renames),
    /// A value of one declared type.
    Of(&'static Type),
    /// A value no schema describes: nested records are read by the fallback.
    Loose,
}

impl Typer<'_> {
    /// Parses a page body and types its records by `schema` in one pass: the
    /// records are under the first of `keys` the body has (or the body is the
    /// bare list); warnings name them `items[i]`. Other keys come as sent.
    pub fn read_page(
        &mut self,
        text: &str,
        schema: &'static Schema,
        keys: &'static [&'static str],
        renames: Renames,
    ) -> Result<Wire, serde_json::Error> {
        let at = At {
            parent: None,
            step: Step::Root("items"),
        };
        let mut reader = serde_json::Deserializer::from_str(text);
        let value = Seed {
            typer: self,
            place: Place::Page(schema, keys, renames),
            at: &at,
            depth: 0,
        }
        .deserialize(&mut reader)?;
        reader.end()?;
        Ok(value)
    }
}

/// How many nesting depths [`Shapes`] remembers.
const RECORD_DEPTHS: usize = 8;

/// The last record read at each depth of a body: records at one depth share
/// a shape (the same keys, in the same order), so the next one's map is
/// sized by it and its keys are typed by comparing names, not hashing them.
#[derive(Default)]
pub(super) struct Shapes {
    sizes: [usize; RECORD_DEPTHS],
    keys: [Vec<Option<KnownKey>>; RECORD_DEPTHS],
    indexes: [Option<SchemaAndIndex>; RECORD_DEPTHS],
}

/// The most fields a record's map is sized for before its keys are read: a
/// hint sizes records like the one before, never a deep chain of open
/// objects after one wide record (each would hold the wide one's room).
const MAX_SIZE_HINT: usize = 64;

impl Shapes {
    /// The room to make in the map of a record at `depth`: the last record's
    /// field count there (none below the depths remembered), at most [`MAX_SIZE_HINT`].
    pub(super) fn size_hint(&self, depth: usize) -> usize {
        self.sizes
            .get(depth)
            .map_or(0, |size| (*size).min(MAX_SIZE_HINT))
    }

    /// Remembers that a record at `depth` had `size` fields.
    pub(super) fn record_size(&mut self, depth: usize, size: usize) {
        if let Some(slot) = self.sizes.get_mut(depth) {
            *slot = size;
        }
    }
}

/// A schema and its field index, as found for the last record at a depth.
type SchemaAndIndex = (&'static Schema, Option<&'static FieldIndex>);

/// A key typed in the last record at a depth, at the same position.
#[derive(Clone, Copy)]
struct KnownKey {
    schema: &'static Schema,
    name: &'static str,
    ty: &'static Type,
}

impl Typer<'_> {
    /// The field index of `schema`, for a record at depth `slot`: the last
    /// record's there when it had the same schema.
    fn index_at(&mut self, schema: &'static Schema, slot: usize) -> Option<&'static FieldIndex> {
        match self.shapes.indexes[slot] {
            Some((last, index)) if std::ptr::eq(last, schema) => index,
            _ => {
                let index = field_index(schema);
                self.shapes.indexes[slot] = Some((schema, index));
                index
            }
        }
    }

    /// The type of the `position`-th key `name` of a record of `schema` at
    /// depth `slot`, with the name as the schema (or key list) spells it: the
    /// last record's answer when it had the same key there.
    pub(super) fn type_at(
        &mut self,
        schema: &'static Schema,
        index: Option<&'static FieldIndex>,
        name: &str,
        slot: usize,
        position: usize,
    ) -> Option<(&'static str, &'static Type)> {
        let known = &mut self.shapes.keys[slot];
        if let Some(Some(key)) = known.get(position) {
            if std::ptr::eq(key.schema, schema) && key.name == name {
                return Some((key.name, key.ty));
            }
        }
        let found = lookup_named(schema, index, self.fallback, name);
        let entry = found.map(|(name, ty)| KnownKey { schema, name, ty });
        match known.get_mut(position) {
            Some(slot) => *slot = entry,
            None => {
                known.resize(position, None);
                known.push(entry);
            }
        }
        found
    }
}

/// One value to read at `place`, its path `at`.
struct Seed<'t, 'k, 'a> {
    typer: &'t mut Typer<'k>,
    place: Place,
    at: &'a At<'a>,
    /// How deep in the body the value is (the body is 0).
    depth: usize,
}

impl Seed<'_, '_, '_> {
    /// A scalar (or a value read as sent where a scalar was declared), typed
    /// by [`Typer`]'s walk (the rare path: text that does not fit, numbers).
    fn typed(self, mut value: Value) -> Wire {
        match self.place {
            Place::Of(ty) => self.typer.value(&mut value, ty, self.at),
            Place::Record(schema, _) => self.typer.record(&mut value, schema, self.at),
            Place::Page(..) | Place::Records(..) | Place::Loose => {}
        }
        Wire::from_value(value)
    }

    /// The fields of a record of `schema`, each typed as it is read.
    fn fields<'de, A: MapAccess<'de>>(
        self,
        mut map: A,
        schema: &'static Schema,
        renames: Renames,
    ) -> Result<Wire, A::Error> {
        let slot = self.depth.min(RECORD_DEPTHS - 1);
        let index = self.typer.index_at(schema, slot);
        let mut record = RecordBuilder::with_capacity(self.typer.shapes.size_hint(self.depth));
        while let Some(KeyText(key)) = map.next_key_seed(KeySeed)? {
            let renamed = renames.iter().find(|(from, _)| *from == key);
            let sent = renamed.map_or(&*key, |(_, to)| to);
            let typed = self.typer.type_at(schema, index, sent, slot, record.len());
            let value = map.next_value_seed(Seed {
                typer: &mut *self.typer,
                place: typed.map_or(Place::Loose, |(_, ty)| Place::Of(ty)),
                at: &self.at.key(sent),
                depth: self.depth + 1,
            })?;
            match (renamed, typed) {
                (Some((_, to)), _) => record.insert_absent(*to, value),
                (None, Some((name, _))) => record.insert(name, value),
                (None, None) => record.insert(key.into_owned(), value),
            }
        }
        self.typer.shapes.record_size(self.depth, record.len());
        Ok(Wire::Record(record.finish()))
    }

    /// A page body: the records under any of `keys`, the rest as sent.
    fn page<'de, A: MapAccess<'de>>(
        self,
        mut map: A,
        schema: &'static Schema,
        keys: &'static [&'static str],
        renames: Renames,
    ) -> Result<Wire, A::Error> {
        let mut body = RecordBuilder::default();
        while let Some(KeyText(key)) = map.next_key_seed(KeySeed)? {
            match keys.iter().find(|listed| **listed == key) {
                Some(listed) => {
                    let records = map.next_value_seed(Seed {
                        typer: &mut *self.typer,
                        place: Place::Records(schema, renames),
                        at: self.at,
                        depth: self.depth + 1,
                    })?;
                    body.insert(*listed, records);
                }
                None => {
                    let value = Wire::from_value(map.next_value::<Value>()?);
                    body.insert(key.into_owned(), value);
                }
            }
        }
        Ok(Wire::Record(body.finish()))
    }
}

/// A key of a body, borrowed from the text when it has no escapes.
struct KeyText<'de>(Cow<'de, str>);

/// Reads one key as [`KeyText`].
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = KeyText<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<KeyText<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = KeyText<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a key")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, key: &'de str) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Borrowed(key)))
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, key: String) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Owned(key)))
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_, '_, '_> {
    type Value = Wire;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Wire, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_, '_, '_> {
    type Value = Wire;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, flag: bool) -> Result<Wire, E> {
        Ok(self.typed(Value::Bool(flag)))
    }

    fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<Wire, E> {
        Ok(self.typed(Value::from(number)))
    }

    fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<Wire, E> {
        Ok(self.typed(Value::from(number)))
    }

    fn visit_f64<E: serde::de::Error>(self, number: f64) -> Result<Wire, E> {
        Ok(self.typed(serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Wire, E> {
        if let Place::Of(ty) = self.place {
            if let Some(value) = read_fitting(text, ty) {
                return Ok(value);
            }
        }
        Ok(self.typed(Value::String(text.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Wire, E> {
        if let Place::Of(ty) = self.place {
            if let Some(value) = read_fitting(&text, ty) {
                return Ok(value);
            }
        }
        Ok(self.typed(Value::String(text)))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Wire, E> {
        Ok(Wire::Null)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Wire, E> {
        Ok(Wire::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Wire, A::Error> {
        let item = match self.place {
            Place::Of(Type::List { item, .. }) => Some(Place::Of(item)),
            Place::Page(schema, _, renames) | Place::Records(schema, renames) => {
                Some(Place::Record(schema, renames))
            }
            Place::Of(Type::Any) | Place::Loose => Some(Place::Loose),
            Place::Of(_) | Place::Record(..) => None,
        };
        match item {
            Some(place) => {
                let mut items = Vec::new();
                while let Some(value) = seq.next_element_seed(Seed {
                    typer: &mut *self.typer,
                    place,
                    at: &self.at.index(items.len()),
                    depth: self.depth + 1,
                })? {
                    items.push(value);
                }
                Ok(Wire::List(items))
            }
            None => {
                let mut items = Vec::new();
                while let Some(value) = seq.next_element::<Value>()? {
                    items.push(value);
                }
                Ok(self.typed(Value::Array(items)))
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Wire, A::Error> {
        match self.place {
            Place::Page(schema, keys, renames) => self.page(map, schema, keys, renames),
            Place::Record(schema, renames) => self.fields(map, schema, renames),
            Place::Of(Type::Object(schema)) => self.fields(map, schema, &[]),
            Place::Of(Type::Any) | Place::Loose => self.fields(map, &NO_FIELDS, &[]),
            Place::Of(_) | Place::Records(..) => {
                let mut object = Map::new();
                while let Some((key, value)) = map.next_entry::<String, Value>()? {
                    object.insert(key, value);
                }
                Ok(self.typed(Value::Object(object)))
            }
        }
    }
}

/// Non-empty text that fits its declared scalar type, typed without a copy
/// of the text first; `None` leaves it to [`Typer`]'s rules (and warnings).
fn read_fitting(text: &str, ty: &Type) -> Option<Wire> {
    match ty {
        Type::Text { .. } | Type::Code if !text.is_empty() => Some(Wire::Text(text.to_owned())),
        _ => typed_text(text, ty).map(Wire::from_value),
    }
}
