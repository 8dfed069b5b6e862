//! Whether a failed call is still billed, and how that changed over time.

use core::fmt;

use crate::Date;

/// Whether a call that returned a code is billed.
///
/// Non-exhaustive: a later version may tell more cases apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
    #[inline]
    pub const fn as_bool(self) -> Option<bool> {
        match self {
            Billing::Charged => Some(true),
            Billing::Free => Some(false),
            Billing::Unspecified => None,
        }
    }

    /// The spec keyword: `charged`, `free` or `unspecified`.
    #[inline]
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

/// What billing was before a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct BillingPeriod {
    /// The first day this period no longer applies.
    pub until: Date,
    /// Billing before `until`.
    pub billing: Billing,
}

impl BillingPeriod {
    /// Billing was `billing` before `until`.
    #[inline]
    pub const fn new(until: Date, billing: Billing) -> BillingPeriod {
        BillingPeriod { until, billing }
    }
}

/// Billing on `date`, given today's billing and the earlier periods, oldest first.
#[inline]
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
