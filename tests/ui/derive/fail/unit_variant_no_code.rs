use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(message = "forgot the code")]
    Forgot,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
