//! The words a spec uses for billing and retry classes.
//!
//! Each type has one list of its values, [`Keyword::ALL`], and one spelling per value
//! (`as_str`); parsing a spec and printing a value both go through them, so the two can
//! never disagree.

use crate::{Billing, Retry};

/// A value a spec names by a keyword.
pub trait Keyword: Copy + 'static {
    /// Every value, in the order messages list them.
    const ALL: &'static [Self];

    /// The value's keyword.
    fn keyword(self) -> &'static str;

    /// The value `text` names, if any.
    fn from_keyword(text: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.keyword() == text)
    }
}

impl Keyword for Billing {
    const ALL: &'static [Self] = &[Billing::Charged, Billing::Free, Billing::Unspecified];

    fn keyword(self) -> &'static str {
        self.as_str()
    }
}

impl Keyword for Retry {
    const ALL: &'static [Self] = &[
        Retry::Never,
        Retry::Transient,
        Retry::Throttled,
        Retry::UserAction,
        Retry::RefreshCredentials,
    ];

    fn keyword(self) -> &'static str {
        self.as_str()
    }
}
