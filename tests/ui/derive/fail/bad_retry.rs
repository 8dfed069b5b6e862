use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(retry = "sometimes")]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1, message = "busy", retry = "always")]
    Busy,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
