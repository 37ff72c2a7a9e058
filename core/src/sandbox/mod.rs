//! An in-process emulator of Entegra, Tedbul and the ERP.
//!
//! Stateful and in memory, seeded with the examples of the vendor documents,
//! it answers in each vendor's dialect: Entegra's string scalars and
//! `variatios`, Tedbul's envelope and decimal commas, the ERP's pagination.
//! It checks credentials and token expiry against the `now_ms` it is given.
//! `sandbox: true` in a config routes a client here instead of the network;
//! the loopback server under `tests/` serves the same emulator over HTTP.

mod entegra;
mod erp;
mod request;
mod tedbul;
mod token;

pub use request::Incoming;

use crate::http::{HttpRequest, HttpResponse};
use crate::service::Service;

/// The sandbox account of every service (also in the README).
pub mod credentials {
    /// Entegra email.
    pub const ENTEGRA_EMAIL: &str = "demo@kopru.dev";
    /// ERP and Tedbul username.
    pub const USERNAME: &str = "demo";
    /// Every service's password.
    pub const PASSWORD: &str = "demo-password";
    /// Tedbul's secret key.
    pub const SECRET_KEY: &str = "demo-secret";
}

/// A ready config for the in-process sandbox of `service`, with its sandbox account.
pub fn sandbox_config(service: Service) -> serde_json::Value {
    use credentials::*;
    let credentials = match service {
        Service::Entegra => serde_json::json!({"email": ENTEGRA_EMAIL, "password": PASSWORD}),
        Service::Erp => serde_json::json!({"username": USERNAME, "password": PASSWORD}),
        Service::Tedbul => serde_json::json!({
            "username": USERNAME, "password": PASSWORD, "secretkey": SECRET_KEY
        }),
    };
    serde_json::json!({"service": service.name(), "sandbox": true, "credentials": credentials})
}

/// The emulator of one service.
#[derive(Debug)]
pub struct Sandbox {
    service: Service,
    emulator: Emulator,
}

#[derive(Debug)]
enum Emulator {
    Entegra(entegra::EntegraSandbox),
    Erp(erp::ErpSandbox),
    Tedbul(tedbul::TedbulSandbox),
}

impl Sandbox {
    /// A fresh emulator of `service`, seeded with the vendor documents' examples.
    pub fn new(service: Service) -> Sandbox {
        let emulator = match service {
            Service::Entegra => Emulator::Entegra(entegra::EntegraSandbox::seeded()),
            Service::Erp => Emulator::Erp(erp::ErpSandbox::seeded()),
            Service::Tedbul => Emulator::Tedbul(tedbul::TedbulSandbox::seeded()),
        };
        Sandbox { service, emulator }
    }

    /// The emulated service.
    pub fn service(&self) -> Service {
        self.service
    }

    /// Answers a request as the service would. Routes match the end of the
    /// path, so any base URL (a host, a `/entegra` prefix) works.
    pub fn handle(&mut self, request: &HttpRequest, now_ms: u64) -> HttpResponse {
        let path_and_query = strip_origin(&request.url);
        self.handle_relative(
            &request.method,
            path_and_query,
            &request.headers,
            request.body.as_deref(),
            now_ms,
        )
    }

    /// Answers a request given by method, path (with query), headers and body.
    pub fn handle_relative(
        &mut self,
        method: &str,
        path_and_query: &str,
        headers: &[(String, String)],
        body: Option<&str>,
        now_ms: u64,
    ) -> HttpResponse {
        let incoming = match Incoming::parse(method, path_and_query, headers, body) {
            Ok(incoming) => incoming,
            Err(response) => return response,
        };
        match &mut self.emulator {
            Emulator::Entegra(e) => e.handle(&incoming, now_ms),
            Emulator::Erp(e) => e.handle(&incoming),
            Emulator::Tedbul(e) => e.handle(&incoming, now_ms),
        }
    }

    /// Invalidates every token issued so far, as if they had expired.
    pub fn expire_tokens(&mut self) {
        match &mut self.emulator {
            Emulator::Entegra(e) => e.expire_tokens(),
            Emulator::Tedbul(e) => e.expire_tokens(),
            Emulator::Erp(_) => {}
        }
    }

    /// How many logins the emulator has answered successfully.
    pub fn login_count(&self) -> u64 {
        match &self.emulator {
            Emulator::Entegra(e) => e.login_count(),
            Emulator::Tedbul(e) => e.login_count(),
            Emulator::Erp(_) => 0,
        }
    }
}

fn strip_origin(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map(|at| &rest[at..]).unwrap_or("/"),
        None => url,
    }
}

#[cfg(test)]
mod test_driver;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_entegra;
#[cfg(test)]
mod tests_erp;
#[cfg(test)]
mod tests_erp_update;
#[cfg(test)]
mod tests_tedbul;
#[cfg(test)]
mod tests_tedbul_place;
