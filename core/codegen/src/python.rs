//! Python: `kopru/types.py` (a `TypedDict` per parameter and result shape), the
//! overloads of `Client.call`, `Client.pages` and `Session.start` in `_kopru.pyi`,
//! and `kopru/codes.py` (an enum per code table).
//!
//! The output is what `ruff format` would write (line length 110), so the
//! Python suite's format check holds for generated files too.

use crate::model::{Member, Model, OpModel, Shape, Side, Ty};
use crate::names::{double_quoted, is_python_name, upper_snake};
use crate::tables::{Kind, Table};
use crate::text::{wrap, Lines};
use kopru_core::codes::CodeValue;
use std::collections::BTreeSet;

/// The longest line `ruff` accepts in the package (python/pyproject.toml).
const LINE: usize = 110;

/// The indent of a method in a class body, where the stub's regions are.
const METHOD_INDENT: usize = 4;

/// What the generated code needs imported, and how it writes unions.
#[derive(Debug, Default)]
struct Imports {
    used: BTreeSet<&'static str>,
    /// Unions as `typing.Union[...]` / `Optional[...]` rather than `X | Y`: `kopru.types`
    /// is read at run time by `typing.get_type_hints`, which evaluates `X | Y` only from
    /// Python 3.10, and the package supports 3.9. The stubs keep `X | Y`.
    runtime: bool,
}

impl Imports {
    /// Imports for a module whose annotations are evaluated at run time (`kopru.types`).
    fn runtime() -> Imports {
        Imports {
            used: BTreeSet::new(),
            runtime: true,
        }
    }

    fn uses(&mut self, name: &'static str) {
        self.used.insert(name);
    }

    fn has(&self, name: &str) -> bool {
        self.used.contains(name)
    }

    /// The union of `parts`.
    fn union(&mut self, parts: &[&str]) -> String {
        if self.runtime {
            self.uses("Union");
            format!("Union[{}]", parts.join(", "))
        } else {
            parts.join(" | ")
        }
    }

    /// `ty` or `None`.
    fn optional(&mut self, ty: &str) -> String {
        if self.runtime {
            self.uses("Optional");
            format!("Optional[{ty}]")
        } else {
            format!("{ty} | None")
        }
    }
}

/// The Python type of `ty` travelling on `side`.
fn py_type(ty: &Ty, side: Side, model: &Model, imports: &mut Imports) -> String {
    match (ty, side) {
        (Ty::Text { .. }, _) | (Ty::Code, Side::Result) | (Ty::Date(_), Side::Result) => {
            "str".into()
        }
        (Ty::Code, Side::Params) => imports.union(&["str", "int"]),
        (Ty::Int { .. }, _) | (Ty::Choice(_), Side::Result) => "int".into(),
        (Ty::Choice(set), Side::Params) => {
            imports.uses("Literal");
            imports.uses("IntEnum");
            let values: Vec<String> = set.iter().map(i64::to_string).collect();
            let literal = format!("Literal[{}]", values.join(", "));
            if *set == [0, 1] {
                imports.union(&[&literal, "IntEnum", "bool"])
            } else {
                imports.union(&[&literal, "IntEnum"])
            }
        }
        (Ty::Money, Side::Params) => {
            imports.uses("Decimal");
            imports.union(&["Decimal", "int", "float", "str"])
        }
        (Ty::Money, Side::Result) => {
            imports.uses("Decimal");
            "Decimal".into()
        }
        (Ty::Decimal, Side::Params) => {
            imports.uses("Decimal");
            imports.union(&["Decimal", "int", "float", "str"])
        }
        (Ty::Decimal, Side::Result) => {
            imports.uses("Decimal");
            imports.union(&["Decimal", "int"])
        }
        (Ty::Date(_), Side::Params) => {
            imports.uses("datetime");
            imports.union(&["str", "datetime.date"])
        }
        (Ty::List { item, .. }, Side::Params) => {
            imports.uses("Sequence");
            format!("Sequence[{}]", py_type(item, side, model, imports))
        }
        (Ty::List { item, .. }, Side::Result) => {
            format!("list[{}]", py_type(item, side, model, imports))
        }
        (Ty::Object(index), _) => model.shapes[*index].name.clone(),
        (Ty::Map, Side::Params) => {
            imports.uses("Mapping");
            imports.uses("Any");
            "Mapping[str, Any]".into()
        }
        (Ty::Map, Side::Result) => {
            imports.uses("Any");
            "dict[str, Any]".into()
        }
        (Ty::Any, _) => {
            imports.uses("Any");
            "Any".into()
        }
    }
}

