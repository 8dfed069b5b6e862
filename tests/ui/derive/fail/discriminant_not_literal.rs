use errcodes::ErrorCode;

const BUSY: i64 = 1;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i64)]
enum Code {
    #[errcode(message = "ok")]
    Ok = 0,
    #[errcode(message = "busy")]
    Busy = BUSY,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
