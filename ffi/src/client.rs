//! `kopru_client`: the bundled blocking client (HTTP through ureq and rustls, or
//! the in-process sandbox).

use std::ffi::c_char;
use std::sync::Arc;

use kopru_blocking::Client;

use crate::boundary::{ffi_call, ffi_free};
use crate::result::{kopru_result, Failure};
use crate::text::{out_param, span_json, span_params, span_str, OutString};

/// A client of one service (Entegra, Tedbul or the ERP), made from a config.
///
/// Thread-safe: one client may be shared by several threads and called from
/// them at the same time. It keeps the session (tokens, quota counters) between
/// calls, and in its `state_file` between runs when the config names one.
pub struct kopru_client {
    /// Shared with the page iterators made from this client.
    pub(crate) inner: Arc<Client>,
}

/// Borrows the client behind a handle.
///
/// # Safety
/// `client` must be NULL or a live handle from `kopru_client_new`.
pub(crate) unsafe fn client_ref<'a>(
    client: *const kopru_client,
) -> Result<&'a kopru_client, Failure> {
    client.as_ref().ok_or(Failure::NullArgument("client"))
}

/// Makes a client from a config (JSON text): `service` (`"entegra"`, `"erp"`,
/// `"tedbul"`), `credentials`, and optionally `base_url`, `timeout_ms`,
/// `max_retries`, quota limits, `paths`, `user_agent`, `state_file`, `sandbox`.
/// Nothing is sent yet. A `state_file` that cannot be written (empty, a folder
/// or a device, in a missing or read-only folder) is `KOPRU_CONFIG` now; one
/// that is not a session state is moved to `<state_file>.corrupt-<secs>`. On
/// success `*out_client` receives the handle; free it with `kopru_client_free`.
///
/// # Safety
/// `config` must point to `config_len` readable bytes; `out_client` must be valid
/// for writing a pointer.
#[no_mangle]
pub unsafe extern "C" fn kopru_client_new(
    config: *const u8,
    config_len: usize,
    out_client: *mut *mut kopru_client,
) -> kopru_result {
    ffi_call(|| {
        let out = out_param(out_client, "out_client")?;
        let config = span_json(config, config_len, "config")?;
        let inner = Arc::new(Client::new(&config)?);
        *out = Box::into_raw(Box::new(kopru_client { inner }));
        Ok(())
    })
}

/// Frees a client. NULL is ignored. Page iterators made from the client stay
/// usable: they keep what they need alive.
///
/// # Safety
/// `client` must be NULL or a live handle from `kopru_client_new`, not in use by
/// another thread, and not used again afterwards.
#[no_mangle]
pub unsafe extern "C" fn kopru_client_free(client: *mut kopru_client) {
    ffi_free(|| {
        if !client.is_null() {
            drop(Box::from_raw(client));
        }
    })
}

/// Runs one operation, e.g. `entegra.products.list`, with its parameters as a
/// JSON object (an empty span means `{}`), and blocks until it is done: logs in
/// or refreshes the token when needed, retries where that is safe. On success
/// `*out_result` receives the result as JSON text. With a `state_file`, calls
/// of every process sharing it run one at a time (an OS lock), and when the
/// state could not be saved an object result carries `"warnings": [{"kind":
/// "state_not_saved", "message"}]`: the outcome is still the server's.
///
/// # Safety
/// `client` must be a live handle; `op` and `params` must point to `op_len` and
/// `params_len` readable bytes (or be NULL with a length of 0); `out_result` must
/// be valid for writing a pointer and `out_result_len` NULL or valid for writing
/// a `size_t`. Free the result with `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_client_call(
    client: *const kopru_client,
    op: *const u8,
    op_len: usize,
    params: *const u8,
    params_len: usize,
    out_result: *mut *mut c_char,
    out_result_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let client = client_ref(client)?;
        let out = OutString::new(out_result, out_result_len, "out_result")?;
        let op = span_str(op, op_len, "op")?;
        let params = span_params(params, params_len)?;
        let result = client.inner.call_wire(op, &params)?;
        out.write(result.to_json_text());
        Ok(())
    })
}

/// Copies the client's session state as JSON: tokens and quota counters, to be
/// given back to a later `kopru_session_new` (or kept by the client itself in
/// its `state_file`). The state holds access tokens: store it safely.
///
/// # Safety
/// `client` must be a live handle; `out_state` must be valid for writing a
/// pointer and `out_state_len` NULL or valid for writing a `size_t`. Free the
/// state with `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_client_export_state(
    client: *const kopru_client,
    out_state: *mut *mut c_char,
    out_state_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let client = client_ref(client)?;
        let out = OutString::new(out_state, out_state_len, "out_state")?;
        out.write_json(&client.inner.export_state());
        Ok(())
    })
}
