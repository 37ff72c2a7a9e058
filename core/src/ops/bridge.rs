//! The ERP ↔ marketplace bridge as local operations: `map.*` (pure mappings)
//! and `sync.*` (the sync planner). They send nothing and run on a session of
//! any service.

use super::{KeyKinds, Operation};

/// The bridge's result keys by kind.
pub(super) static RESULT_KEYS: KeyKinds = KeyKinds {
    money: &[],
    integer: &[],
    id: &[],
    date: &[],
};

/// Every bridge operation.
pub static OPERATIONS: &[Operation] = &[];
