//! Sending: the call with its credentials, retries with back-off, the
//! deadline, 429 blocks, refusals and drifting paths.

use super::flight::{InFlight, Phase};
use super::tokens::RenewalWindows;
use super::Session;
use crate::auth;
use crate::error::Error;
use crate::http::{HttpResponse, Step};
use crate::ops::dialect::dialect_of;
use crate::ops::{self, ParseContext};
use crate::retry::parse_retry_after;

impl Session {
    /// Sends the call, first getting a token if the service needs one and none is usable.
    pub(super) fn proceed(&mut self, flight: InFlight, now_ms: u64) -> Result<Step, Error> {
        let needs_token = ops::login_of(self.config.service).is_some();
        if needs_token {
            let windows = RenewalWindows::of(&self.tokens, &self.config);
            let must_renew = !self.tokens.access_valid(now_ms, windows.late_ms);
            let may_renew = !flight.optional_renewal
                && now_ms >= self.early_renewal_paused_until_ms
                && !self.tokens.access_valid(now_ms, windows.early_ms)
                && self.token_log.allow(now_ms, &self.config).is_ok();
            if must_renew || may_renew {
                let can_refresh = ops::refresh_of(self.config.service).is_some()
                    && self
                        .tokens
                        .refresh_valid(now_ms, self.config.token_margin_ms);
                let phase = if can_refresh {
                    Phase::Refresh
                } else {
                    Phase::Login
                };
                let flight = InFlight {
                    optional_renewal: !must_renew,
                    ..flight
                };
                return self.send_auth(flight, phase, now_ms);
            }
        }
        let mut request = flight.call.clone();
        if let Some(value) = auth::authorization(&self.config, &self.tokens) {
            request.headers.push(("Authorization".into(), value));
        }
        let flight = InFlight {
            phase: Phase::Call,
            sent: request,
            optional_renewal: false,
            ..flight
        };
        self.send(flight, None, now_ms)
    }

    /// Hands out `flight.sent` (after `after_ms`), once the deadline, the
    /// hourly token cap and the quotas allow it.
    pub(super) fn send(
        &mut self,
        flight: InFlight,
        after_ms: Option<u64>,
        now_ms: u64,
    ) -> Result<Step, Error> {
        let at = now_ms.saturating_add(after_ms.unwrap_or(0));
        let deadline = flight
            .started_ms
            .saturating_add(self.config.retry.deadline_ms);
        if at > deadline {
            let doing = match flight.phase {
                Phase::Call if flight.retries > 0 => format!("retry {}", flight.retries),
                Phase::Call => "the request".to_string(),
                Phase::Login | Phase::Refresh => "getting a token".to_string(),
            };
            return Err(Error::Transport {
                message: format!(
                    "{} gave up: the deadline of {} ms for one call would pass before {doing}",
                    flight.op.name, self.config.retry.deadline_ms,
                ),
            });
        }
        if flight.phase != Phase::Call {
            if let Err(refused) = self.token_log.allow(at, &self.config) {
                if flight.optional_renewal {
                    return self.skip_early_renewal(flight, now_ms);
                }
                return Err(refused);
            }
        }
        self.quota.take(&self.config.quota, at)?;
        if flight.phase != Phase::Call {
            self.token_log.record(at);
        }
        let request = flight.sent.clone();
        self.in_flight = Some(flight);
        Ok(Step::Send { request, after_ms })
    }

    pub(super) fn retry(
        &mut self,
        mut flight: InFlight,
        after_ms: u64,
        now_ms: u64,
    ) -> Result<Step, Error> {
        flight.retries += 1;
        self.send(flight, Some(after_ms), now_ms)
    }

    pub(super) fn after_call(
        &mut self,
        mut flight: InFlight,
        response: &HttpResponse,
        now_ms: u64,
    ) -> Result<Step, Error> {
        let dialect = dialect_of(self.config.service);
        if (dialect.unauthenticated)(response) {
            if self.token_replaced_since(&flight) {
                return self.proceed(flight, now_ms);
            }
            if dialect.login.is_some() && !flight.reauthenticated {
                self.retire_tokens();
                self.tokens.drop_access();
                flight.reauthenticated = true;
                return self.proceed(flight, now_ms);
            }
            let detail = ops::api_error(self.config.service, response);
            return Err(Error::Auth {
                message: (dialect.refusal)(&api_message(&detail)),
                status: Some(response.status),
            });
        }
        if let Some(other) = self.other_spelling(&flight, response) {
            let call = ops::build_request_at(flight.op, &flight.params, &self.config, other)?;
            let flight = InFlight {
                call,
                retries: 0,
                switched_path: Some(other),
                ..flight
            };
            return self.proceed(flight, now_ms);
        }
        if response.status != 404 {
            self.remember_spelling(&flight);
        }
        if let Some(step) = self.retry_if_transient(&flight, response, flight.op.idempotent, now_ms)
        {
            return step;
        }
        let body = ops::checked_body(self.config.service, response)?;
        let context = ParseContext {
            params: &flight.params,
            page_size: self.config.page_size,
            result: flight.op.result,
        };
        (flight.op.parse)(body, &context).map(Step::Done)
    }

