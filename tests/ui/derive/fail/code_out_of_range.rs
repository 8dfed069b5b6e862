use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 9223372036854775808, message = "too big")]
    TooBig,
    #[errcode(code = -9223372036854775809, message = "too small")]
    TooSmall,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
