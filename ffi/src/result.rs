//! Result codes and the failures behind them.

use serde_json::{json, Value};

/// The result of every fallible kopru function: `KOPRU_OK` or why it failed.
///
/// Codes 1–8 are the error kinds every kopru binding shares (the same numbers
/// as the `code` field of the error JSON); codes from 100 on are outcomes of the
/// C call itself: a bad argument (100–102), a caught panic (103), a sync run
/// stopped by the caller (104), a sync run that found its state file locked
/// by another run (105). Numbers are never reused.
pub type kopru_result = i32;

/// Success.
pub const KOPRU_OK: kopru_result = 0;
/// Parameters broke the vendor's rules; nothing was sent. The error JSON lists
/// every problem under `errors` as `{"path", "message"}`.
pub const KOPRU_VALIDATION: kopru_result = 1;
/// The service answered with an error (`status`, `vendor_code`, `body` in the error JSON).
pub const KOPRU_API: kopru_result = 2;
/// Login failed or the credentials were refused.
pub const KOPRU_AUTH: kopru_result = 3;
/// A quota or the vendor's rate limit stops the call (`retry_after_ms` when known).
pub const KOPRU_RATE_LIMITED: kopru_result = 4;
/// No usable response: connect error, timeout, TLS.
pub const KOPRU_TRANSPORT: kopru_result = 5;
/// The response did not have the expected shape (`path` in the error JSON).
pub const KOPRU_DECODE: kopru_result = 6;
/// The config, or the way kopru was called, is wrong (e.g. an unknown operation).
pub const KOPRU_CONFIG: kopru_result = 7;
/// A sync run's plan broke the guard against mass changes (`guard` in the sync
/// options); nothing was sent and the state file is as it was. The error JSON has
/// `plan_id` (give it as the options' `accept_plan` to let exactly that plan
/// through), `limits` (each with its figures), `items` (the first changes) and `items_total`.
pub const KOPRU_GUARDED: kopru_result = 8;
/// A required pointer argument was NULL (or a span had NULL data and a non-zero length).
pub const KOPRU_NULL_ARGUMENT: kopru_result = 100;
/// A text argument was not valid UTF-8.
pub const KOPRU_INVALID_UTF8: kopru_result = 101;
/// A JSON argument was not JSON, or not of the expected shape.
pub const KOPRU_INVALID_JSON: kopru_result = 102;
/// kopru panicked (a bug in kopru). Free the handle involved and do not use it again.
pub const KOPRU_PANIC: kopru_result = 103;
/// The caller stopped a sync run: its hook returned non-zero, or a run without a
/// hook had an order to deliver (`kopru_sync_run`). Not an error of kopru: the sync
/// state saved so far is kept, and the next run goes on from it. The last error
/// JSON has `at`, the kind of hook call that stopped it (`progress`, `save`,
/// `deliver`).
pub const KOPRU_STOPPED: kopru_result = 104;

/// Another run held the lock of the sync state file for the whole
/// `lock_wait_ms` of the params (`kopru_sync_run`); nothing was read or sent.
/// The last error JSON has `kind` `"locked"`, `lock_file` and `holder_pid`
/// (null when unknown), and the message names both.
pub const KOPRU_LOCKED: kopru_result = 105;

