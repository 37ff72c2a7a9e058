//! Conversion between Python values and the JSON values the core speaks.
//!
//! Python → JSON: `dict` (string keys), `list`/`tuple`, `str`, `int` (must fit in 64 bits),
//! `bool`, `None`, `float` (a JSON number; the core reads it by its shortest representation),
//! `decimal.Decimal` (its plain decimal string, which the core accepts for money),
//! `datetime.date` (its ISO form) and `bytes`/`bytearray` (base64 text, as the vendors expect
//! for binary fields). JSON → Python: the natural types, and `decimal.Decimal` where the
//! core's result shape ([`Shape`]) says money, or a decimal quantity with a fraction.

use kopru_core::ops::{Leaf, Shape};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyModule, PyString, PyTuple,
    PyType,
};
use serde_json::{Map, Number, Value};
use std::fmt::Write;

use crate::errors::{conversion_error, to_py_err};

/// How deep parameters may nest; deeper values (or a list that contains itself) are refused
/// instead of exhausting the stack.
const MAX_DEPTH: usize = 64;

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Converts a Python value into JSON for the core, reporting the path of a value that does
/// not convert (for example `list[0].price`) as a `ValidationError`.
pub fn py_to_json(value: &Bound<'_, PyAny>) -> PyResult<Value> {
    let mut path = String::new();
    convert_in(value, &mut path, 0)
}

/// [`py_to_json`] for a value passed as the argument `root`: the path of a value that does not
/// convert starts with it (`snapshot.products[0].SalePrice`).
pub fn py_to_json_at(value: &Bound<'_, PyAny>, root: &str) -> PyResult<Value> {
    let mut path = root.to_string();
    convert_in(value, &mut path, 0)
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

fn convert_in(value: &Bound<'_, PyAny>, path: &mut String, depth: usize) -> PyResult<Value> {
    let py = value.py();
    if depth > MAX_DEPTH {
        return Err(conversion_error(
            py,
            path,
            &format!("nested deeper than {MAX_DEPTH} levels"),
        ));
    }
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(flag) = value.cast::<PyBool>() {
        return Ok(Value::Bool(flag.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        return int_to_json(value, path);
    }
    if let Ok(float) = value.cast::<PyFloat>() {
        return Number::from_f64(float.value())
            .map(Value::Number)
            .ok_or_else(|| conversion_error(py, path, "NaN and infinity are not numbers in JSON"));
    }
    if let Ok(text) = value.cast::<PyString>() {
        return text
            .to_cow()
            .map(|s| Value::String(s.into_owned()))
            .map_err(|_| conversion_error(py, path, "the text is not valid Unicode"));
    }
    if let Ok(dict) = value.cast::<PyDict>() {
        let mut object = Map::with_capacity(dict.len());
        for (key, item) in dict.iter() {
            let Ok(key) = key.cast::<PyString>() else {
                return Err(conversion_error(py, path, "object keys must be strings"));
            };
            let key = key
                .to_cow()
                .map_err(|_| conversion_error(py, path, "an object key is not valid Unicode"))?
                .into_owned();
            let length = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&key);
            let converted = convert_in(&item, path, depth + 1)?;
            path.truncate(length);
            object.insert(key, converted);
        }
        return Ok(Value::Object(object));
    }
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        let mut array = Vec::new();
        for (index, item) in value.try_iter()?.enumerate() {
            let length = path.len();
            write!(path, "[{index}]").expect("writing to a String cannot fail");
            let converted = convert_in(&item?, path, depth + 1)?;
            path.truncate(length);
            array.push(converted);
        }
        return Ok(Value::Array(array));
    }
    if value.is_instance(DECIMAL.import(py, "decimal", "Decimal")?)? {
        return decimal_text(value).map(Value::String);
    }
    if value.is_instance(DATE.import(py, "datetime", "date")?)? {
        let text: String = value.call_method0("isoformat")?.extract()?;
        return Ok(Value::String(text));
    }
    if value.is_instance_of::<PyBytes>() || value.is_instance_of::<PyByteArray>() {
        let encoded = py
            .import("base64")?
            .call_method1("b64encode", (value,))?
            .call_method1("decode", ("ascii",))?;
        return Ok(Value::String(encoded.extract()?));
    }
    let type_name = value.get_type().name()?.to_string();
    Err(conversion_error(
        py,
        path,
        &format!("values of type {type_name} cannot be sent"),
    ))
}

/// A `Decimal`'s plain decimal text: `str()` (Python's fast path), or its `f` format
/// when `str()` chose exponent notation (`Decimal("1E+2")` → `"100"`, `Decimal("1E-7")`
/// → `"0.0000001"`).
fn decimal_text(value: &Bound<'_, PyAny>) -> PyResult<String> {
    let text = value.str()?.to_cow()?.into_owned();
    if text.contains(['E', 'e']) {
        return value.call_method1("__format__", ("f",))?.extract();
    }
    Ok(text)
}

fn int_to_json(value: &Bound<'_, PyAny>, path: &str) -> PyResult<Value> {
    if let Ok(signed) = value.extract::<i64>() {
        return Ok(Value::from(signed));
    }
    if let Ok(unsigned) = value.extract::<u64>() {
        return Ok(Value::from(unsigned));
    }
    Err(conversion_error(
        value.py(),
        path,
        "the integer does not fit in 64 bits",
    ))
}

/// Converts JSON into plain Python values (no `Decimal`): requests, states, error fields.
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    build(py, value, Shape::Plain)
}

/// Converts a result into Python values by the core's `shape` of it (`Shape::of_result(op)`):
/// money strings become `decimal.Decimal`, decimal quantities with a fraction too.
pub fn result_to_py<'py>(
    py: Python<'py>,
    value: &Value,
    shape: Shape,
) -> PyResult<Bound<'py, PyAny>> {
    build(py, value, shape)
}

/// Builds the Python value of `value` with Python's cyclic garbage collector paused: a
/// result is a tree (it holds no cycles), and building a large one (a plan of 33,600
/// variants) otherwise sets off collections that walk it again and again, a fifth of the
/// conversion's time (`python python/bench.py`). No Python code runs while it is built.
fn build<'py>(py: Python<'py>, value: &Value, shape: Shape) -> PyResult<Bound<'py, PyAny>> {
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

fn build_tree<'py>(py: Python<'py>, value: &Value, shape: Shape) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(flag) => PyBool::new(py, *flag).to_owned().into_any(),
        Value::Number(number) => match shape.leaf() {
            Leaf::Decimal if number.is_f64() => decimal_or_text(py, &number.to_string())?,
            _ => number_to_py(py, number)?,
        },
        Value::String(text) => match shape.leaf() {
            Leaf::Money => decimal_or_text(py, text)?,
            _ => PyString::new(py, text).into_any(),
        },
        Value::Array(items) => {
            let list = PyList::empty(py);
            let item_shape = shape.item();
            for item in items {
                list.append(build_tree(py, item, item_shape)?)?;
            }
            list.into_any()
        }
        Value::Object(object) => {
            let dict = PyDict::new(py);
            for (key, item) in object {
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
