//! kopru-core: the sans-IO heart of kopru.
//!
//! Everything kopru knows about Entegra, Tedbul and the ERP lives here: the
//! operation table ([`ops`]), parameter validation ([`schema`]), exact money
//! ([`money`]), the [`Session`] state machine that decides which HTTP request
//! to send next, the error taxonomy ([`Error`]) and an in-process emulator of
//! all three services (`sandbox`, behind the default feature of the same name). Nothing in this crate opens a socket,
//! reads a clock, sleeps or spawns: time comes in as a parameter (`now_ms`,
//! Unix time in milliseconds), so every behaviour is a plain unit test.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod auth;
pub mod bridge;
pub mod codes;
pub mod config;
pub mod dates;
pub mod error;
pub mod given;
pub mod http;
pub mod location;
pub mod messages;
pub mod money;
pub mod money_text;
pub mod ops;
pub mod page_walk;
pub mod pages;
pub mod proxy;
pub mod quota;
pub mod retry;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod schema;
pub mod secret;
pub mod service;
pub mod session;
pub mod url;
pub mod wire;

pub use config::Config;
pub use error::{Error, ErrorKind, FieldError};
pub use http::{HttpRequest, HttpResponse, Step};
pub use service::Service;
pub use session::Session;
