//! The sans-IO session: decides every request a careful client would send.
//!
//! `start` validates the parameters and answers with the first request to
//! send (a login when no usable token is held); `receive` takes the response
//! and answers with the next request or the result. The session obtains and
//! renews tokens, re-authenticates once after a refusal, retries where that is
//! safe, and counts requests against the quotas. It never touches the network
//! or a clock: `now_ms` is always a parameter.
//!
//! Contract: one operation at a time — `start` abandons any operation still
//! in flight; `receive` or `transport_failed` answers exactly the last `Send`
//! step. Threads sharing one session park the call in flight while its
//! request is out ([`Session::park`]), so calls overlap their network waits. `now_ms` should not go backwards; if it does, nothing loops: every
//! call is bounded by its deadline, by [`tokens::TOKEN_REQUESTS_PER_CALL`] token
//! requests, and by `max_logins_per_hour` token requests per hour.
//!
//! The session names no vendor: each service's dialect (`ops/<service>/dialect.rs`)
//! says how it logs in, carries its token and reports failures.

mod calls;
mod flight;
mod parked;
mod paths;
mod preview;
mod redact;
mod renewal;
mod state;
mod tokens;

pub use parked::Parked;
pub use state::STATE_VERSION;

use crate::auth::Tokens;
use crate::config::Config;
use crate::error::{Error, FieldError};
use crate::given::Given;
use crate::http::{HttpRequest, HttpResponse, Step};
use crate::messages::Problem;
use crate::ops::{self, Role};
use crate::quota::QuotaState;
use crate::retry::Jitter;
use crate::schema::{check_given, refuse_deep, Problems, MAX_DEPTH};
use crate::secret::Secret;
use crate::wire::Wire;
use flight::{InFlight, Phase};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use tokens::TokenLog;

/// How much of an unknown operation name an error message repeats.
const SHOWN_NAME_CHARS: usize = 80;

/// One client's state: config, tokens, quota counters and the call in flight.
#[derive(Debug)]
pub struct Session {
    config: Config,
    tokens: Tokens,
    quota: QuotaState,
    in_flight: Option<InFlight>,
    jitter: Jitter,
    early_renewal_paused_until_ms: u64,
    /// Token requests of the last hour, for `max_logins_per_hour`.
    token_log: TokenLog,
    /// Operation → the spelling of its drifting path that answered.
    answered_paths: BTreeMap<String, String>,
    /// Tokens given up during the current operation (refused, replaced): still
    /// hidden in its errors, for a vendor may echo them.
    retired: Vec<Secret>,
    /// Parked calls whose login or renewal is out (see [`Session::awaits_token`]).
    token_requests_out: u32,
}

impl Session {
    /// A session for `config`, resuming from an exported `state` when given.
    /// A state that is not one (wrong shape or version) is a `config` error;
    /// see [`Session::new_or_fresh`] to start over instead.
    pub fn new(config: Config, state: Option<&Value>) -> Result<Session, Error> {
        let mut session = Session::fresh(config);
        if let Some(state) = state.filter(|s| !s.is_null()) {
            refuse_deep(state, "the session state")?;
            session.import_state(state)?;
        }
        Ok(session)
    }

    /// A session for `config` that resumes from `state` when it can, and
    /// otherwise starts with no state: then the second value says why the
    /// state was set aside (the bundled clients move such a state file aside
    /// and warn). Never fails: the config is already valid.
    pub fn new_or_fresh(config: Config, state: Option<&Value>) -> (Session, Option<String>) {
        match Session::new(config.clone(), state) {
            Ok(session) => (session, None),
            Err(error) => (
                Session::fresh(config),
                Some(format!(
                    "the session state was not usable and is ignored: {error}"
                )),
            ),
        }
    }

    fn fresh(config: Config) -> Session {
        Session {
            config,
            tokens: Tokens::default(),
            quota: QuotaState::default(),
            in_flight: None,
            jitter: Jitter::new(0),
            early_renewal_paused_until_ms: 0,
            token_log: TokenLog::default(),
            answered_paths: BTreeMap::new(),
            retired: Vec::new(),
            token_requests_out: 0,
        }
    }

    /// A session from a JSON config and an optional JSON state.
    pub fn from_json(config: &Value, state: Option<&Value>) -> Result<Session, Error> {
        Session::new(Config::from_json(config)?, state)
    }

    /// Seeds the back-off jitter. The session draws no entropy itself: every
    /// binding seeds it from the OS unless the caller passes a seed; a test
    /// seeds it to get an exact schedule.
    pub fn seed_jitter(&mut self, seed: u64) {
        self.jitter = Jitter::new(seed);
    }

    /// The session's config.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Starts `op` with `params`: the first request to send, or a validation error.
    pub fn start(&mut self, op_name: &str, params: &Value, now_ms: u64) -> Result<Step, Error> {
        self.start_given(op_name, &params, now_ms)
    }

    /// [`Session::start`] with parameters a binding reads in place (its own
    /// objects, see [`Given`]): they are checked and turned into the wire form
    /// in one walk, with no copy of them made first. `null` is no parameters. A
    /// value with no JSON form is the one `validation` problem reported, at its path.
    pub fn start_given<G: Given>(
        &mut self,
        op_name: &str,
        params: &G,
        now_ms: u64,
    ) -> Result<Step, Error> {
        self.abandon();
        self.start_flight(op_name, params, now_ms)
            .map_err(|error| self.scrub(error, None))
    }

    /// Drops the call in flight, as [`Session::start`] does before it starts
    /// another: for a binding that has a local operation answered elsewhere
    /// (the WebAssembly bridge module) and leaves the session as `start` would.
    pub fn abandon(&mut self) {
        self.in_flight = None;
        self.retired.clear();
    }

    fn start_flight<G: Given>(
        &mut self,
        op_name: &str,
        params: &G,
        now_ms: u64,
    ) -> Result<Step, Error> {
        let op = ops::find(op_name).ok_or_else(|| unknown_operation(op_name))?;
        let local = matches!(op.role, Role::Local(_));
        if op.service != self.config.service && !local {
            return Err(Error::config(format!(
                "{op_name} is a {} operation, but this session is for {}",
                op.service.name(),
                self.config.service.name()
            )));
        }
        if let Some(path) = params.too_deep() {
            return Err(Error::Validation {
                errors: vec![FieldError::new(
                    path,
                    Problem::TooDeep {
                        max_depth: MAX_DEPTH,
                    },
                )],
            });
        }
        let mut problems = Problems::default();
        let wire = if params.is_null() {
            check_given(&&json!({}), op.params, "", &mut problems)
        } else {
            check_given(params, op.params, "", &mut problems)
        };
        if !problems.is_empty() {
            return Err(Error::Validation {
                errors: problems.into_errors(),
            });
        }
        let call = ops::build_request_at(op, &wire, &self.config, self.path_template(op))?;
        let flight = InFlight {
            op,
            params: wire,
            sent: call.clone(),
            call,
            phase: Phase::Call,
            retries: 0,
            reauthenticated: false,
            started_ms: now_ms,
            optional_renewal: false,
            token_requests: 0,
            switched_path: None,
        };
        match op.role {
            Role::Local(run) => run(&flight.params.into_value())
                .map(Wire::from_value)
                .map(Step::Done),
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
            Role::Call => self.proceed(flight, now_ms),
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
