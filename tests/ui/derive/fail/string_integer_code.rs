use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string")]
enum ApiError {
    #[errcode(code = 0, message = "m")]
    Ok,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
