//! The exception hierarchy of the `kopru` package and the mapping of core errors onto it.
//!
//! Every exception carries the fields of the core error's JSON form as attributes
//! (`kind`, `message`, `errors`, `status`, `vendor_code`, `body`, `retry_after_ms`, `path`,
//! `code`),
//! so Python code never parses messages. The message never contains secrets: it is the
//! core's own message, which the core keeps free of them.

use kopru_core::ErrorKind;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyList;
use pyo3::{create_exception, PyTypeInfo};
use serde_json::{json, Value};

use crate::convert::json_to_py;

create_exception!(
    kopru,
    KopruError,
    PyException,
    "Base class of every error kopru raises; `kind` tells which one."
);
create_exception!(
    kopru,
    ValidationError,
    KopruError,
    "The parameters or the data did not pass validation; `errors` lists every problem with its path. Nothing was sent."
);
create_exception!(
    kopru,
    ApiError,
    KopruError,
    "The service answered with an error: `status`, `vendor_code` and `body` tell what it said."
);
create_exception!(
    kopru,
    AuthError,
    KopruError,
    "Logging in failed or the service refused the credentials."
);
create_exception!(
    kopru,
    RateLimitedError,
    KopruError,
    "A quota was reached; `retry_after_ms` tells when to try again when it is known."
);
create_exception!(
    kopru,
    TransportError,
    KopruError,
    "No answer came: the connection failed, timed out or TLS failed."
);
create_exception!(
    kopru,
    DecodeError,
    KopruError,
    "The answer did not have the documented shape; `path` names the field that did not fit."
);
create_exception!(
    kopru,
    ConfigError,
    KopruError,
    "The configuration is not usable (unknown service, missing credentials, plain http to a remote host, ...)."
);

create_exception!(
    kopru,
    GuardedError,
    KopruError,
    "A sync run's plan broke the guard against mass changes; nothing was sent. `plan_id` accepts exactly this plan (`accept_plan`), `limits` names the limits broken with their figures, `items` the first changes (`items_total` counts them)."
);

/// The attributes a `GuardedError` adds.
const GUARDED_ATTRIBUTES: [&str; 4] = ["plan_id", "limits", "items", "items_total"];

create_exception!(
    kopru,
    LockedError,
    ConfigError,
    "Another sync run holds the state file's lock; `lock_file` names it and `holder_pid` the holding process (None when unknown). Nothing was read or sent."
);

/// The optional attributes every kopru exception carries besides `kind`, `message` and `errors`.
const ATTRIBUTES: [&str; 6] = [
    "status",
    "vendor_code",
    "body",
    "retry_after_ms",
    "path",
    "code",
];

/// Turns a core error into the matching Python exception.
pub fn to_py_err(py: Python<'_>, error: &kopru_core::Error) -> PyErr {
    from_error_json(py, error.kind(), &error.to_json())
}

/// Builds a `ValidationError` for a problem found while converting Python values, in the
/// same shape the core gives its own validation errors.
pub fn conversion_error(py: Python<'_>, path: &str, message: &str) -> PyErr {
    let shown = if path.is_empty() { "(root)" } else { path };
    from_error_json(
        py,
        ErrorKind::Validation,
        &json!({
            "kind": ErrorKind::Validation.as_str(),
            "code": ErrorKind::Validation.code(),
            "message": format!("invalid parameters: {shown}: {message}"),
            "errors": [{"path": path, "message": message}],
        }),
    )
}

/// A `LockedError` (kind `locked`) for a sync run stopped by another run's lock on its state file.
pub fn locked_error(py: Python<'_>, busy: &kopru_blocking::Busy) -> PyErr {
    let message = format!("another sync run is going on: {busy}");
    let err = LockedError::new_err(message.clone());
    let error = json!({"message": message, "code": ErrorKind::Config.code()});
    let lock_file = busy.lock_file.to_string_lossy().into_owned();
    let attributes = set_attributes(py, &err, "locked", &message, &error).and_then(|()| {
        let value = err.value(py);
        value.setattr("lock_file", lock_file)?;
        value.setattr("holder_pid", busy.holder)
    });
    match attributes {
        Ok(()) => err,
        Err(failure) => failure,
    }
}

/// Makes the exception of the class for `kind`, with the fields of the error's JSON form
/// (`{"kind", "message", "errors"?, ...}`) as attributes.
fn from_error_json(py: Python<'_>, kind: ErrorKind, error: &Value) -> PyErr {
    let message = error
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or(kind.as_str())
        .to_owned();
    let err = match kind {
        ErrorKind::Validation => ValidationError::new_err(message.clone()),
        ErrorKind::Api => ApiError::new_err(message.clone()),
        ErrorKind::Auth => AuthError::new_err(message.clone()),
        ErrorKind::RateLimited => RateLimitedError::new_err(message.clone()),
        ErrorKind::Transport => TransportError::new_err(message.clone()),
        ErrorKind::Decode => DecodeError::new_err(message.clone()),
        ErrorKind::Config => ConfigError::new_err(message.clone()),
        ErrorKind::Guarded => GuardedError::new_err(message.clone()),
    };
    if let Err(failure) = set_attributes(py, &err, kind.as_str(), &message, error) {
        return failure;
    }
    err
}

/// Sets the documented attributes on the exception instance; absent fields become `None`
/// (and `errors` an empty list).
fn set_attributes(
    py: Python<'_>,
    err: &PyErr,
    kind: &str,
    message: &str,
    error: &Value,
) -> PyResult<()> {
    let value = err.value(py);
    value.setattr("kind", kind)?;
    value.setattr("message", message)?;
    let errors = match error.get("errors") {
        Some(list @ Value::Array(_)) => json_to_py(py, list)?,
        _ => PyList::empty(py).into_any(),
    };
    value.setattr("errors", errors)?;
    let guarded = match kind == ErrorKind::Guarded.as_str() {
        true => &GUARDED_ATTRIBUTES[..],
        false => &[],
    };
    for name in ATTRIBUTES.iter().chain(guarded) {
        match error.get(*name) {
            Some(field) => value.setattr(name, json_to_py(py, field)?)?,
            None => value.setattr(name, py.None())?,
        }
    }
    Ok(())
}

/// Adds the exception classes to the extension module.
pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add("KopruError", KopruError::type_object(py))?;
    module.add("ValidationError", ValidationError::type_object(py))?;
    module.add("ApiError", ApiError::type_object(py))?;
    module.add("AuthError", AuthError::type_object(py))?;
    module.add("RateLimitedError", RateLimitedError::type_object(py))?;
    module.add("TransportError", TransportError::type_object(py))?;
    module.add("DecodeError", DecodeError::type_object(py))?;
    module.add("ConfigError", ConfigError::type_object(py))?;
    module.add("GuardedError", GuardedError::type_object(py))?;
    module.add("LockedError", LockedError::type_object(py))?;
    Ok(())
}
