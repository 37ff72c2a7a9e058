//! JavaScript and TypeScript: the per-operation types and the `Operations` map in
//! `kopru.d.ts` (region `operations`), the code tables as frozen objects in
//! `codes.js` and their declarations (region `codes`).

use crate::model::{Member, Model, Shape, Side, Ty};
use crate::names::{js_string, ts_key};
use crate::tables::Table;
use crate::text::Lines;
use kopru_core::codes::CodeValue;

/// The TypeScript type of `ty` travelling on `side`.
fn ts_type(ty: &Ty, side: Side, model: &Model) -> String {
    match (ty, side) {
        (Ty::Text { .. }, _)
        | (Ty::Date(_), _)
        | (Ty::Code, Side::Result)
        | (Ty::Money, Side::Result) => "string".into(),
        (Ty::Code, Side::Params) | (Ty::Money, Side::Params) => "string | number".into(),
        (Ty::Int { .. }, _) | (Ty::Choice(_), Side::Result) | (Ty::Decimal, Side::Result) => {
            "number".into()
        }
        (Ty::Decimal, Side::Params) => "number | string".into(),
        (Ty::Choice(set), Side::Params) => {
            let mut values: Vec<String> = set.iter().map(i64::to_string).collect();
            if *set == [0, 1] {
                values.push("boolean".into());
            }
            values.join(" | ")
        }
        (Ty::List { item, .. }, side) => {
            let item = ts_type(item, side, model);
            let item = if item.contains(' ') {
                format!("({item})")
            } else {
                item
            };
            match side {
                Side::Params => format!("readonly {item}[]"),
                Side::Result => format!("{item}[]"),
            }
        }
        (Ty::Object(index), _) => model.shapes[*index].name.clone(),
        (Ty::Map, Side::Params) => "{ [key: string]: unknown }".into(),
        (Ty::Map, Side::Result) => "{ [key: string]: Json }".into(),
        (Ty::Any, Side::Params) => "unknown".into(),
        (Ty::Any, Side::Result) => "Json".into(),
    }
}

/// One property of an interface.
fn property(member: &Member, side: Side, model: &Model) -> String {
    let mut ty = ts_type(&member.ty, side, model);
    if member.nullable && ty != "Json" {
        ty.push_str(" | null");
    }
    let optional = if member.required { "" } else { "?" };
    format!("{}{optional}: {ty};", ts_key(member.key))
}

/// A JSDoc comment at `indent` spaces.
fn jsdoc(out: &mut Lines, indent: usize, text: &str) {
    let text = text.replace("*/", "*\\/");
    out.line(format!("{}/** {text} */", " ".repeat(indent)));
}

fn interface(out: &mut Lines, shape: &Shape, model: &Model) {
    let mut doc = shape.doc.clone();
    if shape.open {
        doc = crate::text::sentence(&doc);
        doc.push_str(" Open: the vendor's other fields pass through.");
    }
    jsdoc(out, 0, &doc);
    out.line(format!("export interface {} {{", shape.name));
    for member in &shape.members {
        let mut doc = member.doc.clone();
        if let Some(default) = &member.default {
            doc.push_str(&format!(" (default `{default}`)"));
        }
        if !doc.is_empty() {
            jsdoc(out, 2, &doc);
        }
        out.line(format!("  {}", property(member, shape.side, model)));
    }
    if shape.open {
        out.line("  [key: string]: unknown;");
    }
    out.line("}");
}

/// The `operations` region of `kopru.d.ts`: an interface per shape, the `Operations`
/// and `PaginatedOperations` maps and the name types.
pub fn declarations(model: &Model) -> String {
    let mut out = Lines::default();
    for shape in &model.shapes {
        interface(&mut out, shape, model);
        out.blank();
    }
    out.line("/** Every operation: its parameters and its result, by name. */");
    out.line("export interface Operations {");
    for op in &model.ops {
        let params = ts_type(&op.params, Side::Params, model);
        let result = ts_type(&op.result, Side::Result, model);
        let result = if op.op.paginated {
            format!("Page<{result}>")
        } else {
            result
        };
        jsdoc(&mut out, 2, op.op.summary);
        out.line(format!(
            "  {}: {{ params: {params}; result: {result} }};",
            js_string(op.op.name)
        ));
    }
    out.line("}");
    out.blank();
    out.line(
        "/** The operations whose result is a page: their parameters and the type of each item. */",
    );
    out.line("export interface PaginatedOperations {");
    for op in model.ops.iter().filter(|o| o.op.paginated) {
        let params = ts_type(&op.params, Side::Params, model);
        let item = ts_type(&op.result, Side::Result, model);
        out.line(format!(
            "  {}: {{ params: {params}; item: {item} }};",
            js_string(op.op.name)
        ));
    }
    out.line("}");
    out.blank();
    out.line("/** Every operation's name. */");
    out.line("export type OperationName = keyof Operations;");
    out.blank();
    out.line("/** The names of the operations whose result is a page (for `Client.pages`). */");
    out.line("export type PaginatedOperationName = keyof PaginatedOperations;");
    out.finish()
}

/// A code as a JavaScript literal.
fn js_code(code: CodeValue) -> String {
    match code {
        CodeValue::Int(i) => i.to_string(),
        CodeValue::Text(t) => js_string(t),
    }
}

