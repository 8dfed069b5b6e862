use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
    #[errcode(unknown)]
    Other(errcodes::Unlisted<Self>),
}

fn main() {}
