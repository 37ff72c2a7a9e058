//! `kopru.Session`: the sans-IO session for callers that run their own HTTP.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyString};

use kopru_core::{HttpResponse, Step};

use crate::client::shape_of;
use crate::convert::{json_to_py, op_name, params_to_json, py_to_json, result_to_py};
use crate::errors::{conversion_error, to_py_err};
use kopru_core::ops::Shape;

/// The sans-IO session: it says which request to send and reads the response, holding the
/// tokens and quota counters in between. It does no I/O and reads no clock: `now_ms` (Unix
/// time in milliseconds) comes from the caller.
#[pyclass(module = "kopru")]
pub struct Session {
    inner: kopru_core::Session,
    /// The shape of the result of the operation last started.
    shape: Shape,
}

#[pymethods]
impl Session {
    /// Makes a session from a config dict and, optionally, a state from `export_state()`.
    #[new]
    #[pyo3(signature = (config, state=None))]
    fn new(
        py: Python<'_>,
        config: &Bound<'_, PyAny>,
        state: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let config = py_to_json(config)?;
        let state = state.map(py_to_json).transpose()?;
        let inner = kopru_core::Session::from_json(&config, state.as_ref())
            .map_err(|error| to_py_err(py, &error))?;
        Ok(Self {
            inner,
            shape: Shape::Plain,
        })
    }

    /// Starts an operation: `{"send": request, "after_ms": n?}`, or `{"done": result}` when no
    /// request is needed.
    #[pyo3(signature = (op, params, now_ms))]
    fn start<'py>(
        &mut self,
        py: Python<'py>,
        op: &Bound<'py, PyAny>,
        params: Option<&Bound<'py, PyAny>>,
        now_ms: u64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let op = op_name(op)?;
        let params = params_to_json(params)?;
        self.shape = shape_of(&op);
        let step = self
            .inner
            .start(&op, &params, now_ms)
            .map_err(|error| to_py_err(py, &error))?;
        step_to_py(py, &step, self.shape)
    }

    /// Hands the response to the last request back: the next request to send, or the result.
    fn receive<'py>(
        &mut self,
        py: Python<'py>,
        response: &Bound<'py, PyAny>,
        now_ms: u64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let response = response_from_py(response)?;
        let step = self
            .inner
            .receive(&response, now_ms)
            .map_err(|error| to_py_err(py, &error))?;
        step_to_py(py, &step, self.shape)
    }

    /// Tells the session the last request got no response (connection error or timeout): the
    /// answer is a retry step, or a `TransportError` is raised.
    fn transport_failed<'py>(
        &mut self,
        py: Python<'py>,
        message: &str,
        timed_out: bool,
        now_ms: u64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let step = self
            .inner
            .transport_failed(message, timed_out, now_ms)
            .map_err(|error| to_py_err(py, &error))?;
        step_to_py(py, &step, self.shape)
    }

    /// The tokens and quota counters as a dict (secret-bearing: store it safely), to resume
    /// with `Session(config, state)` or `Client(config, state=...)`.
    fn export_state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.inner.export_state())
    }

    /// `Session(service='…')`: never the credentials or tokens.
    fn __repr__(&self) -> String {
        format!("Session(service='{}')", self.inner.config().service.name())
    }
}

fn step_to_py<'py>(py: Python<'py>, step: &Step, shape: Shape) -> PyResult<Bound<'py, PyAny>> {
    match step {
        Step::Done(result) => {
            let dict = PyDict::new(py);
            dict.set_item("done", result_to_py(py, result, shape)?)?;
            Ok(dict.into_any())
        }
        Step::Send { .. } => json_to_py(py, &step.to_json()),
    }
}

/// Reads `{"status": int, "headers": [[name, value], ...] | {name: value}, "body": str | bytes}`.
fn response_from_py(response: &Bound<'_, PyAny>) -> PyResult<HttpResponse> {
    let py = response.py();
    let Ok(dict) = response.cast::<PyDict>() else {
        return Err(conversion_error(
            py,
            "",
            "the response must be a dict with status, headers and body",
        ));
    };
    let status = match dict.get_item("status")? {
        Some(status) if status.is_instance_of::<PyBool>() => {
            return Err(conversion_error(
                py,
                "status",
                "must be an HTTP status code",
            ))
        }
        Some(status) => status
            .extract::<u16>()
            .map_err(|_| conversion_error(py, "status", "must be an HTTP status code"))?,
        None => return Err(conversion_error(py, "status", "is missing")),
    };
    let headers = match dict.get_item("headers")? {
        None => Vec::new(),
        Some(headers) if headers.is_none() => Vec::new(),
        Some(headers) => headers_from_py(&headers)?,
    };
    let body = match dict.get_item("body")? {
        None => String::new(),
        Some(body) if body.is_none() => String::new(),
        Some(body) => {
            if let Ok(bytes) = body.cast::<PyBytes>() {
                String::from_utf8(bytes.as_bytes().to_vec())
                    .map_err(|_| conversion_error(py, "body", "is not UTF-8 text"))?
            } else if let Ok(text) = body.cast::<PyString>() {
                text.to_cow()
                    .map_err(|_| conversion_error(py, "body", "is not valid Unicode"))?
                    .into_owned()
            } else {
                return Err(conversion_error(py, "body", "must be str or bytes"));
            }
        }
    };
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

fn headers_from_py(headers: &Bound<'_, PyAny>) -> PyResult<Vec<(String, String)>> {
    let py = headers.py();
    let pairs = match headers.cast::<PyDict>() {
        Ok(dict) => dict.items().into_any(),
        Err(_) => headers.clone(),
    };
    let iterator = pairs.try_iter().map_err(|_| {
        conversion_error(
            py,
            "headers",
            "must be a list of [name, value] pairs or a dict",
        )
    })?;
    let mut result = Vec::new();
    for (index, pair) in iterator.enumerate() {
        let pair: Vec<String> = pair?.extract().map_err(|_| {
            conversion_error(
                py,
                &format!("headers[{index}]"),
                "must be a [name, value] pair of str",
            )
        })?;
        let [name, value] = <[String; 2]>::try_from(pair).map_err(|_| {
            conversion_error(
                py,
                &format!("headers[{index}]"),
                "must be a [name, value] pair of str",
            )
        })?;
        result.push((name, value));
    }
    Ok(result)
}
