//! kopru-wasm: the WebAssembly side of the `kopru` npm package.
//!
//! This crate is deliberately thin. It exposes the core's sans-IO [`Session`]
//! (with the parking that lets the calls of one client overlap their network
//! waits) and its page walk; the JavaScript layer in `wasm/js/` runs the
//! transport: the host's global `fetch` (Node ≥ 18, browsers, workers) or,
//! with `sandbox: true`, the core's in-process sandbox, which lives in a second
//! module (`wasm/sandbox`, loaded only then), so the default module stays lean
//! (no async runtime, no `fetch` bindings). Every value crosses the boundary as
//! JSON text so that money (decimal strings) stays exact; the JavaScript layer
//! turns that text into plain objects and the thrown error JSON into
//! `KopruError`. Validation, paths, retries, tokens and quotas are all decided
//! by kopru-core. The bridge's local operations (`map.*`, `sync.*`) and the
//! sync runner are not in this module: they are a third module
//! (`wasm/bridge`), loaded only when one is asked for
//! ([`is_bridge_operation`] tells the JavaScript layer which names go there).

use kopru_core::page_walk::PageWalk;
use kopru_core::session::Parked;
use kopru_core::wire::Wire;
use kopru_core::{Error, HttpResponse, Session};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// A core error as the JavaScript layer receives it: the JSON text of
/// `Error::to_json`, which `wasm/js/api.js` turns into a `KopruError`.
fn thrown(error: Error) -> JsValue {
    JsValue::from_str(&error.to_json().to_string())
}

/// Parses JSON text handed over by the JavaScript layer.
fn parse(what: &str, text: &str) -> Result<Value, JsValue> {
    serde_json::from_str(text)
        .map_err(|e| thrown(Error::config(format!("{what} is not JSON: {e}"))))
}

/// Parses the optional session state.
fn parse_state(state: Option<String>) -> Result<Option<Value>, JsValue> {
    state.map(|text| parse("state", &text)).transpose()
}

/// Converts a JavaScript time stamp (milliseconds since the epoch) to the core's `now_ms`.
fn to_now(now_ms: f64) -> u64 {
    if now_ms.is_finite() && now_ms > 0.0 {
        now_ms as u64
    } else {
        0
    }
}

/// The sans-IO session (`Session` in the JavaScript API), JSON text in and out.
#[wasm_bindgen]
pub struct RawSession {
    session: Session,
}

#[wasm_bindgen]
impl RawSession {
    /// Creates a session from the config JSON and, optionally, an exported
    /// state; `seed` seeds the back-off jitter (the JavaScript layer passes
    /// `crypto.getRandomValues` unless the caller chose a seed).
    #[wasm_bindgen(constructor)]
    pub fn new(config: &str, state: Option<String>, seed: u64) -> Result<RawSession, JsValue> {
        let config = parse("config", config)?;
        let state = parse_state(state)?;
        let mut session = Session::from_json(&config, state.as_ref()).map_err(thrown)?;
        session.seed_jitter(seed);
        Ok(RawSession { session })
    }

    /// Starts operation `op` with the params JSON; returns the first step as JSON.
    pub fn start(&mut self, op: &str, params: &str, now_ms: f64) -> Result<String, JsValue> {
        let params = parse("params", params)?;
        let step = self
            .session
            .start(op, &params, to_now(now_ms))
            .map_err(thrown)?;
        Ok(step.to_json_text())
    }

    /// Hands the response (JSON `{status, headers, body}`) back; returns the next step as JSON.
    pub fn receive(&mut self, response: &str, now_ms: f64) -> Result<String, JsValue> {
        let value: Value = serde_json::from_str(response).map_err(|e| {
            thrown(Error::Validation {
                errors: vec![kopru_core::FieldError::new(
                    "",
                    kopru_core::messages::Problem::from(format!(
                        "the response cannot be read as a value: {e}"
                    )),
                )],
            })
        })?;
        let response = HttpResponse::from_json(&value).map_err(thrown)?;
        let step = self
            .session
            .receive(&response, to_now(now_ms))
            .map_err(thrown)?;
        Ok(step.to_json_text())
    }

    /// Tells the session that no response arrived; returns the next step as JSON.
    #[wasm_bindgen(js_name = transportFailed)]
    pub fn transport_failed(
        &mut self,
        message: &str,
        timed_out: bool,
        now_ms: f64,
    ) -> Result<String, JsValue> {
        let step = self
            .session
            .transport_failed(message, timed_out, to_now(now_ms))
            .map_err(thrown)?;
        Ok(step.to_json_text())
    }

    /// The tokens and quota counters as JSON (secret-bearing).
    #[wasm_bindgen(js_name = exportState)]
    pub fn export_state(&self) -> String {
        self.session.export_state().to_string()
    }

