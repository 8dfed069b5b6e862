//! The generated API, exercised on the worked example of `specs/README.md`.

use std::collections::HashSet;
use std::str::FromStr;

use errcodes::{Billing, Date, ErrorCode, InRange, Retry, UnknownCode};
use errcodes_tests::example::{DeviceRiskLevel, ExampleCode};

#[test]
fn known_codes_map_to_their_variants_and_back() {
    assert_eq!(ExampleCode::from(0), ExampleCode::Success);
    assert_eq!(
        ExampleCode::from(66_664_029),
        ExampleCode::NetworkUnstableAlt
    );
    assert_eq!(i64::from(ExampleCode::NetworkUnstableAlt), 66_664_029);
    assert_eq!(ExampleCode::PictureTooSmall.code(), 2009);
}

#[test]
fn unknown_codes_are_kept() {
    let unknown = ExampleCode::from(-1);
    assert!(matches!(unknown, ExampleCode::Unknown(kept) if kept.code() == -1));
    assert!(unknown.is_unknown());
    assert_eq!(unknown.message(), "unknown error code");
    let error: UnknownCode = ExampleCode::try_from_code(-1).unwrap_err();
    assert_eq!((error.code, error.type_name), (-1, "ExampleCode"));
    assert_eq!(error.to_string(), "ExampleCode has no code -1");
    assert_eq!(ExampleCode::try_from_code(4), Ok(ExampleCode::SystemError));
}

#[test]
fn aliases_share_their_row() {
    let (first, alias) = (
        ExampleCode::NetworkUnstable,
        ExampleCode::NetworkUnstableAlt,
    );
    assert_ne!(first, alias);
    assert_eq!(first.entry(), alias.entry());
    assert_eq!(alias.message(), "网络不给力,请稍后重试");
    assert_eq!(alias.entry().unwrap().as_written, Some("66664027/66664029"));
    assert_eq!(alias.name(), "NetworkUnstableAlt");
}

#[test]
fn rows_carry_every_column() {
    let code = ExampleCode::NetworkUnstable;
    assert_eq!(
        code.message_en(),
        Some("Poor network, please try again later")
    );
    assert_eq!(code.remedy(), Some("网络服务异常，联系客服"));
    assert_eq!(code.description(), None);
    assert_eq!(
        code.section().unwrap().to_string(),
        "比对返回码 > 证件图像比对返回码"
    );
    assert_eq!(code.section().unwrap().title(), "证件图像比对返回码");
    assert!(ExampleCode::Success.is_success());
    assert!(!code.is_success());
}

#[test]
fn billing_defaults_overrides_and_history() {
    assert_eq!(ExampleCode::Success.billing(), Billing::Charged);
    assert!(ExampleCode::Success.is_billable());
    assert_eq!(
        ExampleCode::SystemError.billing(),
        Billing::Free,
        "section default"
    );
    assert_eq!(
        ExampleCode::NetworkUnstable.billing(),
        Billing::Unspecified,
        "enum default"
    );
    let photo = ExampleCode::PictureTooSmall;
    assert_eq!(photo.billing(), Billing::Free);
    assert_eq!(
        photo.billing_on(Date::new(2021, 7, 18).unwrap()),
        Billing::Charged
    );
    assert_eq!(
        photo.billing_on(Date::new(2021, 7, 19).unwrap()),
        Billing::Free
    );
    assert_eq!(ExampleCode::from(5).billing(), Billing::Unspecified);
}

#[test]
fn retry_classes() {
    assert_eq!(ExampleCode::SystemError.retry(), Retry::Transient);
    assert!(ExampleCode::SystemError.is_retryable());
    assert_eq!(ExampleCode::PictureTooSmall.retry(), Retry::Never);
    assert!(!ExampleCode::from(1).is_retryable());
}

#[test]
fn display_and_debug() {
    assert_eq!(ExampleCode::SystemError.to_string(), "系统错误，请稍后重试");
    assert_eq!(
        format!("{:#}", ExampleCode::SystemError),
        "4: 系统错误，请稍后重试"
    );
    assert_eq!(ExampleCode::from(77).to_string(), "unknown error code 77");
    assert_eq!(format!("{:?}", ExampleCode::SystemError), "SystemError");
    assert_eq!(format!("{:?}", ExampleCode::from(-77)), "Unknown(-77)");
    assert_eq!(format!("{:?}", DeviceRiskLevel::from(1)), "LowRisk(1)");
}

