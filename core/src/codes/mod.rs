//! The vendors' code tables as typed enums with their Turkish labels.
//!
//! Each table is declared once with [`code_table!`]: that gives a Rust enum
//! (`code()`, `label()`, `from_code()`) and a [`CodeTable`] value from which
//! the `<service>.codes.list` operation, the docs and the per-binding constants
//! are generated.

mod entegra;
mod erp;
mod tedbul;

pub use entegra::*;
pub use erp::*;
pub use tedbul::*;

use crate::service::Service;
use serde_json::{json, Map, Value};

/// A code as the vendor writes it: a number, or a short text such as `"WS"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeValue {
    /// A numeric code.
    Int(i64),
    /// A text code.
    Text(&'static str),
}

impl CodeValue {
    /// The code as JSON (a number or a string).
    pub fn to_json(self) -> Value {
        match self {
            CodeValue::Int(i) => Value::from(i),
            CodeValue::Text(t) => Value::from(t),
        }
    }
}

/// One row of a code table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeEntry {
    /// The vendor's code.
    pub code: CodeValue,
    /// The enum variant's name, e.g. `YeniSiparis`.
    pub name: &'static str,
    /// The vendor's (Turkish) label, e.g. `Yeni Sipariş`.
    pub label: &'static str,
}

/// A whole code table.
#[derive(Debug)]
pub struct CodeTable {
    /// The table's name within its service, e.g. `order_status`.
    pub name: &'static str,
    /// The service it belongs to.
    pub service: Service,
    /// What the codes mean.
    pub doc: &'static str,
    /// The rows, in the vendor's order.
    pub entries: &'static [CodeEntry],
}

impl CodeTable {
    /// The label of `code`, if the table has it (`"1"` and `1` both match a numeric code).
    pub fn label_of(&self, code: &Value) -> Option<&'static str> {
        self.entries
            .iter()
            .find(|e| match (e.code, code) {
                (CodeValue::Int(i), Value::Number(n)) => n.as_i64() == Some(i),
                (CodeValue::Int(i), Value::String(s)) => s.trim().parse() == Ok(i),
                (CodeValue::Text(t), Value::String(s)) => s == t,
                _ => false,
            })
            .map(|e| e.label)
    }

    /// The table as JSON: `{"doc", "entries": [{"code", "name", "label"}]}`.
    pub fn to_json(&self) -> Value {
        let entries: Vec<Value> = self
            .entries
            .iter()
            .map(|e| json!({"code": e.code.to_json(), "name": e.name, "label": e.label}))
            .collect();
        json!({"doc": self.doc.trim(), "entries": entries})
    }
}

/// Every code table of every service.
pub fn all_tables() -> impl Iterator<Item = &'static CodeTable> {
    entegra::TABLES
        .iter()
        .chain(erp::TABLES)
        .chain(tedbul::TABLES)
        .copied()
}

/// The code tables of `service` as `{table name: table JSON}`.
pub fn tables_json(service: Service) -> Value {
    let tables: Map<String, Value> = all_tables()
        .filter(|t| t.service == service)
        .map(|t| (t.name.to_string(), t.to_json()))
        .collect();
    Value::Object(tables)
}

/// Declares a code table: a Rust enum and its [`CodeTable`].
///
/// ```text
/// code_table! {
///     /// Entegra order status (seed 000, "STATUS IDs").
///     pub enum EntegraOrderStatus, ENTEGRA_ORDER_STATUS = (Service::Entegra, "order_status", int) {
///         YeniSiparis = 1 => "Yeni Sipariş",
///         Onaylandi = 2 => "Onaylandı",
///     }
/// }
/// ```
/// Use `int` for numeric codes and `text` for text codes.
#[macro_export]
macro_rules! code_table {
    (
        #[doc = $doc:literal]
        pub enum $enum_name:ident, $table:ident = ($service:expr, $name:literal, $kind:ident) {
            $($variant:ident = $code:literal => $label:literal),* $(,)?
        }
    ) => {
        #[doc = $doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $enum_name {
            $(#[doc = $label] $variant),*
        }

        impl $enum_name {
            /// Every value, in the vendor's order.
            pub const ALL: &'static [$enum_name] = &[$($enum_name::$variant),*];

            /// The vendor's code.
            pub fn code(self) -> $crate::codes::CodeValue {
                match self {
                    $($enum_name::$variant => $crate::code_table!(@value $kind $code)),*
                }
            }

            /// The vendor's (Turkish) label.
            pub fn label(self) -> &'static str {
                match self {
                    $($enum_name::$variant => $label),*
                }
            }

            /// The value with this code.
            pub fn from_code(code: $crate::codes::CodeValue) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }

        #[doc = concat!("The table of [`", stringify!($enum_name), "`].")]
        pub static $table: $crate::codes::CodeTable = $crate::codes::CodeTable {
            name: $name,
            service: $service,
            doc: $doc,
            entries: &[$($crate::codes::CodeEntry {
                code: $crate::code_table!(@value $kind $code),
                name: stringify!($variant),
                label: $label,
            }),*],
        };
    };
    (@value int $code:literal) => { $crate::codes::CodeValue::Int($code) };
    (@value text $code:literal) => { $crate::codes::CodeValue::Text($code) };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn tables_have_unique_codes_and_names() {
        for table in all_tables() {
            let codes: BTreeSet<String> = table
                .entries
                .iter()
                .map(|e| format!("{:?}", e.code))
                .collect();
            let names: BTreeSet<&str> = table.entries.iter().map(|e| e.name).collect();
            assert_eq!(codes.len(), table.entries.len(), "{}", table.name);
            assert_eq!(names.len(), table.entries.len(), "{}", table.name);
        }
    }

    #[test]
    fn enum_and_table_agree() {
        assert_eq!(EntegraOrderStatus::YeniSiparis.label(), "Yeni Sipariş");
        assert_eq!(
            EntegraOrderStatus::from_code(CodeValue::Int(13)),
            Some(EntegraOrderStatus::TedarikSurecinde)
        );
        assert_eq!(
            ENTEGRA_ORDER_STATUS.label_of(&json!("2")),
            Some("Onaylandı")
        );
        assert_eq!(
            tables_json(Service::Entegra)["order_status"]["entries"][0]["code"],
            1
        );
    }
}