/// The annotation of one `TypedDict` key.
fn member_type(member: &Member, side: Side, model: &Model, imports: &mut Imports) -> String {
    let mut ty = py_type(&member.ty, side, model, imports);
    if member.nullable && ty != "Any" {
        ty = imports.optional(&ty);
    }
    if member.required {
        ty
    } else {
        imports.uses("NotRequired");
        format!("NotRequired[{ty}]")
    }
}

/// Turns Markdown code spans (`x`) into reStructuredText ones (``x``).
fn rst(text: &str) -> String {
    text.replace('`', "``")
}

/// A docstring at `indent` spaces: wrapped to the line length, escaped, in the style
/// `ruff format` keeps.
pub(crate) fn docstring(out: &mut Lines, indent: usize, text: &str) {
    let pad = " ".repeat(indent);
    let mut text = rst(text)
        .replace('\\', "\\\\")
        .replace("\"\"\"", "\\\"\\\"\\\"");
    if text.ends_with('"') {
        text.pop();
        text.push_str("\\\"");
    }
    let lines = wrap(&text, LINE - indent - 6);
    let last = lines.len() - 1;
    for (i, line) in lines.iter().enumerate() {
        let open = if i == 0 { "\"\"\"" } else { "" };
        let close = if i == last { "\"\"\"" } else { "" };
        out.line(format!("{pad}{open}{line}{close}"));
    }
}

/// `kopru/types.py`: every parameter, result and page shape as a `TypedDict`, and the
/// operation names as `Literal` types.
pub fn types_module(model: &Model) -> String {
    let mut imports = Imports::runtime();
    let mut body = Lines::default();
    for shape in &model.shapes {
        body.blank();
        body.blank();
        typed_dict(&mut body, shape, model, &mut imports);
    }
    for op in model.ops.iter().filter(|o| o.op.paginated) {
        body.blank();
        body.blank();
        page(&mut body, op, model, &mut imports);
    }
    body.blank();
    body.blank();
    literal_names(
        &mut body,
        "OperationName",
        "Every operation's name.",
        model.ops.iter(),
    );
    body.blank();
    literal_names(
        &mut body,
        "PaginatedOperationName",
        "The names of the operations whose result is a page (for ``Client.pages``).",
        model.ops.iter().filter(|o| o.op.paginated),
    );
    imports.uses("Literal");

    let mut out = Lines::default();
    out.line("\"\"\"Typed parameters and results of every kopru operation, for type checkers and editors.");
    out.blank();
    out.line("Generated from kopru-core's operation table by ``cargo run -p kopru-codegen -- write``; do not edit.");
    out.line("``Client.call``, ``Client.pages`` and ``Session.start`` are overloaded on these types: a call with a");
    out.line("literal operation name gets its parameters checked and its result typed. Parameter money accepts");
    out.line("``Decimal``, ``int``, ``float`` or ``str``; result money is ``Decimal``. A parameter with a few");
    out.line("allowed codes also takes the ``IntEnum`` constants of ``kopru.codes``. Optional result fields may be");
    out.line("``None``; objects marked open also carry the vendor's undocumented fields.");
    out.line("\"\"\"");
    out.blank();
    out.line("from __future__ import annotations");
    out.blank();
    if imports.has("datetime") {
        out.line("import datetime");
    }
    let abc: Vec<&str> = ["Mapping", "Sequence"]
        .into_iter()
        .filter(|n| imports.has(n))
        .collect();
    if !abc.is_empty() {
        out.line(format!("from collections.abc import {}", abc.join(", ")));
    }
    if imports.has("Decimal") {
        out.line("from decimal import Decimal");
    }
    if imports.has("IntEnum") {
        out.line("from enum import IntEnum");
    }
    let mut typing = Vec::new();
    if imports.has("NotRequired") {
        typing.push("TYPE_CHECKING");
    }
    typing.extend(
        ["Any", "Literal", "Optional"]
            .into_iter()
            .filter(|n| imports.has(n)),
    );
    typing.extend(["TypedDict", "Union"]);
    out.line(format!("from typing import {}", typing.join(", ")));
    if imports.has("NotRequired") {
        out.blank();
        out.line("if TYPE_CHECKING:");
        out.line("    from typing_extensions import NotRequired");
    }
    let mut text = out.finish();
    text.push_str(&body.finish());
    text
}

