use errcodes::ErrorCode;

// Whole-catalog problems are reported together too.
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(layout = "AA-BB")]
enum Code {
    #[errcode(code = 1, message = "one")]
    One,
    #[errcode(code = 1, message = "one again")]
    OneAgain,
    #[errcode(message = "low")]
    Low(errcodes::InRange<0, 9>),
    #[errcode(code = 10_000, message = "too wide")]
    TooWide,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
