//! `From<i64>` is total and lossless: for every `x: i64`, `i64::from(E::from(x)) == x`,
//! checked over every code and alias, the edges of `i64`, each code's neighbours and a
//! deterministic spread of values in between.

use errcodes_tests::derived::{DerivedCode, DerivedRiskLevel};
use errcodes_tests::example::{DeviceRiskLevel, ExampleCode};
use errcodes_tests::Complete;

/// A fixed-seed xorshift, so failures reproduce.
fn spread(count: usize) -> impl Iterator<Item = i64> {
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    std::iter::repeat_with(move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        i64::from_ne_bytes(state.to_ne_bytes())
    })
    .take(count)
}

/// Checks the round trip over the interesting values of `E`; returns how many were checked.
fn check_round_trip<E: Complete>() -> usize {
    let mut values: Vec<i64> = vec![i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX];
    for &variant in E::VARIANTS {
        let code = *variant.code();
        values.extend([code.saturating_sub(1), code, code.saturating_add(1)]);
    }
    values.extend(spread(100_000));
    values.extend(-100_000..100_000);
    for &value in &values {
        let decoded = E::from(value);
        let back: i64 = decoded.into();
        assert_eq!(back, value, "{} lost {value}", E::CODE_SPACE.name);
        assert_eq!(*decoded.code(), value);
        match E::from_code(&value).entry() {
            Some(_) => assert!(!decoded.is_unknown()),
            None => assert!(decoded.is_unknown(), "{value} should be unknown"),
        }
    }
    values.len()
}

/// Every listed code maps to its own variant, which maps back to it, under its own name:
/// each variant has its own ordinal.
fn check_variants<E: Complete>() {
    let mut names = std::collections::HashSet::new();
    for &variant in E::VARIANTS {
        assert_eq!(E::from(*variant.code()), variant, "{variant:?}");
        assert!(!variant.is_unknown());
        assert!(names.insert(variant.name()), "{variant:?}: name twice");
        assert_eq!(
            format!("{variant:?}").split('(').next(),
            Some(variant.name())
        );
    }
}

#[test]
fn spec_enums_round_trip() {
    assert!(check_round_trip::<ExampleCode>() > 300_000);
    assert!(check_round_trip::<DeviceRiskLevel>() > 300_000);
    check_variants::<ExampleCode>();
    check_variants::<DeviceRiskLevel>();
}

#[test]
fn derived_enums_round_trip() {
    check_round_trip::<DerivedCode>();
    check_round_trip::<DerivedRiskLevel>();
    check_variants::<DerivedCode>();
}

#[test]
fn extreme_codes_round_trip() {
    use errcodes_tests::extremes::Extremes;
    assert_eq!(Extremes::from(i64::MIN), Extremes::Min);
    assert_eq!(Extremes::from(i64::MAX), Extremes::Max);
    assert_eq!(Extremes::from(-73), Extremes::MinusSeventyThree);
    check_round_trip::<Extremes>();
    check_variants::<Extremes>();
}

#[test]
fn shipped_enums_round_trip() {
    use errcodes::{huiyan, huiyan_common, oauth, open_platform, risk_control};
    macro_rules! each {
        ($($ty:ty),* $(,)?) => {{
            let mut checked = 0;
            $(
                checked += check_round_trip::<$ty>();
                check_variants::<$ty>();
            )*
            checked
        }};
    }
    let checked = each!(
        huiyan::WechatCode,
        huiyan::SdkCode,
        huiyan::IntentionCode,
        huiyan::NfcServerCode,
        huiyan::NfcTerminalCode,
        huiyan::DeviceInfoLevel,
        huiyan::RiskInfoLevel,
        huiyan::DeviceRiskTag,
        huiyan::IdentityRiskTag,
        huiyan_common::CommonCode,
        open_platform::OpenPlatformCode,
        oauth::AuthCode,
        oauth::ApiCode,
        risk_control::AccessErrorCode,
        risk_control::RiskCode,
    );
    assert!(checked > 15 * 300_000, "{checked} values checked");
}

#[test]
fn large_enums_round_trip_through_chained_matches() {
    use errcodes_tests::stress::StressCode;
    // More variants than one generated `match` takes: the ordinal is chained.
    assert!(StressCode::VARIANTS.len() > 2 * errcodes_codegen::MATCH_CHUNK);
    check_round_trip::<StressCode>();
    check_variants::<StressCode>();
    assert_eq!(StressCode::from(i64::MIN), StressCode::Lowest);
    assert!(matches!(
        StressCode::from(1_000_000_500),
        StressCode::Band(band) if band.get() == 1_000_000_500
    ));
    assert_eq!(
        StressCode::from(900_000_010).row(),
        StressCode::from(800_000_010).row()
    );
    assert_eq!(StressCode::from(900_000_010).message(), "头 10");
    assert_eq!(StressCode::Code7.retry(), errcodes::Retry::Throttled);
    assert_eq!(StressCode::Code7.billing(), errcodes::Billing::Free);
    assert_eq!(format!("{:?}", StressCode::Code3999), "Code3999");
    assert_eq!("Code3999".parse::<StressCode>(), Ok(StressCode::Code3999));
    for (ordinal, variant) in StressCode::VARIANTS.iter().enumerate() {
        assert_eq!(
            StressCode::VARIANTS[ordinal],
            StressCode::from(variant.code())
        );
    }
}

#[test]
fn large_enums_are_const_in_every_chunk() {
    use errcodes::Retry;
    use errcodes_tests::stress::StressCode;
    // `Code7` is in the first chunk of the ordinal `match`, the last three in the last one.
    const FIRST_CHUNK: (i64, &str, Retry) = (
        StressCode::Code7.code(),
        StressCode::Code7.message(),
        StressCode::Code7.retry(),
    );
    const HIGHEST: StressCode = StressCode::from_code(i64::MAX);
    const LAST_CHUNK: (&str, &str, bool) =
        (HIGHEST.name(), HIGHEST.message(), HIGHEST.is_unknown());
    const BAND: Option<usize> = StressCode::from_code(1_000_000_500).row();
    const ALIAS_ROW: Option<usize> = StressCode::from_code(900_003_990).row();
    const HEAD_ROW: Option<usize> = StressCode::from_code(800_003_990).row();
    assert_eq!(FIRST_CHUNK, (66_660_707, "消息 7", Retry::Throttled));
    assert_eq!(LAST_CHUNK, ("Highest", "最大", false));
    assert_eq!(BAND, StressCode::from(1_000_000_000).row());
    assert_eq!(ALIAS_ROW, HEAD_ROW);
    const { assert!(ALIAS_ROW.is_some()) };
}
