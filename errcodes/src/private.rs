//! Support for generated code. Not public API: it changes without notice.
//!
//! The public types that may grow are `#[non_exhaustive]`; generated code builds them
//! through the `const fn` constructors here, so that adding a field is not a breaking
//! change for the crates that generated them.

use core::fmt::{self, Write as _};

pub use errcodes_core::hash::PerfectHash;
use errcodes_core::{defaults, flags};

use crate::{
    Billing, BillingPeriod, Catalog, CodeLayout, CodeSpace, Date, Entry, LayoutField, LayoutParts,
    Retry, Section, UnknownCode, UnknownName,
};

#[cfg(feature = "alloc")]
#[path = "private/strings.rs"]
mod strings;
#[cfg(feature = "serde")]
#[path = "private/wire.rs"]
mod wire;

#[cfg(feature = "alloc")]
pub use alloc::boxed::Box;
#[cfg(feature = "serde")]
pub use serde;
#[cfg(feature = "alloc")]
pub use strings::{unknown_str_code, StrTable};
#[cfg(feature = "serde")]
pub use wire::IntegerCode;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use wire::StrCodeVisitor;

/// Implements `Serialize` and `Deserialize` for a generated enum when the facade's `serde`
/// feature is on: the enum is its code on the wire, unknown codes included. An integer
/// enum is written as a number and read from a number or a numeric string (`"45009"`);
/// a string enum (`str`) is written and read as its code string.
#[cfg(feature = "serde")]
#[macro_export]
#[doc(hidden)]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_i64(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                let code =
                    <$crate::__private::IntegerCode as $crate::__private::serde::Deserialize<
                        'de,
                    >>::deserialize(deserializer)?;
                ::core::result::Result::Ok(Self::from_code(code.0))
            }
        }
    };
    ($ty:ident, str) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                deserializer.deserialize_str($crate::__private::StrCodeVisitor::<Self>::new(
                    Self::from_code,
                ))
            }
        }
    };
}

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __impl_serde {
    ($ty:ident) => {};
    ($ty:ident, str) => {};
}

/// The generated code of a string enum, as it is with the `alloc` feature: an unknown
/// string code is kept in a `Box<str>`.
#[cfg(feature = "alloc")]
#[macro_export]
#[doc(hidden)]
macro_rules! __string_codes {
    ($($generated:tt)*) => { $($generated)* };
}

/// Without the `alloc` feature, one error instead of the generated code of a string enum.
#[cfg(not(feature = "alloc"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __string_codes {
    ($($generated:tt)*) => {
        ::core::compile_error! { "a catalog of string codes needs the `alloc` feature of errcodes (on by default): an unknown code's text is kept in a `Box<str>`" }
    };
}

/// A section: its path of headings and the text under it.
pub const fn section(path: &'static [&'static str], doc: Option<&'static str>) -> Section {
    Section { path, doc }
}

/// The source document.
pub const fn catalog(
    title: &'static str,
    vendor: Option<&'static str>,
    source: Option<&'static str>,
    language: Option<&'static str>,
    notes: Option<&'static str>,
) -> Catalog {
    Catalog {
        title,
        vendor,
        source,
        language,
        notes,
    }
}

/// One generated enum's code space.
pub const fn code_space(
    name: &'static str,
    doc: Option<&'static str>,
    catalog: &'static Catalog,
    layout: Option<&'static CodeLayout>,
    sections: &'static [Section],
) -> CodeSpace {
    CodeSpace {
        name,
        doc,
        catalog,
        layout,
        sections,
    }
}

/// A code layout.
pub const fn layout(pattern: &'static str, fields: &'static [LayoutField]) -> CodeLayout {
    CodeLayout { pattern, fields }
}

/// One field of a code layout.
pub const fn layout_field(letter: char, name: &'static str, digits: u32) -> LayoutField {
    LayoutField {
        letter,
        name,
        digits,
    }
}

/// The day `year-month-day`. A spec's dates are checked when it is read; this checks again
/// as the generated code is compiled, so a date that slipped through fails the build (a
/// panic in a `static`'s initializer is a compile error) instead of becoming another day.
pub const fn date(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(date) => date,
        None => panic!("a date in the spec is not a day of the calendar"),
    }
}

/// A billing period: billing was the one packed in `flags` (by `errcodes_core::flags`)
/// before `year-month-day`.
pub const fn billing_period(year: u16, month: u8, day: u8, flags: u8) -> BillingPeriod {
    BillingPeriod::new(date(year, month, day), flags::billing(flags))
}

