//! `kopru.sync_catalogue` and `kopru.import_orders`: the core's sync runner, driven by
//! `kopru_blocking::run_sync` with the native clients.
//!
//! This layer only converts values and maps errors: it builds the runner's params
//! (`{"job", "marketplace", "state", "options", "snapshot"}`), runs the runner with the GIL
//! released, and takes the GIL back only to call the caller's hooks (progress, save, the
//! importer). A hook that raises stops the run (the state is already saved) and its exception
//! propagates unchanged; a `fail` of the run raises the typed kopru exception of its error.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::{Map, Value};

use kopru_blocking::{run_sync, Hook, SyncClients, SyncError};

use crate::client::Client;
use crate::convert::{py_to_json_at, result_to_py};
use crate::errors::{locked_error, to_py_err};
use kopru_core::ops::Shape;

/// The Python callables a run may call; `None` where the caller gave none.
struct Hooks {
    on_progress: Option<Py<PyAny>>,
    on_save: Option<Py<PyAny>>,
    importer: Option<Py<PyAny>>,
}

impl Hooks {
    /// Answers one hook of the runner with the GIL held: checks for pending signals first (so
    /// Ctrl-C stops a long run at its next step, with the state saved), then calls the
    /// matching callable with the value converted like every kopru result (money as
    /// `decimal.Decimal`).
    fn call(&self, hook: Hook<'_>) -> PyResult<()> {
        Python::attach(|py| {
            py.check_signals()?;
            match hook {
                Hook::Progress(event) => {
                    if let Some(callback) = &self.on_progress {
                        callback.call1(py, (result_to_py(py, event, Shape::sync_event())?,))?;
                    }
                }
                Hook::Save(saved) => {
                    if let Some(callback) = &self.on_save {
                        let state = saved.state();
                        callback.call1(py, (result_to_py(py, &state, Shape::sync_state())?,))?;
                    }
                }
                Hook::Deliver {
                    document, retry, ..
                } => {
                    let Some(importer) = &self.importer else {
                        let error = kopru_core::Error::config(
                            "the sync run delivered an order, but no importer was given",
                        );
                        return Err(to_py_err(py, &error));
                    };
                    importer.call1(
                        py,
                        (result_to_py(py, document, Shape::erp_document())?, retry),
                    )?;
                }
            }
            Ok(())
        })
    }
}

/// The arguments every run takes, converted out of Python.
struct RunArgs {
    marketplace: Arc<kopru_blocking::Client>,
    erp: Option<Arc<kopru_blocking::Client>>,
    params: Value,
    state_file: Option<PathBuf>,
    hooks: Hooks,
}

