//! The model's own rules, without a front end: names, layouts, keywords, defaults.

use errcodes_codegen::model::{
    is_reserved, is_upper_camel_ident, keyword_choices, Billing, Layout, LayoutError, Retry,
    RowDefaults, DEFAULT_CATCH_ALL,
};

#[test]
fn accepts_upper_camel_case() {
    for name in ["Success", "A", "Http404", "NfcReadMoved2"] {
        assert!(is_upper_camel_ident(name), "{name}");
    }
}

#[test]
fn rejects_other_shapes() {
    for name in [
        "",
        "success",
        "_Success",
        "Not_Camel",
        "9Lives",
        "Ünicode",
        "Has Space",
        "R#x",
    ] {
        assert!(!is_upper_camel_ident(name), "{name}");
    }
}

#[test]
fn reserves_keywords_and_self() {
    assert!(is_reserved("Self"));
    assert!(is_reserved("match"));
    assert!(!is_reserved("Match"));
}

#[test]
fn the_default_catch_all_is_a_valid_unreserved_name() {
    assert_eq!(DEFAULT_CATCH_ALL, "Unknown");
    assert!(is_upper_camel_ident(DEFAULT_CATCH_ALL) && !is_reserved(DEFAULT_CATCH_ALL));
}

fn names(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(l, n)| ((*l).to_owned(), (*n).to_owned()))
        .collect()
}

#[test]
fn parses_and_decomposes_right_aligned() {
    let layout = Layout::parse(
        "A-BB-CCC",
        &names(&[("A", "level"), ("B", "module"), ("C", "number")]),
    )
    .unwrap();
    assert_eq!(layout.digits(), 6);
    assert_eq!(layout.max_code(), 999_999);
    assert_eq!(layout.fields[1].name, "module");
    assert!(layout.admits(0) && layout.admits(999_999));
    assert!(!layout.admits(1_000_000) && !layout.admits(-1));
}

#[test]
fn unnamed_fields_default_to_their_letter() {
    let layout = Layout::parse("XX-Y", &[]).unwrap();
    assert_eq!(layout.fields[0].name, "x");
    assert_eq!(layout.fields[1].digits, 1);
}

#[test]
fn rejects_bad_patterns() {
    for (pattern, needle) in [
        ("A--B", "empty group"),
        ("a-BB", "uppercase"),
        ("AB-C", "mixes letters"),
        ("A-BB-A", "two groups"),
        ("AAAAAAAAAA-BBBBBBBBBB", "fit in an i64"),
    ] {
        let error = Layout::parse(pattern, &[]).unwrap_err();
        assert!(error.to_string().contains(needle), "{pattern}: {error}");
        assert!(!error.in_field_names(), "{pattern}");
    }
    let error = Layout::parse("A-B", &names(&[("Z", "zone")])).unwrap_err();
    assert!(
        error.to_string().contains("not a letter") && error.in_field_names(),
        "{error}"
    );
}

#[test]
fn layout_problems_say_whether_they_are_in_the_field_names() {
    let pattern = Layout::parse("A--B", &[]).unwrap_err();
    assert!(matches!(pattern, LayoutError::Pattern(_)) && !pattern.in_field_names());
    let field = Layout::parse("A-B", &names(&[("A", "")])).unwrap_err();
    assert!(field.in_field_names(), "{field}");
    assert_eq!(field.to_string(), "layout field `A` has an empty name");
}

#[test]
fn keyword_choices_list_every_keyword() {
    assert_eq!(
        keyword_choices::<Billing>(),
        "`charged`, `free` or `unspecified`"
    );
    assert_eq!(
        keyword_choices::<Retry>(),
        "`never`, `transient`, `throttled`, `user_action` or `refresh_credentials`"
    );
}

#[test]
fn rows_default_to_unspecified_billing_never_retried_not_success() {
    let defaults = RowDefaults::default();
    assert_eq!(defaults, RowDefaults::SPEC);
    assert_eq!(
        (defaults.billing, defaults.retry, defaults.success),
        (Billing::Unspecified, Retry::Never, false)
    );
}