/// The error of `try_from_code`.
pub const fn unknown_code(code: i64, type_name: &'static str) -> UnknownCode {
    UnknownCode { code, type_name }
}

/// The code an `Unlisted` holds, borrowed.
#[inline]
pub const fn unlisted_code<E>(value: &crate::Unlisted<E>) -> &i64 {
    value.code_ref()
}

/// The code an `InRange` holds, borrowed.
#[inline]
pub const fn in_range_code<const MIN: i64, const MAX: i64>(
    value: &crate::InRange<MIN, MAX>,
) -> &i64 {
    value.get_ref()
}

/// The catch-all's value for `code`, which the caller has looked up and not found.
#[inline]
pub const fn unlisted<E>(code: i64) -> crate::Unlisted<E> {
    crate::Unlisted::new(code)
}

/// What `message()` says of a code the catalog does not list.
pub const UNKNOWN_MESSAGE: &str = "unknown error code";

/// A range of codes that share one variant.
#[derive(Debug)]
pub struct RangeSlot {
    /// First code.
    pub min: i64,
    /// Last code.
    pub max: i64,
    /// The variant's position in spec order.
    pub ordinal: u32,
}

/// The rows of one generated enum, as parallel arrays indexed by row.
///
/// Arrays of plain literals, rather than one array of `Entry` structs, because rustc
/// type-checks a large array of struct literals (each with `Some(..)`, `&[]`, paths)
/// several times slower; an empty string stands for an absent text.
#[derive(Debug)]
pub struct Rows {
    /// Message, verbatim in the source language.
    pub messages: &'static [&'static str],
    /// English message, or "".
    pub messages_en: &'static [&'static str],
    /// The vendor's English where it is wrong, or "".
    pub vendor_en: &'static [&'static str],
    /// Explanation, or "".
    pub descriptions: &'static [&'static str],
    /// Remedy, or "".
    pub remedies: &'static [&'static str],
    /// The code cell as written, or "".
    pub as_written: &'static [&'static str],
    /// Index into `sections`, or `u32::MAX` for none.
    pub sections: &'static [u32],
    /// Billing, retry class and success, packed by [`errcodes_core::flags`].
    pub flags: &'static [u8],
    /// Rows whose billing changed, with their earlier periods, sorted by row.
    pub histories: &'static [(u32, &'static [BillingPeriod])],
    /// The sections of the document.
    pub section_list: &'static [Section],
}

const fn text(text: &'static str) -> Option<&'static str> {
    if text.is_empty() {
        None
    } else {
        Some(text)
    }
}

impl Rows {
    /// The message of `row`, or the fixed text for unknown codes.
    #[inline]
    pub const fn message(&self, row: Option<usize>) -> &'static str {
        match row {
            Some(row) => self.messages[row],
            None => UNKNOWN_MESSAGE,
        }
    }

    /// The English message of `row`.
    #[inline]
    pub const fn message_en(&self, row: Option<usize>) -> Option<&'static str> {
        match row {
            Some(row) => text(self.messages_en[row]),
            None => None,
        }
    }

    /// The vendor's wrong English of `row`.
    #[inline]
    pub const fn vendor_en(&self, row: Option<usize>) -> Option<&'static str> {
        match row {
            Some(row) => text(self.vendor_en[row]),
            None => None,
        }
    }

    /// The explanation of `row`.
    #[inline]
    pub const fn description(&self, row: Option<usize>) -> Option<&'static str> {
        match row {
            Some(row) => text(self.descriptions[row]),
            None => None,
        }
    }

    /// The remedy of `row`.
    #[inline]
    pub const fn remedy(&self, row: Option<usize>) -> Option<&'static str> {
        match row {
            Some(row) => text(self.remedies[row]),
            None => None,
        }
    }

    /// The code cell of `row` as written.
    #[inline]
    pub const fn as_written(&self, row: Option<usize>) -> Option<&'static str> {
        match row {
            Some(row) => text(self.as_written[row]),
            None => None,
        }
    }

    /// The section of `row`.
    #[inline]
    pub const fn section(&self, row: Option<usize>) -> Option<&'static Section> {
        match row {
            Some(row) if self.sections[row] != u32::MAX => {
                Some(&self.section_list[self.sections[row] as usize])
            }
            _ => None,
        }
    }

    /// Today's billing of `row`; the default (`Unspecified`) for unknown codes.
    #[inline]
    pub const fn billing(&self, row: Option<usize>) -> Billing {
        match row {
            Some(row) => flags::billing(self.flags[row]),
            None => defaults::BILLING,
        }
    }

    /// The earlier billing periods of `row`, oldest first.
    pub const fn billing_history(&self, row: Option<usize>) -> &'static [BillingPeriod] {
        let Some(row) = row else { return &[] };
        let mut index = 0;
        while index < self.histories.len() {
            if self.histories[index].0 as usize == row {
                return self.histories[index].1;
            }
            index += 1;
        }
        &[]
    }

    /// Billing of `row` on `date`.
    pub const fn billing_on(&self, row: Option<usize>, date: Date) -> Billing {
        errcodes_core::billing_on(self.billing(row), self.billing_history(row), date)
    }

    /// The retry class of `row`; the default (`Never`) for unknown codes.
    #[inline]
    pub const fn retry(&self, row: Option<usize>) -> Retry {
        match row {
            Some(row) => flags::retry(self.flags[row]),
            None => defaults::RETRY,
        }
    }

    /// Whether `row` means success.
    #[inline]
    pub const fn is_success(&self, row: Option<usize>) -> bool {
        match row {
            Some(row) => flags::success(self.flags[row]),
            None => defaults::SUCCESS,
        }
    }

    /// Everything about `row` at once.
    pub const fn entry(&self, row: Option<usize>) -> Option<Entry> {
        if row.is_none() {
            return None;
        }
        Some(Entry {
            message: self.message(row),
            message_en: self.message_en(row),
            vendor_en: self.vendor_en(row),
            description: self.description(row),
            remedy: self.remedy(row),
            as_written: self.as_written(row),
            section: self.section(row),
            billing: self.billing(row),
            billing_history: self.billing_history(row),
            retry: self.retry(row),
            success: self.is_success(row),
        })
    }
}

