//! `dates`: the date parsers (`Date::parse_iso`, `parse_day_first`, `parse_any`),
//! `parse_datetime_ms`, `retry::parse_retry_after` and `Date::from_unix_ms`.
//! A parsed date exists on the calendar and prints back to itself; day counts
//! and Unix times agree both ways.

use super::input::Source;
use kopru_core::dates::{parse_datetime_ms, Date};
use kopru_core::retry::parse_retry_after;

const DAY_MS: u64 = 86_400_000;

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut source = Source::new(data);
    let selector = source.byte();
    let offset_hours = i64::from(source.byte() as i8);
    let now_ms = source.u64();
    let text = String::from_utf8_lossy(source.rest()).into_owned();
    match selector % 6 {
        0 => {
            if let Some(date) = Date::parse_iso(&text) {
                calendar(date);
                assert_eq!(date.to_iso(), text, "ISO must print back as given");
            }
        }
        1 => {
            if let Some(date) = Date::parse_day_first(&text) {
                calendar(date);
                assert_eq!(Date::parse_day_first(&date.to_day_first_dots()), Some(date));
            }
        }
        2 => {
            if let Some(date) = Date::parse_any(&text) {
                calendar(date);
            }
        }
        3 => {
            if let Some(ms) = parse_datetime_ms(&text, offset_hours) {
                let date = Date::parse_any(&text).expect("a datetime has a date part");
                let local_ms = i128::from(ms) + i128::from(offset_hours) * 3_600_000;
                let days = local_ms.div_euclid(i128::from(DAY_MS));
                assert_eq!(days, i128::from(date.days_since_epoch()), "{text:?}");
            }
        }
        4 => {
            if let Some(wait) = parse_retry_after(&text, now_ms) {
                if let Ok(seconds) = text.trim().parse::<u64>() {
                    assert_eq!(wait, seconds.saturating_mul(1000));
                }
            }
        }
        _ => {
            let date = Date::from_unix_ms(now_ms);
            calendar(date);
            let days = u64::try_from(date.days_since_epoch()).expect("after 1970");
            assert_eq!(days, now_ms / DAY_MS, "{now_ms} → {date:?}");
        }
    }
}

fn calendar(date: Date) {
    assert_eq!(
        Date::new(date.year, date.month, date.day),
        Some(date),
        "{date:?} is not on the calendar"
    );
    if (0..=9999).contains(&date.year) {
        assert_eq!(Date::parse_iso(&date.to_iso()), Some(date));
        let ms = date.days_since_epoch().checked_mul(DAY_MS as i64);
        if let Some(ms) = ms.and_then(|ms| u64::try_from(ms).ok()) {
            assert_eq!(Date::from_unix_ms(ms), date);
        }
    }
}
