//! `kopru_session`: the sans-IO session, for callers that send HTTP themselves
//! (C#'s HttpClient, a test harness).

use std::ffi::c_char;

use kopru_core::{HttpResponse, Session, Step};

use crate::boundary::{ffi_call, ffi_free};
use crate::result::{kopru_result, Failure};
use crate::text::{out_param, span_json, span_optional_json, span_params, span_str, OutString};

/// The state machine that decides which HTTP request to send next; it does no
/// I/O and reads no clock (`now_ms` is Unix time in milliseconds, given by the
/// caller).
///
/// A step is JSON text: `{"send": request, "after_ms": n}` (send `request` after
/// waiting `after_ms` milliseconds, when present, then pass the response to
/// `kopru_session_receive`) or `{"done": result}`. A request is
/// `{"method", "url", "headers": [[name, value], …], "body": text|null}`; a
/// response is `{"status", "headers": [[name, value], …], "body": text}`.
///
/// Not thread-safe: use one session from one thread at a time.
pub struct kopru_session {
    inner: Session,
}

/// Borrows the session behind a handle.
///
/// # Safety
/// `session` must be NULL or a live handle from `kopru_session_new`, used by no
/// other thread at the same time.
unsafe fn session_mut<'a>(session: *mut kopru_session) -> Result<&'a mut Session, Failure> {
    session
        .as_mut()
        .map(|s| &mut s.inner)
        .ok_or(Failure::NullArgument("session"))
}

/// Makes a session from a config (JSON text, as for `kopru_client_new`) and
/// optionally a state from `kopru_session_export_state` or
/// `kopru_client_export_state` (an empty span means no state). On success
/// `*out_session` receives the handle; free it with `kopru_session_free`.
/// The back-off jitter is seeded from the OS, so sessions in many processes
/// do not retry in step; `kopru_session_seed_jitter` sets a seed of your own.
///
/// # Safety
/// `config` and `state` must point to `config_len` and `state_len` readable bytes
/// (`state` may be NULL with a length of 0); `out_session` must be valid for
/// writing a pointer.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_new(
    config: *const u8,
    config_len: usize,
    state: *const u8,
    state_len: usize,
    out_session: *mut *mut kopru_session,
) -> kopru_result {
    ffi_call(|| {
        let out = out_param(out_session, "out_session")?;
        let config = span_json(config, config_len, "config")?;
        let state = span_optional_json(state, state_len, "state")?;
        let mut inner = Session::from_json(&config, state.as_ref())?;
        inner.seed_jitter(os_seed()?);
        *out = Box::into_raw(Box::new(kopru_session { inner }));
        Ok(())
    })
}

/// Seeds the session's back-off jitter with `seed` instead of the OS's
/// randomness (for a reproducible retry schedule in a test).
///
/// # Safety
/// `session` must be NULL or a live handle from `kopru_session_new`, used by no
/// other thread at the same time.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_seed_jitter(
    session: *mut kopru_session,
    seed: u64,
) -> kopru_result {
    ffi_call(|| {
        session_mut(session)?.seed_jitter(seed);
        Ok(())
    })
}

/// Frees a session. NULL is ignored.
///
/// # Safety
/// `session` must be NULL or a live handle from `kopru_session_new`, not used
/// again afterwards.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_free(session: *mut kopru_session) {
    ffi_free(|| {
        if !session.is_null() {
            drop(Box::from_raw(session));
        }
    })
}

/// Starts an operation (its parameters as a JSON object; an empty span means
/// `{}`) and writes the first step to `*out_step`. Validation happens here: on
/// `KOPRU_VALIDATION` nothing is to be sent.
///
/// # Safety
/// `session` must be a live handle; `op` and `params` must point to `op_len` and
/// `params_len` readable bytes (or be NULL with a length of 0); `out_step` must
/// be valid for writing a pointer and `out_step_len` NULL or valid for writing a
/// `size_t`. Free the step with `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_start(
    session: *mut kopru_session,
    op: *const u8,
    op_len: usize,
    params: *const u8,
    params_len: usize,
    now_ms: u64,
    out_step: *mut *mut c_char,
    out_step_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let session = session_mut(session)?;
        let out = OutString::new(out_step, out_step_len, "out_step")?;
        let op = span_str(op, op_len, "op")?;
        let params = span_params(params, params_len)?;
        write_step(out, session.start(op, &params, now_ms)?);
        Ok(())
    })
}

/// Hands the session the response to the request of the last step (JSON text
/// `{"status", "headers", "body"}`) and writes the next step to `*out_step`.
///
/// # Safety
/// As for `kopru_session_start`, with `response` pointing to `response_len`
/// readable bytes.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_receive(
    session: *mut kopru_session,
    response: *const u8,
    response_len: usize,
    now_ms: u64,
    out_step: *mut *mut c_char,
    out_step_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let session = session_mut(session)?;
        let out = OutString::new(out_step, out_step_len, "out_step")?;
        let response = HttpResponse::from_json(&span_json(response, response_len, "response")?)?;
        write_step(out, session.receive(&response, now_ms)?);
        Ok(())
    })
}

/// Tells the session that the request of the last step got no response (connect
/// error, TLS failure; `timed_out` is 1 for a timeout, 0 otherwise) and writes the
/// next step: a retry, or `KOPRU_TRANSPORT` when the request must not or cannot
/// be repeated.
///
/// # Safety
/// As for `kopru_session_start`, with `message` pointing to `message_len`
/// readable bytes.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_transport_failed(
    session: *mut kopru_session,
    message: *const u8,
    message_len: usize,
    timed_out: i32,
    now_ms: u64,
    out_step: *mut *mut c_char,
    out_step_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let session = session_mut(session)?;
        let out = OutString::new(out_step, out_step_len, "out_step")?;
        let message = span_str(message, message_len, "message")?;
        write_step(
            out,
            session.transport_failed(message, timed_out != 0, now_ms)?,
        );
        Ok(())
    })
}

/// Copies the session state as JSON: tokens and quota counters, to be given back
/// to `kopru_session_new` in a later run so that it does not log in again. The
/// state holds access tokens: store it safely.
///
/// # Safety
/// `session` must be a live handle; `out_state` must be valid for writing a
/// pointer and `out_state_len` NULL or valid for writing a `size_t`. Free the
/// state with `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_session_export_state(
    session: *const kopru_session,
    out_state: *mut *mut c_char,
    out_state_len: *mut usize,
) -> kopru_result {
    ffi_call(|| {
        let session = &session
            .as_ref()
            .ok_or(Failure::NullArgument("session"))?
            .inner;
        let out = OutString::new(out_state, out_state_len, "out_state")?;
        out.write_json(&session.export_state());
        Ok(())
    })
}

/// 64 random bits from the OS.
fn os_seed() -> Result<u64, Failure> {
    let mut bytes = [0u8; 8];
    getrandom::getrandom(&mut bytes).map_err(|e| {
        Failure::from(kopru_core::Error::config(format!(
            "the OS gave no random seed for the back-off jitter: {e}"
        )))
    })?;
    Ok(u64::from_le_bytes(bytes))
}

/// Writes a step as its JSON form.
fn write_step(out: OutString<'_>, step: Step) {
    out.write(step.to_json_text());
}
