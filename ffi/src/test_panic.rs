//! Exports that panic on purpose (feature `test-panic`, test builds only), so that
//! a C test can see a panic inside kopru come back as `KOPRU_PANIC` instead of
//! unwinding into C or aborting.

use crate::boundary::{ffi_call, ffi_free};
use crate::result::kopru_result;

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