/// Converts a mapping argument (`options`, `snapshot`, `state`) to JSON; a value that does not
/// convert is a `ValidationError` whose path starts with the argument's name. A `Mapping` that
/// is not a `dict` is read through `dict(value)`.
fn mapping_to_json(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Value> {
    if value.cast::<PyDict>().is_err() {
        let mapping = value.py().import("collections.abc")?.getattr("Mapping")?;
        if value.is_instance(&mapping)? {
            let dict = value
                .py()
                .import("builtins")?
                .getattr("dict")?
                .call1((value,))?;
            return py_to_json_at(&dict, name);
        }
    }
    py_to_json_at(value, name)
}

/// A hook argument: `None`, or a callable (else `TypeError`).
fn callable(name: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Py<PyAny>>> {
    match value {
        None => Ok(None),
        Some(value) if value.is_none() => Ok(None),
        Some(value) if value.is_callable() => Ok(Some(value.clone().unbind())),
        Some(value) => {
            let type_name = value.get_type().name()?.to_string();
            Err(PyTypeError::new_err(format!(
                "{name} must be callable, got {type_name}"
            )))
        }
    }
}

/// The `state_file` argument as a path: `None`, a `str` or an `os.PathLike`; a path
/// the OS cannot take (e.g. a lone surrogate) is a `ConfigError`, not a `UnicodeEncodeError`.
fn state_file_path(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<PathBuf>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    value.extract::<PathBuf>().map(Some).map_err(|problem| {
        let error = kopru_core::Error::config(format!(
            "state_file must be a file path: {}",
            problem.value(value.py())
        ));
        to_py_err(value.py(), &error)
    })
}

/// Everything a run needs, with the params for the runner.
#[allow(clippy::too_many_arguments)]
fn prepare(
    job: &str,
    marketplace: &Bound<'_, Client>,
    erp: Option<&Bound<'_, Client>>,
    options: Option<&Bound<'_, PyAny>>,
    snapshot: Option<&Bound<'_, PyAny>>,
    state_file: Option<PathBuf>,
    state: Option<&Bound<'_, PyAny>>,
    lock_wait_ms: Option<u64>,
    dry_run: bool,
    hooks: Hooks,
) -> PyResult<RunArgs> {
    let marketplace = marketplace.get();
    let erp = erp.map(Bound::get);
    let mut params = Map::new();
    params.insert("job".into(), Value::from(job));
    params.insert(
        "marketplace".into(),
        Value::from(marketplace.service_name()),
    );
    for (name, value) in [
        ("state", state),
        ("options", options),
        ("snapshot", snapshot),
    ] {
        if let Some(value) = value.filter(|v| !v.is_none()) {
            params.insert(name.into(), mapping_to_json(name, value)?);
        }
    }
    if let Some(wait) = lock_wait_ms {
        params.insert("lock_wait_ms".into(), Value::from(wait));
    }
    if dry_run {
        params.insert("dry_run".into(), Value::Bool(true));
    }
    Ok(RunArgs {
        marketplace: Arc::clone(marketplace.inner()),
        erp: erp.map(|client| Arc::clone(client.inner())),
        params: Value::Object(params),
        state_file,
        hooks,
    })
}

/// Runs the job with the GIL released and converts its report (money as `decimal.Decimal`).
fn run<'py>(py: Python<'py>, args: RunArgs) -> PyResult<Bound<'py, PyAny>> {
    let RunArgs {
        marketplace,
        erp,
        params,
        state_file,
        hooks,
    } = args;
    let outcome = py.detach(|| {
        let clients = SyncClients {
            erp: erp.as_deref(),
            marketplace: &marketplace,
        };
        run_sync(clients, &params, state_file.as_deref(), |hook| {
            hooks.call(hook)
        })
    });
    match outcome {
        Ok(report) => result_to_py(py, &report, Shape::sync_report()),
        Err(SyncError::Kopru(error)) => Err(to_py_err(py, &error)),
        Err(SyncError::Hook(error)) => Err(error),
        Err(SyncError::Locked(busy)) => Err(locked_error(py, &busy)),
    }
}

/// Brings a marketplace (the service of `marketplace`: Entegra or Tedbul) up to date with the
/// ERP's products and stock, read through `erp` or taken from `snapshot`
/// (`{"products": [...], "inventory": [...]}`), sending only what changed since the state of
/// the last run (`state`, or read from `state_file`, which is rewritten after every step).
/// `options` are `sync.plan`'s. `on_progress(event)` sees each progress event, `on_save(state)`
/// each new state; an exception from either stops the run (the state is saved) and
/// propagates unchanged. With `state_file`, the run holds the OS lock `<state_file>.lock`:
/// another run on that file waits `lock_wait_ms` (default 0) and then raises `ConfigError`
/// (its message starts with "another sync run is going on" and names the holder's pid).
/// `guard` (the options' `guard` object) sets the limits of the guard against mass changes,
/// which raises `GuardedError` before anything is sent; `accept_plan` (its `plan_id`) lets
/// exactly that plan through (a dry run reports the guard's verdict instead of raising).
/// `dry_run=True` reads and plans, sends and saves nothing, and returns what it would send:
/// `endpoints` (requests and items per operation) and `changes` (item, field, value now →
/// after, largest first). Returns the run's report.
#[pyfunction]
#[pyo3(signature = (marketplace, erp=None, *, options=None, snapshot=None, state_file=None,
                    state=None, on_progress=None, on_save=None, lock_wait_ms=None,
                    dry_run=false, guard=None, accept_plan=None))]
