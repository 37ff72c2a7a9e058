//! The call in flight: what the session sent last and what it has spent.

use crate::http::HttpRequest;
use crate::ops::Operation;
use crate::wire::Wire;

/// What the last request of a call was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Phase {
    /// A login with the credentials.
    Login,
    /// A renewal with the refresh token.
    Refresh,
    /// The operation's own request.
    Call,
}

/// One operation between `start` and its result.
#[derive(Clone, Debug)]
pub(super) struct InFlight {
    /// The operation.
    pub op: &'static Operation,
    /// Its parameters in wire form.
    pub params: Wire,
    /// The operation's request without credentials (the template of every attempt).
    pub call: HttpRequest,
    /// What `sent` is.
    pub phase: Phase,
    /// The request sent last.
    pub sent: HttpRequest,
    /// Retries of `sent` so far.
    pub retries: u32,
    /// A refusal already led to a fresh token: the next refusal is final.
    pub reauthenticated: bool,
    /// When the call started (its deadline counts from here).
    pub started_ms: u64,
    /// The token request in flight is an early renewal whose failure is harmless.
    pub optional_renewal: bool,
    /// Token requests (logins, refreshes) begun by this call, retries not counted.
    pub token_requests: u32,
    /// The other spelling of a drifting path, tried after a 404 on the first.
    pub switched_path: Option<&'static str>,
}
