//! Python values as the core reads them in place ([`Given`]): the one place that says
//! what a Python value is in JSON. `dict` (string keys), `list`/`tuple`, `str`, `int` (must
//! fit in 64 bits), `bool`, `None`, `float` (a JSON number; the core reads it by its
//! shortest representation), `decimal.Decimal` (its plain decimal text, which the core
//! accepts for money), `datetime.date` (its ISO form) and `bytes`/`bytearray` (base64 text,
//! as the vendors expect for binary fields); anything else has no JSON form.

use bumpalo::Bump;
use kopru_core::given::{Given, Seen};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType,
};
use serde_json::Number;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// A Python value given to the core, read with the key names of one walk.
pub struct PyGiven<'k, 'a, 'py> {
    value: Bound<'py, PyAny>,
    keys: &'k KeyNames<'a, 'py>,
}

impl<'k, 'a, 'py> PyGiven<'k, 'a, 'py> {
    /// `value`, whose `dict` keys are read through `keys`.
    pub fn new(value: Bound<'py, PyAny>, keys: &'k KeyNames<'a, 'py>) -> Self {
        PyGiven { value, keys }
    }
}

impl<'k, 'a, 'py> Given for PyGiven<'k, 'a, 'py> {
    fn is_null(&self) -> bool {
        self.value.is_none()
    }

    fn seen(&self) -> Seen<'_, PyGiven<'k, 'a, 'py>> {
        seen(&self.value, self.keys).unwrap_or_else(|error| Seen::Unfit(error.to_string()))
    }
}

/// The text of each `dict` key met in one walk, by the key object: a hundred
/// records share their key objects (literal keys are one object each), and
/// reading a `str` costs a `bytes` copy under the abi3 floor of CPython 3.9,
/// so each key object is read once, into `texts` (which outlives the walk),
/// and lent to the core from there, never copied again. The key objects are
/// held for the walk, so an address names one object while it is cached.
pub struct KeyNames<'a, 'py> {
    texts: &'a Bump,
    read: RefCell<ByAddress<(Bound<'py, PyString>, &'a str)>>,
}

/// Values by an object's address.
type ByAddress<V> = HashMap<usize, V, BuildHasherDefault<AddressHash>>;

impl<'a, 'py> KeyNames<'a, 'py> {
    /// Key names kept in `texts`.
    pub fn new(texts: &'a Bump) -> Self {
        KeyNames {
            texts,
            read: RefCell::default(),
        }
    }

    /// The text of `key`, read once per key object; `None` when it is no valid Unicode.
    fn text(&self, key: &Bound<'py, PyString>) -> Option<&'a str> {
        let address = key.as_ptr() as usize;
        if let Some((_, text)) = self.read.borrow().get(&address) {
            return Some(text);
        }
        let text: &'a str = self.texts.alloc_str(&key.to_cow().ok()?);
        self.read.borrow_mut().insert(address, (key.clone(), text));
        Some(text)
    }
}

/// Hashes an object address: drops the alignment bits and spreads the rest.
#[derive(Default)]
struct AddressHash(u64);

impl Hasher for AddressHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 << 8 | u64::from(*byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, address: usize) {
        self.0 = ((address as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

fn seen<'v, 'k, 'a, 'py>(
    value: &'v Bound<'py, PyAny>,
    keys: &'k KeyNames<'a, 'py>,
) -> PyResult<Seen<'v, PyGiven<'k, 'a, 'py>>>
where
    'a: 'v,
{
    let py = value.py();
    // Most given values are text, then records and lists: checked first.
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(match text.to_cow() {
            Ok(text) => Seen::Text(Cow::Owned(text.into_owned())),
            Err(_) => Seen::Unfit("the text is not valid Unicode".into()),
        });
    }
    if let Ok(dict) = value.cast::<PyDict>() {
        let mut entries = Vec::with_capacity(dict.len());
        for (key, item) in dict.iter() {
            let Ok(key) = key.cast::<PyString>() else {
                return Ok(Seen::Unfit("object keys must be strings".into()));
            };
            let Some(key) = keys.text(key) else {
                return Ok(Seen::Unfit("an object key is not valid Unicode".into()));
            };
            entries.push((Cow::Borrowed(key), PyGiven::new(item, keys)));
        }
        return Ok(Seen::Object(entries));
    }
    // A list itself is read by index; a subclass of list, like a tuple, by its own iterator.
    if let Ok(list) = value.cast_exact::<PyList>() {
        return Ok(Seen::List(
            list.iter().map(|item| PyGiven::new(item, keys)).collect(),
        ));
    }
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        let items = value
            .try_iter()?
            .map(|item| item.map(|item| PyGiven::new(item, keys)))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(Seen::List(items));
    }
    if value.is_none() {
        return Ok(Seen::Null);
    }
    if let Ok(flag) = value.cast::<PyBool>() {
        return Ok(Seen::Bool(flag.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        return Ok(int_number(value).map_or_else(
            || Seen::Unfit("the integer does not fit in 64 bits".into()),
            Seen::Number,
        ));
    }
    if let Ok(float) = value.cast::<PyFloat>() {
        return Ok(Number::from_f64(float.value()).map_or_else(
            || Seen::Unfit("NaN and infinity are not numbers in JSON".into()),
            Seen::Number,
        ));
    }
    if value.is_instance(DECIMAL.import(py, "decimal", "Decimal")?)? {
        return decimal_text(value).map(|text| Seen::Text(Cow::Owned(text)));
    }
    if value.is_instance(DATE.import(py, "datetime", "date")?)? {
        let text: String = value.call_method0("isoformat")?.extract()?;
        return Ok(Seen::Text(Cow::Owned(text)));
    }
    if value.is_instance_of::<PyBytes>() || value.is_instance_of::<PyByteArray>() {
        let encoded: String = py
            .import("base64")?
            .call_method1("b64encode", (value,))?
            .call_method1("decode", ("ascii",))?
            .extract()?;
        return Ok(Seen::Text(Cow::Owned(encoded)));
    }
    let type_name = value.get_type().name()?.to_string();
    Ok(Seen::Unfit(format!(
        "values of type {type_name} cannot be sent"
    )))
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

/// An `int` as a JSON number, when it fits in 64 bits (signed or not).
fn int_number(value: &Bound<'_, PyAny>) -> Option<Number> {
    if let Ok(signed) = value.extract::<i64>() {
        return Some(Number::from(signed));
    }
    value.extract::<u64>().ok().map(Number::from)
}
