//! Errors of the conversions every generated enum offers.

use core::fmt;

/// A code that the catalog does not list, rejected by `try_from_code`, the strict
/// conversion (and, for a string catalog, by `FromStr`). `C` is the code as a value: `i64`
/// for integer catalogs, `Box<str>` for string catalogs (the code as received). (Not
/// `TryFrom<i64>`: a generated enum has `From<i64>`, which already gives it the standard
/// library's infallible `TryFrom<i64>`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnknownCode<C = i64> {
    /// The rejected code.
    pub code: C,
    /// The enum that rejected it.
    pub type_name: &'static str,
}

impl<C: fmt::Display> fmt::Display for UnknownCode<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} has no code {}", self.type_name, self.code)
    }
}

impl<C: fmt::Debug + fmt::Display> core::error::Error for UnknownCode<C> {}

/// A string that names no value of the enum, rejected by `FromStr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnknownName {
    /// The enum that rejected it.
    pub type_name: &'static str,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a variant name of {}", self.type_name)
    }
}

impl core::error::Error for UnknownName {}
