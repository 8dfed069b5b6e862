//! `code = ...` accepts the whole i64 range, i64::MIN included.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = -9223372036854775808, message = "min")]
    Min,
    #[errcode(code = 9223372036854775807, message = "max")]
    Max,
    #[errcode(code = -1, message = "minus one")]
    MinusOne,
    #[errcode(range(-10, -2), message = "negatives")]
    Negatives(i64),
    Unknown(i64),
}

fn main() {
    assert_eq!(Code::Min.code(), i64::MIN);
    assert_eq!(Code::Max.code(), i64::MAX);
    assert_eq!(Code::from_code(i64::MIN), Code::Min);
    assert_eq!(Code::from_code(i64::MAX), Code::Max);
    assert_eq!(Code::from_code(-1), Code::MinusOne);
    assert_eq!(Code::from_code(-5), Code::Negatives(-5));
    assert_eq!(Code::from_code(i64::MIN + 1), Code::Unknown(i64::MIN + 1));
    assert_eq!(Code::from_code(0), Code::Unknown(0));
}
