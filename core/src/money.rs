//! Exact decimal money. No binary floating point touches a price inside kopru.
//!
//! Inputs may be JSON integers, decimal strings with a dot or a comma
//! (`"12.90"`, `"12,90"`), or JSON floats, which are read through their
//! shortest decimal representation (`12.9` → `12.9`). Each service gets its
//! own wire format: Entegra a dot string, Tedbul a comma string with two
//! decimals (`"17,45"`).

use serde_json::Value;
use std::cmp::Ordering;
use std::fmt;

/// The most fraction digits kopru keeps.
const MAX_SCALE: u32 = 8;
/// The most integer digits kopru accepts (far beyond any price).
const MAX_INTEGER_DIGITS: usize = 15;

/// An exact decimal amount: `units / 10^scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Money {
    units: i128,
    scale: u32,
}

impl Money {
    /// Parses `"12.90"`, `"12,90"`, `"-3"` or `"7."`-free decimal text.
    pub fn parse_text(text: &str) -> Result<Money, String> {
        let trimmed = text.trim();
        let (negative, digits) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let (int_part, frac_part, has_separator) = match digits.find(['.', ',']) {
            Some(at) => (&digits[..at], &digits[at + 1..], true),
            None => (digits, "", false),
        };
        let well_formed = !int_part.is_empty()
            && int_part.bytes().all(|b| b.is_ascii_digit())
            && frac_part.bytes().all(|b| b.is_ascii_digit())
            && (!has_separator || !frac_part.is_empty());
        if !well_formed {
            return Err(format!(
                "must be a decimal amount such as \"12.90\", got {trimmed:?}"
            ));
        }
        let int_digits = int_part.trim_start_matches('0');
        if int_digits.len() > MAX_INTEGER_DIGITS {
            return Err("amount is too large".into());
        }
        let frac = frac_part.trim_end_matches('0');
        if frac.len() as u32 > MAX_SCALE {
            return Err(format!("at most {MAX_SCALE} decimal places"));
        }
        let scale = frac_part.len().min(MAX_SCALE as usize) as u32;
        let frac_kept = &frac_part[..scale as usize];
        let mut units: i128 = 0;
        for b in int_digits.bytes().chain(frac_kept.bytes()) {
            units = units * 10 + i128::from(b - b'0');
        }
        Ok(Money {
            units: if negative { -units } else { units },
            scale,
        })
    }

    /// Reads a JSON integer, float (by its shortest representation) or decimal string.
    pub fn from_json(value: &Value) -> Result<Money, String> {
        match value {
            Value::String(text) => Money::parse_text(text),
            Value::Number(number) => {
                if let Some(i) = number.as_i64() {
                    Money::parse_text(&i.to_string())
                } else if let Some(u) = number.as_u64() {
                    Money::parse_text(&u.to_string())
                } else {
                    let float = number.as_f64().unwrap_or(f64::NAN);
                    if !float.is_finite() {
                        return Err("must be a finite amount".into());
                    }
                    Money::parse_text(&format!("{float}"))
                }
            }
            _ => Err("must be an amount (number or decimal string)".into()),
        }
    }

    /// How many fraction digits the amount carries.
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// True when the amount is below zero.
    pub fn is_negative(&self) -> bool {
        self.units < 0
    }

    /// The amount's integer units at its own scale: 12.90 is 1290 at scale 2.
    pub fn units(&self) -> i128 {
        self.units
    }

    /// Builds an amount from integer units and a scale: `(1290, 2)` is 12.90.
    pub fn from_units(units: i128, scale: u32) -> Money {
        Money { units, scale }
    }

    /// The amount with at least `min_scale` fraction digits (never rounds).
    pub fn with_min_scale(self, min_scale: u32) -> Money {
        if self.scale >= min_scale {
            return self;
        }
        Money {
            units: self.units * 10_i128.pow(min_scale - self.scale),
            scale: min_scale,
        }
    }

    /// The same amount with at most `max_scale` fraction digits, when that is
    /// exact (`"10.500"` → `"10.50"`); `None` when digits would be lost.
    pub fn with_max_scale(self, max_scale: u32) -> Option<Money> {
        let mut out = self;
        while out.scale > max_scale {
            if out.units % 10 != 0 {
                return None;
            }
            out.units /= 10;
            out.scale -= 1;
        }
        Some(out)
    }

