use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string")]
enum ApiError {
    #[errcode(code = "InternalError", message = "m")]
    InternalError,
    #[errcode(code = "InternalError", alias_of = InternalError)]
    InternalErrorAgain,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
