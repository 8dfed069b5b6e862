//! A hand-written enum with `#[derive(ErrorCode)]` behaves exactly like the spec-generated
//! enum it mirrors: same model, same expander.

use std::fmt::Write as _;

use errcodes::{Date, ErrorCode};
use errcodes_tests::derived::{DerivedCode, DerivedRiskLevel};
use errcodes_tests::example::{DeviceRiskLevel, ExampleCode};
use errcodes_tests::Complete;

/// Everything observable about one value, as text.
fn observe<E: Complete>(value: E) -> String {
    let mut seen = String::new();
    let before = Date::new(2021, 7, 18).unwrap();
    let _ = write!(
        seen,
        "{}|{}|{:?}|{}|{:#}|{:?}|{:?}|{:?}|{}|{}|{}|{}|{}|{}|{}",
        value.code(),
        value.name(),
        value,
        value,
        value,
        value.message_en(),
        ErrorCode::description(&value),
        value.remedy(),
        value.section().map(ToString::to_string).unwrap_or_default(),
        value.billing(),
        value.billing_on(before),
        value.retry(),
        value.is_retryable(),
        value.is_success(),
        value.is_unknown(),
    );
    let parsed: Result<E, _> = format!("{value:?}").parse();
    let _ = write!(seen, "|{:?}", parsed.map(|parsed| *parsed.code()));
    let _ = write!(seen, "|{:?}", E::from_code(value.code()) == value);
    seen
}

fn probes() -> Vec<i64> {
    let mut codes = vec![
        i64::MIN,
        -1,
        0,
        1,
        2,
        3,
        4,
        5,
        2009,
        66_664_027,
        66_664_028,
        66_664_029,
        i64::MAX,
    ];
    codes.extend(-5..10);
    codes
}

fn same_behaviour<A: Complete, B: Complete>() {
    for code in probes() {
        // The catch-all is named differently in the two risk enums; compare everything else.
        let (a, b) = (observe(A::from_code(&code)), observe(B::from_code(&code)));
        let normalize = |text: String| text.replace("Other", "Unknown");
        assert_eq!(normalize(a), normalize(b), "code {code}");
        assert_eq!(Into::<i64>::into(A::from(code)), code);
        assert_eq!(Into::<i64>::into(B::from(code)), code);
    }
    let codes = |variants: &[_]| variants.iter().map(|v: &A| *v.code()).collect::<Vec<_>>();
    assert_eq!(
        codes(A::VARIANTS),
        B::VARIANTS.iter().map(|v| *v.code()).collect::<Vec<_>>()
    );
    assert_eq!(A::CODE_SPACE.catalog.title, B::CODE_SPACE.catalog.title);
}

#[test]
fn derived_enum_behaves_like_the_spec_enum() {
    same_behaviour::<ExampleCode, DerivedCode>();
}

#[test]
fn derived_ranges_behave_like_spec_ranges() {
    same_behaviour::<DeviceRiskLevel, DerivedRiskLevel>();
    assert!(
        matches!(DerivedRiskLevel::from(4), DerivedRiskLevel::HighRisk(level) if level.get() == 4)
    );
    assert!(matches!(DerivedRiskLevel::from(9), DerivedRiskLevel::Other(kept) if kept.code() == 9));
}

#[test]
fn derived_inherent_api_is_const() {
    const ALIAS: DerivedCode = DerivedCode::from_code(66_664_029);
    assert_eq!(ALIAS, DerivedCode::NetworkUnstableAlt);
    const { assert!(ALIAS.is_retryable()) };
    assert_eq!(ALIAS.entry(), DerivedCode::NetworkUnstable.entry());
}
