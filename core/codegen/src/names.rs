//! Turning operation, field and code names into identifiers of each language.

/// `entegra.products.add_pictures` → `EntegraProductsAddPictures`; `variation_specs` →
/// `VariationSpecs`; `productCode` → `ProductCode`. Every run of letters and digits
/// starts a word; the rest of each word keeps its case.
pub fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in ascii(name).split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    out
}

/// `YeniSiparis` → `YENI_SIPARIS`, `PTTKargo` → `PTT_KARGO`, `item_type` → `ITEM_TYPE`,
/// `Kargo2` → `KARGO2`: a constant's name, words split at case changes.
pub fn upper_snake(name: &str) -> String {
    let chars: Vec<char> = ascii(name).chars().collect();
    let mut out = String::with_capacity(chars.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        if c.is_ascii_uppercase() && i > 0 && !out.is_empty() && !out.ends_with('_') {
            let before = chars[i - 1];
            let after = chars.get(i + 1).copied();
            let starts_word = before.is_ascii_lowercase()
                || before.is_ascii_digit()
                || (before.is_ascii_uppercase() && after.is_some_and(|a| a.is_ascii_lowercase()));
            if starts_word {
                out.push('_');
            }
        }
        out.push(c.to_ascii_uppercase());
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// The name with Turkish letters spelt in ASCII (`Sipariş` → `Siparis`); any other
/// non-ASCII character stops the generator, since no target language could use it.
fn ascii(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ç' => 'c',
            'Ç' => 'C',
            'ğ' => 'g',
            'Ğ' => 'G',
            'ı' => 'i',
            'İ' => 'I',
            'ö' => 'o',
            'Ö' => 'O',
            'ş' => 's',
            'Ş' => 'S',
            'ü' => 'u',
            'Ü' => 'U',
            c if c.is_ascii() => c,
            c => panic!("kopru-codegen: cannot make an identifier of {name:?} (character {c:?})"),
        })
        .collect()
}

/// Python's reserved words: such keys need the functional `TypedDict` syntax.
const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// True when `key` can be a Python attribute name (an identifier and no keyword).
pub fn is_python_name(key: &str) -> bool {
    is_identifier(key, false) && !PYTHON_KEYWORDS.contains(&key)
}

/// `key` as a TypeScript property name: bare when it is an identifier, quoted otherwise.
pub fn ts_key(key: &str) -> String {
    if is_identifier(key, true) {
        key.to_string()
    } else {
        js_string(key)
    }
}

/// `text` as a single-quoted JavaScript string literal.
pub fn js_string(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// `text` as a double-quoted string literal of Python, C or JSON (the three agree on
/// these escapes).
pub fn double_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// ASCII letters, digits and `_` (and `$` for JavaScript), not starting with a digit.
fn is_identifier(key: &str, dollar: bool) -> bool {
    let mut chars = key.chars();
    let ok = |c: char| c.is_ascii_alphanumeric() || c == '_' || (dollar && c == '$');
    chars.next().is_some_and(|c| ok(c) && !c.is_ascii_digit()) && chars.all(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_names() {
        assert_eq!(
            camel("entegra.products.add_pictures"),
            "EntegraProductsAddPictures"
        );
        assert_eq!(camel("variation_specs"), "VariationSpecs");
        assert_eq!(camel("productCode"), "ProductCode");
        assert_eq!(camel("n11_price"), "N11Price");
        assert_eq!(
            camel("erp.customers.wholesale.list"),
            "ErpCustomersWholesaleList"
        );
    }

    #[test]
    fn constant_names() {
        assert_eq!(upper_snake("YeniSiparis"), "YENI_SIPARIS");
        assert_eq!(upper_snake("PTTKargo"), "PTT_KARGO");
        assert_eq!(upper_snake("order_status"), "ORDER_STATUS");
        assert_eq!(upper_snake("Kargo2"), "KARGO2");
        assert_eq!(upper_snake("Sipariş"), "SIPARIS");
        assert_eq!(upper_snake("WS"), "WS");
    }

    #[test]
    fn keys_that_need_quoting() {
        assert!(is_python_name("price1"));
        assert!(!is_python_name("from"));
        assert!(!is_python_name("2nd"));
        assert!(!is_python_name("a-b"));
        assert_eq!(ts_key("productCode"), "productCode");
        assert_eq!(ts_key("a-b"), "'a-b'");
        assert_eq!(js_string("it's"), "'it\\'s'");
        assert_eq!(double_quoted("say \"hi\""), "\"say \\\"hi\\\"\"");
    }
}
