//! Parameters as a caller gives them, read in place: the validator walks a
//! [`Given`] — a `serde_json::Value`, or a binding's own objects (Python's
//! `dict`, `list`, `Decimal`…) — and builds only the checked wire form, so a
//! binding never copies its caller's values into a `Value` first.

use crate::schema::{push_child, MAX_DEPTH};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::fmt::Write;

/// A value given by a caller, seen one level at a time.
pub trait Given: Sized {
    /// What this value is.
    fn seen(&self) -> Seen<'_, Self>;

    /// True for `null` (Python's `None`), without looking any further.
    fn is_null(&self) -> bool;

    /// The path of the first object or array nested deeper than [`MAX_DEPTH`],
    /// when finding it costs no copy (a `Value`); `None` otherwise, where the
    /// walk itself is bounded (checking follows the schema, [`json_of`] stops at
    /// the bound).
    fn too_deep(&self) -> Option<String> {
        None
    }

    /// The JSON of this value (a field passed through unchanged); an [`Unfit`]
    /// whose path starts at this value for the first part with no JSON form.
    fn to_json(&self) -> Result<Value, Unfit> {
        json_of(self, "")
    }
}

/// One level of a [`Given`] value.
pub enum Seen<'a, G> {
    /// JSON `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// Text (dates, decimals and bytes of a binding's own types arrive as their text).
    Text(Cow<'a, str>),
    /// A list of values.
    List(Vec<G>),
    /// An object: its keys and values, in order.
    Object(Vec<(Cow<'a, str>, G)>),
    /// A value with no JSON form, and why (`NaN and infinity are not numbers in JSON`).
    Unfit(String),
}

/// Where a given value has no JSON form, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unfit {
    /// The path of the value (`list[0].price`), from the root of the walk.
    pub path: String,
    /// Why it has no JSON form.
    pub why: String,
}

impl Unfit {
    /// Its path under the path `at` of the value the walk started from.
    pub fn under(&self, at: &str) -> String {
        if self.path.is_empty() {
            at.to_string()
        } else if at.is_empty() || self.path.starts_with('[') {
            format!("{at}{}", self.path)
        } else {
            format!("{at}.{}", self.path)
        }
    }
}

impl<'v> Given for &'v Value {
    fn is_null(&self) -> bool {
        Value::is_null(self)
    }

    fn to_json(&self) -> Result<Value, Unfit> {
        Ok((*self).clone())
    }

    fn too_deep(&self) -> Option<String> {
        crate::schema::too_deep(self, MAX_DEPTH)
    }

    fn seen(&self) -> Seen<'_, &'v Value> {
        match self {
            Value::Null => Seen::Null,
            Value::Bool(flag) => Seen::Bool(*flag),
            Value::Number(number) => Seen::Number(number.clone()),
            Value::String(text) => Seen::Text(Cow::Borrowed(text)),
            Value::Array(items) => Seen::List(items.iter().collect()),
            Value::Object(map) => Seen::Object(
                map.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), v))
                    .collect(),
            ),
        }
    }
}

/// The JSON of a given value, whose path starts at `path`, walked level by
/// level; an [`Unfit`] for the first part with no JSON form, or for nesting
/// deeper than [`MAX_DEPTH`].
pub fn json_of<G: Given>(value: &G, path: &str) -> Result<Value, Unfit> {
    let mut path = path.to_string();
    json_at(value, &mut path, 1)
}

fn json_at<G: Given>(value: &G, path: &mut String, depth: usize) -> Result<Value, Unfit> {
    let unfit = |path: &str, why: String| Unfit {
        path: path.to_string(),
        why,
    };
    let nested = |seen: &Seen<'_, G>| matches!(seen, Seen::List(_) | Seen::Object(_));
    let seen = value.seen();
    if nested(&seen) && depth > MAX_DEPTH {
        return Err(unfit(
            path,
            format!("nested deeper than {MAX_DEPTH} levels"),
        ));
    }
    Ok(match seen {
        Seen::Null => Value::Null,
        Seen::Bool(flag) => Value::Bool(flag),
        Seen::Number(number) => Value::Number(number),
        Seen::Text(text) => Value::String(text.into_owned()),
        Seen::Unfit(why) => return Err(unfit(path, why)),
        Seen::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                let length = path.len();
                write!(path, "[{index}]").expect("writing to a String cannot fail");
                out.push(json_at(item, path, depth + 1)?);
                path.truncate(length);
            }
            Value::Array(out)
        }
        Seen::Object(entries) => {
            let mut out = Map::with_capacity(entries.len());
            for (key, item) in entries {
                let length = path.len();
                push_child(path, &key);
                out.insert(key.into_owned(), json_at(&item, path, depth + 1)?);
                path.truncate(length);
            }
            Value::Object(out)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_value_is_its_own_json() {
        let value = json!({"a": [1, "x", null, true, {"b.c": 2.5}]});
        assert_eq!(json_of(&&value, ""), Ok(value.clone()));
        assert_eq!((&value).to_json(), Ok(value.clone()));
    }

    #[test]
    fn an_unfit_path_joins_the_path_it_sits_under() {
        let unfit = |path: &str| Unfit {
            path: path.into(),
            why: String::new(),
        };
        assert_eq!(unfit("").under("list[0]"), "list[0]");
        assert_eq!(unfit("[1].a").under("tags"), "tags[1].a");
        assert_eq!(unfit("a").under("note"), "note.a");
        assert_eq!(unfit("a").under(""), "a");
    }

    #[test]
    fn nesting_deeper_than_the_bound_is_unfit_with_its_path() {
        let mut deep = json!(1);
        for _ in 0..=MAX_DEPTH {
            deep = json!({"a": deep});
        }
        let unfit = json_of(&&deep, "params").unwrap_err();
        assert!(unfit.why.contains("deeper than 64"), "{unfit:?}");
        assert!(unfit.path.starts_with("params.a.a."), "{unfit:?}");
        let mut shallow = json!(1);
        for _ in 0..MAX_DEPTH {
            shallow = json!([shallow]);
        }
        assert!(json_of(&&shallow, "").is_ok());
    }
}
