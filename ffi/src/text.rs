//! Text across the boundary: UTF-8 byte spans in, caller-owned C strings out.

use std::ffi::{c_char, CString};

use serde_json::Value;

use crate::boundary::ffi_free;
use crate::result::Failure;

/// Reads the span `(ptr, len)` as UTF-8 text. `ptr` may be NULL when `len` is 0.
///
/// # Safety
/// Unless NULL, `ptr` must point to `len` readable bytes that stay valid and
/// unchanged for `'a`.
pub(crate) unsafe fn span_str<'a>(
    ptr: *const u8,
    len: usize,
    name: &'static str,
) -> Result<&'a str, Failure> {
    if len == 0 {
        return Ok("");
    }
    if ptr.is_null() {
        return Err(Failure::NullArgument(name));
    }
    let bytes = std::slice::from_raw_parts(ptr, len);
    std::str::from_utf8(bytes).map_err(|_| Failure::InvalidUtf8(name))
}

/// Reads the span `(ptr, len)` as JSON text.
///
/// # Safety
/// As for [`span_str`].
pub(crate) unsafe fn span_json(
    ptr: *const u8,
    len: usize,
    name: &'static str,
) -> Result<Value, Failure> {
    let text = span_str(ptr, len, name)?;
    serde_json::from_str(text).map_err(|e| Failure::InvalidJson(name, e.to_string()))
}

/// Reads the span `(ptr, len)` as JSON text, or `None` when it is empty.
///
/// # Safety
/// As for [`span_str`].
pub(crate) unsafe fn span_optional_json(
    ptr: *const u8,
    len: usize,
    name: &'static str,
) -> Result<Option<Value>, Failure> {
    if len == 0 {
        return Ok(None);
    }
    span_json(ptr, len, name).map(Some)
}

/// Reads the operation parameters `(ptr, len)` as JSON text; an empty span means `{}`.
///
/// # Safety
/// As for [`span_str`].
pub(crate) unsafe fn span_params(ptr: *const u8, len: usize) -> Result<Value, Failure> {
    Ok(
        span_optional_json(ptr, len, "params")?
            .unwrap_or_else(|| Value::Object(Default::default())),
    )
}

/// Turns a caller's `*mut T` out-parameter into a reference, checked for NULL
/// before any work is done (so a call with a NULL out-parameter has no effect).
///
/// # Safety
/// Unless NULL, `ptr` must be valid for writes of a `T` for `'a`.
pub(crate) unsafe fn out_param<'a, T>(
    ptr: *mut T,
    name: &'static str,
) -> Result<&'a mut T, Failure> {
    ptr.as_mut().ok_or(Failure::NullArgument(name))
}

/// The out-parameter pair `(char **out, size_t *out_len)` of a string result.
pub(crate) struct OutString<'a> {
    text: &'a mut *mut c_char,
    len: Option<&'a mut usize>,
}

impl<'a> OutString<'a> {
    /// Checks the pair: `out` is required, `out_len` may be NULL.
    ///
    /// # Safety
    /// Unless NULL, both pointers must be valid for writes for `'a`.
    pub(crate) unsafe fn new(
        out: *mut *mut c_char,
        out_len: *mut usize,
        name: &'static str,
    ) -> Result<Self, Failure> {
        Ok(OutString {
            text: out_param(out, name)?,
            len: out_len.as_mut(),
        })
    }

    /// Hands `text` to the caller as a NUL-terminated string (any NUL inside
    /// becomes U+FFFD; JSON text never contains one) and writes its length.
    pub(crate) fn write(self, text: String) {
        let text = if text.contains('\0') {
            text.replace('\0', "\u{FFFD}")
        } else {
            text
        };
        let len = text.len();
        let owned = CString::new(text).unwrap_or_default();
        *self.text = owned.into_raw();
        if let Some(out_len) = self.len {
            *out_len = len;
        }
    }

    /// Hands `value` to the caller as compact JSON text.
    pub(crate) fn write_json(self, value: &Value) {
        self.write(value.to_string());
    }
}

/// Frees a string that kopru returned through an out-parameter. NULL is ignored.
///
/// # Safety
/// `text` must be NULL or a string returned by kopru that was not freed yet.
#[no_mangle]
pub unsafe extern "C" fn kopru_string_free(text: *mut c_char) {
    ffi_free(|| {
        if !text.is_null() {
            drop(CString::from_raw(text));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::result::{KOPRU_INVALID_JSON, KOPRU_INVALID_UTF8, KOPRU_NULL_ARGUMENT};

    #[test]
    fn spans_are_checked() {
        unsafe {
            assert_eq!(span_str(std::ptr::null(), 0, "x").unwrap(), "");
            assert_eq!(
                span_str(std::ptr::null(), 3, "x").unwrap_err().code(),
                KOPRU_NULL_ARGUMENT
            );
            let bad = [0x66, 0xff];
            assert_eq!(
                span_str(bad.as_ptr(), 2, "x").unwrap_err().code(),
                KOPRU_INVALID_UTF8
            );
            let text = "{\"a\":";
            assert_eq!(
                span_json(text.as_ptr(), text.len(), "x")
                    .unwrap_err()
                    .code(),
                KOPRU_INVALID_JSON
            );
            assert!(span_optional_json(std::ptr::null(), 0, "x")
                .unwrap()
                .is_none());
        }
    }

    #[test]
    fn out_strings_round_trip() {
        let mut text: *mut c_char = std::ptr::null_mut();
        let mut len = 0usize;
        unsafe {
            OutString::new(&mut text, &mut len, "out")
                .unwrap()
                .write("çay\0x".to_string());
            let back = std::ffi::CStr::from_ptr(text).to_str().unwrap().to_string();
            kopru_string_free(text);
            assert_eq!(back, "çay\u{FFFD}x");
            assert_eq!(len, back.len());
        }
    }
}
