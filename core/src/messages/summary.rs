//! An error message names the first few problems and counts the rest: a
//! snapshot missing one field in 8,448 rows must not make a 400 KB message
//! (the full list stays in `errors`).

use crate::error::FieldError;
use serde_json::Value;

/// How many problems an error's message names.
pub const NAMED_PROBLEMS: usize = 3;

/// How one locale writes the summary.
pub(super) struct Summary {
    /// The tail for `n` (already formatted) more problems.
    pub and_more: fn(String) -> String,
    /// The thousands separator of counts.
    pub thousands: char,
}

impl Summary {
    /// `path: message; …` for the first [`NAMED_PROBLEMS`], then how many more.
    pub fn of(&self, errors: &[FieldError]) -> String {
        let mut parts: Vec<String> = errors
            .iter()
            .take(NAMED_PROBLEMS)
            .map(|e| format!("{}: {}", e.path, e.message))
            .collect();
        let rest = errors.len().saturating_sub(NAMED_PROBLEMS);
        if rest > 0 {
            parts.push((self.and_more)(grouped(rest, self.thousands)));
        }
        parts.join("; ")
    }
}

/// `8445` → `8,445` (or `8.445`).
pub(super) fn grouped(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// Values joined by `, `, texts without quotes.
pub(super) fn list_values(values: &[Value]) -> String {
    values
        .iter()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(7, ','), "7");
        assert_eq!(grouped(8445, ','), "8,445");
        assert_eq!(grouped(1234567, '.'), "1.234.567");
        assert_eq!(grouped(100, '.'), "100");
    }
}