/// One shape as a `TypedDict` (the class syntax, or the functional one when a key is
/// no Python name).
fn typed_dict(out: &mut Lines, shape: &Shape, model: &Model, imports: &mut Imports) {
    let mut doc = shape.doc.clone();
    if shape.open {
        doc = crate::text::sentence(&doc);
        doc.push_str(" Open: the vendor's other fields pass through.");
    }
    if shape.members.iter().all(|m| is_python_name(m.key)) {
        out.line(format!("class {}(TypedDict):", shape.name));
        docstring(out, 4, &doc);
        for member in &shape.members {
            out.blank();
            let ty = member_type(member, shape.side, model, imports);
            out.line(format!("    {}: {ty}", member.key));
            let mut doc = member.doc.clone();
            if let Some(default) = &member.default {
                doc.push_str(&format!(" (default `{default}`)"));
            }
            if !doc.is_empty() {
                docstring(out, 4, &doc);
            }
        }
        return;
    }
    for line in wrap(&rst(&doc), LINE - 2) {
        out.line(format!("# {line}"));
    }
    out.line(format!("{} = TypedDict(", shape.name));
    out.line(format!("    {},", double_quoted(&shape.name)));
    out.line("    {");
    for member in &shape.members {
        let ty = member_type(member, shape.side, model, imports);
        out.line(format!(
            "        {}: {},",
            double_quoted(member.key),
            double_quoted(&ty)
        ));
    }
    out.line("    },");
    out.line(")");
}

/// The page `TypedDict` of a paginated operation.
fn page(out: &mut Lines, op: &OpModel, model: &Model, imports: &mut Imports) {
    let item = py_type(&op.result, Side::Result, model, imports);
    out.line(format!("class {}(TypedDict):", op.page_name()));
    docstring(out, 4, &format!("One page of `{}`.", op.op.name));
    let members = [
        ("items", format!("list[{item}]"), "The page's items"),
        (
            "total",
            imports.optional("int"),
            "How many items the whole list has, when the service says",
        ),
        ("page", "int".into(), "This page's number"),
        (
            "next_page",
            imports.optional("int"),
            "The next page's number; `None` after the last page",
        ),
    ];
    for (key, ty, doc) in members {
        out.blank();
        out.line(format!("    {key}: {ty}"));
        docstring(out, 4, doc);
    }
}

/// A union of `Literal` operation names. (A plain `Literal["a", "b"]` is no `Union` at
/// runtime, which `stubtest` refuses for an alias that is a union to type checkers.)
fn literal_names<'a>(
    out: &mut Lines,
    name: &str,
    doc: &str,
    ops: impl Iterator<Item = &'a OpModel>,
) {
    out.line(format!("{name} = Union["));
    for op in ops {
        out.line(format!("    Literal[{}],", double_quoted(op.op.name)));
    }
    out.line("]");
    docstring(out, 0, doc);
}

