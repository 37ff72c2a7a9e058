//! `kopru.Session`: the sans-IO session for callers that run their own HTTP.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use kopru_core::{HttpRequest, HttpResponse, Step};

use crate::client::shape_of;
use crate::config::config_to_json;
use crate::convert::{json_to_py, op_name, params_to_json, py_to_json, result_to_py};
use crate::errors::{conversion_error, to_py_err};
use crate::given::{KeyNames, PyGiven};
use bumpalo::Bump;
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
    /// The back-off jitter is seeded from `os.urandom`, so sessions in many processes do not
    /// retry in step; pass `seed` (an int) for a reproducible schedule.
    #[new]
    #[pyo3(signature = (config, state=None, *, seed=None))]
    fn new(
        py: Python<'_>,
        config: &Bound<'_, PyAny>,
        state: Option<&Bound<'_, PyAny>>,
        seed: Option<u64>,
    ) -> PyResult<Self> {
        let config = config_to_json(config, "config")?;
        let state = state
            .map(|state| config_to_json(state, "session state"))
            .transpose()?;
        let mut inner = kopru_core::Session::from_json(&config, state.as_ref())
            .map_err(|error| to_py_err(py, &error))?;
        let seed = match seed {
            Some(seed) => seed,
            None => os_seed(py)?,
        };
        inner.seed_jitter(seed);
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
        self.shape = shape_of(&op);
        // The parameters are read in place: checked and turned into the wire form in one
        // walk, never copied into JSON first.
        let key_texts = Bump::new();
        let keys = KeyNames::new(&key_texts);
        let given = PyGiven::new(
            params.map_or_else(|| py.None().into_bound(py), Bound::clone),
            &keys,
        );
        let step = self
            .inner
            .start_given(&op, &given, now_ms)
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

    /// The request `op` would send with `params` (`{"method", "url", "headers", "body"}`),
    /// checked as `start` checks it, with no secret in it: the `Authorization` header shows
    /// `<token after login>` or `***`. Nothing is sent, not even a login.
    #[pyo3(signature = (op, params=None))]
    fn preview<'py>(
        &self,
        py: Python<'py>,
        op: &Bound<'py, PyAny>,
        params: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let op = op_name(op)?;
        let params = params_to_json(params)?;
        let request = self
            .inner
            .preview(&op, &params)
            .map_err(|error| to_py_err(py, &error))?;
        json_to_py(py, &serde_json::json!(request))
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
        Step::Send { request, after_ms } => {
            let dict = PyDict::new(py);
            dict.set_item("send", request_to_py(py, request)?)?;
            if let Some(ms) = after_ms {
                dict.set_item("after_ms", ms)?;
            }
            Ok(dict.into_any())
        }
    }
}

/// The request as `Step::to_json` gives it (`method`, `url`, `headers` as `[name, value]`
/// lists, `body` text or `None`), built straight from its parts: the body is the one large
/// part, and it is copied once, into its Python `str`.
fn request_to_py<'py>(py: Python<'py>, request: &HttpRequest) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("method", &request.method)?;
    dict.set_item("url", &request.url)?;
    let headers = PyList::empty(py);
    for (name, value) in &request.headers {
        headers.append(PyList::new(py, [name, value])?)?;
    }
    dict.set_item("headers", headers)?;
    dict.set_item("body", request.body.as_deref())?;
    Ok(dict)
}

/// Reads `{"status", "headers", "body"}` with the core's rules
/// (`HttpResponse::from_json`); the binding only turns a `bytes` body into text.
fn response_from_py(response: &Bound<'_, PyAny>) -> PyResult<HttpResponse> {
    let py = response.py();
    let body = match response.cast::<PyDict>() {
        Ok(dict) => match dict.get_item("body")? {
            Some(body) if body.is_instance_of::<PyBytes>() => {
                let bytes = body.cast::<PyBytes>()?.as_bytes();
                let text = std::str::from_utf8(bytes)
                    .map_err(|_| conversion_error(py, "body", "is not UTF-8 text"))?;
                Some(text.to_string())
            }
            _ => None,
        },
        Err(_) => None,
    };
    let mut value = match body {
        Some(_) => {
            let copy = response.cast::<PyDict>()?.copy()?;
            copy.del_item("body")?;
            py_to_json(copy.as_any())?
        }
        None => py_to_json(response)?,
    };
    if let (Some(text), Some(map)) = (body, value.as_object_mut()) {
        map.insert("body".into(), serde_json::Value::String(text));
    }
    HttpResponse::from_json(&value).map_err(|error| to_py_err(py, &error))
}

/// 64 random bits from `os.urandom`.
fn os_seed(py: Python<'_>) -> PyResult<u64> {
    let bytes: Vec<u8> = py.import("os")?.call_method1("urandom", (8,))?.extract()?;
    let mut seed = [0u8; 8];
    seed.copy_from_slice(&bytes[..8]);
    Ok(u64::from_le_bytes(seed))
}
