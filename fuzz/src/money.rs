//! `money`: `Money::parse_text` on any text and `Money::from_json` on any JSON.
//! An amount that parses prints back to the same amount, keeps at most 8
//! decimals, and its Tedbul and dot forms parse to equal amounts.

use super::input::Source;
use kopru_core::money::Money;
use std::cmp::Ordering;

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let text = match source.byte() % 3 {
        0 => String::from_utf8_lossy(source.rest()).into_owned(),
        1 => {
            let value = source.json(&[]);
            if let Ok(money) = Money::from_json(&value) {
                round_trips(money);
            }
            return;
        }
        _ => match serde_json::from_slice(source.rest()) {
            Ok(value) => {
                if let Ok(money) = Money::from_json(&value) {
                    round_trips(money);
                }
                return;
            }
            Err(_) => return,
        },
    };
    match Money::parse_text(&text) {
        Ok(money) => round_trips(money),
        Err(message) => assert!(!message.is_empty()),
    }
}

fn round_trips(money: Money) {
    assert!(money.scale() <= 8, "{money:?} keeps more than 8 decimals");
    let dot = money.to_dot_string();
    let again = Money::parse_text(&dot).unwrap_or_else(|e| panic!("{dot:?} does not parse: {e}"));
    assert_eq!(again, money, "{dot:?} does not round-trip");
    assert_eq!(money.partial_cmp(&again), Some(Ordering::Equal));
    if let Some(cents) = money.with_max_scale(2) {
        assert_eq!(cents.partial_cmp(&money), Some(Ordering::Equal));
        let tedbul = cents.to_tedbul_string();
        let back =
            Money::parse_text(&tedbul).unwrap_or_else(|e| panic!("{tedbul:?} does not parse: {e}"));
        assert_eq!(
            back.partial_cmp(&money),
            Some(Ordering::Equal),
            "{tedbul:?}"
        );
    }
}
