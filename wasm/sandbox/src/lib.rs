//! kopru-wasm-sandbox: the second module of the `kopru` npm package.
//!
//! It holds the core's in-process emulator of Entegra, Tedbul and the ERP, and
//! nothing else the main module (`kopru-wasm`) needs, so browsers and workers
//! only download it when a client asks for `sandbox: true`. The main module's
//! client hands each request over as JSON text (through `wasm/js/api.js`) and
//! gets the emulator's response back the same way.

use kopru_core::sandbox::Sandbox;
use kopru_core::{Error, HttpRequest, Service};
use wasm_bindgen::prelude::*;

/// A core error as the JavaScript layer receives it: the JSON text of `Error::to_json`.
fn thrown(error: Error) -> JsValue {
    JsValue::from_str(&error.to_json().to_string())
}

/// One emulated service with its own data, like the sandbox of a host client.
#[wasm_bindgen]
pub struct RawSandbox {
    sandbox: Sandbox,
}

#[wasm_bindgen]
impl RawSandbox {
    /// A fresh, seeded emulator of `service` (`entegra`, `erp` or `tedbul`).
    #[wasm_bindgen(constructor)]
    pub fn new(service: &str) -> Result<RawSandbox, JsValue> {
        let service = Service::from_name(service)
            .ok_or_else(|| thrown(Error::config(format!("no service {service:?}"))))?;
        Ok(RawSandbox {
            sandbox: Sandbox::new(service),
        })
    }

    /// Answers one request (the JSON of a `HttpRequest`) at `now_ms`; returns
    /// the JSON of the `HttpResponse`.
    pub fn handle(&mut self, request: &str, now_ms: f64) -> Result<String, JsValue> {
        let request: HttpRequest = serde_json::from_str(request).map_err(|e| {
            thrown(Error::config(format!(
                "a sandbox request is not valid: {e}"
            )))
        })?;
        let now_ms = if now_ms.is_finite() && now_ms > 0.0 {
            now_ms as u64
        } else {
            0
        };
        let response = self.sandbox.handle(&request, now_ms);
        serde_json::to_string(&response)
            .map_err(|e| thrown(Error::config(format!("a sandbox response: {e}"))))
    }
}
