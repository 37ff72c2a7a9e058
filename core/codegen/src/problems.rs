//! The validation problem codes (`errors[i].code`) in every binding: C
//! `#define`s, Python's `ProblemCode` enum, JavaScript's frozen object and the
//! README's table, each code with its English and Turkish description.

use crate::names::{double_quoted, js_string};
use crate::text::Lines;
use kopru_core::messages::{problem_codes, ProblemCode};

/// The constant's name of a code: `rule.dates_reversed` → `RULE_DATES_REVERSED`.
pub fn constant(code: &str) -> String {
    code.replace('.', "_").to_uppercase()
}

/// A Python string literal as `ruff format` writes it: double quotes, or single
/// quotes when that saves escaping a double quote.
fn python_string(text: &str) -> String {
    if text.contains('"') && !text.contains('\'') && !text.contains('\\') {
        format!("'{text}'")
    } else {
        double_quoted(text)
    }
}

/// The C `#define`s, `KOPRU_PROBLEM_<CODE>`.
pub fn c_defines(out: &mut Lines) {
    out.blank();
    out.line("/* Validation problem codes: errors[i].code of a validation error's JSON. */");
    for ProblemCode { code, en, tr } in problem_codes() {
        out.line(format!(
            "#define KOPRU_PROBLEM_{} {} /* {} | {} */",
            constant(&code),
            double_quoted(&code),
            en.replace("*/", "* /"),
            tr.replace("*/", "* /")
        ));
    }
}

/// Python's `ProblemCode` enum with `description` and `description_tr`.
pub fn python_enum(out: &mut Lines) {
    out.blank();
    out.blank();
    out.line("class ProblemCode(_TextCode):");
    crate::python::docstring(
        out,
        4,
        "The stable code of one validation problem: ``ValidationError.errors[i][\"code\"]``.",
    );
    out.blank();
    for ProblemCode { code, .. } in problem_codes() {
        out.line(format!(
            "    {} = {}",
            constant(&code),
            double_quoted(&code)
        ));
    }
    out.blank();
    out.line("    @property");
    out.line("    def description(self) -> str:");
    out.line("        \"\"\"What the code means, in English.\"\"\"");
    out.line("        return _PROBLEM_CODES[self.value][0]");
    out.blank();
    out.line("    @property");
    out.line("    def description_tr(self) -> str:");
    out.line("        \"\"\"What the code means, in Turkish.\"\"\"");
    out.line("        return _PROBLEM_CODES[self.value][1]");
    out.blank();
    out.blank();
    out.line("_PROBLEM_CODES: dict[str, tuple[str, str]] = {");
    for ProblemCode { code, en, tr } in problem_codes() {
        out.line(format!("    {}: (", double_quoted(&code)));
        out.line(format!("        {},", python_string(en)));
        out.line(format!("        {},", python_string(tr)));
        out.line("    ),");
    }
    out.line("}");
}

/// JavaScript's `ProblemCode` and `ProblemCodeDescriptions`.
pub fn js_objects(out: &mut Lines) {
    out.blank();
    crate::typescript::jsdoc(
        out,
        0,
        "The stable code of one validation problem: `KopruError.errors[i].code`.",
    );
    out.line("export const ProblemCode = Object.freeze({");
    for ProblemCode { code, .. } in problem_codes() {
        out.line(format!("  {}: {},", constant(&code), js_string(&code)));
    }
    out.line("});");
    out.blank();
    crate::typescript::jsdoc(
        out,
        0,
        "What each `ProblemCode` means, in English (`en`) and Turkish (`tr`).",
    );
    out.line("export const ProblemCodeDescriptions = Object.freeze({");
    for ProblemCode { code, en, tr } in problem_codes() {
        out.line(format!(
            "  {}: Object.freeze({{ en: {}, tr: {} }}),",
            js_string(&code),
            js_string(en),
            js_string(tr)
        ));
    }
    out.line("});");
}

/// The TypeScript declarations of [`js_objects`], inside `namespace codes`.
pub fn ts_declarations(out: &mut Lines) {
    crate::typescript::jsdoc(
        out,
        2,
        "The stable code of one validation problem: `KopruError.errors[i].code`.",
    );
    out.line("  export const ProblemCode: {");
    for ProblemCode { code, en, .. } in problem_codes() {
        crate::typescript::jsdoc(out, 4, en);
        out.line(format!(
            "    readonly {}: {};",
            constant(&code),
            js_string(&code)
        ));
    }
    out.line("  };");
    crate::typescript::jsdoc(out, 2, "A validation problem code.");
    out.line("  export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];");
    crate::typescript::jsdoc(
        out,
        2,
        "What each `ProblemCode` means, in English (`en`) and Turkish (`tr`).",
    );
    out.line(
        "  export const ProblemCodeDescriptions: { readonly [code in ProblemCode]: { readonly en: string; readonly tr: string } };",
    );
}

/// The README's table of codes.
pub fn readme_table() -> String {
    let mut out = Lines::default();
    out.line("| `code` | meaning | Türkçe |");
    out.line("|---|---|---|");
    for ProblemCode { code, en, tr } in problem_codes() {
        out.line(format!(
            "| `{code}` | {} | {} |",
            en.replace('|', "\\|"),
            tr.replace('|', "\\|")
        ));
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_and_rows() {
        assert_eq!(constant("rule.dates_reversed"), "RULE_DATES_REVERSED");
        let mut c = Lines::default();
        c_defines(&mut c);
        assert!(c
            .finish()
            .contains("#define KOPRU_PROBLEM_REQUIRED \"required\" /* a required parameter is missing | zorunlu bir parametre eksik */"));
        assert!(readme_table().contains("| `too_long` |"));
        assert_eq!(python_string("say \"Renk\""), "'say \"Renk\"'");
        assert_eq!(python_string("plain"), "\"plain\"");
    }
}
