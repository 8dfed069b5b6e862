//! Which standard traits the expansion implements besides `ErrorCode` and the inherent API.
//!
//! A spec enum gets all of them. A derive implements only what `#[errcodes(impls(...))]`
//! asks for, so that it never collides with the user's own derives or impls.

/// One standard trait (or pair of traits) the expansion can implement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Impl {
    /// `Debug`: the variant's name, with the code for a variant that holds one.
    Debug,
    /// `Display`: the message; `{:#}` prefixes the code.
    Display,
    /// `core::error::Error` (needs `Debug` and `Display`).
    Error,
    /// `FromStr`: what `Debug` writes, parsed back.
    FromStr,
    /// `From<i64>` for the enum and `From<Enum>` for `i64`.
    From,
    /// `PartialOrd` and `Ord` by code (needs `PartialEq` and `Eq`).
    Ord,
    /// serde's `Serialize` and `Deserialize` as the code, when the facade's `serde` feature
    /// is on.
    Serde,
}

impl Impl {
    /// Every one, in the order the documentation lists them.
    pub const ALL: [Impl; 7] = [
        Impl::Debug,
        Impl::Display,
        Impl::Error,
        Impl::FromStr,
        Impl::From,
        Impl::Ord,
        Impl::Serde,
    ];

    /// How `impls(...)` names it.
    pub fn name(self) -> &'static str {
        match self {
            Impl::Debug => "Debug",
            Impl::Display => "Display",
            Impl::Error => "Error",
            Impl::FromStr => "FromStr",
            Impl::From => "From",
            Impl::Ord => "Ord",
            Impl::Serde => "Serde",
        }
    }

    /// The one `name` names.
    pub fn from_name(name: &str) -> Option<Impl> {
        Impl::ALL.into_iter().find(|one| one.name() == name)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Impl`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Impls(u8);

impl Impls {
    /// None: what a derive implements unless asked.
    pub const NONE: Impls = Impls(0);

    /// All: what a spec enum gets.
    pub fn all() -> Impls {
        Impl::ALL.into_iter().fold(Impls::NONE, Impls::with)
    }

    /// This set and `one`.
    #[must_use]
    pub fn with(self, one: Impl) -> Impls {
        Impls(self.0 | one.bit())
    }

    /// Whether `one` is in the set.
    pub fn contains(self, one: Impl) -> bool {
        self.0 & one.bit() != 0
    }
}
