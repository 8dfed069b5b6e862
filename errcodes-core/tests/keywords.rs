//! Spec keywords: every value has one, and reading it back gives the value.

use errcodes_core::{Billing, Keyword, Retry};

fn round_trips<K: Keyword + PartialEq + std::fmt::Debug>() {
    let mut seen = std::collections::HashSet::new();
    for &value in K::ALL {
        assert!(
            seen.insert(value.keyword()),
            "{value:?}: keyword used twice"
        );
        assert_eq!(K::from_keyword(value.keyword()), Some(value));
    }
}

#[test]
fn every_keyword_reads_back_as_its_value() {
    round_trips::<Billing>();
    round_trips::<Retry>();
}

#[test]
fn the_lists_are_those_of_the_spec_language() {
    let billing: Vec<&str> = Billing::ALL.iter().map(|b| b.keyword()).collect();
    assert_eq!(billing, ["charged", "free", "unspecified"]);
    let retry: Vec<&str> = Retry::ALL.iter().map(|r| r.keyword()).collect();
    assert_eq!(
        retry,
        [
            "never",
            "transient",
            "throttled",
            "user_action",
            "refresh_credentials"
        ]
    );
}

#[test]
fn other_words_are_not_keywords() {
    for text in ["", "Charged", "paid", " free", "free ", "sometimes"] {
        assert_eq!(Billing::from_keyword(text), None, "{text}");
        assert_eq!(Retry::from_keyword(text), None, "{text}");
    }
}
