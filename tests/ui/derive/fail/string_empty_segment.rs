use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string", separator = ".")]
enum ApiError {
    #[errcode(code = ".InternalError", message = "m")]
    Leading,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