/// The type of an operation's `params` argument in an overload: `None` is allowed
/// (and the argument may be left out) only when no parameter is required.
fn params_arg(op: &OpModel, model: &Model, default: bool) -> String {
    let ty = stub_type(&op.params, Side::Params, model);
    if op.params_required {
        ty
    } else if default {
        format!("{ty} | None = None")
    } else {
        format!("{ty} | None")
    }
}

/// A type as the stub writes it: shapes through the `_types` alias of `kopru.types`.
fn stub_type(ty: &Ty, side: Side, model: &Model) -> String {
    match ty {
        Ty::Object(index) => format!("_types.{}", model.shapes[*index].name),
        other => py_type(other, side, model, &mut Imports::default()),
    }
}

/// One overload, exploded one argument a line as `ruff format` keeps it; with a
/// `deprecated` message when it is the overload that catches wrong parameters.
fn overload(out: &mut Lines, method: &str, args: &[String], result: &str, wrong: Option<&str>) {
    out.line("@overload");
    if let Some(message) = wrong {
        let message = double_quoted(message);
        if METHOD_INDENT + "@deprecated()".len() + message.chars().count() <= LINE {
            out.line(format!("@deprecated({message})"));
        } else {
            out.line("@deprecated(");
            out.line(format!("    {message}"));
            out.line(")");
        }
    }
    out.line(format!("def {method}("));
    out.line("    self,");
    for arg in args {
        out.line(format!("    {arg},"));
    }
    out.line(format!(") -> {result}: ..."));
}

/// The message of the overload that catches a known operation's wrong parameters
/// (mypy reports it with `--enable-error-code deprecated`).
fn wrong_params(op: &OpModel, model: &Model) -> String {
    let expected = match &op.params {
        Ty::Object(index) => format!("kopru.types.{}", model.shapes[*index].name),
        _ => "an object".to_string(),
    };
    let message = format!(
        "kopru: the parameters of {} must fit {expected}",
        op.op.name
    );
    if METHOD_INDENT + 6 + message.chars().count() <= LINE {
        message
    } else {
        format!("kopru: parameters must fit {expected}")
    }
}

/// The overloads of one method for one operation: the typed one, then the one that
/// catches parameters that do not fit (so they never reach the untyped overload).
fn overload_pair(
    out: &mut Lines,
    method: &str,
    op: &OpModel,
    model: &Model,
    result: &str,
    untyped_result: &str,
) {
    let op_arg = format!("op: Literal[{}]", double_quoted(op.op.name));
    let start = method == "start";
    let mut typed = vec![
        op_arg.clone(),
        format!("params: {}", params_arg(op, model, !start)),
    ];
    let mut untyped = vec![
        op_arg,
        if start {
            "params: Mapping[str, Any] | None".to_string()
        } else {
            "params: Mapping[str, Any] | None = None".to_string()
        },
    ];
    if start {
        typed.push("now_ms: int".into());
        untyped.push("now_ms: int".into());
    }
    if method == "pages" {
        typed.push("concurrency: int = 1".into());
        untyped.push("concurrency: int = 1".into());
    }
    overload(out, method, &typed, result, None);
    overload(
        out,
        method,
        &untyped,
        untyped_result,
        Some(&wrong_params(op, model)),
    );
}

/// The overloads of `Client.call`, two per operation (region `Client.call` of the stub).
pub fn client_call(model: &Model) -> String {
    let mut out = Lines::default();
    for op in &model.ops {
        let result = if op.op.paginated {
            format!("_types.{}", op.page_name())
        } else {
            stub_type(&op.result, Side::Result, model)
        };
        overload_pair(&mut out, "call", op, model, &result, "dict[str, Any]");
    }
    out.finish()
}

