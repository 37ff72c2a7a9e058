//! `kopru._kopru`: the native part of the `kopru` Python package.
//!
//! A thin layer over `kopru-core` and `kopru-blocking`: it converts Python values to JSON and
//! back, runs the blocking client and the sync runner with the GIL released and maps core
//! errors onto the `kopru.KopruError` hierarchy. Every decision about the services lives in the core.

mod client;
mod config;
mod convert;
mod errors;
mod given;
mod session;
mod sync;

use pyo3::prelude::*;

/// The extension's own (Rust) allocations go through mimalloc, as pydantic-core's do:
/// planning and converting a large catalogue is allocation-bound, and with glibc's
/// malloc `sync.plan` of 8,000 products spent about a third of its time consolidating and
/// unlinking freed chunks (`python python/bench.py` measures it). Python objects keep
/// Python's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The native module behind `import kopru`.
#[pymodule]
mod _kopru {
    use pyo3::prelude::*;

    #[pymodule_export]
    use crate::client::{Client, Pages};
    #[pymodule_export]
    use crate::session::Session;
    #[pymodule_export]
    use crate::sync::{import_orders, sync_catalogue};

    /// A config for the in-process sandbox of `service` ("entegra", "erp" or "tedbul"),
    /// with the sandbox's own account.
    #[pyfunction]
    fn sandbox_config<'py>(py: Python<'py>, service: &str) -> PyResult<Bound<'py, PyAny>> {
        let service = kopru_core::Service::from_name(service).ok_or_else(|| {
            let error = kopru_core::Error::config(format!(
                "unknown service {service:?}: use entegra, erp or tedbul"
            ));
            crate::errors::to_py_err(py, &error)
        })?;
        crate::convert::json_to_py(py, &kopru_core::sandbox::sandbox_config(service))
    }

    /// Every operation of the core's table: `[{name, service, method, path, summary, local,
    /// paginated, idempotent}]` (what `kopru ops` lists).
    #[pyfunction]
    fn operations(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        crate::convert::json_to_py(py, &kopru_core::ops::describe::list())
    }

    /// One operation described: its row of `operations()` plus `params` (every field with its
    /// type, rules and meaning, nested fields under `fields`), `open`, `example` and `result`.
    /// Raises `ConfigError` for an unknown name.
    #[pyfunction]
    fn describe_operation<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        let described = kopru_core::ops::describe::describe(name).ok_or_else(|| {
            let error =
                kopru_core::Error::config(format!("no operation {name:?} (see `kopru ops`)"));
            crate::errors::to_py_err(py, &error)
        })?;
        crate::convert::json_to_py(py, &described)
    }

    /// The request quotas a client config sets (its `quota` key or the service's defaults):
    /// `{"per_day", "per_hour"}`, `None` where there is no limit. Raises `ConfigError`.
    #[pyfunction]
    fn quota_limits<'py>(
        py: Python<'py>,
        config: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let config = crate::convert::py_to_json(config)?;
        let parsed = kopru_core::Config::from_json(&config)
            .map_err(|error| crate::errors::to_py_err(py, &error))?;
        let limits = serde_json::json!({
            "per_day": parsed.quota.per_day,
            "per_hour": parsed.quota.per_hour,
        });
        crate::convert::json_to_py(py, &limits)
    }

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::errors::register(module)?;
        module.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
