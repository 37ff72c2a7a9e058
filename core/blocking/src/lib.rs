//! kopru-blocking: the blocking client shared by the C ABI and the Python module.
//!
//! It drives a [`kopru_core::Session`] to the end of each call: sends every
//! request the session asks for (over ureq with rustls, or to the in-process
//! sandbox), sleeps for the back-off it asks for, reads the clock, and keeps
//! the session state in `state_file` between runs; and runs the core's sync
//! runner ([`run_sync`]). All decisions stay in the core; this crate only does
//! the I/O.

mod client;
mod file_lock;
mod pages;
mod roots;
mod session_store;
mod state_file;
mod sync;
mod sync_journal;
mod transport;

pub use client::{CallOutcome, Client};
pub use file_lock::Busy;
pub use pages::Pages;
pub use session_store::Warning;
pub use sync::{run_sync, Hook, Saved, SyncClients, SyncError};