/// The overloads of `Client.pages`, two per paginated operation (region `Client.pages`).
pub fn client_pages(model: &Model) -> String {
    let mut out = Lines::default();
    for op in model.ops.iter().filter(|o| o.op.paginated) {
        let item = stub_type(&op.result, Side::Result, model);
        let result = format!("Pages[{item}]");
        overload_pair(
            &mut out,
            "pages",
            op,
            model,
            &result,
            "Pages[dict[str, Any]]",
        );
    }
    out.finish()
}

/// The overloads of `Session.start`, two per operation (region `Session.start`).
pub fn session_start(model: &Model) -> String {
    let mut out = Lines::default();
    for op in &model.ops {
        overload_pair(&mut out, "start", op, model, "_Step", "_Step");
    }
    out.finish()
}

/// `kopru/codes.py`: an `IntEnum` (or `str` enum) per code table with a `label`
/// property, and `TABLES` by service and table name.
pub fn codes_module(tables: &[Table]) -> String {
    let mut out = Lines::default();
    out.line("\"\"\"The vendors' code tables: an enum per table, each code with the vendor's Turkish ``label``.");
    out.blank();
    out.line("Generated from kopru-core's code tables by ``cargo run -p kopru-codegen -- write``; do not edit.");
    out.line("``EntegraOrderStatus(1).label == \"Yeni Sipariş\"``; text codes are ``str`` enums. ``TABLES`` finds an");
    out.line(
        "enum by service and table name, as the ``<service>.codes.list`` operations name them.",
    );
    out.line("\"\"\"");
    out.blank();
    out.line("from __future__ import annotations");
    out.blank();
    if tables.iter().any(|t| t.kind == Kind::Int) {
        out.line("from enum import Enum, IntEnum");
    } else {
        out.line("from enum import Enum");
    }
    out.blank();
    out.line("__all__ = [");
    out.line("    \"TABLES\",");
    out.line("    \"ProblemCode\",");
    for table in tables {
        out.line(format!("    {},", double_quoted(&table.type_name)));
    }
    out.line("]");
    out.blank();
    out.blank();
    out.line("class _TextCode(str, Enum):");
    docstring(
        &mut out,
        4,
        "Base of the enums with text codes: each member is a `str` equal to its code.",
    );
    out.blank();
    out.line("    _value_: str");
    out.blank();
    out.line("    def __new__(cls, value: str) -> _TextCode:");
    out.line("        member = str.__new__(cls, value)");
    out.line("        member._value_ = value");
    out.line("        return member");
    for table in tables {
        let labels = format!("_{}", upper_snake(&table.type_name));
        let (base, key) = match table.kind {
            Kind::Int => ("IntEnum", "int"),
            Kind::Text => ("_TextCode", "str"),
        };
        out.blank();
        out.blank();
        out.line(format!("class {}({base}):", table.type_name));
        docstring(
            &mut out,
            4,
            &format!(
                "`{}.{}`: {}",
                table.service(),
                table.table.name,
                table.doc()
            ),
        );
        out.blank();
        for row in &table.rows {
            out.line(format!("    {} = {}", row.constant, py_code(row.code)));
        }
        out.blank();
        out.line("    @property");
        out.line("    def label(self) -> str:");
        out.line("        \"\"\"The vendor's (Turkish) label of this code.\"\"\"");
        out.line(format!("        return {labels}[self.value]"));
        out.blank();
        out.blank();
        out.line(format!("{labels}: dict[{key}, str] = {{"));
        for row in &table.rows {
            out.line(format!(
                "    {}: {},",
                py_code(row.code),
                double_quoted(row.label)
            ));
        }
        out.line("}");
    }
    out.blank();
    out.line("TABLES: dict[str, dict[str, type[Enum]]] = {");
    let mut services: Vec<&str> = Vec::new();
    for table in tables {
        if !services.contains(&table.service()) {
            services.push(table.service());
        }
    }
    for service in services {
        out.line(format!("    {}: {{", double_quoted(service)));
        for table in tables.iter().filter(|t| t.service() == service) {
            out.line(format!(
                "        {}: {},",
                double_quoted(table.table.name),
                table.type_name
            ));
        }
        out.line("    },");
    }
    out.line("}");
    out.line("\"\"\"Every code table's enum by service and table name.\"\"\"");
    crate::problems::python_enum(&mut out);
    out.finish()
}

