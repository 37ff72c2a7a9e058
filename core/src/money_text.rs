//! Reading amounts and quantities as back-ends print them in responses.
//!
//! Turkish back-ends print `"10,50"` and `"1.234,50"`, others `"1234.50"` or
//! `"1,234.50"`, JSON numbers `1234.5`. Reading is strict: thousands groups
//! hold exactly three digits, there is one decimal separator, and text that
//! reads two ways (`"1.234"`: 1234 or 1.234?) is refused rather than guessed.

use crate::money::Money;
use serde_json::{Number, Value};

/// What a refused amount was expected to look like.
pub const EXPECTED_AMOUNT: &str = "an amount such as \"12.90\", \"10,50\" or \"1.234,50\"";

/// Reads a response amount: a JSON number or strictly formed decimal text.
pub fn read_amount(value: &Value) -> Option<Money> {
    match value {
        Value::String(text) => read_amount_text(text),
        Value::Number(_) => Money::from_json(value).ok(),
        _ => None,
    }
}

/// Reads `"10,50"`, `"1.234,50"`, `"1234.50"`, `"1,234.50"`, `"-3"`; `None` for
/// malformed or ambiguous text (`"1.234"`, `"1,234"`, `"1.23.4"`).
pub fn read_amount_text(text: &str) -> Option<Money> {
    let trimmed = text.trim();
    let digits = trimmed
        .strip_prefix('-')
        .or_else(|| trimmed.strip_prefix('+'))
        .unwrap_or(trimmed);
    let negative = trimmed.starts_with('-');
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let (grouped, fraction, thousands) = match (dots, commas) {
        (0, 0) => (digits, "", None),
        (1, 0) | (0, 1) => {
            let at = digits.find(['.', ','])?;
            let (int_part, frac_part) = (&digits[..at], &digits[at + 1..]);
            if could_be_grouped(int_part) && frac_part.len() == 3 {
                return None;
            }
            (int_part, frac_part, None)
        }
        (_, 0) => (digits, "", Some('.')),
        (0, _) => (digits, "", Some(',')),
        _ => {
            let at = digits.rfind(['.', ','])?;
            let separator = digits[at..].chars().next()?;
            let other = if separator == '.' { ',' } else { '.' };
            if digits[..at].contains(separator) {
                return None;
            }
            (&digits[..at], &digits[at + 1..], Some(other))
        }
    };
    let mut plain = String::with_capacity(trimmed.len() + 1);
    if negative {
        plain.push('-');
    }
    let whole_at = plain.len();
    match thousands {
        Some(separator) => ungroup_into(grouped, separator, &mut plain)?,
        None => plain.push_str(grouped),
    }
    if plain.len() == whole_at || fraction.is_empty() && digits.ends_with(['.', ',']) {
        return None;
    }
    if !fraction.is_empty() {
        plain.push('.');
        plain.push_str(fraction);
    }
    Money::parse_text(&plain).ok()
}

/// True when `text` is already the dot-decimal form kopru returns
/// (`"129.90"`, `"0.5"`, `"45"`: no sign, no leading zero, at most fifteen
/// integer digits and eight decimals, not the ambiguous `"1.234"`), so that
/// reading it with [`read_amount_text`] would give the same text back; the
/// receive path keeps such text as sent instead of parsing and printing it.
pub fn is_dot_form(text: &str) -> bool {
    let bytes = text.as_bytes();
    let int_len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let int_ok = (1..=15).contains(&int_len) && (int_len == 1 || bytes[0] != b'0');
    match bytes.get(int_len) {
        None => int_ok,
        Some(b'.') => {
            let fraction = &bytes[int_len + 1..];
            int_ok
                && (1..=8).contains(&fraction.len())
                && fraction.iter().all(u8::is_ascii_digit)
                && !(fraction.len() == 3 && could_be_grouped(&text[..int_len]))
        }
        Some(_) => false,
    }
}

/// True when `int_part` could be the leading group of a thousands grouping:
/// one to three digits, not starting with 0.
fn could_be_grouped(int_part: &str) -> bool {
    (1..=3).contains(&int_part.len()) && !int_part.starts_with('0')
}

/// Appends `"1.234.567"` read with `.` to `whole` as `"1234567"`; `None` unless
/// the groups are well formed.
fn ungroup_into(text: &str, separator: char, whole: &mut String) -> Option<()> {
    let mut groups = text.split(separator);
    let head = groups.next()?;
    if !could_be_grouped(head) || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    whole.push_str(head);
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        whole.push_str(group);
    }
    Some(())
}

