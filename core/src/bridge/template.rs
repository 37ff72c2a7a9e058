//! The variant productCode template: `{ItemCode}-{ColorCode}-{ItemDim1Code}`.
//!
//! A placeholder names a variant field; the literal text right before a
//! placeholder is dropped together with it when the value is empty, so a
//! colour-only variant of `SCARF-001` becomes `SCARF-001-RED`, not `SCARF-001-RED-`.

/// The fields a template may name.
pub const PLACEHOLDERS: [&str; 4] = ["ItemCode", "ColorCode", "ItemDim1Code", "Barcode"];

/// The default template.
pub const DEFAULT: &str = "{ItemCode}-{ColorCode}-{ItemDim1Code}";

/// A parsed template: pairs of (literal before, placeholder) and the literal after the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    parts: Vec<(String, String)>,
    tail: String,
}

/// The values a template is filled with.
#[derive(Clone, Copy, Debug)]
pub struct VariantFields<'a> {
    /// The product's ItemCode.
    pub item_code: &'a str,
    /// The variant's ColorCode ("" when none).
    pub color_code: &'a str,
    /// The variant's ItemDim1Code ("" when none).
    pub dim1: &'a str,
    /// The variant's Barcode ("" when none).
    pub barcode: &'a str,
}

impl Template {
    /// Parses `text`; the error says what is wrong.
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(open) = rest.find(['{', '}']) {
            if rest[open..].starts_with('}') {
                return Err("a \"}\" without its \"{\"".into());
            }
            literal.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after
                .find('}')
                .ok_or_else(|| "a \"{\" without its \"}\"".to_string())?;
            let name = &after[..close];
            if !PLACEHOLDERS.contains(&name) {
                return Err(format!(
                    "unknown placeholder {{{name}}} (known: {})",
                    PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
                ));
            }
            parts.push((std::mem::take(&mut literal), name.to_string()));
            rest = &after[close + 1..];
        }
        if parts.is_empty() {
            return Err("needs at least one placeholder such as {ItemCode}".into());
        }
        literal.push_str(rest);
        Ok(Template {
            parts,
            tail: literal,
        })
    }

    /// The code of one variant.
    pub fn render(&self, fields: VariantFields) -> String {
        let mut out = String::new();
        for (literal, name) in &self.parts {
            let value = match name.as_str() {
                "ItemCode" => fields.item_code,
                "ColorCode" => fields.color_code,
                "ItemDim1Code" => fields.dim1,
                _ => fields.barcode,
            };
            if !value.is_empty() {
                out.push_str(literal);
                out.push_str(value);
            }
        }
        out.push_str(&self.tail);
        out
    }
}

impl Default for Template {
    fn default() -> Template {
        Template::parse(DEFAULT).expect("the default template is valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(color: &'a str, dim1: &'a str) -> VariantFields<'a> {
        VariantFields {
            item_code: "SHIRT-001",
            color_code: color,
            dim1,
            barcode: "869",
        }
    }

    #[test]
    fn empty_parts_are_omitted_with_their_separator() {
        let template = Template::default();
        assert_eq!(template.render(fields("RED", "M")), "SHIRT-001-RED-M");
        assert_eq!(template.render(fields("RED", "")), "SHIRT-001-RED");
        assert_eq!(template.render(fields("", "XL")), "SHIRT-001-XL");
    }

    #[test]
    fn custom_templates_and_errors() {
        let template = Template::parse("V/{Barcode}/x").unwrap();
        assert_eq!(template.render(fields("RED", "M")), "V/869/x");
        assert!(Template::parse("{ItemCode}-{Size}").is_err());
        assert!(Template::parse("{ItemCode").is_err());
        assert!(Template::parse("ItemCode}").is_err());
        assert!(Template::parse("fixed").is_err());
    }
}
