//! How a client should react to a code.

use core::fmt;

/// What retrying the failed call can achieve.
///
/// Non-exhaustive: a later version may add classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Retry {
    /// Retrying the same request cannot help: a bad parameter, a refusal, a final verdict.
    Never,
    /// A passing failure (network, overloaded or failing backend): retry the same request with backoff.
    Transient,
    /// A rate limit or quota: retry the same request after a longer backoff.
    Throttled,
    /// The end user must act first (face the camera, hold the card still, re-record).
    UserAction,
    /// A token, key or signature must be refreshed before the call can succeed.
    RefreshCredentials,
}

impl Retry {
    /// True only where an automatic retry of the same request is safe and may succeed:
    /// [`Retry::Transient`] and [`Retry::Throttled`].
    #[inline]
    pub const fn is_retryable(self) -> bool {
        matches!(self, Retry::Transient | Retry::Throttled)
    }

    /// The spec keyword, e.g. `user_action`.
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Transient => "transient",
            Retry::Throttled => "throttled",
            Retry::UserAction => "user_action",
            Retry::RefreshCredentials => "refresh_credentials",
        }
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
