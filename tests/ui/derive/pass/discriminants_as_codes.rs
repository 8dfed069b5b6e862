//! Explicit discriminants of a `#[repr(i64)]` enum serve as codes; no `code =` needed.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
enum Code {
    #[errcode(message = "成功", success)]
    Success = 0,
    #[errcode(message = "busy", retry = "transient")]
    Busy = 7,
    #[errcode(message = "the smallest code")]
    Min = -9223372036854775808,
    #[errcode(code = 42, message = "code and discriminant agree")]
    Agreed = 42,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {
    assert_eq!(Code::Success.code(), 0);
    assert!(Code::Success.is_success());
    assert_eq!(Code::from_code(0), Code::Success);
    assert_eq!(Code::Busy.code(), 7);
    assert!(Code::Busy.is_retryable());
    assert_eq!(Code::from_code(7), Code::Busy);
    assert_eq!(Code::Min.code(), i64::MIN);
    assert_eq!(Code::from_code(i64::MIN), Code::Min);
    assert_eq!(Code::from_code(42), Code::Agreed);
    assert_eq!(Code::Min.message(), "the smallest code");
    assert!(matches!(Code::from_code(8), Code::Unknown(code) if code.code() == 8));
    assert!(Code::from_code(8).is_unknown());
    assert_eq!(<Code as ErrorCode>::VARIANTS.len(), 4);
    assert_eq!(Code::Busy.name(), "Busy");
    assert_eq!(format!("{:?}", Code::Busy), "Busy");
}
