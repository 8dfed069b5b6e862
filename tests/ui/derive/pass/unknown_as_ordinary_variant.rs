//! A unit variant named `Unknown` with a code is an ordinary entry when another variant is
//! marked `#[errcode(unknown)]`. (A name clash could be expected here; there is none, since
//! the name `Unknown` is not reserved. This case pins the behaviour: `Code::Unknown` is a
//! known code.)

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(impls(Debug, FromStr))]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1, message = "unknown")]
    Unknown,
    #[errcode(unknown)]
    Other(errcodes::Unlisted<Self>),
}

fn main() {
    assert_eq!(Code::from_code(1), Code::Unknown);
    assert!(!Code::Unknown.is_unknown());
    assert_eq!(Code::Unknown.message(), "unknown");
    assert!(matches!(Code::from_code(2), Code::Other(code) if code.code() == 2));
    assert!(Code::from_code(2).is_unknown());
    assert_eq!("Unknown".parse::<Code>(), Ok(Code::Unknown));
    assert_eq!("Other(2)".parse::<Code>(), Ok(Code::from_code(2)));
    assert!("Unknown(2)".parse::<Code>().is_err());
    assert_eq!(format!("{:?}", Code::Unknown), "Unknown");
    assert_eq!(format!("{:?}", Code::from_code(2)), "Other(2)");
}
