//! Aliases (declared before or after their row), ranges and a renamed catch-all.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Level {
    #[errcode(code = 100, alias_of = Busy)]
    BusyEarly,
    #[errcode(code = 101, message = "busy", retry = "transient")]
    Busy,
    #[errcode(code = 102, alias_of = Busy)]
    BusyLate,
    #[errcode(message = "low")]
    Low(errcodes::InRange<0, 2>),
    #[errcode(message = "high")]
    High(errcodes::InRange<3, 4>),
    #[errcode(unknown)]
    Other(errcodes::Unlisted<Self>),
}

fn main() {
    assert_eq!(Level::from_code(100), Level::BusyEarly);
    assert_eq!(Level::from_code(102), Level::BusyLate);
    assert_eq!(Level::BusyEarly.message(), "busy");
    assert_eq!(Level::BusyLate.entry(), Level::Busy.entry());
    assert!(Level::BusyEarly.is_retryable());
    assert!(matches!(Level::from_code(1), Level::Low(level) if level.get() == 1));
    assert!(matches!(Level::from_code(4), Level::High(level) if level.get() == 4));
    let low = Level::Low(errcodes::InRange::new(2).unwrap());
    assert_eq!(low, Level::from_code(2));
    assert_eq!(low.code(), 2);
    assert_eq!(Level::from_code(3).message(), "high");
    assert!(matches!(Level::from_code(5), Level::Other(code) if code.code() == 5));
    assert!(Level::from_code(-1).is_unknown());
}
