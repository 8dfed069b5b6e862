//! `impls(...)` asks for the standard traits a spec enum has; each is then what it is on a
//! spec enum. `Ord` is by code and needs the `PartialEq` and `Eq` the author derives.

use std::collections::BTreeSet;

use errcodes::{ErrorCode, UnknownName};

#[derive(ErrorCode, PartialEq, Eq)]
#[errcodes(impls(Debug, Display, Error, FromStr, From, Ord, Serde))]
enum Code {
    #[errcode(code = 7, message = "busy", retry = "transient")]
    Busy,
    #[errcode(code = -3, message = "negative")]
    Negative,
    #[errcode(message = "level")]
    Level(errcodes::InRange<10, 19>),
    Unknown(errcodes::Unlisted<Self>),
}

fn takes_error(error: &dyn std::error::Error) -> String {
    error.to_string()
}

fn main() {
    let busy = Code::from(7);
    assert_eq!(busy, Code::Busy);
    assert_eq!(i64::from(Code::from(12)), 12);
    assert_eq!(format!("{busy}|{busy:#}|{busy:?}"), "busy|7: busy|Busy");
    assert_eq!(format!("{:?}", Code::from(12)), "Level(12)");
    assert_eq!(takes_error(&Code::from(99)), "unknown error code 99");
    assert_eq!("Level(12)".parse::<Code>(), Ok(Code::from(12)));
    let refused: Result<Code, UnknownName> = "Unknown(7)".parse();
    assert_eq!(refused.unwrap_err().type_name, "Code", "7 is Busy's code");
    let sorted: Vec<i64> = [Code::from(12), Code::Busy, Code::from(-50), Code::Negative]
        .into_iter()
        .collect::<BTreeSet<Code>>()
        .iter()
        .map(Code::code)
        .collect();
    assert_eq!(sorted, [-50, -3, 7, 12]);
    assert_eq!(serde_json::to_string(&Code::from(12)).unwrap(), "12");
    assert_eq!(serde_json::from_str::<Code>("-3").unwrap(), Code::Negative);
}
