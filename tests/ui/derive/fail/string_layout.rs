use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string", layout = "A-BB")]
enum ApiError {
    #[errcode(code = "Ok", message = "m")]
    Ok,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
