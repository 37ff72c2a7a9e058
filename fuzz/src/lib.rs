//! The harnesses behind kopru's cargo-fuzz targets, one module per target.
//!
//! Each module has `run(data)`: the whole body of its fuzz target. It panics
//! when kopru-core panics or breaks an invariant the harness checks. The same
//! functions replay the committed seeds and regressions in
//! `core/tests/fuzz_regressions.rs` (which includes this file by path), so a
//! plain `cargo test` catches a regression without nightly or cargo-fuzz.

pub mod check;
pub mod config;
pub mod dates;
pub mod envelope;
pub mod input;
pub mod money;
pub mod params;
pub mod receive;
pub mod sandbox;
pub mod sync;

/// A harness: runs one fuzz input, panicking on a bug.
pub type Harness = fn(&[u8]);

/// Every target, by name, with its harness.
pub const TARGETS: [(&str, Harness); 8] = [
    ("money", money::run),
    ("dates", dates::run),
    ("params", params::run),
    ("receive", receive::run),
    ("envelope", envelope::run),
    ("sandbox", sandbox::run),
    ("config", config::run),
    ("sync", sync::run),
];
