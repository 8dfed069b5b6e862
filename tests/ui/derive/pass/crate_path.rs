//! `crate = path` names the errcodes facade; `::errcodes` spelled out must work.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[errcodes(crate = ::errcodes, title = "Renamed facade", billing = "free", retry = "never", impls(From))]
enum Code {
    #[errcode(code = 0, message = "ok", success, billing = "charged")]
    Ok,
    #[errcode(code = 1, message = "busy", retry = "throttled")]
    Busy,
    #[errcode(unknown)]
    Other(errcodes::Unlisted<Self>),
}

fn main() {
    assert_eq!(<Code as ErrorCode>::CODE_SPACE.catalog.title, "Renamed facade");
    assert!(Code::Ok.is_success());
    assert!(Code::Ok.is_billable());
    assert_eq!(Code::Busy.billing(), errcodes::Billing::Free);
    assert_eq!(Code::Busy.retry(), errcodes::Retry::Throttled);
    assert!(matches!(Code::from_code(5), Code::Other(code) if code.code() == 5));
    assert!(Code::from_code(5).is_unknown());
    assert_eq!(i64::from(Code::Busy), 1);
}
