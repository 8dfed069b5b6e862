use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string", separator = ".")]
enum ApiError {
    #[errcode(code = ".", message = "m")]
    Dots,
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
