use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string")]
enum ApiError {
    #[errcode(code = "Ok", message = "m")]
    Ok,
    #[errcode(code = "", message = "m")]
    Blank,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