/// A quantity as a JSON number: an integer when whole, otherwise the nearest
/// double, which prints back as the same decimal text (quantities are no prices).
pub fn quantity_number(amount: &Money) -> Value {
    if let Some(int) = amount
        .with_max_scale(0)
        .and_then(|whole| i64::try_from(whole.units()).ok())
    {
        return Value::from(int);
    }
    let text = amount.to_dot_string();
    decimal_number(&text).map_or(Value::String(text), Value::Number)
}

/// Dot-decimal text (`"12.5"`, `"-0.25"`) as a JSON number, read by
/// `serde_json`'s own number reader: the same double a response carrying the
/// number gives, and no second float parser in the WebAssembly module
/// (`str::parse::<f64>` brings 14 KB of tables and code). `None` for text
/// that is no JSON number.
pub fn decimal_number(text: &str) -> Option<Number> {
    serde_json::from_str(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dot(text: &str) -> Option<String> {
        read_amount_text(text).map(|m| m.to_dot_string())
    }

    #[test]
    fn turkish_and_plain_amounts() {
        assert_eq!(dot("10,50").as_deref(), Some("10.50"));
        assert_eq!(dot("1.234,50").as_deref(), Some("1234.50"));
        assert_eq!(dot("1234.50").as_deref(), Some("1234.50"));
        assert_eq!(dot("1,234.50").as_deref(), Some("1234.50"));
        assert_eq!(dot("12.345.678,9").as_deref(), Some("12345678.9"));
        assert_eq!(dot("1.234.567").as_deref(), Some("1234567"));
        assert_eq!(dot(" -0,05 ").as_deref(), Some("-0.05"));
        assert_eq!(dot("0.500").as_deref(), Some("0.500"));
        assert_eq!(dot("1234.500").as_deref(), Some("1234.500"));
        assert_eq!(dot("149.90").as_deref(), Some("149.90"));
        assert_eq!(
            read_amount(&json!(1234.5)).map(|m| m.to_dot_string()),
            Some("1234.5".into())
        );
    }

    #[test]
    fn ambiguous_or_malformed_text_is_refused() {
        for text in [
            "1.234",
            "1,234",
            "12.34.5",
            "1.23,4",
            "1,234,5.6",
            "1.234.5",
            "12.",
            ",5",
            "",
            "1,2.3,4",
            "abc",
            "1 234",
            "0.123.456",
        ] {
            assert_eq!(dot(text), None, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn dot_form_reads_back_as_itself(text in "[-+ ]?[0-9]{0,17}([.,][0-9]{0,9})?") {
            if is_dot_form(&text) {
                proptest::prop_assert_eq!(dot(&text), Some(text.clone()));
                let given = Money::parse_text(&text).map(|m| m.to_dot_string());
                proptest::prop_assert_eq!(given, Ok(text.clone()));
            }
        }
    }

    #[test]
    fn dot_form_is_recognised() {
        for text in [
            "129.90",
            "0.5",
            "45",
            "0",
            "0.000",
            "999999999999999.12345678",
        ] {
            assert!(is_dot_form(text), "{text}");
        }
        for text in [
            "1.234",
            "012.5",
            "-3",
            "+3",
            " 3",
            "1,5",
            "1.",
            ".5",
            "1.123456789",
            "",
        ] {
            assert!(!is_dot_form(text), "{text}");
        }
    }

    #[test]
    fn quantities_are_numbers() {
        let read = |t| quantity_number(&read_amount_text(t).unwrap());
        assert_eq!(read("45"), json!(45));
        assert_eq!(read("45.00"), json!(45));
        assert_eq!(read("0.50"), json!(0.5));
        assert_eq!(read("1250,75"), json!(1250.75));
    }

    proptest::proptest! {
        /// A quantity of up to fifteen significant digits reads as the double
        /// nearest to it, as the standard library's exact parser reads it.
        #[test]
        fn decimal_text_reads_as_the_nearest_double(
            units in -999_999_999_999_999_i64..=999_999_999_999_999,
            scale in 1_u32..=8,
        ) {
            let digits = units.unsigned_abs().to_string();
            let padded = format!("{digits:0>width$}", width = scale as usize + 1);
            let (int, fraction) = padded.split_at(padded.len() - scale as usize);
            let sign = if units < 0 { "-" } else { "" };
            let text = format!("{sign}{int}.{fraction}");
            let nearest = text.parse::<f64>().ok().and_then(Number::from_f64);
            proptest::prop_assert_eq!(decimal_number(&text), nearest, "{}", text);
        }
    }
}
