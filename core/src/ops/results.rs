//! Result schemas shared by several operations.

use crate::schema::Schema;

/// A result whose fields are not described (any object).
pub static NO_FIELDS: Schema = Schema {
    fields: &[],
    open: true,
    rules: &[],
};
