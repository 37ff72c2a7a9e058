//! Getting a token: logins and refreshes, each call within its budget of
//! token requests, and a fresh token checked against this client's clock.

use super::calls::api_message;
use super::flight::{InFlight, Phase};
use super::tokens::{budget_spent, clock_skew, TOKEN_REQUESTS_PER_CALL};
use super::Session;
use crate::auth;
use crate::error::Error;
use crate::http::{HttpResponse, Step};
use crate::ops::{self, Role};
use crate::wire::Wire;
use serde_json::json;

/// After an early renewal failed, the next early attempt waits this long.
const EARLY_RENEWAL_PAUSE_MS: u64 = 5 * 60_000;

impl Session {
    /// Sends a login or a refresh: a new token request of this call, within its budget.
    pub(super) fn send_auth(
        &mut self,
        flight: InFlight,
        phase: Phase,
        now_ms: u64,
    ) -> Result<Step, Error> {
        if flight.token_requests >= TOKEN_REQUESTS_PER_CALL {
            if flight.optional_renewal {
                return self.skip_early_renewal(flight, now_ms);
            }
            return Err(budget_spent(&self.config, flight.op.name));
        }
        let (op, body) = if phase == Phase::Refresh {
            (
                ops::refresh_of(self.config.service),
                auth::refresh_body(&self.config, &self.tokens),
            )
        } else {
            (
                ops::login_of(self.config.service),
                auth::login_body(&self.config),
            )
        };
        let op = op.ok_or_else(|| {
            Error::config(format!("{} has no token login", self.config.service.name()))
        })?;
        let mut request = ops::build_request(op, &Wire::Null, &self.config)?;
        request.body = Some(body.to_string());
        let flight = InFlight {
            phase,
            sent: request,
            retries: 0,
            token_requests: flight.token_requests + 1,
            ..flight
        };
        self.send(flight, None, now_ms)
    }

    /// An early renewal failed or may not be sent: go on with the still-valid
    /// token, and do not try early again for a while.
    pub(super) fn skip_early_renewal(
        &mut self,
        flight: InFlight,
        now_ms: u64,
    ) -> Result<Step, Error> {
        self.early_renewal_paused_until_ms = now_ms.saturating_add(EARLY_RENEWAL_PAUSE_MS);
        self.proceed(
            InFlight {
                retries: 0,
                ..flight
            },
            now_ms,
        )
    }

    pub(super) fn after_login(
        &mut self,
        flight: InFlight,
        response: &HttpResponse,
        now_ms: u64,
    ) -> Result<Step, Error> {
        if flight.optional_renewal && !(200..300).contains(&response.status) {
            return self.skip_early_renewal(flight, now_ms);
        }
        if let Some(step) = self.retry_if_transient(&flight, response, true, now_ms) {
            return step;
        }
        let body = ops::success_body(self.config.service, response)
            .map_err(|err| login_refused(err, response))?;
        self.retire_tokens();
        auth::read_login(&self.config, &body, now_ms, &mut self.tokens)?;
        self.after_token(flight, now_ms)
    }

    pub(super) fn after_refresh(
        &mut self,
        flight: InFlight,
        response: &HttpResponse,
        now_ms: u64,
    ) -> Result<Step, Error> {
        self.retire_tokens();
        let renewed = ops::success_body(self.config.service, response)
            .and_then(|body| auth::read_login(&self.config, &body, now_ms, &mut self.tokens));
        match renewed {
            Ok(()) => self.after_token(flight, now_ms),
            Err(_) => {
                self.tokens.drop_refresh();
                if flight.optional_renewal {
                    return self.skip_early_renewal(flight, now_ms);
                }
                self.send_auth(flight, Phase::Login, now_ms)
            }
        }
    }

    /// A fresh token arrived: refuse it when this client's clock already
    /// finds it expired, else go on with the call (or answer the login).
    fn after_token(&mut self, flight: InFlight, now_ms: u64) -> Result<Step, Error> {
        let expires_ms = self.tokens.access_expires_ms.unwrap_or(u64::MAX);
        if expires_ms <= now_ms {
            return Err(clock_skew(&self.config, expires_ms, now_ms));
        }
        if matches!(flight.op.role, Role::Call) {
            return self.proceed(
                InFlight {
                    retries: 0,
                    optional_renewal: false,
                    ..flight
                },
                now_ms,
            );
        }
        Ok(Step::Done(Wire::from_value(json!({
            "authenticated": true,
            "access_expires_ms": self.tokens.access_expires_ms,
            "refresh_expires_ms": self.tokens.refresh_expires_ms,
        }))))
    }
}

/// A login answered with an error is a refusal (`auth`), unless the service
/// failed (5xx): then it stays an `api` error, for the credentials may be right.
fn login_refused(err: Error, response: &HttpResponse) -> Error {
    match err {
        Error::Api { status, .. } if status >= 500 => err,
        Error::Api { .. } => Error::Auth {
            message: format!("login refused: {}", api_message(&err)),
            status: Some(response.status),
        },
        other => other,
    }
}
