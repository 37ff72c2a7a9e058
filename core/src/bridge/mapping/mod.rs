//! ERP products + stock → what each marketplace should list.
//!
//! Records that cannot be listed (no price, no barcode, a duplicate code …)
//! are not dropped silently: each becomes a [`Skip`] in the result.

pub mod entegra;
pub mod tedbul;

use serde_json::{json, Value};

/// A product or variant left out of a mapping, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    /// The marketplace key it would have had (productCode or barcode), or its ItemCode.
    pub key: String,
    /// Where it is in the parameters, e.g. `products[2].Variants[0]`.
    pub path: String,
    /// Why it was left out.
    pub reason: String,
}

impl Skip {
    /// A skip record.
    pub fn new(key: &str, path: String, reason: impl Into<String>) -> Skip {
        Skip {
            key: key.to_string(),
            path,
            reason: reason.into(),
        }
    }

    /// `{"key", "path", "reason"}`.
    pub fn to_json(&self) -> Value {
        json!({"key": self.key, "path": self.path, "reason": self.reason})
    }
}

/// Skips as a JSON list.
pub fn skips_json(skipped: &[Skip]) -> Value {
    Value::Array(skipped.iter().map(Skip::to_json).collect())
}
