//! The sans-IO session: decides every request a careful client would send.
//!
//! `start` validates the parameters and answers with the first request to
//! send (a login when no usable token is held); `receive` takes the response
//! and answers with the next request or the result. The session obtains and
//! renews tokens, re-authenticates once after a 401, retries where that is
//! safe, and counts requests against the quotas. It never touches the network
//! or a clock: `now_ms` is always a parameter.

use crate::auth::{self, Tokens};
use crate::config::Config;
use crate::error::{Error, FieldError};
use crate::http::{HttpRequest, HttpResponse, Step};
use crate::ops::{self, Operation, ParseContext, Role};
use crate::quota::QuotaState;
use crate::retry::{parse_retry_after, Jitter};
use crate::schema::{check_object, refuse_deep, too_deep, Problems, MAX_DEPTH};
use crate::secret::Secret;
use crate::service::Service;
use serde_json::{json, Value};

/// The version of the exported state format.
pub const STATE_VERSION: u64 = 1;
/// The shortest secret that is searched for and hidden in transport messages.
const MIN_REDACTED_LEN: usize = 4;
/// After an early renewal failed, the next early attempt waits this long.
const EARLY_RENEWAL_PAUSE_MS: u64 = 5 * 60_000;
/// How much of an unknown operation name an error message repeats.
const SHOWN_NAME_CHARS: usize = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Login,
    Refresh,
    Call,
}

#[derive(Clone, Debug)]
struct InFlight {
    op: &'static Operation,
    params: Value,
    call: HttpRequest,
    phase: Phase,
    sent: HttpRequest,
    retries: u32,
    reauthenticated: bool,
    started_ms: u64,
    optional_renewal: bool,
}

/// One client's state: config, tokens, quota counters and the call in flight.
#[derive(Debug)]
pub struct Session {
    config: Config,
    tokens: Tokens,
    quota: QuotaState,
    in_flight: Option<InFlight>,
    jitter: Jitter,
    early_renewal_paused_until_ms: u64,
    /// Tokens given up during the current operation (refused, replaced): still
    /// hidden in its errors, for a vendor may echo them.
    retired: Vec<Secret>,
}

impl Session {
    /// A session for `config`, resuming from an exported `state` when given.
    pub fn new(config: Config, state: Option<&Value>) -> Result<Session, Error> {
        let mut session = Session {
            config,
            tokens: Tokens::default(),
            quota: QuotaState::default(),
            in_flight: None,
            jitter: Jitter::new(0),
            early_renewal_paused_until_ms: 0,
            retired: Vec::new(),
        };
        if let Some(state) = state.filter(|s| !s.is_null()) {
            refuse_deep(state, "the session state")?;
            session.import_state(state)?;
        }
        Ok(session)
    }

    /// A session from a JSON config and an optional JSON state.
    pub fn from_json(config: &Value, state: Option<&Value>) -> Result<Session, Error> {
        Session::new(Config::from_json(config)?, state)
    }

    /// Seeds the back-off jitter. The session draws no entropy itself: the
    /// bundled clients seed it from the OS; a test seeds it to get an exact schedule.
    pub fn seed_jitter(&mut self, seed: u64) {
        self.jitter = Jitter::new(seed);
    }

    /// The session's config.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Starts `op` with `params`: the first request to send, or a validation error.
    pub fn start(&mut self, op_name: &str, params: &Value, now_ms: u64) -> Result<Step, Error> {
        self.in_flight = None;
        self.retired.clear();
        self.start_flight(op_name, params, now_ms)
            .map_err(|error| self.scrub(error, None))
    }

    fn start_flight(&mut self, op_name: &str, params: &Value, now_ms: u64) -> Result<Step, Error> {
        let op = ops::find(op_name).ok_or_else(|| unknown_operation(op_name))?;
        let local = matches!(op.role, Role::Local(_));
        if op.service != self.config.service && !local {
            return Err(Error::config(format!(
                "{op_name} is a {} operation, but this session is for {}",
                op.service.name(),
                self.config.service.name()
            )));
        }
        if let Some(path) = too_deep(params, MAX_DEPTH) {
            return Err(Error::Validation {
                errors: vec![FieldError {
                    path,
                    message: format!("nested deeper than {MAX_DEPTH} levels"),
                }],
            });
        }
        let given = if params.is_null() {
            json!({})
        } else {
            params.clone()
        };
        let mut problems = Problems::default();
        let wire = check_object(&given, op.params, "", &mut problems);
        if !problems.is_empty() {
            return Err(Error::Validation {
                errors: problems.into_errors(),
            });
        }
        let call = ops::build_request(op, &wire, &self.config)?;
        let mut flight = InFlight {
            op,
            params: wire,
            sent: call.clone(),
            call,
            phase: Phase::Call,
            retries: 0,
            reauthenticated: false,
            started_ms: now_ms,
            optional_renewal: false,
        };
        match op.role {
            Role::Local(run) => run(&flight.params).map(Step::Done),
            Role::Login => self.send_auth(flight, Phase::Login, now_ms),
            Role::Refresh => {
                let phase = if self
                    .tokens
                    .refresh_valid(now_ms, self.config.token_margin_ms)
                {
                    Phase::Refresh
                } else {
                    Phase::Login
                };
                self.send_auth(flight, phase, now_ms)
            }
            Role::Call => {
                flight.phase = Phase::Call;
                self.proceed(flight, now_ms)
            }
        }
    }

