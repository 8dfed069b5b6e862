//! The lookup tables of a string enum (with the `alloc` feature).

use alloc::boxed::Box;
use core::fmt;

use super::PerfectHash;

use super::{pad_parts, Rows, UNKNOWN_MESSAGE};
use crate::{UnknownCode, UnlistedStr};

/// The error of a string enum's strict conversions: the code as received.
pub fn unknown_str_code(code: &str, type_name: &'static str) -> UnknownCode<Box<str>> {
    UnknownCode {
        code: code.into(),
        type_name,
    }
}

/// The lookup tables of one generated string enum; arrays are indexed by variant ordinal
/// (position in spec order). The perfect hash has the shape of the integer one
/// (`__private::Table`), placed by [`errcodes_core::hash::str_hash`].
#[derive(Debug)]
pub struct StrTable {
    /// The enum's name.
    pub type_name: &'static str,
    /// Name of the catch-all variant.
    pub unknown: &'static str,
    /// Code of each variant.
    pub codes: &'static [&'static str],
    /// Name of each variant.
    pub names: &'static [&'static str],
    /// Row of each variant, an index into `rows`.
    pub row_of: &'static [u32],
    /// The rows.
    pub rows: &'static Rows,
    /// The perfect hash of the codes.
    pub hash: PerfectHash<'static, &'static str>,
    /// The separator at which codes are hierarchical; empty if they are not.
    pub separator: &'static str,
}

impl StrTable {
    /// The ordinal of the variant of `code`: one hash, one comparison; the catch-all's
    /// ordinal (the variant count) if the catalog does not list it.
    #[inline]
    pub fn find(&self, code: &str) -> usize {
        self.hash.find(code).unwrap_or(self.codes.len())
    }

    /// The ordinal of the longest listed ancestor of `code` at separator boundaries
    /// (`A.B.C` -> `A.B` -> `A`), or `u32::MAX`: one lookup per level.
    pub fn ancestor(&self, code: &str) -> u32 {
        if self.separator.is_empty() {
            return u32::MAX;
        }
        let mut rest = code;
        while let Some((parent, _)) = rest.rsplit_once(self.separator) {
            let ordinal = self.find(parent);
            if ordinal < self.codes.len() {
                return u32::try_from(ordinal).unwrap_or(u32::MAX);
            }
            rest = parent;
        }
        u32::MAX
    }

    /// The catch-all's value for `code`, which the caller has looked up and not found.
    pub fn unlisted<E>(&self, code: &str) -> UnlistedStr<E> {
        UnlistedStr::new(code, self.ancestor(code))
    }

    /// The ordinal of the longest listed ancestor an unknown code was filed under, or the
    /// catch-all's ordinal if none.
    #[inline]
    pub const fn ancestor_of<E>(&self, value: &UnlistedStr<E>) -> usize {
        let ordinal = value.ancestor_ordinal() as usize;
        if ordinal < self.codes.len() {
            ordinal
        } else {
            self.codes.len()
        }
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

    /// The name of the variant at `ordinal`, the catch-all past the last one.
    #[inline]
    pub const fn name(&self, ordinal: usize) -> &'static str {
        if ordinal < self.names.len() {
            self.names[ordinal]
        } else {
            self.unknown
        }
    }

    /// `Debug`, as `#[derive(Debug)]` writes it: `Name`, or `Unknown("code")`.
    ///
    /// # Errors
    /// Those of the formatter.
    pub fn debug(&self, f: &mut fmt::Formatter<'_>, ordinal: usize, code: &str) -> fmt::Result {
        let name = self.name(ordinal);
        if ordinal < self.codes.len() {
            f.write_str(name)
        } else {
            f.debug_tuple(name).field(&code).finish()
        }
    }

    /// `Display`: the message, `{:#}` prefixing the code; for a code the catalog does not
    /// list, "unknown error code" and the code. Padded like a `str`.
    ///
    /// # Errors
    /// Those of the formatter.
    pub fn display(&self, f: &mut fmt::Formatter<'_>, ordinal: usize, code: &str) -> fmt::Result {
        match self.row(ordinal) {
            Some(row) if f.alternate() => pad_parts(f, &[code, ": ", self.rows.message(Some(row))]),
            Some(row) => f.pad(self.rows.message(Some(row))),
            None => pad_parts(f, &[UNKNOWN_MESSAGE, " ", code]),
        }
    }
}
