use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, PartialEq, Eq, Hash)]
#[errcodes(kind = "string")]
enum ApiError {
    #[errcode(message = "m")]
    Level(errcodes::InRange<1, 9>),
    Unknown(errcodes::UnlistedStr<Self>),
}

fn main() {}
