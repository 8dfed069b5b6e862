//! The values a variant carries: the code the catch-all keeps and the code a range variant
//! holds. Neither can be built with a code that belongs to another variant, so every value
//! of a generated enum is the one `from_code` gives for its code: `E::from_code(v.code())
//! == v`, and `Eq`, `Hash` and `Ord` agree with `code()`.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

/// A code the catalog of `E` does not list, as the catch-all variant keeps it.
///
/// Only `E::from_code` (and the conversions built on it) makes one, and only for a code
/// that no variant of `E` stands for: a value cannot claim to be unknown while its code is
/// listed. Reading the code is fine; branching on it (`Unknown(c) if c.code() == 2020`) is
/// fragile, because once a later catalog lists 2020 that value is no longer unknown and the
/// guard silently stops matching: test `from_code(2020)` against the variant instead.
///
/// `E` ties the value to its enum: an `Unlisted<A>` cannot be put into an enum `B`.
/// `Debug` and `Display` print the number, so a catch-all reads `Unknown(2020)`.
pub struct Unlisted<E> {
    code: i64,
    // `fn() -> E`: the value holds no `E`, so it is `Send`, `Sync`, `Copy` and `'static`
    // whatever `E` is, and needs no bounds on `E` for any trait.
    enum_type: PhantomData<fn() -> E>,
}

impl<E> Unlisted<E> {
    /// Only generated code calls this, for a code it has looked up and not found.
    pub(crate) const fn new(code: i64) -> Self {
        Unlisted {
            code,
            enum_type: PhantomData,
        }
    }

    /// The code, as received.
    #[inline]
    pub const fn code(&self) -> i64 {
        self.code
    }

    /// The code, borrowed (what `ErrorCode::code` returns).
    pub(crate) const fn code_ref(&self) -> &i64 {
        &self.code
    }
}

impl<E> Clone for Unlisted<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Unlisted<E> {}

impl<E> PartialEq for Unlisted<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl<E> Eq for Unlisted<E> {}

impl<E> PartialOrd for Unlisted<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for Unlisted<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code.cmp(&other.code)
    }
}

impl<E> Hash for Unlisted<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl<E> fmt::Debug for Unlisted<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.code, f)
    }
}

impl<E> fmt::Display for Unlisted<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.code, f)
    }
}

/// A code in `MIN..=MAX`, as a range variant holds it.
///
/// The bounds are part of the type, so a value of it always lies in the range and a range
/// variant never holds a code of another variant. `new` is the only way to make one.
/// `Debug` and `Display` print the number, so a range variant reads `LowRisk(2)`.
///
/// ```
/// use errcodes::InRange;
///
/// let level = InRange::<0, 2>::new(1).unwrap();
/// assert_eq!(level.get(), 1);
/// assert_eq!(InRange::<0, 2>::new(3), None);
/// assert_eq!(format!("{level:?}"), "1");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InRange<const MIN: i64, const MAX: i64>(i64);

impl<const MIN: i64, const MAX: i64> InRange<MIN, MAX> {
    /// The smallest code of the range.
    pub const MIN: i64 = MIN;
    /// The largest code of the range.
    pub const MAX: i64 = MAX;

    /// `code`, if it lies in `MIN..=MAX`.
    #[inline]
    pub const fn new(code: i64) -> Option<Self> {
        if MIN <= code && code <= MAX {
            Some(InRange(code))
        } else {
            None
        }
    }

    /// The code.
    #[inline]
    pub const fn get(self) -> i64 {
        self.0
    }

    /// The code, borrowed (what `ErrorCode::code` returns).
    pub(crate) const fn get_ref(&self) -> &i64 {
        &self.0
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Debug for InRange<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Display for InRange<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// A string code the catalog of `E` does not list, as the catch-all of a string catalog
/// keeps it (with the `alloc` feature): the text as received, in a `Box<str>`, and which
/// listed code it falls under, if any.
///
/// Like [`Unlisted`], only `E::from_code` makes one, for a code no variant of `E` stands
/// for, so a value cannot claim to be unknown while its code is listed. For an enum whose
/// codes are hierarchical (a `separator`), `from_code` also looks once for the longest
/// listed ancestor of the code at separator boundaries (`InternalError.New.Thing` ->
/// `InternalError.New` -> `InternalError`), which the enum's `ancestor()`, `retry()`,
/// `billing()` and `section()` answer from. The ancestor follows from the code, so
/// equality, order and hash are the code's. `Debug` prints the quoted text, `Display` the
/// text, so a catch-all reads `Unknown("InternalError.New")`.
#[cfg(feature = "alloc")]
pub struct UnlistedStr<E> {
    code: alloc::boxed::Box<str>,
    // The ordinal of the longest listed ancestor, or `u32::MAX` for none.
    ancestor: u32,
    enum_type: PhantomData<fn() -> E>,
}

#[cfg(feature = "alloc")]
impl<E> UnlistedStr<E> {
    /// Only generated code calls this (through `__private`), for a code it has looked up
    /// and not found, with the ordinal of its longest listed ancestor.
    pub(crate) fn new(code: &str, ancestor: u32) -> Self {
        UnlistedStr {
            code: code.into(),
            ancestor,
            enum_type: PhantomData,
        }
    }

    /// The code, as received.
    #[inline]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The ordinal of the longest listed ancestor, or `u32::MAX`.
    pub(crate) const fn ancestor_ordinal(&self) -> u32 {
        self.ancestor
    }
}

#[cfg(feature = "alloc")]
impl<E> Clone for UnlistedStr<E> {
    fn clone(&self) -> Self {
        UnlistedStr {
            code: self.code.clone(),
            ancestor: self.ancestor,
            enum_type: PhantomData,
        }
    }
}

#[cfg(feature = "alloc")]
impl<E> PartialEq for UnlistedStr<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

#[cfg(feature = "alloc")]
impl<E> Eq for UnlistedStr<E> {}

#[cfg(feature = "alloc")]
impl<E> PartialOrd for UnlistedStr<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(feature = "alloc")]
impl<E> Ord for UnlistedStr<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code.cmp(&other.code)
    }
}

#[cfg(feature = "alloc")]
impl<E> Hash for UnlistedStr<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

#[cfg(feature = "alloc")]
impl<E> fmt::Debug for UnlistedStr<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.code, f)
    }
}

#[cfg(feature = "alloc")]
impl<E> fmt::Display for UnlistedStr<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.code, f)
    }
}
