//! Property tests over every shipped enum and the spec fixtures: the lossless round trip,
//! `try_from_code` agreeing with `From`, `FromStr` inverting `name` and `Debug`, iteration
//! yielding every known code once, and `Display` never empty.

use std::collections::HashSet;

use errcodes::{huiyan, huiyan_common, oauth, open_platform, risk_control, ErrorCode};
use errcodes_tests::{derived, example, extremes, stress, Complete};
use proptest::prelude::*;

fn codes_of<E: ErrorCode<Code = i64>>() -> Vec<i64> {
    E::VARIANTS
        .iter()
        .flat_map(|variant| {
            variant
                .range()
                .map_or_else(|| vec![*variant.code()], |range| range.take(1000).collect())
        })
        .collect()
}

/// Codes worth probing: every listed code, its neighbours, and anything at all.
fn probe<E: ErrorCode<Code = i64>>() -> impl Strategy<Value = i64> {
    let listed = codes_of::<E>();
    prop_oneof![
        prop::sample::select(listed.clone()),
        prop::sample::select(listed).prop_flat_map(|code| prop_oneof![
            Just(code.wrapping_sub(1)),
            Just(code.wrapping_add(1))
        ]),
        any::<i64>(),
    ]
}

fn check_code<E: Complete>(code: i64) -> Result<(), TestCaseError> {
    let value = E::from(code);
    prop_assert_eq!(Into::<i64>::into(value), code);
    match E::try_from_code(&code) {
        Ok(strict) => {
            prop_assert_eq!(strict, value);
            prop_assert!(!value.is_unknown());
        }
        Err(error) => {
            prop_assert_eq!(error.code, code);
            prop_assert!(value.is_unknown());
        }
    }
    let shown = value.to_string();
    prop_assert!(!shown.is_empty());
    let alternate = format!("{value:#}");
    prop_assert!(alternate.contains(&code.to_string()), "{}", alternate);
    prop_assert_eq!(format!("{value:?}").parse::<E>().ok(), Some(value));
    Ok(())
}

fn check_variants<E: Complete>() {
    let mut seen = HashSet::new();
    for &variant in E::VARIANTS {
        assert!(seen.insert(*variant.code()), "{variant:?} listed twice");
        assert_eq!(variant.name().parse::<E>().ok(), Some(variant));
        assert!(!variant.to_string().is_empty());
    }
    for code in codes_of::<E>() {
        let value = E::from(code);
        assert!(!value.is_unknown(), "{code}");
        let listed = E::VARIANTS.iter().any(|v| v.name() == value.name());
        assert!(listed, "{code} maps to a variant VARIANTS does not list");
    }
}

macro_rules! properties {
    ($($test:ident: $ty:ty),* $(,)?) => {
        $(
            proptest! {
                #![proptest_config(ProptestConfig::with_cases(512))]
                #[test]
                fn $test(code in probe::<$ty>()) {
                    check_code::<$ty>(code)?;
                }
            }
        )*

        #[test]
        fn every_enum_lists_each_code_once_and_parses_its_names() {
            $( check_variants::<$ty>(); )*
        }
    };
}

properties! {
    wechat: huiyan::WechatCode,
    sdk: huiyan::SdkCode,
    intention: huiyan::IntentionCode,
    nfc_server: huiyan::NfcServerCode,
    nfc_terminal: huiyan::NfcTerminalCode,
    device_level: huiyan::DeviceInfoLevel,
    risk_level: huiyan::RiskInfoLevel,
    device_tag: huiyan::DeviceRiskTag,
    identity_tag: huiyan::IdentityRiskTag,
    common: huiyan_common::CommonCode,
    open: open_platform::OpenPlatformCode,
    auth: oauth::AuthCode,
    api: oauth::ApiCode,
    access: risk_control::AccessErrorCode,
    risk: risk_control::RiskCode,
    example_code: example::ExampleCode,
    example_level: example::DeviceRiskLevel,
    derived_code: derived::DerivedCode,
    derived_level: derived::DerivedRiskLevel,
    extreme: extremes::Extremes,
    stress: stress::StressCode,
}

#[test]
fn the_generated_strict_conversion_agrees_with_the_trait() {
    for code in [-5_i64, 0, 3, 2016, 400_506, 66_664_029, 123_456_789] {
        assert_eq!(
            huiyan::SdkCode::try_from_code(code),
            <huiyan::SdkCode as ErrorCode>::try_from_code(&code)
        );
        assert_eq!(
            huiyan::DeviceRiskTag::try_from_code(code),
            <huiyan::DeviceRiskTag as ErrorCode>::try_from_code(&code)
        );
    }
}
