//! The derive needs nothing else from the enum: no `Clone`, `Copy`, `PartialEq`, `Eq` or
//! `Hash`. Values are built by a generated `match` and read by reference.

use errcodes::ErrorCode;

#[derive(ErrorCode)]
enum Bare {
    #[errcode(code = 0, message = "ok", success)]
    Ok,
    #[errcode(code = 7, message = "busy", retry = "transient")]
    Busy,
    #[errcode(code = 8, alias_of = Busy)]
    BusyAgain,
    Unknown(errcodes::Unlisted<Self>),
}

const BUSY_AGAIN: Bare = Bare::from_code(8);

fn main() {
    assert!(matches!(Bare::from_code(0), Bare::Ok));
    assert!(matches!(BUSY_AGAIN, Bare::BusyAgain));
    assert_eq!(BUSY_AGAIN.message(), "busy");
    assert!(Bare::from_code(7).is_retryable());
    assert!(matches!(Bare::from_code(9), Bare::Unknown(code) if code.code() == 9));
    assert_eq!(Bare::from_code(9).code(), 9);
    assert!(Bare::try_from_code(9).is_err());
    assert_eq!(<Bare as ErrorCode>::VARIANTS.len(), 3);
    assert_eq!(<Bare as ErrorCode>::VARIANTS[2].name(), "BusyAgain");
}
