//! `tests/operations.json`: the list every binding's walk test runs, one operation a line.

use crate::model::Model;
use serde_json::{json, Value};

/// The whole file: `[{name, service, method, path, paginated, idempotent, local, example}]`.
pub fn operations_json(model: &Model) -> String {
    let rows: Vec<String> = model
        .ops
        .iter()
        .map(|o| {
            let example: Value = serde_json::from_str(o.op.example).unwrap_or_else(|e| {
                panic!(
                    "kopru-codegen: the example of {} is not JSON: {e}",
                    o.op.name
                )
            });
            let row = json!({
                "name": o.op.name,
                "service": o.op.service.name(),
                "method": o.op.method.as_str(),
                "path": o.op.path,
                "paginated": o.op.paginated,
                "idempotent": o.op.idempotent,
                "local": o.local,
                "example": example,
            });
            format!("  {row}")
        })
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_parseable_row_per_operation() {
        let model = Model::from_table();
        let text = operations_json(&model);
        let rows: Vec<Value> = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(rows.len(), model.ops.len());
        assert_eq!(text.lines().count(), model.ops.len() + 2);
        for row in &rows {
            assert!(row["example"].is_object(), "{row}");
            assert!(row["name"].as_str().is_some_and(|n| n.contains('.')));
        }
    }
}