    /// Drops the call in flight, as `start` does: the JavaScript layer calls
    /// it before it has the bridge module answer a `map.*` or `sync.*` operation.
    pub fn abandon(&mut self) {
        self.session.abandon();
    }

    /// Sets the call in flight aside while its request is out, so that other
    /// calls of the same client may start and take their answers meanwhile;
    /// `undefined` when no call is in flight.
    pub fn park(&mut self) -> Option<RawParked> {
        self.session.park().map(|parked| RawParked { parked })
    }

    /// Brings a parked call back to take its answer (`receive` or
    /// `transportFailed` next).
    pub fn resume(&mut self, parked: RawParked) {
        self.session.resume(parked.parked);
    }

    /// Whether a parked call's login or token renewal is out: other calls wait
    /// for the token it brings before they start or take their answer.
    #[wasm_bindgen(getter, js_name = awaitsToken)]
    pub fn awaits_token(&self) -> bool {
        self.session.awaits_token()
    }

    /// The config's deadline of one call in milliseconds: the longest a call
    /// waits for another's token.
    #[wasm_bindgen(getter, js_name = deadlineMs)]
    pub fn deadline_ms(&self) -> f64 {
        self.session.config().retry.deadline_ms as f64
    }

    /// The config's `timeout_ms` (0: none): how long one request may take.
    #[wasm_bindgen(getter, js_name = timeoutMs)]
    pub fn timeout_ms(&self) -> f64 {
        self.session.config().timeout_ms as f64
    }

    /// Whether the config asks for the in-process sandbox (`sandbox: true`).
    #[wasm_bindgen(getter)]
    pub fn sandbox(&self) -> bool {
        self.session.config().sandbox
    }
}

/// A call set aside by [`RawSession::park`] while its request is out.
#[wasm_bindgen]
pub struct RawParked {
    parked: Parked,
}

#[wasm_bindgen]
impl RawParked {
    /// Whether the request out is a login or token renewal (its answer is
    /// taken at once: the calls waiting for the token wait for it).
    #[wasm_bindgen(getter, js_name = isTokenRequest)]
    pub fn is_token_request(&self) -> bool {
        self.parked.is_token_request()
    }
}

/// The core's plan of a walk over a paginated list (see [`PageWalk`]): the
/// JavaScript layer fetches each page handed out at once and hands the
/// results back in the order the pages were handed out.
#[wasm_bindgen(js_name = RawPageWalk)]
pub struct RawPageWalk {
    walk: PageWalk,
}

#[wasm_bindgen(js_class = RawPageWalk)]
impl RawPageWalk {
    /// A walk of `op` from `params` (JSON), `concurrency` (1 to 16) pages in flight.
    #[wasm_bindgen(constructor)]
    pub fn new(op: &str, params: &str, concurrency: f64) -> Result<RawPageWalk, JsValue> {
        let params = parse("params", params)?;
        let concurrency = if concurrency.fract() == 0.0 && concurrency >= 0.0 {
            concurrency as u64
        } else {
            0
        };
        let walk = PageWalk::new(op, &params, concurrency).map_err(thrown)?;
        Ok(RawPageWalk { walk })
    }

    /// The params (JSON) of a page to fetch now; `undefined` when no page may
    /// go out now (with nothing in flight: the walk is over).
    #[wasm_bindgen(js_name = handOut)]
    pub fn hand_out(&mut self) -> Option<String> {
        self.walk.hand_out().map(|params| params.to_string())
    }

    /// How many pages are handed out and not yet received: after
    /// `receiveNext`, the answers of any pages beyond are to be dropped.
    #[wasm_bindgen(getter, js_name = inFlight)]
    pub fn in_flight(&self) -> usize {
        self.walk.in_flight()
    }

    /// Takes the result (JSON) of the earliest page in flight and gives its
    /// items as a JSON list.
    #[wasm_bindgen(js_name = receiveNext)]
    pub fn receive_next(&mut self, result: &str) -> Result<String, JsValue> {
        let result = Wire::from_value(parse("result", result)?);
        Ok(Wire::List(self.walk.receive_next(result)).to_json_text())
    }

    /// The earliest page in flight failed: the walk ends.
    #[wasm_bindgen(js_name = failNext)]
    pub fn fail_next(&mut self) {
        self.walk.fail_next();
    }
}

/// The JSON of a `config` error with `message`, for problems the JavaScript
/// layer meets itself (reading or writing `state_file`).
#[wasm_bindgen(js_name = configError)]
pub fn config_error(message: &str) -> String {
    Error::config(message).to_json().to_string()
}

/// Whether the operation `name` is answered by the bridge module (`map.*`,
/// `sync.*`) rather than by this one.
#[wasm_bindgen(js_name = isBridgeOperation)]
pub fn is_bridge_operation(name: &str) -> bool {
    kopru_core::ops::is_bridge_operation(name)
}
