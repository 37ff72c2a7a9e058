//! Conversion between Python values and the JSON values the core speaks.
//!
//! Python → JSON: as [`PyGiven`] reads a Python value (configs, snapshots, responses; an
//! operation's parameters go to the core without this copy, see `Session.start`). JSON →
//! Python: the natural types, and `decimal.Decimal` where the core's result shape
//! ([`Shape`]) says money, or a decimal quantity with a fraction.

use kopru_core::ops::{Leaf, Shape};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyModule, PyString, PyType};
use serde_json::{Map, Number, Value};

use crate::errors::{conversion_error, to_py_err};
use crate::given::{KeyNames, PyGiven};
use bumpalo::Bump;
use kopru_core::given::json_of;
use kopru_core::wire::{Fields, Wire};

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Converts a Python value into JSON for the core (as [`PyGiven`] reads it), reporting the
/// path of a value that does not convert (for example `list[0].price`) as a `ValidationError`.
pub fn py_to_json(value: &Bound<'_, PyAny>) -> PyResult<Value> {
    py_to_json_at(value, "")
}

/// [`py_to_json`] for a value passed as the argument `root`: the path of a value that does not
/// convert starts with it (`snapshot.products[0].SalePrice`).
pub fn py_to_json_at(value: &Bound<'_, PyAny>, root: &str) -> PyResult<Value> {
    json_of(
        &PyGiven::new(value.clone(), &KeyNames::new(&Bump::new())),
        root,
    )
    .map_err(|unfit| conversion_error(value.py(), &unfit.path, &unfit.why))
}

/// Operation parameters: `None` means no parameters (an empty object).
pub fn params_to_json(params: Option<&Bound<'_, PyAny>>) -> PyResult<Value> {
    match params {
        Some(params) if !params.is_none() => py_to_json(params),
        _ => Ok(Value::Object(Map::new())),
    }
}

/// The operation name: a `str` (valid Unicode), else a `ConfigError`, as for an unknown
/// operation.
pub fn op_name(op: &Bound<'_, PyAny>) -> PyResult<String> {
    let py = op.py();
    let refuse = |message: String| to_py_err(py, &kopru_core::Error::config(message));
    let Ok(text) = op.cast::<PyString>() else {
        let type_name = op.get_type().name()?.to_string();
        return Err(refuse(format!(
            "the operation name must be a str, got {type_name}"
        )));
    };
    text.to_cow()
        .map(|name| name.into_owned())
        .map_err(|_| refuse("the operation name is not valid Unicode".to_string()))
}

/// Converts JSON into plain Python values (no `Decimal`): requests, states, error fields.
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    build(py, value, Shape::Plain)
}

/// Converts a result into Python values by the core's `shape` of it (`Shape::of_result(op)`):
/// money strings become `decimal.Decimal`, decimal quantities with a fraction too. The
/// result is a `Value` (the sync runner's) or a call's result in its wire form.
pub fn result_to_py<'py, T: Tree>(
    py: Python<'py>,
    value: &T,
    shape: Shape,
) -> PyResult<Bound<'py, PyAny>> {
    build(py, value, shape)
}

/// A JSON tree the conversion reads: a `serde_json::Value` or a result's [`Wire`] form.
pub trait Tree: Sized {
    /// The fields of an object, in order.
    type Fields<'a>: Iterator<Item = (&'a str, &'a Self)>
    where
        Self: 'a;

    /// What this node is.
    fn node(&self) -> Node<'_, Self>;
}

