//! The README's operation reference: a table per service, each operation's parameters
//! in a collapsed block, and the code tables.

use crate::model::{Member, Model, OpModel, Side, Ty};
use crate::tables::{Kind, Table};
use crate::text::Lines;
use kopru_core::codes::CodeValue;
use kopru_core::schema::DateWire;

/// Text made safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('\n', " ")
}

fn yes_no(flag: bool) -> &'static str {
    if flag {
        "yes"
    } else {
        "no"
    }
}

/// A short description of a parameter's type.
pub fn describe(ty: &Ty) -> String {
    match ty {
        Ty::Text { max_len: None } => "text".into(),
        Ty::Text { max_len: Some(n) } => format!("text, at most {n} characters"),
        Ty::Code => "code (text; a whole number is sent as text)".into(),
        Ty::Int {
            min: Some(a),
            max: Some(b),
        } => format!("integer {a}–{b}"),
        Ty::Int {
            min: Some(a),
            max: None,
        } => format!("integer ≥ {a}"),
        Ty::Int {
            min: None,
            max: Some(b),
        } => format!("integer ≤ {b}"),
        Ty::Int {
            min: None,
            max: None,
        } => "integer".into(),
        Ty::Choice(set) => {
            let values: Vec<String> = set.iter().map(i64::to_string).collect();
            format!("one of {}", values.join(", "))
        }
        Ty::Money => "money".into(),
        Ty::Decimal => "decimal".into(),
        Ty::Date(DateWire::Iso) => "date `YYYY-MM-DD`".into(),
        Ty::Date(DateWire::DayFirstDots) => "date `YYYY-MM-DD` or `DD.MM.YYYY`".into(),
        Ty::List { item, min, max } => {
            let count = match (min, max) {
                (0, None) => String::new(),
                (min, None) => format!(", at least {min}"),
                (0, Some(max)) => format!(", at most {max}"),
                (min, Some(max)) => format!(", {min}–{max}"),
            };
            format!("list of {}{count}", describe(item))
        }
        Ty::Object(_) | Ty::Map => "object".into(),
        Ty::Any => "any JSON value".into(),
    }
}

/// The rows of a parameter table, nested fields as `list[].productCode`.
fn parameter_rows(out: &mut Lines, model: &Model, members: &[Member], prefix: &str) {
    for member in members {
        let name = format!("{prefix}{}", member.key);
        let mut doc = cell(&member.doc);
        if let Some(default) = &member.default {
            doc.push_str(&format!(" (default `{default}`)"));
        }
        out.line(format!(
            "| `{name}` | {} | {} | {doc} |",
            cell(&describe(&member.ty)),
            yes_no(member.required)
        ));
        let mut inner = &member.ty;
        let mut path = name;
        while let Ty::List { item, .. } = inner {
            path.push_str("[]");
            inner = item;
        }
        if let Ty::Object(index) = inner {
            let shape = &model.shapes[*index];
            parameter_rows(out, model, &shape.members, &format!("{path}."));
        }
    }
}

fn request(op: &OpModel) -> String {
    if op.local {
        "local, no request".into()
    } else {
        format!("`{} {}`", op.op.method.as_str(), op.op.path)
    }
}

fn parameters(out: &mut Lines, model: &Model, op: &OpModel) {
    let Ty::Object(index) = op.params else {
        out.line(format!(
            "<details><summary><code>{}</code>: any object</summary></details>",
            op.op.name
        ));
        out.blank();
        return;
    };
    let shape = &model.shapes[index];
    debug_assert_eq!(shape.side, Side::Params);
    if shape.members.is_empty() {
        return;
    }
    out.line(format!(
        "<details><summary><code>{}</code> parameters</summary>",
        op.op.name
    ));
    out.blank();
    out.line("| parameter | type | required | meaning |");
    out.line("|---|---|---|---|");
    parameter_rows(out, model, &shape.members, "");
    out.blank();
    out.line("</details>");
    out.blank();
}

fn code_table(out: &mut Lines, table: &Table) {
    out.line(format!(
        "<details><summary><code>{}.{}</code> ({}): {}</summary>",
        table.service(),
        table.table.name,
        table.type_name,
        cell(table.doc())
    ));
    out.blank();
    out.line("| code | name | label |");
    out.line("|---|---|---|");
    for row in &table.rows {
        let code = match row.code {
            CodeValue::Int(i) => i.to_string(),
            CodeValue::Text(t) => t.to_string(),
        };
        out.line(format!(
            "| `{code}` | `{}` | {} |",
            row.constant,
            cell(row.label)
        ));
    }
    out.blank();
    out.line("</details>");
    out.blank();
}

/// The section between the README's markers.
pub fn reference(model: &Model, tables: &[Table]) -> String {
    let mut out = Lines::default();
    out.line("Generated from the operation table in `core/src/ops` by `cargo run -p kopru-codegen -- write`");
    out.line("(the `generated` test suite fails when it is stale). Parameter names are the vendors' own;");
    out.line(
        "money is a number or a decimal string, dates are ISO `YYYY-MM-DD`. *Pages*: the result is",
    );
    out.line("`{items, total, page, next_page}` and `pages()` walks every item. *Safe to repeat*: retried");
    out.line("after timeouts and 5xx. Local operations are answered by the core on a session of any service.");
    out.line("Typed per operation: Python `kopru.types` (and overloads of `call`, `pages`, `Session.start`),");
    out.line("TypeScript `Operations` in `kopru.d.ts`.");
    out.blank();
    for (group, ops) in model.groups() {
        let count = ops.len();
        let noun = if count == 1 {
            "operation"
        } else {
            "operations"
        };
        out.line(format!("### `{group}` ({count} {noun})"));
        out.blank();
        out.line("| operation | request | what it does | pages | safe to repeat |");
        out.line("|---|---|---|---|---|");
        for op in &ops {
            out.line(format!(
                "| `{}` | {} | {} | {} | {} |",
                op.op.name,
                request(op),
                cell(op.op.summary),
                yes_no(op.op.paginated),
                yes_no(op.op.idempotent)
            ));
        }
        out.blank();
        for op in &ops {
            parameters(&mut out, model, op);
        }
    }
    out.line(format!("### Code tables ({})", tables.len()));
    out.blank();
    out.line("Constants in every binding: Python `kopru.codes.EntegraOrderStatus.YENI_SIPARIS` (an `IntEnum`");
    out.line("with `.label`; text codes are `str` enums), JavaScript `codes.EntegraOrderStatus.YENI_SIPARIS` and");
    out.line("`codes.EntegraOrderStatusLabels`, C `KOPRU_ENTEGRA_ORDER_STATUS_YENI_SIPARIS` from");
    out.line(
        "`include/kopru_codes.h`. The `<service>.codes.list` operations return the same tables.",
    );
    out.blank();
    for table in tables {
        code_table(&mut out, table);
    }
    let text_tables = tables.iter().filter(|t| t.kind == Kind::Text).count();
    out.line(format!(
        "{} numeric and {text_tables} text code tables.",
        tables.len() - text_tables
    ));
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_descriptions() {
        assert_eq!(
            describe(&Ty::Int {
                min: Some(1),
                max: Some(100)
            }),
            "integer 1–100"
        );
        let list = Ty::List {
            item: Box::new(Ty::Object(0)),
            min: 1,
            max: Some(100),
        };
        assert_eq!(describe(&list), "list of object, 1–100");
        assert_eq!(cell("a | b"), "a \\| b");
    }
}
