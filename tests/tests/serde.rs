//! With the `serde` feature, generated enums travel as their integer code, unknown codes
//! included.

use errcodes::huiyan::{DeviceInfoLevel, NfcTerminalCode, SdkCode};
use errcodes_tests::derived::DerivedCode;

#[test]
fn enums_serialize_as_their_code() {
    assert_eq!(
        serde_json::to_string(&SdkCode::from(400_506)).unwrap(),
        "400506"
    );
    assert_eq!(
        serde_json::to_string(&NfcTerminalCode::from(66_664_029)).unwrap(),
        "66664029"
    );
    assert_eq!(serde_json::to_string(&SdkCode::from(-5)).unwrap(), "-5");
    assert_eq!(
        serde_json::to_string(&DeviceInfoLevel::from(4)).unwrap(),
        "4"
    );
    assert_eq!(
        serde_json::to_string(&DerivedCode::SystemError).unwrap(),
        "4"
    );
}

#[test]
fn enums_deserialize_from_their_code_keeping_unknown_codes() {
    let known: SdkCode = serde_json::from_str("400506").unwrap();
    assert_eq!(known, SdkCode::from(400_506));
    assert!(!known.is_unknown());
    let unknown: SdkCode = serde_json::from_str("123456789").unwrap();
    assert!(matches!(unknown, SdkCode::Unknown(kept) if kept.code() == 123_456_789));
    let list: Vec<NfcTerminalCode> = serde_json::from_str("[0, 66664029, 7]").unwrap();
    assert_eq!(
        list.iter().map(NfcTerminalCode::code).collect::<Vec<_>>(),
        [0, 66_664_029, 7]
    );
    assert!(
        serde_json::from_str::<SdkCode>("\"Verified\"").is_err(),
        "names are not codes"
    );
    let derived: DerivedCode = serde_json::from_str("66664029").unwrap();
    assert_eq!(derived, DerivedCode::NetworkUnstableAlt);
}
