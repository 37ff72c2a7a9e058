//! Parameter schemas: the vendors' field rules as data, checked and normalised
//! in one pass.
//!
//! A [`Schema`] lists an object's fields with their [`Type`]s; validating
//! collects *every* problem with its path (`list[3].variations[0].barcode:
//! required`) and produces the wire form the vendor expects (money in its
//! format, dates in its format, defaults filled in). The operation table points
//! at one schema per operation, so request building, validation, docs and
//! stubs read the same rules.

use crate::dates::Date;
use crate::error::{Error, FieldError};
use crate::given::{Given, Seen};
use crate::messages::{Expected, Problem};
use crate::money::Money;
use crate::money_text::is_dot_form;
use crate::wire::{Record, Wire};
use serde_json::{Number, Value};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write;

/// How money travels to a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyWire {
    /// A decimal string with a dot: `"12.90"` (Entegra).
    Dot,
    /// A decimal comma and exactly two decimals: `"10,50"` (Tedbul).
    Comma,
}

/// How a date travels to a service. Callers always may give ISO `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWire {
    /// `YYYY-MM-DD`.
    Iso,
    /// `DD.MM.YYYY` (Entegra order dates); `DD.MM.YYYY` input is accepted too.
    DayFirstDots,
}

/// A text for people in the operation table (a summary, an example, a field's
/// doc): `text` with the `docs` feature, empty without it, so that a build which
/// never describes operations (the WebAssembly modules) carries none of them.
pub const fn doc(text: &'static str) -> &'static str {
    if cfg!(feature = "docs") {
        text
    } else {
        ""
    }
}

/// The type of one field.
#[derive(Debug)]
pub enum Type {
    /// A string, optionally at most `max_len` characters.
    Text {
        /// The longest allowed length in characters.
        max_len: Option<usize>,
    },
    /// A code sent as a string; integers are accepted and turned into text
    /// (phone numbers, post codes, product codes).
    Code,
    /// An integer (a string of digits is accepted), within bounds.
    Int {
        /// The smallest allowed value.
        min: Option<i64>,
        /// The largest allowed value.
        max: Option<i64>,
    },
    /// One integer out of a fixed set (`true`/`false` count as 1/0 when the set is {0, 1}).
    Choice(&'static [i64]),
    /// A non-negative money amount.
    Money(MoneyWire),
    /// A decimal quantity (a weight, a desi, an ERP `Qty1`): a number, or
    /// decimal text, travelling as a JSON number.
    Decimal,
    /// A calendar date.
    Date(DateWire),
    /// A list of items of one type, with a length range.
    List {
        /// The item type.
        item: &'static Type,
        /// The fewest items.
        min: usize,
        /// The most items.
        max: Option<usize>,
    },
    /// A nested object.
    Object(&'static Schema),
    /// Anything JSON, passed through unchanged.
    Any,
}

/// A default filled in when a field is absent.
#[derive(Clone, Copy, Debug)]
pub enum DefaultValue {
    /// A text default, e.g. `"+"`.
    Text(&'static str),
    /// An integer default.
    Int(i64),
}

/// One field of an object.
#[derive(Debug)]
pub struct Field {
    /// The vendor's own field name.
    pub name: &'static str,
    /// Its type.
    pub ty: Type,
    /// Whether it must be present.
    pub required: bool,
    /// What is filled in when it is absent.
    pub default: Option<DefaultValue>,
    /// What the field means, for docs and stubs.
    pub doc: &'static str,
}

impl Field {
    /// A required field.
    pub const fn required(name: &'static str, ty: Type, doc: &'static str) -> Field {
        Field {
            name,
            ty,
            required: true,
            default: None,
            doc: self::doc(doc),
        }
    }

    /// An optional field.
    pub const fn optional(name: &'static str, ty: Type, doc: &'static str) -> Field {
        Field {
            name,
            ty,
            required: false,
            default: None,
            doc: self::doc(doc),
        }
    }

    /// An optional field with a default.
    pub const fn defaulted(
        name: &'static str,
        ty: Type,
        default: DefaultValue,
        doc: &'static str,
    ) -> Field {
        Field {
            name,
            ty,
            required: false,
            default: Some(default),
            doc: self::doc(doc),
        }
    }
}

/// A rule across several fields of one (already normalised) object. Rules run
/// even when a field failed (its value is then `null`), so every problem shows at once.
pub type Rule = fn(&Record, &str, &mut Problems);

/// The fields of an object and the rules across them.
#[derive(Debug)]
pub struct Schema {
    /// The known fields.
    pub fields: &'static [Field],
    /// True: unknown fields pass through unchanged (the vendor has more than we list).
    pub open: bool,
    /// Rules across fields.
    pub rules: &'static [Rule],
}

/// Shorthand for common types.
impl Type {
    /// Any string.
    pub const TEXT: Type = Type::Text { max_len: None };
    /// Any integer.
    pub const INT: Type = Type::Int {
        min: None,
        max: None,
    };
    /// A non-negative integer.
    pub const COUNT: Type = Type::Int {
        min: Some(0),
        max: None,
    };
    /// A page number, from 1 to [`MAX_PAGE`] (so that page arithmetic cannot overflow).
    pub const PAGE: Type = Type::Int {
        min: Some(1),
        max: Some(MAX_PAGE),
    };
}

/// The highest page number a list operation accepts (2³¹ − 1, what the vendors'
/// own page parameters hold).
pub const MAX_PAGE: i64 = i32::MAX as i64;

/// How deep parameters, configs and states may nest. Deeper values are refused
/// before anything walks them recursively (cloning, serialising, dropping a
/// copy), so a hostile value cannot exhaust the stack. Every vendor document
/// nests less than 8 levels.
pub const MAX_DEPTH: usize = 64;

/// The children of one object or array, walked without recursion.
enum Children<'a> {
    Object(serde_json::map::Iter<'a>),
    Array(std::iter::Enumerate<std::slice::Iter<'a, Value>>),
}

/// Where a child sits in its parent: rendered into a path only when needed.
#[derive(Clone, Copy)]
enum Segment<'a> {
    /// The root (no segment).
    Root,
    /// A key of an object.
    Key(&'a str),
    /// An index of an array.
    Index(usize),
}

impl Segment<'_> {
    fn render(self) -> String {
        match self {
            Segment::Root => String::new(),
            Segment::Key(key) => format!(".{key}"),
            Segment::Index(index) => format!("[{index}]"),
        }
    }
}

impl<'a> Children<'a> {
    fn of(value: &'a Value) -> Option<Children<'a>> {
        match value {
            Value::Object(map) => Some(Children::Object(map.iter())),
            Value::Array(items) => Some(Children::Array(items.iter().enumerate())),
            _ => None,
        }
    }

    /// The next child and where it sits.
    fn next(&mut self) -> Option<(Segment<'a>, &'a Value)> {
        match self {
            Children::Object(iter) => iter.next().map(|(k, v)| (Segment::Key(k), v)),
            Children::Array(iter) => iter.next().map(|(i, v)| (Segment::Index(i), v)),
        }
    }
}

/// The path of the first object or array that nests deeper than `max_depth`
/// (the top level is depth 1), or `None` when `value` is within the bound.
/// Iterative: the walk itself uses at most `max_depth` frames of heap, no stack.
pub fn too_deep(value: &Value, max_depth: usize) -> Option<String> {
    let mut stack: Vec<(Segment<'_>, Children<'_>)> = Vec::new();
    if let Some(children) = Children::of(value) {
        stack.push((Segment::Root, children));
    }
    while let Some((_, children)) = stack.last_mut() {
        let Some((segment, child)) = children.next() else {
            stack.pop();
            continue;
        };
        if let Some(grandchildren) = Children::of(child) {
            if stack.len() >= max_depth {
                let path: String = stack
                    .iter()
                    .map(|(s, _)| *s)
                    .chain([segment])
                    .map(Segment::render)
                    .collect();
                return Some(path.trim_start_matches('.').to_string());
            }
            stack.push((segment, grandchildren));
        }
    }
    None
}

/// A `config` error when `value` (a config or a session state, named by
/// `what`) nests deeper than [`MAX_DEPTH`].
pub fn refuse_deep(value: &Value, what: &str) -> Result<(), Error> {
    match too_deep(value, MAX_DEPTH) {
        Some(path) => Err(Error::config(format!(
            "{what} nests deeper than {MAX_DEPTH} levels (at {path})"
        ))),
        None => Ok(()),
    }
}

/// Every problem found so far, each with its path.
#[derive(Debug, Default)]
pub struct Problems {
    errors: Vec<FieldError>,
    /// The first given value with no JSON form: when there is one, it is the
    /// only problem reported (the parameters cannot be read as JSON at all).
    unfit: Option<Box<FieldError>>,
}

impl Problems {
    /// Records that the value at `path` has no JSON form (`why`); the first such
    /// value is kept.
    pub fn unfit(&mut self, path: &str, why: String) {
        if self.unfit.is_none() {
            self.unfit = Some(Box::new(FieldError::new(path, Problem::from(why))));
        }
    }

    /// Records a problem at `path` (a bare text becomes an `invalid` problem).
    pub fn add(&mut self, path: &str, problem: impl Into<Problem>) {
        self.errors.push(FieldError::new(path, problem.into()));
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty() && self.unfit.is_none()
    }

    /// The problems found: the value with no JSON form alone, when there is one.
    pub fn into_errors(self) -> Vec<FieldError> {
        match self.unfit {
            Some(unfit) => vec![*unfit],
            None => self.errors,
        }
    }
}

/// Joins an object path and a field name: `list[0]` + `barcode` → `list[0].barcode`.
/// A name that is empty or holds `.`, `[`, `]` or `"` is quoted
/// (`list[0]["a.b"]`), so every path is non-empty and reads one way only.
pub fn child_path(parent: &str, name: &str) -> String {
    let mut path = String::with_capacity(parent.len() + name.len() + 1);
    path.push_str(parent);
    push_child(&mut path, name);
    path
}

/// Appends the field `name` to `path` in place, as [`child_path`] joins them.
pub fn push_child(path: &mut String, name: &str) {
    let plain = !name.is_empty() && !name.contains(['.', '[', ']', '"']);
    if !plain {
        path.push('[');
        path.push_str(&Value::from(name).to_string());
        path.push(']');
    } else {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(name);
    }
}

/// Checks `value` against `schema` and returns its wire form as JSON; problems go to `problems`.
pub fn check_object(value: &Value, schema: &Schema, path: &str, problems: &mut Problems) -> Value {
    check_given(&value, schema, path, problems).into_value()
}

/// [`check_object`] for any [`Given`] value (a binding's own objects, read in
/// place): the only tree built is the wire form.
pub fn check_given<G: Given>(
    value: &G,
    schema: &Schema,
    path: &str,
    problems: &mut Problems,
) -> Wire {
    match value.seen() {
        Seen::Object(entries) => check_entries(entries, schema, &Spot::Root(path), problems),
        Seen::Unfit(why) => {
            problems.unfit(if path.is_empty() { "params" } else { path }, why);
            Wire::Null
        }
        _ => {
            let at = if path.is_empty() { "params" } else { path };
            problems.add(
                at,
                Problem::WrongType {
                    expected: Expected::Object,
                },
            );
            Wire::Null
        }
    }
}

/// The fields of an object checked against `schema`.
fn check_entries<G: Given>(
    entries: Vec<(Cow<'_, str>, G)>,
    schema: &Schema,
    place: &Spot<'_>,
    problems: &mut Problems,
) -> Wire {
    // One pass over what was given: each key to its field (schemas are short
    // lists, so a scan beats hashing every field name), the rest kept aside.
    let mut given: Vec<Option<G>> = std::iter::repeat_with(|| None)
        .take(schema.fields.len())
        .collect();
    let mut others = Vec::new();
    for (key, value) in entries {
        match schema.fields.iter().position(|f| f.name == key) {
            Some(index) => given[index] = Some(value),
            None => others.push((key, value)),
        }
    }
    let mut out = Record::with_capacity(schema.fields.len() + others.len());
    for (field, given) in schema.fields.iter().zip(given) {
        let at = Spot::Field(place, field.name);
        match given.filter(|given| !given.is_null()) {
            None => {
                if field.required {
                    problems.add(&at.render(), Problem::Required);
                } else if let Some(default) = field.default {
                    out.push(
                        field.name,
                        match default {
                            DefaultValue::Text(t) => Wire::Text(t.to_string()),
                            DefaultValue::Int(i) => Wire::Number(i.into()),
                        },
                    );
                }
            }
            Some(given) => {
                let wire = check_value(&given, &field.ty, &at, problems);
                out.push(field.name, wire);
            }
        }
    }
    for (key, given) in last_of_each_name(others) {
        let at = child_path(&place.render(), &key);
        match given.to_json() {
            Err(unfit) => problems.unfit(&unfit.under(&at), unfit.why),
            Ok(value) if schema.open => {
                out.push(key.into_owned(), Wire::from_value(value));
            }
            Ok(_) => {
                let known = schema.fields.iter().map(|f| f.name).collect();
                problems.add(&at, Problem::UnknownField { known });
            }
        }
    }
    // Rules are pure functions of the record and its path, so each runs first
    // with no path, and only one that finds a fault runs again with the
    // record's path rendered: a valid record renders no path at all.
    let mut path = None;
    for rule in schema.rules {
        let found = problems.errors.len();
        rule(&out, "", problems);
        if problems.errors.len() > found {
            problems.errors.truncate(found);
            let path = path.get_or_insert_with(|| place.render());
            rule(&out, path, problems);
        }
    }
    Wire::Record(out)
}

/// `entries` with only the last of each name kept, in time linear in their
/// number: a caller's mapping may name one key twice (a Python `str` subclass
/// with its own equality), and a JSON object keeps the last value given for a name.
fn last_of_each_name<'a, G>(mut entries: Vec<(Cow<'a, str>, G)>) -> Vec<(Cow<'a, str>, G)> {
    if entries.len() < 2 {
        return entries;
    }
    let keep: Vec<bool> = {
        let mut seen = HashSet::with_capacity(entries.len());
        let mut keep: Vec<bool> = entries
            .iter()
            .rev()
            .map(|(name, _)| seen.insert(name.as_ref()))
            .collect();
        keep.reverse();
        keep
    };
    let mut kept = keep.into_iter();
    entries.retain(|_| kept.next().unwrap_or(true));
    entries
}

/// Where a checked value sits; its path is rendered only when a problem or a
/// record's rules (which take its path) need it.
#[derive(Clone, Copy)]
enum Spot<'a> {
    /// The record at the path given to [`check_given`].
    Root(&'a str),
    /// The field `name` of the record at `parent`.
    Field(&'a Spot<'a>, &'a str),
    /// Item `index` of the list at `list`.
    Item(&'a Spot<'a>, usize),
}

impl Spot<'_> {
    fn render(&self) -> String {
        let mut path = String::new();
        self.render_into(&mut path);
        path
    }

    fn render_into(&self, path: &mut String) {
        match self {
            Spot::Root(root) => path.push_str(root),
            Spot::Field(parent, name) => {
                parent.render_into(path);
                push_child(path, name);
            }
            Spot::Item(list, index) => {
                list.render_into(path);
                write!(path, "[{index}]").expect("writing to a String cannot fail");
            }
        }
    }
}

fn check_value<G: Given>(value: &G, ty: &Type, at: &Spot<'_>, problems: &mut Problems) -> Wire {
    let seen = value.seen();
    if let Seen::Unfit(why) = seen {
        problems.unfit(&at.render(), why);
        return Wire::Null;
    }
    let wrong_type = |problems: &mut Problems, expected: Expected| {
        problems.add(&at.render(), Problem::WrongType { expected });
        Wire::Null
    };
    match ty {
        Type::Text { max_len } => match seen {
            Seen::Text(text) => {
                if let Some(max) = max_len {
                    let length = text.chars().count();
                    if length > *max {
                        problems.add(
                            &at.render(),
                            Problem::TooLong {
                                max: *max,
                                got: length,
                            },
                        );
                    }
                }
                Wire::Text(text.into_owned())
            }
            _ => wrong_type(problems, Expected::String),
        },
        Type::Code => match seen {
            Seen::Text(text) => Wire::Text(text.into_owned()),
            Seen::Number(n) if n.is_i64() || n.is_u64() => Wire::Text(n.to_string()),
            _ => wrong_type(problems, Expected::Code),
        },
        Type::Int { min, max } => match seen_integer(&seen) {
            Some(i) => {
                if let Some(min) = min.filter(|m| i < *m) {
                    problems.add(&at.render(), Problem::TooSmall { min });
                }
                if let Some(max) = max.filter(|m| i > *m) {
                    problems.add(&at.render(), Problem::TooLarge { max });
                }
                Wire::Number(i.into())
            }
            None => wrong_type(problems, Expected::Integer),
        },
        Type::Choice(allowed) => {
            let as_int = match &seen {
                Seen::Bool(b) if allowed == &[0, 1] => Some(i64::from(*b)),
                other => seen_integer(other),
            };
            match as_int.filter(|i| allowed.contains(i)) {
                Some(i) => Wire::Number(i.into()),
                None => {
                    let allowed = allowed.iter().map(|i| Value::from(*i)).collect();
                    problems.add(&at.render(), Problem::NotOneOf { allowed });
                    Wire::Null
                }
            }
        }
        Type::Money(wire) => {
            // Text already in the dot form is that form's wire text: kept, not parsed and printed.
            let seen = match (wire, seen) {
                (MoneyWire::Dot, Seen::Text(text)) if is_dot_form(&text) => {
                    return Wire::Text(text.into_owned())
                }
                (_, seen) => seen,
            };
            match seen_amount(&seen) {
                Ok(money) if money.is_negative() => {
                    problems.add(&at.render(), Problem::NegativeMoney);
                    Wire::Null
                }
                Ok(money) => match (wire, money.with_max_scale(2)) {
                    (MoneyWire::Dot, _) => Wire::Text(money.to_dot_string()),
                    (MoneyWire::Comma, Some(cents)) => Wire::Text(cents.to_tedbul_string()),
                    (MoneyWire::Comma, None) => {
                        problems.add(&at.render(), Problem::TooManyDecimals { max: 2 });
                        Wire::Null
                    }
                },
                Err(reason) => {
                    problems.add(&at.render(), Problem::BadMoney { reason });
                    Wire::Null
                }
            }
        }
        Type::Decimal => match seen_amount(&seen) {
            Ok(amount) => Wire::from_value(crate::money_text::quantity_number(&amount)),
            Err(message) => {
                problems.add(&at.render(), message);
                Wire::Null
            }
        },
        Type::Date(wire) => {
            let parsed = match &seen {
                Seen::Text(s) => match wire {
                    DateWire::Iso => Date::parse_iso(s),
                    DateWire::DayFirstDots => {
                        Date::parse_iso(s).or_else(|| Date::parse_day_first(s))
                    }
                },
                _ => None,
            };
            match (parsed, wire) {
                (Some(date), DateWire::Iso) => Wire::Text(date.to_iso()),
                (Some(date), DateWire::DayFirstDots) => Wire::Text(date.to_day_first_dots()),
                (None, DateWire::Iso) => {
                    problems.add(
                        &at.render(),
                        Problem::BadDate {
                            formats: &["YYYY-MM-DD"],
                        },
                    );
                    Wire::Null
                }
                (None, DateWire::DayFirstDots) => {
                    problems.add(
                        &at.render(),
                        Problem::BadDate {
                            formats: &["YYYY-MM-DD", "DD.MM.YYYY"],
                        },
                    );
                    Wire::Null
                }
            }
        }
        Type::List { item, min, max } => match seen {
            Seen::List(items) => {
                if items.len() < *min {
                    problems.add(&at.render(), Problem::TooFewItems { min: *min });
                }
                if let Some(max) = max.filter(|m| items.len() > *m) {
                    problems.add(
                        &at.render(),
                        Problem::TooManyItems {
                            max,
                            got: items.len(),
                        },
                    );
                }
                Wire::List(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| check_value(v, item, &Spot::Item(at, i), problems))
                        .collect(),
                )
            }
            _ => wrong_type(problems, Expected::List),
        },
        Type::Object(schema) => match seen {
            Seen::Object(entries) => check_entries(entries, schema, at, problems),
            _ => wrong_type(problems, Expected::Object),
        },
        Type::Any => match value.to_json() {
            Ok(json) => Wire::from_value(json),
            Err(unfit) => {
                problems.unfit(&unfit.under(&at.render()), unfit.why);
                Wire::Null
            }
        },
    }
}

/// An amount from a given number or decimal text, as [`Money::from_json`] reads it.
fn seen_amount<G>(seen: &Seen<'_, G>) -> Result<Money, String> {
    match seen {
        Seen::Text(text) => Money::parse_text(text),
        Seen::Number(number) => Money::from_json(&Value::Number(number.clone())),
        _ => Money::from_json(&Value::Null),
    }
}

/// An integer from a given number or string of digits, as [`integer`] reads it.
fn seen_integer<G>(seen: &Seen<'_, G>) -> Option<i64> {
    match seen {
        Seen::Number(n) => number_integer(n),
        Seen::Text(s) => text_integer(s),
        _ => None,
    }
}

/// An integer from a JSON number or a string of digits.
pub fn integer(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => number_integer(n),
        Value::String(s) => text_integer(s),
        _ => None,
    }
}

/// An integer written as text (`" 42 "`): its digits, around white space.
pub(crate) fn text_integer(text: &str) -> Option<i64> {
    text.trim().parse().ok()
}

/// A whole number (an integer, or a float with no fraction below 9 × 10¹⁵).
pub(crate) fn number_integer(n: &Number) -> Option<i64> {
    n.as_i64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static ITEM: Schema = Schema {
        fields: &[
            Field::required("barcode", Type::TEXT, "barcode"),
            Field::required("quantity", Type::COUNT, "stock"),
            Field::defaulted("prefix", Type::TEXT, DefaultValue::Text("+"), "sign"),
            Field::optional("price", Type::Money(MoneyWire::Comma), "price"),
        ],
        open: false,
        rules: &[],
    };
    static TOP: Schema = Schema {
        fields: &[Field::required(
            "list",
            Type::List {
                item: &Type::Object(&ITEM),
                min: 1,
                max: Some(2),
            },
            "items",
        )],
        open: false,
        rules: &[],
    };

    #[test]
    fn a_name_given_twice_keeps_its_last_value() {
        let named = |pairs: &[(&'static str, i32)]| {
            pairs
                .iter()
                .map(|(name, value)| (Cow::Borrowed(*name), *value))
                .collect::<Vec<_>>()
        };
        let given = named(&[("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]);
        assert_eq!(
            last_of_each_name(given),
            named(&[("a", 3), ("c", 4), ("b", 5)])
        );
        let distinct = named(&[("x", 1), ("y", 2)]);
        assert_eq!(last_of_each_name(distinct.clone()), distinct);
    }

    #[test]
    fn collects_every_problem_with_paths() {
        let mut problems = Problems::default();
        let params = json!({"list": [{"quantity": -1}, {"barcode": 5, "quantity": "x", "zzz": 1}]});
        check_object(&params, &TOP, "", &mut problems);
        let paths: Vec<String> = problems.into_errors().into_iter().map(|e| e.path).collect();
        assert_eq!(
            paths,
            vec![
                "list[0].barcode",
                "list[0].quantity",
                "list[1].barcode",
                "list[1].quantity",
                "list[1].zzz"
            ]
        );
    }

    #[test]
    fn normalises_to_the_wire_form() {
        let mut problems = Problems::default();
        let params = json!({"list": [{"barcode": "b", "quantity": "3", "price": 10.5}]});
        let wire = check_object(&params, &TOP, "", &mut problems);
        assert!(problems.is_empty());
        assert_eq!(
            wire,
            json!({"list": [{"barcode": "b", "quantity": 3, "prefix": "+", "price": "10,50"}]})
        );
    }

    #[test]
    fn depth_is_measured_without_recursion() {
        let mut deep = json!(1);
        for _ in 0..3 {
            deep = json!({"a": [deep]});
        }
        assert_eq!(too_deep(&deep, 6), None);
        assert_eq!(too_deep(&deep, 5).as_deref(), Some("a[0].a[0].a"));
        assert_eq!(
            too_deep(&json!({"x": 1, "y": {"z": {}}}), 1).as_deref(),
            Some("y")
        );
        assert_eq!(too_deep(&json!("text"), 0), None);
        let mut very = Value::Null;
        for _ in 0..100_000 {
            very = Value::Array(vec![very]);
        }
        assert!(too_deep(&very, MAX_DEPTH).is_some());
        let mut stack = vec![very];
        while let Some(mut value) = stack.pop() {
            if let Value::Array(items) = &mut value {
                stack.append(items);
            }
        }
    }

    #[test]
    fn odd_parameter_names_get_quoted_paths() {
        assert_eq!(child_path("", "barcode"), "barcode");
        assert_eq!(child_path("list[0]", "barcode"), "list[0].barcode");
        assert_eq!(child_path("", ""), r#"[""]"#);
        assert_eq!(child_path("list[0]", "a.b"), r#"list[0]["a.b"]"#);
        assert_eq!(child_path("list[0]", "file name"), "list[0].file name");
        let mut problems = Problems::default();
        check_object(&json!({"": 1, "list": []}), &TOP, "", &mut problems);
        let paths: Vec<String> = problems.into_errors().into_iter().map(|e| e.path).collect();
        assert_eq!(paths, vec!["list", r#"[""]"#]);
    }

    #[test]
    fn paths_of_lists_in_lists_name_every_level() {
        static ROW: Type = Type::List {
            item: &Type::INT,
            min: 0,
            max: None,
        };
        static GRID: Schema = Schema {
            fields: &[Field::required(
                "grid",
                Type::List {
                    item: &ROW,
                    min: 0,
                    max: None,
                },
                "rows",
            )],
            open: false,
            rules: &[],
        };
        let mut problems = Problems::default();
        let wire = check_object(
            &json!({"grid": [[1, "2"], ["x", 4, "y"]]}),
            &GRID,
            "",
            &mut problems,
        );
        let paths: Vec<String> = problems.into_errors().into_iter().map(|e| e.path).collect();
        assert_eq!(paths, vec!["grid[1][0]", "grid[1][2]"]);
        assert_eq!(wire, json!({"grid": [[1, 2], [null, 4, null]]}));
    }

    #[test]
    fn list_length_limits() {
        let mut problems = Problems::default();
        let item = json!({"barcode": "b", "quantity": 1});
        check_object(
            &json!({"list": [item, item, item]}),
            &TOP,
            "",
            &mut problems,
        );
        assert_eq!(problems.into_errors()[0].path, "list");
    }
}
