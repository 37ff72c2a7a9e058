//! `kopru._kopru`: the native part of the `kopru` Python package.
//!
//! A thin layer over `kopru-core` and `kopru-blocking`: it converts Python values to JSON and
//! back, runs the blocking client with the GIL released and maps core errors onto the
//! `kopru.KopruError` hierarchy. Every decision about the services lives in the core.

mod client;
mod convert;
mod errors;
mod session;

use pyo3::prelude::*;

/// The native module behind `import kopru`.
#[pymodule]
mod _kopru {
    use pyo3::prelude::*;

    #[pymodule_export]
    use crate::client::{Client, Pages};
    #[pymodule_export]
    use crate::session::Session;

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::errors::register(module)?;
        module.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
