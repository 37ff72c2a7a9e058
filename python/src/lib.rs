//! `kopru._kopru`: the native part of the `kopru` Python package.
//!
//! A thin layer over `kopru-core` and `kopru-blocking`: it converts Python values to JSON and
//! back, runs the blocking client and the sync runner with the GIL released and maps core
//! errors onto the `kopru.KopruError` hierarchy. Every decision about the services lives in the core.

mod client;
mod config;
mod convert;
mod errors;
mod session;
mod sync;

use pyo3::prelude::*;

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

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::errors::register(module)?;
        module.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
