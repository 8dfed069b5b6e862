//! Calendar dates, as used by billing histories.

use std::fmt;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, 1..=9999.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=31 as the month allows.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        let date = Date { year, month, day };
        (year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= date.days_in_month())
            .then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if self.is_leap_year() => 29,
            2 => 28,
            _ => 31,
        }
    }

    fn is_leap_year(self) -> bool {
        (self.year.is_multiple_of(4) && !self.year.is_multiple_of(100))
            || self.year.is_multiple_of(400)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_valid_dates() {
        let date = Date::parse("2021-07-19").unwrap();
        assert_eq!((date.year, date.month, date.day), (2021, 7, 19));
        assert_eq!(date.to_string(), "2021-07-19");
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for text in [
            "2021-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-04-31",
            "0000-01-01",
            "2021-7-19",
            "2021/07/19",
            "+021-07-19",
            "2021-07-1x",
            "",
            "２０２１-07-19",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }
}
