//! The panic boundary: the one place where a panic is caught before it could
//! unwind into C. Every exported function runs its body through one of the
//! guards below (`tests/suites/ffi-guards.sh` checks that no export skips them).

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::last_error;
use crate::result::{kopru_result, Failure};

/// Runs `body` and turns a panic into [`Failure::Panic`].
///
/// The body is asserted unwind-safe: after a panic the handle it used may be in
/// an inconsistent state, which the header tells callers (free it, do not reuse it).
pub(crate) fn catch_panic<T>(body: impl FnOnce() -> T) -> Result<T, Failure> {
    catch_unwind(AssertUnwindSafe(body)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Failure::Panic(message)
    })
}

/// Runs the body of a fallible export: catches a panic, records the outcome as
/// the calling thread's last error (cleared on success) and returns its code.
pub(crate) fn ffi_call(body: impl FnOnce() -> Result<(), Failure>) -> kopru_result {
    let outcome = catch_panic(body).and_then(|result| result);
    let code = match &outcome {
        Ok(()) => crate::result::KOPRU_OK,
        Err(failure) => failure.code(),
    };
    last_error::record(outcome.err());
    code
}

/// Runs the body of an export that reads the last error: catches a panic like
/// [`ffi_call`], but leaves the last error as it was (reading it must not change it).
pub(crate) fn ffi_read(body: impl FnOnce() -> Result<(), Failure>) -> kopru_result {
    match catch_panic(body).and_then(|result| result) {
        Ok(()) => crate::result::KOPRU_OK,
        Err(failure) => failure.code(),
    }
}

/// Runs the body of a `_free` function: nothing to report, but a panic (from a
/// destructor) must still not cross into C.
pub(crate) fn ffi_free(body: impl FnOnce()) {
    let _ = catch_panic(body);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::{KOPRU_OK, KOPRU_PANIC};

    fn last_error_json() -> String {
        let mut text = std::ptr::null_mut();
        unsafe {
            assert_eq!(
                crate::kopru_last_error_json(&mut text, std::ptr::null_mut()),
                KOPRU_OK
            );
            let json = std::ffi::CStr::from_ptr(text).to_str().unwrap().to_string();
            crate::kopru_string_free(text);
            json
        }
    }

    #[test]
    fn a_panic_becomes_a_result_code_and_a_last_error() {
        let code = ffi_call(|| panic!("boom"));
        assert_eq!(code, KOPRU_PANIC);
        let json: serde_json::Value = serde_json::from_str(&last_error_json()).unwrap();
        assert_eq!(json["kind"], "panic");
        assert_eq!(json["code"], KOPRU_PANIC);
        assert!(json["message"].as_str().unwrap().contains("boom"));

        assert_eq!(ffi_call(|| Ok(())), KOPRU_OK);
        assert_eq!(last_error_json(), "null");
    }

    #[test]
    fn a_panic_in_a_free_function_stays_inside() {
        ffi_free(|| panic!("in a destructor"));
    }
}
