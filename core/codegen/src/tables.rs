//! The code tables as the generators see them.

use crate::names::{camel, upper_snake};
use kopru_core::codes::{self, CodeTable, CodeValue};

/// Whether a table's codes are numbers or text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Numeric codes.
    Int,
    /// Text codes such as `"WS"`.
    Text,
}

/// One code table with the names every binding gives it.
#[derive(Debug)]
pub struct Table {
    /// The table.
    pub table: &'static CodeTable,
    /// Its type name: `EntegraOrderStatus`.
    pub type_name: String,
    /// Numbers or text.
    pub kind: Kind,
    /// Its rows: the constant name (`YENI_SIPARIS`), the code and the label.
    pub rows: Vec<Row>,
}

/// One row of a table.
#[derive(Debug)]
pub struct Row {
    /// The constant's name, e.g. `YENI_SIPARIS`.
    pub constant: String,
    /// The vendor's code.
    pub code: CodeValue,
    /// The vendor's (Turkish) label.
    pub label: &'static str,
}

impl Table {
    /// The service's name, e.g. `entegra`.
    pub fn service(&self) -> &'static str {
        self.table.service.name()
    }

    /// The table's doc line, trimmed.
    pub fn doc(&self) -> &'static str {
        self.table.doc.trim()
    }
}

/// Every code table, in the core's order.
pub fn all() -> Vec<Table> {
    codes::all_tables().map(table).collect()
}

fn table(table: &'static CodeTable) -> Table {
    let type_name = format!("{}{}", camel(table.service.name()), camel(table.name));
    let kinds: Vec<Kind> = table
        .entries
        .iter()
        .map(|e| match e.code {
            CodeValue::Int(_) => Kind::Int,
            CodeValue::Text(_) => Kind::Text,
        })
        .collect();
    let kind = kinds.first().copied().unwrap_or(Kind::Int);
    assert!(
        kinds.iter().all(|k| *k == kind),
        "kopru-codegen: the code table {type_name} mixes numeric and text codes"
    );
    let rows: Vec<Row> = table
        .entries
        .iter()
        .map(|e| Row {
            constant: upper_snake(e.name),
            code: e.code,
            label: e.label,
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        assert!(
            rows[..i].iter().all(|r| r.constant != row.constant),
            "kopru-codegen: two codes of {type_name} would be called {}",
            row.constant
        );
    }
    Table {
        table,
        type_name,
        kind,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_type_and_constant_names() {
        let tables = all();
        let status = tables
            .iter()
            .find(|t| t.type_name == "EntegraOrderStatus")
            .expect("Entegra's order status table");
        assert_eq!(status.kind, Kind::Int);
        assert_eq!(status.service(), "entegra");
        assert_eq!(status.rows[0].constant, "YENI_SIPARIS");
        assert_eq!(status.rows[0].code, CodeValue::Int(1));
        assert_eq!(status.rows[0].label, "Yeni Sipariş");
    }
}
