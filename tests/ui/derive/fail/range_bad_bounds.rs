// The derive reads a range's bounds from the type, so they must be integer literals:
// a named constant is valid Rust but cannot be read at expansion time.
use errcodes::ErrorCode;

const LOW: i64 = 3;

#[derive(ErrorCode)]
enum Level {
    #[errcode(message = "a named bound")]
    Named(errcodes::InRange<LOW, 4>),
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
