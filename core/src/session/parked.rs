//! Sharing one session between threads without holding it across I/O.
//!
//! A driver that several threads share takes the call in flight out of the
//! session ([`Session::park`]) before it sends the request, so other calls
//! may start or answer meanwhile, and puts it back ([`Session::resume`]) to
//! hand over the response. Token requests stay single-flight: while a parked
//! call's login or renewal is out, [`Session::awaits_token`] is true and the
//! driver lets no other call start or take its answer, so the token that
//! arrives serves them all and is asked for once.

use super::flight::{InFlight, Phase};
use super::Session;
use crate::secret::Secret;

/// A call taken out of its session while its request is on the network.
#[derive(Debug)]
pub struct Parked {
    flight: InFlight,
    /// The tokens this call gave up (still hidden in its errors).
    retired: Vec<Secret>,
}

impl Parked {
    /// True when the request out is a login or a token renewal.
    pub fn is_token_request(&self) -> bool {
        self.flight.phase != Phase::Call
    }
}

impl Session {
    /// Takes the call in flight out of the session (none after a `Done`
    /// step or an error), so another call may use the session while this
    /// one's request is on the network. Every parked call must be resumed.
    pub fn park(&mut self) -> Option<Parked> {
        let flight = self.in_flight.take()?;
        let parked = Parked {
            flight,
            retired: std::mem::take(&mut self.retired),
        };
        if parked.is_token_request() {
            self.token_requests_out += 1;
        }
        Some(parked)
    }

    /// Makes a parked call the call in flight again, to `receive` (or
    /// `transport_failed`) its response next.
    pub fn resume(&mut self, parked: Parked) {
        if parked.is_token_request() {
            self.token_requests_out = self.token_requests_out.saturating_sub(1);
        }
        self.retired = parked.retired;
        self.in_flight = Some(parked.flight);
    }

    /// True while a parked call's login or renewal is out: the token it
    /// brings serves every call, so no other call should start or take its
    /// answer before it is resumed.
    pub fn awaits_token(&self) -> bool {
        self.token_requests_out > 0
    }
}