/// A code as a Python literal.
fn py_code(code: CodeValue) -> String {
    match code {
        CodeValue::Int(i) => i.to_string(),
        CodeValue::Text(t) => double_quoted(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(ty: &Ty) -> (String, String) {
        let model = Model::default();
        let mut imports = Imports::default();
        (
            py_type(ty, Side::Params, &model, &mut imports),
            py_type(ty, Side::Result, &model, &mut imports),
        )
    }

    #[test]
    fn type_mapping() {
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            both(&Ty::Money),
            pair("Decimal | int | float | str", "Decimal")
        );
        assert_eq!(
            both(&Ty::Date(kopru_core::schema::DateWire::Iso)),
            pair("str | datetime.date", "str")
        );
        assert_eq!(both(&Ty::Code), pair("str | int", "str"));
        assert_eq!(
            both(&Ty::Choice(&[0, 1])),
            pair("Literal[0, 1] | IntEnum | bool", "int")
        );
        assert_eq!(
            both(&Ty::Choice(&[1, 2])),
            pair("Literal[1, 2] | IntEnum", "int")
        );
        assert_eq!(both(&Ty::Map), pair("Mapping[str, Any]", "dict[str, Any]"));
        assert_eq!(both(&Ty::Any), pair("Any", "Any"));
        let list = Ty::List {
            item: Box::new(Ty::Int {
                min: None,
                max: None,
            }),
            min: 0,
            max: None,
        };
        assert_eq!(both(&list), pair("Sequence[int]", "list[int]"));
    }

    /// An optional money field that may be `null`.
    fn optional_price() -> Member {
        Member {
            key: "price",
            ty: Ty::Money,
            required: false,
            nullable: true,
            doc: String::new(),
            default: None,
        }
    }

    #[test]
    fn optional_result_fields_may_be_none() {
        let model = Model::default();
        let member = optional_price();
        let mut imports = Imports::default();
        assert_eq!(
            member_type(&member, Side::Result, &model, &mut imports),
            "NotRequired[Decimal | None]"
        );
        assert!(imports.has("NotRequired") && imports.has("Decimal"));
    }

    #[test]
    fn kopru_types_writes_unions_python_3_9_can_evaluate() {
        let model = Model::default();
        let member = optional_price();
        let mut imports = Imports::runtime();
        assert_eq!(
            member_type(&member, Side::Result, &model, &mut imports),
            "NotRequired[Optional[Decimal]]"
        );
        assert_eq!(
            py_type(&Ty::Money, Side::Params, &model, &mut imports),
            "Union[Decimal, int, float, str]"
        );
        assert_eq!(
            py_type(&Ty::Choice(&[0, 1]), Side::Params, &model, &mut imports),
            "Union[Literal[0, 1], IntEnum, bool]"
        );
        assert!(imports.has("Optional") && imports.has("Union"));
    }

    #[test]
    fn docstrings_wrap_and_escape() {
        let mut out = Lines::default();
        docstring(&mut out, 4, "Say \"Renk\"");
        assert_eq!(out.finish(), "    \"\"\"Say \"Renk\\\"\"\"\"\n");
        let mut out = Lines::default();
        docstring(&mut out, 0, &"word ".repeat(40));
        let text = out.finish();
        assert!(text.lines().count() > 1 && text.lines().all(|l| l.len() <= LINE));
    }
}
