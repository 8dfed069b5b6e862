//! serde support for generated enums: what an integer enum reads (a number, or a numeric
//! string as many JSON APIs send it) and how a string enum reads its code.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// An integer code as read from the wire: a number, or a string holding a decimal number
/// (`"45009"`, `"-5"`).
#[derive(Clone, Copy, Debug)]
pub struct IntegerCode(pub i64);

impl<'de> Deserialize<'de> for IntegerCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Text formats (JSON, YAML, ...) may hold a number or a numeric string, so they are
        // asked what they hold; binary formats, which cannot say, are asked for an i64.
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(IntegerCodeVisitor)
        } else {
            deserializer.deserialize_i64(IntegerCodeVisitor)
        }
    }
}

struct IntegerCodeVisitor;

impl Visitor<'_> for IntegerCodeVisitor {
    type Value = IntegerCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer code, as a number or a numeric string")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<IntegerCode, E> {
        Ok(IntegerCode(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<IntegerCode, E> {
        i64::try_from(value)
            .map(IntegerCode)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<IntegerCode, E> {
        text.parse::<i64>()
            .map(IntegerCode)
            .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// Reads a string code into a string enum, by the enum's `from_code` (unknown codes kept).
#[cfg(feature = "alloc")]
pub struct StrCodeVisitor<E> {
    from_code: fn(&str) -> E,
}

#[cfg(feature = "alloc")]
impl<E> StrCodeVisitor<E> {
    /// The visitor for the enum whose `from_code` is given.
    pub const fn new(from_code: fn(&str) -> E) -> Self {
        StrCodeVisitor { from_code }
    }
}

#[cfg(feature = "alloc")]
impl<E> Visitor<'_> for StrCodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string code")
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        Ok((self.from_code)(text))
    }
}
