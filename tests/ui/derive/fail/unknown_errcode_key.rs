use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1, colour = "red", message = "busy")]
    Busy,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
