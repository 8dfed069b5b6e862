use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string")]
enum ApiError {
    #[errcode(code = "InternalError ", message = "m")]
    Padded,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