/// The lookup tables of one generated enum; arrays are indexed by variant ordinal
/// (position in spec order) unless said otherwise.
#[derive(Debug)]
pub struct Table {
    /// The enum's name.
    pub type_name: &'static str,
    /// Name of the catch-all variant.
    pub unknown: &'static str,
    /// Code of each variant (a range variant: its first code).
    pub codes: &'static [i64],
    /// Name of each variant.
    pub names: &'static [&'static str],
    /// Row of each variant, an index into `rows`.
    pub row_of: &'static [u32],
    /// The rows.
    pub rows: &'static Rows,
    /// The perfect hash of the codes of every variant but the ranges.
    pub hash: PerfectHash<'static, i64>,
    /// Range variants, sorted by first code.
    pub ranges: &'static [RangeSlot],
    /// Ordinals sorted by variant name, for `FromStr`.
    pub by_name: &'static [u32],
}

impl Table {
    /// The ordinal of the variant `code` belongs to: the perfect hash (two multiplies, three
    /// loads, one compare), then the ranges; the catch-all's ordinal (the variant count) if
    /// none.
    #[inline]
    pub const fn find(&self, code: i64) -> usize {
        if let Some(ordinal) = self.hash.find(code) {
            return ordinal;
        }
        let mut range = 0;
        while range < self.ranges.len() {
            let slot = &self.ranges[range];
            if slot.min <= code && code <= slot.max {
                return slot.ordinal as usize;
            }
            range += 1;
        }
        self.codes.len()
    }

    /// The row of the variant at `ordinal`; `None` past the last variant (the catch-all).
    #[inline]
    pub const fn row(&self, ordinal: usize) -> Option<usize> {
        if ordinal < self.row_of.len() {
            Some(self.row_of[ordinal] as usize)
        } else {
            None
        }
    }

    /// The codes a range variant covers; `None` for any other ordinal.
    pub const fn range(&self, ordinal: usize) -> Option<core::ops::RangeInclusive<i64>> {
        let mut index = 0;
        while index < self.ranges.len() {
            let slot = &self.ranges[index];
            if slot.ordinal as usize == ordinal {
                return Some(slot.min..=slot.max);
            }
            index += 1;
        }
        None
    }

