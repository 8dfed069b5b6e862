//! Support for generated code. Not public API: it changes without notice.

use core::fmt;

use crate::{Billing, CodeSpace, Date, Entry, LayoutParts, Retry, Section, UnknownName};

pub use core;
#[cfg(feature = "serde")]
pub use serde;

/// Implements `Serialize` and `Deserialize` for a generated enum when the facade's `serde`
/// feature is on: the enum is its integer code on the wire, unknown codes included.
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
                    <i64 as $crate::__private::serde::Deserialize<'de>>::deserialize(deserializer)?;
                ::core::result::Result::Ok(Self::from_code(code))
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

/// The lookup tables of one generated enum; every array is indexed by variant ordinal
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
    /// Row of each variant, an index into `entries`.
    pub rows: &'static [u32],
    /// The rows.
    pub entries: &'static [Entry],
    /// Open-addressing hash table of the codes: `ordinal + 1`, or 0 for an empty slot.
    /// Its length is a power of two and it is at most half full.
    pub slots: &'static [u32],
    /// Multiplier of the multiply-shift hash, chosen by the macro for short probe runs.
    pub multiplier: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// Range variants, sorted by first code.
    pub ranges: &'static [RangeSlot],
    /// Ordinals sorted by variant name, for `FromStr`.
    pub by_name: &'static [u32],
}

/// What a code is in a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// The unit variant with this ordinal.
    Code(usize),
    /// The range variant with this ordinal.
    Range(usize),
    /// Not in the table.
    Unknown,
}

/// What a string names, for `FromStr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    /// A variant without data (or a range variant named bare: its first code).
    Variant(usize),
    /// `Range(value)`: a range variant holding `value`.
    Range(usize, i64),
    /// `Unknown(value)`: the catch-all holding `value`.
    Unknown(i64),
}

impl Table {
    /// Looks `code` up: one multiply, one shift, usually one probe.
    #[inline]
    #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
    pub const fn find(&self, code: i64) -> Found {
        let mask = self.slots.len() - 1;
        // Reinterpreting the bits is the point: negative codes hash like any other.
        let mut index = ((code as u64).wrapping_mul(self.multiplier) >> self.shift) as usize;
        loop {
            let slot = self.slots[index & mask];
            if slot == 0 {
                break;
            }
            let ordinal = slot as usize - 1;
            if self.codes[ordinal] == code {
                return Found::Code(ordinal);
            }
            index += 1;
        }
        let mut range = 0;
        while range < self.ranges.len() {
            let slot = &self.ranges[range];
            if slot.min <= code && code <= slot.max {
                return Found::Range(slot.ordinal as usize);
            }
            range += 1;
        }
        Found::Unknown
    }

    /// The row of the variant at `ordinal`; `None` past the last variant (the catch-all).
    #[inline]
    pub const fn entry(&self, ordinal: usize) -> Option<&'static Entry> {
        if ordinal < self.rows.len() {
            Some(&self.entries[self.rows[ordinal] as usize])
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

    /// Parses a variant name, `Range(value)` or `Unknown(value)`.
    ///
    /// # Errors
    /// [`UnknownName`] for anything else.
    pub fn parse(&self, text: &str) -> Result<Named, UnknownName> {
        let error = UnknownName {
            type_name: self.type_name,
        };
        let (name, value) = match text.strip_suffix(')').and_then(|rest| rest.split_once('(')) {
            Some((name, value)) => (name, Some(value.parse::<i64>().map_err(|_| error)?)),
            None => (text, None),
        };
        if name == self.unknown {
            return value.map(Named::Unknown).ok_or(error);
        }
        let found = self
            .by_name
            .binary_search_by(|&ordinal| self.names[ordinal as usize].cmp(name));
        let ordinal = self.by_name[found.map_err(|_| error)?] as usize;
        let range = self
            .ranges
            .iter()
            .find(|slot| slot.ordinal as usize == ordinal);
        match (value, range) {
            (None, _) => Ok(Named::Variant(ordinal)),
            (Some(value), Some(slot)) if slot.min <= value && value <= slot.max => {
                Ok(Named::Range(ordinal, value))
            }
            (Some(_), _) => Err(error),
        }
    }
}

/// `Display` of every generated enum: the message; `{:#}` prefixes the code.
///
/// # Errors
/// Those of the formatter.
pub fn display(f: &mut fmt::Formatter<'_>, code: i64, entry: Option<&Entry>) -> fmt::Result {
    match entry {
        Some(entry) if f.alternate() => write!(f, "{code}: {}", entry.message),
        Some(entry) => f.pad(entry.message),
        None => write!(f, "{UNKNOWN_MESSAGE} {code}"),
    }
}

/// `Debug` of every generated enum, as `#[derive(Debug)]` would write it.
///
/// # Errors
/// Those of the formatter.
pub fn debug(f: &mut fmt::Formatter<'_>, name: &str, value: Option<i64>) -> fmt::Result {
    match value {
        Some(value) => f.debug_tuple(name).field(&value).finish(),
        None => f.write_str(name),
    }
}

/// See [`crate::ErrorCode::message`].
pub const fn message(entry: Option<&Entry>) -> &'static str {
    match entry {
        Some(entry) => entry.message,
        None => UNKNOWN_MESSAGE,
    }
}

