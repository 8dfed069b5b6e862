use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i64)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok = 0,
    #[errcode(code = 1, message = "busy")]
    Busy = 2,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
