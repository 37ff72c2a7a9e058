//! C: `include/kopru_codes.h`, every code as a `#define` with its label in a comment.

use crate::names::{double_quoted, upper_snake};
use crate::tables::Table;
use crate::text::Lines;
use kopru_core::codes::CodeValue;

/// `text` made safe inside a `/* */` comment.
fn comment(text: &str) -> String {
    text.replace("*/", "* /")
}

/// The whole header.
pub fn codes_header(tables: &[Table]) -> String {
    let mut out = Lines::default();
    out.line("/*");
    out.line(" * kopru_codes.h: the vendors' code tables as constants, each with the vendor's");
    out.line(" * Turkish label in a comment: KOPRU_<SERVICE>_<TABLE>_<NAME>. Numeric codes are");
    out.line(" * integer constants, text codes string literals. Generated from kopru-core's code");
    out.line(" * tables by `cargo run -p kopru-codegen -- write`; do not edit. The operation");
    out.line(" * <service>.codes.list returns the same tables as JSON.");
    out.line(" */");
    out.line("#ifndef KOPRU_CODES_H");
    out.line("#define KOPRU_CODES_H");
    for table in tables {
        out.blank();
        out.line(format!(
            "/* {}.{}: {} */",
            table.service(),
            table.table.name,
            comment(table.doc())
        ));
        let prefix = format!(
            "KOPRU_{}_{}",
            upper_snake(table.service()),
            upper_snake(table.table.name)
        );
        for row in &table.rows {
            let value = match row.code {
                CodeValue::Int(i) if i < 0 => format!("({i})"),
                CodeValue::Int(i) => i.to_string(),
                CodeValue::Text(t) => double_quoted(t),
            };
            out.line(format!(
                "#define {prefix}_{} {value} /* {} */",
                row.constant,
                comment(row.label)
            ));
        }
    }
    crate::problems::c_defines(&mut out);
    out.blank();
    out.line("#endif /* KOPRU_CODES_H */");
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_prefixed_and_labelled() {
        let header = codes_header(&crate::tables::all());
        assert!(
            header.contains("#define KOPRU_ENTEGRA_ORDER_STATUS_YENI_SIPARIS 1 /* Yeni Sipariş */")
        );
        assert!(header.starts_with("/*") && header.ends_with("#endif /* KOPRU_CODES_H */\n"));
        assert_eq!(comment("a */ b"), "a * / b");
    }
}
