use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string")]
enum ApiError {
    #[errcode(code = "Ok", message = "m")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
