//! `Retry`: which classes an automatic retry may help.

use errcodes_core::{Keyword, Retry};

#[test]
fn only_transient_and_throttled_are_retryable() {
    let retryable: Vec<Retry> = Retry::ALL
        .iter()
        .copied()
        .filter(|retry| retry.is_retryable())
        .collect();
    assert_eq!(retryable, [Retry::Transient, Retry::Throttled]);
    assert_eq!(Retry::RefreshCredentials.as_str(), "refresh_credentials");
    assert_eq!(Retry::UserAction.to_string(), "user_action");
}