    /// The name of the variant at `ordinal`, the catch-all past the last one.
    #[inline]
    pub const fn name(&self, ordinal: usize) -> &'static str {
        if ordinal < self.names.len() {
            self.names[ordinal]
        } else {
            self.unknown
        }
    }

    /// Whether the variant at `ordinal` holds its code: a range variant or the catch-all.
    #[inline]
    pub const fn holds_code(&self, ordinal: usize) -> bool {
        ordinal >= self.codes.len() || self.range(ordinal).is_some()
    }

    /// `Debug` of every generated enum, as `#[derive(Debug)]` writes it: `Name`, or
    /// `Name(code)` for a variant that holds its code.
    ///
    /// # Errors
    /// Those of the formatter.
    pub fn debug(&self, f: &mut fmt::Formatter<'_>, ordinal: usize, code: i64) -> fmt::Result {
        let name = self.name(ordinal);
        if self.holds_code(ordinal) {
            f.debug_tuple(name).field(&code).finish()
        } else {
            f.write_str(name)
        }
    }

    /// `Display` of every generated enum: the message, `{:#}` prefixing the code; for a code
    /// the catalog does not list, "unknown error code" and the code. Padded like a `str`.
    ///
    /// # Errors
    /// Those of the formatter.
    pub fn display(&self, f: &mut fmt::Formatter<'_>, ordinal: usize, code: i64) -> fmt::Result {
        let decimal = Decimal::new(code);
        match self.row(ordinal) {
            Some(row) if f.alternate() => {
                pad_parts(f, &[decimal.as_str(), ": ", self.rows.message(Some(row))])
            }
            Some(row) => f.pad(self.rows.message(Some(row))),
            None => pad_parts(f, &[UNKNOWN_MESSAGE, " ", decimal.as_str()]),
        }
    }

    /// Parses what `Debug` writes: a variant's name, or `Name(code)` for a variant that
    /// holds its code (a range variant or the catch-all). Returns the ordinal and the code
    /// of the value, which is always the one `from_code` gives for that code: `Name(code)`
    /// is accepted only if `code` belongs to `Name`, so `Unknown(0)` is refused when 0 is a
    /// listed code, and `Low(7)` when 7 is outside `Low`'s range.
    ///
    /// # Errors
    /// [`UnknownName`] for anything else.
    pub fn parse(&self, text: &str) -> Result<(usize, i64), UnknownName> {
        let error = UnknownName {
            type_name: self.type_name,
        };
        if let Some((name, code)) = text.strip_suffix(')').and_then(|rest| rest.split_once('(')) {
            let code = code.parse::<i64>().map_err(|_| error)?;
            let ordinal = self.find(code);
            return if self.holds_code(ordinal) && self.name(ordinal) == name {
                Ok((ordinal, code))
            } else {
                Err(error)
            };
        }
        let found = self
            .by_name
            .binary_search_by(|&ordinal| self.names[ordinal as usize].cmp(text));
        let ordinal = self.by_name[found.map_err(|_| error)?] as usize;
        Ok((ordinal, self.codes[ordinal]))
    }
}

/// Writes `parts` as one string, padded and truncated as [`fmt::Formatter::pad`] would pad
/// and truncate their concatenation: at most `precision` characters, then `fill` up to
/// `width` on the side `align` says (left by default).
///
/// # Errors
/// Those of the formatter.
pub fn pad_parts(f: &mut fmt::Formatter<'_>, parts: &[&str]) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        return parts.iter().try_for_each(|part| f.write_str(part));
    }
    let length: usize = parts.iter().map(|part| part.chars().count()).sum();
    let shown = length.min(f.precision().unwrap_or(usize::MAX));
    let padding = f.width().map_or(0, |width| width.saturating_sub(shown));
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Right) => (padding, 0),
        Some(fmt::Alignment::Center) => (padding / 2, padding.div_ceil(2)),
        _ => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        f.write_char(fill)?;
    }
    let mut left = shown;
    for part in parts {
        let end = part
            .char_indices()
            .nth(left)
            .map_or(part.len(), |(at, _)| at);
        f.write_str(&part[..end])?;
        left -= part[..end].chars().count();
    }
    for _ in 0..after {
        f.write_char(fill)?;
    }
    Ok(())
}

/// An `i64` written in decimal, without allocating.
struct Decimal {
    bytes: [u8; 20],
    len: usize,
}

impl Decimal {
    fn new(value: i64) -> Decimal {
        let mut decimal = Decimal {
            bytes: [0; 20],
            len: 0,
        };
        // 20 bytes hold every i64, so the write cannot fail.
        let _ = write!(decimal, "{value}");
        decimal
    }

    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl fmt::Write for Decimal {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// See [`crate::ErrorCode::layout_parts`].
pub const fn layout_parts(space: &'static CodeSpace, code: i64) -> Option<LayoutParts> {
    match space.layout {
        Some(layout) => layout.parts(code),
        None => None,
    }
}
