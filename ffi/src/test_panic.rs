//! Exports that panic on purpose (feature `test-panic`, test builds only), so that
//! a C test can see a panic inside kopru come back as `KOPRU_PANIC` instead of
//! unwinding into C or aborting.

use std::ffi::c_void;
use std::sync::Arc;

use kopru_blocking::Client;
use kopru_core::sandbox::sandbox_config;
use kopru_core::Service;
use serde_json::json;

use crate::boundary::{ffi_call, ffi_free};
use crate::client::kopru_client;
use crate::result::kopru_result;
use crate::sync::{hook_caller, kopru_sync_hook, run};

/// Panics inside the guard of fallible exports, as a bug in kopru would: returns
/// `KOPRU_PANIC` and records a last error of kind `panic`.
#[no_mangle]
pub extern "C" fn kopru_test_panic() -> kopru_result {
    ffi_call(|| panic!("kopru_test_panic: a deliberate panic"))
}

/// Panics inside the guard of the `_free` functions: returns normally.
#[no_mangle]
pub extern "C" fn kopru_test_panic_in_free() {
    ffi_free(|| panic!("kopru_test_panic_in_free: a deliberate panic"))
}

/// Runs an in-process catalogue sync (ERP to Entegra) whose hook, as
/// `kopru_sync_run` calls it, panics on the Rust side right after the caller's
/// `hook` returned from its first call: returns `KOPRU_PANIC` with the panic as
/// the last error, the caller's hook called exactly once.
///
/// # Safety
/// As for the `hook` and `user_data` of `kopru_sync_run`.
#[no_mangle]
pub unsafe extern "C" fn kopru_test_panic_in_sync_hook(
    hook: kopru_sync_hook,
    user_data: *mut c_void,
) -> kopru_result {
    ffi_call(|| {
        let erp = kopru_client {
            inner: Arc::new(Client::new(&sandbox_config(Service::Erp))?),
        };
        let entegra = kopru_client {
            inner: Arc::new(Client::new(&sandbox_config(Service::Entegra))?),
        };
        let params = json!({"job": "catalogue", "marketplace": "entegra"});
        let mut caller = hook_caller(hook, user_data);
        run(Some(&erp), &entegra, &params, None, |event| {
            caller(event)?;
            panic!("kopru_test_panic_in_sync_hook: a deliberate panic after the hook returned")
        })?;
        Ok(())
    })
}