/// A code as a property key of a label map.
fn js_code_key(code: CodeValue) -> String {
    match code {
        CodeValue::Int(i) => i.to_string(),
        CodeValue::Text(t) => ts_key(t),
    }
}

/// The services of `tables` in their first appearance's order.
fn services(tables: &[Table]) -> Vec<&'static str> {
    let mut services: Vec<&'static str> = Vec::new();
    for table in tables {
        if !services.contains(&table.service()) {
            services.push(table.service());
        }
    }
    services
}

/// `wasm/js/codes.js`: each code table as a frozen `{ NAME: code }` object with a frozen
/// label map next to it, and `TABLES` by service and table name.
pub fn codes_module(tables: &[Table]) -> String {
    let mut out = Lines::default();
    out.line(
        "// The vendors' code tables: a frozen `{ NAME: code }` object per table and the vendor's",
    );
    out.line("// Turkish label of each code. Generated from kopru-core's code tables by");
    out.line("// `cargo run -p kopru-codegen -- write`; do not edit. Exported as `codes` by the package.");
    for table in tables {
        out.blank();
        jsdoc(
            &mut out,
            0,
            &format!(
                "`{}.{}`: {}",
                table.service(),
                table.table.name,
                table.doc()
            ),
        );
        out.line(format!(
            "export const {} = Object.freeze({{",
            table.type_name
        ));
        for row in &table.rows {
            out.line(format!("  {}: {},", row.constant, js_code(row.code)));
        }
        out.line("});");
        out.blank();
        jsdoc(
            &mut out,
            0,
            &format!("The Turkish label of each `{}` code.", table.type_name),
        );
        out.line(format!(
            "export const {}Labels = Object.freeze({{",
            table.type_name
        ));
        for row in &table.rows {
            out.line(format!(
                "  {}: {},",
                js_code_key(row.code),
                js_string(row.label)
            ));
        }
        out.line("});");
    }
    out.blank();
    out.line("/** Every table by service and table name, as the `<service>.codes.list` operations name them. */");
    out.line("export const TABLES = Object.freeze({");
    for service in services(tables) {
        out.line(format!("  {service}: Object.freeze({{"));
        for table in tables.iter().filter(|t| t.service() == service) {
            out.line(format!(
                "    {}: {},",
                ts_key(table.table.name),
                table.type_name
            ));
        }
        out.line("  }),");
    }
    out.line("});");
    out.finish()
}

/// The `codes` region of `kopru.d.ts`: the declarations of `codes.js`.
pub fn codes_declarations(tables: &[Table]) -> String {
    let mut out = Lines::default();
    out.line("/** The vendors' code tables, each code with its Turkish label (`import { codes } from 'kopru'`). */");
    out.line("export declare namespace codes {");
    for table in tables {
        let name = &table.type_name;
        jsdoc(
            &mut out,
            2,
            &format!(
                "`{}.{}`: {}",
                table.service(),
                table.table.name,
                table.doc()
            ),
        );
        out.line(format!("  export const {name}: {{"));
        for row in &table.rows {
            jsdoc(&mut out, 4, row.label);
            out.line(format!(
                "    readonly {}: {};",
                row.constant,
                js_code(row.code)
            ));
        }
        out.line("  };");
        jsdoc(&mut out, 2, &format!("A code of `{name}`."));
        out.line(format!(
            "  export type {name} = (typeof {name})[keyof typeof {name}];"
        ));
        jsdoc(
            &mut out,
            2,
            &format!("The Turkish label of each `{name}` code."),
        );
        out.line(format!(
            "  export const {name}Labels: {{ readonly [code in {name}]: string }};"
        ));
    }
    out.line("  /** Every table by service and table name, as the `<service>.codes.list` operations name them. */");
    out.line("  export const TABLES: {");
    for service in services(tables) {
        out.line(format!("    readonly {service}: {{"));
        for table in tables.iter().filter(|t| t.service() == service) {
            out.line(format!(
                "      readonly {}: typeof {};",
                ts_key(table.table.name),
                table.type_name
            ));
        }
        out.line("    };");
    }
    out.line("  };");
    out.line("}");
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(ty: &Ty) -> (String, String) {
        let model = Model::default();
        (
            ts_type(ty, Side::Params, &model),
            ts_type(ty, Side::Result, &model),
        )
    }

    #[test]
    fn type_mapping() {
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(both(&Ty::Money), pair("string | number", "string"));
        assert_eq!(both(&Ty::Code), pair("string | number", "string"));
        assert_eq!(
            both(&Ty::Choice(&[0, 1])),
            pair("0 | 1 | boolean", "number")
        );
        assert_eq!(both(&Ty::Choice(&[1, 2])), pair("1 | 2", "number"));
        assert_eq!(both(&Ty::Any), pair("unknown", "Json"));
        let list = Ty::List {
            item: Box::new(Ty::Code),
            min: 1,
            max: None,
        };
        assert_eq!(
            both(&list),
            pair("readonly (string | number)[]", "string[]")
        );
    }

    #[test]
    fn optional_result_properties_may_be_null() {
        let model = Model::default();
        let member = Member {
            key: "a-b",
            ty: Ty::Money,
            required: false,
            nullable: true,
            doc: String::new(),
            default: None,
        };
        assert_eq!(
            property(&member, Side::Result, &model),
            "'a-b'?: string | null;"
        );
    }
}
