//! `code = ...` accepts the whole i64 range, i64::MIN included.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = -9223372036854775808, message = "min")]
    Min,
    #[errcode(code = 9223372036854775807, message = "max")]
    Max,
    #[errcode(code = -1, message = "minus one")]
    MinusOne,
    #[errcode(message = "negatives")]
    Negatives(errcodes::InRange<{ -10 }, { -2 }>),
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {
    assert_eq!(Code::Min.code(), i64::MIN);
    assert_eq!(Code::Max.code(), i64::MAX);
    assert_eq!(Code::from_code(i64::MIN), Code::Min);
    assert_eq!(Code::from_code(i64::MAX), Code::Max);
    assert_eq!(Code::from_code(-1), Code::MinusOne);
    assert!(matches!(Code::from_code(-5), Code::Negatives(code) if code.get() == -5));
    assert_eq!(Code::from_code(i64::MIN + 1).code(), i64::MIN + 1);
    assert!(Code::from_code(i64::MIN + 1).is_unknown());
    assert!(Code::from_code(0).is_unknown());
}
