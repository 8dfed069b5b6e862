//! What a catalog says about a code, and where it says it.

use core::fmt;

use crate::{Billing, BillingPeriod, CodeLayout, Date, Retry};

/// One row of a vendor table: what every code of that row shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Entry {
    /// The message, verbatim in the source language.
    pub message: &'static str,
    /// An English message.
    pub message_en: Option<&'static str>,
    /// The vendor's own English where it is wrong and `message_en` corrects it, verbatim.
    pub vendor_en: Option<&'static str>,
    /// The explanation (说明).
    pub description: Option<&'static str>,
    /// What to do (处理措施 / 解决方案).
    pub remedy: Option<&'static str>,
    /// The code cell as the document writes it, where it differs (`66664027/66664029`).
    pub as_written: Option<&'static str>,
    /// The section of the document the row is in.
    pub section: Option<&'static Section>,
    /// Whether the call is billed today.
    pub billing: Billing,
    /// Billing before earlier dates, oldest first.
    pub billing_history: &'static [BillingPeriod],
    /// What retrying can achieve.
    pub retry: Retry,
    /// Whether the code means success.
    pub success: bool,
}

impl Entry {
    /// Billing on `date`, following [`Entry::billing_history`].
    pub const fn billing_on(&self, date: Date) -> Billing {
        errcodes_core::billing_on(self.billing, self.billing_history, date)
    }
}

/// A section of a source document, with its full path of headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Section {
    /// Headings from the outermost down to this section.
    pub path: &'static [&'static str],
    /// An explanation printed under the heading.
    pub doc: Option<&'static str>,
}

impl Section {
    /// The innermost heading.
    pub fn title(&self) -> &'static str {
        self.path.last().copied().unwrap_or("")
    }
}

impl fmt::Display for Section {
    /// Writes the path joined by ` > `: `活体检测返回码 > 数字活体返回码`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, title) in self.path.iter().enumerate() {
            if index > 0 {
                f.write_str(" > ")?;
            }
            f.write_str(title)?;
        }
        Ok(())
    }
}

/// The source document a generated enum comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Catalog {
    /// The document's title.
    pub title: &'static str,
    /// Who publishes the codes.
    pub vendor: Option<&'static str>,
    /// URL of the document.
    pub source: Option<&'static str>,
    /// Language tag of the source messages, e.g. `zh-CN`.
    pub language: Option<&'static str>,
    /// Notes printed with the tables.
    pub notes: Option<&'static str>,
}

/// One generated enum: a code space of a catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CodeSpace {
    /// The enum's name.
    pub name: &'static str,
    /// The enum's documentation.
    pub doc: Option<&'static str>,
    /// The document it comes from.
    pub catalog: &'static Catalog,
    /// The code layout its codes follow.
    pub layout: Option<&'static CodeLayout>,
    /// Its sections, in document order.
    pub sections: &'static [Section],
}
