use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 1, message = "busy")]
    Busy,
    #[errcode(code = 2, alias_of = Bussy)]
    BusyAlt,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
