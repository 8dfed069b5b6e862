use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(layout = "A-BB-CCC")]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(code = 1_000_000, message = "too wide")]
    TooWide,
    #[errcode(code = -1, message = "negative")]
    Negative,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
