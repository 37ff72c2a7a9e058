//! The last error of each OS thread, kept for the caller to read after a failure.

use std::cell::RefCell;
use std::ffi::c_char;

use crate::boundary::ffi_read;
use crate::result::{kopru_result, Failure};
use crate::text::OutString;

/// The message and JSON of the calling thread's last failure.
struct LastError {
    message: String,
    json: String,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<LastError>> = const { RefCell::new(None) };
}

/// Stores the outcome of a call as the calling thread's last error: the failure,
/// or nothing after a success.
pub(crate) fn record(failure: Option<Failure>) {
    let last = failure.map(|f| LastError {
        message: f.message(),
        json: f.to_json().to_string(),
    });
    LAST_ERROR.with(|cell| *cell.borrow_mut() = last);
}

/// Copies one field of the last error (or `empty`) out to the caller, without
/// changing the last error itself.
///
/// # Safety
/// As for [`OutString::new`].
unsafe fn copy_last(
    out: *mut *mut c_char,
    out_len: *mut usize,
    field: fn(&LastError) -> &str,
    empty: &str,
) -> Result<(), Failure> {
    let target = OutString::new(out, out_len, "out")?;
    let text = LAST_ERROR.with(|cell| {
        cell.borrow()
            .as_ref()
            .map_or_else(|| empty.to_string(), |last| field(last).to_string())
    });
    target.write(text);
    Ok(())
}

/// Copies the message of the calling thread's last error: a one-line,
/// human-readable description without secrets, or `""` when the last kopru call
/// on this thread succeeded. Reading it does not clear it.
///
/// Every kopru function except the `_free` functions and these two readers sets
/// the last error when it fails and clears it when it succeeds.
///
/// # Safety
/// `out` must be valid for writing a pointer; `out_len` must be NULL or valid for
/// writing a `size_t`. Free the string with `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_last_error_message(
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kopru_result {
    ffi_read(|| copy_last(out, out_len, |last| &last.message, ""))
}

/// Copies the calling thread's last error as JSON, or `null` when the last kopru
/// call on this thread succeeded. Reading it does not clear it.
///
/// The object has `kind` (`validation`, `api`, `auth`, `rate_limited`,
/// `transport`, `decode`, `config`, `guarded`, or for outcomes of the call itself
/// `null_argument`, `invalid_utf8`, `invalid_json`, `panic`, `stopped`), `code` (the
/// result code), `message`, and the fields of its kind: `errors` (a list of
/// `{"path", "message"}`) for validation; `service`, `status`, `vendor_code`, `body`
/// for api; `status` for auth;
/// `retry_after_ms` for rate_limited; `path` for decode; `plan_id`, `limits`,
/// `items` and `items_total` for guarded; `at` (`progress`, `save` or `deliver`)
/// for stopped.
///
/// # Safety
/// As for `kopru_last_error_message`.
#[no_mangle]
pub unsafe extern "C" fn kopru_last_error_json(
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> kopru_result {
    ffi_read(|| copy_last(out, out_len, |last| &last.json, "null"))
}