/// One node of a [`Tree`].
pub enum Node<'a, T: Tree + 'a> {
    /// JSON `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(&'a Number),
    /// Text.
    Text(&'a str),
    /// A list.
    List(&'a [T]),
    /// An object's fields, in order.
    Object(T::Fields<'a>),
}

impl Tree for Value {
    type Fields<'a> = std::iter::Map<
        serde_json::map::Iter<'a>,
        fn((&'a String, &'a Value)) -> (&'a str, &'a Value),
    >;

    fn node(&self) -> Node<'_, Value> {
        match self {
            Value::Null => Node::Null,
            Value::Bool(flag) => Node::Bool(*flag),
            Value::Number(number) => Node::Number(number),
            Value::String(text) => Node::Text(text),
            Value::Array(items) => Node::List(items),
            Value::Object(object) => Node::Object(object.iter().map(named_field as _)),
        }
    }
}

/// A field of a JSON object, its name as `&str`.
fn named_field<'a>((key, item): (&'a String, &'a Value)) -> (&'a str, &'a Value) {
    (key, item)
}

impl Tree for Wire {
    type Fields<'a> = Fields<'a>;

    fn node(&self) -> Node<'_, Wire> {
        match self {
            Wire::Null => Node::Null,
            Wire::Bool(flag) => Node::Bool(*flag),
            Wire::Number(number) => Node::Number(number),
            Wire::Text(text) => Node::Text(text),
            Wire::List(items) => Node::List(items),
            Wire::Record(record) => Node::Object(record.iter()),
        }
    }
}

/// Builds the Python value of `value` with Python's cyclic garbage collector paused: a
/// result is a tree (it holds no cycles), and building a large one (a plan of 33,600
/// variants) otherwise sets off collections that walk it again and again, a fifth of the
/// conversion's time (`python python/bench.py`). No Python code runs while it is built.
fn build<'py, T: Tree>(py: Python<'py>, value: &T, shape: Shape) -> PyResult<Bound<'py, PyAny>> {
    let _paused = GcPause::start(py)?;
    build_tree(py, value, shape)
}

/// Python's garbage collector, paused until this is dropped (however the build ends),
/// and then resumed only when it was running before.
struct GcPause<'py> {
    resume: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn start(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { resume: None });
        }
        gc.call_method0("disable")?;
        Ok(GcPause { resume: Some(gc) })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.resume {
            // Enabling the collector cannot fail; there is nothing to report if it did.
            let _ = gc.call_method0("enable");
        }
    }
}

fn build_tree<'py, T: Tree>(
    py: Python<'py>,
    value: &T,
    shape: Shape,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value.node() {
        Node::Null => py.None().into_bound(py),
        Node::Bool(flag) => PyBool::new(py, flag).to_owned().into_any(),
        Node::Number(number) => match shape.leaf() {
            Leaf::Decimal if number.is_f64() => decimal_or_text(py, &number.to_string())?,
            _ => number_to_py(py, number)?,
        },
        Node::Text(text) => match shape.leaf() {
            Leaf::Money => decimal_or_text(py, text)?,
            _ => PyString::new(py, text).into_any(),
        },
        Node::List(items) => {
            let list = PyList::empty(py);
            let item_shape = shape.item();
            for item in items {
                list.append(build_tree(py, item, item_shape)?)?;
            }
            list.into_any()
        }
        Node::Object(fields) => {
            let dict = PyDict::new(py);
            for (key, item) in fields {
                dict.set_item(key, build_tree(py, item, shape.field(key))?)?;
            }
            dict.into_any()
        }
    })
}

fn number_to_py<'py>(py: Python<'py>, number: &Number) -> PyResult<Bound<'py, PyAny>> {
    if let Some(signed) = number.as_i64() {
        return Ok(signed.into_pyobject(py)?.into_any());
    }
    if let Some(unsigned) = number.as_u64() {
        return Ok(unsigned.into_pyobject(py)?.into_any());
    }
    let float = number.as_f64().unwrap_or(f64::NAN);
    Ok(PyFloat::new(py, float).into_any())
}

/// A money string as `decimal.Decimal`; text that is not a decimal number stays text.
fn decimal_or_text<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let decimal = DECIMAL.import(py, "decimal", "Decimal")?;
    match decimal.call1((text,)) {
        Ok(amount) => Ok(amount),
        Err(_) => Ok(PyString::new(py, text).into_any()),
    }
}