/// See [`crate::ErrorCode::message_en`].
pub const fn message_en(entry: Option<&Entry>) -> Option<&'static str> {
    match entry {
        Some(entry) => entry.message_en,
        None => None,
    }
}

/// See [`crate::ErrorCode::description`].
pub const fn description(entry: Option<&Entry>) -> Option<&'static str> {
    match entry {
        Some(entry) => entry.description,
        None => None,
    }
}

/// See [`crate::ErrorCode::remedy`].
pub const fn remedy(entry: Option<&Entry>) -> Option<&'static str> {
    match entry {
        Some(entry) => entry.remedy,
        None => None,
    }
}

/// See [`crate::ErrorCode::section`].
pub const fn section(entry: Option<&Entry>) -> Option<&'static Section> {
    match entry {
        Some(entry) => entry.section,
        None => None,
    }
}

/// See [`crate::ErrorCode::billing`].
pub const fn billing(entry: Option<&Entry>) -> Billing {
    match entry {
        Some(entry) => entry.billing,
        None => Billing::Unspecified,
    }
}

/// See [`crate::ErrorCode::billing_on`].
pub const fn billing_on(entry: Option<&Entry>, date: Date) -> Billing {
    match entry {
        Some(entry) => entry.billing_on(date),
        None => Billing::Unspecified,
    }
}

/// See [`crate::ErrorCode::retry`].
pub const fn retry(entry: Option<&Entry>) -> Retry {
    match entry {
        Some(entry) => entry.retry,
        None => Retry::Never,
    }
}

/// See [`crate::ErrorCode::is_success`].
pub const fn is_success(entry: Option<&Entry>) -> bool {
    match entry {
        Some(entry) => entry.success,
        None => false,
    }
}

/// See [`crate::ErrorCode::layout_parts`].
pub const fn layout_parts(space: &'static CodeSpace, code: i64) -> Option<LayoutParts> {
    match space.layout {
        Some(layout) => layout.parts(code),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{Found, Named, RangeSlot, Table};
    use crate::{Billing, Entry, Retry};

    static ENTRY: Entry = Entry {
        message: "m",
        message_en: None,
        vendor_en: None,
        description: None,
        remedy: None,
        as_written: None,
        section: None,
        billing: Billing::Free,
        billing_history: &[],
        retry: Retry::Never,
        success: false,
    };

    // Codes 7, -3, range 10..=12, -4 by ordinal. With multiplier 1 and shift 62 the slot is
    // the code's top two bits: 7 goes to slot 0, -3 and -4 to slot 3; -4 wraps around past
    // slot 0 (taken) into slot 1.
    static TABLE: Table = Table {
        type_name: "T",
        unknown: "Unknown",
        codes: &[7, -3, 10, -4],
        names: &["Seven", "MinusThree", "Teens", "MinusFour"],
        rows: &[0, 0, 0, 0],
        entries: &[ENTRY],
        slots: &[1, 4, 0, 2],
        multiplier: 1,
        shift: 62,
        ranges: &[RangeSlot {
            min: 10,
            max: 12,
            ordinal: 2,
        }],
        by_name: &[3, 1, 0, 2],
    };

    #[test]
    fn finds_codes_through_probe_runs_and_wrap_around() {
        assert_eq!(TABLE.find(7), Found::Code(0));
        assert_eq!(TABLE.find(-3), Found::Code(1));
        assert_eq!(TABLE.find(-4), Found::Code(3));
        assert_eq!(TABLE.find(-5), Found::Unknown);
        assert_eq!(TABLE.find(11), Found::Range(2));
        assert_eq!(TABLE.find(13), Found::Unknown);
        assert_eq!(TABLE.entry(3).map(|entry| entry.message), Some("m"));
        assert_eq!(TABLE.entry(4), None);
        assert_eq!(TABLE.name(4), "Unknown");
    }

    #[test]
    fn parses_names_values_and_the_catch_all() {
        assert_eq!(TABLE.parse("Seven"), Ok(Named::Variant(0)));
        assert_eq!(TABLE.parse("Teens"), Ok(Named::Variant(2)));
        assert_eq!(TABLE.parse("Teens(11)"), Ok(Named::Range(2, 11)));
        assert_eq!(TABLE.parse("Unknown(-9)"), Ok(Named::Unknown(-9)));
        for bad in ["Teens(13)", "Seven(7)", "Unknown", "Nope", "Teens(x)", ""] {
            assert!(TABLE.parse(bad).is_err(), "{bad}");
        }
    }
}