#[test]
fn display_pads_every_form_like_a_str() {
    let (known, unknown) = (ExampleCode::SystemError, ExampleCode::from(77));
    assert_eq!(format!("[{known:>12}]"), "[  系统错误，请稍后重试]");
    assert_eq!(format!("[{unknown:>25}]"), "[    unknown error code 77]");
    assert_eq!(format!("[{unknown:<25}]"), "[unknown error code 77    ]");
    assert_eq!(format!("[{unknown:*^25}]"), "[**unknown error code 77**]");
    assert_eq!(format!("[{unknown:.9}]"), "[unknown e]");
    assert_eq!(format!("[{known:>#13}]"), "[4: 系统错误，请稍后重试]");
    assert_eq!(format!("[{known:>#15}]"), "[  4: 系统错误，请稍后重试]");
    assert_eq!(format!("[{known:#.4}]"), "[4: 系]");
}

#[test]
fn from_str_round_trips_names_and_debug() {
    for &variant in ExampleCode::VARIANTS {
        assert_eq!(ExampleCode::from_str(variant.name()), Ok(variant));
        assert_eq!(format!("{variant:?}").parse::<ExampleCode>(), Ok(variant));
    }
    assert_eq!("Unknown(12)".parse(), Ok(ExampleCode::from(12)));
    assert_eq!("HighRisk(4)".parse(), Ok(DeviceRiskLevel::from(4)));
    // Only the code's own variant parses: 0 is `Success`, 5 is no `HighRisk`.
    for text in ["Unknown(0)", "Success(0)", "Unknown", "Nope"] {
        assert!(text.parse::<ExampleCode>().is_err(), "{text}");
    }
    assert!("HighRisk(5)".parse::<DeviceRiskLevel>().is_err());
    assert!("LowRisk(4)".parse::<DeviceRiskLevel>().is_err());
}

#[test]
fn ranges_classify_and_keep_the_value() {
    assert!(
        matches!(DeviceRiskLevel::from(2), DeviceRiskLevel::LowRisk(level) if level.get() == 2)
    );
    assert!(
        matches!(DeviceRiskLevel::from(3), DeviceRiskLevel::HighRisk(level) if level.get() == 3)
    );
    assert!(DeviceRiskLevel::from(5).is_unknown());
    let high = DeviceRiskLevel::HighRisk(InRange::new(4).unwrap());
    assert_eq!(high, DeviceRiskLevel::from(4));
    assert_eq!(i64::from(high), 4);
    assert_eq!(high.message(), "高风险设备，会进行拦截");
    assert_eq!(DeviceRiskLevel::from(1).range(), Some(0..=2));
    assert_eq!(ExampleCode::Success.range(), None);
    assert_eq!(DeviceRiskLevel::from(-1).range(), None);
}

#[test]
fn variants_list_every_code_once_in_spec_order() {
    let codes: Vec<i64> = ExampleCode::VARIANTS
        .iter()
        .map(ExampleCode::code)
        .collect();
    assert_eq!(codes, [0, 4, 66_664_027, 66_664_029, 2009]);
    assert_eq!(
        <DeviceRiskLevel as ErrorCode>::VARIANTS,
        &[DeviceRiskLevel::from(0), DeviceRiskLevel::from(3)]
    );
    let unique: HashSet<ExampleCode> = ExampleCode::VARIANTS.iter().copied().collect();
    assert_eq!(unique.len(), ExampleCode::VARIANTS.len());
}

#[test]
fn catalog_metadata() {
    let space = <ExampleCode as ErrorCode>::CODE_SPACE;
    assert_eq!(space.name, "ExampleCode");
    assert_eq!(space.catalog.vendor, Some("Example Inc."));
    assert_eq!(space.catalog.language, Some("zh-CN"));
    assert_eq!(space.sections.len(), 3);
    assert_eq!(space.doc, Some("Return codes of the example API."));
}

#[test]
fn const_evaluation() {
    const CODE: ExampleCode = ExampleCode::from_code(66_664_029);
    const MESSAGE: &str = CODE.message();
    const RETRYABLE: bool = CODE.is_retryable();
    assert_eq!(MESSAGE, "网络不给力,请稍后重试");
    const { assert!(RETRYABLE) };
}

#[test]
fn size_is_at_most_sixteen_bytes() {
    assert!(std::mem::size_of::<ExampleCode>() <= 16);
}

/// Generic code over any catalog works through the trait alone.
fn describe<E: ErrorCode<Code = i64>>(code: i64) -> String {
    let value = E::from_code(&code);
    format!(
        "{}:{}:{}:{}",
        E::CODE_SPACE.name,
        value.name(),
        value.retry(),
        value.billing()
    )
}

#[test]
fn the_trait_serves_generic_code() {
    assert_eq!(
        describe::<ExampleCode>(4),
        "ExampleCode:SystemError:transient:free"
    );
    assert_eq!(
        describe::<DeviceRiskLevel>(9),
        "DeviceRiskLevel:Unknown:never:unspecified"
    );
}
