use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(separator = ".")]
enum ApiError {
    #[errcode(code = 0, message = "m")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