    /// The amount as text with `separator` between the integer and fraction digits.
    pub fn to_text(&self, separator: char) -> String {
        let digits = self.units.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let mut text = String::with_capacity(digits.len() + scale + 3);
        if self.units < 0 {
            text.push('-');
        }
        if digits.len() <= scale {
            text.push('0');
            text.push(separator);
            text.extend(std::iter::repeat_n('0', scale - digits.len()));
            text.push_str(&digits);
        } else {
            let (int_part, frac_part) = digits.split_at(digits.len() - scale);
            text.push_str(int_part);
            if scale > 0 {
                text.push(separator);
                text.push_str(frac_part);
            }
        }
        text
    }

    /// The dot-decimal text kopru returns to callers and sends to Entegra: `"12.90"`.
    pub fn to_dot_string(&self) -> String {
        self.to_text('.')
    }

    /// Tedbul's wire format: a decimal comma and two decimals, `"10,50"`.
    pub fn to_tedbul_string(&self) -> String {
        self.with_min_scale(2).to_text(',')
    }

    /// True when `to` is further than `percent` % of this amount from it,
    /// up or down, computed exactly (from zero, any other amount is).
    pub fn moved_more_than_percent(&self, to: &Money, percent: u64) -> bool {
        let (from, to) = self.aligned(to);
        (to - from).abs() * 100 > from.abs() * i128::from(percent)
    }

    fn aligned(&self, other: &Money) -> (i128, i128) {
        let scale = self.scale.max(other.scale);
        (
            self.with_min_scale(scale).units,
            other.with_min_scale(scale).units,
        )
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        let (a, b) = self.aligned(other);
        Some(a.cmp(&b))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_dot_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_dot_and_comma_text_exactly() {
        assert_eq!(Money::parse_text("12.90").unwrap().to_dot_string(), "12.90");
        assert_eq!(Money::parse_text("12,90").unwrap().to_dot_string(), "12.90");
        assert_eq!(Money::parse_text("-0.05").unwrap().to_dot_string(), "-0.05");
        assert_eq!(Money::parse_text("7").unwrap().to_dot_string(), "7");
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in [
            "", "abc", "1.2.3", "1,2,3", "1.", ".5", "1e5", "12 90", "--1",
        ] {
            assert!(Money::parse_text(bad).is_err(), "{bad:?} should fail");
        }
        assert!(Money::parse_text("1234567890123456").is_err());
        assert!(Money::from_json(&json!(1_234_567_890_123_456_u64)).is_err());
        assert!(Money::from_json(&json!(-1_234_567_890_123_456_i64)).is_err());
        assert_eq!(
            Money::from_json(&json!(-123_456_789_012_345_i64))
                .unwrap()
                .to_dot_string(),
            "-123456789012345"
        );
    }

    #[test]
    fn floats_use_their_shortest_representation() {
        assert_eq!(
            Money::from_json(&json!(12.9)).unwrap().to_dot_string(),
            "12.9"
        );
        assert_eq!(
            Money::from_json(&json!(0.1)).unwrap().to_dot_string(),
            "0.1"
        );
        assert_eq!(Money::from_json(&json!(15)).unwrap().to_dot_string(), "15");
    }

    #[test]
    fn tedbul_format_has_a_comma_and_two_decimals() {
        assert_eq!(
            Money::parse_text("10.5").unwrap().to_tedbul_string(),
            "10,50"
        );
        assert_eq!(
            Money::parse_text("105").unwrap().to_tedbul_string(),
            "105,00"
        );
        assert_eq!(
            Money::parse_text("17,45").unwrap().to_tedbul_string(),
            "17,45"
        );
        let three = Money::parse_text("1.500").unwrap();
        assert_eq!(three.with_max_scale(2).unwrap().to_tedbul_string(), "1,50");
        assert_eq!(Money::parse_text("1.505").unwrap().with_max_scale(2), None);
    }

    #[test]
    fn compares_by_value_across_scales() {
        let a = Money::parse_text("12.9").unwrap();
        let b = Money::parse_text("12.90").unwrap();
        assert_eq!(a.partial_cmp(&b), Some(Ordering::Equal));
        assert!(Money::parse_text("3").unwrap() > Money::parse_text("2.99").unwrap());
    }
}
