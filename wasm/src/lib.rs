//! kopru-wasm: the WebAssembly side of the `kopru` npm package.
//!
//! This crate is deliberately thin. It exposes the core's sans-IO [`Session`]
//! and a [`RawClient`] that drives a session over the host's global `fetch`
//! (Node ≥ 18, browsers, workers) or, with `sandbox: true`, over a host
//! function: the JavaScript layer answers from the core's in-process sandbox,
//! which lives in a second module (`wasm/sandbox`, loaded only then), so the
//! default module stays lean. Every value crosses the boundary as JSON text so
//! that money (decimal strings) stays exact and the module stays small; the
//! hand-written JavaScript in `wasm/js/` turns that text into plain objects and
//! the thrown error JSON into `KopruError`. Validation, paths, retries, tokens
//! and quotas are all decided by kopru-core. The bridge's local operations
//! (`map.*`, `sync.*`) and the sync runner are not in this module: they are a
//! third module (`wasm/bridge`), loaded only when one is asked for
//! ([`is_bridge_operation`] tells the JavaScript layer which names go there).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use kopru_core::page_walk::PageWalk;
use kopru_core::session::Parked;
use kopru_core::wire::Wire;
use kopru_core::{Config, Error, HttpRequest, HttpResponse, Session, Step};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

#[wasm_bindgen]
extern "C" {
    /// The host's global `fetch` (looked up on `globalThis` at call time).
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str, init: &Object) -> Promise;

    /// The host's global `setTimeout`.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &js_sys::Function, ms: f64) -> JsValue;

    /// `AbortSignal`, only for its static `timeout`.
    type AbortSignal;

    /// `AbortSignal.timeout(ms)`: a signal that aborts with a `TimeoutError` after `ms`.
    #[wasm_bindgen(static_method_of = AbortSignal)]
    fn timeout(ms: f64) -> AbortSignal;

    /// A fetch `Response`.
    type FetchResponse;

    /// The HTTP status code.
    #[wasm_bindgen(method, getter)]
    fn status(this: &FetchResponse) -> u16;

    /// The `Headers` object (iterable as `[name, value]` pairs).
    #[wasm_bindgen(method, getter)]
    fn headers(this: &FetchResponse) -> JsValue;

    /// Reads the whole body as text.
    #[wasm_bindgen(method)]
    fn text(this: &FetchResponse) -> Promise;
}

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

/// The host's current time in milliseconds since the epoch.
fn now() -> u64 {
    to_now(js_sys::Date::now())
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
}

/// Where a client's requests go.
enum Transport {
    /// The host's global `fetch`, each request aborted after the timeout.
    Fetch {
        /// The config's `timeout_ms` (0: no timeout).
        timeout_ms: u64,
    },
    /// A host function `(request JSON, now_ms) => Promise<response JSON>`:
    /// the JavaScript layer's bridge to the sandbox module.
    Host(js_sys::Function),
}

/// A session together with its transport; shared by the promises of a client.
struct Driver {
    session: RefCell<Session>,
    transport: Transport,
}

impl Driver {
    /// Runs one operation to its end: sends every step, waits out `after_ms`;
    /// `sent` turns true when a request is handed to the transport. The call
    /// is parked while its request is out, so the promises of one client
    /// overlap; none starts or takes its answer while another's login or
    /// renewal is out (the token it brings serves them all).
    async fn run(&self, op: &str, params: &Value, sent: &mut bool) -> Result<Wire, Error> {
        self.settled().await;
        let (mut step, mut parked) = {
            let mut session = self.session.borrow_mut();
            let step = session.start(op, params, now())?;
            (step, session.park())
        };
        loop {
            let (request, after_ms) = match step {
                Step::Done(result) => return Ok(result),
                Step::Send { request, after_ms } => (request, after_ms),
            };
            if let Some(ms) = after_ms.filter(|ms| *ms > 0) {
                sleep(ms).await;
            }
            *sent = true;
            let answer = self.send(&request).await;
            let token_request = parked.as_ref().is_some_and(Parked::is_token_request);
            if !token_request {
                self.settled().await;
            }
            let mut session = self.session.borrow_mut();
            if let Some(call) = parked.take() {
                session.resume(call);
            }
            let next = match answer? {
                Ok(response) => session.receive(&response, now()),
                Err((message, timed_out)) => session.transport_failed(&message, timed_out, now()),
            };
            parked = session.park();
            step = next?;
        }
    }

    /// Waits while another call's login or renewal is out, at most one
    /// call's deadline (checking every [`TOKEN_WAIT_STEP_MS`]).
    async fn settled(&self) {
        let until = now().saturating_add(self.session.borrow().config().retry.deadline_ms);
        while self.session.borrow().awaits_token() && now() < until {
            sleep(TOKEN_WAIT_STEP_MS).await;
        }
    }

    /// Sends one request: the outer error ends the operation (the sandbox
    /// module failed to load or answer), the inner one is a transport failure
    /// `(message, timed_out)` the session decides about.
    async fn send(
        &self,
        request: &HttpRequest,
    ) -> Result<Result<HttpResponse, (String, bool)>, Error> {
        match &self.transport {
            Transport::Host(handler) => host_send(handler, request).await.map(Ok),
            Transport::Fetch { timeout_ms } => Ok(fetch(request, *timeout_ms)
                .await
                .map_err(|e| describe_failure(&e))),
        }
    }
}

