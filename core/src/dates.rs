//! Calendar dates and the services' date formats, without a clock.

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl Date {
    /// A date, if it exists on the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses ISO `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        // Byte by byte: every date of every record received is read here.
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |digits: &[u8]| {
            digits.iter().try_fold(0u32, |number, digit| {
                digit
                    .is_ascii_digit()
                    .then(|| number * 10 + u32::from(digit - b'0'))
            })
        };
        Date::new(
            number(&bytes[..4])? as i32,
            number(&bytes[5..7])?,
            number(&bytes[8..])?,
        )
    }

    /// Parses `DD.MM.YYYY` (Entegra's order date) or `DD/MM/YYYY`.
    pub fn parse_day_first(text: &str) -> Option<Date> {
        let separator = if text.contains('/') { '/' } else { '.' };
        let parts = split_numbers(text, separator, [2, 2, 4])?;
        Date::new(parts[2] as i32, parts[1], parts[0])
    }

    /// Parses any date format the services send: ISO, `DD.MM.YYYY`, `DD/MM/YYYY`,
    /// with an optional time part after a space or `T` (ignored).
    pub fn parse_any(text: &str) -> Option<Date> {
        let date_part = text.trim().split([' ', 'T']).next()?;
        Date::parse_iso(date_part).or_else(|| Date::parse_day_first(date_part))
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `DD.MM.YYYY`.
    pub fn to_day_first_dots(self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year) - i64::from(self.month <= 2),
            i64::from(self.month),
            i64::from(self.day),
        );
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let month_index = (m + 9) % 12;
        let day_of_year = (153 * month_index + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date of a Unix time in milliseconds (UTC).
    pub fn from_unix_ms(ms: u64) -> Date {
        let days = (ms / 86_400_000) as i64 + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        } as u32;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

/// Parses `YYYY-MM-DD HH:MM:SS` given in a fixed UTC offset into Unix milliseconds.
pub fn parse_datetime_ms(text: &str, utc_offset_hours: i64) -> Option<u64> {
    let (date_text, time_text) = text.trim().split_once([' ', 'T'])?;
    let date = Date::parse_iso(date_text)?;
    let mut clock = time_text.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m) = (clock.next()??, clock.next()??);
    let s = clock.next().flatten().unwrap_or(0);
    if !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..61).contains(&s) {
        return None;
    }
    let seconds =
        date.days_since_epoch() * 86_400 + h * 3600 + m * 60 + s - utc_offset_hours * 3600;
    u64::try_from(seconds).ok().map(|s| s * 1000)
}

/// True for exactly `YYYY-MM-DD HH:MM:SS` naming a real date and time of day
/// (Tedbul's `orderDate`).
pub fn is_datetime(text: &str) -> bool {
    let Some((date, time)) = text.split_once(' ') else {
        return false;
    };
    let clock: Vec<&str> = time.split(':').collect();
    let in_range = |part: &str, below: u32| {
        part.len() == 2
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| n < below)
    };
    Date::parse_iso(date).is_some()
        && clock.len() == 3
        && in_range(clock[0], 24)
        && in_range(clock[1], 60)
        && in_range(clock[2], 60)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn split_numbers(text: &str, separator: char, widths: [usize; 3]) -> Option<[u32; 3]> {
    let mut out = [0u32; 3];
    let mut parts = text.split(separator);
    for (slot, width) in out.iter_mut().zip(widths) {
        let part = parts.next()?;
        if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::strategy::Strategy;

    proptest::proptest! {
        #[test]
        fn iso_dates_read_as_their_three_numbers(text in proptest::prop_oneof![
            (0u32..10_000, 0u32..14, 0u32..33, "[-/.]", "[-/.]")
                .prop_map(|(year, month, day, first, second)| {
                    format!("{year:04}{first}{month:02}{second}{day:02}")
                }),
            "[0-9]{3,5}[-/]?[0-9]{1,3}[-/]?[0-9]{1,3}",
        ]) {
            let split = split_numbers(&text, '-', [4, 2, 2])
                .and_then(|[year, month, day]| Date::new(year as i32, month, day));
            proptest::prop_assert_eq!(Date::parse_iso(&text), split);
        }
    }

    #[test]
    fn parses_every_service_format() {
        let d = Date::new(2020, 9, 21).unwrap();
        assert_eq!(Date::parse_iso("2020-09-21"), Some(d));
        assert_eq!(Date::parse_day_first("21.09.2020"), Some(d));
        assert_eq!(Date::parse_any("21/09/2020"), Some(d));
        assert_eq!(Date::parse_any("2020-09-21 10:30:00"), Some(d));
        assert_eq!(d.to_day_first_dots(), "21.09.2020");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Date::parse_iso("2021-02-29"), None);
        assert_eq!(Date::parse_iso("2020-13-01"), None);
        assert_eq!(Date::parse_iso("20-01-01"), None);
        assert!(Date::parse_iso("2024-02-29").is_some());
    }

    #[test]
    fn epoch_arithmetic_round_trips() {
        let d = Date::new(2024, 2, 29).unwrap();
        let ms = d.days_since_epoch() as u64 * 86_400_000;
        assert_eq!(Date::from_unix_ms(ms), d);
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
    }

    #[test]
    fn datetime_with_offset() {
        assert_eq!(parse_datetime_ms("1970-01-01 03:00:00", 3), Some(0));
        assert_eq!(parse_datetime_ms("not a date", 3), None);
    }

    #[test]
    fn strict_datetime_text() {
        assert!(is_datetime("2025-11-20 13:10:02"));
        assert!(is_datetime("2024-02-29 00:00:59"));
        for bad in [
            "2025-11-20",
            "2025-11-20T13:10:02",
            "2025-11-20 13:10",
            "2025-11-20 24:00:00",
            "2025-11-20 13:60:00",
            "2025-11-20 1:10:02",
            "2025-02-30 13:10:02",
            "2025-11-20 13:10:02 ",
            "20.11.2025 13:10:02",
        ] {
            assert!(!is_datetime(bad), "{bad}");
        }
    }
}
