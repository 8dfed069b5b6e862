//! Aliases (declared before or after their row), ranges and a renamed catch-all.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(code = 100, alias_of = Busy)]
    BusyEarly,
    #[errcode(code = 101, message = "busy", retry = "transient")]
    Busy,
    #[errcode(code = 102, alias_of = Busy)]
    BusyLate,
    #[errcode(range(0, 2), message = "low")]
    Low(i64),
    #[errcode(range(3, 4), message = "high")]
    High(i64),
    #[errcode(unknown)]
    Other(i64),
}

fn main() {
    assert_eq!(Level::from_code(100), Level::BusyEarly);
    assert_eq!(Level::from_code(102), Level::BusyLate);
    assert_eq!(Level::BusyEarly.message(), "busy");
    assert_eq!(Level::BusyLate.entry(), Level::Busy.entry());
    assert!(Level::BusyEarly.is_retryable());
    assert_eq!(Level::from_code(1), Level::Low(1));
    assert_eq!(Level::from_code(4), Level::High(4));
    assert_eq!(Level::Low(2).code(), 2);
    assert_eq!(Level::High(3).message(), "high");
    assert_eq!(Level::from_code(5), Level::Other(5));
    assert!(Level::from_code(-1).is_unknown());
}