/// Waits `ms` milliseconds on the host's timer.
async fn sleep(ms: u64) {
    let delay = Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, ms as f64);
    });
    // The promise only ever resolves.
    let _ = JsFuture::from(delay).await;
}

/// Hands `request` (as JSON) to the host function and reads back its response JSON.
async fn host_send(
    handler: &js_sys::Function,
    request: &HttpRequest,
) -> Result<HttpResponse, Error> {
    let failed =
        |what: &str, detail: String| Error::config(format!("the sandbox {what}: {detail}"));
    let text = serde_json::to_string(request).map_err(|e| failed("request", e.to_string()))?;
    let promise = handler
        .call2(&JsValue::NULL, &text.into(), &(now() as f64).into())
        .map_err(|e| failed("module failed", describe_failure(&e).0))?;
    let answer = JsFuture::from(Promise::resolve(&promise))
        .await
        .map_err(|e| failed("module failed", describe_failure(&e).0))?;
    let answer = answer.as_string().unwrap_or_default();
    serde_json::from_str(&answer).map_err(|e| failed("answer", e.to_string()))
}

/// Sends `request` with the global `fetch` and reads the whole response.
async fn fetch(request: &HttpRequest, timeout_ms: u64) -> Result<HttpResponse, JsValue> {
    let init = Object::new();
    Reflect::set(&init, &"method".into(), &request.method.as_str().into())?;
    let headers: Array = request
        .headers
        .iter()
        .map(|(name, value)| Array::of2(&name.as_str().into(), &value.as_str().into()))
        .collect();
    Reflect::set(&init, &"headers".into(), &headers)?;
    if let Some(body) = &request.body {
        Reflect::set(&init, &"body".into(), &body.as_str().into())?;
    }
    if timeout_ms > 0 {
        Reflect::set(
            &init,
            &"signal".into(),
            &AbortSignal::timeout(timeout_ms as f64),
        )?;
    }
    let response: FetchResponse = JsFuture::from(global_fetch(&request.url, &init))
        .await?
        .unchecked_into();
    let status = response.status();
    let headers = Array::from(&response.headers())
        .iter()
        .map(|pair| {
            let pair: Array = pair.unchecked_into();
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string().unwrap_or_default(),
            )
        })
        .collect();
    let body = JsFuture::from(response.text())
        .await?
        .as_string()
        .unwrap_or_default();
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

/// Turns what `fetch` threw into a message (with the underlying cause, as Node
/// reports `connect ECONNREFUSED` there) and whether it was the timeout.
fn describe_failure(error: &JsValue) -> (String, bool) {
    let field = |value: &JsValue, key: &str| {
        Reflect::get(value, &key.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let timed_out = field(error, "name").as_deref() == Some("TimeoutError");
    let mut message = field(error, "message")
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "fetch failed".to_owned());
    if let Some(cause) = Reflect::get(error, &"cause".into())
        .ok()
        .and_then(|cause| field(&cause, "message"))
    {
        message = format!("{message}: {cause}");
    }
    (message, timed_out)
}

/// The bundled client (`Client` in the JavaScript API): runs whole operations.
///
/// Calls on one client overlap their network waits: each is parked in the
/// session while its request is out, and a login or renewal serves them all.
#[wasm_bindgen]
pub struct RawClient {
    driver: Rc<Driver>,
}

#[wasm_bindgen]
impl RawClient {
    /// Creates a client from the config JSON and, optionally, an exported
    /// state; `sandbox` answers the requests of a `sandbox: true` config
    /// (`(request JSON, now_ms) => Promise<response JSON>`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        config: &str,
        state: Option<String>,
        sandbox: Option<js_sys::Function>,
    ) -> Result<RawClient, JsValue> {
        let config = Config::from_json(&parse("config", config)?).map_err(thrown)?;
        let state = parse_state(state)?;
        let transport = if config.sandbox {
            Transport::Host(sandbox.ok_or_else(|| {
                thrown(Error::config(
                    "`sandbox: true` needs the sandbox module, which this entry point of the package cannot load",
                ))
            })?)
        } else {
            Transport::Fetch {
                timeout_ms: config.timeout_ms,
            }
        };
        let mut session = Session::new(config, state.as_ref()).map_err(thrown)?;
        session.seed_jitter((js_sys::Math::random() * 9_007_199_254_740_992.0) as u64);
        Ok(RawClient {
            driver: Rc::new(Driver {
                session: RefCell::new(session),
                transport,
            }),
        })
    }

    /// Runs operation `op` with the params JSON; resolves to the result JSON, or
    /// rejects with the error JSON plus `sent` (whether a request left the
    /// process), as `kopru_blocking::Client::call_outcome` tells the other runners.
    pub fn call(&self, op: String, params: String) -> Promise {
        let driver = Rc::clone(&self.driver);
        future_to_promise(async move {
            let params = parse("params", &params)?;
            let mut sent = false;
            match driver.run(&op, &params, &mut sent).await {
                Ok(result) => Ok(JsValue::from_str(&result.to_json_text())),
                Err(error) => {
                    let mut json = error.to_json();
                    json["sent"] = Value::Bool(sent);
                    Err(JsValue::from_str(&json.to_string()))
                }
            }
        })
    }

    /// The tokens and quota counters as JSON (secret-bearing).
    #[wasm_bindgen(js_name = exportState)]
    pub fn export_state(&self) -> String {
        self.driver.session.borrow().export_state().to_string()
    }
}

/// How often a call waiting for another's token looks again.
const TOKEN_WAIT_STEP_MS: u64 = 5;

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
