//! A session wired to one emulator, for the sandbox's own tests: every
//! request the session asks for is answered in process, and counted.

use super::Sandbox;
use crate::error::Error;
use crate::http::Step;
use crate::service::Service;
use crate::session::Session;
use serde_json::Value;

/// The fixed "now" of the tests.
pub(super) const NOW: u64 = 1_700_000_000_000;

/// A session on the in-process sandbox and the emulator it talks to.
pub(super) struct Driver {
    /// The session (its tokens, its quota).
    pub session: Session,
    /// The emulator answering it.
    pub sandbox: Sandbox,
    /// Requests sent so far (logins included).
    pub sent: usize,
}

impl Driver {
    /// A logged-out session with the sandbox account of `service` and a fresh emulator.
    pub fn new(service: Service) -> Driver {
        Driver {
            session: Session::from_json(&super::sandbox_config(service), None).unwrap(),
            sandbox: Sandbox::new(service),
            sent: 0,
        }
    }

    /// Runs `op` to its result or error.
    pub fn call(&mut self, op: &str, params: Value) -> Result<Value, Error> {
        let mut step = self.session.start(op, &params, NOW);
        loop {
            match step? {
                Step::Send { request, .. } => {
                    self.sent += 1;
                    let response = self.sandbox.handle(&request, NOW);
                    step = self.session.receive(&response, NOW);
                }
                Step::Done(result) => return Ok(result.into_value()),
            }
        }
    }

    /// Runs `op`, which must succeed.
    pub fn ok(&mut self, op: &str, params: Value) -> Value {
        self.call(op, params)
            .unwrap_or_else(|e| panic!("{op}: {e}"))
    }
}

/// The sorted paths of a validation error (it must be one).
pub(super) fn validation_paths(err: &Error) -> Vec<String> {
    assert_eq!(err.kind(), crate::error::ErrorKind::Validation, "{err}");
    let mut paths: Vec<String> = err.to_json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap().to_string())
        .collect();
    paths.sort();
    paths
}

/// `service_driver!(Name, Service::X)`: a test type `Name` that is a [`Driver`] of
/// service X (it derefs to it) with `Name::new()`, for a test file's own helpers.
macro_rules! service_driver {
    ($name:ident, $service:expr) => {
        /// The emulator of one service with a session on it.
        struct $name(super::test_driver::Driver);

        impl std::ops::Deref for $name {
            type Target = super::test_driver::Driver;

            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl std::ops::DerefMut for $name {
            fn deref_mut(&mut self) -> &mut Self::Target {
                &mut self.0
            }
        }

        impl $name {
            fn new() -> $name {
                $name(super::test_driver::Driver::new($service))
            }
        }
    };
}
pub(super) use service_driver;