    /// True when another call renewed the token since `flight` was sent: its
    /// refusal was of the old token, so it goes again with the new one (and
    /// logs in again only if that is refused too).
    fn token_replaced_since(&self, flight: &InFlight) -> bool {
        let now = auth::authorization(&self.config, &self.tokens);
        now.is_some() && flight.sent.header("Authorization") != now.as_deref()
    }

    /// Retries 429 (never processed, so always safe) and, when `repeatable`, 5xx.
    pub(super) fn retry_if_transient(
        &mut self,
        flight: &InFlight,
        response: &HttpResponse,
        repeatable: bool,
        now_ms: u64,
    ) -> Option<Result<Step, Error>> {
        let policy = &self.config.retry;
        let can_retry = flight.retries < policy.max_retries;
        if response.status == 429 {
            let retry_after = response
                .header("Retry-After")
                .and_then(|v| parse_retry_after(v, now_ms));
            return Some(match retry_after {
                Some(wait) if can_retry && wait <= policy.max_retry_after_ms => {
                    self.retry(flight.clone(), wait, now_ms)
                }
                _ => Err(self.blocked_by_429(retry_after, now_ms)),
            });
        }
        if policy.retry_statuses.contains(&response.status) && repeatable && can_retry {
            let wait = policy.backoff_ms(flight.retries + 1, &mut self.jitter);
            return Some(self.retry(flight.clone(), wait, now_ms));
        }
        None
    }

    /// Records the block a 429 asks for, kept no longer than `quota.max_block_ms`.
    fn blocked_by_429(&mut self, retry_after: Option<u64>, now_ms: u64) -> Error {
        let service = self.config.service.name();
        let limits = self.config.quota;
        let asked = retry_after.unwrap_or(limits.block_after_429_ms);
        let reason = match retry_after {
            Some(wait) if wait > limits.max_block_ms => format!(
                "{service} answered 429 Too Many Requests asking to wait {} s; kopru waits \
                 at most quota.max_block_ms = {} ms, then tries one request again",
                wait / 1000,
                limits.max_block_ms
            ),
            Some(wait) => format!(
                "{service} answered 429 Too Many Requests with Retry-After of {} s",
                wait / 1000
            ),
            None => format!(
                "{service} answered 429 Too Many Requests (no Retry-After: \
                 quota.block_after_429_ms = {} ms)",
                limits.block_after_429_ms
            ),
        };
        let kept = self.quota.block(&limits, now_ms, asked, reason.clone());
        Error::RateLimited {
            message: reason,
            retry_after_ms: Some(kept),
        }
    }

    pub(super) fn after_no_response(
        &mut self,
        flight: InFlight,
        message: &str,
        timed_out: bool,
        now_ms: u64,
    ) -> Result<Step, Error> {
        if flight.optional_renewal {
            return self.skip_early_renewal(flight, now_ms);
        }
        let what = if timed_out { "timed out" } else { "failed" };
        let repeatable = flight.phase != Phase::Call || flight.op.idempotent;
        if repeatable && flight.retries < self.config.retry.max_retries {
            let wait = self
                .config
                .retry
                .backoff_ms(flight.retries + 1, &mut self.jitter);
            return self.retry(flight, wait, now_ms);
        }
        let note = if repeatable {
            format!("gave up after {} retries", flight.retries)
        } else {
            format!(
                "not retried: {} is not safe to repeat blindly",
                flight.op.name
            )
        };
        Err(Error::Transport {
            message: format!(
                "request to {} {what}: {message} ({note})",
                flight.op.service.name()
            ),
        })
    }
}

pub(super) fn api_message(err: &Error) -> String {
    match err {
        Error::Api { message, .. } => message.clone(),
        other => other.to_string(),
    }
}
