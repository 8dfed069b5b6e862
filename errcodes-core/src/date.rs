//! Calendar days, for asking what billing was on a date.

use core::fmt;

/// A day of the proleptic Gregorian calendar, from year 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Declared from the most significant, so the derived order is the calendar's.
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` if there is no such day.
    #[inline]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year.is_multiple_of(4) && !year.is_multiple_of(100))
                || year.is_multiple_of(400) =>
            {
                29
            }
            2 => 28,
            _ => 0,
        };
        if year == 0 || day == 0 || day > days {
            None
        } else {
            Some(Date { year, month, day })
        }
    }

    /// Parses `YYYY-MM-DD` (ASCII digits, zero-padded), the form specs write dates in;
    /// `None` unless the text is exactly that and the day exists.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "four digits fit a u16, two fit a u8"
    )]
    pub const fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let (Some(year), Some(month), Some(day)) = (
            decimal(bytes, 0, 4),
            decimal(bytes, 5, 2),
            decimal(bytes, 8, 2),
        ) else {
            return None;
        };
        Date::new(year as u16, month as u8, day as u8)
    }

    /// The year.
    #[inline]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    #[inline]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    #[inline]
    pub const fn day(self) -> u8 {
        self.day
    }

    #[inline]
    const fn ordinal(self) -> u32 {
        (self.year as u32) << 9 | (self.month as u32) << 5 | self.day as u32
    }

    /// `self < other`, usable in `const fn`.
    #[inline]
    pub const fn is_before(self, other: Date) -> bool {
        self.ordinal() < other.ordinal()
    }
}

/// The value of `len` ASCII digits of `bytes` from `start`, or `None` if one is not a digit.
const fn decimal(bytes: &[u8], start: usize, len: usize) -> Option<u32> {
    let mut value = 0;
    let mut index = start;
    while index < start + len {
        let byte = bytes[index];
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value * 10 + (byte - b'0') as u32;
        index += 1;
    }
    Some(value)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