    /// Hands back the response to the last request: the next request or the result.
    pub fn receive(&mut self, response: &HttpResponse, now_ms: u64) -> Result<Step, Error> {
        let flight = self.in_flight.take().ok_or_else(no_call_in_flight)?;
        let used = used_credential(&flight.sent);
        let outcome = match flight.phase {
            Phase::Login => self.after_login(flight, response, now_ms),
            Phase::Refresh => self.after_refresh(flight, response, now_ms),
            Phase::Call => self.after_call(flight, response, now_ms),
        };
        outcome.map_err(|error| self.scrub(error, used.as_deref()))
    }

    /// Reports that the last request got no response (connect error, timeout):
    /// a retry when that is safe, else a `transport` error.
    pub fn transport_failed(
        &mut self,
        message: &str,
        timed_out: bool,
        now_ms: u64,
    ) -> Result<Step, Error> {
        let flight = self.in_flight.take().ok_or_else(no_call_in_flight)?;
        let used = used_credential(&flight.sent);
        self.after_no_response(flight, message, timed_out, now_ms)
            .map_err(|error| self.scrub(error, used.as_deref()))
    }

    fn after_no_response(
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

    /// `text` with every secret this session knows, and `used` (the credential
    /// the request carried), replaced by `***`. Secrets shorter than
    /// [`MIN_REDACTED_LEN`] are left alone: replacing them would garble ordinary
    /// words and hide nothing worth hiding.
    fn redact(&self, text: String, used: Option<&str>) -> String {
        let credentials = &self.config.credentials;
        let secrets = [
            Some(&credentials.password),
            credentials.secret_key.as_ref(),
            self.tokens.access.as_ref(),
            self.tokens.refresh.as_ref(),
        ];
        secrets
            .into_iter()
            .flatten()
            .chain(&self.retired)
            .map(Secret::expose)
            .chain(used)
            .filter(|s| s.len() >= MIN_REDACTED_LEN)
            .fold(text, |out, secret| {
                if out.contains(secret) {
                    out.replace(secret, "***")
                } else {
                    out
                }
            })
    }

    /// Remembers the tokens held now before they are dropped or replaced.
    fn retire_tokens(&mut self) {
        for token in [&self.tokens.access, &self.tokens.refresh]
            .into_iter()
            .flatten()
        {
            if !self.retired.contains(token) {
                self.retired.push(token.clone());
            }
        }
    }

    /// `error` with every secret removed from its texts: a vendor may echo a
    /// password, a secret key or a token in an error body, and a transport may
    /// put a URL with credentials in its message.
    fn scrub(&self, error: Error, used: Option<&str>) -> Error {
        let clean = |text: String| self.redact(text, used);
        match error {
            Error::Validation { errors } => Error::Validation {
                errors: errors
                    .into_iter()
                    .map(|e| FieldError {
                        path: clean(e.path),
                        message: clean(e.message),
                    })
                    .collect(),
            },
            Error::Api {
                service,
                status,
                vendor_code,
                message,
                body,
            } => Error::Api {
                service,
                status,
                vendor_code: vendor_code.map(clean),
                message: clean(message),
                body: clean(body),
            },
            Error::Auth { message, status } => Error::Auth {
                message: clean(message),
                status,
            },
            Error::RateLimited {
                message,
                retry_after_ms,
            } => Error::RateLimited {
                message: clean(message),
                retry_after_ms,
            },
            Error::Transport { message } => Error::Transport {
                message: clean(message),
            },
            Error::Decode { path, message } => Error::Decode {
                path: clean(path),
                message: clean(message),
            },
            Error::Config { message } => Error::Config {
                message: clean(message),
            },
        }
    }

    /// Tokens and quota counters as JSON, to resume with [`Session::new`].
    /// Secret-bearing (tokens): store it safely. Never contains passwords.
    pub fn export_state(&self) -> Value {
        json!({
            "version": STATE_VERSION,
            "service": self.config.service.name(),
            "account": self.config.credentials.identity,
            "access_token": self.tokens.access.as_ref().map(Secret::expose),
            "access_expires_ms": self.tokens.access_expires_ms,
            "refresh_token": self.tokens.refresh.as_ref().map(Secret::expose),
            "refresh_expires_ms": self.tokens.refresh_expires_ms,
            "quota": self.quota,
        })
    }

    fn import_state(&mut self, state: &Value) -> Result<(), Error> {
        let version = state.get("version").and_then(Value::as_u64);
        if version != Some(STATE_VERSION) {
            return Err(Error::config(format!(
                "session state version {version:?} is not supported (expected {STATE_VERSION})"
            )));
        }
        let same_service =
            state.get("service").and_then(Value::as_str) == Some(self.config.service.name());
        let same_account = state.get("account").and_then(Value::as_str)
            == Some(self.config.credentials.identity.as_str());
        if !(same_service && same_account) {
            return Ok(());
        }
        let text = |key: &str| state.get(key).and_then(Value::as_str).map(Secret::new);
        let number = |key: &str| state.get(key).and_then(Value::as_u64);
        self.tokens = Tokens {
            access: text("access_token"),
            access_expires_ms: number("access_expires_ms"),
            refresh: text("refresh_token"),
            refresh_expires_ms: number("refresh_expires_ms"),
        };
        if let Some(quota) = state.get("quota").filter(|q| !q.is_null()) {
            self.quota = serde_json::from_value(quota.clone())
                .map_err(|e| Error::config(format!("session state quota is malformed: {e}")))?;
        }
        Ok(())
    }

    /// Sends the call, first getting a token if the service needs one and none is usable.
    fn proceed(&mut self, flight: InFlight, now_ms: u64) -> Result<Step, Error> {
        let needs_token = ops::login_of(self.config.service).is_some();
        let margin = self.config.token_margin_ms;
        let early = margin.max(self.config.refresh_ahead_ms);
        let must_renew = needs_token && !self.tokens.access_valid(now_ms, margin);
        let may_renew = needs_token
            && !flight.optional_renewal
            && now_ms >= self.early_renewal_paused_until_ms
            && !self.tokens.access_valid(now_ms, early);
        if must_renew || may_renew {
            let can_refresh = ops::refresh_of(self.config.service).is_some()
                && self.tokens.refresh_valid(now_ms, margin);
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

    /// An early renewal failed: go on with the still-valid token, and do not
    /// try early again for a while.
    fn skip_early_renewal(&mut self, flight: InFlight, now_ms: u64) -> Result<Step, Error> {
        self.early_renewal_paused_until_ms = now_ms.saturating_add(EARLY_RENEWAL_PAUSE_MS);
        self.proceed(
            InFlight {
                retries: 0,
                ..flight
            },
            now_ms,
        )
    }

    fn send_auth(&mut self, flight: InFlight, phase: Phase, now_ms: u64) -> Result<Step, Error> {
        let (op, body) = match phase {
            Phase::Refresh => (
                ops::refresh_of(self.config.service),
                auth::refresh_body(&self.tokens),
            ),
            Phase::Login | Phase::Call => (
                ops::login_of(self.config.service),
                auth::login_body(&self.config),
            ),
        };
        let op = op.ok_or_else(|| {
            Error::config(format!("{} has no token login", self.config.service.name()))
        })?;
        let mut request = ops::build_request(op, &json!({}), &self.config)?;
        request.body = Some(body.to_string());
        let flight = InFlight {
            phase,
            sent: request,
            retries: if flight.phase == phase {
                flight.retries
            } else {
                0
            },
            ..flight
        };
        self.send(flight, None, now_ms)
    }

    fn send(
        &mut self,
        flight: InFlight,
        after_ms: Option<u64>,
        now_ms: u64,
    ) -> Result<Step, Error> {
        self.quota.take(
            &self.config.quota,
            now_ms.saturating_add(after_ms.unwrap_or(0)),
        )?;
        let request = flight.sent.clone();
        self.in_flight = Some(flight);
        Ok(Step::Send { request, after_ms })
    }

    fn retry(&mut self, mut flight: InFlight, after_ms: u64, now_ms: u64) -> Result<Step, Error> {
        let deadline = flight
            .started_ms
            .saturating_add(self.config.retry.deadline_ms);
        if now_ms.saturating_add(after_ms) > deadline {
            return Err(Error::Transport {
                message: format!(
                    "{} gave up: the deadline of {} ms for one call would pass before retry {}",
                    flight.op.name,
                    self.config.retry.deadline_ms,
                    flight.retries + 1
                ),
            });
        }
        flight.retries += 1;
        self.send(flight, Some(after_ms), now_ms)
    }

    fn after_login(
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

    fn after_refresh(
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
                self.tokens.refresh = None;
                self.tokens.refresh_expires_ms = None;
                if flight.optional_renewal {
                    return self.skip_early_renewal(flight, now_ms);
                }
                self.send_auth(flight, Phase::Login, now_ms)
            }
        }
    }

    fn after_token(&mut self, flight: InFlight, now_ms: u64) -> Result<Step, Error> {
        if matches!(flight.op.role, Role::Call) {
            return self.proceed(
                InFlight {
                    retries: 0,
                    ..flight
                },
                now_ms,
            );
        }
        Ok(Step::Done(json!({
            "authenticated": true,
            "access_expires_ms": self.tokens.access_expires_ms,
            "refresh_expires_ms": self.tokens.refresh_expires_ms,
        })))
    }

    fn after_call(
        &mut self,
        mut flight: InFlight,
        response: &HttpResponse,
        now_ms: u64,
    ) -> Result<Step, Error> {
        let has_login = ops::login_of(self.config.service).is_some();
        if response.status == 401
            || (self.config.service == Service::Tedbul && tedbul_unauthenticated(response))
        {
            if has_login && !flight.reauthenticated {
                self.retire_tokens();
                self.tokens.drop_access();
                flight.reauthenticated = true;
                return self.proceed(flight, now_ms);
            }
            let detail = ops::api_error(self.config.service, response);
            return Err(Error::Auth {
                message: match self.config.service {
                    Service::Erp => {
                        format!("the ERP refused the credentials: {}", api_message(&detail))
                    }
                    _ => format!(
                        "the token was refused even after logging in again: {}",
                        api_message(&detail)
                    ),
                },
                status: Some(response.status),
            });
        }
        if let Some(step) = self.retry_if_transient(&flight, response, flight.op.idempotent, now_ms)
        {
            return step;
        }
        let body = ops::success_body(self.config.service, response)?;
        let context = ParseContext {
            params: &flight.params,
            page_size: self.config.page_size,
            result: flight.op.result,
        };
        (flight.op.parse)(body, &context).map(Step::Done)
    }

    /// Retries 429 (never processed, so always safe) and, when `repeatable`, 5xx.
    fn retry_if_transient(
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
            let max_wait = policy.max_retry_after_ms;
            return Some(match retry_after {
                Some(wait) if can_retry && wait <= max_wait => {
                    self.retry(flight.clone(), wait, now_ms)
                }
                _ => {
                    let wait = retry_after.unwrap_or(self.config.quota.block_after_429_ms);
                    self.quota.block_until(now_ms.saturating_add(wait));
                    Err(Error::RateLimited {
                        message: format!(
                            "{} answered 429 Too Many Requests",
                            self.config.service.name()
                        ),
                        retry_after_ms: Some(wait),
                    })
                }
            });
        }
        if policy.retry_statuses.contains(&response.status) && repeatable && can_retry {
            let wait = policy.backoff_ms(flight.retries + 1, &mut self.jitter);
            return Some(self.retry(flight.clone(), wait, now_ms));
        }
        None
    }
}

fn tedbul_unauthenticated(response: &HttpResponse) -> bool {
    serde_json::from_str::<Value>(&response.body)
        .ok()
        .and_then(|b| {
            b.get("message")
                .and_then(Value::as_str)
                .map(|m| m == "Unauthenticated.")
        })
        .unwrap_or(false)
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

fn api_message(err: &Error) -> String {
    match err {
        Error::Api { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// The credential a request carried: the token (or Basic credentials) after
/// the scheme of its `Authorization` header.
fn used_credential(request: &HttpRequest) -> Option<String> {
    request
        .header("Authorization")
        .and_then(|value| value.split_once(' '))
        .map(|(_, credential)| credential.to_string())
}

fn unknown_operation(name: &str) -> Error {
    let shown: String = name.chars().take(SHOWN_NAME_CHARS).collect();
    let name = if shown.len() < name.len() {
        format!("{shown}…")
    } else {
        shown
    };
    let service = name.split('.').next().unwrap_or("");
    let known: Vec<&str> = ops::all()
        .filter(|op| op.service.name() == service)
        .map(|op| op.name)
        .collect();
    let hint = if known.is_empty() {
        "operation names start with entegra., erp. or tedbul.".to_string()
    } else {
        format!("known {service} operations: {}", known.join(", "))
    };
    Error::config(format!("unknown operation {name:?}; {hint}"))
}

fn no_call_in_flight() -> Error {
    Error::config("no request is in flight: call start() first, and receive() once per request")
}
