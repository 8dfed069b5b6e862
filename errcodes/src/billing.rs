//! Whether a failed call is still billed, and how that changed over time.

use core::fmt;

/// Whether a call that returned a code is billed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Billing {
    /// The call is billed (是否收费: 是).
    Charged,
    /// The call is not billed (是否收费: 否).
    Free,
    /// The source document does not say.
    Unspecified,
}

impl Billing {
    /// `Some(true)` if charged, `Some(false)` if free, `None` if the source does not say.
    pub const fn as_bool(self) -> Option<bool> {
        match self {
            Billing::Charged => Some(true),
            Billing::Free => Some(false),
            Billing::Unspecified => None,
        }
    }

    /// The spec keyword: `charged`, `free` or `unspecified`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Billing::Charged => "charged",
            Billing::Free => "free",
            Billing::Unspecified => "unspecified",
        }
    }
}

impl fmt::Display for Billing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A calendar day, for asking what billing was on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` if there is no such day.
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

    /// Builds a date the macro has already checked.
    #[doc(hidden)]
    pub const fn __checked(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(self) -> u8 {
        self.day
    }

    const fn ordinal(self) -> u32 {
        (self.year as u32) << 9 | (self.month as u32) << 5 | self.day as u32
    }

    /// `self < other`, usable in `const fn`.
    pub const fn is_before(self, other: Date) -> bool {
        self.ordinal() < other.ordinal()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What billing was before a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BillingPeriod {
    /// The first day this period no longer applies.
    pub until: Date,
    /// Billing before `until`.
    pub billing: Billing,
}

/// Billing on `date`, given today's billing and the earlier periods, oldest first.
pub const fn billing_on(current: Billing, history: &[BillingPeriod], date: Date) -> Billing {
    let mut index = 0;
    while index < history.len() {
        if date.is_before(history[index].until) {
            return history[index].billing;
        }
        index += 1;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::{billing_on, Billing, BillingPeriod, Date};
    use std::string::ToString;

    #[test]
    fn dates_check_the_calendar() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2021, 2, 29).is_none());
        assert!(Date::new(2021, 13, 1).is_none());
        assert!(Date::new(0, 1, 1).is_none());
        assert_eq!(Date::new(2021, 7, 19).unwrap().to_string(), "2021-07-19");
        assert!(Date::new(2021, 7, 18).unwrap() < Date::new(2021, 7, 19).unwrap());
    }

    #[test]
    fn billing_follows_its_history() {
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        let history = [BillingPeriod {
            until: day(2021, 7, 19),
            billing: Billing::Charged,
        }];
        assert_eq!(
            billing_on(Billing::Free, &history, day(2021, 7, 18)),
            Billing::Charged
        );
        assert_eq!(
            billing_on(Billing::Free, &history, day(2021, 7, 19)),
            Billing::Free
        );
        assert_eq!(
            billing_on(Billing::Free, &[], day(2000, 1, 1)),
            Billing::Free
        );
        let two = [
            BillingPeriod {
                until: day(2019, 1, 1),
                billing: Billing::Unspecified,
            },
            BillingPeriod {
                until: day(2021, 7, 19),
                billing: Billing::Charged,
            },
        ];
        assert_eq!(
            billing_on(Billing::Free, &two, day(2018, 5, 5)),
            Billing::Unspecified
        );
        assert_eq!(
            billing_on(Billing::Free, &two, day(2020, 5, 5)),
            Billing::Charged
        );
        assert_eq!(Billing::Charged.as_bool(), Some(true));
        assert_eq!(Billing::Unspecified.as_bool(), None);
    }
}
