//! The ERP ↔ marketplace bridge: pure mappings and the sync planner.
//!
//! - [`map`]: ERP products + inventory → Entegra products, stock and price
//!   updates, Tedbul ads.
//! - [`orders`]: Entegra and Tedbul orders → ERP sales-order documents.
//! - [`plan`] and [`apply`]: the sync planner — previous [`state`] + ERP
//!   snapshot → the fewest requests, and the state advanced only for what
//!   the marketplace acknowledged.
//!
//! Everything here is a function of its parameters: no I/O, no clock. The
//! operations `map.*` and `sync.*` (see `ops`) expose it to every binding.

pub mod amount;
pub mod apply;
pub mod catalogue;
pub mod guard;
pub mod journal;
pub mod listing;
pub mod map;
pub mod mapping;
pub mod options;
pub mod orders;
pub mod plan;
pub mod quantity;
#[cfg(feature = "bridge")]
pub mod run;
pub mod schemas;
pub mod state;
pub mod template;
