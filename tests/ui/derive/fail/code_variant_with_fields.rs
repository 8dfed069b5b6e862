use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1, message = "bad")]
    Bad(u8),
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
