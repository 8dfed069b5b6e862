use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 1, message = "first")]
    First,
    #[errcode(code = 1, message = "second")]
    Second,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
