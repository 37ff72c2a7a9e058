//! kopru-wasm-bridge: the third module of the `kopru` npm package.
//!
//! It holds the core's ERP ↔ marketplace bridge: the local operations
//! `map.*` and `sync.*` ([`run_local`]) and the sans-IO sync runner
//! ([`RawSyncRun`]) that `syncCatalogue` and `importOrders` drive. The default
//! module (`kopru-wasm`) leaves them out, so browsers and workers download
//! this one only when such an operation or a sync is asked for
//! (`wasm/js/api.js` loads it then, or at `loadBridge()`). Values cross as
//! JSON text, errors as the JSON of `Error::to_json`, as in the default module.

use kopru_core::bridge::run::{check_clients, SyncRun};
use kopru_core::{Error, Service, Session, Step};
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

/// Runs the local operation `op` (`map.*` or `sync.*`) on `params` (JSON
/// text) in a session of `config` (the JSON of the caller's session or
/// client config), so that its errors are a session's: checked by the
/// operation's schema, in the config's `locale`, unknown names as the session
/// names them. Returns the result as JSON text. `Session.start` and
/// `Client.call` of these names come here.
#[wasm_bindgen(js_name = runLocal)]
pub fn run_local(config: &str, op: &str, params: &str) -> Result<String, JsValue> {
    let config = parse("config", config)?;
    let params = parse("params", params)?;
    let mut session = Session::from_json(&config, None).map_err(thrown)?;
    match session.start(op, &params, 0).map_err(thrown)? {
        Step::Done(result) => Ok(result.to_json_text()),
        Step::Send { .. } => Err(thrown(Error::config(
            "only map.* and sync.* operations are answered by the bridge module",
        ))),
    }
}

/// A sync run of the core (`syncCatalogue` and `importOrders` in the
/// JavaScript API): JSON actions out, JSON answers in. The JavaScript layer
/// performs each action (a call through one of its clients, a save, a progress
/// event, a delivery to the importer) and answers it.
#[wasm_bindgen]
pub struct RawSyncRun {
    run: SyncRun,
}

#[wasm_bindgen]
impl RawSyncRun {
    /// Creates a run from its params JSON (`{job, marketplace, state?, options?,
    /// snapshot?}`) for clients of the services `marketplace` and `erp` (none
    /// when the params carry a snapshot): clients that do not fit are a
    /// `config` error, params are checked all at once (`validation`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        params: &str,
        marketplace: &str,
        erp: Option<String>,
    ) -> Result<RawSyncRun, JsValue> {
        let params = parse("params", params)?;
        let service = |name: &str| {
            Service::from_name(name)
                .ok_or_else(|| thrown(Error::config(format!("no service {name:?}"))))
        };
        let erp = erp.as_deref().map(service).transpose()?;
        check_clients(&params, service(marketplace)?, erp).map_err(thrown)?;
        let run = SyncRun::new(params).map_err(thrown)?;
        Ok(RawSyncRun { run })
    }

    /// Takes the answer JSON to the last action (`{"result": …}`,
    /// `{"error": …}` or `null`) and returns the next action as JSON.
    pub fn step(&mut self, answer: &str) -> Result<String, JsValue> {
        let answer = parse("answer", answer)?;
        let action = self.run.step_json(&answer).map_err(thrown)?;
        Ok(action.to_string())
    }

    /// The whole sync state now, as JSON (a `save` action carries a snapshot
    /// or only what changed; this costs the size of the state).
    pub fn state(&self) -> String {
        self.run.state().to_string()
    }
}
