//! A config dict as JSON: anything in it that does not convert (a surrogate in
//! `state_file`, an int beyond 64 bits, a non-str key) is a `ConfigError`, like
//! every other config problem, not a `ValidationError` of parameters.

use pyo3::prelude::*;

use crate::convert::py_to_json;
use crate::errors::{to_py_err, ValidationError};

/// Converts a config (or a session state: `what` names it) for the core.
pub fn config_to_json(value: &Bound<'_, PyAny>, what: &str) -> PyResult<serde_json::Value> {
    let py = value.py();
    py_to_json(value).map_err(|error| {
        if !error.is_instance_of::<ValidationError>(py) {
            return error;
        }
        let detail = error
            .value(py)
            .getattr("message")
            .and_then(|m| m.extract::<String>())
            .unwrap_or_else(|_| "a value does not convert".to_string());
        let detail = detail
            .strip_prefix("invalid parameters: ")
            .unwrap_or(&detail)
            .to_string();
        to_py_err(
            py,
            &kopru_core::Error::config(format!("the {what} cannot be read: {detail}")),
        )
    })
}
