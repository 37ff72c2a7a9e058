//! The C ABI of kopru: `libkopru.so` / `libkopru.a` / `kopru.dll`, described by
//! the generated header `include/kopru.h`.
//!
//! The conventions, the same in every function:
//!
//! - Every function that can fail returns a [`kopru_result`]: `KOPRU_OK` (0), one
//!   of the error kinds shared by every kopru binding (`KOPRU_VALIDATION` …
//!   `KOPRU_GUARDED`, 1–8), or an outcome of the call itself, from 100 on:
//!
//!   | code | constant | meaning |
//!   |---|---|---|
//!   | 100 | `KOPRU_NULL_ARGUMENT` | a required pointer was NULL |
//!   | 101 | `KOPRU_INVALID_UTF8` | a text argument was not UTF-8 |
//!   | 102 | `KOPRU_INVALID_JSON` | a JSON argument did not parse |
//!   | 103 | `KOPRU_PANIC` | kopru panicked (a bug); the panic did not cross into C |
//!   | 104 | `KOPRU_STOPPED` | the caller's hook stopped a sync run (`kopru_sync_run`) |
//!   | 105 | `KOPRU_LOCKED` | another sync run holds the state file's lock (`kopru_sync_run`) |
//!   The details of a failure are kept for the calling thread: read them with
//!   `kopru_last_error_message` and `kopru_last_error_json`.
//! - Text goes in as UTF-8 byte spans `(const uint8_t *ptr, size_t len)`; no NUL
//!   terminator is needed and `ptr` may be NULL when `len` is 0. Parameters,
//!   configs, states and responses are JSON text.
//! - Text comes out through out-parameters, written only when the call returns
//!   `KOPRU_OK`: a NUL-terminated UTF-8 string owned by the caller, to be released
//!   with `kopru_string_free`, and its length in bytes (without the NUL).
//! - Handles are opaque, made by a `_new` function and released by the matching
//!   `_free`. Every free function accepts NULL.
//! - No `bool` and no unions cross the boundary: flags are `int32_t` 0 or 1.
//! - A panic inside kopru never unwinds into the caller: it becomes `KOPRU_PANIC`,
//!   after which the handle involved should be freed and not used again.
//! - Callbacks (the hook of `kopru_sync_run`) are called only on the calling
//!   thread, before the call returns; what they are given is valid only during
//!   the callback.
#![allow(non_camel_case_types)]
#![warn(missing_docs)]

mod boundary;
mod client;
mod last_error;
mod pages;
mod result;
mod session;
mod sync;
#[cfg(feature = "test-panic")]
mod test_panic;
mod text;

pub use client::*;
pub use last_error::*;
pub use pages::*;
pub use result::*;
pub use session::*;
pub use sync::*;
#[cfg(feature = "test-panic")]
pub use test_panic::*;
pub use text::*;

use std::ffi::c_char;

/// The version of kopru, NUL-terminated.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The version of kopru as a static NUL-terminated string, e.g. `"0.1.0"`.
/// The string belongs to the library: never free it.
#[no_mangle]
pub extern "C" fn kopru_version() -> *const c_char {
    boundary::catch_panic(|| VERSION.as_ptr().cast()).unwrap_or(std::ptr::null())
}