#[allow(clippy::too_many_arguments)]
pub fn sync_catalogue<'py>(
    py: Python<'py>,
    marketplace: &Bound<'py, Client>,
    erp: Option<&Bound<'py, Client>>,
    options: Option<&Bound<'py, PyAny>>,
    snapshot: Option<&Bound<'py, PyAny>>,
    state_file: Option<&Bound<'py, PyAny>>,
    state: Option<&Bound<'py, PyAny>>,
    on_progress: Option<&Bound<'py, PyAny>>,
    on_save: Option<&Bound<'py, PyAny>>,
    lock_wait_ms: Option<u64>,
    dry_run: bool,
    guard: Option<&Bound<'py, PyAny>>,
    accept_plan: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let hooks = Hooks {
        on_progress: callable("on_progress", on_progress)?,
        on_save: callable("on_save", on_save)?,
        importer: None,
    };
    let mut args = prepare(
        "catalogue",
        marketplace,
        erp,
        options,
        snapshot,
        state_file_path(state_file)?,
        state,
        lock_wait_ms,
        dry_run,
        hooks,
    )?;
    let guard = match guard.filter(|g| !g.is_none()) {
        Some(guard) => Some(mapping_to_json("guard", guard)?),
        None => None,
    };
    for (name, value) in [
        ("guard", guard),
        ("accept_plan", accept_plan.map(Value::from)),
    ] {
        if let Some(value) = value {
            args.params["options"][name] = value;
        }
    }
    run(py, args)
}

/// Imports the marketplace's unacknowledged orders into the ERP: reads the ERP's products
/// (through `erp`, or from `snapshot`), maps each order to an ERP sales-order document
/// (`options`: the orders mapping's, e.g. `CustomerCode`, `OfficeCode`, `WarehouseCode`), calls
/// `importer(document, retry)` for each one, then acknowledges the imported orders on the
/// marketplace. `retry=True`: an earlier run died while handing this document over, so the
/// importer checks whether its OrderNumber is already in the ERP. An exception from the
/// importer or a hook stops the run (the state is saved) and propagates unchanged; the next
/// run delivers that order again with `retry=True`. `state_file` and `lock_wait_ms` are as
/// for `sync_catalogue`. `dry_run=True` reads and maps only: the report lists the documents it
/// would hand over (`to_import`), the orders it would then acknowledge and those left
/// unresolved; the importer is not called, nothing is acknowledged or saved. Returns the run's report.
#[pyfunction]
#[pyo3(signature = (marketplace, importer, erp=None, *, options, snapshot=None, state_file=None,
                    state=None, on_progress=None, on_save=None, lock_wait_ms=None,
                    dry_run=false))]
#[allow(clippy::too_many_arguments)]
pub fn import_orders<'py>(
    py: Python<'py>,
    marketplace: &Bound<'py, Client>,
    importer: &Bound<'py, PyAny>,
    erp: Option<&Bound<'py, Client>>,
    options: &Bound<'py, PyAny>,
    snapshot: Option<&Bound<'py, PyAny>>,
    state_file: Option<&Bound<'py, PyAny>>,
    state: Option<&Bound<'py, PyAny>>,
    on_progress: Option<&Bound<'py, PyAny>>,
    on_save: Option<&Bound<'py, PyAny>>,
    lock_wait_ms: Option<u64>,
    dry_run: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let importer = callable("importer", Some(importer))?
        .ok_or_else(|| PyTypeError::new_err("importer must be callable, got NoneType"))?;
    let hooks = Hooks {
        on_progress: callable("on_progress", on_progress)?,
        on_save: callable("on_save", on_save)?,
        importer: Some(importer),
    };
    let args = prepare(
        "orders",
        marketplace,
        erp,
        Some(options),
        snapshot,
        state_file_path(state_file)?,
        state,
        lock_wait_ms,
        dry_run,
        hooks,
    )?;
    run(py, args)
}
