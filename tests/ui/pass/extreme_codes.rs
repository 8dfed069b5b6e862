use errcodes::ErrorCode;

errcodes::include_errcodes!("extreme_codes.yaml");

fn main() {
    assert_eq!(ExtremeCode::from_code(i64::MIN), ExtremeCode::Minimum);
    assert_eq!(ExtremeCode::from_code(i64::MAX), ExtremeCode::Maximum);
    assert_eq!(ExtremeCode::from_code(-1), ExtremeCode::MinusOne);
    assert_eq!(ExtremeCode::from_code(0), ExtremeCode::Zero);
    assert_eq!(ExtremeCode::Minimum.code(), i64::MIN);
    assert_eq!(ExtremeCode::Maximum.code(), i64::MAX);
    assert!(ExtremeCode::Zero.is_success());
    assert!(!ExtremeCode::MinusOne.is_success());
    assert!(ExtremeCode::from_code(1).is_unknown());
    assert!(ExtremeCode::from_code(i64::MIN + 1).is_unknown());
    assert_eq!(ExtremeCode::VARIANTS.len(), 4);
    assert_eq!(ExtremeCode::Minimum.message(), "smallest i64");
}