/// Why an exported call failed: an error of kopru itself, or a bad argument.
#[derive(Debug)]
pub(crate) enum Failure {
    /// An error from kopru-core or the blocking driver.
    Kopru(kopru_core::Error),
    /// The named pointer argument was NULL.
    NullArgument(&'static str),
    /// The named text argument was not UTF-8.
    InvalidUtf8(&'static str),
    /// The named JSON argument did not parse, with the parser's reason.
    InvalidJson(&'static str, String),
    /// A panic was caught, with its message.
    Panic(String),
    /// The caller stopped a sync run: at which hook call, and why.
    Stopped {
        /// The kind of hook call: `progress`, `save` or `deliver`.
        at: &'static str,
        /// What happened, for the message.
        reason: String,
    },
    /// Another sync run holds the state file's lock.
    Locked(kopru_blocking::Busy),
}

impl From<kopru_core::Error> for Failure {
    fn from(error: kopru_core::Error) -> Self {
        Failure::Kopru(error)
    }
}

impl Failure {
    /// The result code of this failure.
    pub(crate) fn code(&self) -> kopru_result {
        match self {
            Failure::Kopru(error) => error.kind().code(),
            Failure::NullArgument(_) => KOPRU_NULL_ARGUMENT,
            Failure::InvalidUtf8(_) => KOPRU_INVALID_UTF8,
            Failure::InvalidJson(..) => KOPRU_INVALID_JSON,
            Failure::Panic(_) => KOPRU_PANIC,
            Failure::Stopped { .. } => KOPRU_STOPPED,
            Failure::Locked(_) => KOPRU_LOCKED,
        }
    }

    /// A one-line description, free of secrets.
    pub(crate) fn message(&self) -> String {
        match self {
            Failure::Kopru(error) => error.to_string(),
            Failure::NullArgument(name) => format!("argument `{name}` is NULL"),
            Failure::InvalidUtf8(name) => format!("argument `{name}` is not valid UTF-8"),
            Failure::InvalidJson(name, reason) => {
                format!("argument `{name}` is not valid JSON of the expected shape: {reason}")
            }
            Failure::Panic(message) => format!("kopru panicked (a bug in kopru): {message}"),
            Failure::Stopped { reason, .. } => format!("the sync run was stopped: {reason}"),
            Failure::Locked(busy) => format!("another sync run is going on: {busy}"),
        }
    }

    /// The failure as JSON: kopru errors as their own `to_json()`, the failures of
    /// the call itself as `{"kind", "code", "message"}` with a kind of
    /// `null_argument`, `invalid_utf8`, `invalid_json`, `panic`, `stopped` (which
    /// adds `at`) or `locked` (which adds `lock_file` and `holder_pid`).
    pub(crate) fn to_json(&self) -> Value {
        let kind = match self {
            Failure::Kopru(error) => return error.to_json(),
            Failure::NullArgument(_) => "null_argument",
            Failure::InvalidUtf8(_) => "invalid_utf8",
            Failure::InvalidJson(..) => "invalid_json",
            Failure::Panic(_) => "panic",
            Failure::Stopped { at, .. } => {
                return json!({"kind": "stopped", "code": self.code(), "message": self.message(), "at": at})
            }
            Failure::Locked(busy) => {
                return json!({"kind": "locked", "code": self.code(), "message": self.message(),
                    "lock_file": busy.lock_file.to_string_lossy(), "holder_pid": busy.holder})
            }
        };
        json!({"kind": kind, "code": self.code(), "message": self.message()})
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kopru_core::ErrorKind;

    #[test]
    fn kind_codes_match_the_core_table() {
        let ours = [
            KOPRU_VALIDATION,
            KOPRU_API,
            KOPRU_AUTH,
            KOPRU_RATE_LIMITED,
            KOPRU_TRANSPORT,
            KOPRU_DECODE,
            KOPRU_CONFIG,
            KOPRU_GUARDED,
        ];
        let core: Vec<kopru_result> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(ours.to_vec(), core);
    }

    #[test]
    fn call_failures_have_their_own_kind_and_code() {
        let json = Failure::InvalidUtf8("op").to_json();
        assert_eq!(json["kind"], "invalid_utf8");
        assert_eq!(json["code"], KOPRU_INVALID_UTF8);
        assert_eq!(json["message"], "argument `op` is not valid UTF-8");

        let json = Failure::Stopped {
            at: "save",
            reason: "the hook returned 3".into(),
        }
        .to_json();
        assert_eq!(json["kind"], "stopped");
        assert_eq!(json["code"], KOPRU_STOPPED);
        assert_eq!(json["at"], "save");
    }
}
