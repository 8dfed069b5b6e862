use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(message = "bad")]
    Bad { reason: u8 },
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
