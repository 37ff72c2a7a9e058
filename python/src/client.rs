//! `kopru.Client`: the bundled blocking client, and its page iterator.

use std::sync::Arc;

use pyo3::prelude::*;

use crate::convert::{json_to_py, op_name, params_to_json, result_to_py};
use crate::errors::to_py_err;
use kopru_core::ops::Shape;

/// The bundled client: runs the session loop over HTTPS (or the in-process sandbox when the
/// config says `"sandbox": True`). Calls block the calling thread but release the GIL, so
/// other Python threads keep running; one client may be shared between threads.
#[pyclass(module = "kopru", frozen)]
pub struct Client {
    inner: Arc<kopru_blocking::Client>,
    service: &'static str,
    sandbox: bool,
}

#[pymethods]
impl Client {
    /// Makes a client from a config dict (see the README for its keys).
    #[new]
    fn new(py: Python<'_>, config: &Bound<'_, PyAny>) -> PyResult<Self> {
        let config = crate::config::config_to_json(config, "config")?;
        let parsed =
            kopru_core::Config::from_json(&config).map_err(|error| to_py_err(py, &error))?;
        let inner = kopru_blocking::Client::new(&config).map_err(|error| to_py_err(py, &error))?;
        Ok(Self {
            inner: Arc::new(inner),
            service: parsed.service.name(),
            sandbox: parsed.sandbox,
        })
    }

    /// Runs one operation and returns its result; money comes back as `decimal.Decimal`.
    #[pyo3(signature = (op, params=None))]
    fn call<'py>(
        &self,
        py: Python<'py>,
        op: &Bound<'py, PyAny>,
        params: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let op = op_name(op)?;
        let params = params_to_json(params)?;
        let client = &self.inner;
        let outcome = py.detach(|| client.call_wire(&op, &params));
        match outcome {
            Ok(result) => result_to_py(py, &result, shape_of(&op)),
            Err(error) => Err(to_py_err(py, &error)),
        }
    }

    /// Iterates every item of a paginated list operation, in order, fetching pages as the
    /// iteration reaches them: up to `concurrency` (1 to 16) ERP pages in flight on threads,
    /// with the GIL released, once the first page tells how many there are.
    #[pyo3(signature = (op, params=None, concurrency=1))]
    fn pages(
        &self,
        py: Python<'_>,
        op: &Bound<'_, PyAny>,
        params: Option<&Bound<'_, PyAny>>,
        concurrency: u64,
    ) -> PyResult<Pages> {
        let op = op_name(op)?;
        let params = params_to_json(params)?;
        let mut inner =
            kopru_blocking::Pages::new(kopru_blocking::Client::clone(&self.inner), &op, &params);
        inner
            .set_concurrency(concurrency)
            .map_err(|error| to_py_err(py, &error))?;
        Ok(Pages {
            inner,
            item: shape_of(&op).field("items").item(),
        })
    }

    /// The service this client talks to: `"entegra"`, `"erp"` or `"tedbul"`.
    #[getter]
    fn service(&self) -> &'static str {
        self.service
    }

    /// The tokens and quota counters as a dict (secret-bearing: store it safely).
    fn export_state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.inner.export_state())
    }

    /// `Client(service='…', sandbox=…)`: never the credentials, tokens or URL.
    fn __repr__(&self) -> String {
        format!(
            "Client(service='{}', sandbox={})",
            self.service,
            if self.sandbox { "True" } else { "False" }
        )
    }
}

impl Client {
    /// The blocking client behind this one (for the sync runner).
    pub(crate) fn inner(&self) -> &Arc<kopru_blocking::Client> {
        &self.inner
    }

    /// The service's name: `"entegra"`, `"erp"` or `"tedbul"`.
    pub(crate) fn service_name(&self) -> &'static str {
        self.service
    }
}

/// The iterator `Client.pages` returns: yields the items of each page, fetching the next
/// page (with the GIL released) only when the current one is used up.
#[pyclass(module = "kopru")]
pub struct Pages {
    inner: kopru_blocking::Pages,
    item: Shape,
}

#[pymethods]
impl Pages {
    /// The iterator itself.
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next item; fetches the next page (with the GIL released) when this one is used up.
    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let pages = &mut self.inner;
        match py.detach(|| pages.next_wire()) {
            Some(Ok(item)) => result_to_py(py, &item, self.item).map(Some),
            Some(Err(error)) => Err(to_py_err(py, &error)),
            None => Ok(None),
        }
    }
}

/// The core's shape of the result of `op` (plain JSON for a name it does not know).
pub(crate) fn shape_of(op: &str) -> Shape {
    kopru_core::ops::find(op).map_or(Shape::Plain, Shape::of_result)
}
