use errcodes::ErrorCode;

// An attribute problem (bad retry) next to a catalog problem (duplicate code 1).
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 1, message = "one", retry = "maybe")]
    One,
    #[errcode(code = 1, message = "one again")]
    OneAgain,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
