use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 1, message = "busy")]
    Busy,
    #[errcode(code = 2, alias_of = Busy, message = "busy too")]
    BusyAlt,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
